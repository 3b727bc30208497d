import { Alert, Anchor, Badge, Button, Group, Modal, Paper, SegmentedControl, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LocalDateInput } from '../../components/LocalDateInput';
import type { DecisionRow, MeetingView } from '../../../../shared/api/channels/governance.channels';
import type { ChannelInput } from '../../../../shared/api/contract';
import { isIsoDate } from '../../../../shared/iso-date';
import { FormFooter } from '../../components/FormFooter';
import { routeHash } from '../../router/routes';
import { splitDateTime } from './format';
import { decisionStatusLabel, statusColor } from './labels';
import { useRecordMinutes } from './queries';

type Outcome = ChannelInput<'meetings:recordMinutes'>['items'][number]['outcome'];

interface Draft {
  agendaItemId: number;
  outcome: Outcome;
  title: string;
  text: string;
  minutes: string;
}

/**
 * After the meeting: the outcome of every decision item not yet in the register, recorded in
 * one step. The register gives each its number; the dialog then shows them.
 */
export function RecordMinutesModal({ meeting, onClose }: { meeting: MeetingView; onClose: () => void }) {
  const { t } = useTranslation();
  const record = useRecordMinutes();
  const pending = meeting.agenda.filter((item) => meeting.pendingDecisionItemIds.includes(item.id));
  const [decidedOn, setDecidedOn] = useState(splitDateTime(meeting.startsAt).date);
  const [drafts, setDrafts] = useState<Draft[]>(() =>
    pending.map((item) => ({ agendaItemId: item.id, outcome: 'adopted', title: item.title, text: item.proposal ?? '', minutes: item.minutes ?? '' })),
  );
  const [recorded, setRecorded] = useState<DecisionRow[] | null>(null);

  const change = (index: number, patch: Partial<Draft>) => setDrafts((all) => all.map((draft, i) => (i === index ? { ...draft, ...patch } : draft)));

  async function submit() {
    const result = await record.run({
      meetingId: meeting.id,
      decidedOn,
      items: drafts.map((d) => ({
        agendaItemId: d.agendaItemId,
        outcome: d.outcome,
        ...(d.title.trim() === '' ? {} : { title: d.title.trim() }),
        ...(d.text.trim() === '' ? {} : { text: d.text }),
        minutes: d.minutes.trim() === '' ? null : d.minutes,
      })),
    });
    if (result) setRecorded(result.decisions);
  }

  return (
    <Modal opened onClose={onClose} title={t('governance.record.title')} size="xl" data-testid="record-minutes-modal">
      {recorded ? (
        <Stack gap="sm" data-testid="record-result">
          <Alert color="teal" variant="light" title={t('governance.record.doneTitle', { count: recorded.length })}>
            {t('governance.record.doneBody')}
          </Alert>
          {recorded.map((d) => (
            <Group key={d.id} gap="sm" wrap="nowrap">
              <Text fw={700} className="mono decision-number" data-testid="recorded-number">
                {d.number}
              </Text>
              <Anchor href={routeHash({ name: 'governance', view: 'decisions', id: d.id })} size="sm">
                {d.title}
              </Anchor>
              <Badge size="sm" variant="light" color={statusColor[d.status]}>
                {decisionStatusLabel(t, d.status)}
              </Badge>
            </Group>
          ))}
          <Group justify="flex-end">
            <Button onClick={onClose} data-autofocus>
              {t('common.close')}
            </Button>
          </Group>
        </Stack>
      ) : pending.length === 0 ? (
        <Stack gap="sm">
          <Text size="sm">{t('governance.record.nothingPending')}</Text>
          <Group justify="flex-end">
            <Button onClick={onClose}>{t('common.close')}</Button>
          </Group>
        </Stack>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              {t('governance.record.intro', { count: pending.length })}
            </Text>
            <LocalDateInput w={180} label={t('governance.record.decidedOn')} value={decidedOn} onChange={setDecidedOn} error={isIsoDate(decidedOn) ? undefined : t('validation.date')} />
            {drafts.map((draft, index) => {
              const item = pending[index];
              if (!item) return null;
              return (
                <Paper key={draft.agendaItemId} withBorder p="sm" data-testid={`record-item-${item.id}`}>
                  <Stack gap={6}>
                    <Group justify="space-between" wrap="nowrap">
                      <Text fw={600} size="sm">
                        § {item.ordinal} {item.title}
                      </Text>
                      <SegmentedControl
                        size="xs"
                        value={draft.outcome}
                        onChange={(value) => change(index, { outcome: value as Outcome })}
                        data={(['adopted', 'rejected', 'postponed'] as const).map((o) => ({ value: o, label: decisionStatusLabel(t, o) }))}
                      />
                    </Group>
                    <TextInput size="xs" label={t('governance.record.registerTitle')} value={draft.title} onChange={(e) => change(index, { title: e.currentTarget.value })} />
                    <Textarea size="xs" label={t('governance.record.text')} autosize minRows={2} maxRows={6} value={draft.text} onChange={(e) => change(index, { text: e.currentTarget.value })} />
                    <Textarea size="xs" label={t('governance.agenda.minutes')} autosize minRows={1} maxRows={4} value={draft.minutes} onChange={(e) => change(index, { minutes: e.currentTarget.value })} />
                  </Stack>
                </Paper>
              );
            })}
            <FormFooter
              onCancel={onClose}
              saving={record.pending}
              error={record.error}
              testId="record-submit"
              saveLabel={t('governance.record.submit', { count: pending.length })}
              disabled={!isIsoDate(decidedOn)}
            />
          </Stack>
        </form>
      )}
    </Modal>
  );
}
