import { Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LocalDateInput } from '../../components/LocalDateInput';
import type { CooperationView, ParticipantRow } from '../../../../shared/api/channels/cooperations.channels';
import { participationRoles } from '../../../../shared/document/workspace-document.schema';
import type { ApiError } from '../../../../shared/errors';
import { isIsoDate } from '../../../../shared/iso-date';
import { FormFooter } from '../../components/FormFooter';
import { executeEdit } from '../../undo/undo-store';
import { roleLabel } from '../members/member-columns';
import { addParticipantCommand, changeParticipantCommand } from './mutations';
import { useOrganisations } from './queries';

export type ParticipantModalMode = { kind: 'add' } | { kind: 'edit'; row: ParticipantRow } | { kind: 'end'; row: ParticipantRow };

/** Adds an organisation as participant, changes a participation, or ends it on a date. */
export function ParticipantModal({ cooperation, participants, mode, today, onClose }: {
  cooperation: CooperationView;
  participants: ParticipantRow[];
  mode: ParticipantModalMode | null;
  today: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const title = mode === null ? '' : mode.kind === 'add' ? t('cooperations.addParticipantTitle') : mode.kind === 'end' ? t('cooperations.endTitle', { name: mode.row.organisationName }) : t('cooperations.editParticipantTitle', { name: mode.row.organisationName });
  return (
    <Modal closeButtonProps={{ 'aria-label': t('common.close') }} opened={mode !== null} onClose={onClose} size={520} title={<Text fw={600}>{title}</Text>}>
      {mode && <ParticipantForm cooperation={cooperation} participants={participants} mode={mode} today={today} onClose={onClose} />}
    </Modal>
  );
}

type Errors = Partial<Record<'organisationId' | 'joinedOn' | 'leftOn', string>>;

function ParticipantForm({ cooperation, participants, mode, today, onClose }: { cooperation: CooperationView; participants: ParticipantRow[]; mode: ParticipantModalMode; today: string; onClose: () => void }) {
  const { t } = useTranslation();
  const organisations = useOrganisations();
  const row = mode.kind === 'add' ? null : mode.row;
  const [organisationId, setOrganisationId] = useState<string | null>(null);
  const [role, setRole] = useState<ParticipantRow['role']>(row?.role ?? 'member');
  const [joinedOn, setJoinedOn] = useState(row?.joinedOn ?? cooperation.startDate ?? '');
  const [leftOn, setLeftOn] = useState(mode.kind === 'end' ? (row?.leftOn ?? today) : (row?.leftOn ?? ''));
  const [via, setVia] = useState<string | null>(row?.viaOrganisationId ? String(row.viaOrganisationId) : null);
  const [errors, setErrors] = useState<Errors>({});
  const [saving, setSaving] = useState(false);
  const [apiError, setApiError] = useState<ApiError | null>(null);

  const current = new Set(participants.filter((p) => p.leftOn === null).map((p) => p.organisationId));
  const candidates = (organisations.data ?? []).filter((o) => !current.has(o.id));
  const parties = participants.filter((p) => p.role === 'administrative_party' && p.organisationId !== row?.organisationId);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: Errors = {};
    if (mode.kind === 'add' && !organisationId) found.organisationId = t('validation.required');
    if (joinedOn && !isIsoDate(joinedOn)) found.joinedOn = t('validation.date');
    if (mode.kind === 'end' && !leftOn) found.leftOn = t('validation.required');
    if (leftOn && !isIsoDate(leftOn)) found.leftOn = t('validation.date');
    if (!found.joinedOn && !found.leftOn && joinedOn && leftOn && leftOn < joinedOn) found.leftOn = t('validation.leftBeforeJoined');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setSaving(true);
    const viaOrganisationId = via ? Number(via) : null;
    let error: ApiError | null;
    if (mode.kind === 'add') {
      const organisation = candidates.find((o) => o.id === Number(organisationId));
      error = await executeEdit(addParticipantCommand(t, cooperation, organisation?.name ?? '', { organisationId: Number(organisationId), role, joinedOn: joinedOn || null, leftOn: leftOn || null, viaOrganisationId }));
    } else if (mode.kind === 'end') {
      error = await executeEdit(changeParticipantCommand(t, cooperation.name, mode.row, { leftOn }));
    } else {
      error = await executeEdit(changeParticipantCommand(t, cooperation.name, mode.row, { role, joinedOn: joinedOn || null, leftOn: leftOn || null, viaOrganisationId }));
    }
    setSaving(false);
    setApiError(error);
    if (!error) onClose();
  }

  if (mode.kind === 'end') {
    return (
      <Stack gap="sm" component="form" onSubmit={(e) => void submit(e)}>
        <Text size="sm">{t('cooperations.endBody', { name: mode.row.organisationName, cooperation: cooperation.name })}</Text>
        <LocalDateInput label={t('member.left')} value={leftOn} onChange={(v) => setLeftOn(v)} error={errors.leftOn} data-autofocus data-testid="participant-left" />
        <FormFooter onCancel={onClose} saving={saving} error={apiError} testId="participant-save" saveLabel={t('cooperations.end')} />
      </Stack>
    );
  }

  return (
    <Stack gap="sm" component="form" onSubmit={(e) => void submit(e)}>
      {mode.kind === 'add' && (
        <Select
          label={t('cooperations.organisation')}
          withAsterisk
          searchable
          value={organisationId}
          onChange={setOrganisationId}
          data={candidates.map((o) => ({ value: String(o.id), label: o.officialCode ? `${o.name} (${o.officialCode})` : o.name }))}
          nothingFoundMessage={t('cooperations.noOrganisations')}
          error={errors.organisationId}
          // Focused when the dialog opens, its list still closed (it opens on typing, a click or ↓): an open list
          // would greet the dialog with a scroll region no key reaches (axe scrollable-region-focusable).
          openOnFocus={false}
          data-autofocus
          data-testid="participant-organisation"
        />
      )}
      <Select label={t('member.role')} allowDeselect={false} value={role} onChange={(v) => v && setRole(v as ParticipantRow['role'])} data={participationRoles.map((r) => ({ value: r, label: roleLabel(t, r) }))} data-testid="participant-role" />
      <Group gap="sm" grow>
        <LocalDateInput label={t('member.joined')} value={joinedOn} onChange={(v) => setJoinedOn(v)} error={errors.joinedOn} data-testid="participant-joined" />
        <LocalDateInput label={t('member.left')} value={leftOn} onChange={(v) => setLeftOn(v)} error={errors.leftOn} data-testid="participant-left" />
      </Group>
      <Select
        label={t('cooperations.invoicedVia')}
        description={t('cooperations.invoicedViaHint')}
        clearable
        value={via}
        onChange={setVia}
        data={parties.map((p) => ({ value: String(p.organisationId), label: p.organisationName }))}
        nothingFoundMessage={t('cooperations.noParties')}
        placeholder={parties.length === 0 ? t('cooperations.noParties') : undefined}
        disabled={parties.length === 0}
        data-testid="participant-via"
      />
      <FormFooter onCancel={onClose} saving={saving} error={apiError} testId="participant-save" />
    </Stack>
  );
}
