/**
 * The cost summary of a proposal that adopts a scenario: what each member pays under the scenario
 * and under the current arrangement, year by year.
 *
 * The scenario is the one behind the proposal's `adopts_snapshot` link (set by `scenarios:adopt`),
 * computed with the engine (src/shared/calc) on the workspace's current facts, built by the scenario
 * services' `buildCooperationFacts`. "Current" is the scenario's baseline scenario when it names one;
 * otherwise the same scenario with the key last adopted for the cooperation (an adopted or
 * implemented decision with an `adopts_key` link), when that is another key.
 *
 * Years are compared with the same year only (compareYear, the rule the studio and Compare use):
 * a year the arrangement compared with does not cover has no change, not a change against 0.
 * The key is stated as the scenario uses it, with its parameter values, in the pack's language.
 */
import type { MeetingPackMemberLine, MeetingPackScenarioSummary } from '../../../shared/api/channels/governance.channels';
import { compareYear, computeScenario, resolveScenario, type ResolvedScenario, type ScenarioResult } from '../../../shared/calc';
import { AndelError } from '../../../shared/errors';
import { parseJsonColumn } from '../../document/canonical-json';
import type { ExportLanguage } from '../../export/export-language';
import { describeKeyAsUsed, keyOrigin } from '../../export/scenario-words';
import { listBodies } from '../../repositories/body.repository';
import { listDecisionLinks, listDecisions } from '../../repositories/decision.repository';
import { findScenarioRow } from '../../repositories/scenario.repository';
import { findSnapshotRow } from '../../repositories/snapshot.repository';
import type { Db } from './body-common';
import { buildCooperationFacts, loadCooperationKeys } from '../scenarios/scenario-facts.service';

function compute(definition: unknown, facts: unknown, keys: readonly unknown[]): { result: ScenarioResult; exponent: number; resolved: ResolvedScenario } {
  const resolved = resolveScenario(definition, facts, { keys: keys as never[] });
  return { result: computeScenario(resolved, { trail: false }), exponent: resolved.exponent, resolved };
}

const messageOf = (error: unknown): string => (error instanceof AndelError ? error.message : error instanceof Error ? error.message : String(error));

/** The key adopted most recently (by decision date, then number) for a cooperation, or null. */
async function currentKeyId(db: Db, cooperationId: number): Promise<number | null> {
  const bodyIds = (await listBodies(db, cooperationId)).map((b) => b.id);
  const decisions = (await listDecisions(db, { bodyIds })).filter((d) => d.status === 'adopted' || d.status === 'implemented');
  const links = await listDecisionLinks(db, decisions.map((d) => d.id));
  const adopting = decisions
    .filter((d) => links.some((l) => l.decisionId === d.id && l.kind === 'adopts_key'))
    .sort((a, b) => (a.decidedOn ?? '').localeCompare(b.decidedOn ?? '') || a.year - b.year || a.sequence - b.sequence);
  const latest = adopting[adopting.length - 1];
  if (!latest) return null;
  const keyLinks = links.filter((l) => l.decisionId === latest.id && l.kind === 'adopts_key');
  return keyLinks[keyLinks.length - 1]?.keyId ?? null;
}

export async function scenarioSummary(db: Db, snapshotId: number, language: ExportLanguage = 'sv'): Promise<MeetingPackScenarioSummary | null> {
  const snapshot = await findSnapshotRow(db, snapshotId);
  if (!snapshot) return null;
  return proposedScenarioSummary(db, snapshot.scenarioId, language, snapshotId);
}

/** The same summary for a scenario an agenda item proposes before any snapshot exists (snapshotId null). */
export async function proposedScenarioSummary(db: Db, scenarioId: number, language: ExportLanguage = 'sv', snapshotId: number | null = null): Promise<MeetingPackScenarioSummary | null> {
  const scenario = await findScenarioRow(db, scenarioId);
  if (!scenario) return null;
  const keys = await loadCooperationKeys(db, scenario.cooperationId);
  const keyRow = keys.find((k) => k.row.id === scenario.keyId)?.row;
  const base: MeetingPackScenarioSummary = {
    snapshotId,
    scenarioId: scenario.id,
    scenarioName: scenario.name,
    keyName: keyRow ? `${keyRow.name} v${keyRow.version}` : `#${scenario.keyId}`,
    keyDescription: null,
    keyOrigin: null,
    comparedWith: null,
    currency: 'SEK',
    exponent: 2,
    years: [],
    members: [],
    yearsWithoutComparison: [],
    totals: { proposed: [], current: null, change: null },
    problem: null,
  };
  const { facts, members: memberRefs } = await buildCooperationFacts(db, scenario.cooperationId);
  const keyDefinitions = keys.map((k) => k.definition);
  const definition = parseJsonColumn(scenario.definition) as Record<string, unknown>;

  let proposed: ReturnType<typeof compute>;
  try {
    proposed = compute(definition, facts, keyDefinitions);
  } catch (error) {
    return { ...base, problem: messageOf(error) };
  }

  let current: ScenarioResult | null = null;
  let comparedWith: MeetingPackScenarioSummary['comparedWith'] = null;
  try {
    if (scenario.baselineScenarioId !== null) {
      const baseline = await findScenarioRow(db, scenario.baselineScenarioId);
      if (baseline) {
        current = compute(parseJsonColumn(baseline.definition), facts, keyDefinitions).result;
        comparedWith = { kind: 'baseline_scenario', name: baseline.name };
      }
    } else {
      const keyId = await currentKeyId(db, scenario.cooperationId);
      const currentKey = keyId === null ? undefined : keys.find((k) => k.row.id === keyId);
      if (currentKey && currentKey.row.id !== scenario.keyId) {
        current = compute({ ...definition, key: currentKey.definition }, facts, keyDefinitions).result;
        comparedWith = { kind: 'current_key', name: `${currentKey.row.name} v${currentKey.row.version}` };
      }
    }
  } catch {
    // The current key cannot be applied to this scenario (other parameters, other metrics): no comparison.
    current = null;
    comparedWith = null;
  }

  const result = proposed.result;
  const years = [...result.years];
  const nameOf = new Map(memberRefs.map((m) => [m.memberId, m.name]));
  // Per year, every member of either side: what it pays under each and the change where both cover the year.
  const byYear = years.map((year) => compareYear(current, result, year));
  const covered = years.map((year) => current !== null && current.years.includes(year));
  const ids = [...new Set(byYear.flatMap((m) => [...m.keys()]))];
  const members: MeetingPackMemberLine[] = ids
    .map((memberId): MeetingPackMemberLine => {
      const p = byYear.map((m) => m.get(memberId)?.scenario ?? 0);
      const c = current === null ? null : byYear.map((m, t) => (covered[t] ? (m.get(memberId)?.baseline ?? 0) : null));
      const change = current === null ? null : byYear.map((m, t) => (covered[t] ? (m.get(memberId)?.delta ?? 0) : null));
      return {
        memberId,
        name: nameOf.get(memberId) ?? result.members.find((m) => m.id === memberId)?.name ?? memberId,
        proposed: p,
        current: c,
        change,
        totalProposed: p.reduce((a, b) => a + b, 0),
        // Over the years compared; none compared is no change at all, not a change of 0.
        totalChange: change === null || change.every((v) => v === null) ? null : change.reduce((a: number, b) => a + (b ?? 0), 0),
      };
    })
    // Observers and parties who pay nothing under either arrangement are left out.
    .filter((line) => line.proposed.some((v) => v !== 0) || (line.current ?? []).some((v) => v !== null && v !== 0))
    .sort((a, b) => a.name.localeCompare(b.name, 'sv') || a.memberId.localeCompare(b.memberId));
  const sum = (rows: ((number | null)[] | null)[]): (number | null)[] => years.map((_, t) => (covered[t] ? rows.reduce((acc: number, r) => acc + (r?.[t] ?? 0), 0) : null));
  return {
    ...base,
    keyDescription: describeKeyAsUsed(proposed.resolved, language),
    keyOrigin: keyOrigin(proposed.resolved, language),
    comparedWith,
    currency: result.currency,
    exponent: proposed.exponent,
    years,
    members,
    yearsWithoutComparison: current === null ? [] : years.filter((_, t) => !covered[t]),
    totals: {
      proposed: years.map((_, t) => members.reduce((acc, m) => acc + (m.proposed[t] ?? 0), 0)),
      current: current ? sum(members.map((m) => m.current)) : null,
      change: current ? sum(members.map((m) => m.change)) : null,
    },
  };
}
