/** What the user should know about where the open workspace lies (a file on a network share), as a banner above every view. */
import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WorkspaceInfo } from '../../../../shared/api/channels/workspace.channels';
import { translate } from '../../../../shared/i18n/translate';
import { useLanguage } from '../../i18n/use-language';

export function WorkspaceWarning({ workspace }: { workspace: WorkspaceInfo | null | undefined }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const warning = workspace?.warning;
  if (!warning) return null;
  return (
    <Alert color="orange" variant="light" radius={0} title={t('workspaceWarning.title')} role="alert" data-testid="workspace-warning">
      {translate(language, warning.messageKey, warning.params)}
    </Alert>
  );
}
