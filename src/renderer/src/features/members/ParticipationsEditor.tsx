import { ActionIcon, Button, Group, Select, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParticipationView } from '../../../../shared/api/channels/members.channels';
import { participationRoles } from '../../../../shared/document/workspace-document.schema';
import type { ApiError } from '../../../../shared/errors';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatDate } from '../../format/dates';
import { useLanguage } from '../../i18n/use-language';
import { executeEdit } from '../../undo/undo-store';
import { roleLabel } from './member-columns';
import { validateParticipation, type FieldErrors } from './member-validation';
import { updateParticipationCommand } from './mutations';
import { useParticipations } from './queries';

interface Draft {
  role: ParticipationView['role'];
  joinedOn: string;
  leftOn: string;
}

/** The cooperations an organisation takes part in: role, joined and left; each row editable. */
export function ParticipationsEditor({ organisationId, organisationName }: { organisationId: number; organisationName: string }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const participations = useParticipations(organisationId);
  const [editing, setEditing] = useState<{ id: number; draft: Draft } | null>(null);
  const [errors, setErrors] = useState<FieldErrors<'joinedOn' | 'leftOn'>>({});
  const [apiError, setApiError] = useState<ApiError | null>(null);
  // The row as it was when its edit began: the save is based on that version, not on a later reload.
  const [basedOn, setBasedOn] = useState<ParticipationView | null>(null);
  const rows = participations.data ?? [];
  if (rows.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {participations.status === 'loading' ? '…' : t('member.participationsNone')}
      </Text>
    );
  }

  async function save(before: ParticipationView, draft: Draft) {
    const found = validateParticipation(draft);
    setErrors(found);
    if (Object.values(found).some(Boolean)) return;
    const error = await executeEdit(
      updateParticipationCommand(t, organisationName, before, { role: draft.role, joinedOn: draft.joinedOn.trim() || null, leftOn: draft.leftOn.trim() || null }),
    );
    setApiError(error);
    if (!error) setEditing(null);
  }

  return (
    <>
      <Table fz="sm" verticalSpacing={4} horizontalSpacing={6} data-testid="participations-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('member.cooperation')}</Table.Th>
            <Table.Th>{t('member.role')}</Table.Th>
            <Table.Th>{t('member.joined')}</Table.Th>
            <Table.Th>{t('member.left')}</Table.Th>
            <Table.Th w={32} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((p) =>
            editing?.id === p.id ? (
              <Table.Tr key={p.id}>
                <Table.Td>{p.cooperationName}</Table.Td>
                <Table.Td>
                  <Select
                    size="xs"
                    w={130}
                    value={editing.draft.role}
                    allowDeselect={false}
                    onChange={(value) => value && setEditing({ id: p.id, draft: { ...editing.draft, role: value as Draft['role'] } })}
                    data={participationRoles.map((role) => ({ value: role, label: roleLabel(t, role) }))}
                    aria-label={t('member.role')}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput size="xs" w={104} placeholder="YYYY-MM-DD" value={editing.draft.joinedOn} error={errors.joinedOn && t(errors.joinedOn)} aria-label={t('member.joined')} onChange={(e) => setEditing({ id: p.id, draft: { ...editing.draft, joinedOn: e.currentTarget.value } })} />
                </Table.Td>
                <Table.Td>
                  <TextInput size="xs" w={104} placeholder="YYYY-MM-DD" value={editing.draft.leftOn} error={errors.leftOn && t(errors.leftOn)} aria-label={t('member.left')} onChange={(e) => setEditing({ id: p.id, draft: { ...editing.draft, leftOn: e.currentTarget.value } })} />
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Button size="compact-xs" onClick={() => void save(basedOn?.id === p.id ? basedOn : p, editing.draft)}>
                      {t('common.save')}
                    </Button>
                    <Button size="compact-xs" variant="subtle" color="gray" onClick={() => setEditing(null)}>
                      {t('common.cancel')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ) : (
              <Table.Tr key={p.id}>
                <Table.Td>
                  {p.cooperationName}
                  {p.viaOrganisationName && (
                    <Text size="xs" c="dimmed">
                      {t('member.via', { name: p.viaOrganisationName })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td c={p.role === 'member' ? undefined : 'dimmed'}>{roleLabel(t, p.role)}</Table.Td>
                <Table.Td className="num">{p.joinedOn ? formatDate(p.joinedOn, language) : '—'}</Table.Td>
                <Table.Td className="num">{p.leftOn ? formatDate(p.leftOn, language) : '—'}</Table.Td>
                <Table.Td>
                  <ActionIcon
                    size="sm"
                    variant="subtle"
                    aria-label={t('member.editParticipation', { cooperation: p.cooperationName })}
                    onClick={() => {
                      setErrors({});
                      setBasedOn(p);
                      setEditing({ id: p.id, draft: { role: p.role, joinedOn: p.joinedOn ?? '', leftOn: p.leftOn ?? '' } });
                    }}
                  >
                    ✎
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ),
          )}
        </Table.Tbody>
      </Table>
      {apiError && <ErrorNotice error={apiError} onReload={() => { setApiError(null); setEditing(null); }} />}
    </>
  );
}
