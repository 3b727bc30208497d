import { ActionIcon, Anchor, Badge, Button, Group, Paper, SegmentedControl, Select, Stack, Text, Title, Tooltip } from '@mantine/core';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItemView, AttendanceView, MeetingView, PersonView } from '../../../../shared/api/channels/governance.channels';
import { ErrorNotice } from '../../components/ErrorNotice';
import { LoadingNotice } from '../../components/LoadingNotice';
import { formatDate } from '../../format/dates';
import { useLanguage } from '../../i18n/use-language';
import { routeHash } from '../../router/routes';
import { AgendaItemModal } from './AgendaItemModal';
import { clockRange, splitDateTime } from './format';
import { agendaKindColor, agendaKindLabel, attendanceLabel, decisionStatusLabel, seatRoleLabel, statusColor, type AttendanceStatus } from './labels';
import { useMeeting, useMoveAgendaItem, usePersons, useSetAllAttendance, useSetAttendance } from './queries';
import { MeetingModal } from './MeetingModal';
import { MinutesPanel } from './MinutesPanel';
import { RecordMinutesModal } from './RecordMinutesModal';
import { VotesPanel } from './VotesPanel';

function AgendaTable({ meeting, onEdit }: { meeting: MeetingView; onEdit: (item: AgendaItemView) => void }) {
  const { t } = useTranslation();
  const move = useMoveAgendaItem();
  const [focusId, setFocusId] = useState<number | null>(null);
  const tableRef = useRef<HTMLTableSectionElement>(null);

  // After a move the row is re-rendered in its new place: give it the focus back.
  useEffect(() => {
    if (focusId === null) return;
    tableRef.current?.querySelector<HTMLElement>(`[data-item-id="${focusId}"]`)?.focus();
  }, [focusId, meeting]);

  async function moveItem(item: AgendaItemView, direction: 'up' | 'down') {
    if ((direction === 'up' && !item.canMoveUp) || (direction === 'down' && !item.canMoveDown)) return;
    setFocusId(item.id);
    await move.run({ id: item.id, direction });
  }

  function onRowKey(event: KeyboardEvent<HTMLTableRowElement>, item: AgendaItemView, index: number) {
    if (event.target !== event.currentTarget) return;
    if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      void moveItem(item, event.key === 'ArrowUp' ? 'up' : 'down');
    } else if (!event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      const next = meeting.agenda[index + (event.key === 'ArrowUp' ? -1 : 1)];
      if (next) tableRef.current?.querySelector<HTMLElement>(`[data-item-id="${next.id}"]`)?.focus();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      onEdit(item);
    }
  }

  const end = splitDateTime(meeting.endsAt);
  return (
    <>
      <table className="gov-table agenda-table" data-testid="agenda">
        <thead>
          <tr>
            <th className="ordinal-col">§</th>
            <th className="time-col">{t('governance.agenda.time')}</th>
            <th>{t('governance.agenda.item')}</th>
            <th className="kind-col">{t('governance.agenda.kind')}</th>
            <th className="presenter-col">{t('governance.agenda.presenter')}</th>
            <th className="num-col">{t('governance.agenda.min')}</th>
            <th className="actions-col">
              <span className="visually-hidden">{t('governance.agenda.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody ref={tableRef}>
          {meeting.agenda.map((item, index) => (
            <tr
              key={item.id}
              tabIndex={0}
              data-item-id={item.id}
              data-testid="agenda-row"
              className="agenda-row"
              aria-label={`§ ${item.ordinal} ${item.title}`}
              onKeyDown={(event) => onRowKey(event, item, index)}
            >
              <td className="num ordinal-col">{item.ordinal}</td>
              <td className="num time-col agenda-time">{clockRange(item.startTime, item.endTime, item.startDayOffset, item.endDayOffset)}</td>
              <td className="agenda-title-cell">
                <Text size="sm" fw={600} className="agenda-title">
                  {item.title}
                </Text>
                {item.proposal && (
                  <Text size="xs" c="dimmed" lineClamp={2} className="agenda-proposal">
                    {item.proposal}
                  </Text>
                )}
                {item.minutes && (
                  <Text size="xs" className="agenda-minutes" lineClamp={3}>
                    <strong>{t('governance.agenda.minutesShort')}</strong> {item.minutes}
                  </Text>
                )}
                {item.decisions.length > 0 && (
                  <Group gap={6} mt={4}>
                    {item.decisions.map((d) => (
                      <Anchor key={d.id} href={routeHash({ name: 'governance', view: 'decisions', id: d.id })} size="xs" className="agenda-decision" data-testid="agenda-decision">
                        <span className="mono">{d.number}</span> {d.title}{' '}
                        <Badge size="xs" variant="light" color={statusColor[d.status]}>
                          {decisionStatusLabel(t, d.status)}
                        </Badge>
                      </Anchor>
                    ))}
                  </Group>
                )}
              </td>
              <td>
                <Badge size="sm" variant="light" color={agendaKindColor[item.kind]} className="agenda-kind">
                  {agendaKindLabel(t, item.kind)}
                </Badge>
              </td>
              <td>{item.presenterName ?? ''}</td>
              <td className="num num-col">{item.estimatedMinutes}</td>
              <td className="actions-col">
                <Group gap={2} wrap="nowrap" justify="flex-end">
                  <Tooltip label={t('governance.agenda.moveUp')} openDelay={400}>
                    <ActionIcon variant="subtle" color="gray" size="sm" disabled={!item.canMoveUp || move.pending} onClick={() => void moveItem(item, 'up')} aria-label={t('governance.agenda.moveUpNamed', { title: item.title })} tabIndex={-1}>
                      ↑
                    </ActionIcon>
                  </Tooltip>
                  <Tooltip label={t('governance.agenda.moveDown')} openDelay={400}>
                    <ActionIcon variant="subtle" color="gray" size="sm" disabled={!item.canMoveDown || move.pending} onClick={() => void moveItem(item, 'down')} aria-label={t('governance.agenda.moveDownNamed', { title: item.title })} tabIndex={-1}>
                      ↓
                    </ActionIcon>
                  </Tooltip>
                  <Button size="compact-xs" variant="subtle" onClick={() => onEdit(item)} aria-label={t('common.editNamed', { name: item.title })}>
                    {t('governance.agenda.edit')}
                  </Button>
                </Group>
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="agenda-end">
            <td />
            <td className="num time-col" data-testid="agenda-end">
              {end.time}
            </td>
            <td colSpan={3}>{t('governance.agenda.ends', { minutes: meeting.totalMinutes })}</td>
            <td className="num num-col">{meeting.totalMinutes}</td>
            <td />
          </tr>
        </tfoot>
      </table>
      {move.error && <ErrorNotice error={move.error} />}
    </>
  );
}

function AttendanceRow({ row, meeting }: { row: AttendanceView; meeting: MeetingView }) {
  const { t } = useTranslation();
  const set = useSetAttendance();
  const [choosingProxy, setChoosingProxy] = useState(false);
  const status = choosingProxy ? 'proxy' : (row.status ?? '');
  const proxyOptions = meeting.attendance.filter((a) => a.personId !== row.personId).map((a) => ({ value: String(a.personId), label: a.personName }));

  function choose(value: string) {
    if (value === 'proxy') {
      setChoosingProxy(true);
      return;
    }
    setChoosingProxy(false);
    void set.run({ meetingId: meeting.id, personId: row.personId, status: value as AttendanceStatus });
  }

  return (
    <tr data-person-id={row.personId}>
      <td>
        <Text size="sm" fw={row.seatRole === 'chair' ? 600 : 400}>
          {row.personName}
        </Text>
      </td>
      <td>{row.seatRole ? seatRoleLabel(t, row.seatRole) : t('governance.attendance.guest')}</td>
      <td>{row.organisationName ?? ''}</td>
      <td>
        <SegmentedControl
          size="xs"
          value={status}
          onChange={choose}
          aria-label={t('governance.attendance.of', { name: row.personName })}
          data={(['present', 'absent', 'proxy'] as const).map((s) => ({ value: s, label: attendanceLabel(t, s) }))}
        />
      </td>
      <td>
        {status === 'proxy' && (
          <Select
            size="xs"
            w={240}
            placeholder={t('governance.attendance.proxyFor')}
            aria-label={t('governance.attendance.proxyFor')}
            data={proxyOptions}
            value={row.proxyPersonId ? String(row.proxyPersonId) : null}
            onChange={(value) => {
              if (value === null) return;
              setChoosingProxy(false);
              void set.run({ meetingId: meeting.id, personId: row.personId, status: 'proxy', proxyPersonId: Number(value) });
            }}
          />
        )}
        {row.status === null && !choosingProxy && (
          <Text size="xs" c="dimmed">
            {t('governance.attendance.notRecorded')}
          </Text>
        )}
        {set.error && <ErrorNotice error={set.error} />}
      </td>
    </tr>
  );
}

function AttendanceTable({ meeting }: { meeting: MeetingView }) {
  const { t } = useTranslation();
  const present = meeting.attendance.filter((a) => a.status === 'present').length;
  const proxies = meeting.attendance.filter((a) => a.status === 'proxy').length;
  const setAll = useSetAllAttendance();
  return (
    <Paper withBorder p="sm" radius="sm">
      <Group justify="space-between" mb={6}>
        <Title order={3} size="h5">
          {t('governance.attendance.title')}
        </Title>
        <Group gap="xs">
          <Text size="xs" c="dimmed" data-testid="attendance-summary">
            {t('governance.attendance.summary', { present, proxies, total: meeting.attendance.length })}
          </Text>
          <Button size="compact-xs" variant="subtle" disabled={meeting.locked} loading={setAll.pending} onClick={() => void setAll.run({ meetingId: meeting.id, status: 'present' })} data-testid="attendance-all-present">
            {t('governance.votes.allPresent')}
          </Button>
        </Group>
      </Group>
      {setAll.error && <ErrorNotice error={setAll.error} />}
      {meeting.attendance.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('governance.attendance.none')}
        </Text>
      ) : (
        <div className="gov-table-scroll">
          <table className="gov-table attendance-table" data-testid="attendance">
            <tbody>
              {meeting.attendance.map((row) => (
                <AttendanceRow key={row.personId} row={row} meeting={meeting} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Paper>
  );
}

/** One meeting: its agenda with the running clock, attendance, minutes, and recording the decisions. */
export function MeetingPage({ meetingId }: { meetingId: number }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const meeting = useMeeting(meetingId);
  const persons = usePersons();
  const [editing, setEditing] = useState<AgendaItemView | 'new' | null>(null);
  const [recording, setRecording] = useState(false);
  const [editingMeeting, setEditingMeeting] = useState(false);

  if (meeting.status === 'error' && !meeting.data) return <ErrorNotice error={meeting.error} onRetry={meeting.refetch} />;
  if (!meeting.data) {
    return (
      <LoadingNotice label={t('governance.loading')} />
    );
  }
  const m = meeting.data;
  const start = splitDateTime(m.startsAt);
  const pending = m.pendingDecisionItemIds.length;
  const personList: PersonView[] = persons.data ?? [];

  return (
    <Stack gap="sm" className="gov-scroll" data-testid="meeting-page">
      <Anchor href={routeHash({ name: 'governance', view: 'meetings' })} size="xs">
        ← {t('governance.meetings.all')}
      </Anchor>
      {/* Title and buttons wrap when narrow (1024 px, 200 %): "Protokollför beslut" is never cut. */}
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2} size="h3" fw={600} data-testid="meeting-title">
            {m.title}
          </Title>
          <Text size="sm" c="dimmed">
            {m.bodyName} · {formatDate(start.date, language, 'long')} {clockRange(start.time, splitDateTime(m.endsAt).time, 0, 0)}
            {(m.place ?? m.link) && ` · ${m.place ?? m.link}`}
          </Text>
        </div>
        <Group gap="xs">
          <Button size="xs" variant="default" onClick={() => setEditingMeeting(true)} data-testid="meeting-edit">
            {t('governance.edit.editMeeting')}
          </Button>
          <Tooltip label={t('governance.agenda.frozen')} disabled={!m.agendaFrozen} multiline w={280}>
            <Button size="xs" variant="default" onClick={() => setEditing('new')} disabled={m.agendaFrozen} data-testid="agenda-add">
              {t('governance.agenda.add')}
            </Button>
          </Tooltip>
          <Button size="xs" variant="default" component="a" href={routeHash({ name: 'governance', view: 'meetings', id: m.id, pack: true })} data-testid="open-pack">
            {t('governance.pack.open')}
          </Button>
          <Tooltip label={t('governance.record.nothingPending')} disabled={pending > 0}>
            <Button size="xs" onClick={() => setRecording(true)} disabled={pending === 0} data-testid="record-minutes">
              {pending === 0 ? t('governance.record.title') : t('governance.record.button', { count: pending })}
            </Button>
          </Tooltip>
        </Group>
      </Group>
      <Text size="xs" c="dimmed" data-testid={m.agendaFrozen ? 'agenda-frozen' : undefined}>
        {m.agendaFrozen ? t('governance.agenda.frozen') : t('governance.agenda.keyboardHint')}
      </Text>
      <Paper withBorder radius="sm" className="agenda-paper">
        <AgendaTable meeting={m} onEdit={setEditing} />
      </Paper>
      <AttendanceTable meeting={m} />
      <VotesPanel meeting={m} />
      <MinutesPanel meeting={m} />
      {editing !== null && <AgendaItemModal meetingId={m.id} cooperationId={m.cooperationId} item={editing === 'new' ? null : editing} persons={personList} frozen={m.agendaFrozen} onClose={() => setEditing(null)} />}
      {recording && <RecordMinutesModal meeting={m} onClose={() => setRecording(false)} />}
      {editingMeeting && <MeetingModal meeting={m} bodies={[]} onClose={() => setEditingMeeting(false)} />}
    </Stack>
  );
}
