import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isIsoDate } from '../../../../shared/iso-date';
import { LocalDateInput } from '../../components/LocalDateInput';

interface Props {
  label: string;
  value: string;
  onChange: (isoDate: string) => void;
  'data-testid'?: string;
}

/**
 * An "as of" date typed in the user's date format (components/LocalDateInput). While the text is not yet
 * a date that exists, the view keeps the last good date and the field says what is wrong.
 */
export function DateField({ label, value, onChange, 'data-testid': testId }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  const valid = isIsoDate(text);
  return (
    <LocalDateInput
      size="sm"
      w={150}
      label={label}
      value={text}
      onChange={(next) => {
        setText(next);
        if (isIsoDate(next)) onChange(next);
      }}
      error={valid ? undefined : t('validation.date')}
      data-testid={testId}
    />
  );
}
