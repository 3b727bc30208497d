/**
 * Fee components: each member's charge from its own data (band, rate, category, fixed),
 * with floor/cap on the annual amount, then pro rata, then the component's rounding.
 */
import { findBand } from './bands';
import type { Ratio, RoundingRule } from './exact';
import { roundProduct, roundRatioBig } from './exact';
import { MAX_AMOUNT, amountTooLarge } from './limits';
import type { Band, Edge, FeeComponent, OverrideComponent, ProRata, ProRataMode, RateStep } from './key.types';
import type { ResolvedMember } from './resolved.types';
import type { ChargeTrail } from './result.types';

export interface ProRataFactor {
  readonly mode: ProRataMode;
  readonly n: number;
  readonly d: number;
}

const WHOLE: ProRataFactor = { mode: 'none', n: 1, d: 1 };

/** The part of year index t a member pays for under a pro-rata rule. */
export function proRataFactor(m: ResolvedMember, t: number, rule: ProRata, daysInYear: number): ProRataFactor {
  if (rule.join === 'none' && rule.leave === 'none') return WHOLE;
  const mode = rule.join !== 'none' ? rule.join : rule.leave;
  if (mode === 'day') {
    const s = rule.join === 'day' ? (m.startDay[t] as number) : 1;
    const e = rule.leave === 'day' ? (m.endDay[t] as number) : daysInYear;
    const n = e - s + 1;
    return n === daysInYear ? WHOLE : { mode, n, d: daysInYear };
  }
  const s = rule.join === 'month' ? (m.startMonth[t] as number) : 1;
  const e = rule.leave === 'month' ? (m.endMonth[t] as number) : 12;
  const n = e - s + 1;
  return n === 12 ? WHOLE : { mode, n, d: 12 };
}

/** The rate step in force in `year`: the last one from that year or before (the first applies before any). */
export function rateStepFor(rates: readonly RateStep[], year: number): RateStep {
  let step = rates[0] as RateStep;
  for (let i = 1; i < rates.length; i++) {
    const s = rates[i] as RateStep;
    if (s.fromYear <= year) step = s;
  }
  return step;
}

/** The part of `value` inside band b (0 when the value does not reach it): a marginal band's units. */
export function marginalUnits(b: Band, value: number): number {
  if (value <= b.from) return 0;
  return (b.to === null || value < b.to ? value : b.to) - b.from;
}

let lastClamp: ChargeTrail['clamp'];

/** The floor or cap the last marginalFee call applied (undefined when none), for the trail. */
export function marginalClamp(): ChargeTrail['clamp'] {
  return lastClamp;
}

/**
 * Marginal bands: the annual amount is the exact sum over the bands of (the part of `value` inside
 * the band) × (its rate); then the floor or cap, then × pro rata fn/fd, rounded once by the rule.
 * `den` is a common denominator of the rates and nums[b] each rate over it (den 0: use BigInt).
 * Plain numbers while everything fits in 2^53, BigInt otherwise: exact either way.
 */
export function marginalFee(bands: readonly Band[], den: number, nums: readonly number[], value: number, min: number | null, max: number | null, fn: number, fd: number, rule: RoundingRule, what: string): number {
  lastClamp = undefined;
  if (den > 0) {
    let num = 0;
    for (let b = 0; b < bands.length; b++) {
      const band = bands[b] as Band;
      if (value <= band.from) break;
      num += ((band.to === null || value < band.to ? value : band.to) - band.from) * (nums[b] as number);
    }
    // The parts are non-negative: a safe sum means every product was exact too.
    const minD = min === null ? 0 : min * den;
    const maxD = max === null ? 0 : max * den;
    if (Number.isSafeInteger(num) && Number.isSafeInteger(minD) && Number.isSafeInteger(maxD)) {
      if (min !== null && num < minD) {
        lastClamp = { kind: 'min', amount: min };
        return roundProduct(min, fn, 1, 1, fd, rule, what);
      }
      if (max !== null && num > maxD) {
        lastClamp = { kind: 'max', amount: max };
        return roundProduct(max, fn, 1, 1, fd, rule, what);
      }
      // The annual amount within what the engine accepts (limits.ts); a floor or cap is a given amount.
      if (num > MAX_AMOUNT * den) throw amountTooLarge(`key.components.${what}`);
      return roundProduct(num, fn, 1, den, fd, rule, what);
    }
  }
  let d = 1n;
  for (const band of bands) {
    const rd = BigInt((band.rate as Ratio).d);
    let a = d;
    let b = rd;
    while (b !== 0n) [a, b] = [b, a % b];
    d = (d / a) * rd;
  }
  let n = 0n;
  for (const band of bands) {
    const units = marginalUnits(band, value);
    if (units === 0) break;
    const rate = band.rate as Ratio;
    n += BigInt(units) * BigInt(rate.n) * (d / BigInt(rate.d));
  }
  if (min !== null && n < BigInt(min) * d) {
    lastClamp = { kind: 'min', amount: min };
    n = BigInt(min);
    d = 1n;
  } else if (max !== null && n > BigInt(max) * d) {
    lastClamp = { kind: 'max', amount: max };
    n = BigInt(max);
    d = 1n;
  }
  if (n > BigInt(MAX_AMOUNT) * d) throw amountTooLarge(`key.components.${what}`);
  return roundRatioBig(n * BigInt(fn), d * BigInt(fd), rule, what);
}

export type MemberTraits = { readonly id: string; readonly category: string; readonly invoicedVia: string | null };

/** What `make` gives for `key`, made once per key object and kept as long as the key lives. */
function once<K extends object, V>(cache: WeakMap<K, V>, key: K, make: () => V): V {
  let made = cache.get(key);
  if (made === undefined) {
    made = make();
    cache.set(key, made);
  }
  return made;
}

/** A component's member list as a set, made once per list: asked for every member-year, a search of a long list grew with the square of the size. */
const listedMembers = new WeakMap<readonly string[], ReadonlySet<string>>();

function isListed(list: readonly string[], id: string): boolean {
  return list.length <= 8 ? list.includes(id) : once(listedMembers, list, () => new Set(list)).has(id);
}

export function appliesTo(c: FeeComponent, m: MemberTraits): boolean {
  if (c.categories !== null && !c.categories.includes(m.category)) return false;
  if (c.members !== null && !isListed(c.members, m.id)) return false;
  // Group membership = invoiced through an administrative party (gruppmedlemskap).
  if (c.membership !== null && (c.membership === 'group') !== (m.invoicedVia !== null)) return false;
  return true;
}

/** An override only matters for members that a component it replaces applies to. */
export function overrideRelevant(o: OverrideComponent, fees: readonly FeeComponent[], m: MemberTraits): boolean {
  if (o.categories !== null && !o.categories.includes(m.category)) return false;
  return fees.some((f) => o.replaces.includes(f.id) && appliesTo(f, m));
}

export interface FeeCharge {
  readonly amount: number;
  readonly factor: ProRataFactor;
  readonly trail: ChargeTrail | null;
}

/** Charges fee component c to member m in year index t, or returns null when it does not apply. */
export function chargeFee(c: FeeComponent, m: ResolvedMember, t: number, year: number, daysInYear: number, withTrail: boolean, replaces: readonly string[] | null): FeeCharge | null {
  if (!appliesTo(c, m)) return null;
  const oneTime = c.recurrence === 'on-join';
  if (oneTime && m.joinYear !== year) return null;
  // One-time fees are never prorated: they are due in full on joining.
  const factor = oneTime ? WHOLE : proRataFactor(m, t, c.proRata, daysInYear);

  // The annual amount as an exact ratio num/den of minor units.
  let num: number;
  let den = 1;
  let value = NaN;
  let bandIndex = -1;
  let rateText: string | undefined;
  let flat: number | undefined;
  switch (c.kind) {
    case 'banded': {
      value = m.metrics[c.metric.key]?.values[t] as number;
      const band = findBand(c.bands, c.edge, value);
      bandIndex = band.index;
      num = band.amount as number;
      flat = num;
      break;
    }
    case 'per-unit': {
      value = m.metrics[c.metric.key]?.values[t] as number;
      if (c.bandMode === 'marginal') {
        const bands = c.bands as readonly Band[];
        const amount = marginalFee(bands, c.marginalDen, c.marginalNum, value, c.min, c.max, factor.n, factor.d, c.rounding, c.id);
        const clamp = marginalClamp();
        if (!withTrail) return { amount, factor, trail: null };
        const trail = trailOf(c, m, t, value, -1, undefined, undefined, factor, clamp, oneTime, replaces);
        const slices: NonNullable<ChargeTrail['marginal']>[number][] = [];
        for (const b of bands) {
          const units = marginalUnits(b, value);
          if (units === 0) break;
          slices.push({ index: b.index, from: b.from, to: b.to, units, rate: b.rateText as string });
        }
        return { amount, factor, trail: { ...trail, marginal: slices } };
      }
      let rate: Ratio;
      if (c.bands) {
        const band = findBand(c.bands, c.edge, value);
        bandIndex = band.index;
        if (band.rate === null) {
          num = band.amount as number;
          flat = num;
          break;
        }
        rate = band.rate;
        rateText = band.rateText as string;
      } else {
        const step = rateStepFor(c.rates, year);
        rate = step.rate;
        rateText = step.text;
      }
      num = rate.n * value;
      den = rate.d;
      if (!Number.isSafeInteger(num)) {
        // Rare: a huge metric at a fine rate. Round straight from the factors, exactly.
        const amount = roundProduct(rate.n, value, factor.n, rate.d, factor.d, c.rounding, c.id);
        return { amount, factor, trail: withTrail ? trailOf(c, m, t, value, bandIndex, rateText, undefined, factor, undefined, oneTime, replaces) : null };
      }
      break;
    }
    case 'category': {
      const a = c.amounts[m.category];
      if (a === undefined) return null;
      num = a;
      flat = a;
      break;
    }
    case 'fixed':
      num = c.amount;
      flat = num;
      break;
  }
  let clamp: ChargeTrail['clamp'];
  if (c.min !== null && num < c.min * den) {
    num = c.min;
    den = 1;
    clamp = { kind: 'min', amount: c.min };
  } else if (c.max !== null && num > c.max * den) {
    num = c.max;
    den = 1;
    clamp = { kind: 'max', amount: c.max };
  }
  const amount = roundProduct(num, factor.n, 1, den, factor.d, c.rounding, c.id);
  return { amount, factor, trail: withTrail ? trailOf(c, m, t, value, bandIndex, rateText, flat, factor, clamp, oneTime, replaces) : null };
}

function trailOf(
  c: FeeComponent,
  m: ResolvedMember,
  t: number,
  value: number,
  bandIndex: number,
  rate: string | undefined,
  flat: number | undefined,
  factor: ProRataFactor,
  clamp: ChargeTrail['clamp'],
  oneTime: boolean,
  replaces: readonly string[] | null,
): ChargeTrail {
  const trail: { -readonly [K in keyof ChargeTrail]: ChargeTrail[K] } = { rounding: c.rounding };
  if (c.kind === 'banded' || c.kind === 'per-unit') {
    const series = m.metrics[c.metric.key];
    trail.metric = { name: c.metric.name, year: series?.sourceYears[t] as number, value, referenceDate: series?.referenceDates[t] ?? null, projected: series?.projected[t] ?? false };
    const bands = c.bands;
    const band = bandIndex >= 0 && bands ? bands[bandIndex] : undefined;
    if (band) trail.band = trailBand(band, c.edge);
  }
  if (rate !== undefined) trail.rate = rate;
  if (flat !== undefined) trail.flatAmount = flat;
  if (factor.mode !== 'none') trail.proRata = { mode: factor.mode, numerator: factor.n, denominator: factor.d };
  if (clamp) trail.clamp = clamp;
  if (oneTime) trail.oneTime = true;
  if (replaces) trail.override = trailOverride(replaces);
  return trail;
}

/**
 * One trail object per band and per override list, made once and shared by every trail that names
 * it (trails are never changed after being built): tens of thousands of member-years then hold a
 * handful of band objects between them, and nothing has to look them up by value.
 */
const trailBands = new WeakMap<Band, NonNullable<ChargeTrail['band']>>();
const trailOverrides = new WeakMap<readonly string[], NonNullable<ChargeTrail['override']>>();

function trailBand(band: Band, edge: Edge): NonNullable<ChargeTrail['band']> {
  const made = once(trailBands, band, () => ({ index: band.index, from: band.from, to: band.to, edge }));
  // A band belongs to one component, whose edge rule it follows; the edge is checked all the same.
  return made.edge === edge ? made : { ...made, edge };
}

function trailOverride(replaces: readonly string[]): NonNullable<ChargeTrail['override']> {
  return once(trailOverrides, replaces, () => ({ replaces }));
}
