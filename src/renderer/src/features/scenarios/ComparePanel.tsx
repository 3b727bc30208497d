import { Alert, Group, Loader, Select, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScenarioSummary } from '../../../../shared/api/channels/scenarios.channels';
import type { StudioInputs } from '../../../../shared/api/channels/studio.channels';
import { ChartFrame } from '../../charts/ChartFrame';
import { MemberChargesChart } from '../../charts/MemberChargesChart';
import type { Language } from '../../format/locales';
import { formatMoney } from '../../format/numbers';
import { useStudioInputs } from './queries';
import { computeWith, largestDeltas, resolveInputs, signedDelta } from './studio-model';
import { compareWithBaseline, type ScenarioFigures } from '../../../../shared/calc';

interface Props {
  current: StudioInputs;
  currentResult: ScenarioFigures;
  scenarios: readonly ScenarioSummary[];
  year: number;
  language: Language;
}

/** Two stored scenarios side by side, member by member, with the change from the first to the second. */
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
      const result = computeWith(resolveInputs(otherData), {});
      return { result, comparison: compareWithBaseline(currentResult, result), error: null };
    } catch (error) {
      return { result: null, comparison: null, error: error instanceof Error ? error.message : String(error) };
    }
  }, [otherData, currentResult]);
  const money = (minor: number) => formatMoney(minor, currentResult.currency, language);

  const rows = useMemo(() => {
    if (!computed?.comparison) return [];
    return computed.comparison.members
      .map((m) => {
        const y = m.byYear.find((b) => b.year === year);
        return { id: m.id, name: m.name, a: y?.baseline ?? 0, b: y?.scenario ?? 0, delta: y?.delta ?? 0 };
      })
      .filter((r) => r.a !== 0 || r.b !== 0)
      .sort((x, y) => x.name.localeCompare(y.name, language));
  }, [computed, year, language]);
  const chart = useMemo(() => largestDeltas(rows, 16), [rows]);
  const total = rows.reduce((acc, r) => ({ a: acc.a + r.a, b: acc.b + r.b, delta: acc.delta + r.delta }), { a: 0, b: 0, delta: 0 });

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
      {computed?.comparison && (
        <SimpleGrid cols={2} spacing="sm">
          <ChartFrame title={t('studio.compare.chartTitle', { year })} subtitle={t('studio.compare.chartSubtitle', { a: current.name, b: otherName })} testId="compare-chart">
            {chart.length === 0 ? (
              <Text size="sm" c="dimmed" py="xl" ta="center">
                {t('studio.compare.same')}
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
                  <Table.Th ta="right">{current.name}</Table.Th>
                  <Table.Th ta="right">{otherName}</Table.Th>
                  <Table.Th ta="right">{t('studio.table.delta')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((r) => (
                  <Table.Tr key={r.id} data-member-id={r.id}>
                    <Table.Td>{r.name}</Table.Td>
                    <Table.Td ta="right" className="num">
                      {money(r.a)}
                    </Table.Td>
                    <Table.Td ta="right" className="num">
                      {money(r.b)}
                    </Table.Td>
                    <Table.Td ta="right" className={`num ${r.delta > 0 ? 'delta-up' : r.delta < 0 ? 'delta-down' : 'dimmed-num'}`}>
                      {signedDelta(r.delta, money)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
              <Table.Tfoot>
                <Table.Tr className="strong">
                  <Table.Th>{t('studio.compare.total')}</Table.Th>
                  <Table.Th ta="right" className="num">
                    {money(total.a)}
                  </Table.Th>
                  <Table.Th ta="right" className="num">
                    {money(total.b)}
                  </Table.Th>
                  <Table.Th ta="right" className="num">
                    {signedDelta(total.delta, money)}
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
