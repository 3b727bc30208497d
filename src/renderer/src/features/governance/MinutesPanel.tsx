/**
 * The minutes after the decisions are recorded: draft (who, and the adjusters chosen among the
 * seats) → each adjuster checks → approved, which locks the meeting; and the documents main writes
 * into "Andel exports" (minutes, pack and one extract per decision as PDF/A, the meeting as .ics).
 */
import { Alert, Badge, Button, Group, MultiSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingView, WrittenFile } from '../../../../shared/api/channels/governance.channels';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useLanguage } from '../../i18n/use-language';
import { routeHash } from '../../router/routes';
import { ExportedFileActions } from '../exports/export-controls';
import { callEdit, commandStack, executeEdit } from '../../undo/undo-store';
import { updateCommand } from './forms';
import type { ApiError } from '../../../../shared/errors';
import { useApproveMinutes, useCheckMinutes, useCopyMeeting, useDraftMinutes, useExportExtract, useExportMeetingCalendar, useExportMeetingPdf } from './queries';

const pad = (n: number): string => String(n).padStart(2, '0');
/** `2026-03-10 14:05` on the user's clock. */
function localMinute(iso: string): string {
  const at = new Date(iso);
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())} ${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

function Workflow({ meeting }: { meeting: MeetingView }) {
  const { t } = useTranslation();
  const flow = meeting.minutesWorkflow;
  const draft = useDraftMinutes();
  const check = useCheckMinutes();
  const approve = useApproveMinutes();
  const [language] = useLanguage();
  const [draftedBy, setDraftedBy] = useState(flow.draftedBy ?? '');
  const [adjusters, setAdjusters] = useState<string[]>(flow.adjusters.map((a) => String(a.seatId)));
  const [approvedBy, setApprovedBy] = useState('');
  const anyChecked = flow.adjusters.some((a) => a.checkedAt !== null);
  const checkedCount = flow.adjusters.filter((a) => a.checkedAt !== null).length;
  // Main clears every check when the meeting changes after one (meeting-lock.ts): say so when it happens here.
  // (State adjusted while rendering, React's pattern for "when a prop changes".)
  const [seenChecked, setSeenChecked] = useState(checkedCount);
  const [checksReset, setChecksReset] = useState(false);
  if (seenChecked !== checkedCount) {
    setSeenChecked(checkedCount);
    setChecksReset(seenChecked > 0 && checkedCount === 0 && flow.state === 'draft');
  }
  const seatOptions = meeting.voting.voters.map((v) => ({ value: String(v.seatId), label: v.personName }));
  const [redraftError, setRedraftError] = useState<ApiError | null>(null);
  // A check is undoable until approval (minutes:uncheck takes it back).
  async function onCheck(seatId: number, name: string) {
    const input = { meetingId: meeting.id, seatId };
    if (await check.run(input)) commandStack.record({ label: () => t('governance.minutesFlow.undoCheck', { name }), run: async () => void (await callEdit('minutes:check', input)), revert: async () => void (await callEdit('minutes:uncheck', input)) });
  }
  async function onDraft() {
    const input = { meetingId: meeting.id, draftedBy: draftedBy.trim(), adjusterSeatIds: adjusters.map(Number) };
    if (!flow.draftedBy) {
      // A first draft is undone by discarding it (minutes:discardDraft, refused once an adjuster has checked).
      if (await draft.run(input)) {
        commandStack.record({
          label: () => t('governance.minutesFlow.undoDraft', { meeting: meeting.title }),
          run: async () => void (await callEdit('minutes:draft', input)),
          revert: async () => void (await callEdit('minutes:discardDraft', { meetingId: meeting.id })),
        });
      }
      return;
    }
    // A changed draft (no adjuster has checked yet): undo drafts it again as it was.
    const previous = { meetingId: meeting.id, draftedBy: flow.draftedBy, adjusterSeatIds: flow.adjusters.map((a) => a.seatId) };
    setRedraftError(await executeEdit(updateCommand(() => t('governance.minutesFlow.undoDraft', { meeting: meeting.title }), 'minutes:draft', input, previous)));
  }

  return (
    <Stack gap="xs">
      <Text size="sm" data-testid="minutes-state">
        {t(`governance.minutesFlow.state.${flow.state}`)}
      </Text>
      {checksReset && (
        <Alert color="yellow" variant="light" data-testid="minutes-checks-reset">
          {t('governance.minutesFlow.checksReset')}
        </Alert>
      )}
      {anyChecked && flow.state !== 'approved' && (
        <Text size="xs" c="dimmed">
          {t('governance.minutesFlow.changeResets')}
        </Text>
      )}
      {flow.draftedBy && flow.draftedAt && <Text size="sm">{t('governance.minutesFlow.drafted', { name: flow.draftedBy, at: localMinute(flow.draftedAt) })}</Text>}
      {(flow.state === 'recorded' || (flow.state === 'draft' && !anyChecked)) && (
        <Group align="flex-end" gap="xs">
          <TextInput size="xs" data-testid="minutes-drafted-by" label={t('governance.minutesFlow.draftedBy')} value={draftedBy} onChange={(e) => setDraftedBy(e.currentTarget.value)} w={200} />
          <MultiSelect size="xs" searchable data-testid="minutes-adjusters-select" label={t('governance.minutesFlow.adjusters')} data={seatOptions} value={adjusters} onChange={setAdjusters} w={320} maxValues={4} />
          <Button
            size="xs"
            disabled={draftedBy.trim() === '' || adjusters.length === 0}
            loading={draft.pending}
            onClick={() => void onDraft()}
            data-testid="minutes-draft"
          >
            {t('governance.minutesFlow.draft')}
          </Button>
        </Group>
      )}
      {flow.adjusters.length > 0 && (
        <Stack gap={4} data-testid="minutes-adjusters">
          {flow.adjusters.map((a) =>
            a.checkedAt && a.checkedBy ? (
              <Text key={a.seatId} size="sm">
                ✓ {t('governance.minutesFlow.checked', { name: a.checkedBy, at: localMinute(a.checkedAt) })}
              </Text>
            ) : (
              <Group key={a.seatId} gap="xs">
                <Text size="sm">{t('governance.minutesFlow.notChecked', { name: a.personName })}</Text>
                <Button size="compact-xs" variant="default" loading={check.pending} onClick={() => void onCheck(a.seatId, a.personName)}>
                  {t('governance.minutesFlow.checkAs', { name: a.personName })}
                </Button>
              </Group>
            ),
          )}
        </Stack>
      )}
      {flow.state === 'checked' && (
        <Group align="flex-end" gap="xs">
          <TextInput size="xs" data-testid="minutes-approved-by" label={t('governance.minutesFlow.approvedBy')} value={approvedBy} onChange={(e) => setApprovedBy(e.currentTarget.value)} w={200} />
          <Button
            size="xs"
            disabled={approvedBy.trim() === ''}
            loading={approve.pending}
            onClick={() => void approve.run({ meetingId: meeting.id, approvedBy: approvedBy.trim(), language })}
            data-testid="minutes-approve"
          >
            {t('governance.minutesFlow.approve')}
          </Button>
          <Text size="xs" c="dimmed" data-testid="minutes-approve-final">
            {t('governance.minutesFlow.approveFinal')}
          </Text>
        </Group>
      )}
      {flow.state === 'approved' && flow.approvedBy && flow.approvedAt && (
        <Alert color="teal" variant="light" data-testid="minutes-approved">
          <Text size="sm" fw={600}>
            {t('governance.minutesFlow.approved', { name: flow.approvedBy, at: localMinute(flow.approvedAt) })}
          </Text>
          <Text size="xs">{t('governance.minutesFlow.locked')}</Text>
          <Text size="xs" className="mono" data-testid="minutes-sha">
            SHA-256 {flow.sha256}
          </Text>
        </Alert>
      )}
      {[draft.error, redraftError, check.error, approve.error].map((error, index) => error && <ErrorNotice key={index} error={error} />)}
    </Stack>
  );
}

function Documents({ meeting }: { meeting: MeetingView }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const pdf = useExportMeetingPdf();
  const extract = useExportExtract();
  const calendar = useExportMeetingCalendar();
  const [written, setWritten] = useState<WrittenFile | null>(null);
  const decisions = meeting.agenda.flatMap((item) => item.decisions.filter((d) => d.status !== 'proposed'));
  const done = (file: WrittenFile | undefined) => file && setWritten(file);
  return (
    <Stack gap="xs">
      <Group gap="xs">
        <Button size="xs" variant="default" loading={pdf.pending} onClick={() => void pdf.run({ meetingId: meeting.id, document: 'minutes', language }).then(done)} data-testid="export-minutes-pdf">
          {t('governance.minutesFlow.exportMinutes')}
        </Button>
        <Button size="xs" variant="default" loading={pdf.pending} onClick={() => void pdf.run({ meetingId: meeting.id, document: 'pack', language }).then(done)} data-testid="export-pack-pdf">
          {t('governance.minutesFlow.exportPack')}
        </Button>
        {decisions.map((d) => (
          <Button key={d.id} size="xs" variant="default" loading={extract.pending} onClick={() => void extract.run({ decisionId: d.id, language }).then(done)} data-testid="export-extract-pdf">
            {t('governance.minutesFlow.exportExtract', { number: d.number })}
          </Button>
        ))}
        <Button size="xs" variant="default" loading={calendar.pending} onClick={() => void calendar.run({ meetingId: meeting.id }).then(done)} data-testid="export-calendar">
          {t('governance.minutesFlow.exportCalendar')}
        </Button>
      </Group>
      <Text size="xs" c="dimmed">
        {t('governance.pack.exportPath')}
      </Text>
      {written && (
        <Stack gap={4}>
          <Text size="xs" data-testid="document-written">
            {t('governance.minutesFlow.written', { path: written.path })}
          </Text>
          <ExportedFileActions exportId={written.exportId} />
        </Stack>
      )}
      {[pdf.error, extract.error, calendar.error].map((error, index) => error && <ErrorNotice key={index} error={error} />)}
    </Stack>
  );
}

/** A new planned meeting with this one's agenda (no proposals, minutes or votes), then opened. */
function CopyMeeting({ meeting }: { meeting: MeetingView }) {
  const { t } = useTranslation();
  const copy = useCopyMeeting();
  const [startsAt, setStartsAt] = useState('');
  const valid = /^\d{4}-\d\d-\d\dT\d\d:\d\d$/u.test(startsAt);
  async function submit() {
    const created = await copy.run({ id: meeting.id, startsAt });
    if (created) window.location.hash = routeHash({ name: 'governance', view: 'meetings', id: created.id });
  }
  return (
    <Group align="flex-end" gap="xs">
      <TextInput size="xs" label={t('governance.minutesFlow.copyStartsAt')} placeholder="2026-05-12T10:00" value={startsAt} onChange={(e) => setStartsAt(e.currentTarget.value)} w={200} />
      <Button size="xs" variant="default" disabled={!valid} loading={copy.pending} onClick={() => void submit()} data-testid="meeting-copy">
        {t('governance.minutesFlow.copy')}
      </Button>
      {copy.error && <ErrorNotice error={copy.error} />}
    </Group>
  );
}

export function MinutesPanel({ meeting }: { meeting: MeetingView }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm" radius="sm" data-testid="minutes-panel">
      <Group justify="space-between" mb={6}>
        <Title order={3} size="h5">
          {t('governance.minutesFlow.title')}
        </Title>
        {meeting.locked && (
          <Badge color="teal" variant="light" data-testid="meeting-locked">
            {t('governance.minutesFlow.lockedBadge')}
          </Badge>
        )}
      </Group>
      <Stack gap="sm">
        <Workflow meeting={meeting} />
        <Documents meeting={meeting} />
        <CopyMeeting meeting={meeting} />
      </Stack>
    </Paper>
  );
}
