/**
 * A small, slow, deliberately obvious oracle for the engine, written from docs/key-format.md (not
 * from the engine's code). It reads the raw scenario definition and facts (an inline key), computes
 * every member-year with exact BigInt rationals, one loop per rule, and throws OracleInvalid for
 * input it finds invalid. It knows nothing of trails, messages or performance.
 */
import type { Mode, Q } from './rational';
import { add, cmp, decimalPlaces, div, floor, max, min, mul, ONE, parseDecimal, q, roundTo, sub, ZERO } from './rational';

export class OracleInvalid extends Error {}
const invalid = (why: string): never => {
  throw new OracleInvalid(why);
};

/* eslint-disable @typescript-eslint/no-explicit-any -- the oracle reads raw JSON as the doc describes it */
type Json = any;

export interface OracleCharge {
  componentId: string;
  amount: bigint;
  subsidies: bigint;
}
export interface OracleMemberYear {
  year: number;
  charged: boolean;
  components: OracleCharge[];
  poolTotal: bigint;
  roundingAdjustment: bigint;
  adjustments: bigint[];
  gross: bigint;
  subsidies: bigint;
  net: bigint;
}
export interface OracleResult {
  members: Map<string, OracleMemberYear[]>;
  totals: { year: number; costs: bigint | null; pool: bigint | null; gross: bigint; subsidies: bigint; net: bigint; adjustments: bigint; byComponent: Record<string, bigint>; chargedMembers: number }[];
  funders: Map<string, bigint[]>;
  funding: { year: number; secured: bigint; expected: bigint; uncertain: bigint }[];
  balance: { year: number; memberCharges: bigint; subsidies: bigint; externalFunding: bigint; plannedMemberFunding: bigint; balance: bigint | null }[];
}

const MINOR = 100n; // SEK and NOK: 2 decimals

/** Major-unit decimal text → exact minor units; more decimals than the currency has is refused. */
function money(text: string): bigint {
  if (decimalPlaces(text) > 2) invalid(`too many decimals: ${text}`);
  return fits(mul(parseDecimal(text), q(MINOR)).n);
}
/** Results are JavaScript numbers of minor units: an amount beyond 2^53 − 1 does not fit and is refused (rule 6). */
function fits(v: bigint): bigint {
  if (v > 2n ** 53n - 1n || v < -(2n ** 53n - 1n)) invalid(`${v} does not fit`);
  return v;
}
/** Rule 7: every computed amount (cost, pool, annual fee, charge, total) is at most 10^13 minor units, else refused. */
function withinLimit(v: bigint): bigint {
  if (v > 10n ** 13n || v < -(10n ** 13n)) invalid(`${v} is past the largest amount`);
  return v;
}
/** A rounding unit in major units ("0.05") → minor units (5n). */
function unitOf(r: Json): { unit: bigint; mode: Mode } {
  const u = mul(parseDecimal(r.unit), q(MINOR));
  if (u.d !== 1n || u.n <= 0n) invalid(`bad rounding unit ${r.unit}`);
  return { unit: u.n, mode: r.mode ?? 'half-up' };
}

// ---- dates ---------------------------------------------------------------------------------
const leap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysInMonth = (y: number, m: number): number => [31, leap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] as number;
function checkDate(d: string | null | undefined): void {
  if (d === null || d === undefined) return;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
  if (!m) return invalid(`bad date ${d}`);
  const [y, mo, da] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || da < 1 || da > daysInMonth(y, mo)) invalid(`no such day ${d}`);
}
/** Day number within its year, 1-based, by counting the months before it. */
const dayCache = new Map<string, number>();
function dayOfYear(d: string): number {
  const known = dayCache.get(d);
  if (known !== undefined) return known;
  const [y, m, day] = d.split('-').map(Number) as [number, number, number];
  let n = day;
  for (let k = 1; k < m; k++) n += daysInMonth(y, k);
  dayCache.set(d, n);
  return n;
}

interface Member {
  id: string;
  category: string;
  role: string;
  joined: string | null;
  left: string | null;
  metrics: Json;
}

/**
 * The part of year `y` a member is present, under a pro rata rule {join, leave}: null when not
 * present on any day; otherwise a fraction (1 when the rule does not shorten the year).
 */
function presence(m: Member, y: number, rule: { join: string; leave: string }): Q | null {
  const first = `${y}-01-01`;
  const last = `${y}-12-31`;
  if ((m.joined !== null && m.joined > last) || (m.left !== null && m.left < first)) return null;
  const joinsNow = m.joined !== null && m.joined >= first;
  const leavesNow = m.left !== null && m.left <= last;
  const start = joinsNow && rule.join !== 'none' ? (m.joined as string) : first;
  const end = leavesNow && rule.leave !== 'none' ? (m.left as string) : last;
  const unit = rule.join === 'day' || rule.leave === 'day' ? 'day' : rule.join === 'month' || rule.leave === 'month' ? 'month' : 'none';
  if (unit === 'none') return ONE;
  if (unit === 'day') return q(dayOfYear(end) - dayOfYear(start) + 1, leap(y) ? 366 : 365);
  return q(Number(end.slice(5, 7)) - Number(start.slice(5, 7)) + 1, 12);
}

// ---- the oracle ----------------------------------------------------------------------------
export function oracle(definition: Json, facts: Json): OracleResult {
  const key = definition.key;
  if (!key || !Array.isArray(key.components)) return invalid('the oracle needs an inline key');
  const from: number = definition.horizon.from;
  const to: number = definition.horizon.to;
  if (to < from) invalid('horizon');
  const years: number[] = [];
  for (let y = from; y <= to; y++) years.push(y);
  const params: Record<string, string> = { ...(key.parameters ?? {}), ...(definition.parameters ?? {}) };
  for (const name of Object.keys(definition.parameters ?? {})) if (!(name in (key.parameters ?? {}))) invalid(`unknown parameter ${name}`);
  const value = (v: Json): Q => {
    if (typeof v === 'string') return parseDecimal(v);
    if (v && typeof v.param === 'string') {
      const p = params[v.param];
      return p === undefined ? invalid(`unknown parameter ${v.param}`) : parseDecimal(p);
    }
    return invalid('not a value');
  };
  const keyRounding = unitOf(key.rounding ?? { unit: '1', mode: 'half-up' });
  const keyProRata = { join: key.proRata?.join ?? 'none', leave: key.proRata?.leave ?? 'none' };
  const ids = new Set<string>();
  for (const c of key.components) {
    if (ids.has(c.id)) invalid(`duplicate component ${c.id}`);
    ids.add(c.id);
  }

  // Members: facts, then scenario-only members, then the scenario's changes.
  const members: Member[] = [];
  for (const f of [...facts.members, ...(definition.additionalMembers ?? [])]) {
    if (members.some((m) => m.id === f.id)) invalid(`duplicate member ${f.id}`);
    members.push({ id: f.id, category: f.category, role: f.role ?? 'member', joined: f.joined ?? null, left: f.left ?? null, metrics: f.metrics ?? {} });
  }
  for (const ch of definition.memberChanges ?? []) {
    const m = members.find((x) => x.id === ch.member) ?? invalid(`unknown member ${ch.member}`);
    if (ch.joined !== undefined) m.joined = ch.joined;
    if (ch.left !== undefined) m.left = ch.left;
    if (ch.role !== undefined) m.role = ch.role;
  }
  for (const m of members) {
    checkDate(m.joined);
    checkDate(m.left);
    if (m.joined !== null && m.left !== null && m.left < m.joined) invalid(`${m.id} leaves before joining`);
  }

  // Metric values: read, or projected from the last known year by the growth rate (whole units, each year).
  const metric = (m: Member, ref: Json, y: number): bigint => {
    const name: string = typeof ref === 'string' ? ref : ref.name;
    const year = y + (typeof ref === 'string' ? 0 : (ref.yearOffset ?? 0));
    const asOf: string | undefined = typeof ref === 'string' ? undefined : ref.asOf;
    const series = m.metrics[name] ?? {};
    const entry = series[String(year)];
    if (entry) {
      if (asOf && entry.referenceDate && entry.referenceDate !== `${year}-${asOf}`) invalid(`${m.id} ${name} ${year}: reference date contradicts asOf`);
      if (!Number.isInteger(entry.value) || entry.value < 0) invalid('metric values are whole and non-negative');
      return BigInt(entry.value);
    }
    const growth = definition.growth?.[name];
    const known = Object.keys(series).map(Number).filter((k) => k < year);
    if (!growth || known.length === 0) return invalid(`${m.id} has no ${name} for ${year}`);
    let k = Math.max(...known);
    let v = BigInt(series[String(k)].value);
    const factor = add(ONE, div(parseDecimal(growth.rate), q(100)));
    while (k < year) {
      v = roundTo(mul(q(v), factor), 1n, growth.mode ?? 'half-up');
      k++;
    }
    return v;
  };

  // Costs per year (minor units) and external funding.
  const costs = new Map<number, bigint>();
  if (definition.costs?.byYear) for (const [y, a] of Object.entries(definition.costs.byYear)) costs.set(Number(y), money(a as string));
  else if (definition.costs?.base) {
    const r = unitOf(definition.costs.rounding ?? { unit: '0.01', mode: 'half-up' });
    const factor = add(ONE, div(parseDecimal(definition.costs.indexRate), q(100)));
    let c = money(definition.costs.base.amount);
    for (let y = definition.costs.base.year; y <= to; y++) {
      if (y > definition.costs.base.year) c = roundTo(mul(q(c), factor), r.unit, r.mode);
      costs.set(y, c);
    }
  }
  const funding = (definition.funding ?? []) as Json[];
  const fundingIn = (y: number, kind: string, status?: string): bigint => {
    let s = 0n;
    for (const f of funding) {
      const e = f.byYear[String(y)];
      if ((kind === 'any' || (f.kind ?? 'external') === kind) && e && (status === undefined || e.status === status)) s += money(e.amount);
    }
    return s;
  };

  // Shares of an allocation key: percent, a parameter, or the rest (at most one), adding up to 100.
  const pool = key.components.filter((c: Json) => c.type === 'equal' || c.type === 'proportional');
  const shares = new Map<string, Q>();
  const rest = pool.filter((c: Json) => c.share === 'rest');
  if (rest.length > 1) invalid('more than one rest share');
  let given = ZERO;
  for (const c of pool) if (c.share !== 'rest') shares.set(c.id, div(value(c.share), q(100)));
  for (const s of shares.values()) given = add(given, s);
  if (rest.length === 1) shares.set(rest[0].id, sub(ONE, given));
  for (const s of shares.values()) if (s.n < 0n) invalid('negative share');
  if (key.family === 'allocation') {
    let sum = ZERO;
    for (const s of shares.values()) sum = add(sum, s);
    if (cmp(sum, ONE) !== 0) invalid('shares do not add up to 100 %');
  } else if (pool.length > 0) invalid('pool components in a fee schedule');

  // Bands: start at 0, touch, end open.
  const checkBands = (bands: Json[]): void => {
    bands.forEach((b, i) => {
      if (i === 0 && b.from !== 0) invalid('bands start at 0');
      if (i > 0 && b.from !== bands[i - 1].to) invalid('bands must touch');
      const last = i === bands.length - 1;
      if (last && b.to !== undefined && b.to !== null) invalid('the last band is open');
      if (!last && (b.to === undefined || b.to === null || b.to <= b.from)) invalid('a band needs a to above its from');
    });
  };
  const findBand = (bands: Json[], v: bigint, edge: string): Json => {
    for (let i = 0; i < bands.length; i++) {
      const b = bands[i];
      const open = b.to === undefined || b.to === null;
      const inside = edge === 'upper-inclusive' ? (i === 0 ? v >= BigInt(b.from) : v > BigInt(b.from)) && (open || v <= BigInt(b.to)) : v >= BigInt(b.from) && (open || v < BigInt(b.to));
      if (inside) return b;
    }
    return invalid('no band');
  };

  /** A fee's charge (exact, before rounding), or null when it does not apply to the member that year. */
  const feeCharge = (c: Json, m: Member, y: number): bigint | null => {
    if (c.appliesTo?.categories && !c.appliesTo.categories.includes(m.category)) return null;
    if (c.appliesTo?.members && !c.appliesTo.members.includes(m.id)) return null;
    const oneTime = c.recurrence === 'on-join';
    if (oneTime && (m.joined === null || Number(m.joined.slice(0, 4)) !== y)) return null;
    let annual: Q;
    if (c.type === 'fixed') annual = q(money(c.amount));
    else if (c.type === 'category') {
      const a = c.amounts?.[m.category];
      if (a === undefined) return null;
      annual = q(money(a));
    } else if (c.type === 'banded') {
      checkBands(c.bands);
      annual = q(money(findBand(c.bands, metric(m, c.metric, y), c.edge ?? 'lower-inclusive').amount));
    } else if (c.type === 'per-unit' && c.bandMode === 'marginal') {
      checkBands(c.bands);
      const v = q(metric(m, c.metric, y));
      annual = ZERO;
      for (const b of c.bands) {
        if (b.rate === undefined) invalid('a marginal band needs a rate');
        const open = b.to === undefined || b.to === null;
        const inside = max(sub(v, q(b.from)), ZERO);
        const units = open ? inside : min(inside, q(b.to - b.from));
        annual = add(annual, mul(mul(units, value(b.rate)), q(MINOR)));
      }
    } else if (c.type === 'per-unit' && Array.isArray(c.bands)) {
      checkBands(c.bands);
      const v = metric(m, c.metric, y);
      const b = findBand(c.bands, v, c.edge ?? 'lower-inclusive');
      annual = b.rate !== undefined ? mul(mul(q(v), value(b.rate)), q(MINOR)) : q(money(b.amount));
    } else if (c.type === 'per-unit') {
      let rate = c.rate;
      for (const r of c.rateFrom ?? []) if (r.fromYear <= y) rate = r.rate; // the last that has started
      annual = mul(mul(q(metric(m, c.metric, y)), value(rate)), q(MINOR));
    } else return invalid(`unknown fee type ${c.type}`);
    if (c.min !== undefined) annual = max(annual, q(money(c.min)));
    if (c.max !== undefined) annual = min(annual, q(money(c.max)));
    if (cmp(annual, q(10n ** 13n)) > 0) invalid(`the annual amount of ${c.id} is past the largest amount`);
    if (!oneTime) {
      const p = presence(m, y, c.proRata ? { join: c.proRata.join ?? 'none', leave: c.proRata.leave ?? 'none' } : keyProRata);
      if (p === null) return null;
      annual = mul(annual, p);
    }
    const r = c.rounding ? unitOf(c.rounding) : keyRounding;
    return roundTo(annual, r.unit, r.mode);
  };

  /** Whether an override's condition holds for a member in a year. */
  const matches = (o: Json, m: Member, y: number): boolean => {
    // Only members at least one replaced component is for (its appliesTo) pay `with` instead.
    const forMember = (c: Json): boolean => (!c.appliesTo?.categories || c.appliesTo.categories.includes(m.category)) && (!c.appliesTo?.members || c.appliesTo.members.includes(m.id));
    if (!key.components.some((c: Json) => o.replaces.includes(c.id) && forMember(c))) return false;
    const w = o.when ?? {};
    if (w.categories && !w.categories.includes(m.category)) return false;
    if (w.metric !== undefined) {
      const v = metric(m, w.metric, y);
      if (w.above !== undefined && !(v > BigInt(w.above))) return false;
      if (w.atLeast !== undefined && !(v >= BigInt(w.atLeast))) return false;
    }
    return true;
  };

  const subsidies = [...(key.subsidies ?? []), ...(definition.subsidies ?? [])] as Json[];
  const adjustments = (definition.adjustments ?? []) as Json[];
  const adjIds = new Set<string>();
  for (const a of adjustments) {
    if (adjIds.has(a.id)) invalid(`duplicate adjustment ${a.id}`);
    adjIds.add(a.id);
    if ((a.percent === undefined) === (a.amount === undefined)) invalid('an adjustment needs percent or amount');
    for (const id of a.members) if (!members.some((m) => m.id === id)) invalid(`adjustment names unknown member ${id}`);
    if (a.kind === 'discount' && a.percent !== undefined && cmp(value(a.percent), q(100)) > 0) invalid('a discount is at most 100 %');
  }

  const result: OracleResult = { members: new Map(), totals: [], funders: new Map(), funding: [], balance: [] };
  for (const m of members) result.members.set(m.id, []);

  for (const y of years) {
    const cost = costs.get(y);
    if (cost !== undefined) withinLimit(cost);
    const payers = members.filter((m) => m.role === 'member' && presence(m, y, keyProRata) !== null);
    const paying = new Set(payers);
    // Rule 1: the pool, shared by exact entitlement, largest remainder once on member totals.
    const poolOf = new Map<string, { total: bigint; parts: Map<string, bigint>; exact: Q }>();
    let poolAmount: bigint | null = null;
    if (key.family === 'allocation') {
      const c = costs.get(y) ?? invalid(`no costs for ${y}`);
      poolAmount = definition.poolBasis === 'costs-less-external-funding' ? c - fundingIn(y, 'external') : c;
      if (poolAmount < 0n) invalid('negative pool');
      const u = keyRounding.unit;
      if (poolAmount % u !== 0n) invalid('the pool is not a multiple of the rounding unit');
      if (poolAmount > 0n && payers.length === 0) invalid(`nobody to share the pool of ${y}`); // a pool of 0 with nobody paying is fine
      const exactParts = new Map<string, Map<string, Q>>(payers.map((m) => [m.id, new Map()]));
      for (const comp of pool) {
        const weights = payers.map((m) => {
          const p = presence(m, y, keyProRata) as Q;
          return comp.type === 'equal' ? p : mul(p, q(metric(m, comp.metric, y)));
        });
        let W = ZERO;
        for (const w of weights) W = add(W, w);
        const share = shares.get(comp.id) as Q;
        if (W.n === 0n && share.n !== 0n && payers.length > 0) invalid(`${comp.id}: its weights add up to 0, nothing to share by`);
        payers.forEach((m, i) => {
          const part = W.n === 0n ? ZERO : div(mul(mul(q(poolAmount as bigint), share), weights[i] as Q), W);
          exactParts.get(m.id)?.set(comp.id, part);
        });
      }
      const rows = payers.map((m) => {
        let exact = ZERO;
        for (const v of (exactParts.get(m.id) as Map<string, Q>).values()) exact = add(exact, v);
        const units = div(exact, q(u));
        const f = floor(units);
        return { m, exact, floorUnits: f, remainder: sub(units, q(f)) };
      });
      let left = poolAmount / u;
      for (const r of rows) left -= r.floorUnits;
      const order = [...rows].sort((a, b) => cmp(b.remainder, a.remainder) || cmp(b.exact, a.exact) || (a.m.id < b.m.id ? -1 : a.m.id > b.m.id ? 1 : 0));
      const extra = new Set(order.slice(0, Number(left)).map((r) => r.m.id));
      for (const r of rows) {
        const parts = new Map<string, bigint>();
        for (const [cid, v] of exactParts.get(r.m.id) as Map<string, Q>) parts.set(cid, roundTo(v, u, keyRounding.mode));
        poolOf.set(r.m.id, { total: (r.floorUnits + (extra.has(r.m.id) ? 1n : 0n)) * u, parts, exact: r.exact });
      }
    }

    const tot = { year: y, costs: costs.get(y) ?? null, pool: poolAmount, gross: 0n, subsidies: 0n, net: 0n, adjustments: 0n, byComponent: {} as Record<string, bigint>, chargedMembers: 0 };
    for (const m of members) {
      const row: OracleMemberYear = { year: y, charged: false, components: [], poolTotal: 0n, roundingAdjustment: 0n, adjustments: [], gross: 0n, subsidies: 0n, net: 0n };
      (result.members.get(m.id) as OracleMemberYear[]).push(row);
      if (!paying.has(m)) continue;
      row.charged = true;
      tot.chargedMembers++;
      // Overrides that hold replace their components with their own fee.
      const replaced = new Set<string>();
      const holding = new Set<string>();
      for (const c of key.components) {
        if (c.type === 'override' && matches(c, m, y)) {
          holding.add(c.id);
          for (const r of c.replaces) replaced.add(r);
        }
      }
      for (const c of key.components) {
        let amount: bigint | null;
        if (c.type === 'equal' || c.type === 'proportional') amount = poolOf.get(m.id)?.parts.get(c.id) ?? 0n;
        else if (c.type === 'override') amount = holding.has(c.id) ? feeCharge(c.with, m, y) : null;
        else amount = replaced.has(c.id) ? null : feeCharge(c, m, y);
        if (amount !== null) row.components.push({ componentId: c.id, amount, subsidies: 0n });
      }
      if (poolOf.has(m.id)) {
        row.poolTotal = (poolOf.get(m.id) as { total: bigint }).total;
        let s = 0n;
        for (const ch of row.components) if (shares.has(ch.componentId)) s += ch.amount;
        row.roundingAdjustment = row.poolTotal - s;
      }
      // Rule 4: subsidies, each capped at what is left of its component's charge.
      for (const s of subsidies) {
        const ch = row.components.find((x) => x.componentId === s.component);
        if (!ch) continue;
        const e = s.eligibility ?? {};
        if (e.categories && !e.categories.includes(m.category)) continue;
        if ((e.joinedFrom || e.joinedTo) && m.joined === null) continue;
        if (e.joinedFrom && (m.joined as string) < e.joinedFrom) continue;
        if (e.joinedTo && (m.joined as string) > e.joinedTo) continue;
        if (s.years?.calendar && !s.years.calendar.includes(y)) continue;
        if (s.years?.contract) {
          if (m.joined === null || !s.years.contract.includes(y - Number(m.joined.slice(0, 4)) + 1)) continue;
        }
        const r = s.rounding ? unitOf(s.rounding) : keyRounding;
        let amount: bigint;
        if (s.share !== undefined) amount = roundTo(mul(q(ch.amount), div(value(s.share), q(100))), r.unit, r.mode);
        else {
          let exact = mul(mul(q(metric(m, s.perUnit.metric, y)), value(s.perUnit.rate)), q(MINOR));
          // Pro rata by default (docs: `proRata` defaults to true), by the subsidised component's rule.
          const comp = key.components.find((k: Json) => k.id === s.component);
          const fee = comp.type === 'override' ? comp.with : comp;
          const rule = fee.proRata ? { join: fee.proRata.join ?? 'none', leave: fee.proRata.leave ?? 'none' } : keyProRata;
          if (s.proRata !== false && fee.recurrence !== 'on-join') exact = mul(exact, presence(m, y, rule) as Q);
          amount = roundTo(exact, r.unit, r.mode);
        }
        amount = amount < ch.amount - ch.subsidies ? amount : ch.amount - ch.subsidies;
        if (amount < 0n) amount = 0n;
        ch.subsidies += amount;
        row.subsidies += amount;
        const f = result.funders.get(s.funder) ?? years.map(() => 0n);
        f[y - from] = (f[y - from] as bigint) + amount;
        result.funders.set(s.funder, f);
      }
      // Rule 4b: adjustments on the key charge, in order; a discount never below nothing.
      let keyCharge = row.roundingAdjustment;
      for (const ch of row.components) keyCharge += ch.amount;
      let adjusted = 0n;
      for (const a of adjustments) {
        if (!a.members.includes(m.id) || (a.years && !a.years.includes(y))) continue;
        const r = a.rounding ? unitOf(a.rounding) : keyRounding;
        let amount = a.percent !== undefined ? roundTo(mul(q(keyCharge), div(value(a.percent), q(100))), r.unit, r.mode) : money(a.amount);
        if (a.kind === 'discount') {
          const leftToPay = keyCharge + adjusted - row.subsidies;
          if (amount > leftToPay) amount = leftToPay > 0n ? leftToPay : 0n;
          amount = -amount;
        }
        row.adjustments.push(amount);
        adjusted += amount;
      }
      row.gross = keyCharge + adjusted;
      row.net = row.gross - row.subsidies;
      tot.gross += row.gross;
      tot.subsidies += row.subsidies;
      tot.net += row.net;
      tot.adjustments += adjusted;
      for (const ch of row.components) tot.byComponent[ch.componentId] = (tot.byComponent[ch.componentId] ?? 0n) + ch.amount;
    }
    for (const rows of result.members.values()) {
      const r = rows[rows.length - 1] as OracleMemberYear;
      for (const v of [r.gross, r.net, r.subsidies, r.poolTotal, ...r.adjustments, ...r.components.map((c) => c.amount)]) withinLimit(v);
    }
    for (const v of [tot.gross, tot.net, tot.subsidies, ...Object.values(tot.byComponent)]) withinLimit(v);
    result.totals.push(tot);
    // The funding summary shows every line, external and planned member contributions alike.
    const statuses = { secured: fundingIn(y, 'any', 'secured'), expected: fundingIn(y, 'any', 'expected'), uncertain: fundingIn(y, 'any', 'uncertain') };
    result.funding.push({ year: y, ...statuses });
    const externalFunding = fundingIn(y, 'external');
    const c = costs.get(y);
    result.balance.push({ year: y, memberCharges: tot.net, subsidies: tot.subsidies, externalFunding, plannedMemberFunding: fundingIn(y, 'members'), balance: c === undefined ? null : tot.net + tot.subsidies + externalFunding - c });
  }
  return result;
}
