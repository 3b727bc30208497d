import { Button, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationView } from '../../../../shared/api/channels/organisations.channels';
import { isStaleWrite } from '../../../../shared/api/row-version';
import { organisationKinds, type OrganisationRecord } from '../../../../shared/document/workspace-document.schema';
import type { ApiError } from '../../../../shared/errors';
import { ErrorNotice } from '../../components/ErrorNotice';
import { executeEdit } from '../../undo/undo-store';
import { kindLabel } from './member-columns';
import { validateOrganisation, type FieldErrors, type OrganisationForm } from './member-validation';
import { updateOrganisationCommand, type OrganisationFields } from './mutations';

const toForm = (o: OrganisationRecord): OrganisationForm => ({
  name: o.name,
  kind: o.kind,
  orgNumber: o.orgNumber ?? '',
  officialCode: o.officialCode ?? '',
  countryCode: o.countryCode,
  notes: o.notes ?? '',
});

/**
 * The organisation's own fields; saved as one undoable edit, from the row version the form shows
 * (someone else's save since is refused, and the form keeps what the user typed until they reload).
 */
export function OrganisationEditor({ organisation: stored }: { organisation: OrganisationView }) {
  const { t } = useTranslation();
  const [form, setForm] = useState<OrganisationForm>(() => toForm(stored));
  const [errors, setErrors] = useState<FieldErrors<keyof OrganisationForm>>({});
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);
  // When the stored record changes (undo, another window), the form follows unless the user is typing,
  // or a save was refused as stale: then it keeps the record it was based on until the user reloads.
  const [shown, setShown] = useState(stored);
  const follow = () => {
    setShown(stored);
    setForm(toForm(stored));
    setErrors({});
  };
  const stale = apiError !== null && isStaleWrite(apiError);
  if (shown !== stored && !stale) follow();
  const organisation = shown;

  const original = toForm(organisation);
  const dirty = (Object.keys(form) as (keyof OrganisationForm)[]).some((key) => form[key] !== original[key]);
  const set = (key: keyof OrganisationForm) => (value: string) => {
    setForm((f) => ({ ...f, [key]: value }));
    setErrors((e) => ({ ...e, [key]: undefined }));
  };

  async function save() {
    const found = validateOrganisation(form);
    setErrors(found);
    if (Object.values(found).some(Boolean)) return;
    const changes: Partial<OrganisationFields> = {};
    if (form.name.trim() !== organisation.name) changes.name = form.name.trim();
    if (form.kind !== organisation.kind) changes.kind = form.kind as OrganisationFields['kind'];
    if (form.orgNumber.trim() !== (organisation.orgNumber ?? '')) changes.orgNumber = form.orgNumber.trim() || null;
    if (form.officialCode.trim() !== (organisation.officialCode ?? '')) changes.officialCode = form.officialCode.trim() || null;
    if (form.countryCode !== organisation.countryCode) changes.countryCode = form.countryCode;
    if (form.notes !== (organisation.notes ?? '')) changes.notes = form.notes.trim() ? form.notes : null;
    if (Object.keys(changes).length === 0) return;
    setSaving(true);
    const error = await executeEdit(updateOrganisationCommand(t, organisation, changes));
    setSaving(false);
    setApiError(error);
    if (error?.issues) {
      setErrors(Object.fromEntries(error.issues.map((issue) => [issue.path, 'validation.rejected'])) as FieldErrors<keyof OrganisationForm>);
    }
  }

  const message = (key: keyof OrganisationForm) => {
    const code = errors[key];
    if (!code) return undefined;
    if ((code as string) === 'validation.rejected') return apiError?.issues?.find((i) => i.path === key)?.message;
    return t(code);
  };

  return (
    <Stack gap="sm" component="form" onSubmit={(event) => { event.preventDefault(); void save(); }} data-testid="organisation-form">
      <TextInput label={t('member.name')} value={form.name} onChange={(e) => set('name')(e.currentTarget.value)} error={message('name')} required data-testid="org-name" />
      <SimpleGrid cols={2} spacing="sm">
        <Select
          label={t('member.kind')}
          value={form.kind}
          onChange={(value) => value && set('kind')(value)}
          data={organisationKinds.map((kind) => ({ value: kind, label: kindLabel(t, kind) }))}
          allowDeselect={false}
          data-testid="org-kind"
        />
        <TextInput label={t('member.officialCode')} description={t('member.officialCodeHint')} value={form.officialCode} onChange={(e) => set('officialCode')(e.currentTarget.value)} error={message('officialCode')} data-testid="org-code" />
      </SimpleGrid>
      <SimpleGrid cols={2} spacing="sm">
        <TextInput label={t('member.orgNumber')} value={form.orgNumber} onChange={(e) => set('orgNumber')(e.currentTarget.value)} error={message('orgNumber')} data-testid="org-number" />
        <Select
          label={t('member.country')}
          value={form.countryCode}
          onChange={(value) => value && set('countryCode')(value)}
          // A country other than these two (from an import) stays choosable as it is.
          data={[...new Set(['SE', 'NO', organisation.countryCode])].map((code) => ({ value: code, label: t(`country.${code}` as 'country.SE', { defaultValue: code }) }))}
          allowDeselect={false}
          data-testid="org-country"
        />
      </SimpleGrid>
      <Textarea label={t('member.notes')} value={form.notes} onChange={(e) => set('notes')(e.currentTarget.value)} autosize minRows={2} maxRows={6} data-testid="org-notes" />
      {apiError && !apiError.issues && <ErrorNotice error={apiError} onReload={() => { setApiError(null); follow(); }} />}
      <Group justify="flex-end" gap="xs">
        <Button variant="default" size="xs" disabled={!dirty || saving} onClick={() => { setForm(original); setErrors({}); setApiError(null); }}>
          {t('common.reset')}
        </Button>
        <Button type="submit" size="xs" disabled={!dirty} loading={saving} data-testid="org-save">
          {t('common.save')}
        </Button>
      </Group>
    </Stack>
  );
}
