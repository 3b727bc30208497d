import { ActionIcon, Button, Checkbox, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ComponentEditor, componentTypes, type EditorContext } from './ComponentEditor';
import { ChoiceField, MetricField, RateField, TextField } from './fields';
import { emptyComponent, emptySubsidy, type ComponentType, type KeyForm, type ProRataMode, type RoundingMode, type SubsidyForm } from './key-form';

function uniqueId(base: string, taken: readonly string[]): string {
  if (!taken.includes(base)) return base;
  let n = 2;
  while (taken.includes(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}

function SubsidyEditor({ index, subsidy: s, form, onChange, onRemove, ctx }: { index: number; subsidy: SubsidyForm; form: KeyForm; onChange: (s: SubsidyForm) => void; onRemove: () => void; ctx: EditorContext }) {
  const { t } = useTranslation();
  const path = `subsidies[${index}]`;
  const { problem } = ctx;
  const set = (patch: Partial<SubsidyForm>) => onChange({ ...s, ...patch });
  return (
    <Paper withBorder p="xs" radius="sm" component="section" aria-label={t('keyBuilder.subsidyN', { n: index + 1, name: s.funder || s.id })} data-testid={`kb-subsidy-${index}`}>
      <Stack gap={6}>
        <Group gap="xs" align="flex-start" wrap="nowrap">
          <TextField path={`${path}.funder`} label={t('keyBuilder.subsidy.funder')} value={s.funder} onChange={(funder) => set({ funder })} problem={problem} width={220} />
          <TextField path={`${path}.id`} label={t('keyBuilder.componentId')} value={s.id} onChange={(id) => set({ id })} problem={problem} width={120} />
          <ChoiceField
            path={`${path}.component`}
            label={t('keyBuilder.subsidy.component')}
            value={s.component}
            data={[...new Set([...form.components.filter((c) => c.type !== 'override').map((c) => c.id), s.component])].filter((id) => id !== '').map((id) => ({ value: id, label: form.components.find((c) => c.id === id)?.label || id }))}
            onChange={(component) => set({ component })}
            problem={problem}
            width={180}
          />
          <ActionIcon ml="auto" mt={22} variant="subtle" color="red" aria-label={t('keyBuilder.removeNamed', { name: s.funder || s.id })} onClick={onRemove}>
            ×
          </ActionIcon>
        </Group>
        <Group gap="xs" align="flex-start">
          <ChoiceField
            path={`${path}.kind`}
            label={t('keyBuilder.subsidy.kind')}
            value={s.kind}
            data={[
              { value: 'share', label: t('keyBuilder.subsidy.share') },
              { value: 'perUnit', label: t('keyBuilder.subsidy.perUnit') },
            ]}
            onChange={(kind) => set({ kind })}
            problem={problem}
            width={200}
          />
          {s.kind === 'share' ? (
            <RateField path={`${path}.share`} label={t('keyBuilder.subsidy.percent')} value={s.share} onChange={(share) => set({ share: { mode: share.mode === 'param' ? 'param' : 'value', value: share.value, param: share.param } })} problem={problem} parameters={ctx.parameters} />
          ) : (
            <>
              <RateField path={`${path}.perUnit.rate`} label={t('keyBuilder.rate')} value={s.rate} onChange={(rate) => set({ rate: { mode: rate.mode === 'param' ? 'param' : 'value', value: rate.value, param: rate.param } })} problem={problem} parameters={ctx.parameters} />
              <MetricField path={`${path}.perUnit.metric`} value={s.metric} onChange={(metric) => set({ metric })} problem={problem} metrics={ctx.metrics} />
              <Checkbox mt={24} size="xs" label={t('keyBuilder.subsidy.proRata')} checked={s.proRata} onChange={(e) => set({ proRata: e.currentTarget.checked })} />
            </>
          )}
        </Group>
        <Text size="xs" fw={500}>
          {t('keyBuilder.subsidy.eligibility')}
        </Text>
        <Group gap="xs" align="flex-start">
          <TextField path={`${path}.eligibility.joinedFrom`} label={t('keyBuilder.subsidy.joinedFrom')} placeholder="2021-11-01" value={s.joinedFrom} onChange={(joinedFrom) => set({ joinedFrom })} problem={problem} width={130} />
          <TextField path={`${path}.eligibility.joinedTo`} label={t('keyBuilder.subsidy.joinedTo')} placeholder="2022-12-31" value={s.joinedTo} onChange={(joinedTo) => set({ joinedTo })} problem={problem} width={130} />
          <TextField path={`${path}.eligibility.categories`} label={t('keyBuilder.appliesToCategories')} placeholder="municipality" value={s.categories} onChange={(categories) => set({ categories })} problem={problem} width={180} />
        </Group>
        <Group gap="xs" align="flex-start">
          <TextField path={`${path}.years.contract`} label={t('keyBuilder.subsidy.contractYears')} description={t('keyBuilder.subsidy.contractYearsHint')} placeholder="1, 2" value={s.contractYears} onChange={(contractYears) => set({ contractYears })} problem={problem} width={200} />
          <TextField path={`${path}.years.calendar`} label={t('keyBuilder.subsidy.calendarYears')} description={t('keyBuilder.subsidy.calendarYearsHint')} placeholder="2022, 2023" value={s.calendarYears} onChange={(calendarYears) => set({ calendarYears })} problem={problem} width={200} />
        </Group>
      </Stack>
    </Paper>
  );
}

interface Props {
  form: KeyForm;
  onChange: (form: KeyForm) => void;
  ctx: EditorContext;
}

/** The whole key: name, family and defaults, named parameters, components and subsidies. */
export function KeyEditor({ form, onChange, ctx }: Props) {
  const { t } = useTranslation();
  const { problem } = ctx;
  const set = (patch: Partial<KeyForm>) => onChange({ ...form, ...patch });
  const roundingModes = (['half-up', 'half-even', 'down', 'up'] as RoundingMode[]).map((m) => ({ value: m, label: t(`keyBuilder.rounding.${m}`) }));
  const proRataModes = (['none', 'month', 'day'] as ProRataMode[]).map((m) => ({ value: m, label: t(`keyBuilder.proRata.${m}`) }));
  const ids = form.components.map((c) => c.id);
  const addable = componentTypes(form.family);
  return (
    <Stack gap="sm" data-testid="kb-editor">
      <Stack gap={6} component="section" aria-labelledby="kb-general">
        <Title order={3} size="h5" id="kb-general">
          {t('keyBuilder.general')}
        </Title>
        <Group gap="xs" align="flex-start">
          <TextField path="name" label={t('keyBuilder.name')} value={form.name} onChange={(name) => set({ name })} problem={problem} width={300} />
          <TextField path="id" label={t('keyBuilder.keyId')} description={t('keyBuilder.keyIdHint')} value={form.id} onChange={(id) => set({ id })} problem={problem} width={180} />
          <ChoiceField
            path="family"
            label={t('keyBuilder.family.label')}
            value={form.family}
            data={[
              { value: 'allocation', label: t('keyBuilder.family.allocation') },
              { value: 'fee-schedule', label: t('keyBuilder.family.feeSchedule') },
            ]}
            onChange={(family) => set({ family })}
            problem={problem}
            width={200}
          />
        </Group>
        <Group gap="xs" align="flex-start">
          <TextField path="source" label={t('keyBuilder.source')} value={form.source} onChange={(source) => set({ source })} problem={problem} width={300} />
          <ChoiceField path="rounding.mode" label={t('keyBuilder.roundingMode')} value={form.rounding.mode} data={roundingModes} onChange={(mode) => set({ rounding: { ...form.rounding, mode } })} problem={problem} width={170} />
          <TextField path="rounding.unit" label={t('keyBuilder.roundingUnit')} value={form.rounding.unit} onChange={(unit) => set({ rounding: { ...form.rounding, unit } })} problem={problem} width={130} align="right" />
          <ChoiceField path="proRata.join" label={t('keyBuilder.proRataJoin')} value={form.proRata.join} data={proRataModes} onChange={(join) => set({ proRata: { ...form.proRata, join } })} problem={problem} width={190} />
          <ChoiceField path="proRata.leave" label={t('keyBuilder.proRataLeave')} value={form.proRata.leave} data={proRataModes} onChange={(leave) => set({ proRata: { ...form.proRata, leave } })} problem={problem} width={190} />
        </Group>
      </Stack>

      <Stack gap={6} component="section" aria-labelledby="kb-parameters">
        <Title order={3} size="h5" id="kb-parameters">
          {t('keyBuilder.parameters')}
        </Title>
        <Text size="xs" c="dimmed">
          {t('keyBuilder.parametersHint')}
        </Text>
        {form.parameters.map((p, i) => (
          <Group key={i} gap="xs" align="flex-start" wrap="nowrap">
            <TextInput size="xs" label={t('keyBuilder.parameterName')} value={p.name} onChange={(e) => set({ parameters: form.parameters.map((x, j) => (j === i ? { ...x, name: e.currentTarget.value } : x)) })} w={180} data-testid={`kb-parameter-name-${i}`} />
            <TextField path={`parameters.${p.name.trim()}`} label={t('keyBuilder.value')} value={p.value} onChange={(value) => set({ parameters: form.parameters.map((x, j) => (j === i ? { ...x, value } : x)) })} problem={problem} width={120} align="right" />
            <ActionIcon mt={22} variant="subtle" color="red" aria-label={t('keyBuilder.removeNamed', { name: p.name || t('keyBuilder.parameter') })} onClick={() => set({ parameters: form.parameters.filter((_, j) => j !== i) })}>
              ×
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button size="compact-xs" variant="light" onClick={() => set({ parameters: [...form.parameters, { name: uniqueId('param', form.parameters.map((p) => p.name)), value: '' }] })} data-testid="kb-add-parameter">
            {t('keyBuilder.addParameter')}
          </Button>
        </Group>
      </Stack>

      <Stack gap={6} component="section" aria-labelledby="kb-components">
        <Title order={3} size="h5" id="kb-components">
          {t('keyBuilder.components')}
        </Title>
        {problem('components') && (
          <Text size="xs" c="red" role="alert">
            {problem('components')}
          </Text>
        )}
        {form.components.map((c, i) => (
          <ComponentEditor
            key={i}
            index={i}
            component={c}
            form={form}
            onChange={(next) => set({ components: form.components.map((x, j) => (j === i ? next : x)) })}
            onRemove={() => set({ components: form.components.filter((_, j) => j !== i) })}
            ctx={ctx}
          />
        ))}
        <Group gap="xs">
          <Select
            size="xs"
            aria-label={t('keyBuilder.addComponent')}
            placeholder={t('keyBuilder.addComponent')}
            data={addable.map((type) => ({ value: type, label: t(`keyBuilder.types.${type}`) }))}
            value={null}
            onChange={(type) => {
              if (!type) return;
              const base = type === 'per-unit' ? 'per-unit' : type;
              set({ components: [...form.components, emptyComponent(type as ComponentType, uniqueId(base, ids))] });
            }}
            w={240}
            data-testid="kb-add-component"
          />
        </Group>
      </Stack>

      <Stack gap={6} component="section" aria-labelledby="kb-subsidies">
        <Title order={3} size="h5" id="kb-subsidies">
          {t('keyBuilder.subsidies')}
        </Title>
        {form.subsidies.map((s, i) => (
          <SubsidyEditor
            key={i}
            index={i}
            subsidy={s}
            form={form}
            onChange={(next) => set({ subsidies: form.subsidies.map((x, j) => (j === i ? next : x)) })}
            onRemove={() => set({ subsidies: form.subsidies.filter((_, j) => j !== i) })}
            ctx={ctx}
          />
        ))}
        <Group>
          <Button
            size="compact-xs"
            variant="light"
            onClick={() => set({ subsidies: [...form.subsidies, emptySubsidy(uniqueId('subsidy', form.subsidies.map((s) => s.id)), form.components.find((c) => c.type !== 'override')?.id ?? '')] })}
            data-testid="kb-add-subsidy"
          >
            {t('keyBuilder.addSubsidy')}
          </Button>
        </Group>
      </Stack>
    </Stack>
  );
}
