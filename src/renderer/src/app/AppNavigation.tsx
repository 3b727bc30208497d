import { NavLink, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WorkspaceInfo } from '../../../shared/api/channels/workspace.channels';
import { mayOpenView, useServerAccess } from '../features/server-login/server-access';
import { routeHash, type Route } from '../router/routes';
import { navigationItems } from './navigation';

export function AppNavigation({ route, workspace }: { route: Route; workspace: WorkspaceInfo | null | undefined }) {
  const { t } = useTranslation();
  const user = useServerAccess()?.user ?? null;
  return (
    <Stack justify="space-between" h="100%" gap={0}>
      <nav aria-label={t('nav.label')}>
        {navigationItems.map((item, index) => mayOpenView(user, item.name) && (
          <NavLink
            key={item.name}
            href={routeHash({ name: item.name })}
            label={t(item.label)}
            active={route.name === item.name}
            aria-current={route.name === item.name ? 'page' : undefined}
            aria-keyshortcuts={`Alt+${index + 1}`}
            className="nav-link"
            data-testid={`nav-${item.name}`}
          />
        ))}
      </nav>
      {workspace && (
        // The schema version is for support calls, not for daily work: one quiet line.
        <Text size="xs" c="dimmed" px="sm" pb="xs" truncate title={workspace.schemaVersion} data-testid="workspace-schema">
          {t('header.schemaVersion', { version: workspace.schemaVersion })}
        </Text>
      )}
    </Stack>
  );
}
