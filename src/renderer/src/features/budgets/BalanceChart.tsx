import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { BalanceYear } from '../../../../shared/api/channels/budgets.channels';
import { intlLocale, type Language } from '../../format/locales';
import { formatMoney } from '../../../../shared/format/numbers';

const COLORS = { costs: '#c2554d', revenue: '#1d6e84', secured: '#3a899e', expected: '#79b0bd', uncertain: '#79b0bd' };

/** Minor units to whole currency units for the axis: recharts needs numbers, and the scale is in kronor. */
const toUnits = (minor: number): number => Math.round(minor / 100);

/**
 * Costs against what pays for them, per year: revenue of the budget and funding stacked by
 * status, with uncertain funding hatched so nobody reads it as money in the bank.
 */
export function BalanceChart({ balance, currency, language }: { balance: BalanceYear[]; currency: string; language: Language }) {
  const { t } = useTranslation();
  const data = balance.map((b) => ({
    year: String(b.year),
    costs: toUnits(b.costs),
    revenue: toUnits(b.revenue),
    secured: toUnits(b.secured),
    expected: toUnits(b.expected),
    uncertain: toUnits(b.uncertain),
  }));
  const hasFunding = balance.some((b) => b.secured + b.expected + b.uncertain > 0);
  const hasRevenue = balance.some((b) => b.revenue > 0);
  const axis = (value: number) =>
    new Intl.NumberFormat(intlLocale(language), { notation: 'compact', maximumFractionDigits: 1 }).format(value);
  const money = (value: number) => formatMoney(value * 100, currency, language);
  return (
    <div className="balance-chart" data-testid="balance-chart" role="img" aria-label={t('budgets.chartLabel')}>
      <ResponsiveContainer width="100%" height={260}>
        <BarChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: 8 }} barGap={4}>
          <defs>
            <pattern id="uncertain-hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
              <rect width="6" height="6" fill="#e3eff2" />
              <line x1="0" y1="0" x2="0" y2="6" stroke={COLORS.uncertain} strokeWidth="3" />
            </pattern>
          </defs>
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e9ecef" />
          <XAxis dataKey="year" tickLine={false} axisLine={{ stroke: '#ced4da' }} fontSize={12} />
          <YAxis tickFormatter={axis} tickLine={false} axisLine={false} fontSize={12} width={56} />
          <Tooltip formatter={(value, name) => [money(Number(value)), String(name)]} cursor={{ fill: 'rgba(0,0,0,0.04)' }} itemStyle={{ color: 'var(--mantine-color-text)' }} />
          <Legend iconType="square" wrapperStyle={{ fontSize: 12 }} formatter={(value: string) => <span className="chart-legend-text">{value}</span>} />
          <Bar dataKey="costs" name={t('budgets.chart.costs')} fill={COLORS.costs} stackId="costs" isAnimationActive={false} maxBarSize={48} />
          {hasRevenue && <Bar dataKey="revenue" name={t('budgets.chart.revenue')} fill={COLORS.revenue} stackId="funding" isAnimationActive={false} maxBarSize={48} />}
          {hasFunding && <Bar dataKey="secured" name={t('budgets.chart.secured')} fill={COLORS.secured} stackId="funding" isAnimationActive={false} maxBarSize={48} />}
          {hasFunding && <Bar dataKey="expected" name={t('budgets.chart.expected')} fill={COLORS.expected} stackId="funding" isAnimationActive={false} maxBarSize={48} />}
          {hasFunding && (
            <Bar dataKey="uncertain" name={t('budgets.chart.uncertain')} fill="url(#uncertain-hatch)" stroke={COLORS.uncertain} strokeDasharray="4 2" stackId="funding" isAnimationActive={false} maxBarSize={48} />
          )}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
