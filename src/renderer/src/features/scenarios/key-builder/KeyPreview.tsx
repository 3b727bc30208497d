import { Alert, Group, List, ScrollArea, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeyPreviewInputs } from '../../../../../shared/api/channels/scenarios.channels';
import { computeScenario, resolveScenario, type KeyDefinitionInput, type ScenarioDefinitionInput, type ScenarioResult } from '../../../../../shared/calc';
import { describeKey, type KeyInWords } from '../../../../../shared/calc/describe-key';
import { AndelError, type ErrorIssue } from '../../../../../shared/errors';
import { minorUnitsToDecimal } from '../../../../../shared/format/numbers';
import { intlLocale, type Language } from '../../../format/locales';
import { parseMoneyInput } from '../../budgets/money-input';
import { useIssueWords } from './fields';
import { engineText, issuesOfError } from './key-issues';
import { previewYears } from './preview-years';

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);


export interface PreviewOutcome {
  result: ScenarioResult | null;
  words: KeyInWords | null;
  error: ErrorIssue | null;
}

/**
 * What every member would pay in one year under the key, with the shared engine (as the studio
 * computes): an inline key, the cooperation's facts, and for an allocation key the pool to share.
 */
export function computePreview(key: KeyDefinitionInput, inputs: KeyPreviewInputs, year: number, poolMinor: number | null, language: Language): PreviewOutcome {
  const major = poolMinor === null ? null : `${Math.floor(poolMinor / 100)}${poolMinor % 100 === 0 ? '' : `.${String(poolMinor % 100).padStart(2, '0')}`}`;
  const definition: ScenarioDefinitionInput = {
    schemaVersion: 1,
    id: 'key-preview',
    name: 'key-preview',
    currency: inputs.currency,
    horizon: { from: year, to: year },
    key,
    ...(key.family === 'allocation' && major !== null ? { costs: { byYear: { [String(year)]: major } } } : {}),
  } as ScenarioDefinitionInput;
  try {
    const resolved = resolveScenario(definition, inputs.facts);
    return { result: computeScenario(resolved), words: describeKey(resolved.key, inputs.currency, language), error: null };
  } catch (error) {
    if (error instanceof AndelError) return { result: null, words: null, error: issuesOfError(error)[0] ?? { path: '', message: error.message } };
    throw error;
  }
}

interface Props {
  keyDefinition: KeyDefinitionInput | null;
  /** How many fields the engine refuses (the preview waits until there are none). */
  problems: number;
  inputs: KeyPreviewInputs;
  language: Language;
}

/** The live preview: each member's charge for a chosen year, and the key in words as the annex states it. */
export function KeyPreview({ keyDefinition, problems, inputs, language }: Props) {
  const { t } = useTranslation();
  const words = useIssueWords();
  const { years, open } = useMemo(() => previewYears(inputs, keyDefinition), [inputs, keyDefinition]);
  const [year, setYear] = useState<number | null>(null);
  const chosenYear = year ?? open ?? new Date().getFullYear();
  const [pool, setPool] = useState(language === 'en' ? '1,000,000' : '1 000 000');
  const poolMinor = parseMoneyInput(pool, language);
  const allocation = keyDefinition?.family === 'allocation';
  const outcome = useMemo(
    () => (keyDefinition && problems === 0 && (!allocation || (poolMinor !== null && poolMinor >= 0)) ? computePreview(keyDefinition, inputs, chosenYear, poolMinor, language) : null),
    [keyDefinition, problems, allocation, inputs, chosenYear, poolMinor, language],
  );
  // Amounts without the currency (named once above the table), so the table fits beside the form at 1024 px.
  const amount = (minor: number) =>
    new Intl.NumberFormat(intlLocale(language), { minimumFractionDigits: minor % 100 === 0 ? 0 : 2, maximumFractionDigits: 2 }).format(minorUnitsToDecimal(minor) as unknown as number).replace(/\s/gu, '\u00a0');
  const result = outcome?.result ?? null;
  const components = result?.members.find((m) => m.years[0]?.charged)?.years[0]?.components ?? [];
  const rows = (result?.members ?? []).filter((m) => m.years[0]?.charged).sort((a, b) => a.name.localeCompare(b.name, language));
  // A component without a label is headed by its type in the reader's language, not by its id ("equal").
  const headerOf = (c: { componentId: string; label: string }): string => {
    const defined = keyDefinition?.components.find((d) => d.id === c.componentId);
    return defined && !defined.label?.trim() ? t(`keyBuilder.types.${defined.type}`) : c.label;
  };

  return (
    <Stack gap="xs" data-testid="kb-preview">
      <Title order={3} size="h5">
        {t('keyBuilder.preview.title')}
      </Title>
      <Group gap="xs" align="flex-end">
        <Select size="xs" label={t('keyBuilder.preview.year')} data={years.map(String)} value={String(chosenYear)} onChange={(v) => v && setYear(Number(v))} allowDeselect={false} w={100} data-testid="kb-preview-year" />
        {allocation && (
          <TextInput
            size="xs"
            label={t('keyBuilder.preview.pool', { currency: inputs.currency })}
            value={pool}
            onChange={(e) => setPool(e.currentTarget.value)}
            error={poolMinor === null || poolMinor < 0 ? t('validation.amount') : undefined}
            w={160}
            styles={{ input: { textAlign: 'right' } }}
            data-testid="kb-preview-pool"
          />
        )}
      </Group>
      {problems > 0 && (
        <Alert color="yellow" variant="light" data-testid="kb-preview-blocked">
          {t('keyBuilder.preview.fixFirst', { count: problems })}
        </Alert>
      )}
      {outcome?.error && (
        <Alert color="red" variant="light" role="alert" data-testid="kb-preview-error">
          {outcome.error.path ? `${outcome.error.path}: ` : ''}
          {words(engineText(outcome.error))}
        </Alert>
      )}
      {result && (
        <Text size="xs" c="dimmed">
          {t('keyBuilder.preview.amountsIn', { currency: inputs.currency, year: chosenYear })}
        </Text>
      )}
      {result && (
        <ScrollArea.Autosize mah={360} type="auto">
          <Table striped withTableBorder verticalSpacing={2} horizontalSpacing={6} fz="xs" stickyHeader data-testid="kb-preview-table" aria-label={t('keyBuilder.preview.tableLabel', { year: chosenYear })}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('keyBuilder.preview.member')}</Table.Th>
                {components.map((c) => (
                  <Table.Th key={c.componentId} style={{ textAlign: 'right' }}>
                    {headerOf(c)}
                  </Table.Th>
                ))}
                <Table.Th style={{ textAlign: 'right' }}>{t('keyBuilder.preview.subsidies')}</Table.Th>
                <Table.Th style={{ textAlign: 'right' }}>{t('keyBuilder.preview.net')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((m) => {
                const y = m.years[0]!;
                return (
                  <Table.Tr key={m.id} data-member={m.name} data-testid="kb-preview-row">
                    <Table.Td>{m.name}</Table.Td>
                    {components.map((c) => {
                      const charge = y.components.find((x) => x.componentId === c.componentId);
                      return (
                        <Table.Td key={c.componentId} style={{ textAlign: 'right' }} data-component={c.componentId}>
                          {charge ? amount(charge.amount) : '–'}
                        </Table.Td>
                      );
                    })}
                    <Table.Td style={{ textAlign: 'right' }} data-cell="subsidies">
                      {y.subsidies === 0 ? '–' : amount(-y.subsidies)}
                    </Table.Td>
                    <Table.Td style={{ textAlign: 'right', fontWeight: 600 }} data-cell="net">
                      {amount(y.net)}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th>{t('keyBuilder.preview.total')}</Table.Th>
                {components.map((c) => (
                  <Table.Th key={c.componentId} style={{ textAlign: 'right' }}>
                    {amount(result.totals[0]?.byComponent[c.componentId] ?? 0)}
                  </Table.Th>
                ))}
                <Table.Th style={{ textAlign: 'right' }}>{amount(-(result.totals[0]?.subsidies ?? 0))}</Table.Th>
                <Table.Th style={{ textAlign: 'right' }} data-testid="kb-preview-total">
                  {amount(result.totals[0]?.net ?? 0)}
                </Table.Th>
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </ScrollArea.Autosize>
      )}
      {outcome?.words && (
        <Stack gap={4} data-testid="kb-words">
          <Title order={4} size="h6">
            {t('keyBuilder.preview.words')}
          </Title>
          <List size="xs" spacing={2}>
            {outcome.words.components.map((c) => (
              <List.Item key={c.id}>
                <Text span size="xs" fw={600}>
                  {c.label}:
                </Text>{' '}
                {c.text}
              </List.Item>
            ))}
            {outcome.words.subsidies.map((s) => (
              <List.Item key={s.id}>{s.text}</List.Item>
            ))}
          </List>
          <Text size="xs" c="dimmed">
            {capitalised(outcome.words.rules.rounding)}
          </Text>
          {outcome.words.rules.edges && (
            <Text size="xs" c="dimmed" style={{ whiteSpace: 'pre-line' }}>
              {outcome.words.rules.edges}
            </Text>
          )}
        </Stack>
      )}
    </Stack>
  );
}
