/**
 * The invoicing basis as data: one line per member, invoice period and component, from the
 * engine's result. Pure and deterministic, so it is tested without a workbook.
 *
 * Rules (DOMAIN.md, Bibblix): each component is invoiced yearly or quarterly, in advance — an
 * invoice is due on the first day of its period, or on the joining day when the member joins
 * later in that period. One-time fees are invoiced once, on joining. A yearly amount invoiced
 * quarterly is split over the quarters the member takes part in, weighted by its months in each,
 * with the largest-remainder method (ties to the earlier quarter), so the quarters add up to the
 * yearly amount exactly. Net and subsidy are split; gross = net + subsidy per quarter, so no
 * quarter ever asks a member for a negative amount. Group members are invoiced via their
 * administrative party.
 */
import type { ResolvedScenario, ScenarioResult } from '../../../shared/calc';

export type InvoiceFrequency = 'yearly' | 'quarterly';

export interface InvoicingRules {
  /** Frequency of components not listed in `byComponent` (and of the rounding adjustment). */
  readonly default: InvoiceFrequency;
  readonly byComponent?: Readonly<Record<string, InvoiceFrequency>>;
}

/** Bibblix: the media fee yearly in advance, the management fee quarterly in advance. */
export const BIBBLIX_INVOICING: InvoicingRules = { default: 'yearly', byComponent: { media: 'yearly', management: 'quarterly' } };

/** The pseudo-component id of an allocation's rounding adjustment. */
export const ROUNDING_LINE = '(rounding)';

export interface InvoiceLine {
  readonly year: number;
  /** 0 for a yearly (or one-time) invoice, 1–4 for a quarter. */
  readonly quarter: 0 | 1 | 2 | 3 | 4;
  /** `YYYY-MM-DD`: when the invoice is due to be sent (in advance). */
  readonly due: string;
  readonly memberId: string;
  readonly memberName: string;
  /** Who receives the invoice: the administrative party for group members, else the member. */
  readonly invoiceToId: string;
  readonly invoiceToName: string;
  readonly componentId: string;
  readonly label: string;
  /** Minor units. gross = net + subsidy. */
  readonly gross: number;
  readonly subsidy: number;
  readonly net: number;
}

const iso = (year: number, month: number, day: number): string =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/**
 * Splits `amount` (minor units, ≥ 0) over `weights` by largest remainder: each part is the floor
 * or the ceiling of its exact share, the parts add up to `amount`, ties go to the earlier part.
 */
export function splitLargestRemainder(amount: number, weights: readonly number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  if (!Number.isSafeInteger(amount) || amount < 0) throw new RangeError(`${amount} is not a non-negative number of minor units`);
  if (total <= 0) throw new RangeError('the weights must add up to more than zero');
  const exact = weights.map((w) => ({ floor: Math.floor((amount * w) / total), remainder: (amount * w) % total }));
  let left = amount - exact.reduce((sum, e) => sum + e.floor, 0);
  const parts = exact.map((e) => e.floor);
  const order = exact.map((e, index) => ({ index, remainder: e.remainder })).sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of order) {
    if (left === 0) break;
    parts[index] = (parts[index] ?? 0) + 1;
    left -= 1;
  }
  return parts;
}

export function computeInvoiceLines(resolved: ResolvedScenario, result: ScenarioResult, rules: InvoicingRules): InvoiceLine[] {
  const byId = new Map(resolved.members.map((m) => [m.id, m]));
  const fees = new Map(resolved.key.fees.map((f) => [f.id, f]));
  const lines: InvoiceLine[] = [];
  for (const member of result.members) {
    const resolvedMember = byId.get(member.id);
    if (!resolvedMember) continue;
    const via = member.invoicedVia === null ? null : byId.get(member.invoicedVia);
    const invoiceTo = via ?? resolvedMember;
    member.years.forEach((charge, t) => {
      if (!charge.charged) return;
      const year = charge.year;
      const startMonth = resolvedMember.startMonth[t] ?? 1;
      const endMonth = resolvedMember.endMonth[t] ?? 12;
      const joinedThisYear = resolvedMember.joinYear === year && resolvedMember.joined !== null;
      const dueFrom = (month: number): string => {
        const periodStart = iso(year, month, 1);
        return joinedThisYear && resolvedMember.joined !== null && resolvedMember.joined > periodStart ? resolvedMember.joined : periodStart;
      };
      const entries = charge.components.map((c) => ({
        componentId: c.componentId,
        label: c.label,
        gross: c.amount,
        subsidy: c.subsidies.reduce((sum, s) => sum + s.amount, 0),
        oneTime: fees.get(c.componentId)?.recurrence === 'on-join',
      }));
      if (charge.roundingAdjustment !== 0) {
        entries.push({ componentId: ROUNDING_LINE, label: ROUNDING_LINE, gross: charge.roundingAdjustment, subsidy: 0, oneTime: false });
      }
      // Per-member adjustments are lines of their own (a discount is a credit on the year's first invoice).
      for (const a of charge.adjustments) {
        if (a.amount !== 0) entries.push({ componentId: `adjustment:${a.adjustmentId}`, label: a.label, gross: a.amount, subsidy: 0, oneTime: false });
      }
      for (const entry of entries) {
        const base = { year, memberId: member.id, memberName: member.name, invoiceToId: invoiceTo.id, invoiceToName: invoiceTo.name, componentId: entry.componentId, label: entry.label };
        const frequency = entry.oneTime ? 'yearly' : (rules.byComponent?.[entry.componentId] ?? rules.default);
        const net = entry.gross - entry.subsidy;
        // A negative rounding adjustment or a discount is a credit: it is not split, it goes on the year's first invoice.
        if (frequency === 'yearly' || net < 0) {
          lines.push({ ...base, quarter: 0, due: dueFrom(frequency === 'yearly' ? 1 : Math.floor((startMonth - 1) / 3) * 3 + 1), gross: entry.gross, subsidy: entry.subsidy, net });
          continue;
        }
        const weights = [1, 2, 3, 4].map((q) => {
          const from = Math.max(startMonth, q * 3 - 2);
          const to = Math.min(endMonth, q * 3);
          return Math.max(0, to - from + 1);
        });
        const nets = splitLargestRemainder(net, weights);
        const subsidies = splitLargestRemainder(entry.subsidy, weights);
        weights.forEach((weight, index) => {
          if (weight === 0) return;
          const quarter = (index + 1) as 1 | 2 | 3 | 4;
          const n = nets[index] ?? 0;
          const s = subsidies[index] ?? 0;
          lines.push({ ...base, quarter, due: dueFrom(index * 3 + 1), gross: n + s, subsidy: s, net: n });
        });
      }
    });
  }
  const collator = new Intl.Collator('sv');
  return lines.sort(
    (a, b) =>
      collator.compare(a.invoiceToName, b.invoiceToName) ||
      a.invoiceToId.localeCompare(b.invoiceToId) ||
      a.year - b.year ||
      a.due.localeCompare(b.due) ||
      collator.compare(a.memberName, b.memberName) ||
      a.memberId.localeCompare(b.memberId) ||
      a.quarter - b.quarter,
  );
}
