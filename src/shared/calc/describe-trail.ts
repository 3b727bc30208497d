/**
 * Renders a charge's trail in words (sv, nb, en) for the UI and the annex. Simple templates;
 * numbers via Intl. The structured trail stays the source of truth.
 */
import { translate } from '../i18n/translate';
import { formatMoney } from './money';
import type { AdjustmentCharge, ChargeTrail, ComponentCharge, MemberYearCharge } from './result.types';

export type TrailLanguage = 'sv' | 'nb' | 'en';

const LOCALE: Record<TrailLanguage, string> = { sv: 'sv-SE', nb: 'nb-NO', en: 'en-GB' };

const T = {
  sv: {
    metric: (name: string, value: string, year: number, ref: string, projected: boolean) => `${name} ${value} (${ref ? `per ${ref}` : year}${projected ? ', framskrivet' : ''})`,
    band: (from: string, to: string, edge: string) => `intervall ${from}–${to} (${edge === 'lower-inclusive' ? 'nedre gräns ingår' : 'övre gräns ingår'})`,
    open: 'och uppåt',
    rate: (rate: string) => `${rate} per enhet`,
    flat: (amount: string) => `fast belopp ${amount}`,
    pool: (share: string, pool: string, w: string, W: string) => `${share} % av ${pool} fördelat med vikt ${w} av ${W}`,
    proRata: (n: number, d: number, mode: string) => `${mode === 'day' ? 'dagar' : 'månader'} ${n}/${d} av året`,
    clamp: (kind: string, amount: string) => (kind === 'min' ? `lägst ${amount}` : `högst ${amount}`),
    override: (ids: string) => `ersätter ${ids}`,
    oneTime: 'engångsavgift vid anslutning',
    rounding: (unit: string, mode: string) => `avrundat till ${unit} (${mode})`,
    result: (amount: string) => `= ${amount}`,
    subsidy: (funder: string, amount: string) => `${funder} betalar ${amount}`,
    adjustment: (amount: string) => `avrundningsjustering ${amount}`,
  },
  nb: {
    metric: (name: string, value: string, year: number, ref: string, projected: boolean) => `${name} ${value} (${ref ? `per ${ref}` : year}${projected ? ', framskrevet' : ''})`,
    band: (from: string, to: string, edge: string) => `intervall ${from}–${to} (${edge === 'lower-inclusive' ? 'nedre grense inkludert' : 'øvre grense inkludert'})`,
    open: 'og oppover',
    rate: (rate: string) => `${rate} per enhet`,
    flat: (amount: string) => `fast beløp ${amount}`,
    pool: (share: string, pool: string, w: string, W: string) => `${share} % av ${pool} fordelt med vekt ${w} av ${W}`,
    proRata: (n: number, d: number, mode: string) => `${mode === 'day' ? 'dager' : 'måneder'} ${n}/${d} av året`,
    clamp: (kind: string, amount: string) => (kind === 'min' ? `minst ${amount}` : `høyst ${amount}`),
    override: (ids: string) => `erstatter ${ids}`,
    oneTime: 'engangsavgift ved tilslutning',
    rounding: (unit: string, mode: string) => `avrundet til ${unit} (${mode})`,
    result: (amount: string) => `= ${amount}`,
    subsidy: (funder: string, amount: string) => `${funder} betaler ${amount}`,
    adjustment: (amount: string) => `avrundingsjustering ${amount}`,
  },
  en: {
    metric: (name: string, value: string, year: number, ref: string, projected: boolean) => `${name} ${value} (${ref ? `as of ${ref}` : year}${projected ? ', projected' : ''})`,
    band: (from: string, to: string, edge: string) => `band ${from}–${to} (${edge === 'lower-inclusive' ? 'lower bound inclusive' : 'upper bound inclusive'})`,
    open: 'and above',
    rate: (rate: string) => `${rate} per unit`,
    flat: (amount: string) => `flat amount ${amount}`,
    pool: (share: string, pool: string, w: string, W: string) => `${share} % of ${pool} shared by weight ${w} of ${W}`,
    proRata: (n: number, d: number, mode: string) => `${mode === 'day' ? 'days' : 'months'} ${n}/${d} of the year`,
    clamp: (kind: string, amount: string) => (kind === 'min' ? `at least ${amount}` : `at most ${amount}`),
    override: (ids: string) => `replaces ${ids}`,
    oneTime: 'one-time fee on joining',
    rounding: (unit: string, mode: string) => `rounded to ${unit} (${mode})`,
    result: (amount: string) => `= ${amount}`,
    subsidy: (funder: string, amount: string) => `${funder} pays ${amount}`,
    adjustment: (amount: string) => `rounding adjustment ${amount}`,
  },
} as const;

export function describeTrail(trail: ChargeTrail, lang: TrailLanguage, currency: string, amount?: number): string {
  const t = T[lang];
  const locale = LOCALE[lang];
  const num = (n: number): string => new Intl.NumberFormat(locale).format(n);
  const cur = (n: number): string => formatMoney(n, currency, locale);
  const parts: string[] = [];
  if (trail.oneTime) parts.push(t.oneTime);
  if (trail.override) parts.push(t.override(trail.override.replaces.join(', ')));
  if (trail.metric) parts.push(t.metric(trail.metric.name, num(trail.metric.value), trail.metric.year, trail.metric.referenceDate ?? '', trail.metric.projected));
  if (trail.band) parts.push(t.band(num(trail.band.from), trail.band.to === null ? t.open : num(trail.band.to), trail.band.edge));
  if (trail.marginal) {
    const slices = trail.marginal.map((m) => translate(lang, 'trail.marginalSlice', { units: num(m.units), from: num(m.from), to: m.to === null ? t.open : num(m.to), rate: `${m.rate} ${currency}` }));
    parts.push(translate(lang, 'trail.marginal', { slices: slices.join(' + ') }));
  }
  if (trail.rate !== undefined) parts.push(t.rate(`${trail.rate} ${currency}`));
  if (trail.flatAmount !== undefined) parts.push(t.flat(cur(trail.flatAmount)));
  if (trail.pool) parts.push(t.pool(trail.pool.sharePercent, cur(trail.pool.amount), num(trail.pool.weight), num(trail.pool.totalWeight)));
  if (trail.clamp) parts.push(t.clamp(trail.clamp.kind, cur(trail.clamp.amount)));
  if (trail.proRata) parts.push(t.proRata(trail.proRata.numerator, trail.proRata.denominator, trail.proRata.mode));
  parts.push(t.rounding(cur(trail.rounding.unit), trail.rounding.mode));
  if (amount !== undefined) parts.push(t.result(cur(amount)));
  return parts.join('; ');
}

/** A component charge with its subsidies, in words. */
export function describeCharge(charge: ComponentCharge, lang: TrailLanguage, currency: string): string {
  const base = charge.trail ? describeTrail(charge.trail, lang, currency, charge.amount) : formatMoney(charge.amount, currency, LOCALE[lang]);
  const subs = charge.subsidies.map((s) => T[lang].subsidy(s.funder, formatMoney(s.amount, currency, LOCALE[lang])));
  return [`${charge.label}: ${base}`, ...subs].join('; ');
}

/** A per-member adjustment in words: what, how it was computed, the amount, and why. */
export function describeAdjustment(a: AdjustmentCharge, lang: TrailLanguage, currency: string): string {
  const t = T[lang];
  const cur = (n: number): string => formatMoney(n, currency, LOCALE[lang]);
  const parts: string[] = [translate(lang, a.kind === 'surcharge' ? 'trail.surcharge' : 'trail.discount')];
  if (a.basis.percent !== undefined) {
    parts.push(translate(lang, 'trail.adjustmentPercent', { percent: a.basis.percent, base: cur(a.basis.base) }));
    if (a.basis.param !== undefined) parts.push(translate(lang, 'trail.adjustmentParam', { name: a.basis.param }));
    parts.push(t.rounding(cur(a.basis.rounding.unit), a.basis.rounding.mode));
  }
  if (a.basis.fixedAmount !== undefined) parts.push(translate(lang, 'trail.adjustmentFixed', { amount: cur(a.basis.fixedAmount) }));
  if (a.basis.capped) parts.push(translate(lang, 'trail.adjustmentCapped'));
  parts.push(t.result(cur(a.amount)));
  parts.push(translate(lang, 'trail.adjustmentReason', { reason: a.reason }));
  return `${a.label}: ${parts.join('; ')}`;
}

/** Every line of a member's year, including the rounding adjustment and the per-member adjustments when there are any. */
export function describeMemberYear(y: MemberYearCharge, lang: TrailLanguage, currency: string): string[] {
  const lines = y.components.map((c) => describeCharge(c, lang, currency));
  if (y.roundingAdjustment !== 0) lines.push(T[lang].adjustment(formatMoney(y.roundingAdjustment, currency, LOCALE[lang])));
  for (const a of y.adjustments) lines.push(describeAdjustment(a, lang, currency));
  return lines;
}
