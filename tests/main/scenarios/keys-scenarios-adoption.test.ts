/**
 * Keys and scenarios living in the workspace: versions, validation that names the field and writes
 * nothing, adoption as an immutable snapshot linked to its decision, and the document round trip.
 */
import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../src/main/db/open-workspace';
import { canonicalJson } from '../../../src/main/document/canonical-json';
import { exportDocument, serializeDocument } from '../../../src/main/document/export-document';
import { importDocument } from '../../../src/main/document/import-document';
import { validateDocument } from '../../../src/main/document/validate-document';
import type { KeyDetail, KeySummary, ScenarioComputation, ScenarioDetail, ScenarioSummary, SnapshotDetail, SnapshotSummary } from '../../../src/shared/api/channels/scenarios.channels';
import { computeScenario, resolveScenario, type ScenarioResult } from '../../../src/shared/calc';
import { dbContentHash } from '../../helpers/db-content-hash';
import { useTempDirs } from '../../helpers/temp-dir';
import { cooperationId, demoDocument, openDemo, scenarioId, type Kit } from './scenario-test-kit';

const tempDir = useTempDirs();
const doc = demoDocument();
const skaraborg = cooperationId(doc, 'Skaraborg');
const skaraborgScenario = scenarioId(doc, 'Skaraborg');
const decisionNumbered = (number: string): number => doc.decisions.find((d) => d.number === number)!.id;
let kit: Kit;

beforeEach(async () => {
  kit = await openDemo(tempDir().file('w.andel'));
}, 60_000);
afterEach(async () => kit.session.close());

async function expectRefused(channel: string, input: unknown, code: string, path?: string): Promise<void> {
  const before = await dbContentHash(kit.session.db);
  const result = await kit.call(channel, input);
  expect(result.ok).toBe(false);
  if (!result.ok) {
    expect(result.error.code, result.error.message).toBe(code);
    if (path !== undefined) expect(result.error.issues?.[0]?.path, result.error.message).toBe(path);
  }
  expect(await dbContentHash(kit.session.db), 'nothing was written').toBe(before);
}

const skaraborgKey = (): Record<string, unknown> => structuredClone(doc.distributionKeys.find((k) => k.cooperationId === skaraborg)!.definition) as Record<string, unknown>;

describe('keys', () => {
  it('lists and reads the demo keys', async () => {
    const keys = await kit.value<KeySummary[]>('keys:list', {});
    expect(keys.map((k) => k.ref).sort()).toEqual(['bibblix', 'felles-formidlingslosning', 'sambruk-group', 'sambruk-individual', 'skaraborg-9']);
    const key = await kit.value<KeyDetail>('keys:get', { id: keys.find((k) => k.ref === 'skaraborg-9')!.id });
    expect(key).toMatchObject({ family: 'allocation', version: 1, latest: true, scenarioCount: 1 });
    expect((key.definition as { parameters: unknown }).parameters).toEqual({ equalShare: '15' });
  });

  it('saves a changed key as the next version; the old version stays and scenarios may pin either', async () => {
    const definition = { ...skaraborgKey(), parameters: { equalShare: '20' } };
    const saved = await kit.value<KeyDetail>('keys:save', { cooperationId: skaraborg, definition, note: '20/80' });
    expect(saved).toMatchObject({ version: 2, ref: 'skaraborg-9', latest: true, note: '20/80' });
    expect((saved.definition as { version: number }).version).toBe(2);
    const list = await kit.value<KeySummary[]>('keys:list', { cooperationId: skaraborg });
    expect(list.map((k) => [k.version, k.latest])).toEqual([
      [1, false],
      [2, true],
    ]);
    // The stored scenario pins version 1, so it computes as before.
    const c = await kit.value<ScenarioComputation>('scenarios:compute', { scenarioId: skaraborgScenario });
    expect(c.result.keyVersion).toBe(1);
    expect(c.result.parameters.equalShare).toBe('15');
  });

  it.each([
    ['a band gap', (k: Record<string, unknown>) => ({ ...k, family: 'fee-schedule', components: [{ type: 'banded', id: 'b', metric: 'population', bands: [{ from: 0, to: 7000, amount: '5000' }, { from: 8000, amount: '10000' }] }] }), 'definition.components[0].bands[1].from'],
    ['shares not adding to 100 %', (k: Record<string, unknown>) => ({ ...k, components: [{ type: 'equal', id: 'e', share: '15' }, { type: 'proportional', id: 'p', share: '80', metric: 'population' }] }), 'definition.components[1].share'],
    ['a rate with a comma', (k: Record<string, unknown>) => ({ ...k, family: 'fee-schedule', components: [{ type: 'per-unit', id: 'r', metric: 'population', rate: '0,70' }] }), 'definition.components[0].rate'],
  ])('refuses %s, naming the field, and writes nothing', async (_what, change, path) => {
    await expectRefused('keys:save', { cooperationId: skaraborg, definition: change(skaraborgKey()) }, 'INVALID_INPUT', path);
  });
});

describe('scenarios', () => {
  it('lists per cooperation and reads one', async () => {
    const list = await kit.value<ScenarioSummary[]>('scenarios:list', { cooperationId: skaraborg });
    expect(list).toEqual([expect.objectContaining({ id: skaraborgScenario, currency: 'SEK', horizon: { from: 2017, to: 2018 } })]);
    const detail = await kit.value<ScenarioDetail>('scenarios:get', { id: skaraborgScenario });
    expect((detail.definition as { key: unknown }).key).toEqual({ ref: 'skaraborg-9', version: 1 });
  });

  it('saves a changed scenario and compares it with its baseline', async () => {
    const stored = await kit.value<ScenarioDetail>('scenarios:get', { id: skaraborgScenario });
    const tibro = doc.organisations.find((o) => o.name === 'Tibro')!.id;
    const created = await kit.value<ScenarioDetail>('scenarios:save', {
      cooperationId: skaraborg,
      name: 'Utan Tibro 2018',
      baselineScenarioId: skaraborgScenario,
      definition: { ...(stored.definition as object), id: 'utan-tibro', memberChanges: [{ member: `org-${tibro}`, left: '2017-12-31' }] },
    });
    const cmp = await kit.value<{ comparison: { members: { id: string; byYear: { year: number; delta: number }[] }[] } }>('scenarios:compare', { scenarioId: created.id });
    const tibroDelta = cmp.comparison.members.find((m) => m.id === `org-${tibro}`)!;
    expect(tibroDelta.byYear.find((y) => y.year === 2017)!.delta).toBe(0);
    expect(tibroDelta.byYear.find((y) => y.year === 2018)!.delta).toBeLessThan(0);
    // What Tibro no longer pays in 2018, the others pay: the pool is unchanged.
    expect(cmp.comparison.members.reduce((s, m) => s + m.byYear.find((y) => y.year === 2018)!.delta, 0)).toBe(0);
  });

  it.each([
    ['a date that does not exist', { memberChanges: [{ member: 'org-6', left: '2018-06-31' }] }, 'definition.memberChanges[0].left'],
    ['a leave date before the join date', { memberChanges: [{ member: 'org-6', joined: '2017-03-01', left: '2017-02-01' }] }, 'definition.memberChanges[0].left'],
    ['an unknown key', { key: { ref: 'no-such-key', version: 1 } }, 'definition.key.ref'],
    ['an unknown parameter', { parameters: { equalShar: '20' } }, 'definition.parameters.equalShar'],
    ['a cost outside the horizon', { costs: { byYear: { '2017': '1000000', '2018': '1050000', '2019': '1' } } }, 'definition.costs.byYear.2019'],
    ['another currency than the cooperation\'s', { currency: 'NOK' }, 'definition.currency'],
  ])('refuses %s, naming the field, and writes nothing', async (_what, change, path) => {
    const stored = await kit.value<ScenarioDetail>('scenarios:get', { id: skaraborgScenario });
    await expectRefused('scenarios:save', { id: skaraborgScenario, cooperationId: skaraborg, definition: { ...(stored.definition as object), ...change } }, 'INVALID_INPUT', path);
  });

  it('refuses invalid what-ifs and unknown records', async () => {
    await expectRefused('scenarios:compute', { scenarioId: skaraborgScenario, metricOverrides: [{ organisationId: 1, year: 2016, value: -1 }] }, 'INVALID_INPUT', 'metricOverrides[0].value');
    await expectRefused('scenarios:compute', { scenarioId: 999 }, 'NOT_FOUND');
    await expectRefused('scenarios:explain', { scenarioId: skaraborgScenario, organisationId: 1, year: 2030 }, 'INVALID_INPUT', 'year');
    await expectRefused('scenarios:sweep', { scenarioId: skaraborgScenario, parameter: 'nope', values: ['1'] }, 'INVALID_INPUT', 'parameter');
  });

  it('a what-if population that is missing for a year says which organisation and field', async () => {
    // Without growth and without the year's value, the engine must refuse rather than guess.
    const stored = await kit.value<ScenarioDetail>('scenarios:get', { id: skaraborgScenario });
    const { growth: _growth, ...noGrowth } = stored.definition as Record<string, unknown>;
    const saved = await kit.value<ScenarioDetail>('scenarios:save', { cooperationId: skaraborg, name: 'Utan tillväxt', definition: { ...noGrowth, id: 'utan-tillvaxt', horizon: { from: 2017, to: 2019 }, costs: { byYear: { '2017': '1', '2018': '1', '2019': '1' } } } });
    const result = await kit.call('scenarios:compute', { scenarioId: saved.id });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    if (!result.ok) expect(result.error.issues?.[0]?.path).toMatch(/^organisation \d+ \(.+\)\.metrics\.population\.2018$/);
  });
});

describe('adoption', () => {
  const adoptingDecision = decisionNumbered('SG 2017:1');

  it('creates an immutable snapshot with the SHA-256 of its canonical content, linked to the decision', async () => {
    const snapshot = await kit.value<SnapshotSummary>('scenarios:adopt', { scenarioId: skaraborgScenario, decisionId: adoptingDecision });
    expect(snapshot.decisions).toEqual([expect.objectContaining({ id: adoptingDecision, number: 'SG 2017:1' })]);

    const db = kit.session.db as unknown as Kysely<Record<string, never>>;
    // The connection maps snake_case columns to camelCase.
    const row = (await sql<{ content: string; contentHash: string }>`SELECT content, content_hash FROM snapshots WHERE id = ${snapshot.id}`.execute(db)).rows[0]!;
    expect(createHash('sha256').update(row.content, 'utf8').digest('hex')).toBe(row.contentHash);
    expect(row.content).toBe(canonicalJson(JSON.parse(row.content)));
    expect(snapshot.contentHash).toBe(row.contentHash);
    const links = (await sql<{ kind: string; decisionId: number }>`SELECT kind, decision_id FROM decision_links WHERE snapshot_id = ${snapshot.id}`.execute(db)).rows;
    expect(links).toEqual([{ kind: 'adopts_snapshot', decisionId: adoptingDecision }]);

    // The content recomputes with the engine alone to the adopted result.
    const content = JSON.parse(row.content) as { input: { definition: unknown; facts: unknown; keys: never[] }; result: ScenarioResult };
    expect(canonicalJson(computeScenario(resolveScenario(content.input.definition, content.input.facts, { keys: content.input.keys }), { trail: true }))).toBe(canonicalJson(content.result));

    await expect(sql`UPDATE snapshots SET content_hash = ${'0'.repeat(64)} WHERE id = ${snapshot.id}`.execute(db)).rejects.toThrow(/immutable/);
    await expect(sql`DELETE FROM snapshots WHERE id = ${snapshot.id}`.execute(db)).rejects.toThrow(/immutable/);

    const detail = await kit.value<SnapshotDetail>('snapshots:get', { id: snapshot.id });
    expect(detail.hashVerified).toBe(true);
    expect(await kit.value<SnapshotSummary[]>('snapshots:list', { cooperationId: skaraborg })).toEqual([expect.objectContaining({ id: snapshot.id })]);
  });

  it('refuses a decision of another cooperation, a superseded decision and an unknown one, writing nothing', async () => {
    await expectRefused('scenarios:adopt', { scenarioId: skaraborgScenario, decisionId: decisionNumbered('STY 2025:1') }, 'INVALID_INPUT', 'decisionId');
    await expectRefused('scenarios:adopt', { scenarioId: scenarioId(doc, 'Bibblix'), decisionId: decisionNumbered('FR Bibblix 2021:1') }, 'CONFLICT', 'decisionId');
    await expectRefused('scenarios:adopt', { scenarioId: skaraborgScenario, decisionId: 999 }, 'NOT_FOUND', 'decisionId');
    await expectRefused('scenarios:adopt', { scenarioId: skaraborgScenario }, 'INVALID_INPUT', 'decisionId');
  });

  it('survives the document round trip exactly, and a changed snapshot is refused on import', async () => {
    await kit.value<SnapshotSummary>('scenarios:adopt', { scenarioId: skaraborgScenario, decisionId: adoptingDecision });
    const first = await exportDocument(kit.session.db);
    expect(first.snapshots).toHaveLength(1);
    const dir = tempDir();
    await importDocument(dir.file('copy.andel'), first);
    const handle = await openWorkspace(dir.file('copy.andel'));
    let second;
    try {
      second = await exportDocument(handle.db);
    } finally {
      await handle.close();
    }
    expect(serializeDocument(second)).toBe(serializeDocument(first));

    const tampered = structuredClone(first);
    (tampered.snapshots[0]!.content as { result: { totals: { net: number }[] } }).result.totals[0]!.net += 100;
    const validation = validateDocument(tampered);
    expect(validation.ok).toBe(false);
    if (!validation.ok) expect(validation.issues.map((i) => i.path)).toContain('snapshots[0].contentHash');
  });
});

describe('the document refuses bad engine definitions on import, naming the field', () => {
  it('a band gap in a key', () => {
    const bad = structuredClone(doc);
    const index = bad.distributionKeys.findIndex((k) => (k.definition as { id: string }).id === 'sambruk-individual');
    const def = bad.distributionKeys[index]!.definition as { components: { bands: { from: number }[] }[] };
    def.components[1]!.bands[3]!.from = 26_000;
    const validation = validateDocument(bad);
    expect(validation.ok).toBe(false);
    // The engine's issue keeps its catalogue key through the document check, so it reads in sv and nb too.
    if (!validation.ok) expect(validation.issues[0]).toMatchObject({ path: `distributionKeys[${index}].definition.components[1].bands[3].from`, message: expect.any(String), messageKey: 'error.engine.bandGap' });
  });

  it('a scenario whose key reference does not match its key', () => {
    const bad = structuredClone(doc);
    (bad.scenarios[0]!.definition as { key: { version: number } }).key.version = 7;
    const validation = validateDocument(bad);
    expect(validation.ok).toBe(false);
    if (!validation.ok) expect(validation.issues[0]?.path).toBe('scenarios[0].definition.key.ref');
  });
});
