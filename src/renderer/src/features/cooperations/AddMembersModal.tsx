import { Badge, Checkbox, Group, Modal, ScrollArea, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LocalDateInput } from '../../components/LocalDateInput';
import type { CooperationView, ParticipantRow } from '../../../../shared/api/channels/cooperations.channels';
import type { ReferenceOrganisation } from '../../../../shared/api/channels/organisations.channels';
import { participationRoles } from '../../../../shared/document/workspace-document.schema';
import type { ApiError } from '../../../../shared/errors';
import { isIsoDate } from '../../../../shared/iso-date';
import { FormFooter } from '../../components/FormFooter';
import { intlLocale } from '../../format/locales';
import { useLanguage } from '../../i18n/use-language';
import { executeEdit } from '../../undo/undo-store';
import { roleLabel } from '../members/member-columns';
import { addMembersCommand } from './mutations';
import { useOrganisations, useReferenceList } from './queries';

const keyOf = (e: Pick<ReferenceOrganisation, 'country' | 'kind' | 'code'>): string => `${e.country}:${e.kind}:${e.code}`;
const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('sv');

/**
 * "Add members": picks several municipalities, regions or counties from the shipped list
 * (searchable, filtered by country and kind) and adds them in one undoable step, creating the
 * organisations the workspace does not have yet (matched by official code).
 */
export function AddMembersModal({ cooperation, participants, opened, onClose }: { cooperation: CooperationView; participants: ParticipantRow[]; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal closeButtonProps={{ 'aria-label': t('common.close') }} opened={opened} onClose={onClose} size={640} title={<Text fw={600}>{t('cooperations.addMembersTitle', { name: cooperation.name })}</Text>}>
      {opened && <AddMembersForm cooperation={cooperation} participants={participants} onClose={onClose} />}
    </Modal>
  );
}

function AddMembersForm({ cooperation, participants, onClose }: { cooperation: CooperationView; participants: ParticipantRow[]; onClose: () => void }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const reference = useReferenceList();
  const organisations = useOrganisations();
  const [country, setCountry] = useState<string>(cooperation.countryCode ?? 'all');
  const [kind, setKind] = useState<string>('municipality');
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<ReferenceOrganisation[]>([]);
  const [role, setRole] = useState<ParticipantRow['role']>('member');
  const [joinedOn, setJoinedOn] = useState(cooperation.startDate ?? '');
  const [dateError, setDateError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [apiError, setApiError] = useState<ApiError | null>(null);

  // Entries whose organisation already takes part (and has not left) cannot be picked again.
  const taking = useMemo(() => {
    const current = new Set(participants.filter((p) => p.leftOn === null).map((p) => p.organisationId));
    return new Set((organisations.data ?? []).filter((o) => o.officialCode && current.has(o.id)).map((o) => `${o.countryCode}:${o.kind}:${o.officialCode}`));
  }, [participants, organisations.data]);

  const shown = useMemo(() => {
    const typed = fold(search.trim());
    const collator = new Intl.Collator(intlLocale(language));
    return (reference.data?.entries ?? [])
      .filter((e) => (country === 'all' || e.country === country) && (kind === 'all' || e.kind === kind))
      .filter((e) => typed === '' || fold(e.name).includes(typed) || e.code.startsWith(typed) || (e.otherName !== undefined && fold(e.otherName).includes(typed)))
      .sort((a, b) => collator.compare(a.name, b.name));
  }, [reference.data, country, kind, search, language]);

  const pickedKeys = new Set(picked.map(keyOf));
  const toggle = (entry: ReferenceOrganisation) =>
    setPicked((list) => (list.some((p) => keyOf(p) === keyOf(entry)) ? list.filter((p) => keyOf(p) !== keyOf(entry)) : [...list, entry]));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (joinedOn && !isIsoDate(joinedOn)) {
      setDateError(t('validation.date'));
      return;
    }
    if (picked.length === 0) return;
    setSaving(true);
    const error = await executeEdit(
      addMembersCommand(t, cooperation, { role, joinedOn: joinedOn || null, entries: picked.map((p) => ({ country: p.country, kind: p.kind, code: p.code })) }),
    );
    setSaving(false);
    setApiError(error);
    if (!error) onClose();
  }

  return (
    <Stack gap="sm" component="form" onSubmit={(e) => void submit(e)}>
      <Group gap="sm" align="flex-end" wrap="nowrap">
        <TextInput label={t('cooperations.searchList')} placeholder={t('cooperations.searchListPlaceholder')} value={search} onChange={(e) => setSearch(e.currentTarget.value)} flex={1} data-autofocus data-testid="add-members-search" />
        <Select label={t('cooperations.kind')} w={150} allowDeselect={false} value={kind} onChange={(v) => v && setKind(v)} data={[
          { value: 'all', label: t('cooperations.allKinds') },
          { value: 'municipality', label: t('kind.municipality') },
          { value: 'region', label: t('kind.region') },
          { value: 'county', label: t('cooperations.county') },
        ]} data-testid="add-members-kind" />
      </Group>
      <SegmentedControl
        aria-label={t('cooperations.country')}
        value={country}
        onChange={setCountry}
        data={[{ value: 'all', label: t('cooperations.allCountries') }, { value: 'SE', label: t('country.SE') }, { value: 'NO', label: t('country.NO') }]}
        data-testid="add-members-country"
      />
      <Text size="xs" c="dimmed" id="add-members-count" data-testid="add-members-shown">
        {t('cooperations.listShown', { shown: shown.length, picked: picked.length })}
      </Text>
      <ScrollArea h={300} type="auto" className="reference-list" aria-describedby="add-members-count">
        <Stack gap={4} p={4} role="group" aria-label={t('cooperations.referenceList')}>
          {shown.map((entry) => {
            const already = taking.has(keyOf(entry));
            return (
              <Checkbox
                key={keyOf(entry)}
                checked={already || pickedKeys.has(keyOf(entry))}
                disabled={already}
                onChange={() => toggle(entry)}
                label={
                  <Group gap={6} wrap="nowrap">
                    <span>{entry.name}</span>
                    <Text span size="xs" c="dimmed" className="mono">{entry.country} {entry.code}</Text>
                    {entry.kind !== 'municipality' && <Badge size="xs" variant="light">{entry.kind === 'county' ? t('cooperations.county') : t(`kind.${entry.kind}`)}</Badge>}
                    {already && <Text span size="xs" c="dimmed">{t('cooperations.alreadyTakesPart')}</Text>}
                  </Group>
                }
                data-testid={`pick-${entry.country}-${entry.code}`}
              />
            );
          })}
        </Stack>
      </ScrollArea>
      <Group gap="sm" grow>
        <Select label={t('member.role')} allowDeselect={false} value={role} onChange={(v) => v && setRole(v as ParticipantRow['role'])} data={participationRoles.map((r) => ({ value: r, label: roleLabel(t, r) }))} data-testid="add-members-role" />
        <LocalDateInput label={t('member.joined')} value={joinedOn} onChange={(v) => { setJoinedOn(v); setDateError(null); }} error={dateError} data-testid="add-members-joined" />
      </Group>
      <FormFooter onCancel={onClose} saving={saving} error={apiError} testId="add-members-save" saveLabel={t('cooperations.addPicked', { count: picked.length })} disabled={picked.length === 0} />
    </Stack>
  );
}
