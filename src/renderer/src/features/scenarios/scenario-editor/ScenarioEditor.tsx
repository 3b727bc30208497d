import { Alert, Badge, Button, Group, MultiSelect, NativeSelect, Paper, SegmentedControl, SimpleGrid, Stack, Switch, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { fundingStatuses, type FundingStatus } from '../../../../../shared/document/workspace-document.schema';
import { LocalDateInput } from '../../../components/LocalDateInput';
import type { FundingSourceView } from '../../../../../shared/api/channels/budgets.channels';
import type { StudioInputs } from '../../../../../shared/api/channels/studio.channels';
import { computeFigures, resolveScenario, scenarioDefinitionSchema } from '../../../../../shared/calc';
import { translate } from '../../../../../shared/i18n/translate';
import { ErrorNotice } from '../../../components/ErrorNotice';
import type { ApiError } from '../../../../../shared/errors';
import type { Language } from '../../../format/locales';
import { formatMoney } from '../../../../../shared/format/numbers';
import { useBudget } from '../../budgets/queries';
import { useSaveScenario } from '../queries';
import { scenarioEditorSave } from '../save-inputs';
import { editorBalance } from './editor-balance';
import { lazyChart } from '../../../charts/lazy-chart';
import { definitionOf, editorYears, formOf, placeIssues, type AdjustmentRow, type EditorField, type EditorForm, type FieldError, type FundingRow } from './editor-form';
import { fundingRowFromBudget } from './budget-funding';
import './scenario-editor.css';

// The balance chart's code (recharts) loads when the editor first shows it; 240 px is its height.
const EditorBalanceChart = lazyChart(async () => (await import('./EditorBalanceChart')).EditorBalanceChart, () => 240);

/** Forms changed and not yet saved, per scenario id, for as long as the window lives, with the scenario's row version each was read at. */
const unsavedForms = new Map<number, { form: EditorForm; rowVersion: number }>();

/** Whether the engine's scenario schema knows per-member adjustments (added with the engine's adjustment rules). */
const ADJUSTMENTS_IN_SCHEMA = 'adjustments' in scenarioDefinitionSchema.shape;

/**
 * The scenario editor beside the studio: horizon, costs, pool basis, growth, joins and leaves,
 * members only in the scenario, funding lines by source, kind and status per year (typed here, or
 * taken from the budget), per-member adjustments; the balance per year as a figure and a chart,
 * with a switch that leaves out all funding that is not secured. Saved with `scenarios:save`.
 */
export function ScenarioEditor({ inputs, language }: { inputs: StudioInputs; language: Language }) {
  const { t } = useTranslation();
  const [shownErrors, setShownErrors] = useState<Record<EditorField, FieldError>>({});
  // An unsaved form outlives the tab (the studio's tabs unmount what they do not show) until it is saved or undone.
  const [form, setFormState] = useState<EditorForm>(() => unsavedForms.get(inputs.scenarioId)?.form ?? formOf(inputs.definition, language));
  // The scenario's row version the form is based on: sent with the save, so a save over someone else's is refused.
  const [seenVersion, setSeenVersion] = useState(() => unsavedForms.get(inputs.scenarioId)?.rowVersion ?? inputs.rowVersion);
  const setForm = (next: EditorForm | ((previous: EditorForm) => EditorForm)) =>
    setFormState((previous) => {
      const value = typeof next === 'function' ? next(previous) : next;
      unsavedForms.set(inputs.scenarioId, { form: value, rowVersion: seenVersion });
      return value;
    });
  // "Reload" after a refused save: once the stored scenario has been read again, the form takes it.
  const [reloadWanted, setReloadWanted] = useState(false);
  // The refusal the user answered with "reload": no longer shown.
  const [reloadedError, setReloadedError] = useState<ApiError | undefined>(undefined);
  if (reloadWanted && inputs.rowVersion !== seenVersion) {
    setReloadWanted(false);
    unsavedForms.delete(inputs.scenarioId);
    setFormState(formOf(inputs.definition, language));
    setSeenVersion(inputs.rowVersion);
    setShownErrors({});
  }
  const [securedOnly, setSecuredOnly] = useState(false);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const save = useSaveScenario();
  const budget = useBudget(inputs.cooperationId);
  const budgetSources = budget.data?.cooperation.id === inputs.cooperationId ? budget.data.funding : [];
  const currency = inputs.definition.currency;
  const years = editorYears(form);
  const engine = useMemo(() => ({ facts: inputs.facts, keys: inputs.keys as unknown[] }), [inputs]);

  // The live check and computation: every change is checked by the schema and the engine, and computed.
  const built = useMemo(() => definitionOf(form, inputs.definition, language, engine), [form, inputs.definition, language, engine]);
  const summary = useMemo(() => {
    if (!built.ok) return null;
    try {
      return computeFigures(resolveScenario(built.definition, inputs.facts, { keys: inputs.keys }));
    } catch {
      return null;
    }
  }, [built, inputs]);
  const balance = useMemo(() => (summary ? editorBalance(summary, securedOnly) : null), [summary, securedOnly]);

  const update = (change: (draft: EditorForm) => EditorForm) => {
    setSavedAt(null);
    setForm((previous) => change(previous));
  };
  const set = <K extends keyof EditorForm>(field: K, value: EditorForm[K]) => update((f) => ({ ...f, [field]: value }));

  // Errors: what the last save attempt found (local, schema, engine or backend), at each field.
  const backend = save.error?.issues ? placeIssues(save.error.issues, form.costMode) : null;
  const errorAt = (field: EditorField): string | undefined => {
    const e = shownErrors[field] ?? backend?.errors[field];
    if (!e) return undefined;
    if ('key' in e) return t(e.key);
    return t('scenarioEditor.errors.refused', { detail: e.messageKey ? translate(language, e.messageKey, e.params) : e.detail });
  };
  const unplaced = backend?.unplaced ?? [];

  async function onSave() {
    if (!built.ok) {
      setShownErrors(built.errors);
      return;
    }
    setShownErrors({});
    const saved = await save.run(scenarioEditorSave(inputs, form, built.definition, seenVersion));
    if (saved) {
      unsavedForms.delete(inputs.scenarioId);
      setSeenVersion(saved.rowVersion);
      setSavedAt(saved.name);
    }
  }

  const memberOptions = [
    ...inputs.members.map((m) => ({ value: m.memberId, label: m.name })),
    ...form.extraMembers.filter((m) => m.id.trim() !== '').map((m) => ({ value: m.id.trim(), label: `${m.name || m.id} (${t('scenarioEditor.members.onlyHere')})` })),
  ];
  const money = (minor: number | null) => (minor === null ? '–' : formatMoney(minor, currency, language));
  const invalidCount = built.ok ? 0 : Object.keys(built.errors).length + built.unplaced.length;

  return (
    <Stack gap="md" className="scenario-editor" data-testid="scenario-editor">
      <Paper withBorder p="sm" radius="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
          <div>
            <Title order={3} size="h5">
              {t('scenarioEditor.balance.title')}
            </Title>
            <Text size="xs" c="dimmed">
              {t('scenarioEditor.balance.subtitle')}
            </Text>
          </div>
          <Switch
            checked={securedOnly}
            onChange={(event) => setSecuredOnly(event.currentTarget.checked)}
            label={t('scenarioEditor.balance.securedOnly')}
            data-testid="editor-secured-only"
          />
        </Group>
        {balance ? (
          <>
            <div className="editor-figures">
              <Figure label={t('scenarioEditor.balance.total')} value={money(balance.total)} testId="editor-balance-total" tone={balance.total !== null && balance.total < 0 ? 'down' : undefined} />
              <Figure label={t('scenarioEditor.balance.deficit')} value={money(balance.deficit)} testId="editor-deficit" tone={balance.deficit < 0 ? 'down' : undefined} />
              <Figure
                label={t('scenarioEditor.balance.notSecured')}
                value={money(summary ? summary.funding.notSecured : 0)}
                testId="editor-not-secured"
              />
            </div>
            <EditorBalanceChart years={balance.years} currency={currency} language={language} />
            <Table.ScrollContainer minWidth={480}>
              <Table striped withTableBorder fz="xs" className="num-table" data-testid="editor-balance-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('scenarioEditor.balance.year')}</Table.Th>
                    <Table.Th ta="right">{t('scenarioEditor.balance.balance')}</Table.Th>
                    <Table.Th ta="right">{t('scenarioEditor.balance.costs')}</Table.Th>
                    <Table.Th ta="right">{t('scenarioEditor.balance.memberCharges')}</Table.Th>
                    <Table.Th ta="right">{t('scenarioEditor.balance.subsidies')}</Table.Th>
                    <Table.Th ta="right">{t('scenarioEditor.balance.external')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {balance.years.map((y) => (
                    <Table.Tr key={y.year}>
                      <Table.Th scope="row">{y.year}</Table.Th>
                      <Table.Td ta="right" fw={600} className={y.balance !== null && y.balance < 0 ? 'delta-up' : undefined} data-testid={`editor-balance-${y.year}`}>
                        {money(y.balance)}
                      </Table.Td>
                      <Table.Td ta="right">{money(y.costs)}</Table.Td>
                      <Table.Td ta="right">{money(y.memberCharges)}</Table.Td>
                      <Table.Td ta="right">{money(y.subsidies)}</Table.Td>
                      <Table.Td ta="right">{money(y.secured + y.expected + y.uncertain)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </>
        ) : (
          <Text size="sm" c="dimmed" mt="xs" data-testid="editor-balance-invalid">
            {t('scenarioEditor.balance.invalid', { count: invalidCount })}
          </Text>
        )}
      </Paper>

      <form
        onSubmit={(event) => {
          event.preventDefault();
          void onSave();
        }}
      >
        <Stack gap="md">
          <Section title={t('scenarioEditor.general.title')}>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <TextInput label={t('scenarioEditor.general.name')} value={form.name} onChange={(e) => set('name', e.currentTarget.value)} error={errorAt('name')} data-testid="editor-name" />
              <TextInput label={t('scenarioEditor.general.from')} value={form.from} onChange={(e) => set('from', e.currentTarget.value)} error={errorAt('from')} inputMode="numeric" data-testid="editor-from" />
              <TextInput label={t('scenarioEditor.general.to')} value={form.to} onChange={(e) => set('to', e.currentTarget.value)} error={errorAt('to')} inputMode="numeric" data-testid="editor-to" />
            </SimpleGrid>
            <Textarea label={t('scenarioEditor.general.description')} value={form.description} onChange={(e) => set('description', e.currentTarget.value)} autosize minRows={1} maxRows={4} mt="sm" />
          </Section>

          <Section title={t('scenarioEditor.costs.title')} hint={t('scenarioEditor.costs.hint')}>
            <Group gap="sm" align="flex-end" wrap="wrap">
              <div>
                <Text size="sm" fw={500} id="editor-cost-mode-label" mb={4}>
                  {t('scenarioEditor.costs.mode')}
                </Text>
                <SegmentedControl
                  size="xs"
                  aria-labelledby="editor-cost-mode-label"
                  value={form.costMode}
                  onChange={(value) => set('costMode', value as EditorForm['costMode'])}
                  data={[
                    { value: 'none', label: t('scenarioEditor.costs.none') },
                    { value: 'byYear', label: t('scenarioEditor.costs.byYear') },
                    { value: 'indexed', label: t('scenarioEditor.costs.indexed') },
                  ]}
                  data-testid="editor-cost-mode"
                />
              </div>
              <NativeSelect
                label={t('scenarioEditor.costs.poolBasis')}
                value={form.poolBasis}
                onChange={(e) => set('poolBasis', e.currentTarget.value as EditorForm['poolBasis'])}
                data={[
                  { value: 'costs', label: t('scenarioEditor.costs.poolCosts') },
                  { value: 'costs-less-external-funding', label: t('scenarioEditor.costs.poolLessFunding') },
                ]}
                error={errorAt('poolBasis')}
                data-testid="editor-pool-basis"
              />
              <TextInput label={t('scenarioEditor.costs.growth')} value={form.growth} onChange={(e) => set('growth', e.currentTarget.value)} error={errorAt('growth')} w={200} data-testid="editor-growth" />
            </Group>
            {errorAt('costs') && (
              <Text c="red" size="sm" mt="xs" role="alert">
                {errorAt('costs')}
              </Text>
            )}
            {form.costMode === 'byYear' && (
              <SimpleGrid cols={{ base: 2, sm: 3, lg: 4 }} spacing="sm" mt="sm">
                {years.map((year) => (
                  <TextInput
                    key={year}
                    label={t('scenarioEditor.costs.costOfYear', { year, currency })}
                    value={form.costsByYear[String(year)] ?? ''}
                    onChange={(e) => {
                      const value = e.currentTarget.value;
                      update((f) => ({ ...f, costsByYear: { ...f.costsByYear, [String(year)]: value } }));
                    }}
                    error={errorAt(`cost:${year}`)}
                    inputMode="decimal"
                    data-testid={`editor-cost-${year}`}
                  />
                ))}
              </SimpleGrid>
            )}
            {form.costMode === 'indexed' && (
              <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" mt="sm">
                <TextInput label={t('scenarioEditor.costs.baseYear')} value={form.baseYear} onChange={(e) => set('baseYear', e.currentTarget.value)} error={errorAt('baseYear')} data-testid="editor-base-year" />
                <TextInput label={t('scenarioEditor.costs.baseAmount', { currency })} value={form.baseAmount} onChange={(e) => set('baseAmount', e.currentTarget.value)} error={errorAt('baseAmount')} data-testid="editor-base-amount" />
                <TextInput label={t('scenarioEditor.costs.indexRate')} value={form.indexRate} onChange={(e) => set('indexRate', e.currentTarget.value)} error={errorAt('indexRate')} data-testid="editor-index-rate" />
              </SimpleGrid>
            )}
          </Section>

          <Section
            title={t('scenarioEditor.funding.title')}
            hint={t('scenarioEditor.funding.hint')}
            action={
              <Group gap="xs">
                <BudgetSourcePicker
                  sources={budgetSources}
                  used={form.funding.map((f) => f.budgetSource)}
                  label={t('scenarioEditor.funding.fromBudget')}
                  placeholder={t('scenarioEditor.funding.fromBudgetPick')}
                  onPick={(source) => update((f) => ({ ...f, funding: [...f.funding, fundingRowFromBudget(source, currency, language)] }))}
                />
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => update((f) => ({ ...f, funding: [...f.funding, { source: '', kind: 'external', budgetSource: null, years: {} }] }))}
                  data-testid="editor-add-funding"
                >
                  {t('scenarioEditor.funding.add')}
                </Button>
              </Group>
            }
          >
            {form.funding.length === 0 && (
              <Text size="sm" c="dimmed">
                {t('scenarioEditor.funding.none')}
              </Text>
            )}
            <Stack gap="sm">
              {form.funding.map((line, i) => (
                <FundingLine
                  key={i}
                  index={i}
                  line={line}
                  years={years}
                  currency={currency}
                  errorAt={errorAt}
                  budgetName={line.budgetSource === null ? null : (budgetSources.find((s) => s.id === line.budgetSource)?.name ?? null)}
                  onChange={(next) => update((f) => ({ ...f, funding: f.funding.map((l, j) => (j === i ? next : l)) }))}
                  onRemove={() => update((f) => ({ ...f, funding: f.funding.filter((_, j) => j !== i) }))}
                />
              ))}
            </Stack>
          </Section>

          <Section
            title={t('scenarioEditor.changes.title')}
            hint={t('scenarioEditor.changes.hint')}
            action={
              <Button size="xs" variant="default" onClick={() => update((f) => ({ ...f, changes: [...f.changes, { member: memberOptions[0]?.value ?? '', joined: '', left: '' }] }))} data-testid="editor-add-change">
                {t('scenarioEditor.changes.add')}
              </Button>
            }
          >
            {form.changes.length === 0 && (
              <Text size="sm" c="dimmed">
                {t('scenarioEditor.changes.none')}
              </Text>
            )}
            {form.changes.map((c, i) => (
              <Group key={i} gap="sm" align="flex-start" wrap="wrap" mb="xs">
                <NativeSelect
                  label={t('scenarioEditor.changes.member')}
                  value={c.member}
                  onChange={(e) => {
                    const member = e.currentTarget.value;
                    update((f) => ({ ...f, changes: f.changes.map((x, j) => (j === i ? { ...x, member } : x)) }));
                  }}
                  data={memberOptions.some((o) => o.value === c.member) ? memberOptions : [{ value: c.member, label: c.member }, ...memberOptions]}
                  error={errorAt(`change:${i}:member`)}
                  w={260}
                  data-testid={`editor-change-${i}-member`}
                />
                <DateField label={t('scenarioEditor.changes.joined')} value={c.joined} error={errorAt(`change:${i}:joined`)} testId={`editor-change-${i}-joined`} onChange={(joined) => update((f) => ({ ...f, changes: f.changes.map((x, j) => (j === i ? { ...x, joined } : x)) }))} />
                <DateField label={t('scenarioEditor.changes.left')} value={c.left} error={errorAt(`change:${i}:left`)} testId={`editor-change-${i}-left`} onChange={(left) => update((f) => ({ ...f, changes: f.changes.map((x, j) => (j === i ? { ...x, left } : x)) }))} />
                <RemoveButton label={t('scenarioEditor.remove')} onClick={() => update((f) => ({ ...f, changes: f.changes.filter((_, j) => j !== i) }))} />
              </Group>
            ))}
          </Section>

          <Section
            title={t('scenarioEditor.members.title')}
            hint={t('scenarioEditor.members.hint')}
            action={
              <Button
                size="xs"
                variant="default"
                onClick={() =>
                  update((f) => ({
                    ...f,
                    extraMembers: [...f.extraMembers, { id: '', name: '', category: 'municipality', joined: '', left: '', population: '', populationYear: String(Number(f.from) - 1 || ''), rest: {} }],
                  }))
                }
                data-testid="editor-add-extra"
              >
                {t('scenarioEditor.members.add')}
              </Button>
            }
          >
            {form.extraMembers.length === 0 && (
              <Text size="sm" c="dimmed">
                {t('scenarioEditor.members.none')}
              </Text>
            )}
            {form.extraMembers.map((m, i) => {
              const change = (patch: Partial<EditorForm['extraMembers'][number]>) => update((f) => ({ ...f, extraMembers: f.extraMembers.map((x, j) => (j === i ? { ...x, ...patch } : x)) }));
              return (
                <Paper key={i} withBorder p="xs" radius="sm" mb="xs">
                  <SimpleGrid cols={{ base: 2, md: 4 }} spacing="xs">
                    <TextInput label={t('scenarioEditor.members.id')} value={m.id} onChange={(e) => change({ id: e.currentTarget.value })} error={errorAt(`extra:${i}:id`)} data-testid={`editor-extra-${i}-id`} />
                    <TextInput label={t('scenarioEditor.members.name')} value={m.name} onChange={(e) => change({ name: e.currentTarget.value })} error={errorAt(`extra:${i}:name`)} data-testid={`editor-extra-${i}-name`} />
                    <NativeSelect
                      label={t('scenarioEditor.members.category')}
                      value={m.category}
                      onChange={(e) => change({ category: e.currentTarget.value })}
                      data={[...new Set(['municipality', 'region', 'other', m.category])].filter((c) => c !== '').map((c) => ({ value: c, label: t(`scenarioEditor.members.categories.${c}`, { defaultValue: c }) }))}
                      error={errorAt(`extra:${i}:category`)}
                    />
                    <TextInput label={t('scenarioEditor.members.population')} value={m.population} onChange={(e) => change({ population: e.currentTarget.value })} error={errorAt(`extra:${i}:population`)} inputMode="numeric" data-testid={`editor-extra-${i}-population`} />
                    <TextInput label={t('scenarioEditor.members.populationYear')} value={m.populationYear} onChange={(e) => change({ populationYear: e.currentTarget.value })} error={errorAt(`extra:${i}:populationYear`)} inputMode="numeric" />
                    <DateField label={t('scenarioEditor.changes.joined')} value={m.joined} error={errorAt(`extra:${i}:joined`)} testId={`editor-extra-${i}-joined`} onChange={(joined) => change({ joined })} />
                    <DateField label={t('scenarioEditor.changes.left')} value={m.left} error={errorAt(`extra:${i}:left`)} testId={`editor-extra-${i}-left`} onChange={(left) => change({ left })} />
                    <Group align="flex-end">
                      <RemoveButton label={t('scenarioEditor.remove')} onClick={() => update((f) => ({ ...f, extraMembers: f.extraMembers.filter((_, j) => j !== i) }))} />
                    </Group>
                  </SimpleGrid>
                </Paper>
              );
            })}
          </Section>

          {ADJUSTMENTS_IN_SCHEMA && (
            <AdjustmentsSection
              rows={form.adjustments}
              memberOptions={memberOptions}
              currency={currency}
              errorAt={errorAt}
              onChange={(adjustments) => update((f) => ({ ...f, adjustments }))}
            />
          )}

          {unplaced.length > 0 && save.error && <ErrorNotice error={{ ...save.error, message: `${unplaced[0]?.path}: ${unplaced[0]?.message}`, issues: unplaced }} />}
          {save.error && save.error !== reloadedError && !save.error.issues && (
            <ErrorNotice error={save.error} onReload={() => { setReloadWanted(true); setReloadedError(save.error); }} />
          )}
          {!built.ok && Object.keys(shownErrors).length > 0 && (
            <Alert color="red" variant="light" data-testid="editor-invalid">
              {t('scenarioEditor.fixFields')}
            </Alert>
          )}
          <Group gap="sm">
            <Button type="submit" loading={save.pending} data-testid="editor-save">
              {t('scenarioEditor.save')}
            </Button>
            <Button
              variant="default"
              onClick={() => {
                setShownErrors({});
                setFormState(formOf(inputs.definition, language));
                unsavedForms.delete(inputs.scenarioId);
              }}
              data-testid="editor-revert"
            >
              {t('scenarioEditor.revert')}
            </Button>
            {savedAt !== null && (
              <Text size="sm" c="teal" role="status" data-testid="editor-saved">
                {t('scenarioEditor.saved', { name: savedAt })}
              </Text>
            )}
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}

function Section({ title, hint, action, children }: { title: string; hint?: string; action?: ReactNode; children: ReactNode }) {
  return (
    <Paper withBorder p="sm" radius="sm" component="section" aria-label={title}>
      <Group justify="space-between" align="flex-start" mb="xs" wrap="wrap" gap="xs">
        <div>
          <Title order={3} size="h5">
            {title}
          </Title>
          {hint && (
            <Text size="xs" c="dimmed">
              {hint}
            </Text>
          )}
        </div>
        {action}
      </Group>
      {children}
    </Paper>
  );
}

function Figure({ label, value, testId, tone }: { label: string; value: string; testId: string; tone?: 'down' | undefined }) {
  return (
    <Paper withBorder px="sm" py={6} radius="sm" className="kpi">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="md" fw={600} className={`num ${tone === 'down' ? 'delta-up' : ''}`} data-testid={testId}>
        {value}
      </Text>
    </Paper>
  );
}

function DateField({ label, value, error, testId, onChange }: { label: string; value: string; error: string | undefined; testId: string; onChange: (value: string) => void }) {
  return <LocalDateInput label={label} value={value} onChange={onChange} error={error} w={150} data-testid={testId} />;
}

function RemoveButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <Button size="xs" variant="subtle" color="red" onClick={onClick} mt={24}>
      {label}
    </Button>
  );
}

function BudgetSourcePicker({ sources, used, label, placeholder, onPick }: { sources: FundingSourceView[]; used: (number | null)[]; label: string; placeholder: string; onPick: (source: FundingSourceView) => void }) {
  const free = sources.filter((s) => !used.includes(s.id));
  if (sources.length === 0) return null;
  return (
    <NativeSelect
      size="xs"
      aria-label={label}
      value=""
      onChange={(e) => {
        const source = sources.find((s) => String(s.id) === e.currentTarget.value);
        if (source) onPick(source);
      }}
      data={[{ value: '', label: placeholder }, ...free.map((s) => ({ value: String(s.id), label: s.name }))]}
      disabled={free.length === 0}
      data-testid="editor-funding-from-budget"
    />
  );
}

function FundingLine({
  index,
  line,
  years,
  currency,
  budgetName,
  errorAt,
  onChange,
  onRemove,
}: {
  index: number;
  line: FundingRow;
  years: number[];
  currency: string;
  budgetName: string | null;
  errorAt: (field: EditorField) => string | undefined;
  onChange: (line: FundingRow) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const linked = line.budgetSource !== null;
  const setYear = (year: number, patch: Partial<FundingRow['years'][string]>) => {
    const previous = line.years[String(year)] ?? { amount: '', status: 'secured' as const };
    onChange({ ...line, years: { ...line.years, [String(year)]: { ...previous, ...patch } } });
  };
  return (
    <Paper withBorder p="xs" radius="sm" data-testid={`editor-funding-${index}`}>
      <Group gap="sm" align="flex-start" wrap="wrap">
        <TextInput label={t('scenarioEditor.funding.source')} value={line.source} readOnly={linked} onChange={(e) => onChange({ ...line, source: e.currentTarget.value })} error={errorAt(`funding:${index}:source`)} w={240} data-testid={`editor-funding-${index}-source`} />
        <NativeSelect
          label={t('scenarioEditor.funding.kind')}
          value={line.kind}
          onChange={(e) => onChange({ ...line, kind: e.currentTarget.value as FundingRow['kind'] })}
          data={[
            { value: 'external', label: t('scenarioEditor.funding.external') },
            { value: 'members', label: t('scenarioEditor.funding.members') },
          ]}
          data-testid={`editor-funding-${index}-kind`}
        />
        {linked && (
          <Badge variant="light" mt={28} data-testid={`editor-funding-${index}-linked`}>
            {t('scenarioEditor.funding.linked', { name: budgetName ?? line.source })}
          </Badge>
        )}
        <RemoveButton label={t('scenarioEditor.remove')} onClick={onRemove} />
      </Group>
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 4 }} spacing="xs" mt="xs">
        {years.map((year) => {
          const entry = line.years[String(year)] ?? { amount: '', status: 'secured' as const };
          return (
            <Group key={year} gap={4} wrap="nowrap" align="flex-start">
              <TextInput
                label={t('scenarioEditor.funding.amountOfYear', { year, currency })}
                value={entry.amount}
                readOnly={linked}
                onChange={(e) => setYear(year, { amount: e.currentTarget.value })}
                error={errorAt(`funding:${index}:${year}`)}
                inputMode="decimal"
                style={{ flex: 1, minWidth: 0 }}
                data-testid={`editor-funding-${index}-amount-${year}`}
              />
              <NativeSelect
                label={t('scenarioEditor.funding.status')}
                value={entry.status}
                disabled={linked}
                onChange={(e) => setYear(year, { status: e.currentTarget.value as FundingStatus })}
                data={fundingStatuses.map((s) => ({ value: s, label: t(`scenarioEditor.funding.statuses.${s}`) }))}
                w={118}
                data-testid={`editor-funding-${index}-status-${year}`}
              />
            </Group>
          );
        })}
      </SimpleGrid>
    </Paper>
  );
}

function AdjustmentsSection({
  rows,
  memberOptions,
  currency,
  errorAt,
  onChange,
}: {
  rows: AdjustmentRow[];
  memberOptions: { value: string; label: string }[];
  currency: string;
  errorAt: (field: EditorField) => string | undefined;
  onChange: (rows: AdjustmentRow[]) => void;
}) {
  const { t } = useTranslation();
  const change = (i: number, patch: Partial<AdjustmentRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const nextId = () => {
    let n = rows.length + 1;
    while (rows.some((r) => r.id === `adjustment-${n}`)) n++;
    return `adjustment-${n}`;
  };
  return (
    <Section
      title={t('scenarioEditor.adjustments.title')}
      hint={t('scenarioEditor.adjustments.hint')}
      action={
        <Button size="xs" variant="default" onClick={() => onChange([...rows, { id: nextId(), kind: 'surcharge', members: [], basis: 'percent', value: '', reason: '', rest: {} }])} data-testid="editor-add-adjustment">
          {t('scenarioEditor.adjustments.add')}
        </Button>
      }
    >
      {rows.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('scenarioEditor.adjustments.none')}
        </Text>
      )}
      {rows.map((r, i) => (
        <Paper key={i} withBorder p="xs" radius="sm" mb="xs" data-testid={`editor-adjustment-${i}`}>
          <Group gap="sm" align="flex-start" wrap="wrap">
            <NativeSelect
              label={t('scenarioEditor.adjustments.kind')}
              value={r.kind}
              onChange={(e) => change(i, { kind: e.currentTarget.value as AdjustmentRow['kind'] })}
              data={[
                { value: 'surcharge', label: t('scenarioEditor.adjustments.surcharge') },
                { value: 'discount', label: t('scenarioEditor.adjustments.discount') },
              ]}
            />
            <NativeSelect
              label={t('scenarioEditor.adjustments.basis')}
              value={r.basis}
              onChange={(e) => change(i, { basis: e.currentTarget.value as AdjustmentRow['basis'] })}
              data={[
                { value: 'percent', label: t('scenarioEditor.adjustments.percent') },
                { value: 'amount', label: t('scenarioEditor.adjustments.amount', { currency }) },
              ]}
            />
            <TextInput label={t('scenarioEditor.adjustments.value')} value={r.value} onChange={(e) => change(i, { value: e.currentTarget.value })} error={errorAt(`adjustment:${i}:value`)} w={140} />
            <MultiSelect
              label={t('scenarioEditor.adjustments.members')}
              data={memberOptions}
              value={r.members}
              onChange={(members) => change(i, { members })}
              searchable
              error={errorAt(`adjustment:${i}:members`)}
              style={{ flex: 1, minWidth: 220 }}
            />
          </Group>
          <Group gap="sm" align="flex-start" mt="xs">
            <TextInput label={t('scenarioEditor.adjustments.reason')} value={r.reason} onChange={(e) => change(i, { reason: e.currentTarget.value })} error={errorAt(`adjustment:${i}:reason`)} style={{ flex: 1 }} />
            <RemoveButton label={t('scenarioEditor.remove')} onClick={() => onChange(rows.filter((_, j) => j !== i))} />
          </Group>
        </Paper>
      ))}
    </Section>
  );
}
