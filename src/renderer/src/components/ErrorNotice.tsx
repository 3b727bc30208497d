import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isStaleWrite } from '../../../shared/api/row-version';
import { issuePlace, localizeError, type ApiError } from '../../../shared/errors';
import { invalidate } from '../api/invalidation';
import { useLanguage } from '../i18n/use-language';

/**
 * An API error in plain language, in the interface's language (from its message key), and a way to
 * try again. A save refused because someone else changed the row since it was read offers to reload:
 * every view fetches again and `onReload` lets the form take the stored values.
 */
export function ErrorNotice({ error: given, onRetry, onReload }: { error: ApiError; onRetry?: () => void; onReload?: () => void }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const error = localizeError(given, language);
  return (
    <Alert color="red" variant="light" title={t(isStaleWrite(given) ? 'errors.staleTitle' : 'errors.title')} role="alert" data-error-code={error.code}>
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
      {isStaleWrite(given) && (
        <Group mt="sm">
          <Button size="xs" variant="default" data-testid="stale-reload" onClick={() => { invalidate(); onReload?.(); }}>
            {t('errors.reload')}
          </Button>
        </Group>
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
