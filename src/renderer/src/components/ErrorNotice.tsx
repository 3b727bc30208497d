import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { issuePlace, localizeError, type ApiError } from '../../../shared/errors';
import { useLanguage } from '../i18n/use-language';

/** An API error in plain language, in the interface's language (from its message key), and a way to try again. */
export function ErrorNotice({ error: given, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const error = localizeError(given, language);
  return (
    <Alert color="red" variant="light" title={t('errors.title')} role="alert" data-error-code={error.code}>
      <Text size="sm">{error.message}</Text>
      {error.issues && error.issues.length > 1 && (
        <ul className="error-issues">
          {error.issues.map((issue) => (
            <li key={`${issue.path}:${issue.message}`}>
              <Text size="sm">
                {issuePlace(issue, language)}: {issue.message}
              </Text>
            </li>
          ))}
        </ul>
      )}
      {onRetry && (
        <Group mt="sm">
          <Button size="xs" variant="default" onClick={onRetry}>
            {t('errors.retry')}
          </Button>
        </Group>
      )}
    </Alert>
  );
}
