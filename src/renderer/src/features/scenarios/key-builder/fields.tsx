/**
 * The builder's small inputs. Each field is named by the key path it edits (`name`), which is how
 * the engine's issues find it; `problem` shows the issue's words in the user's language.
 */
import { Group, SegmentedControl, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/use-language';
import { catalogueSentence, type IssueText } from './key-issues';
import type { MetricForm, RateForm, ShareForm } from './key-form';

export type Problem = (path: string) => string | undefined;

/** The words for an issue in the interface's language: the engine's catalogue message, the builder's words for a schema issue, else the raw text. */
export function useIssueWords(): (text: IssueText | undefined) => string | undefined {
  const { t } = useTranslation();
  const [language] = useLanguage();
  return (text) => {
    if (text === undefined) return undefined;
    if (text.message) return catalogueSentence(text.message, language);
    return text.key === null ? text.raw : t(`keyBuilder.errors.${text.key}` as 'keyBuilder.errors.required', text.values);
  };
}

interface TextProps {
  path: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  problem: Problem;
  description?: string;
  placeholder?: string;
  width?: number | string;
  align?: 'left' | 'right';
}

export function TextField({ path, label, value, onChange, problem, description, placeholder, width, align }: TextProps) {
  return (
    <TextInput
      size="xs"
      name={path}
      label={label}
      description={description}
      placeholder={placeholder}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={problem(path)}
      w={width}
      styles={align === 'right' ? { input: { textAlign: 'right' } } : undefined}
      data-testid={`kb-${path}`}
    />
  );
}

interface ChoiceProps<T extends string> {
  path: string;
  label: string;
  value: T;
  data: { value: T; label: string }[];
  onChange: (value: T) => void;
  problem: Problem;
  width?: number | string;
}

export function ChoiceField<T extends string>({ path, label, value, data, onChange, problem, width }: ChoiceProps<T>) {
  return (
    <Select
      size="xs"
      name={path}
      label={label}
      data={data}
      value={value}
      onChange={(v) => v !== null && onChange(v as T)}
      allowDeselect={false}
      error={problem(path)}
      w={width}
      comboboxProps={{ withinPortal: true }}
      data-testid={`kb-${path}`}
    />
  );
}

/** A rate or percentage: typed, or one of the key's parameters. */
export function RateField({
  path,
  label,
  value,
  onChange,
  problem,
  parameters,
  width,
}: {
  path: string;
  label: string;
  value: RateForm | ShareForm;
  onChange: (value: RateForm & ShareForm) => void;
  problem: Problem;
  parameters: string[];
  width?: number | string;
}) {
  const { t } = useTranslation();
  const allowRest = 'mode' in value && path.endsWith('.share') && path.startsWith('components');
  const modes = [
    { value: 'value', label: t('keyBuilder.value') },
    ...(parameters.length > 0 ? [{ value: 'param', label: t('keyBuilder.parameter') }] : []),
    ...(allowRest ? [{ value: 'rest', label: t('keyBuilder.rest') }] : []),
  ];
  const set = (patch: Partial<ShareForm>) => onChange({ ...(value as ShareForm), ...patch } as RateForm & ShareForm);
  return (
    <Group gap={4} align="flex-end" wrap="nowrap">
      {value.mode === 'param' ? (
        <Select
          size="xs"
          name={path}
          label={label}
          data={parameters}
          value={value.param === '' ? null : value.param}
          onChange={(p) => set({ param: p ?? '' })}
          error={problem(path)}
          w={width ?? 140}
          data-testid={`kb-${path}`}
        />
      ) : (
        <TextInput
          size="xs"
          name={path}
          label={label}
          value={value.mode === 'rest' ? t('keyBuilder.restValue') : value.value}
          disabled={value.mode === 'rest'}
          onChange={(event) => set({ value: event.currentTarget.value })}
          error={problem(path)}
          w={width ?? 140}
          styles={{ input: { textAlign: 'right' } }}
          data-testid={`kb-${path}`}
        />
      )}
      {modes.length > 1 && (
        <SegmentedControl
          size="xs"
          mb={problem(path) ? 22 : 2}
          aria-label={t('keyBuilder.valueKind', { field: label })}
          value={value.mode}
          data={modes}
          onChange={(mode) => set({ mode: mode as ShareForm['mode'] })}
        />
      )}
    </Group>
  );
}

/** A metric reference: its name, which year's value (0 = the charge year, -1 = the year before) and an optional MM-DD. */
export function MetricField({ path, value, onChange, problem, metrics }: { path: string; value: MetricForm; onChange: (value: MetricForm) => void; problem: Problem; metrics: string[] }) {
  const { t } = useTranslation();
  const names = [...new Set([...metrics, value.name].filter((n) => n !== ''))];
  return (
    <Group gap="xs" align="flex-start" wrap="nowrap">
      <Select
        size="xs"
        name={path}
        label={t('keyBuilder.metric')}
        data={names.map((n) => ({ value: n, label: t(`metric.${n}` as 'metric.population', { defaultValue: n }) }))}
        value={value.name === '' ? null : value.name}
        onChange={(name) => onChange({ ...value, name: name ?? '' })}
        error={problem(path)}
        w={150}
        data-testid={`kb-${path}`}
      />
      <Select
        size="xs"
        name={`${path}.yearOffset`}
        label={t('keyBuilder.metricYear')}
        data={['0', '-1', '-2'].map((o) => ({ value: o, label: t(`keyBuilder.yearOffset.${o as '0' | '-1' | '-2'}`) }))}
        value={['0', '-1', '-2'].includes(value.yearOffset) ? value.yearOffset : '0'}
        onChange={(o) => onChange({ ...value, yearOffset: o ?? '0' })}
        error={problem(`${path}.yearOffset`)}
        w={150}
      />
      <TextInput
        size="xs"
        name={`${path}.asOf`}
        label={t('keyBuilder.asOf')}
        placeholder="12-31"
        value={value.asOf}
        onChange={(event) => onChange({ ...value, asOf: event.currentTarget.value })}
        error={problem(`${path}.asOf`)}
        w={90}
      />
    </Group>
  );
}
