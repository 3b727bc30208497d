import { Group, Modal, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LocalDateInput } from '../../components/LocalDateInput';
import type { MeetingView } from '../../../../shared/api/channels/governance.channels';
import type { ApiError } from '../../../../shared/errors';
import { isIsoDate } from '../../../../shared/iso-date';
import { FormFooter } from '../../components/FormFooter';
import { executeEdit } from '../../undo/undo-store';
import { splitDateTime } from './format';
import { diff, fieldIssues, needsNotice, updateCommand } from './forms';
import { todayIso } from './labels';
import { useCreateMeeting } from './queries';

type MeetingStatus = MeetingView['status'];
const statuses: MeetingStatus[] = ['planned', 'held', 'cancelled'];
const fields = ['bodyId', 'title', 'startsAt', 'place', 'link', 'status'] as const;

/**
 * Creates or edits a meeting: body, title, date and time, place or link, and (once it exists)
 * its status. Editing is undoable; a new meeting opens on its (empty) agenda.
 */
export function MeetingModal({ meeting, bodies, onClose, onCreated }: { meeting: MeetingView | null; bodies: { value: string; label: string }[]; onClose: () => void; onCreated?: (id: number) => void }) {
  const { t } = useTranslation();
  const create = useCreateMeeting();
  const start = meeting ? splitDateTime(meeting.startsAt) : { date: todayIso(), time: '09:00' };
  const [bodyId, setBodyId] = useState<string | null>(meeting ? String(meeting.bodyId) : bodies.length === 1 ? (bodies[0]?.value ?? null) : null);
  const [title, setTitle] = useState(meeting?.title ?? '');
  const [date, setDate] = useState(start.date);
  const [time, setTime] = useState(start.time);
  const [place, setPlace] = useState(meeting?.place ?? '');
  const [link, setLink] = useState(meeting?.link ?? '');
  const [status, setStatus] = useState<MeetingStatus>(meeting?.status ?? 'planned');
  const [touched, setTouched] = useState(false);
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);

  const local = {
    bodyId: bodyId === null ? t('validation.required') : undefined,
    title: title.trim() === '' ? t('validation.required') : undefined,
    date: isIsoDate(date.trim()) ? undefined : t('validation.date'),
    time: /^([01]\d|2[0-3]):[0-5]\d$/u.test(time.trim()) ? undefined : t('governance.edit.time'),
  };
  const error = apiError ?? create.error;
  const issues = fieldIssues(error);
  const problem = (field: keyof typeof local | 'place' | 'link' | 'status') => (touched && field in local ? local[field as keyof typeof local] : undefined) ?? issues[field === 'date' || field === 'time' ? 'startsAt' : field];

  async function save() {
    setTouched(true);
    setApiError(null);
    if (Object.values(local).some(Boolean)) return;
    const values = { title: title.trim(), startsAt: `${date.trim()}T${time.trim()}`, place: place.trim() === '' ? null : place.trim(), link: link.trim() === '' ? null : link.trim() };
    if (!meeting) {
      const created = await create.run({ bodyId: Number(bodyId), ...values });
      if (created) {
        onClose();
        onCreated?.(created.id);
      }
      return;
    }
    const { changes, previous } = diff({ title: meeting.title, startsAt: meeting.startsAt, place: meeting.place, link: meeting.link, status: meeting.status }, { ...values, status });
    if (Object.keys(changes).length === 0) {
      onClose();
      return;
    }
    setSaving(true);
    const failed = await executeEdit(updateCommand(() => t('governance.edit.undoMeeting', { title: values.title }), 'meetings:update', { id: meeting.id, ...changes }, { id: meeting.id, ...previous }));
    setSaving(false);
    setApiError(failed);
    if (!failed) onClose();
  }

  return (
    <Modal opened onClose={onClose} size="lg" title={meeting ? t('governance.edit.editMeeting') : t('governance.edit.newMeeting')} data-testid="meeting-modal">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <Stack gap="sm">
          {meeting ? (
            <TextInput label={t('governance.body')} value={meeting.bodyName} readOnly variant="filled" />
          ) : (
            <Select label={t('governance.body')} searchable data={bodies} value={bodyId} onChange={setBodyId} allowDeselect={false} error={problem('bodyId')} data-testid="meeting-body" />
          )}
          <TextInput label={t('governance.edit.meetingTitle')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} error={problem('title')} data-autofocus data-testid="meeting-title-input" />
          <Group gap="sm" align="flex-start">
            <LocalDateInput label={t('governance.meetings.date')} w={150} value={date} onChange={setDate} error={problem('date')} data-testid="meeting-date" />
            <TextInput label={t('governance.meetings.time')} w={100} placeholder={t('governance.meetings.timePlaceholder')} className="mono-input" value={time} onChange={(e) => setTime(e.currentTarget.value)} error={problem('time')} data-testid="meeting-time" />
          </Group>
          <SimpleGrid cols={2} spacing="sm">
            <TextInput label={t('governance.meetings.place')} value={place} onChange={(e) => setPlace(e.currentTarget.value)} error={problem('place')} data-testid="meeting-place" />
            <TextInput label={t('governance.edit.link')} placeholder="https://…" value={link} onChange={(e) => setLink(e.currentTarget.value)} error={problem('link')} data-testid="meeting-link" />
          </SimpleGrid>
          {meeting && (
            <div>
              <Text size="sm" fw={500} mb={4}>
                {t('governance.meetings.status')}
              </Text>
              <SegmentedControl value={status} onChange={(v) => setStatus(v as MeetingStatus)} data={statuses.map((s) => ({ value: s, label: t(`governance.meetingStatus.${s}`) }))} data-testid="meeting-status" />
              {issues['status'] && (
                <Text size="xs" c="red" mt={4}>
                  {issues['status']}
                </Text>
              )}
            </div>
          )}
          <FormFooter
            onCancel={onClose}
            saving={create.pending || saving}
            error={error && needsNotice(error, fields) ? error : null}
            testId="meeting-save"
            saveLabel={meeting ? t('common.save') : t('governance.edit.createMeeting')}
          />
        </Stack>
      </form>
    </Modal>
  );
}
