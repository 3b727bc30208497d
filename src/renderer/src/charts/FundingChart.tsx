import { Group, Text } from '@mantine/core';
import { memo } from 'react';
import { Bar, CartesianGrid, Cell, ComposedChart, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { FundingStatus as StatedStatus } from '../../../shared/calc';
import { formatMoney } from '../../../shared/format/numbers';
import type { Language } from '../format/locales';
import { colours, compactMajor, seriesColours } from './chart-format';

/** A bar's status: a funding line's own, or `computed` for what the members pay. */
export type FundingStatus = StatedStatus | 'computed';

export interface FundingChartSeries {
  key: string;
  label: string;
}

export interface FundingChartDatum {
  year: number;
  costs: number | null;
  values: Record<string, { amount: number; status: FundingStatus }>;
}

export interface FundingChartLabels {
  costs: string;
  uncertain: string;
  expected: string;
  statuses: Record<FundingStatus, string>;
}

interface Props {
  series: readonly FundingChartSeries[];
  data: readonly FundingChartDatum[];
  currency: string;
  language: Language;
  height: number;
  labels: FundingChartLabels;
}

const patternId = (index: number) => `andel-hatch-${index}`;

function fillFor(index: number, status: FundingStatus): string {
  if (status === 'uncertain') return `url(#${patternId(index)})`;
  return seriesColours[index % seriesColours.length] as string;
}

/**
 * Funding by source and year, stacked, against the costs (a line). Amounts that are not secured
 * stay visible but marked: uncertain ones hatched, expected ones lighter, with a legend saying so.
 */
export const FundingChart = memo(function FundingChart({ series, data, currency, language, height, labels }: Props) {
  const rows = data.map((d) => {
    const row: Record<string, number | string | null> = { year: String(d.year), costs: d.costs };
    for (const s of series) row[s.key] = d.values[s.key]?.amount ?? 0;
    return row;
  });
  const hasCosts = data.some((d) => d.costs !== null);
  const hasUncertain = data.some((d) => Object.values(d.values).some((v) => v.status === 'uncertain' && v.amount !== 0));
  const hasExpected = data.some((d) => Object.values(d.values).some((v) => v.status === 'expected' && v.amount !== 0));
  return (
    <div>
      <ResponsiveContainer width="100%" height={height}>
        <ComposedChart data={rows} margin={{ top: 8, right: 12, bottom: 0, left: 4 }}>
          <defs>
            {series.map((s, i) => (
              <pattern key={s.key} id={patternId(i)} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                <rect width="6" height="6" fill={seriesColours[i % seriesColours.length]} fillOpacity={0.18} />
                <line x1="0" y1="0" x2="0" y2="6" stroke={seriesColours[i % seriesColours.length]} strokeWidth="2.5" />
              </pattern>
            ))}
          </defs>
          <CartesianGrid vertical={false} stroke={colours.grid} />
          <XAxis dataKey="year" tick={{ fontSize: 11, fill: colours.axis }} stroke={colours.grid} />
          <YAxis tickFormatter={(value: number) => compactMajor(value, language)} tick={{ fontSize: 11, fill: colours.axis }} width={56} stroke={colours.grid} />
          <Tooltip
            contentStyle={{ fontSize: 12 }}
          itemStyle={{ color: 'var(--mantine-color-text)' }}
            formatter={(value, name, item) => {
              const s = series.find((x) => x.key === item.dataKey);
              const year = Number((item.payload as { year: string }).year);
              const status = s ? data.find((d) => d.year === year)?.values[s.key]?.status : undefined;
              const suffix = status && status !== 'computed' && status !== 'secured' ? ` (${labels.statuses[status]})` : '';
              return [formatMoney(Number(value), currency, language) + suffix, s?.label ?? String(name)];
            }}
          />
          {series.map((s, i) => (
            <Bar key={s.key} dataKey={s.key} name={s.label} stackId="funding" isAnimationActive={false} stroke={seriesColours[i % seriesColours.length]} strokeWidth={0}>
              {data.map((d) => {
                const status = d.values[s.key]?.status ?? 'secured';
                return (
                  <Cell
                    key={d.year}
                    fill={fillFor(i, status)}
                    fillOpacity={status === 'expected' ? 0.5 : 1}
                    strokeWidth={status === 'uncertain' ? 1 : 0}
                    data-status={status}
                  />
                );
              })}
            </Bar>
          ))}
          {hasCosts && <Line type="linear" dataKey="costs" name={labels.costs} stroke={colours.costs} strokeDasharray="4 3" strokeWidth={1.5} dot={{ r: 2.5 }} isAnimationActive={false} />}
        </ComposedChart>
      </ResponsiveContainer>
      <Group gap="md" mt={6} px={4} className="chart-legend" data-testid="funding-legend">
        {series.map((s, i) => (
          <Group key={s.key} gap={6} wrap="nowrap">
            <span className="legend-swatch" style={{ background: seriesColours[i % seriesColours.length] }} />
            <Text size="xs">{s.label}</Text>
          </Group>
        ))}
        {hasCosts && (
          <Group gap={6} wrap="nowrap">
            <span className="legend-line" />
            <Text size="xs">{labels.costs}</Text>
          </Group>
        )}
        {hasExpected && (
          <Group gap={6} wrap="nowrap">
            <span className="legend-swatch legend-expected" />
            <Text size="xs">{labels.expected}</Text>
          </Group>
        )}
        {hasUncertain && (
          <Group gap={6} wrap="nowrap" data-testid="legend-uncertain">
            <span className="legend-swatch legend-hatch" />
            <Text size="xs">{labels.uncertain}</Text>
          </Group>
        )}
      </Group>
    </div>
  );
});
