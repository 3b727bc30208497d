import { AppShell, Group, Loader, Text } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../components/ErrorNotice';
import { MembersView } from '../features/members/MembersView';
import { NotFoundView } from '../features/placeholder/NotFoundView';
import { ViewNotOffered } from '../features/server-login/RoleNotices';
import { mayOpenView, useServerAccess } from '../features/server-login/server-access';
import { OwnChargesView } from '../features/charges/OwnChargesView';
import { ConnectServer } from '../features/workspace/ConnectServer';
import { EmptyWorkspace } from '../features/workspace/EmptyWorkspace';
import { WorkspaceWarning } from '../features/workspace/WorkspaceWarning';
import { useWorkspaceInfo } from '../features/workspace/queries';
import type { Route } from '../router/routes';
import { useHashRoute } from '../router/use-hash-route';
import { AppHeader } from './AppHeader';
import { AppNavigation } from './AppNavigation';
import { useShortcuts } from './use-shortcuts';
import { useDialogFocusReturn } from './use-dialog-focus-return';
import { useForgetEditsOnWorkspaceChange } from './use-workspace-change';

// The members grid is the first view; the others load with their first visit, so the first
// render does not parse the engine, the charts (recharts) or governance it does not show.
const ScenariosView = lazy(() => import('../features/scenarios/ScenariosView').then((m) => ({ default: m.ScenariosView })));
const ExportsView = lazy(() => import('../features/exports/ExportsView').then((m) => ({ default: m.ExportsView })));
const BudgetsView = lazy(() => import('../features/budgets/BudgetsView').then((m) => ({ default: m.BudgetsView })));
const CooperationsView = lazy(() => import('../features/cooperations/CooperationsView').then((m) => ({ default: m.CooperationsView })));
const GovernanceView = lazy(() => import('../features/governance/GovernanceView').then((m) => ({ default: m.GovernanceView })));

function RouteLoading() {
  return (
    <Group gap="xs" p="lg" c="dimmed">
      <Loader size="sm" />
    </Group>
  );
}

function RouteView({ route }: { route: Route }) {
  // Over a server, a view whose channels the role may not call says what the role sees instead.
  const user = useServerAccess()?.user ?? null;
  if (route.name !== 'not-found' && !mayOpenView(user, route.name)) return <ViewNotOffered />;
  switch (route.name) {
    case 'members':
      return <MembersView />;
    case 'cooperations':
      return <CooperationsView cooperationId={route.cooperationId} create={route.create === true} />;
    case 'scenarios':
      return <ScenariosView scenarioId={route.scenarioId} />;
    case 'exports':
      return <ExportsView />;
    case 'budgets':
      return <BudgetsView />;
    case 'governance':
      return <GovernanceView route={route} />;
    case 'charges':
      return <OwnChargesView />;
    case 'not-found':
      return <NotFoundView hash={route.hash} />;
  }
}

/** What the main area shows: the view, or why there is none (no workspace, loading, an error). */
function MainContent({ route }: { route: Route }) {
  const { t } = useTranslation();
  const workspace = useWorkspaceInfo();
  if (workspace.status === 'error') return <ErrorNotice error={workspace.error} onRetry={workspace.refetch} />;
  if (workspace.status === 'loading' && workspace.data === undefined) {
    return (
      <Group gap="xs" p="lg" c="dimmed">
        <Loader size="sm" />
        <Text size="sm">{t('workspace.loading')}</Text>
      </Group>
    );
  }
  if (!workspace.data) return <EmptyWorkspace />;
  return (
    <Suspense fallback={<RouteLoading />}>
      <RouteView route={route} />
    </Suspense>
  );
}

export function App() {
  const [route] = useHashRoute();
  const workspace = useWorkspaceInfo();
  useShortcuts();
  useDialogFocusReturn();
  useForgetEditsOnWorkspaceChange(workspace.data?.path ?? null);
  // Below Mantine's `sm` (48em: a narrow window, or 200 % zoom of a 1024-pixel one) the side bar
  // folds away behind a menu button, so the view keeps the window's width; the menu button opens it.
  // It is open for the view it was opened on: choosing another view closes it.
  const routeKey = JSON.stringify(route);
  const [navOpenOn, setNavOpenOn] = useState<string | null>(null);
  const navOpen = navOpenOn === routeKey;
  return (
    <AppShell header={{ height: 48 }} navbar={{ width: 224, breakpoint: 'sm', collapsed: { mobile: !navOpen } }} padding={0}>
      <AppShell.Header>
        <AppHeader workspace={workspace.data} navOpen={navOpen} onToggleNav={() => setNavOpenOn(navOpen ? null : routeKey)} />
      </AppShell.Header>
      <AppShell.Navbar p={8}>
        <AppNavigation route={route} workspace={workspace.data} />
      </AppShell.Navbar>
      <AppShell.Main className="app-main">
        <WorkspaceWarning workspace={workspace.data} />
        <MainContent route={route} />
        <ConnectServer fromMenu />
      </AppShell.Main>
    </AppShell>
  );
}
