import { Alert, Group, List, MultiSelect, Paper, Stack, Text, TextInput } from '@mantine/core';
import { memo, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sweepParameter, sweepValues, type MetricProjection } from '../../../../shared/calc';
import { ChargeDistribution } from '../../charts/ChargeDistribution';
import { ChartFrame } from '../../charts/ChartFrame';
import { lazyChart } from '../../charts/lazy-chart';
import { MemberChargesChart } from '../../charts/MemberChargesChart';
import { intlLocale, type Language } from '../../format/locales';
import { formatInteger, formatMoney } from '../../../../shared/format/numbers';
import { matchesWords, searchWords } from '../../format/search';
import { ChargesTable } from './ChargesTable';
import { chargeDistribution, componentColumns, fundingByYear, largestDeltas, topPayers, yearTotal } from './studio-model';
import type { Studio } from './use-studio';

const SWEEP_STEPS = sweepValues(0, 50, 50);
const FundingChart = lazyChart(async () => (await import('../../charts/FundingChart')).FundingChart, (props) => props.height);
const SweepChart = lazyChart(async () => (await import('../../charts/SweepChart')).SweepChart, (props) => props.height);
/** Up to this many charged members each get a bar; more, and the chart shows their distribution. */
const DISTRIBUTION_FROM = 30;
const MULTISELECT_STYLE = { flex: 1 };

/**
 * A value rebuilt from its JSON text only when that text changes: derived data whose numbers
 * stay the same across a slider step (columns, funding, names) keeps its identity, so the
 * memoised charts and controls that take it are not drawn again.
 */
function useByValue<T>(value: T): T {
  const key = JSON.stringify(value);
  return useMemo(() => JSON.parse(key) as T, [key]);
}

/** The members to pick for the sweep: a large searchable list, drawn again only when it or the choice changes. */
const SweepMembersPicker = memo(function SweepMembersPicker({ options, value, onChange, label }: { options: { value: string; label: string }[]; value: string[]; onChange: (value: string[]) => void; label: string }) {
  return (
    <Group mb={6}>
      <MultiSelect size="xs" style={MULTISELECT_STYLE} aria-label={label} placeholder={label} data={options} value={value} onChange={onChange} searchable maxValues={6} />
    </Group>
  );
});

const Kpi = memo(function Kpi({ label, value, testId, tone }: { label: string; value: string; testId: string; tone?: 'up' | 'down' }) {
  return (
    <Paper withBorder px="sm" py={8} radius="sm" className="kpi">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="lg" fw={600} className={`num ${tone === 'up' ? 'delta-up' : tone === 'down' ? 'delta-down' : ''}`} data-testid={testId}>
        {value}
      </Text>
    </Paper>
  );
});

/**
 * Which figures of the chosen year are projected rather than known, and how far: the engine's
 * projection data in the user's language. Nothing is drawn when every figure is known.
 */
const ProjectionNotice = memo(function ProjectionNotice({ projections, year, language }: { projections: readonly MetricProjection[]; year: number; language: Language }) {
  const { t } = useTranslation();
  const shown = projections.filter((p) => p.chargeYears.includes(year));
  if (shown.length === 0) return null;
  const rate = new Intl.NumberFormat(intlLocale(language), { maximumFractionDigits: 6 });
  return (
    <Alert color="yellow" variant="light" role="status" title={t('studio.projected.title')} data-testid="projection-notice">
      <List size="sm" spacing={2}>
        {shown.map((p) => {
          const metric = t(`metric.${p.metric}` as 'metric.population', { defaultValue: p.metric });
          return (
            <List.Item key={`${p.metric}-${p.year}-${p.fromYear}`}>
              {t('studio.projected.line', { metric: metric.charAt(0).toUpperCase() + metric.slice(1), year: p.year, from: p.fromYear, count: p.year - p.fromYear, rate: rate.format(Number(p.rate)) })}
            </List.Item>
          );
        })}
      </List>
    </Alert>
  );
});

/** The studio's results: key figures, the charts and the member table for the chosen year. */
export function StudioPanel({ studio, language, onExplain }: { studio: Studio; language: Language; onExplain: (memberId: string) => void }) {
  const { t } = useTranslation();
  const result = studio.result;
  const currency = result?.currency ?? 'SEK';
  const money = (minor: number) => formatMoney(minor, currency, language);

  const columns = useByValue(useMemo(() => (result ? componentColumns(result) : []), [result]));
  const totals = useMemo(() => {
    const out = { gross: 0, subsidies: 0, net: 0, baseline: 0 as number | null, delta: 0 as number | null, components: {} as Record<string, number>, adjustment: 0, memberAdjustment: 0 };
    for (const r of studio.rows) {
      out.gross += r.gross;
      out.subsidies += r.subsidies;
      out.net += r.net;
      // No baseline for the year: no baseline total and no change, rather than a change against 0.
      out.baseline = out.baseline === null || r.baseline === null ? null : out.baseline + r.baseline;
      out.delta = out.delta === null || r.delta === null ? null : out.delta + r.delta;
      out.adjustment += r.roundingAdjustment;
      out.memberAdjustment += r.memberAdjustment;
      for (const [id, amount] of Object.entries(r.components)) out.components[id] = (out.components[id] ?? 0) + amount;
    }
    return out;
  }, [studio.rows]);

  const payers = useMemo(() => topPayers(studio.rows, 14, (count) => t('studio.charts.others', { count })), [studio.rows, t]);
  // More members than bars can name: the chart becomes the distribution of what they pay.
  const chargedCount = studio.rows.filter((r) => r.charged).length;
  const distribution = useMemo(() => (chargedCount > DISTRIBUTION_FROM ? chargeDistribution(studio.rows) : null), [chargedCount, studio.rows]);
  const deltas = useMemo(() => largestDeltas(studio.rows, 14), [studio.rows]);
  // Funding by source does not move with a key parameter (the members together pay the pool): same numbers, same object.
  const funding = useByValue(useMemo(() => (result ? fundingByYear(result, t('studio.charts.memberCharges')) : null), [result, t]));

  // The sweep depends on everything but the swept parameter itself: it is computed again only when those change.
  const shareControl = studio.controls.find((c) => c.kind === 'share') ?? null;
  const sweepParam = shareControl?.name ?? null;
  const otherParameters = JSON.stringify(Object.fromEntries(Object.entries(studio.draft.parameters).filter(([name]) => name !== sweepParam)));
  const sweep = useMemo(() => {
    if (!studio.resolved || sweepParam === null) return null;
    try {
      const base = JSON.parse(otherParameters) as Record<string, string>;
      const resolved = Object.keys(base).length > 0 ? { ...studio.resolved, parameters: { ...studio.resolved.parameters, ...base } } : studio.resolved;
      return { steps: sweepParameter(resolved, sweepParam, SWEEP_STEPS), ids: studio.resolved.members.map((m) => m.id) };
    } catch {
      return null;
    }
  }, [studio.resolved, sweepParam, otherParameters]);
  const [picked, setPicked] = useState<string[] | null>(null);
  const [search, setSearch] = useState('');
  const shownCount = useMemo(() => {
    const words = searchWords(search);
    return words.length === 0 ? studio.rows.length : studio.rows.filter((r) => matchesWords(words, r.name)).length;
  }, [studio.rows, search]);
  const defaultKey = payers
    .filter((p) => p.id !== '__others')
    .slice(0, 4)
    .map((p) => p.id)
    .join('|');
  const sweepKey = picked ? picked.join('|') : defaultKey;
  const sweepMembers = useMemo(() => sweepKey.split('|').filter(Boolean), [sweepKey]);
  const onPick = useCallback((value: string[]) => setPicked(value.slice(0, 6)), []);
  // Names and who is charged do not change with a parameter; their lists keep their identity across slider steps.
  const memberOptions = useByValue(studio.rows.filter((r) => r.charged).map((r) => ({ value: r.id, label: r.name })));
  const nameOf = useMemo(() => new Map(memberOptions.map((o) => [o.value, o.label])), [memberOptions]);
  const yearIndex = result ? result.years.indexOf(studio.year) : -1;
  const sweepPoints = useMemo(() => {
    if (!sweep || yearIndex < 0) return [];
    const indexes = sweepKey.split('|').map((id) => [id, sweep.ids.indexOf(id)] as const);
    return sweep.steps.map((step) => {
      const point: Record<string, number> = { value: Number(step.value) };
      for (const [id, i] of indexes) if (i >= 0) point[id] = step.net[i]?.[yearIndex] ?? 0;
      return point;
    });
  }, [sweep, sweepKey, yearIndex]);
  const sweepLines = useMemo(() => sweepMembers.map((id) => ({ id, name: nameOf.get(id) ?? id })), [sweepMembers, nameOf]);
  const fundingLabels = useMemo(
    () => ({
      costs: t('studio.charts.costs'),
      uncertain: t('studio.charts.uncertain'),
      expected: t('studio.charts.expected'),
      statuses: { secured: t('studio.charts.secured'), expected: t('studio.charts.expected'), uncertain: t('studio.charts.uncertain'), computed: '' },
    }),
    [t],
  );

  if (!result) return null;
  const figures = yearTotal(result, studio.year);
  // A member of the cooperation that this key charges nothing (e.g. Sambruk's individual members under the group key) does not pay.
  const paying = studio.rows.filter((r) => r.charged && r.net > 0).length;
  const more = studio.rows.filter((r) => r.delta !== null && r.delta > 0).length;
  const less = studio.rows.filter((r) => r.delta !== null && r.delta < 0).length;
  const noBaseline = totals.delta === null;

  return (
    <Stack gap="sm">
      {studio.resolved && <ProjectionNotice projections={studio.resolved.projections} year={studio.year} language={language} />}
      <div className="kpi-grid">
        <Kpi label={figures.pool !== null ? t('studio.kpi.pool', { year: studio.year }) : t('studio.kpi.costs', { year: studio.year })} value={figures.pool !== null ? money(figures.pool) : figures.costs !== null ? money(figures.costs) : '—'} testId="kpi-pool" />
        <Kpi label={t('studio.kpi.charged', { year: studio.year })} value={money(totals.gross)} testId="kpi-charged" />
        <Kpi label={t('studio.kpi.paying')} value={formatInteger(paying, language)} testId="kpi-paying" />
        <Kpi
          label={t('studio.kpi.changed')}
          value={
            noBaseline
              ? t('studio.table.noBaseline', { year: studio.year })
              : more + less === 0
                ? t('studio.kpi.unchanged')
                : t('studio.kpi.moreLess', { more: formatInteger(more, language), less: formatInteger(less, language) })
          }
          testId="kpi-changed"
        />
      </div>

      <div className="chart-grid">
        <ChartFrame
          title={t('studio.charts.paysTitle', { year: studio.year })}
          subtitle={distribution ? t('studio.charts.distributionSubtitle', { count: chargedCount }) : t('studio.charts.paysSubtitle')}
          testId="chart-pays"
        >
          {distribution ? (
            <ChargeDistribution bands={distribution} currency={currency} language={language} height={300} />
          ) : (
            <MemberChargesChart data={payers} currency={currency} language={language} height={300} valueLabel={t('studio.table.net')} />
          )}
        </ChartFrame>
        <ChartFrame title={t('studio.charts.deltaTitle', { year: studio.year })} subtitle={t('studio.charts.deltaSubtitle')} testId="chart-delta">
          {deltas.length === 0 ? (
            <Stack h={300} align="center" justify="center" gap={4}>
              <Text size="sm" fw={500}>
                {noBaseline ? t('studio.table.noBaseline', { year: studio.year }) : t('studio.charts.noDeltaTitle')}
              </Text>
              <Text size="xs" c="dimmed" maw={320} ta="center">
                {noBaseline ? t('studio.charts.noBaselineBody', { year: studio.year }) : t('studio.charts.noDeltaBody')}
              </Text>
            </Stack>
          ) : (
            <MemberChargesChart data={deltas} currency={currency} language={language} height={300} diverging valueLabel={t('studio.table.delta')} />
          )}
        </ChartFrame>
      </div>

      <Group justify="space-between" gap="xs" wrap="wrap">
        <TextInput
          size="xs"
          type="search"
          w={260}
          maw="100%"
          aria-label={t('studio.table.search')}
          placeholder={t('studio.table.search')}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          data-testid="charges-search"
        />
        {shownCount !== studio.rows.length && (
          <Text size="xs" c="dimmed" role="status" data-testid="charges-shown">
            {t('studio.table.shown', { shown: formatInteger(shownCount, language), count: studio.rows.length })}
          </Text>
        )}
      </Group>
      <ChargesTable search={search} rows={studio.rows} columns={columns} currency={currency} language={language} onExplain={onExplain} year={studio.year} totals={totals} />

      <div className="chart-grid">
        {funding && (
          <ChartFrame title={t('studio.charts.fundingTitle')} subtitle={t('studio.charts.fundingSubtitle')} testId="chart-funding">
            <FundingChart series={funding.series} data={funding.data} currency={currency} language={language} height={260} labels={fundingLabels} />
          </ChartFrame>
        )}
        <ChartFrame
          title={t('studio.charts.sweepTitle')}
          subtitle={sweepParam === null ? t('studio.charts.sweepNone') : t('studio.charts.sweepSubtitle', { year: studio.year })}
          testId="chart-sweep"
        >
          {sweepParam !== null && (
            <>
              <SweepMembersPicker options={memberOptions} value={sweepMembers} onChange={onPick} label={t('studio.charts.sweepMembers')} />
              <SweepChart points={sweepPoints} lines={sweepLines} current={Number(studio.draft.parameters[sweepParam] ?? 0)} currency={currency} language={language} height={220} unit=" %" currentLabel={t('studio.charts.sweepCurrent')} />
            </>
          )}
        </ChartFrame>
      </div>
    </Stack>
  );
}
