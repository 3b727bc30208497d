import { Alert, Group, Loader, Select, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScenarioSummary } from '../../../../shared/api/channels/scenarios.channels';
import type { StudioInputs } from '../../../../shared/api/channels/studio.channels';
import { ChartFrame } from '../../charts/ChartFrame';
import { MemberChargesChart } from '../../charts/MemberChargesChart';
import type { Language } from '../../format/locales';
import { formatMoney } from '../../../../shared/format/numbers';
import { useStudioInputs } from './queries';
import type { ScenarioFigures } from '../../../../shared/calc';
import { compareRows, computeWith, largestDeltas, resolveInputs, signedDelta } from './studio-model';

interface Props {
  current: StudioInputs;
  currentResult: ScenarioFigures;
  scenarios: readonly ScenarioSummary[];
  year: number;
  language: Language;
}

/**
 * Two stored scenarios side by side, member by member: the one compared with (the baseline), this
 * one, and the change from the first to the second, with the sign the Distribution tab uses.
 */
export function ComparePanel({ current, currentResult, scenarios, year, language }: Props) {
  const { t } = useTranslation();
  const others = scenarios.filter((s) => s.id !== current.scenarioId);
  const [chosen, setChosen] = useState<number | null>(null);
  const otherId = chosen ?? current.baselineScenarioId ?? others[0]?.id ?? null;
  const other = useStudioInputs(otherId);
  const otherData = otherId !== null && other.data?.scenarioId === otherId ? other.data : undefined;
  const computed = useMemo(() => {
    if (!otherData) return null;
    try {
      return { result: computeWith(resolveInputs(otherData), {}), error: null };
    } catch (error) {
      return { result: null, error: error instanceof Error ? error.message : String(error) };
    }
  }, [otherData]);
  const money = (minor: number) => formatMoney(minor, currentResult.currency, language);

  const rows = useMemo(() => (computed?.result ? compareRows(currentResult, computed.result, year).sort((x, y) => x.name.localeCompare(y.name, language)) : []), [computed, currentResult, year, language]);
  const chart = useMemo(() => largestDeltas(rows, 16), [rows]);
  // The other scenario has no figures for the year: nothing to compare, said in words rather than as a change against 0.
  const otherCovers = computed?.result?.years.includes(year) ?? false;
  const sum = (values: (number | null)[]): number | null => values.reduce<number | null>((acc, v) => (acc === null || v === null ? null : acc + v), 0);
  const total = { other: sum(rows.map((r) => r.other)), current: sum(rows.map((r) => r.current)), delta: sum(rows.map((r) => r.delta)) };
  const noBaseline = t('studio.table.noBaseline', { year });
  const amount = (minor: number | null) => (minor === null ? '—' : money(minor));

  if (others.length === 0) {
    return (
      <Alert color="gray" variant="light" title={t('studio.compare.noneTitle')}>
        {t('studio.compare.noneBody')}
      </Alert>
    );
  }
  const otherName = others.find((s) => s.id === otherId)?.name ?? '';
  return (
    <Stack gap="sm" data-testid="compare-panel">
      <Group gap="sm" align="flex-end">
        <Text size="sm" fw={600}>
          {current.name}
        </Text>
        <Text size="sm" c="dimmed">
          {t('studio.compare.against')}
        </Text>
        <Select
          size="sm"
          w={360}
          aria-label={t('studio.compare.pick')}
          data={others.map((s) => ({ value: String(s.id), label: s.name }))}
          value={otherId === null ? null : String(otherId)}
          onChange={(value) => setChosen(value === null ? null : Number(value))}
          allowDeselect={false}
          data-testid="compare-pick"
        />
        {other.status === 'loading' && <Loader size="xs" />}
      </Group>
      {computed?.error && <Alert color="red">{computed.error}</Alert>}
      {computed?.result && !otherCovers && (
        <Alert color="yellow" variant="light" role="status" data-testid="compare-no-baseline">
          {t('studio.compare.noYear', { name: otherName, year })}
        </Alert>
      )}
      {computed?.result && (
        <SimpleGrid cols={2} spacing="sm">
          <ChartFrame title={t('studio.compare.chartTitle', { year })} subtitle={t('studio.compare.chartSubtitle', { a: otherName, b: current.name })} testId="compare-chart">
            {chart.length === 0 ? (
              <Text size="sm" c="dimmed" py="xl" ta="center">
                {otherCovers ? t('studio.compare.same') : noBaseline}
              </Text>
            ) : (
              <MemberChargesChart data={chart} currency={currentResult.currency} language={language} height={Math.max(200, chart.length * 24 + 30)} diverging valueLabel={t('studio.table.delta')} />
            )}
          </ChartFrame>
          <div className="compare-table-wrap">
            <Table striped highlightOnHover stickyHeader fz="sm" data-testid="compare-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('studio.table.member')}</Table.Th>
                  <Table.Th ta="right">{otherName}</Table.Th>
                  <Table.Th ta="right">{current.name}</Table.Th>
                  <Table.Th ta="right">{t('studio.table.delta')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((r) => (
                  <Table.Tr key={r.id} data-member-id={r.id}>
                    <Table.Td>{r.name}</Table.Td>
                    <Table.Td ta="right" className="num">
                      {amount(r.other)}
                    </Table.Td>
                    <Table.Td ta="right" className="num">
                      {amount(r.current)}
                    </Table.Td>
                    <Table.Td ta="right" className={r.delta === null ? 'dimmed-num' : `num ${r.delta > 0 ? 'delta-up' : r.delta < 0 ? 'delta-down' : 'dimmed-num'}`}>
                      {r.delta === null ? noBaseline : signedDelta(r.delta, money)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
              <Table.Tfoot>
                <Table.Tr className="strong">
                  <Table.Th>{t('studio.compare.total')}</Table.Th>
                  <Table.Th ta="right" className="num">
                    {amount(total.other)}
                  </Table.Th>
                  <Table.Th ta="right" className="num">
                    {amount(total.current)}
                  </Table.Th>
                  <Table.Th ta="right" className="num">
                    {total.delta === null ? noBaseline : signedDelta(total.delta, money)}
                  </Table.Th>
                </Table.Tr>
              </Table.Tfoot>
            </Table>
          </div>
        </SimpleGrid>
      )}
    </Stack>
  );
}
