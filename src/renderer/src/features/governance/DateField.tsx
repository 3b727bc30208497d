import { TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isIsoDate } from '../../../../shared/iso-date';

interface Props {
  label: string;
  value: string;
  onChange: (isoDate: string) => void;
  'data-testid'?: string;
}

/**
 * An "as of" date typed as ÅÅÅÅ-MM-DD, the form Andel shows dates in. While the text is not yet
 * a date that exists, the view keeps the last good date and the field says what is wrong.
 */
export function DateField({ label, value, onChange, 'data-testid': testId }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  const valid = isIsoDate(text);
  return (
    <TextInput
      size="sm"
      w={150}
      label={label}
      value={text}
      placeholder="ÅÅÅÅ-MM-DD"
      inputMode="numeric"
      className="mono-input"
      onChange={(event) => {
        const next = event.currentTarget.value.trim();
        setText(next);
        if (isIsoDate(next)) onChange(next);
      }}
      error={valid ? undefined : t('validation.date')}
      data-testid={testId}
    />
  );
}
