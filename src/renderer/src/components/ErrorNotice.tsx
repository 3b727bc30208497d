import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/errors';

/** An API error in plain language: the message main wrote for people, and a way to try again. */
export function ErrorNotice({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" variant="light" title={t('errors.title')} role="alert" data-error-code={error.code}>
      <Text size="sm">{error.message}</Text>
      {error.issues && error.issues.length > 1 && (
        <ul className="error-issues">
          {error.issues.map((issue) => (
            <li key={`${issue.path}:${issue.message}`}>
              <Text size="sm">
                {issue.path}: {issue.message}
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
