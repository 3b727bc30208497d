/**
 * resolveScenario(definition, facts): validates the stored definition and the workspace facts
 * once (zod and cross-field rules) and lays out everything computeScenario needs per year.
 */
import { invalidField, ref as messageRef, type MessageParam } from '../errors';
import type { PlainDate } from './dates';
import { compareDates, dayOfYear, daysInYear, parseDate } from './dates';
import { parseAmount, parsePercent } from './decimal';
import { roundProduct } from './exact';
import type { MemberFactsInput, ScenarioFactsInput } from './facts.schema';
import { factsSchema } from './facts.schema';
import type { KeyDefinition, KeyDefinitionInput } from './key.schema';
import { keySchema } from './key.schema';
import type { MetricRef, NormalizedKey } from './key.types';
import { appliesTo, overrideRelevant, type MemberTraits } from './fees';
import { buildPlan } from './plan';
import { normalizeKey, roundingRule } from './normalize-key';
import { parseWith } from './parse';
import type { MemberRole, MetricProjection, ResolvedFundingSource, ResolvedMember, ResolvedMetric, ResolvedScenario } from './resolved.types';
import type { ScenarioDefinition, ScenarioDefinitionInput } from './scenario.schema';
import { scenarioDefinitionSchema } from './scenario.schema';

export interface ResolveOptions {
  /** Keys the definition may refer to by { ref, version }. */
  readonly keys?: readonly KeyDefinitionInput[];
}

const MAX_YEARS = 60;

interface MemberDraft {
  readonly id: string;
  readonly name: string;
  readonly category: string;
  role: MemberRole;
  readonly invoicedVia: string | null;
  readonly organisationId: number | null;
  joined: string | null;
  left: string | null;
  joinedPath: string;
  leftPath: string;
  readonly path: string;
  readonly metrics: MemberFactsInput['metrics'];
}

function pickKey(def: ScenarioDefinition, options: ResolveOptions): KeyDefinition {
  if (!('ref' in def.key)) return def.key;
  const ref = def.key;
  const candidates = (options.keys ?? []).map((k, i) => parseWith(keySchema, k, `keys[${i}]`)).filter((k) => k.id === ref.ref);
  const chosen = ref.version === undefined ? candidates.sort((a, b) => b.version - a.version)[0] : candidates.find((k) => k.version === ref.version);
  if (!chosen) throw ref.version === undefined ? invalidField('key.ref', 'error.engine.keyNotAvailable', { ref: ref.ref }) : invalidField('key.ref', 'error.engine.keyVersionNotAvailable', { ref: ref.ref, version: ref.version });
  return chosen;
}

/** A year outside the scenario's horizon: "2030 is outside the horizon 2025–2028". */
function outsideHorizon(path: string, year: number | string, years: readonly number[]) {
  return invalidField(path, 'error.engine.outsideHorizon', { year, from: years[0]!, to: years[years.length - 1]! });
}

function yearOf(text: string, path: string): number {
  const y = Number(text);
  if (!Number.isInteger(y)) throw invalidField(path, 'error.engine.notYear', { text });
  return y;
}

function resolveCosts(def: ScenarioDefinition, years: readonly number[], exponent: number): number[] | null {
  const costs = def.costs;
  if (!costs) return null;
  if ('byYear' in costs) {
    for (const y of Object.keys(costs.byYear)) {
      const year = yearOf(y, `costs.byYear.${y}`);
      if (!years.includes(year)) throw outsideHorizon(`costs.byYear.${y}`, y, years);
    }
    return years.map((y) => {
      const text = costs.byYear[String(y)];
      if (text === undefined) throw invalidField(`costs.byYear.${y}`, 'error.engine.noCostForYear', { year: y });
      return parseAmount(text, exponent, `costs.byYear.${y}`);
    });
  }
  const first = years[0] as number;
  if (costs.base.year > first) throw invalidField('costs.base.year', 'error.engine.baseYearAfterFirst', { base: costs.base.year, first });
  const rate = parsePercent(costs.indexRate, 'costs.indexRate');
  const rule = roundingRule(costs.rounding, exponent, 'costs.rounding');
  let value = parseAmount(costs.base.amount, exponent, 'costs.base.amount');
  const out: number[] = [];
  for (let y = costs.base.year; y <= (years[years.length - 1] as number); y++) {
    // Each year is indexed from the previous year's rounded cost, so a spreadsheet reproduces it row by row.
    if (y > costs.base.year) value = roundProduct(value, rate.d + rate.n, 1, rate.d, 1, rule, 'costs');
    if (y >= first) out.push(value);
  }
  return out;
}

function resolveFunding(def: ScenarioDefinition, years: readonly number[], exponent: number): ResolvedFundingSource[] {
  return def.funding.map((f, i) => {
    const amounts = years.map(() => 0);
    const statuses: ResolvedFundingSource['statuses'] = years.map(() => null);
    for (const [y, entry] of Object.entries(f.byYear)) {
      const path = `funding[${i}].byYear.${y}`;
      const t = years.indexOf(yearOf(y, path));
      if (t < 0) throw outsideHorizon(path, y, years);
      amounts[t] = parseAmount(entry.amount, exponent, `${path}.amount`);
      statuses[t] = entry.status;
    }
    return { source: f.source, kind: f.kind, amounts, statuses };
  });
}

function collectMembers(def: ScenarioDefinition, facts: ReturnType<typeof factsSchema.parse>): MemberDraft[] {
  const drafts: MemberDraft[] = [];
  const byId = new Map<string, MemberDraft>();
  const add = (m: (typeof facts.members)[number], path: string): void => {
    if (byId.has(m.id)) throw invalidField(`${path}.id`, 'error.engine.duplicateMemberId', { id: m.id });
    const d: MemberDraft = {
      id: m.id,
      name: m.name,
      category: m.category,
      role: m.role,
      invoicedVia: m.invoicedVia ?? null,
      organisationId: m.organisationId ?? null,
      joined: m.joined ?? null,
      left: m.left ?? null,
      joinedPath: `${path}.joined`,
      leftPath: `${path}.left`,
      path,
      metrics: m.metrics,
    };
    byId.set(m.id, d);
    drafts.push(d);
  };
  facts.members.forEach((m, i) => add(m, `facts.members[${i}]`));
  def.additionalMembers.forEach((m, i) => add(m, `additionalMembers[${i}]`));
  def.memberChanges.forEach((c, i) => {
    const d = byId.get(c.member);
    if (!d) throw invalidField(`memberChanges[${i}].member`, 'error.engine.noMember', { id: c.member });
    if (c.joined !== undefined) {
      d.joined = c.joined;
      d.joinedPath = `memberChanges[${i}].joined`;
    }
    if (c.left !== undefined) {
      d.left = c.left;
      d.leftPath = `memberChanges[${i}].left`;
    }
    if (c.role !== undefined) d.role = c.role;
  });
  for (const d of drafts) {
    if (d.invoicedVia !== null && !byId.has(d.invoicedVia)) throw invalidField(`${d.path}.invoicedVia`, 'error.engine.noMember', { id: d.invoicedVia });
  }
  return drafts;
}

interface GrowthRule {
  readonly rate: { n: number; d: number };
  /** The rate as the scenario writes it (percent), for saying what was assumed. */
  readonly text: string;
  readonly mode: 'half-up' | 'half-even' | 'down' | 'up';
}

/** Called for each value projected rather than read: the value's year, the known year it grew from, the charge year. */
type ProjectionNote = (target: number, from: number, year: number) => void;

function resolveMetric(
  d: MemberDraft,
  ref: MetricRef,
  years: readonly number[],
  charged: readonly boolean[],
  growth: GrowthRule | undefined,
  where: MessageParam,
  checkedDates: Set<string>,
  noteProjection: ProjectionNote = () => undefined,
): ResolvedMetric {
  const series = d.metrics?.[ref.name];
  const out: ResolvedMetric = { values: [], sourceYears: [], referenceDates: [], projected: [] };
  if (!series) {
    if (charged.some(Boolean)) {
      const known = Object.keys(d.metrics ?? {});
      throw invalidField(`${d.path}.metrics.${ref.name}`, 'error.engine.unknownMetric', { name: ref.name, where, known: known.length ? known : messageRef('error.engine.word.noMetrics') });
    }
  }
  const knownYears = Object.keys(series ?? {})
    .map(Number)
    .sort((a, b) => a - b);
  let carried: { readonly base: number; readonly target: number; readonly value: number } | null = null;
  years.forEach((year, t) => {
    const target = year + ref.yearOffset;
    out.sourceYears.push(target);
    if (!charged[t] || !series) {
      out.values.push(NaN);
      out.referenceDates.push(null);
      out.projected.push(false);
      return;
    }
    const point = series[String(target)];
    if (point) {
      const expected = ref.asOf ? `${target}-${ref.asOf}` : null;
      if (expected && point.referenceDate && point.referenceDate !== expected) {
        throw invalidField(`${d.path}.metrics.${ref.name}.${target}.referenceDate`, 'error.engine.referenceDateMismatch', { where, expected, date: point.referenceDate });
      }
      if (point.referenceDate && !checkedDates.has(point.referenceDate)) {
        parseDate(point.referenceDate, `${d.path}.metrics.${ref.name}.${target}.referenceDate`);
        checkedDates.add(point.referenceDate);
      }
      out.values.push(point.value);
      out.referenceDates.push(point.referenceDate ?? expected);
      out.projected.push(false);
      return;
    }
    let base: number | undefined;
    for (let j = knownYears.length - 1; j >= 0; j--) {
      if ((knownYears[j] as number) < target) {
        base = knownYears[j] as number;
        break;
      }
    }
    if (!growth || base === undefined) {
      throw invalidField(`${d.path}.metrics.${ref.name}.${target}`, growth ? 'error.engine.noMetricValue' : 'error.engine.noMetricValueNoGrowth', { metric: ref.name, target, where, year });
    }
    // Growth carried forward: the value of an earlier projected year from the same known year is
    // where this one continues (each year's step is rounded, so it is the same value as
    // recompounding from the known year, with one step per year instead of all of them).
    let from = base;
    let v = (series[String(base)] as { value: number }).value;
    if (carried !== null && carried.base === base && carried.target <= target) {
      from = carried.target;
      v = carried.value;
    }
    for (let y = from + 1; y <= target; y++) v = roundProduct(v, growth.rate.d + growth.rate.n, 1, growth.rate.d, 1, { unit: 1, mode: growth.mode }, `${d.path}.metrics.${ref.name}`);
    carried = { base, target, value: v };
    out.values.push(v);
    out.referenceDates.push(ref.asOf ? `${target}-${ref.asOf}` : null);
    out.projected.push(true);
    noteProjection(target, base, year);
  });
  return out;
}

interface MetricUse {
  readonly where: string;
  /** Which members the reading component can apply to; others need no value. */
  readonly needs: (m: MemberTraits) => boolean;
}

const ALWAYS = (): boolean => true;


function metricUsers(key: NormalizedKey): Map<string, MetricUse[]> {
  const users = new Map<string, MetricUse[]>();
  const note = (ref: MetricRef | null, where: string, needs: MetricUse['needs']): void => {
    if (!ref) return;
    const list = users.get(ref.key) ?? [];
    list.push({ where, needs });
    users.set(ref.key, list);
  };
  for (const c of key.components) {
    const where = `key.components[${c.index}].metric`;
    if (c.kind === 'proportional') note(c.metric, where, ALWAYS);
    if (c.kind === 'banded' || c.kind === 'per-unit') note(c.metric, where, (m) => appliesTo(c, m));
    if (c.kind === 'override') {
      const relevant = (m: MemberTraits): boolean => overrideRelevant(c, key.fees, m);
      note(c.metric, `key.components[${c.index}].when.metric`, relevant);
      if (c.with.kind === 'banded' || c.with.kind === 'per-unit') {
        const w = c.with;
        note(w.metric, `key.components[${c.index}].with.metric`, (m) => relevant(m) && appliesTo(w, m));
      }
    }
  }
  for (const s of key.subsidies) note(s.perUnit?.metric ?? null, `${s.path}.perUnit.metric`, (m) => s.categories === null || s.categories.includes(m.category));
  return users;
}

/** Parses and checks a key on its own (for editors and the demo files). */
export function validateKey(data: unknown, currency = 'SEK'): NormalizedKey {
  return normalizeKey(parseWith(keySchema, data, ''), { currency, path: '' });
}

export function resolveScenario(definitionInput: ScenarioDefinitionInput | unknown, factsInput: ScenarioFactsInput | unknown, options: ResolveOptions = {}): ResolvedScenario {
  const def = parseWith(scenarioDefinitionSchema, definitionInput, '');
  const facts = parseWith(factsSchema, factsInput, 'facts');
  if (def.horizon.to < def.horizon.from) throw invalidField('horizon.to', 'error.engine.horizonEndsBeforeStart', { to: def.horizon.to, from: def.horizon.from });
  if (def.horizon.to - def.horizon.from + 1 > MAX_YEARS) throw invalidField('horizon.to', 'error.engine.horizonTooLong', { max: MAX_YEARS });
  const years: number[] = [];
  for (let y = def.horizon.from; y <= def.horizon.to; y++) years.push(y);

  const keyDefinition = pickKey(def, options);
  const key = normalizeKey(keyDefinition, { currency: def.currency, parameters: def.parameters, extraSubsidies: def.subsidies, adjustments: def.adjustments });
  const exponent = key.exponent;
  const costs = resolveCosts(def, years, exponent);
  const funding = resolveFunding(def, years, exponent);

  const growth = new Map<string, GrowthRule>();
  for (const [name, g] of Object.entries(def.growth)) growth.set(name, { rate: parsePercent(g.rate, `growth.${name}.rate`), text: g.rate, mode: g.mode });
  // Values projected rather than known, grouped by metric, the value's year and the known year it grew from.
  const projected = new Map<string, { metric: string; year: number; fromYear: number; rate: string; chargeYears: Set<number>; members: Set<string> }>();

  const users = metricUsers(key);
  const checkedDates = new Set<string>();
  const drafts = collectMembers(def, facts).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const members: ResolvedMember[] = drafts.map((d) => {
    const joinedDate: PlainDate | null = d.joined ? parseDate(d.joined, d.joinedPath) : null;
    const leftDate: PlainDate | null = d.left ? parseDate(d.left, d.leftPath) : null;
    if (joinedDate && leftDate && compareDates(leftDate, joinedDate) < 0) {
      throw invalidField(d.leftPath, 'error.engine.leaveBeforeJoin', { left: d.left ?? '', joined: d.joined ?? '' });
    }
    const startDay: number[] = [];
    const endDay: number[] = [];
    const startMonth: number[] = [];
    const endMonth: number[] = [];
    const charged: boolean[] = [];
    // Presence per year in plain integers (the same rule as dates.presenceIn, without date objects).
    const jy = joinedDate ? joinedDate.year : 0;
    const jm = joinedDate ? joinedDate.month : 0;
    const jd = joinedDate ? dayOfYear(jy, jm, joinedDate.day) : 0;
    const ly = leftDate ? leftDate.year : 0;
    const lm = leftDate ? leftDate.month : 0;
    const ld = leftDate ? dayOfYear(ly, lm, leftDate.day) : 0;
    for (const y of years) {
      const diy = daysInYear(y);
      const present = !(joinedDate && jy > y) && !(leftDate && ly < y);
      const s = joinedDate && jy === y ? jd : 1;
      const e = leftDate && ly === y ? ld : diy;
      const days = present && s <= e ? e - s + 1 : 0;
      if (days === 0) {
        startDay.push(0);
        endDay.push(0);
        startMonth.push(0);
        endMonth.push(0);
      } else {
        startDay.push(s);
        endDay.push(e);
        startMonth.push(joinedDate && jy === y ? jm : 1);
        endMonth.push(leftDate && ly === y ? lm : 12);
      }
      charged.push(d.role === 'member' && days > 0);
    }
    const metrics: Record<string, ResolvedMetric> = {};
    for (const ref of key.metrics) {
      const uses = users.get(ref.key) ?? [];
      const needed = uses.find((u) => u.needs(d));
      const chargedNeeding = needed ? charged : charged.map(() => false);
      const rule = growth.get(ref.name);
      metrics[ref.key] = resolveMetric(d, ref, years, chargedNeeding, rule, needed?.where ?? messageRef('error.engine.word.theKey'), checkedDates, (target, from, year) => {
        const at = `${ref.name}\u0000${target}\u0000${from}`;
        const entry = projected.get(at) ?? { metric: ref.name, year: target, fromYear: from, rate: rule?.text ?? '0', chargeYears: new Set<number>(), members: new Set<string>() };
        entry.chargeYears.add(year);
        entry.members.add(d.id);
        projected.set(at, entry);
      });
    }
    return {
      id: d.id,
      name: d.name,
      category: d.category,
      role: d.role,
      invoicedVia: d.invoicedVia,
      organisationId: d.organisationId,
      joined: d.joined,
      left: d.left,
      joinedDate,
      joinYear: joinedDate ? joinedDate.year : null,
      startDay,
      endDay,
      startMonth,
      endMonth,
      metrics,
    };
  });

  const memberIds = new Set(members.map((m) => m.id));
  key.adjustments.forEach((a) => {
    a.members.forEach((id, j) => {
      if (!memberIds.has(id)) throw invalidField(`${a.path}.members[${j}]`, 'error.engine.noMemberInScenario', { id });
    });
  });

  let pools: number[] | null = null;
  if (key.family === 'allocation') {
    if (!costs) throw invalidField('costs', 'error.engine.allocationNeedsCosts');
    pools = costs.map((c, t) => {
      const year = years[t] as number;
      const offset = def.poolBasis === 'costs-less-external-funding' ? funding.reduce((s, f) => s + (f.kind === 'external' ? (f.amounts[t] as number) : 0), 0) : 0;
      const pool = c - offset;
      if (pool < 0) throw invalidField(`costs.byYear.${year}`, 'error.engine.fundingExceedsCost', { year });
      if (pool % key.rounding.unit !== 0) {
        throw invalidField(`costs.byYear.${year}`, 'error.engine.poolNotMultipleOfKeyUnit', { year, pool, unit: key.rounding.unit });
      }
      return pool;
    });
  }

  const resolved: ResolvedScenario = {
    id: def.id,
    name: def.name,
    currency: def.currency,
    exponent,
    years,
    daysInYear: years.map(daysInYear),
    key,
    keyDefinition,
    parameters: def.parameters,
    extraSubsidies: def.subsidies,
    adjustments: def.adjustments,
    members,
    costs,
    pools,
    funding,
    projections: [...projected.values()]
      .map((p): MetricProjection => ({ ...p, chargeYears: [...p.chargeYears].sort((a, b) => a - b), members: [...p.members].sort() }))
      .sort((a, b) => (a.metric < b.metric ? -1 : a.metric > b.metric ? 1 : a.year - b.year || a.fromYear - b.fromYear)),
  };
  // The per-member tables computeScenario reads (metric arrays, presence, pro-rata factors) are
  // laid out here, once per edit, not on every computation or sweep step.
  buildPlan(resolved);
  return resolved;
}
