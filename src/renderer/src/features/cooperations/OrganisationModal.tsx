import { Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { organisationKinds } from '../../../../shared/document/workspace-document.schema';
import type { ApiError } from '../../../../shared/errors';
import { FormFooter } from '../../components/FormFooter';
import { executeEdit } from '../../undo/undo-store';
import { kindLabel } from '../members/member-columns';
import { createOrganisationCommand } from './mutations';
import { useReferenceList } from './queries';

/** A new organisation typed in directly: name, kind, country, official code, organisation number. */
export function OrganisationModal({ opened, onClose, onCreated }: { opened: boolean; onClose: () => void; onCreated?: (id: number) => void }) {
  const { t } = useTranslation();
  return (
    <Modal closeButtonProps={{ 'aria-label': t('common.close') }} opened={opened} onClose={onClose} size={480} title={<Text fw={600}>{t('cooperations.newOrganisationTitle')}</Text>}>
      {opened && <OrganisationForm onClose={onClose} onCreated={onCreated} />}
    </Modal>
  );
}

function OrganisationForm({ onClose, onCreated }: { onClose: () => void; onCreated: ((id: number) => void) | undefined }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<(typeof organisationKinds)[number]>('municipality');
  const [countryCode, setCountryCode] = useState('SE');
  const [officialCode, setOfficialCode] = useState('');
  const [orgNumber, setOrgNumber] = useState('');
  const [errors, setErrors] = useState<Partial<Record<'name' | 'officialCode' | 'orgNumber', string>>>({});
  const [saving, setSaving] = useState(false);
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const reference = useReferenceList();
  const entries = reference.data?.entries ?? [];
  const keyOf = (e: { country: string; kind: string; code: string }) => `${e.country}:${e.kind}:${e.code}`;

  /** Fills the fields from the shipped list; they stay editable. */
  function pick(key: string | null) {
    const entry = entries.find((e) => keyOf(e) === key);
    if (!entry) return;
    setName(entry.name);
    setKind(entry.kind);
    setCountryCode(entry.country);
    setOfficialCode(entry.code);
    setErrors({});
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: typeof errors = {};
    if (name.trim() === '') found.name = t('validation.required');
    if (officialCode.trim() && !/^[0-9A-Za-z]+$/.test(officialCode.trim())) found.officialCode = t('validation.officialCode');
    if (orgNumber.trim() && !/^[0-9\- ]+$/.test(orgNumber.trim())) found.orgNumber = t('validation.orgNumber');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setSaving(true);
    const error = await executeEdit(
      createOrganisationCommand(t, { name: name.trim(), kind, countryCode, officialCode: officialCode.trim() || null, orgNumber: orgNumber.trim() || null }, (id) => onCreated?.(id)),
    );
    setSaving(false);
    setApiError(error);
    if (!error) onClose();
  }

  const codeError = apiError?.issues?.find((issue) => issue.path === 'officialCode')?.message;
  return (
    <Stack gap="sm" component="form" onSubmit={(e) => void submit(e)}>
      <Select
        label={t('cooperations.fromList')}
        description={t('cooperations.fromListHint')}
        searchable
        clearable
        limit={50}
        value={null}
        onChange={pick}
        data={entries.map((e) => ({ value: keyOf(e), label: `${e.name} (${e.country} ${e.code})` }))}
        nothingFoundMessage={t('cooperations.noMatch')}
        // Focused when the dialog opens, its list still closed (it opens on typing, a click or ↓): an open list
        // would greet the dialog with a scroll region no key reaches (axe scrollable-region-focusable).
        openOnFocus={false}
        data-autofocus
        data-testid="organisation-from-list"
      />
      <TextInput label={t('member.name')} withAsterisk value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.name} data-testid="organisation-name" />
      <Group gap="sm" grow>
        <Select label={t('member.kind')} allowDeselect={false} value={kind} onChange={(v) => v && setKind(v as typeof kind)} data={organisationKinds.map((k) => ({ value: k, label: kindLabel(t, k) }))} data-testid="organisation-kind" />
        <Select label={t('member.country')} allowDeselect={false} value={countryCode} onChange={(v) => v && setCountryCode(v)} data={[{ value: 'SE', label: t('country.SE') }, { value: 'NO', label: t('country.NO') }]} data-testid="organisation-country" />
      </Group>
      <Group gap="sm" grow>
        <TextInput label={t('member.officialCode')} description={t('member.officialCodeHint')} className="mono-input" value={officialCode} onChange={(e) => setOfficialCode(e.currentTarget.value)} error={errors.officialCode ?? codeError} data-testid="organisation-code" />
        <TextInput label={t('member.orgNumber')} description={t('cooperations.orgNumberHint')} className="mono-input" value={orgNumber} onChange={(e) => setOrgNumber(e.currentTarget.value)} error={errors.orgNumber} data-testid="organisation-orgnumber" />
      </Group>
      <FormFooter onCancel={onClose} saving={saving} error={codeError ? null : apiError} testId="organisation-save" saveLabel={t('workspace.create')} />
    </Stack>
  );
}
