/**
 * The scenario editor's form and the stored scenario definition (docs/key-format.md), both ways:
 * `formOf` lays a definition out as the text people edit (amounts and rates in their language),
 * `definitionOf` turns the form back into a definition and checks it with the scenario schema and
 * the engine itself, naming each refusal by the form field it is about. What the form does not
 * show (key, parameters, subsidies, other metrics' growth) is carried over from the definition.
 */
import type { z } from 'zod';
import { resolveScenario, scenarioDefinitionSchema, type FundingStatus, type ScenarioDefinitionInput, type ScenarioFactsInput } from '../../../../../shared/calc';
import { formatPath } from '../../../../../shared/calc/parse';
import { AndelError } from '../../../../../shared/errors';
import type { MessageParams } from '../../../../../shared/i18n/translate';
import { schemaIssueMessage, schemaIssueText, type SchemaIssueLike } from '../../../../../shared/i18n/zod-issues';
import type { Language } from '../../../format/locales';
import { amountText as amountOrRefusal, asYear, horizonYears, MAX_HORIZON_YEARS, rateText as rateOrRefusal } from '../form-text';

/** The longest horizon the engine computes (resolve-scenario.ts). */

export type CostMode = 'none' | 'byYear' | 'indexed';
export type PoolBasis = NonNullable<ScenarioDefinitionInput['poolBasis']>;
export type FundingKind = NonNullable<NonNullable<ScenarioDefinitionInput['funding']>[number]['kind']>;
type AdjustmentKind = NonNullable<ScenarioDefinitionInput['adjustments']>[number]['kind'];

export interface ChangeRow {
  /** The engine member id (a workspace member or one that exists only in this scenario). */
  member: string;
  joined: string;
  left: string;
}

export interface ExtraMemberRow {
  id: string;
  name: string;
  category: string;
  joined: string;
  left: string;
  /** Inhabitants in `populationYear`; the scenario's growth carries it forward. */
  population: string;
  populationYear: string;
  /** Anything else the stored member had (other metrics, role, invoicedVia), kept as it was. */
  rest: Record<string, unknown>;
}

export interface FundingYear {
  amount: string;
  status: FundingStatus;
}

export interface FundingRow {
  source: string;
  kind: FundingKind;
  /** A funding source of the budget: its name, amounts and statuses are the budget's, not typed here. */
  budgetSource: number | null;
  years: Record<string, FundingYear>;
}

export interface AdjustmentRow {
  id: string;
  kind: AdjustmentKind;
  members: string[];
  /** 'percent' of the member's key charge, or a fixed 'amount' a year. */
  basis: 'percent' | 'amount';
  value: string;
  reason: string;
  rest: Record<string, unknown>;
}

export interface EditorForm {
  name: string;
  description: string;
  from: string;
  to: string;
  costMode: CostMode;
  /** Typed text per year, kept across horizon changes. */
  costsByYear: Record<string, string>;
  baseYear: string;
  baseAmount: string;
  indexRate: string;
  poolBasis: PoolBasis;
  /** Yearly population growth in percent; empty for none. */
  growth: string;
  changes: ChangeRow[];
  extraMembers: ExtraMemberRow[];
  funding: FundingRow[];
  adjustments: AdjustmentRow[];
}

/**
 * A form field: `name`, `from`, `to`, `costs`, `cost:2025`, `baseYear`, `baseAmount`, `indexRate`,
 * `poolBasis`, `growth`, `change:0:member|joined|left`, `extra:0:id|name|category|joined|left|population|populationYear`,
 * `funding:0:source`, `funding:0:2025`, `adjustment:0:members|value|reason`.
 */
export type EditorField = string;

/** An error at a field: an i18n key of the editor's own checks, or the words of the schema or engine. */
export type FieldError = { key: LocalError } | { detail: string; messageKey?: string | undefined; params?: MessageParams | undefined };

export type LocalError =
  | 'validation.required'
  | 'validation.year'
  | 'validation.date'
  | 'validation.amount'
  | 'validation.positiveAmount'
  | 'validation.leftBeforeJoined'
  | 'validation.wholeNumber'
  | 'scenarioEditor.errors.rate'
  | 'scenarioEditor.errors.toBeforeFrom'
  | 'scenarioEditor.errors.tooLong'
  | 'scenarioEditor.errors.duplicateMember'
  | 'scenarioEditor.errors.idText'
  | 'scenarioEditor.errors.noMembers';

export type BuildResult =
  | { ok: true; definition: ScenarioDefinitionInput }
  | { ok: false; errors: Record<EditorField, FieldError>; unplaced: { path: string; message: string }[] };

type Definition = ScenarioDefinitionInput;
type Costs = NonNullable<Definition['costs']>;
type StoredMember = NonNullable<Definition['additionalMembers']>[number];
type StoredFunding = NonNullable<Definition['funding']>[number];
type StoredAdjustment = { id: string; kind: AdjustmentKind; members: string[]; percent?: unknown; amount?: string; reason: string };

// ---- definition → form ------------------------------------------------------------------------

/** "1250000.5" → "1250000,5" in Swedish and Norwegian: the decimal text as a person types it. */
export function decimalForInput(text: string, language: Language): string {
  return language === 'en' ? text : text.replace('.', ',');
}

const populationOf = (member: StoredMember): { year: string; value: string } => {
  const series = member.metrics?.['population'] ?? {};
  const years = Object.keys(series).sort();
  const year = years[years.length - 1];
  return year === undefined ? { year: '', value: '' } : { year, value: String(series[year]?.value ?? '') };
};

export function formOf(definition: Definition, language: Language): EditorForm {
  const costs = definition.costs as Costs | undefined;
  const text = (value: string) => decimalForInput(value, language);
  const adjustments = ((definition as { adjustments?: StoredAdjustment[] }).adjustments ?? []).map((a): AdjustmentRow => {
    const { id, kind, members, percent, amount, reason, ...rest } = a;
    const basis = amount !== undefined ? 'amount' : 'percent';
    return { id, kind, members: [...members], basis, value: typeof percent === 'string' ? text(percent) : amount !== undefined ? text(amount) : '', reason, rest: typeof percent === 'object' && percent !== null ? { ...rest, percent } : rest };
  });
  return {
    name: definition.name,
    description: definition.description ?? '',
    from: String(definition.horizon.from),
    to: String(definition.horizon.to),
    costMode: !costs ? 'none' : 'byYear' in costs ? 'byYear' : 'indexed',
    costsByYear: costs && 'byYear' in costs ? Object.fromEntries(Object.entries(costs.byYear).map(([y, v]) => [y, text(v)])) : {},
    baseYear: costs && 'base' in costs ? String(costs.base.year) : String(definition.horizon.from),
    baseAmount: costs && 'base' in costs ? text(costs.base.amount) : '',
    indexRate: costs && 'indexRate' in costs ? text(costs.indexRate) : '',
    poolBasis: definition.poolBasis ?? 'costs',
    growth: definition.growth?.['population'] ? text(definition.growth['population'].rate) : '',
    changes: (definition.memberChanges ?? []).map((c) => ({ member: c.member, joined: c.joined ?? '', left: c.left ?? '' })),
    extraMembers: (definition.additionalMembers ?? []).map((m) => {
      const { id, name, category, joined, left, ...rest } = m;
      const population = populationOf(m);
      return { id, name, category, joined: joined ?? '', left: left ?? '', population: population.value, populationYear: population.year, rest };
    }),
    funding: (definition.funding ?? []).map((f) => ({
      source: f.source,
      kind: f.kind ?? 'external',
      budgetSource: f.budgetSource ?? null,
      years: Object.fromEntries(Object.entries(f.byYear).map(([y, e]) => [y, { amount: text(e.amount), status: e.status }])),
    })),
    adjustments,
  };
}

// ---- form → definition ------------------------------------------------------------------------

/** The years of the form's horizon, or [] while it is not one the editor can lay out. */
export const editorYears = (form: Pick<EditorForm, 'from' | 'to'>): number[] => horizonYears(form.from, form.to);

const amountText = (text: string, language: Language): string | LocalError => amountOrRefusal(text, language);
const rateText = (text: string): string | LocalError => rateOrRefusal(text, 'scenarioEditor.errors.rate');

const dateText = (text: string): string | null | LocalError => {
  const value = text.trim();
  if (value === '') return null;
  const ok = /^\d{4}-\d{2}-\d{2}$/u.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
  return ok ? value : 'validation.date';
};

const ID_TEXT = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,79}$/u;
const isLocal = (value: string | null): value is LocalError => value !== null && (value.startsWith('validation.') || value.startsWith('scenarioEditor.'));

/**
 * The form as a definition, on top of `base` (the stored definition). `facts` and `keys` let the
 * engine check what only it knows (a cost that its rounding cannot share, a member that does not
 * exist); without them only the schema is checked.
 */
export function definitionOf(
  form: EditorForm,
  base: Definition,
  language: Language,
  engine?: { facts: ScenarioFactsInput; keys: unknown[] },
): BuildResult {
  const errors: Record<EditorField, FieldError> = {};
  const fail = (field: EditorField, key: LocalError) => {
    errors[field] ??= { key };
  };
  const take = <T extends string | null>(field: EditorField, value: T | LocalError): T | undefined => {
    if (isLocal(value)) {
      fail(field, value);
      return undefined;
    }
    return value as T;
  };

  if (form.name.trim() === '') fail('name', 'validation.required');
  const from = asYear(form.from);
  const to = asYear(form.to);
  if (from === null) fail('from', 'validation.year');
  if (to === null) fail('to', 'validation.year');
  if (from !== null && to !== null && to < from) fail('to', 'scenarioEditor.errors.toBeforeFrom');
  if (from !== null && to !== null && to - from + 1 > MAX_HORIZON_YEARS) fail('to', 'scenarioEditor.errors.tooLong');
  const years = editorYears(form);
  const inHorizon = (year: string) => years.includes(Number(year));

  const out: Definition = { ...base, name: form.name.trim(), horizon: { from: from ?? base.horizon.from, to: to ?? base.horizon.to } };
  if (form.description.trim() === '') delete out.description;
  else out.description = form.description.trim();

  if (form.costMode === 'none') delete out.costs;
  else if (form.costMode === 'byYear') {
    const byYear: Record<string, string> = {};
    for (const year of years) {
      const value = take<string>(`cost:${year}`, amountText(form.costsByYear[String(year)] ?? '', language));
      if (value !== undefined) byYear[String(year)] = value;
    }
    out.costs = { byYear };
  } else {
    const baseCosts = base.costs && 'base' in base.costs ? base.costs : null;
    const baseYear = asYear(form.baseYear);
    if (baseYear === null) fail('baseYear', 'validation.year');
    const amount = take<string>('baseAmount', amountText(form.baseAmount, language));
    const indexRate = take<string>('indexRate', rateText(form.indexRate));
    out.costs = {
      base: { year: baseYear ?? from ?? base.horizon.from, amount: amount ?? '0' },
      indexRate: indexRate ?? '0',
      ...(baseCosts?.rounding ? { rounding: baseCosts.rounding } : {}),
    };
  }
  out.poolBasis = form.poolBasis;

  const growth = { ...(base.growth ?? {}) };
  if (form.growth.trim() === '') delete growth['population'];
  else {
    const rate = take<string>('growth', rateText(form.growth));
    if (rate !== undefined) growth['population'] = { ...(growth['population'] ?? {}), rate };
  }
  out.growth = growth;

  out.memberChanges = form.changes.map((c, i) => {
    if (c.member.trim() === '') fail(`change:${i}:member`, 'validation.required');
    const joined = take<string | null>(`change:${i}:joined`, dateText(c.joined));
    const left = take<string | null>(`change:${i}:left`, dateText(c.left));
    if (joined && left && left < joined) fail(`change:${i}:left`, 'validation.leftBeforeJoined');
    const change: NonNullable<Definition['memberChanges']>[number] = { member: c.member.trim() };
    if (joined) change.joined = joined;
    if (left) change.left = left;
    return change;
  });

  const seen = new Set<string>();
  out.additionalMembers = form.extraMembers.map((m, i): StoredMember => {
    const id = m.id.trim();
    if (!ID_TEXT.test(id)) fail(`extra:${i}:id`, id === '' ? 'validation.required' : 'scenarioEditor.errors.idText');
    else if (seen.has(id)) fail(`extra:${i}:id`, 'scenarioEditor.errors.duplicateMember');
    seen.add(id);
    if (m.name.trim() === '') fail(`extra:${i}:name`, 'validation.required');
    if (!ID_TEXT.test(m.category.trim())) fail(`extra:${i}:category`, m.category.trim() === '' ? 'validation.required' : 'scenarioEditor.errors.idText');
    const joined = take<string | null>(`extra:${i}:joined`, dateText(m.joined));
    const left = take<string | null>(`extra:${i}:left`, dateText(m.left));
    if (joined && left && left < joined) fail(`extra:${i}:left`, 'validation.leftBeforeJoined');
    const metrics = { ...((m.rest['metrics'] as StoredMember['metrics']) ?? {}) };
    if (m.population.trim() !== '' || m.populationYear.trim() !== '') {
      const value = Number(m.population.trim().replace(/[\s\u00a0]/gu, ''));
      const year = asYear(m.populationYear);
      if (!Number.isSafeInteger(value) || value < 0 || m.population.trim() === '') fail(`extra:${i}:population`, 'validation.wholeNumber');
      if (year === null) fail(`extra:${i}:populationYear`, 'validation.year');
      if (year !== null && Number.isSafeInteger(value)) metrics['population'] = { ...(metrics['population'] ?? {}), [String(year)]: { value } };
    }
    const member: StoredMember = { ...m.rest, id, name: m.name.trim(), category: m.category.trim(), metrics };
    if (joined) member.joined = joined;
    else delete member.joined;
    if (left) member.left = left;
    else delete member.left;
    return member;
  });

  out.funding = form.funding.map((f, i): StoredFunding => {
    if (f.source.trim() === '') fail(`funding:${i}:source`, 'validation.required');
    const byYear: StoredFunding['byYear'] = {};
    for (const [year, entry] of Object.entries(f.years)) {
      // Years outside the horizon are dropped, as the engine would refuse them; empty years are none.
      if (!inHorizon(year) || entry.amount.trim() === '') continue;
      const amount = take<string>(`funding:${i}:${year}`, amountText(entry.amount, language));
      if (amount !== undefined) byYear[year] = { amount, status: entry.status };
    }
    const line: StoredFunding = { source: f.source.trim(), kind: f.kind, byYear };
    if (f.budgetSource !== null) line.budgetSource = f.budgetSource;
    return line;
  });

  if (form.adjustments.length > 0 || (base as { adjustments?: unknown[] }).adjustments !== undefined) {
    (out as { adjustments?: unknown[] }).adjustments = form.adjustments.map((a, i) => {
      if (a.members.length === 0) fail(`adjustment:${i}:members`, 'scenarioEditor.errors.noMembers');
      if (a.reason.trim() === '') fail(`adjustment:${i}:reason`, 'validation.required');
      const { percent: keptPercent, ...rest } = a.rest as { percent?: unknown };
      const adjustment: Record<string, unknown> = { ...rest, id: a.id, kind: a.kind, members: [...a.members], reason: a.reason.trim() };
      if (a.basis === 'amount') adjustment['amount'] = take<string>(`adjustment:${i}:value`, amountText(a.value, language)) ?? '0';
      else if (a.value.trim() === '' && keptPercent !== undefined) adjustment['percent'] = keptPercent;
      else adjustment['percent'] = take<string>(`adjustment:${i}:value`, rateText(a.value)) ?? '0';
      return adjustment;
    });
  }

  if (Object.keys(errors).length > 0) return { ok: false, errors, unplaced: [] };

  const parsed = scenarioDefinitionSchema.safeParse(out);
  // The schema's issues carry their catalogue key, so the editor says them in the person's language.
  const issues: Parameters<typeof placeIssues>[0][number][] = parsed.success
    ? []
    : parsed.error.issues.map((issue: z.ZodIssue) => ({ path: formatPath('', issue.path), message: schemaIssueText(issue as SchemaIssueLike), ...schemaIssueMessage(issue as SchemaIssueLike) }));
  if (issues.length === 0 && engine) {
    try {
      resolveScenario(out, engine.facts, { keys: engine.keys as never[] });
    } catch (error) {
      if (!(error instanceof AndelError)) throw error;
      issues.push(...(error.issues ?? [{ path: '', message: error.message }]));
    }
  }
  if (issues.length === 0) return { ok: true, definition: out };
  return placeIssues(issues, form.costMode);
}

/** Refusals of the schema, the engine or the backend, each at the field it names; the rest apart. */
export function placeIssues(issues: readonly { path: string; message: string; messageKey?: string | undefined; params?: MessageParams | undefined }[], costMode: CostMode): Extract<BuildResult, { ok: false }> {
  const errors: Record<EditorField, FieldError> = {};
  const unplaced: { path: string; message: string }[] = [];
  for (const issue of issues) {
    const field = fieldOfPath(issue.path, costMode);
    if (field === null) unplaced.push(issue);
    // The catalogue's key, when the issue has one, lets the editor say it in the person's language.
    else errors[field] ??= issue.messageKey ? { detail: issue.message, messageKey: issue.messageKey, params: issue.params } : { detail: issue.message };
  }
  return { ok: false, errors, unplaced };
}

/** An issue path of the schema, the engine or `scenarios:save` (`definition.costs.byYear.2025`) → the form field it is about. */
export function fieldOfPath(path: string, costMode: CostMode): EditorField | null {
  const p = path.replace(/^definition\.?/u, '');
  let m: RegExpExecArray | null;
  if (p === 'name') return 'name';
  if ((m = /^horizon(?:\.(from|to))?/u.exec(p))) return m[1] ?? 'from';
  if ((m = /^costs\.byYear\.(\d{4})/u.exec(p))) return `cost:${m[1]}`;
  if (/^costs\.base\.year/u.test(p)) return 'baseYear';
  if (/^costs\.base/u.test(p)) return 'baseAmount';
  if (/^costs\.indexRate/u.test(p)) return 'indexRate';
  if (/^costs/u.test(p)) return costMode === 'indexed' ? 'baseAmount' : 'costs';
  if (/^poolBasis/u.test(p)) return 'poolBasis';
  if (/^growth\.population/u.test(p)) return 'growth';
  if ((m = /^memberChanges\[(\d+)\](?:\.(member|joined|left))?/u.exec(p))) return `change:${m[1]}:${m[2] ?? 'member'}`;
  if ((m = /^additionalMembers\[(\d+)\](?:\.(\w+))?/u.exec(p))) {
    const sub = m[2] ?? 'id';
    return `extra:${m[1]}:${sub === 'metrics' ? 'population' : ['id', 'name', 'category', 'joined', 'left'].includes(sub) ? sub : 'id'}`;
  }
  if ((m = /^funding\[(\d+)\]\.byYear\.(\d{4})/u.exec(p))) return `funding:${m[1]}:${m[2]}`;
  if ((m = /^funding\[(\d+)\]/u.exec(p))) return `funding:${m[1]}:source`;
  if ((m = /^adjustments\[(\d+)\](?:\.(\w+))?/u.exec(p))) {
    const sub = m[2] ?? 'members';
    return `adjustment:${m[1]}:${sub === 'percent' || sub === 'amount' ? 'value' : sub === 'reason' ? 'reason' : 'members'}`;
  }
  return null;
}
