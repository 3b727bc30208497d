import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StudioDataWarning } from '../../../../shared/api/channels/studio.channels';

/** Problems in the stored data that change the figures (older workspaces), one line per invoicing party. */
export function DataWarnings({ warnings }: { warnings: readonly StudioDataWarning[] }) {
  const { t } = useTranslation();
  if (warnings.length === 0) return null;
  const byVia = new Map<string, string[]>();
  for (const w of warnings) byVia.set(w.viaName, [...(byVia.get(w.viaName) ?? []), w.memberName]);
  return (
    <Alert color="yellow" variant="light" title={t('studio.dataWarnings.title')} role="alert" mb="sm" data-testid="studio-data-warnings">
      <List size="xs" spacing={4}>
        {[...byVia].map(([via, members]) => (
          <List.Item key={via}>
            <Text size="xs">{t('studio.dataWarnings.invoicedViaNotParty', { via, count: members.length, members: members.join(', ') })}</Text>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
