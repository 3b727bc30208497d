/**
 * Subsidies: a named funder pays a share of a component's charge, or an amount per unit of a
 * metric, for eligible members in given calendar or contract years. Never more than the charge.
 */
import { compareDates } from './dates';
import { roundProduct } from './exact';
import type { Subsidy } from './key.types';
import type { ResolvedMember } from './resolved.types';
import type { SubsidyCharge } from './result.types';
import type { ProRataFactor } from './fees';

/** Whether the member is eligible at all (offer window, category); checked once per member. */
export function eligibleMember(s: Subsidy, m: ResolvedMember): boolean {
  if (s.categories !== null && !s.categories.includes(m.category)) return false;
  if (s.joinedFrom !== null || s.joinedTo !== null) {
    if (m.joinedDate === null) return false;
    if (s.joinedFrom !== null && compareDates(m.joinedDate, s.joinedFrom) < 0) return false;
    if (s.joinedTo !== null && compareDates(m.joinedDate, s.joinedTo) > 0) return false;
  }
  return true;
}

/** Contract year 1 is the calendar year of joining; null when the join date is unknown. */
export function contractYear(m: ResolvedMember, year: number): number | null {
  return m.joinYear === null ? null : year - m.joinYear + 1;
}

export function applySubsidies(subs: readonly Subsidy[], eligible: readonly boolean[], m: ResolvedMember, t: number, year: number, amount: number, factor: ProRataFactor): SubsidyCharge[] {
  const out: SubsidyCharge[] = [];
  let left = amount;
  for (let i = 0; i < subs.length; i++) {
    const s = subs[i] as Subsidy;
    if (!eligible[i] || left <= 0) continue;
    if (s.calendarYears !== null && !s.calendarYears.includes(year)) continue;
    const cy = contractYear(m, year);
    if (s.contractYears !== null && (cy === null || !s.contractYears.includes(cy))) continue;
    let pay: number;
    let basis: SubsidyCharge['basis'];
    if (s.share) {
      pay = roundProduct(amount, s.share.n, 1, s.share.d, 1, s.rounding, s.id);
      basis = { sharePercent: s.shareText as string, capped: false, contractYear: cy };
    } else {
      const pu = s.perUnit as NonNullable<Subsidy['perUnit']>;
      const units = m.metrics[pu.metric.key]?.values[t] as number;
      const f = s.proRata ? factor : { n: 1, d: 1 };
      pay = roundProduct(pu.rate.n, units, f.n, pu.rate.d, f.d, s.rounding, s.id);
      basis = { rate: pu.rateText, units, capped: false, contractYear: cy };
    }
    if (pay > left) {
      pay = left;
      basis = { ...basis, capped: true };
    }
    if (pay === 0) continue;
    left -= pay;
    out.push({ subsidyId: s.id, funder: s.funder, amount: pay, basis });
  }
  return out;
}
