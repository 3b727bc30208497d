/**
 * Scenarios stored in the workspace, computed from the workspace's own facts: list, read, save,
 * compute (with instant what-ifs that are never stored), compare, sweep one parameter, explain one
 * member's year in words.
 */
import type { Kysely } from 'kysely';
import {
  compareWithBaseline,
  computeScenario,
  describeAdjustment,
  describeCharge,
  describeMemberYear,
  explainCharge as explainMemberYear,
  resolveScenario,
  scenarioCharges,
  sweepParameter,
  type ResolvedScenario,
  type ScenarioCharges,
  type ScenarioFactsInput,
  type ScenarioResult,
} from '../../../shared/calc';
import type {
  ChargeExplanation,
  ScenarioComparison,
  ScenarioComputation,
  ScenarioDetail,
  ScenarioMemberRef,
  ScenarioSummary,
  ScenarioSweep,
} from '../../../shared/api/channels/scenarios.channels';
import type { ParsedInput } from '../../../shared/api/contract';
import type { Language } from '../../../shared/domain/languages';
import { AndelError, entityWord, fieldError, invalidField, issue, ref, refusedIssues, type ErrorIssue, type MessageParam } from '../../../shared/errors';
import { foldText } from '../../../shared/governance/fold-text';
import type { CooperationRow, Database } from '../../db/database.types';
import { canonicalJson, parseJsonColumn } from '../../document/canonical-json';
import { checkScenarioDefinition } from '../../document/engine-definitions';
import { listCooperations } from '../../repositories/cooperation.repository';
import { withRowVersion } from '../../repositories/row-version';
import { findScenarioRow, insertScenarioRow, listScenarioRows, updateScenarioRow, type ScenarioRow } from '../../repositories/scenario.repository';
import { audit } from '../audit/audit-entry';
import { linkBudgetFunding } from '../budgets/budget-funding-link';
import type { Clock } from '../clock';
import { buildCooperationFacts, loadCooperationKeys, requireCooperation, type CooperationFacts, type Db, type StoredKey } from './scenario-facts.service';

type Definition = Record<string, unknown>;

export interface WhatIf {
  parameters?: Record<string, string> | undefined;
  metricOverrides?: { organisationId: number; metric: string; year: number; value: number }[] | undefined;
  memberChanges?: { organisationId: number; joined?: string | null | undefined; left?: string | null | undefined; role?: 'member' | 'observer' | 'administrative_party' | undefined }[] | undefined;
}

export function summariseScenario(row: ScenarioRow, definition: Definition = parseJsonColumn(row.definition) as Definition): ScenarioSummary {
  const horizon = (definition.horizon ?? {}) as { from?: unknown; to?: unknown };
  return {
    id: row.id,
    cooperationId: row.cooperationId,
    name: row.name,
    description: row.description,
    keyId: row.keyId,
    baselineScenarioId: row.baselineScenarioId,
    currency: typeof definition.currency === 'string' ? definition.currency : '',
    horizon: { from: Number(horizon.from), to: Number(horizon.to) },
  };
}

export async function requireScenarioRow(db: Db, id: number, field = 'scenarioId'): Promise<ScenarioRow> {
  const row = await findScenarioRow(db, id);
  if (!row) throw new AndelError('NOT_FOUND', ref('error.notFound', { what: entityWord('scenario'), id }), [issue(field, 'error.notFoundField', { what: entityWord('scenario'), id })]);
  return row;
}

export async function listScenarios(db: Kysely<Database>, input: ParsedInput<'scenarios:list'>): Promise<ScenarioSummary[]> {
  return db.transaction().execute(async (trx) => {
    await requireCooperation(trx, input.cooperationId);
    return (await listScenarioRows(trx, input.cooperationId)).map((row) => summariseScenario(row));
  });
}

export async function getScenario(db: Kysely<Database>, input: ParsedInput<'scenarios:get'>): Promise<ScenarioDetail> {
  const row = await requireScenarioRow(db, input.id, 'id');
  const definition = parseJsonColumn(row.definition) as Definition;
  return withRowVersion(db, 'scenarios', { ...summariseScenario(row, definition), definition });
}

const refusal = (issues: ErrorIssue[]): AndelError => refusedIssues(issues, 'error.scenario.invalid');

/** The stored key a definition's { ref, version } points at (the highest version when none is given). */
function keyFor(definition: Definition, keys: readonly StoredKey[]): StoredKey | null {
  const ref = definition.key as { ref?: unknown; version?: unknown } | undefined;
  if (!ref || typeof ref.ref !== 'string') return null;
  const candidates = keys.filter((k) => k.definition.id === ref.ref && (ref.version === undefined || k.definition.version === ref.version));
  return candidates.sort((a, b) => b.row.version - a.row.version)[0] ?? null;
}

export async function saveScenario(db: Kysely<Database>, input: ParsedInput<'scenarios:save'>, clock: Clock): Promise<ScenarioDetail> {
  return db.transaction().execute(async (trx) => {
    const cooperation = await requireCooperation(trx, input.cooperationId);
    // Lines that refer to the budget take its amounts now, so the stored definition computes on its own too.
    const definition = await linkBudgetFunding(trx, input.cooperationId, cooperation.currency, input.definition);
    const before = input.id === undefined ? null : await requireScenarioRow(trx, input.id, 'id');
    if (before && before.cooperationId !== input.cooperationId) {
      throw invalidField('cooperationId', 'error.scenario.otherCooperation', { id: before.id, actual: before.cooperationId, given: input.cooperationId });
    }
    const baselineScenarioId = input.baselineScenarioId === undefined ? (before?.baselineScenarioId ?? null) : input.baselineScenarioId;
    if (baselineScenarioId !== null) {
      const baseline = await findScenarioRow(trx, baselineScenarioId);
      if (!baseline) throw invalidField('baselineScenarioId', 'error.notFoundField', { what: entityWord('scenario'), id: baselineScenarioId });
      if (baseline.cooperationId !== input.cooperationId) throw invalidField('baselineScenarioId', 'error.scenario.baselineOtherCooperation', { id: baselineScenarioId });
      if (before && baseline.id === before.id) throw invalidField('baselineScenarioId', 'error.scenario.ownBaseline');
    }
    const keys = await loadCooperationKeys(trx, input.cooperationId);
    const key = keyFor(definition, keys);
    const issues = checkScenarioDefinition(
      definition,
      cooperation.currency,
      keys.map((k) => k.definition),
      key ? { id: key.row.id, version: key.row.version, definition: key.definition } : null,
      'definition',
    );
    if (issues.length > 0 || !key) throw refusal(issues.length > 0 ? issues : [issue('definition.key.ref', 'error.scenario.noSuchKey')]);
    const values = {
      name: input.name ?? before?.name ?? (typeof definition.name === 'string' && definition.name.trim() ? definition.name.trim() : 'Scenario'),
      description: input.description === undefined ? (before?.description ?? null) : input.description,
      keyId: key.row.id,
      baselineScenarioId,
      definition: canonicalJson(definition),
    };
    let id: number;
    if (before) {
      id = before.id;
      await updateScenarioRow(trx, id, values, input.expectedVersion);
    } else {
      id = await insertScenarioRow(trx, { cooperationId: input.cooperationId, ...values });
    }
    await audit(
      trx,
      clock,
      'scenario',
      id,
      before ? 'update' : 'create',
      before ? { ...before, definition: parseJsonColumn(before.definition) } : null,
      { id, cooperationId: input.cooperationId, ...values, definition },
    );
    const saved = await requireScenarioRow(trx, id, 'id');
    return withRowVersion(trx, 'scenarios', { ...summariseScenario(saved, definition), definition });
  });
}

/** Everything needed to compute one stored scenario with what-ifs applied. */
export interface PreparedScenario {
  row: ScenarioRow;
  summary: ScenarioSummary;
  cooperation: CooperationRow;
  definition: Definition;
  facts: ScenarioFactsInput;
  keys: Definition[];
  members: ScenarioMemberRef[];
  memberIdOf: Map<number, string>;
  resolved: ResolvedScenario;
}

function applyWhatIf(definition: Definition, bundle: CooperationFacts, whatIf: WhatIf): { definition: Definition; facts: ScenarioFactsInput } {
  let def = definition;
  const memberOf = (organisationId: number, path: string): string => {
    const id = bundle.memberIdOf.get(organisationId);
    if (id === undefined) throw invalidField(path, 'error.scenario.notParticipant', { id: organisationId, cooperation: bundle.cooperation.name });
    return id;
  };
  if (whatIf.parameters && Object.keys(whatIf.parameters).length > 0) {
    def = { ...def, parameters: { ...((def.parameters as Record<string, string> | undefined) ?? {}), ...whatIf.parameters } };
  }
  if (whatIf.memberChanges && whatIf.memberChanges.length > 0) {
    const extra = whatIf.memberChanges.map((c, i) => {
      const change: Record<string, unknown> = { member: memberOf(c.organisationId, `memberChanges[${i}].organisationId`) };
      if (c.joined !== undefined) change.joined = c.joined;
      if (c.left !== undefined) change.left = c.left;
      if (c.role !== undefined) change.role = c.role === 'administrative_party' ? 'administrative-party' : c.role;
      return change;
    });
    def = { ...def, memberChanges: [...((def.memberChanges as unknown[] | undefined) ?? []), ...extra] };
  }
  let facts = bundle.facts;
  if (whatIf.metricOverrides && whatIf.metricOverrides.length > 0) {
    const members = facts.members.map((m) => ({ ...m, metrics: { ...(m.metrics ?? {}) } }));
    whatIf.metricOverrides.forEach((o, i) => {
      const id = memberOf(o.organisationId, `metricOverrides[${i}].organisationId`);
      const member = members.find((m) => m.id === id);
      if (!member) return;
      const series = { ...(member.metrics[o.metric] ?? {}) };
      const point = series[String(o.year)];
      // The stored reference date stays: only the value is what-if.
      series[String(o.year)] = point?.referenceDate ? { value: o.value, referenceDate: point.referenceDate, source: 'what-if' } : { value: o.value, source: 'what-if' };
      member.metrics[o.metric] = series;
    });
    facts = { ...facts, members };
  }
  return { definition: def, facts };
}

/** Makes engine paths about facts readable: `facts.members[3]` becomes the organisation's name and id. */
function explainFactsPaths(error: unknown, bundle: CooperationFacts): never {
  if (error instanceof AndelError && error.code === 'INVALID_INPUT') {
    const rename = (path: string): string =>
      path.replace(/^facts\.members\[(\d+)\]/, (whole, index: string) => {
        const member = bundle.members[Number(index)];
        return member ? `organisation ${member.organisationId} (${member.name})` : whole;
      });
    const issues = (error.issues ?? []).map((found) => ({ ...found, path: rename(found.path) }));
    if (issues.length === 0) throw error;
    throw refusedIssues(issues, 'error.scenario.invalid');
  }
  throw error;
}

export async function prepareScenario(db: Db, scenarioId: number, whatIf: WhatIf = {}): Promise<PreparedScenario> {
  const row = await requireScenarioRow(db, scenarioId);
  const stored = parseJsonColumn(row.definition) as Definition;
  const [bundle, keys] = await Promise.all([buildCooperationFacts(db, row.cooperationId), loadCooperationKeys(db, row.cooperationId)]);
  const linked = await linkBudgetFunding(db, row.cooperationId, bundle.cooperation.currency, stored);
  const { definition, facts } = applyWhatIf(linked, bundle, whatIf);
  const keyDefinitions = keys.map((k) => k.definition);
  let resolved: ResolvedScenario;
  try {
    resolved = resolveScenario(definition, facts, { keys: keyDefinitions as never[] });
  } catch (error) {
    explainFactsPaths(error, bundle);
  }
  return {
    row,
    summary: summariseScenario(row, stored),
    cooperation: bundle.cooperation,
    definition,
    facts,
    keys: keyDefinitions,
    members: bundle.members,
    memberIdOf: bundle.memberIdOf,
    resolved,
  };
}

const compute = (prepared: PreparedScenario, trail: boolean): ScenarioResult => computeScenario(prepared.resolved, { trail });

/** A read-only transaction, so every figure comes from one consistent state of the file. */
const reading = <T>(db: Kysely<Database>, work: (trx: Db) => Promise<T>): Promise<T> => db.transaction().execute(work);

export async function computeStoredScenario(db: Kysely<Database>, input: ParsedInput<'scenarios:compute'>): Promise<ScenarioComputation> {
  const prepared = await reading(db, (trx) => prepareScenario(trx, input.scenarioId, input));
  return { scenario: prepared.summary, members: prepared.members, result: compute(prepared, false) };
}

/**
 * A stored scenario's charges one member-year at a time (scenarioCharges), for the command line's
 * tables: the figures of computeStoredScenario without holding every member's whole result.
 */
export async function storedScenarioCharges(db: Kysely<Database>, input: ParsedInput<'scenarios:compute'>): Promise<{ scenario: ScenarioSummary; members: ScenarioMemberRef[]; resolved: ResolvedScenario; charges: ScenarioCharges }> {
  const prepared = await reading(db, (trx) => prepareScenario(trx, input.scenarioId, input));
  return { scenario: prepared.summary, members: prepared.members, resolved: prepared.resolved, charges: scenarioCharges(prepared.resolved) };
}

export async function compareScenarios(db: Kysely<Database>, input: ParsedInput<'scenarios:compare'>): Promise<ScenarioComparison> {
  return reading(db, async (trx) => {
    const prepared = await prepareScenario(trx, input.scenarioId, input);
    const hasWhatIf = Boolean(
      (input.parameters && Object.keys(input.parameters).length > 0) || (input.metricOverrides?.length ?? 0) > 0 || (input.memberChanges?.length ?? 0) > 0,
    );
    const baselineId = input.baselineScenarioId ?? prepared.row.baselineScenarioId ?? (hasWhatIf ? prepared.row.id : null);
    if (baselineId === null) {
      throw invalidField('baselineScenarioId', 'error.scenario.noBaseline', { name: prepared.row.name });
    }
    const baseline = await prepareScenario(trx, baselineId);
    if (baseline.row.cooperationId !== prepared.row.cooperationId) throw invalidField('baselineScenarioId', 'error.scenario.baselineOtherCooperation', { id: baselineId });
    const comparison = compareWithBaseline(compute(baseline, false), compute(prepared, false));
    return {
      scenario: prepared.summary,
      baseline: { scenarioId: baseline.row.id, name: baseline.row.name, whatIf: false },
      members: prepared.members,
      comparison,
    };
  });
}

export async function sweepScenario(db: Kysely<Database>, input: ParsedInput<'scenarios:sweep'>): Promise<ScenarioSweep> {
  const prepared = await reading(db, (trx) => prepareScenario(trx, input.scenarioId, input));
  const steps = sweepParameter(prepared.resolved, input.parameter, input.values);
  const byId = new Map(prepared.members.map((m) => [m.memberId, m]));
  return {
    scenario: prepared.summary,
    parameter: input.parameter,
    members: prepared.resolved.members.map((m) => byId.get(m.id) ?? { memberId: m.id, organisationId: 0, name: m.name }),
    years: [...prepared.resolved.years],
    steps: steps.map((s) => ({ value: s.value, net: s.net.map((row) => [...row]), totalNet: [...s.totalNet] })),
  };
}

export async function explainCharge(db: Kysely<Database>, input: ParsedInput<'scenarios:explain'>): Promise<ChargeExplanation> {
  const prepared = await reading(db, (trx) => prepareScenario(trx, input.scenarioId, input));
  const memberId = prepared.memberIdOf.get(input.organisationId);
  if (memberId === undefined) throw invalidField('organisationId', 'error.scenario.notParticipant', { id: input.organisationId, cooperation: prepared.cooperation.name });
  if (!prepared.resolved.years.includes(input.year)) {
    const years = prepared.resolved.years;
    throw invalidField('year', 'error.export.yearOutsideHorizon', { year: input.year, from: years[0] ?? '', to: years[years.length - 1] ?? '' });
  }
  const memberName = prepared.members.find((m) => m.memberId === memberId)?.name ?? memberId;
  return chargeExplanation(prepared.resolved, { scenarioId: prepared.row.id, organisationId: input.organisationId, memberId, memberName }, input.year, input.language);
}

/** One member-year's charge and "Why this amount?" in words, from a resolved scenario (as it computes today, or as adopted). */
export function chargeExplanation(
  resolved: ResolvedScenario,
  who: { scenarioId: number; organisationId: number; memberId: string; memberName: string },
  forYear: number,
  language: Language,
): ChargeExplanation {
  const year = explainMemberYear(resolved, who.memberId, forYear);
  const currency = resolved.currency;
  return {
    scenarioId: who.scenarioId,
    organisationId: who.organisationId,
    memberName: who.memberName,
    year: forYear,
    currency,
    language,
    charged: year.charged,
    components: year.components.map((c) => ({
      componentId: c.componentId,
      label: c.label,
      amount: c.amount,
      subsidies: c.subsidies.reduce((sum, s) => sum + s.amount, 0),
      text: describeCharge(c, language, currency),
    })),
    roundingAdjustment: year.roundingAdjustment,
    adjustments: year.adjustments.map((a) => ({ adjustmentId: a.adjustmentId, label: a.label, reason: a.reason, amount: a.amount, text: describeAdjustment(a, language, currency) })),
    gross: year.gross,
    subsidies: year.subsidies,
    net: year.net,
    lines: describeMemberYear(year, language, currency),
  };
}

/**
 * Finds one record by name, for people typing names (the CLI): exactly, else ignoring case, else
 * ignoring case and accents ("skovde" for "Skövde"), else, when `partial`, the one name that
 * contains what was typed ("skaraborg" for "Bibliotek Skaraborg 9-gruppen"). An unknown or
 * ambiguous name lists the names there are.
 */
export function matchByName<T extends { id: number; name: string }>(items: readonly T[], name: string, what: MessageParam, field: string, partial = false): T {
  const lower = (text: string): string => text.toLocaleLowerCase('sv');
  const typed = foldText(name.trim());
  const steps: ((item: T) => boolean)[] = [
    (item) => item.name === name,
    (item) => lower(item.name) === lower(name),
    (item) => foldText(item.name) === typed,
  ];
  if (partial && typed !== '') steps.push((item) => foldText(item.name).includes(typed));
  let candidates: T[] = [];
  for (const step of steps) {
    candidates = items.filter(step);
    if (candidates.length > 0) break;
  }
  if (candidates.length === 1) return candidates[0] as T;
  const available: MessageParam = items.length > 0 ? items.map((item) => `"${item.name}"`).join(', ') : ref('error.lookup.nothing');
  if (candidates.length === 0) throw fieldError('NOT_FOUND', field, 'error.lookup.none', { what, name, available });
  throw fieldError('NOT_FOUND', field, 'error.lookup.ambiguous', { what, name, candidates: candidates.map((c) => `"${c.name}" (id ${c.id})`).join(', ') });
}

export async function findScenarioByNames(db: Kysely<Database>, cooperationName: string, scenarioName: string): Promise<{ cooperation: CooperationRow; scenario: ScenarioSummary }> {
  return reading(db, async (trx) => {
    const cooperation = matchByName(await listCooperations(trx), cooperationName, entityWord('cooperation'), '--cooperation', true);
    const scenarios = (await listScenarioRows(trx, cooperation.id)).map((row) => summariseScenario(row));
    return { cooperation, scenario: matchByName(scenarios, scenarioName, ref('error.lookup.scenarioOf', { name: cooperation.name }), '--scenario', true) };
  });
}

export async function findCooperationByName(db: Kysely<Database>, cooperationName: string): Promise<CooperationRow> {
  return reading(db, async (trx) => matchByName(await listCooperations(trx), cooperationName, entityWord('cooperation'), '--cooperation', true));
}
