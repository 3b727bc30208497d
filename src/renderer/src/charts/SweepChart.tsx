import { memo } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatMoney } from '../format/numbers';
import type { Language } from '../format/locales';
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
}

/** Selected members' charges as one parameter runs over its range, with the current value marked. */
export const SweepChart = memo(function SweepChart({ points, lines, current, currency, language, height, unit }: Props) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      <LineChart data={points as Record<string, number>[]} margin={{ top: 8, right: 16, bottom: 0, left: 4 }}>
        <CartesianGrid stroke={colours.grid} vertical={false} />
        <XAxis
          dataKey="value"
          type="number"
          domain={['dataMin', 'dataMax']}
          tickFormatter={(v: number) => `${v.toLocaleString(language === 'en' ? 'en-GB' : language === 'nb' ? 'nb-NO' : 'sv-SE')}${unit}`}
          tick={{ fontSize: 11, fill: colours.axis }}
          stroke={colours.grid}
        />
        <YAxis tickFormatter={(v: number) => compactMajor(v, language)} tick={{ fontSize: 11, fill: colours.axis }} width={56} stroke={colours.grid} />
        <Tooltip
          contentStyle={{ fontSize: 12 }}
          labelFormatter={(label) => `${String(label)}${unit}`}
          formatter={(value, name) => [formatMoney(Number(value), currency, language), String(name)]}
        />
        <ReferenceLine x={current} stroke={colours.axis} strokeDasharray="3 3" />
        {lines.map((line, i) => (
          <Line key={line.id} dataKey={line.id} name={line.name} type="linear" dot={false} strokeWidth={2} stroke={seriesColours[i % seriesColours.length]} isAnimationActive={false} />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
});
