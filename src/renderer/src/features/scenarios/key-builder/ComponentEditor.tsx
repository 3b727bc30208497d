import { ActionIcon, Button, Collapse, Group, MultiSelect, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BandsTable } from './BandsTable';
import { ChoiceField, MetricField, RateField, TextField, type Problem } from './fields';
import { emptyBand, type ComponentForm, type ComponentType, type FeeForm, type FeeType, type KeyForm, type ProRataMode, type RoundingMode } from './key-form';

export interface EditorContext {
  problem: Problem;
  parameters: string[];
  metrics: string[];
  members: { value: string; label: string }[];
  format: (value: number) => string;
}

const FEE_TYPES: FeeType[] = ['banded', 'per-unit', 'category', 'fixed'];
const POOL_TYPES: ComponentType[] = ['equal', 'proportional'];

export function componentTypes(family: KeyForm['family']): ComponentType[] {
  return family === 'allocation' ? [...POOL_TYPES, ...FEE_TYPES, 'override'] : [...FEE_TYPES, 'override'];
}

function useModes() {
  const { t } = useTranslation();
  return {
    rounding: (['half-up', 'half-even', 'down', 'up'] as RoundingMode[]).map((m) => ({ value: m, label: t(`keyBuilder.rounding.${m}`) })),
    proRata: (['none', 'month', 'day'] as ProRataMode[]).map((m) => ({ value: m, label: t(`keyBuilder.proRata.${m}`) })),
  };
}

/** The fee's own fields (amount, rate, bands, category amounts) and, folded away, who it applies to, pro rata, rounding, floor and cap. */
function FeeFields({ path, type, fee, onChange, ctx }: { path: string; type: FeeType; fee: FeeForm; onChange: (fee: FeeForm) => void; ctx: EditorContext }) {
  const { t } = useTranslation();
  const modes = useModes();
  const { problem } = ctx;
  const set = (patch: Partial<FeeForm>) => onChange({ ...fee, ...patch });
  const conditionPaths = ['recurrence', 'appliesTo', 'proRata', 'rounding', 'min', 'max'].map((p) => `${path}.${p}`);
  const hasConditionProblem = conditionPaths.some((p) => problem(p) || problem(`${p}.categories`) || problem(`${p}.members`) || problem(`${p}.join`) || problem(`${p}.leave`) || problem(`${p}.unit`));
  const [more, setMore] = useState(fee.recurrence !== 'annual' || fee.categories !== '' || fee.members.length > 0 || fee.proRata.own || fee.rounding.own || fee.min !== '' || fee.max !== '');
  const open = more || Boolean(hasConditionProblem);
  return (
    <Stack gap={6}>
      {type === 'fixed' && <TextField path={`${path}.amount`} label={t('keyBuilder.amount')} value={fee.amount} onChange={(amount) => set({ amount })} problem={problem} width={160} align="right" />}
      {type === 'category' && (
        <Stack gap={4}>
          {fee.amounts.map((a, i) => (
            <Group key={i} gap="xs" align="flex-start" wrap="nowrap">
              <TextInput size="xs" label={t('keyBuilder.category')} value={a.category} onChange={(e) => set({ amounts: fee.amounts.map((x, j) => (j === i ? { ...x, category: e.currentTarget.value } : x)) })} w={160} />
              <TextField path={`${path}.amounts.${a.category.trim()}`} label={t('keyBuilder.amount')} value={a.amount} onChange={(amount) => set({ amounts: fee.amounts.map((x, j) => (j === i ? { ...x, amount } : x)) })} problem={problem} width={140} align="right" />
              <ActionIcon mt={22} variant="subtle" color="red" size="sm" aria-label={t('keyBuilder.removeNamed', { name: a.category || t('keyBuilder.category') })} onClick={() => set({ amounts: fee.amounts.filter((_, j) => j !== i) })}>
                ×
              </ActionIcon>
            </Group>
          ))}
          {problem(`${path}.amounts`) && (
            <Text size="xs" c="red">
              {problem(`${path}.amounts`)}
            </Text>
          )}
          <Group>
            <Button size="compact-xs" variant="light" onClick={() => set({ amounts: [...fee.amounts, { category: '', amount: '' }] })}>
              {t('keyBuilder.addCategory')}
            </Button>
          </Group>
        </Stack>
      )}
      {(type === 'banded' || type === 'per-unit') && <MetricField path={`${path}.metric`} value={fee.metric} onChange={(metric) => set({ metric })} problem={problem} metrics={ctx.metrics} />}
      {type === 'per-unit' && (
        <ChoiceField
          path={`${path}.bandMode`}
          label={t('keyBuilder.perUnitMode')}
          value={fee.perUnitMode}
          data={[
            { value: 'rate', label: t('keyBuilder.perUnit.rate') },
            { value: 'bands', label: t('keyBuilder.perUnit.bands') },
            { value: 'marginal', label: t('keyBuilder.perUnit.marginal') },
          ]}
          onChange={(perUnitMode) => set({ perUnitMode })}
          problem={problem}
          width={320}
        />
      )}
      {type === 'per-unit' && fee.perUnitMode === 'rate' && (
        <Stack gap={4}>
          <RateField path={`${path}.rate`} label={t('keyBuilder.rate')} value={fee.rate} onChange={(rate) => set({ rate })} problem={problem} parameters={ctx.parameters} />
          {fee.rateFrom.map((step, i) => (
            <Group key={i} gap="xs" align="flex-start" wrap="nowrap">
              <TextField path={`${path}.rateFrom[${i}].fromYear`} label={t('keyBuilder.fromYear')} value={step.fromYear} onChange={(fromYear) => set({ rateFrom: fee.rateFrom.map((s, j) => (j === i ? { ...s, fromYear } : s)) })} problem={problem} width={90} />
              <RateField path={`${path}.rateFrom[${i}].rate`} label={t('keyBuilder.rate')} value={step.rate} onChange={(rate) => set({ rateFrom: fee.rateFrom.map((s, j) => (j === i ? { ...s, rate } : s)) })} problem={problem} parameters={ctx.parameters} />
              <ActionIcon mt={22} variant="subtle" color="red" size="sm" aria-label={t('keyBuilder.removeStep', { n: i + 1 })} onClick={() => set({ rateFrom: fee.rateFrom.filter((_, j) => j !== i) })}>
                ×
              </ActionIcon>
            </Group>
          ))}
          <Group>
            <Button size="compact-xs" variant="light" onClick={() => set({ rateFrom: [...fee.rateFrom, { fromYear: '', rate: { mode: 'value', value: '', param: '' } }] })}>
              {t('keyBuilder.addRateStep')}
            </Button>
          </Group>
        </Stack>
      )}
      {(type === 'banded' || (type === 'per-unit' && fee.perUnitMode !== 'rate')) && (
        <BandsTable
          path={path}
          bands={fee.bands.length > 0 ? fee.bands : [emptyBand('0')]}
          edge={fee.edge}
          kind={type === 'banded' ? 'amount' : fee.perUnitMode === 'marginal' ? 'marginal' : 'rate'}
          onChange={(bands, edge) => set({ bands, edge })}
          problem={problem}
          parameters={ctx.parameters}
          format={ctx.format}
        />
      )}
      <Group>
        <Button size="compact-xs" variant="subtle" onClick={() => setMore(!open)} aria-expanded={open} data-testid={`kb-${path}.more`}>
          {open ? t('keyBuilder.lessOptions') : t('keyBuilder.moreOptions')}
        </Button>
      </Group>
      <Collapse in={open}>
        <Stack gap={6}>
          <Group gap="xs" align="flex-start">
            <ChoiceField
              path={`${path}.recurrence`}
              label={t('keyBuilder.recurrence.label')}
              value={fee.recurrence}
              data={[
                { value: 'annual', label: t('keyBuilder.recurrence.annual') },
                { value: 'on-join', label: t('keyBuilder.recurrence.onJoin') },
              ]}
              onChange={(recurrence) => set({ recurrence })}
              problem={problem}
              width={200}
            />
            <TextField path={`${path}.min`} label={t('keyBuilder.min')} value={fee.min} onChange={(min) => set({ min })} problem={problem} width={110} align="right" />
            <TextField path={`${path}.max`} label={t('keyBuilder.max')} value={fee.max} onChange={(max) => set({ max })} problem={problem} width={110} align="right" />
          </Group>
          <Group gap="xs" align="flex-start">
            <TextField path={`${path}.appliesTo.categories`} label={t('keyBuilder.appliesToCategories')} placeholder="municipality, other" value={fee.categories} onChange={(categories) => set({ categories })} problem={problem} width={200} />
            <MultiSelect
              size="xs"
              name={`${path}.appliesTo.members`}
              label={t('keyBuilder.appliesToMembers')}
              placeholder={fee.members.length === 0 ? t('keyBuilder.everyMember') : undefined}
              data={ctx.members}
              value={fee.members}
              onChange={(members) => set({ members })}
              error={problem(`${path}.appliesTo.members`)}
              searchable
              w={260}
            />
            <ChoiceField
              path={`${path}.appliesTo.membership`}
              label={t('keyBuilder.membership.label')}
              value={fee.membership === '' ? 'both' : fee.membership}
              data={[
                { value: 'both', label: t('keyBuilder.membership.both') },
                { value: 'group', label: t('keyBuilder.membership.group') },
                { value: 'individual', label: t('keyBuilder.membership.individual') },
              ]}
              onChange={(m) => set({ membership: m === 'both' ? '' : (m as FeeForm['membership']) })}
              problem={problem}
              width={170}
            />
          </Group>
          <Group gap="xs" align="flex-start">
            <ChoiceField path={`${path}.proRata.join`} label={t('keyBuilder.proRataJoin')} value={fee.proRata.own ? fee.proRata.join : 'key'} data={[{ value: 'key', label: t('keyBuilder.asKey') }, ...modes.proRata]} onChange={(join) => set({ proRata: join === 'key' ? { ...fee.proRata, own: false } : { ...fee.proRata, own: true, join: join as ProRataMode } })} problem={problem} width={190} />
            <ChoiceField path={`${path}.proRata.leave`} label={t('keyBuilder.proRataLeave')} value={fee.proRata.own ? fee.proRata.leave : 'key'} data={[{ value: 'key', label: t('keyBuilder.asKey') }, ...modes.proRata]} onChange={(leave) => set({ proRata: leave === 'key' ? { ...fee.proRata, own: false } : { ...fee.proRata, own: true, leave: leave as ProRataMode } })} problem={problem} width={190} />
            <ChoiceField path={`${path}.rounding.mode`} label={t('keyBuilder.roundingMode')} value={fee.rounding.own ? fee.rounding.mode : 'key'} data={[{ value: 'key', label: t('keyBuilder.asKey') }, ...modes.rounding]} onChange={(mode) => set({ rounding: mode === 'key' ? { ...fee.rounding, own: false } : { ...fee.rounding, own: true, mode: mode as RoundingMode } })} problem={problem} width={170} />
            {fee.rounding.own && <TextField path={`${path}.rounding.unit`} label={t('keyBuilder.roundingUnit')} value={fee.rounding.unit} onChange={(unit) => set({ rounding: { ...fee.rounding, unit } })} problem={problem} width={130} align="right" />}
          </Group>
        </Stack>
      </Collapse>
    </Stack>
  );
}

interface Props {
  index: number;
  component: ComponentForm;
  form: KeyForm;
  onChange: (component: ComponentForm) => void;
  onRemove: () => void;
  ctx: EditorContext;
}

/** One component of the key: its type, id and label, then the fields of that type. */
export function ComponentEditor({ index, component: c, form, onChange, onRemove, ctx }: Props) {
  const { t } = useTranslation();
  const path = `components[${index}]`;
  const { problem } = ctx;
  const set = (patch: Partial<ComponentForm>) => onChange({ ...c, ...patch });
  const feeIds = form.components.filter((other) => other !== c && FEE_TYPES.includes(other.type as FeeType)).map((other) => other.id);
  return (
    <Paper withBorder p="xs" radius="sm" component="section" aria-label={t('keyBuilder.componentN', { n: index + 1, name: c.label || c.id })} data-testid={`kb-component-${index}`}>
      <Stack gap={6}>
        <Group gap="xs" align="flex-start" wrap="nowrap">
          <ChoiceField
            path={`${path}.type`}
            label={t('keyBuilder.type')}
            value={c.type}
            data={componentTypes(form.family).map((type) => ({ value: type, label: t(`keyBuilder.types.${type}`) }))}
            onChange={(type) => set({ type })}
            problem={problem}
            width={170}
          />
          <TextField path={`${path}.id`} label={t('keyBuilder.componentId')} value={c.id} onChange={(id) => set({ id })} problem={problem} width={110} />
          <TextField path={`${path}.label`} label={t('keyBuilder.label')} value={c.label} onChange={(label) => set({ label })} problem={problem} width={150} />
          <ActionIcon ml="auto" mt={22} variant="subtle" color="red" aria-label={t('keyBuilder.removeNamed', { name: c.label || c.id })} onClick={onRemove} data-testid={`kb-remove-component-${index}`}>
            ×
          </ActionIcon>
        </Group>
        {problem(path) && (
          <Text size="xs" c="red">
            {problem(path)}
          </Text>
        )}
        {(c.type === 'equal' || c.type === 'proportional') && (
          <Group gap="sm" align="flex-start">
            <RateField path={`${path}.share`} label={t('keyBuilder.share')} value={c.share} onChange={(share) => set({ share: { mode: share.mode, value: share.value, param: share.param } })} problem={problem} parameters={ctx.parameters} />
            {c.type === 'proportional' && <MetricField path={`${path}.metric`} value={c.metric} onChange={(metric) => set({ metric })} problem={problem} metrics={ctx.metrics} />}
          </Group>
        )}
        {FEE_TYPES.includes(c.type as FeeType) && <FeeFields path={path} type={c.type as FeeType} fee={c.fee} onChange={(fee) => set({ fee })} ctx={ctx} />}
        {c.type === 'override' && (
          <Stack gap={6}>
            <Text size="xs" c="dimmed">
              {t('keyBuilder.override.hint')}
            </Text>
            {problem(`${path}.when`) && (
              <Text size="xs" c="red">
                {problem(`${path}.when`)}
              </Text>
            )}
            <Group gap="xs" align="flex-start">
              <ChoiceField
                path={`${path}.when.kind`}
                label={t('keyBuilder.override.when')}
                value={c.when.useMetric ? 'metric' : 'categories'}
                data={[
                  { value: 'metric', label: t('keyBuilder.override.byMetric') },
                  { value: 'categories', label: t('keyBuilder.override.byCategory') },
                ]}
                onChange={(kind) => set({ when: { ...c.when, useMetric: kind === 'metric' } })}
                problem={problem}
                width={200}
              />
              {c.when.useMetric && (
                <>
                  <MetricField path={`${path}.when.metric`} value={c.when.metric} onChange={(metric) => set({ when: { ...c.when, metric } })} problem={problem} metrics={ctx.metrics} />
                  <ChoiceField
                    path={`${path}.when.comparator`}
                    label={t('keyBuilder.override.comparator')}
                    value={c.when.comparator}
                    data={[
                      { value: 'above', label: t('keyBuilder.override.above') },
                      { value: 'atLeast', label: t('keyBuilder.override.atLeast') },
                    ]}
                    onChange={(comparator) => set({ when: { ...c.when, comparator } })}
                    problem={problem}
                    width={150}
                  />
                  <TextField path={`${path}.when.${c.when.comparator}`} label={t('keyBuilder.override.threshold')} value={c.when.threshold} onChange={(threshold) => set({ when: { ...c.when, threshold } })} problem={problem} width={110} align="right" />
                </>
              )}
              <TextField path={`${path}.when.categories`} label={t('keyBuilder.override.categories')} value={c.when.categories} onChange={(categories) => set({ when: { ...c.when, categories } })} problem={problem} width={180} />
            </Group>
            <Group gap="xs" align="flex-start">
              <MultiSelect size="xs" name={`${path}.replaces`} label={t('keyBuilder.override.replaces')} data={[...new Set([...feeIds, ...c.replaces])].filter((id) => id !== '')} value={c.replaces} onChange={(replaces) => set({ replaces })} error={problem(`${path}.replaces`)} w={260} />
              <Select
                size="xs"
                label={t('keyBuilder.override.with')}
                data={FEE_TYPES.map((type) => ({ value: type, label: t(`keyBuilder.types.${type}`) }))}
                value={c.withType}
                onChange={(type) => type && set({ withType: type as FeeType })}
                allowDeselect={false}
                w={190}
              />
            </Group>
            <FeeFields path={`${path}.with`} type={c.withType} fee={c.fee} onChange={(fee) => set({ fee })} ctx={ctx} />
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
