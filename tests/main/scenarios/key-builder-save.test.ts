/**
 * What the key builder relies on in main: its preview inputs (the cooperation's members and
 * metrics) and saving an edited key as a new version, which leaves every adopted snapshot
 * byte-identical and every scenario on the version it pinned.
 */
import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { KeyDetail, KeyPreviewInputs, KeySummary, ScenarioComputation, SnapshotSummary } from '../../../src/shared/api/channels/scenarios.channels';
import { useTempDirs } from '../../helpers/temp-dir';
import { cooperationId, demoDocument, openDemo, scenarioId, type Kit } from './scenario-test-kit';

const tempDir = useTempDirs();
const doc = demoDocument();
const skaraborg = cooperationId(doc, 'Skaraborg');
let kit: Kit;

beforeEach(async () => {
  kit = await openDemo(tempDir().file('w.andel'));
}, 60_000);
afterEach(async () => kit.session.close());

/** SHA-256 of every stored snapshot row (id, scenario, content, hash, time), read straight from SQLite. */
async function snapshotHashes(): Promise<Map<number, string>> {
  const db = kit.session.db as unknown as Kysely<Record<string, never>>;
  const rows = (await sql<{ id: number; scenarioId: number; content: string; contentHash: string; createdAt: string }>`SELECT id, scenario_id, content, content_hash, created_at FROM snapshots ORDER BY id`.execute(db)).rows;
  return new Map(rows.map((r) => [r.id, createHash('sha256').update(`${r.id}\n${r.scenarioId}\n${r.createdAt}\n${r.contentHash}\n${r.content}`, 'utf8').digest('hex')]));
}

describe('key builder: saving an edited key', () => {
  it('creates a new version; every adopted snapshot stays byte-identical and the scenario keeps its version', async () => {
    // Adopt every demo scenario that one of the demo's decisions can adopt (a decision of its own cooperation).
    let adopted = 0;
    for (const scenario of doc.scenarios) {
      for (const decision of doc.decisions) {
        const result = await kit.call('scenarios:adopt', { scenarioId: scenario.id, decisionId: decision.id });
        if (result.ok) {
          adopted += 1;
          break;
        }
      }
    }
    expect(adopted).toBeGreaterThanOrEqual(2);
    const snapshots = await kit.value<SnapshotSummary[]>('snapshots:list', {});
    expect(snapshots.length).toBe(adopted);
    const before = await snapshotHashes();
    const scenario = scenarioId(doc, 'Skaraborg');
    const computedBefore = await kit.value<ScenarioComputation>('scenarios:compute', { scenarioId: scenario });

    // The builder sends the whole edited definition: here 20/80 instead of 15/85 and a fixed fee.
    const v1 = (await kit.value<KeySummary[]>('keys:list', { cooperationId: skaraborg })).find((k) => k.latest)!;
    const stored = await kit.value<KeyDetail>('keys:get', { id: v1.id });
    const edited = { ...(stored.definition as Record<string, unknown>), parameters: { equalShare: '20' } };
    const saved = await kit.value<KeyDetail>('keys:save', { cooperationId: skaraborg, definition: edited });
    expect(saved).toMatchObject({ ref: v1.ref, version: v1.version + 1, latest: true });

    const after = await snapshotHashes();
    expect([...after.entries()]).toEqual([...before.entries()]);
    const v1Again = await kit.value<KeyDetail>('keys:get', { id: v1.id });
    expect(v1Again.definition).toEqual(stored.definition);
    const computedAfter = await kit.value<ScenarioComputation>('scenarios:compute', { scenarioId: scenario });
    expect(computedAfter.result).toEqual(computedBefore.result);
    for (const s of snapshots) expect((await kit.value<{ hashVerified: boolean }>('snapshots:get', { id: s.id })).hashVerified).toBe(true);
  });
});

describe('key builder: preview inputs', () => {
  it("gives the cooperation's currency, members and metrics", async () => {
    const inputs = await kit.value<KeyPreviewInputs>('keys:previewInputs', { cooperationId: skaraborg });
    const participants = doc.participations.filter((p) => p.cooperationId === skaraborg);
    expect(inputs.currency).toBe('SEK');
    expect(inputs.facts.members.length).toBe(participants.length);
    expect(inputs.members.map((m) => m.organisationId).sort((a, b) => a - b)).toEqual(participants.map((p) => p.organisationId).sort((a, b) => a - b));
    const someone = inputs.facts.members[0]!;
    expect(Object.keys(someone.metrics ?? {})).toContain('population');
  });
});
