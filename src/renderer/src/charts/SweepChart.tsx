import { Group, Text } from '@mantine/core';
import { memo } from 'react';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatMoney } from '../../../shared/format/numbers';
import { intlLocale, type Language } from '../format/locales';
import { colours, compactMajor, seriesColours } from './chart-format';

export interface SweepLine {
  id: string;
  name: string;
}

interface Props {
  /** One point per parameter value: `value` (number, e.g. percent) and one field per line id. */
  points: readonly Record<string, number>[];
  lines: readonly SweepLine[];
  current: number;
  currency: string;
  language: Language;
  height: number;
  unit: string;
  /** The legend's name for the dashed line at the parameter's current value. */
  currentLabel: string;
}

// The plot area inside recharts' layout: margins, the 56 px value axis on the left, the default 30 px axis below.
const MARGIN = { top: 8, right: 16, bottom: 0, left: 4 };
const VALUE_AXIS = 56;
const PARAMETER_AXIS = 30;

/**
 * Selected members' charges as one parameter runs over its range, with the current value marked.
 * The curves depend only on the sweep, so recharts draws them when the sweep or the picked
 * members change; the marker for the current value is a line laid over the plot area at its
 * place on the (linear, dataMin–dataMax) axis, so a slider step moves one element and does not
 * make recharts lay the whole chart out again.
 */
export const SweepChart = memo(function SweepChart({ points, lines, current, currency, language, height, unit, currentLabel }: Props) {
  let min = Infinity;
  let max = -Infinity;
  for (const p of points) {
    const v = p['value'] ?? 0;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const share = max > min && current >= min && current <= max ? (current - min) / (max - min) : null;
  const plotLeft = MARGIN.left + VALUE_AXIS;
  const plotHeight = height - MARGIN.top - MARGIN.bottom - PARAMETER_AXIS;
  return (
    <div>
    <div style={{ position: 'relative', width: '100%', height }}>
      <SweepCurves points={points} lines={lines} currency={currency} language={language} height={height} unit={unit} />
      {share !== null && plotHeight > 0 && (
        <svg
          className="sweep-current"
          aria-hidden
          width={2}
          height={plotHeight}
          style={{ position: 'absolute', pointerEvents: 'none', top: MARGIN.top, left: `calc(${plotLeft - 1}px + (100% - ${plotLeft + MARGIN.right}px) * ${share})` }}
        >
          <line x1={1} x2={1} y1={0} y2={plotHeight} stroke={colours.axis} strokeDasharray="3 3" />
        </svg>
      )}
    </div>
      {/* Which curve is which: each member's colour beside its name (the words in the text colour), and the current value's marker. */}
      <Group gap="md" mt={6} px={4} className="chart-legend" data-testid="sweep-legend">
        {lines.map((line, i) => (
          <Group key={line.id} gap={6} wrap="nowrap">
            <span className="legend-swatch" style={{ background: seriesColours[i % seriesColours.length], height: 3 }} />
            <Text size="xs">{line.name}</Text>
          </Group>
        ))}
        {share !== null && (
          <Group gap={6} wrap="nowrap">
            <span className="legend-line legend-current" />
            <Text size="xs">{currentLabel}</Text>
          </Group>
        )}
      </Group>
    </div>
  );
});

const SweepCurves = memo(function SweepCurves({ points, lines, currency, language, height, unit }: Omit<Props, 'current' | 'currentLabel'>) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      <LineChart data={points as Record<string, number>[]} margin={MARGIN}>
        <CartesianGrid stroke={colours.grid} vertical={false} />
        <XAxis
          dataKey="value"
          type="number"
          domain={['dataMin', 'dataMax']}
          tickFormatter={(v: number) => `${v.toLocaleString(intlLocale(language))}${unit}`}
          tick={{ fontSize: 11, fill: colours.axis }}
          stroke={colours.grid}
        />
        <YAxis tickFormatter={(v: number) => compactMajor(v, language)} tick={{ fontSize: 11, fill: colours.axis }} width={56} stroke={colours.grid} />
        <Tooltip
          contentStyle={{ fontSize: 12 }}
          itemStyle={{ color: 'var(--mantine-color-text)' }}
          labelFormatter={(label) => `${String(label)}${unit}`}
          formatter={(value, name) => [formatMoney(Number(value), currency, language), String(name)]}
        />
        {lines.map((line, i) => (
          <Line key={line.id} dataKey={line.id} name={line.name} type="linear" dot={false} strokeWidth={2} stroke={seriesColours[i % seriesColours.length]} isAnimationActive={false} />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
});
