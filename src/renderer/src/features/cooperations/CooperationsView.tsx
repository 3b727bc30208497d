import { Badge, Button, Checkbox, Group, Modal, Paper, Select, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CooperationSummary, CooperationView, ParticipantRow } from '../../../../shared/api/channels/cooperations.channels';
import type { ApiError } from '../../../../shared/errors';
import { EmptyState } from '../../components/EmptyState';
import { ErrorNotice } from '../../components/ErrorNotice';
import { LoadingNotice } from '../../components/LoadingNotice';
import { formatDate } from '../../format/dates';
import { useLanguage } from '../../i18n/use-language';
import { useHashRoute } from '../../router/use-hash-route';
import { executeEdit } from '../../undo/undo-store';
import { kindLabel, roleLabel } from '../members/member-columns';
import { AddMembersModal } from './AddMembersModal';
import { CooperationForm } from './CooperationForm';
import { archiveCooperationCommand, createCooperationCommand, updateCooperationCommand, type CooperationFields } from './mutations';
import { OrganisationModal } from './OrganisationModal';
import { ParticipantModal, type ParticipantModalMode } from './ParticipantModal';
import { useCooperationList, useParticipants } from './queries';
import './cooperations.css';
import { ViewHeading } from '../../components/ViewHeading';

const todayIso = (): string => new Date().toISOString().slice(0, 10);

/** Cooperations: pick one (or start a new one), edit its settings, archive it, manage its participants. */
export function CooperationsView({ cooperationId, create }: { cooperationId: number | undefined; create: boolean }) {
  const { t } = useTranslation();
  const [, navigate] = useHashRoute();
  const [showArchived, setShowArchived] = useState(false);
  const list = useCooperationList(true);
  const all = list.data ?? [];
  const visible = all.filter((c) => showArchived || c.archivedOn === null || c.id === cooperationId);
  const selected = all.find((c) => c.id === cooperationId) ?? (cooperationId === undefined ? visible[0] : undefined) ?? null;

  if (list.status === 'error' && !list.data) return <ErrorNotice error={list.error} onRetry={list.refetch} />;
  if (list.status === 'loading' && !list.data) return <LoadingNotice label={t('cooperations.loading')} />;

  const closeNew = () => navigate(selected ? { name: 'cooperations', cooperationId: selected.id } : { name: 'cooperations' });

  return (
    <Stack gap="md" className="view cooperations-view">
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <ViewHeading title={t('cooperations.title')} subtitle={t('cooperations.summary', { count: all.filter((c) => c.archivedOn === null).length })} />
        <Group gap="sm" align="flex-end" wrap="wrap">
          {all.length > 0 && (
            <>
              <Select
                w={280}
                maw="100%"
                label={t('cooperations.picker')}
                searchable
                allowDeselect={false}
                value={selected ? String(selected.id) : null}
                onChange={(value) => value && navigate({ name: 'cooperations', cooperationId: Number(value) })}
                data={visible.map((c) => ({ value: String(c.id), label: c.archivedOn ? `${c.name} (${t('cooperations.archived')})` : c.name }))}
                data-testid="cooperation-picker"
              />
              <Checkbox label={t('cooperations.showArchived')} checked={showArchived} onChange={(e) => setShowArchived(e.currentTarget.checked)} mb={8} data-testid="show-archived" />
            </>
          )}
          <Button onClick={() => navigate({ name: 'cooperations', create: true })} data-testid="new-cooperation">
            {t('cooperations.new')}
          </Button>
        </Group>
      </Group>

      {all.length === 0 ? (
        <EmptyState
          title={t('cooperations.emptyTitle')}
          action={
            <Button onClick={() => navigate({ name: 'cooperations', create: true })} data-testid="new-cooperation-empty">
              {t('cooperations.new')}
            </Button>
          }
        >
          {t('cooperations.emptyBody')}
        </EmptyState>
      ) : selected ? (
        <CooperationDetail key={selected.id} cooperation={selected} />
      ) : (
        <EmptyState title={t('cooperations.notFoundTitle')}>{t('cooperations.notFoundBody')}</EmptyState>
      )}

      <NewCooperationModal opened={create} onClose={closeNew} onCreated={(id) => navigate({ name: 'cooperations', cooperationId: id })} />
    </Stack>
  );
}

function NewCooperationModal({ opened, onClose, onCreated }: { opened: boolean; onClose: () => void; onCreated: (id: number) => void }) {
  const { t } = useTranslation();
  const [saving, setSaving] = useState(false);
  const [apiError, setApiError] = useState<ApiError | null>(null);
  async function save(fields: CooperationFields) {
    setSaving(true);
    let createdId: number | null = null;
    const error = await executeEdit(createCooperationCommand(t, fields, (id) => { createdId = id; }));
    setSaving(false);
    setApiError(error);
    if (!error && createdId !== null) onCreated(createdId);
  }
  return (
    <Modal closeButtonProps={{ 'aria-label': t('common.close') }} opened={opened} onClose={onClose} size={560} title={<Text fw={600}>{t('cooperations.newTitle')}</Text>}>
      {opened && <CooperationForm initial={null} saving={saving} apiError={apiError} saveLabel={t('workspace.create')} onSave={(fields) => void save(fields)} onCancel={onClose} testId="create-cooperation" />}
    </Modal>
  );
}

function CooperationDetail({ cooperation }: { cooperation: CooperationSummary }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [saving, setSaving] = useState(false);
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const [formKey, setFormKey] = useState(0);

  async function save(fields: CooperationFields) {
    const changes = Object.fromEntries(Object.entries(fields).filter(([key, value]) => cooperation[key as keyof CooperationView] !== value)) as Partial<CooperationFields>;
    if (Object.keys(changes).length === 0) return;
    setSaving(true);
    const error = await executeEdit(updateCooperationCommand(t, cooperation, changes));
    setSaving(false);
    setApiError(error);
  }

  async function toggleArchive() {
    setApiError(await executeEdit(archiveCooperationCommand(t, cooperation, cooperation.archivedOn === null)));
  }

  return (
    <Stack gap="md">
      <Paper withBorder p="md" radius="sm" component="section" aria-labelledby="cooperation-settings-title">
        <Group justify="space-between" mb="sm">
          <Group gap="xs">
            <Title order={3} size="h4" fw={600} id="cooperation-settings-title">
              {t('cooperations.settings')}
            </Title>
            {cooperation.archivedOn && (
              <Badge color="gray" variant="light" data-testid="archived-badge">
                {t('cooperations.archivedOn', { date: formatDate(cooperation.archivedOn, language) })}
              </Badge>
            )}
          </Group>
          <Button variant="default" size="xs" onClick={() => void toggleArchive()} data-testid="archive-cooperation">
            {cooperation.archivedOn ? t('cooperations.restore') : t('cooperations.archive')}
          </Button>
        </Group>
        <CooperationForm
          key={`${formKey}-${JSON.stringify(cooperation)}`}
          initial={cooperation}
          saving={saving}
          apiError={apiError}
          onSave={(fields) => void save(fields)}
          onCancel={() => setFormKey((k) => k + 1)}
          saveLabel={t('common.save')}
          testId="save-cooperation"
        />
      </Paper>
      <ParticipantsSection cooperation={cooperation} />
    </Stack>
  );
}

function ParticipantsSection({ cooperation }: { cooperation: CooperationSummary }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const participants = useParticipants(cooperation.id);
  const rows = participants.data ?? [];
  const [picking, setPicking] = useState(false);
  const [newOrganisation, setNewOrganisation] = useState(false);
  const [mode, setMode] = useState<ParticipantModalMode | null>(null);
  const date = (value: string | null) => (value ? formatDate(value, language) : '—');

  return (
    <Paper withBorder p="md" radius="sm" component="section" aria-labelledby="participants-title">
      <Group justify="space-between" mb="sm" wrap="wrap" gap="xs">
        <div>
          <Title order={3} size="h4" fw={600} id="participants-title">
            {t('cooperations.participants')}
          </Title>
          <Text size="sm" c="dimmed" data-testid="participant-counts">
            {t('cooperations.counts', { members: cooperation.memberCount, observers: cooperation.observerCount, parties: cooperation.administrativePartyCount })}
          </Text>
        </div>
        <Group gap="xs">
          <Button size="xs" onClick={() => setPicking(true)} data-testid="add-members">
            {t('cooperations.addMembers')}
          </Button>
          <Button size="xs" variant="default" onClick={() => setMode({ kind: 'add' })} data-testid="add-participant">
            {t('cooperations.addParticipant')}
          </Button>
          <Button size="xs" variant="default" onClick={() => setNewOrganisation(true)} data-testid="new-organisation">
            {t('cooperations.newOrganisation')}
          </Button>
        </Group>
      </Group>
      {participants.status === 'error' && <ErrorNotice error={participants.error} onRetry={participants.refetch} />}
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {participants.status === 'loading' ? '…' : t('cooperations.noParticipants')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table fz="sm" verticalSpacing={4} highlightOnHover data-testid="participants-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('cooperations.organisation')}</Table.Th>
                <Table.Th>{t('member.role')}</Table.Th>
                <Table.Th>{t('member.joined')}</Table.Th>
                <Table.Th>{t('member.left')}</Table.Th>
                <Table.Th>{t('cooperations.invoicedVia')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('cooperations.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row: ParticipantRow) => (
                <Table.Tr key={row.id} data-testid="participant-row">
                  <Table.Td>
                    <Text size="sm" fw={500}>{row.organisationName}</Text>
                    <Text size="xs" c="dimmed">
                      {kindLabel(t, row.organisationKind)}
                      {row.officialCode && <span className="mono"> · {row.officialCode}</span>}
                    </Text>
                  </Table.Td>
                  <Table.Td>{roleLabel(t, row.role)}</Table.Td>
                  <Table.Td>{date(row.joinedOn)}</Table.Td>
                  <Table.Td>{date(row.leftOn)}</Table.Td>
                  <Table.Td>{row.viaOrganisationName ?? ''}</Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap" justify="flex-end">
                      <Button size="compact-xs" variant="subtle" onClick={() => setMode({ kind: 'edit', row })} aria-label={t('common.editNamed', { name: row.organisationName })} data-testid="participant-edit">
                        {t('cooperations.change')}
                      </Button>
                      {row.leftOn === null && (
                        <Button size="compact-xs" variant="subtle" onClick={() => setMode({ kind: 'end', row })} aria-label={t('cooperations.endNamed', { name: row.organisationName })} data-testid="participant-end">
                          {t('cooperations.end')}
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <AddMembersModal cooperation={cooperation} participants={rows} opened={picking} onClose={() => setPicking(false)} />
      <ParticipantModal cooperation={cooperation} participants={rows} mode={mode} today={todayIso()} onClose={() => setMode(null)} />
      <OrganisationModal opened={newOrganisation} onClose={() => setNewOrganisation(false)} />
    </Paper>
  );
}
