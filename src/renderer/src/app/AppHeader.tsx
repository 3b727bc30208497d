import { Burger, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WorkspaceInfo } from '../../../shared/api/channels/workspace.channels';
import { SignedInUser } from '../features/server-login/RoleNotices';
import { UndoButtons } from '../undo/UndoButtons';
import { LanguageSwitcher } from './LanguageSwitcher';

export function AppHeader({ workspace, navOpen, onToggleNav }: { workspace: WorkspaceInfo | null | undefined; navOpen: boolean; onToggleNav: () => void }) {
  const { t } = useTranslation();
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
      <Group gap="lg" wrap="nowrap" miw={0}>
        <Burger opened={navOpen} onClick={onToggleNav} hiddenFrom="sm" size="sm" aria-label={t('nav.menu')} aria-expanded={navOpen} data-testid="nav-menu" />
        <Group gap={8} wrap="nowrap">
          <span className="brand-mark" aria-hidden />
          <Text fw={700} size="md" lts={0.2}>
            {t('app.name')}
          </Text>
        </Group>
        <span className="header-divider header-wide" aria-hidden />
        <Group gap={6} wrap="nowrap" miw={0}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600} lts={0.4} visibleFrom="sm">
            {t('header.workspace')}
          </Text>
          <Text size="sm" fw={500} truncate title={workspace?.path} data-testid="workspace-name">
            {workspace ? workspace.fileName : t('header.noWorkspace')}
          </Text>
        </Group>
      </Group>
      <Group gap="md" wrap="nowrap" miw={0}>
        {workspace && <UndoButtons />}
        <LanguageSwitcher />
        <SignedInUser />
      </Group>
    </Group>
  );
}
