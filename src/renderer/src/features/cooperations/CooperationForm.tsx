import { Group, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LocalDateInput } from '../../components/LocalDateInput';
import { cooperationCountries, cooperationCurrencies, cooperationKinds, type CooperationView } from '../../../../shared/api/channels/cooperations.channels';
import type { ApiError } from '../../../../shared/errors';
import { isIsoDate } from '../../../../shared/iso-date';
import { FormFooter } from '../../components/FormFooter';
import type { CooperationFields } from './mutations';
import { useOrganisations } from './queries';

interface Draft {
  name: string;
  kind: string;
  currency: string;
  countryCode: string;
  startDate: string;
  endDate: string;
  hostOrganisationId: string | null;
  description: string;
}

const draftOf = (c: CooperationView | null): Draft => ({
  name: c?.name ?? '',
  kind: c?.kind ?? 'consortium',
  currency: c?.currency ?? 'SEK',
  countryCode: c?.countryCode ?? (c?.currency === 'NOK' ? 'NO' : 'SE'),
  startDate: c?.startDate ?? '',
  endDate: c?.endDate ?? '',
  hostOrganisationId: c?.hostOrganisationId ? String(c.hostOrganisationId) : null,
  description: c?.description ?? '',
});

type Errors = Partial<Record<'name' | 'startDate' | 'endDate', string>>;

/** Name, kind, currency, country, dates, host and description of a cooperation; for a new one and for its settings. */
export function CooperationForm({ initial, saving, apiError, saveLabel, onSave, onCancel, testId }: {
  initial: CooperationView | null;
  saving: boolean;
  apiError: ApiError | null;
  saveLabel?: string;
  onSave: (fields: CooperationFields) => void;
  onCancel: () => void;
  testId: string;
}) {
  const { t } = useTranslation();
  const organisations = useOrganisations();
  const [draft, setDraft] = useState<Draft>(() => draftOf(initial));
  const [errors, setErrors] = useState<Errors>({});
  const set = (changes: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...changes }));
    // A field's complaint goes once it is edited; the next save checks again.
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([key]) => !(key in changes) && !(key === 'endDate' && 'startDate' in changes))));
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    const found: Errors = {};
    if (draft.name.trim() === '') found.name = t('validation.required');
    if (draft.startDate && !isIsoDate(draft.startDate)) found.startDate = t('validation.date');
    if (draft.endDate && !isIsoDate(draft.endDate)) found.endDate = t('validation.date');
    if (!found.startDate && !found.endDate && draft.startDate && draft.endDate && draft.endDate < draft.startDate) found.endDate = t('validation.endBeforeStart');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    onSave({
      name: draft.name.trim(),
      kind: draft.kind as CooperationFields['kind'],
      currency: draft.currency as CooperationFields['currency'],
      countryCode: draft.countryCode as CooperationFields['countryCode'],
      startDate: draft.startDate || null,
      endDate: draft.endDate || null,
      hostOrganisationId: draft.hostOrganisationId ? Number(draft.hostOrganisationId) : null,
      description: draft.description.trim() || null,
    });
  }

  const fieldError = (field: string) => apiError?.issues?.find((issue) => issue.path === field)?.message;

  return (
    <Stack gap="sm" component="form" onSubmit={submit} data-testid={`${testId}-form`}>
      <TextInput label={t('cooperations.name')} withAsterisk value={draft.name} onChange={(e) => set({ name: e.currentTarget.value })} error={errors.name ?? fieldError('name')} data-autofocus data-testid="cooperation-name" />
      <SimpleGrid cols={3} spacing="sm">
        <Select label={t('cooperations.kind')} allowDeselect={false} value={draft.kind} onChange={(v) => v && set({ kind: v })} data={cooperationKinds.map((k) => ({ value: k, label: t(`cooperationKind.${k}`) }))} data-testid="cooperation-kind" />
        <Select label={t('cooperations.currency')} allowDeselect={false} value={draft.currency} onChange={(v) => v && set({ currency: v })} data={[...cooperationCurrencies]} data-testid="cooperation-currency" />
        <Select label={t('cooperations.country')} allowDeselect={false} value={draft.countryCode} onChange={(v) => v && set({ countryCode: v })} data={cooperationCountries.map((c) => ({ value: c, label: t(`country.${c}`) }))} data-testid="cooperation-country" />
      </SimpleGrid>
      <Group gap="sm" grow>
        <LocalDateInput label={t('cooperations.startDate')} value={draft.startDate} onChange={(v) => set({ startDate: v })} error={errors.startDate ?? fieldError('startDate')} data-testid="cooperation-start" />
        <LocalDateInput label={t('cooperations.endDate')} value={draft.endDate} onChange={(v) => set({ endDate: v })} error={errors.endDate ?? fieldError('endDate')} data-testid="cooperation-end" />
      </Group>
      <Select
        label={t('cooperations.host')}
        description={t('cooperations.hostHint')}
        searchable
        clearable
        value={draft.hostOrganisationId}
        onChange={(v) => set({ hostOrganisationId: v })}
        data={(organisations.data ?? []).map((o) => ({ value: String(o.id), label: o.name }))}
        nothingFoundMessage={t('cooperations.noOrganisations')}
        data-testid="cooperation-host"
      />
      <Textarea label={t('cooperations.description')} autosize minRows={2} maxRows={5} value={draft.description} onChange={(e) => set({ description: e.currentTarget.value })} />
      <FormFooter onCancel={onCancel} saving={saving} error={apiError && !(['name', 'startDate', 'endDate'] as const).some((f) => fieldError(f)) ? apiError : null} testId={testId} {...(saveLabel ? { saveLabel } : {})} />
    </Stack>
  );
}
