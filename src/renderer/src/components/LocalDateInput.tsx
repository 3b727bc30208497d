import { TextInput, type TextInputProps } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, parseDate } from '../format/dates';
import { useLanguage } from '../i18n/use-language';

type Props = Omit<TextInputProps, 'value' | 'onChange' | 'placeholder'> & {
  /** The date as ISO text (`2024-12-31`), '' for none, or what the user typed while it is not a date yet. */
  value: string;
  /** ISO text once the typed text is a date, '' when emptied, else the text as typed (so a form's check refuses it). */
  onChange: (value: string) => void;
};

/** What the field shows for a value: a date in the user's format, anything else as it is. */
const shown = (value: string, language: ReturnType<typeof useLanguage>[0]) => (parseDate(value, 'sv') === value ? formatDate(value, language) : value);

/**
 * A calendar date typed and shown in the user's language — 2024-12-31 (sv), 31.12.2024 (nb),
 * 31/12/2024 (en) — while the form holds the ISO date. The text typed stays as typed; it is
 * rewritten only when the value comes from elsewhere (or the language changes).
 */
export function LocalDateInput({ value, onChange, ...rest }: Props) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [text, setText] = useState(() => shown(value, language));
  const [seen, setSeen] = useState({ value, language });
  if (seen.value !== value || seen.language !== language) {
    setSeen({ value, language });
    // The value changed from outside (not by this field's typing), or the language did: show it afresh.
    if (seen.language !== language || (parseDate(text, language) ?? text.trim()) !== value) setText(shown(value, language));
  }
  return (
    <TextInput
      inputMode="numeric"
      className="mono-input"
      {...rest}
      placeholder={t('dates.placeholder')}
      value={text}
      onChange={(event) => {
        const typed = event.currentTarget.value;
        setText(typed);
        onChange(typed.trim() === '' ? '' : (parseDate(typed, language) ?? typed.trim()));
      }}
    />
  );
}
