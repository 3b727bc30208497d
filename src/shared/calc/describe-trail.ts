/**
 * Renders a charge's trail in words (sv, nb, en) for the UI and the annex. The words come from the
 * message catalogue (shared/i18n: trail.*, and enum.* for metrics, rounding modes and band edges);
 * numbers, amounts and rates via Intl. The structured trail stays the source of truth.
 */
import { intlLocale, type Language } from '../domain/languages';
import { formatMoney } from '../format/numbers';
import { enumWord, ref, translate } from '../i18n/translate';
import type { RoundingMode } from './exact';
import type { AdjustmentCharge, ChargeTrail, ComponentCharge, MemberYearCharge } from './result.types';

export type TrailLanguage = Language;


/** A rate as written in the key ("0.70", "12.50", "25"), in the language's number and currency format, exactly (no float). */
function formatRate(rate: string, currency: string, locale: string): string {
  const decimals = /\.(\d+)$/u.exec(rate)?.[1]?.length ?? 0;
  return new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(rate as unknown as number);
}

/** The metric's word ("invånare" for population) where the catalogue has one; a metric of the user's own naming as written. */
const metricWord = (lang: TrailLanguage, name: string): string => enumWord(lang, 'metric', name);

export function describeTrail(trail: ChargeTrail, lang: TrailLanguage, currency: string, amount?: number): string {
  const locale = intlLocale(lang);
  const num = (n: number): string => new Intl.NumberFormat(locale).format(n);
  const cur = (n: number): string => formatMoney(n, currency, lang, { decimals: 'always' });
  const rate = (r: string): string => formatRate(r, currency, locale);
  const open = translate(lang, 'trail.bandOpen');
  const parts: string[] = [];
  if (trail.oneTime) parts.push(translate(lang, 'trail.oneTime'));
  if (trail.override) parts.push(translate(lang, 'trail.override', { ids: trail.override.replaces.join(', ') }));
  if (trail.metric) {
    const m = trail.metric;
    const dated = m.referenceDate ? translate(lang, 'trail.metricAsOf', { date: m.referenceDate }) : String(m.year);
    const when = m.projected ? translate(lang, 'trail.metricProjected', { when: dated }) : dated;
    parts.push(translate(lang, 'trail.metric', { name: metricWord(lang, m.name), value: num(m.value), when }));
  }
  if (trail.band) {
    const b = trail.band;
    parts.push(translate(lang, 'trail.band', { from: num(b.from), to: b.to === null ? open : num(b.to), edge: ref(`enum.bandEdge.${b.edge}`) }));
  }
  if (trail.marginal) {
    const slices = trail.marginal.map((m) => translate(lang, 'trail.marginalSlice', { units: num(m.units), from: num(m.from), to: m.to === null ? open : num(m.to), rate: rate(m.rate) }));
    parts.push(translate(lang, 'trail.marginal', { slices: slices.join(' + ') }));
  }
  if (trail.rate !== undefined) parts.push(translate(lang, 'trail.rate', { rate: rate(trail.rate) }));
  if (trail.flatAmount !== undefined) parts.push(translate(lang, 'trail.flat', { amount: cur(trail.flatAmount) }));
  if (trail.pool) {
    const p = trail.pool;
    parts.push(translate(lang, 'trail.pool', { share: p.sharePercent, pool: cur(p.amount), weight: num(p.weight), total: num(p.totalWeight) }));
  }
  if (trail.clamp) parts.push(translate(lang, trail.clamp.kind === 'min' ? 'trail.clampMin' : 'trail.clampMax', { amount: cur(trail.clamp.amount) }));
  if (trail.proRata) {
    const p = trail.proRata;
    parts.push(translate(lang, p.mode === 'day' ? 'trail.proRataDay' : 'trail.proRataMonth', { numerator: p.numerator, denominator: p.denominator }));
  }
  parts.push(roundingText(lang, cur(trail.rounding.unit), trail.rounding.mode));
  if (amount !== undefined) parts.push(translate(lang, 'trail.result', { amount: cur(amount) }));
  return parts.join('; ');
}

const roundingText = (lang: TrailLanguage, unit: string, mode: RoundingMode): string => translate(lang, 'trail.rounding', { unit, mode: ref(`enum.roundingMode.${mode}`) });

/** A component charge with its subsidies, in words. */
export function describeCharge(charge: ComponentCharge, lang: TrailLanguage, currency: string): string {
  const base = charge.trail ? describeTrail(charge.trail, lang, currency, charge.amount) : formatMoney(charge.amount, currency, lang, { decimals: 'always' });
  const subs = charge.subsidies.map((s) => translate(lang, 'trail.subsidy', { funder: s.funder, amount: formatMoney(s.amount, currency, lang, { decimals: 'always' }) }));
  return [`${charge.label}: ${base}`, ...subs].join('; ');
}

/** A per-member adjustment in words: what, how it was computed, the amount, and why. */
export function describeAdjustment(a: AdjustmentCharge, lang: TrailLanguage, currency: string): string {
  const cur = (n: number): string => formatMoney(n, currency, lang, { decimals: 'always' });
  const parts: string[] = [translate(lang, a.kind === 'surcharge' ? 'trail.surcharge' : 'trail.discount')];
  if (a.basis.percent !== undefined) {
    parts.push(translate(lang, 'trail.adjustmentPercent', { percent: a.basis.percent, base: cur(a.basis.base) }));
    if (a.basis.param !== undefined) parts.push(translate(lang, 'trail.adjustmentParam', { name: a.basis.param }));
    parts.push(roundingText(lang, cur(a.basis.rounding.unit), a.basis.rounding.mode));
  }
  if (a.basis.fixedAmount !== undefined) parts.push(translate(lang, 'trail.adjustmentFixed', { amount: cur(a.basis.fixedAmount) }));
  if (a.basis.capped) parts.push(translate(lang, 'trail.adjustmentCapped'));
  parts.push(translate(lang, 'trail.result', { amount: cur(a.amount) }));
  parts.push(translate(lang, 'trail.adjustmentReason', { reason: a.reason }));
  return `${a.label}: ${parts.join('; ')}`;
}

/** Every line of a member's year, including the rounding adjustment and the per-member adjustments when there are any. */
export function describeMemberYear(y: MemberYearCharge, lang: TrailLanguage, currency: string): string[] {
  const lines = y.components.map((c) => describeCharge(c, lang, currency));
  if (y.roundingAdjustment !== 0) lines.push(translate(lang, 'trail.adjustment', { amount: formatMoney(y.roundingAdjustment, currency, lang, { decimals: 'always' }) }));
  for (const a of y.adjustments) lines.push(describeAdjustment(a, lang, currency));
  return lines;
}
