import { Stack, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GovernanceTab, Route } from '../../router/routes';
import { useHashRoute } from '../../router/use-hash-route';
import { governanceTabsFor, useServerAccess } from '../server-login/server-access';
import { AgreementsView } from './AgreementsView';
import { BodiesView } from './BodiesView';
import { DecisionRegister } from './DecisionRegister';
import { MeetingPackView } from './MeetingPackView';
import { MeetingPage } from './MeetingPage';
import { MeetingsList } from './MeetingsList';
import './governance.css';
import { ViewHeading } from '../../components/ViewHeading';

type GovernanceRoute = Extract<Route, { name: 'governance' }>;

/** Governance: bodies, meetings (agenda, attendance, minutes, pack), the decision register and agreements. */
export function GovernanceView({ route }: { route: GovernanceRoute }) {
  const { t } = useTranslation();
  const [, navigate] = useHashRoute();
  // Over a server, only the tabs the role may read (a member viewer: the decision register).
  const tabs = governanceTabsFor(useServerAccess()?.user ?? null);
  const view = route.view !== undefined && tabs.includes(route.view) ? route.view : (tabs[0] ?? 'decisions');
  // A meeting's id is no decision's: an address to a tab not offered opens the first tab, nothing in it.
  const id = view === route.view ? route.id : undefined;

  // The print view of a meeting pack stands alone: no tabs above the paper.
  if (view === 'meetings' && id !== undefined && route.pack) return <MeetingPackView meetingId={id} />;

  return (
    <Stack gap={0} className="view view-fill governance">
      <ViewHeading className="gov-head no-print" title={t('governance.title')} subtitle={t('governance.subtitle')} />
      <Tabs
        value={view}
        onChange={(value) => value && navigate({ name: 'governance', view: value as GovernanceTab })}
        className="no-print"
        keepMounted={false}
        id="gov"
      >
        <Tabs.List>
          {tabs.map((tab) => (
            <Tabs.Tab key={tab} value={tab} data-testid={`gov-tab-${tab}`}>
              {t(`governance.tabs.${tab}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      {/* The tab panel: the tabs' aria-controls point here (Mantine names it `${id}-panel-${value}`). */}
      <div className="gov-body" role="tabpanel" id={`gov-panel-${view}`} aria-labelledby={`gov-tab-${view}`}>
        {view === 'bodies' && <BodiesView />}
        {view === 'meetings' && (id === undefined ? <MeetingsList /> : <MeetingPage meetingId={id} />)}
        {view === 'decisions' && <DecisionRegister openId={id ?? null} />}
        {view === 'agreements' && <AgreementsView />}
      </div>
    </Stack>
  );
}
