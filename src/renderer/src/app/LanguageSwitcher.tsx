import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isLanguage, languages } from '../format/locales';
import { useLanguage } from '../i18n/use-language';

/** sv / nb / en; each option carries the language's own name, so anyone can find theirs. */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const [language, setLanguage] = useLanguage();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('header.language')}
      value={language}
      onChange={(value) => isLanguage(value) && setLanguage(value)}
      data={languages.map((code) => ({
        value: code,
        label: (
          <span title={t(`languages.${code}`)} lang={code} data-testid={`language-${code}`}>
            {code.toUpperCase()}
          </span>
        ),
      }))}
    />
  );
}
