import { Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GovernanceTab, Route } from '../../router/routes';
import { useHashRoute } from '../../router/use-hash-route';
import { AgreementsView } from './AgreementsView';
import { BodiesView } from './BodiesView';
import { DecisionRegister } from './DecisionRegister';
import { MeetingPackView } from './MeetingPackView';
import { MeetingPage } from './MeetingPage';
import { MeetingsList } from './MeetingsList';
import './governance.css';

type GovernanceRoute = Extract<Route, { name: 'governance' }>;

const tabs: GovernanceTab[] = ['bodies', 'meetings', 'decisions', 'agreements'];

/** Governance: bodies, meetings (agenda, attendance, minutes, pack), the decision register and agreements. */
export function GovernanceView({ route }: { route: GovernanceRoute }) {
  const { t } = useTranslation();
  const [, navigate] = useHashRoute();
  const view = route.view ?? 'bodies';

  // The print view of a meeting pack stands alone: no tabs above the paper.
  if (view === 'meetings' && route.id !== undefined && route.pack) return <MeetingPackView meetingId={route.id} />;

  return (
    <Stack gap={0} className="view view-fill governance">
      <div className="gov-head no-print">
        <Title order={2} size="h3" fw={600}>
          {t('governance.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('governance.subtitle')}
        </Text>
      </div>
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
        {view === 'meetings' && (route.id === undefined ? <MeetingsList /> : <MeetingPage meetingId={route.id} />)}
        {view === 'decisions' && <DecisionRegister openId={route.id ?? null} />}
        {view === 'agreements' && <AgreementsView />}
      </div>
    </Stack>
  );
}
