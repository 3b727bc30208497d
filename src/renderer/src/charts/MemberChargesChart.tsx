import { memo } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatMoney } from '../format/numbers';
import type { Language } from '../format/locales';
import { colours, compactMajor } from './chart-format';

export interface MemberBar {
  id: string;
  name: string;
  value: number;
}

interface Props {
  data: readonly MemberBar[];
  currency: string;
  language: Language;
  height: number;
  /** Diverging: increases and decreases in two colours around zero. */
  diverging?: boolean;
  valueLabel: string;
}

/**
 * Members as horizontal bars, sorted (what each pays, or how much that changes). Memoised: it
 * draws again only when its numbers change, which is what keeps a slider step within a frame.
 */
export const MemberChargesChart = memo(function MemberChargesChart({ data, currency, language, height, diverging = false, valueLabel }: Props) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={data as MemberBar[]} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 4 }} barCategoryGap={3}>
        <CartesianGrid horizontal={false} stroke={colours.grid} />
        <XAxis
          type="number"
          tickFormatter={(value: number) => compactMajor(value, language)}
          tick={{ fontSize: 11, fill: colours.axis }}
          stroke={colours.grid}
          domain={diverging ? ['auto', 'auto'] : [0, 'auto']}
        />
        <YAxis type="category" dataKey="name" width={128} tick={{ fontSize: 11, fill: '#343a40' }} interval={0} stroke={colours.grid} />
        <Tooltip
          cursor={{ fill: 'rgba(29,110,132,0.06)' }}
          formatter={(value) => [formatMoney(Number(value), currency, language), valueLabel]}
          contentStyle={{ fontSize: 12 }}
        />
        <Bar dataKey="value" isAnimationActive={false} radius={diverging ? 0 : [0, 2, 2, 0]}>
          {data.map((d) => (
            <Cell
              key={d.id}
              fill={diverging ? (d.value > 0 ? colours.increase : colours.decrease) : d.id === '__others' ? '#a9b8c0' : colours.primary}
            />
          ))}
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
});
