import { Anchor, Badge, Button, Group, Select, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { GovTable } from './GovTable';
import { ErrorNotice } from '../../components/ErrorNotice';
import { LoadingNotice } from '../../components/LoadingNotice';
import { formatDate } from '../../format/dates';
import { useLanguage } from '../../i18n/use-language';
import { routeHash } from '../../router/routes';
import { useHashRoute } from '../../router/use-hash-route';
import { splitDateTime } from './format';
import { useAllBodies } from './forms';
import { MeetingModal } from './MeetingModal';
import { useMeetings } from './queries';

const meetingStatusColor = { planned: 'blue', held: 'teal', cancelled: 'gray' } as const;

/** Every meeting of the workspace, latest first, each a link to its agenda. */
export function MeetingsList() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const meetings = useMeetings();
  const [bodyId, setBodyId] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [, navigate] = useHashRoute();
  const allBodies = useAllBodies();
  const bodies = useMemo(() => {
    const seen = new Map<number, string>();
    for (const m of meetings.data ?? []) seen.set(m.bodyId, m.bodyName);
    return [...seen].map(([id, name]) => ({ value: String(id), label: name }));
  }, [meetings.data]);
  const rows = useMemo(
    () => [...(meetings.data ?? [])].filter((m) => bodyId === null || String(m.bodyId) === bodyId).sort((a, b) => b.startsAt.localeCompare(a.startsAt)),
    [meetings.data, bodyId],
  );

  if (meetings.status === 'error' && !meetings.data) return <ErrorNotice error={meetings.error} onRetry={meetings.refetch} />;
  if (!meetings.data) {
    return (
      <LoadingNotice label={t('governance.loading')} />
    );
  }

  return (
    <Stack gap="sm" className="gov-scroll">
      <Group gap="sm" align="flex-end">
        <Select size="sm" w={360} label={t('governance.body')} placeholder={t('governance.allBodies')} clearable data={bodies} value={bodyId} onChange={setBodyId} data-testid="meetings-body" />
        <Text size="sm" c="dimmed" ml="auto" pb={6}>
          {t('governance.meetings.count', { count: rows.length })}
        </Text>
        <Button size="sm" onClick={() => setCreating(true)} data-testid="meeting-new">
          {t('governance.edit.newMeeting')}
        </Button>
      </Group>
      {rows.length === 0 ? (
        <EmptyState title={t('governance.meetings.emptyTitle')}>{t('governance.meetings.emptyBody')}</EmptyState>
      ) : (
        <GovTable
          testId="meetings-table"
          columns={[
            { label: t('governance.meetings.date') },
            { label: t('governance.meetings.time') },
            { label: t('governance.meetings.meeting') },
            { label: t('governance.body') },
            { label: t('governance.meetings.place') },
            { label: t('governance.meetings.items'), numeric: true },
            { label: t('governance.meetings.decisionItems'), numeric: true },
            { label: t('governance.meetings.status') },
          ]}
        >
          {rows.map((m) => {
            const start = splitDateTime(m.startsAt);
            const end = splitDateTime(m.endsAt);
            return (
              <tr key={m.id} data-meeting-id={m.id}>
                <td className="num">{formatDate(start.date, language)}</td>
                <td className="num">
                  {start.time}–{end.time}
                </td>
                <td>
                  <Anchor href={routeHash({ name: 'governance', view: 'meetings', id: m.id })} size="sm" fw={600}>
                    {m.title}
                  </Anchor>
                </td>
                <td>{m.bodyName}</td>
                <td>{m.place ?? m.link ?? ''}</td>
                <td className="num num-col">{m.itemCount}</td>
                <td className="num num-col">{m.decisionItemCount}</td>
                <td>
                  <Badge size="sm" variant="light" color={meetingStatusColor[m.status]}>
                    {t(`governance.meetingStatus.${m.status}`)}
                  </Badge>
                </td>
              </tr>
            );
          })}
        </GovTable>
      )}
      {creating && (
        <MeetingModal
          meeting={null}
          bodies={allBodies.map((b) => ({ value: String(b.id), label: b.name }))}
          onClose={() => setCreating(false)}
          onCreated={(id) => navigate({ name: 'governance', view: 'meetings', id })}
        />
      )}
    </Stack>
  );
}
