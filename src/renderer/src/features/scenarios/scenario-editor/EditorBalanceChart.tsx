import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { colours, compactMajor } from '../../../charts/chart-format';
import type { Language } from '../../../format/locales';
import { formatMoney } from '../../../../../shared/format/numbers';
import type { EditorBalanceYear } from './editor-balance';

const FILL = { members: '#1d6e84', subsidies: '#6a5fb5', secured: '#3f9e5a', expected: '#d9822b', uncertain: '#d9822b', costs: '#7a8793', balance: '#c2415b' };

/**
 * Costs beside what pays for them, per year: the members' charges, subsidies and external funding
 * stacked by status (uncertain hatched), and the balance as a line. Amounts stay in minor units;
 * the axis and tooltip format them.
 */
export const EditorBalanceChart = memo(function EditorBalanceChart({ years, currency, language }: { years: EditorBalanceYear[]; currency: string; language: Language }) {
  const { t } = useTranslation();
  const data = years.map((y) => ({ ...y, year: String(y.year), costs: y.costs ?? 0, balance: y.balance ?? 0 }));
  const has = (k: 'subsidies' | 'secured' | 'expected' | 'uncertain') => years.some((y) => y[k] !== 0);
  return (
    <div data-testid="editor-balance-chart" role="img" aria-label={t('scenarioEditor.balance.chartLabel')}>
      <ResponsiveContainer width="100%" height={240}>
        <ComposedChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: 8 }} barGap={4}>
          <defs>
            <pattern id="editor-uncertain-hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
              <rect width="6" height="6" fill="#fbead9" />
              <line x1="0" y1="0" x2="0" y2="6" stroke={FILL.uncertain} strokeWidth="3" />
            </pattern>
          </defs>
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke={colours.grid} />
          <XAxis dataKey="year" tickLine={false} axisLine={{ stroke: '#ced4da' }} fontSize={12} />
          <YAxis tickFormatter={(v: number) => compactMajor(v, language)} tickLine={false} axisLine={false} fontSize={12} width={64} />
          <Tooltip formatter={(value, name) => [formatMoney(Number(value), currency, language), String(name)]} cursor={{ fill: 'rgba(0,0,0,0.04)' }} itemStyle={{ color: 'var(--mantine-color-text)' }} />
          <Legend iconType="square" wrapperStyle={{ fontSize: 12 }} formatter={(value: string) => <span className="chart-legend-text">{value}</span>} />
          <Bar dataKey="costs" name={t('scenarioEditor.balance.costs')} fill={FILL.costs} isAnimationActive={false} maxBarSize={44} />
          <Bar dataKey="memberCharges" name={t('scenarioEditor.balance.memberCharges')} fill={FILL.members} stackId="in" isAnimationActive={false} maxBarSize={44} />
          {has('subsidies') && <Bar dataKey="subsidies" name={t('scenarioEditor.balance.subsidies')} fill={FILL.subsidies} stackId="in" isAnimationActive={false} maxBarSize={44} />}
          {has('secured') && <Bar dataKey="secured" name={t('scenarioEditor.balance.secured')} fill={FILL.secured} stackId="in" isAnimationActive={false} maxBarSize={44} />}
          {has('expected') && <Bar dataKey="expected" name={t('scenarioEditor.balance.expected')} fill={FILL.expected} stackId="in" isAnimationActive={false} maxBarSize={44} />}
          {has('uncertain') && (
            <Bar dataKey="uncertain" name={t('scenarioEditor.balance.uncertain')} fill="url(#editor-uncertain-hatch)" stroke={FILL.uncertain} strokeDasharray="4 2" stackId="in" isAnimationActive={false} maxBarSize={44} />
          )}
          <Line dataKey="balance" name={t('scenarioEditor.balance.balance')} stroke={FILL.balance} strokeWidth={2} dot={{ r: 3 }} isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
});
