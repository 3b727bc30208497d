/**
 * No acknowledged write is lost to a crash. A writer process (crash-writer.ts) writes through the
 * real services and acknowledges each committed transaction on stdout; this test kills it with
 * SIGKILL at seeded random moments, many times, and after every kill opens the file as the app
 * does (taking over the dead writer's lock) and checks:
 *   - PRAGMA integrity_check is ok;
 *   - every acknowledged write of every round so far is there;
 *   - no transaction is partly visible: each organisation's notes and each metric row equal their
 *     latest audit entry, and the big batch transaction is there for all organisations or none.
 *
 * ANDEL_CRASH_ITERATIONS (default 80) and ANDEL_CRASH_SEED change the run.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorkspace } from '../../src/main/db/open-workspace';
import { writeWorkspaceReplacing } from '../../src/main/workspace/write-workspace-replacing';
import { readFileSync } from 'node:fs';
import { useTempDirs } from '../helpers/temp-dir';
import { demoDocumentPath, repoRoot } from '../helpers/workspace-fixtures';
import { bundleScript } from './build-writer';
import { mulberry32 } from './seeded-random';

const ITERATIONS = Number(process.env.ANDEL_CRASH_ITERATIONS ?? 80);
const SEED = Number(process.env.ANDEL_CRASH_SEED ?? 20261121);
const BATCH_METRIC = 'crash_batch';
const writerSource = fileURLToPath(new URL('./crash-writer.ts', import.meta.url));
const tempDir = useTempDirs('andel-crash-');
let writer: { path: string; remove(): void };

beforeAll(async () => {
  writer = await bundleScript(writerSource);
});
afterAll(() => writer?.remove());

interface Round {
  acks: string[];
  /** How long the writer ran before the kill (ms since spawn). */
  ranMs: number;
  ready: boolean;
  stderr: string;
}

/**
 * Starts the writer and kills it `delayMs` after spawn when `beforeReady`; otherwise `delayMs` after
 * it has acknowledged `afterAcks` writes — bound by a count, not by time, so a slow, loaded machine
 * still kills each such writer with writes acknowledged and one in flight.
 */
function runAndKill(file: string, firstMarker: number, delayMs: number, beforeReady: boolean, afterAcks = 0): Promise<Round> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(process.execPath, [writer.path, file, String(firstMarker)], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let stderr = '';
    let ready = false;
    let timer: NodeJS.Timeout | null = null;
    const kill = (): void => void child.kill('SIGKILL');
    if (beforeReady) timer = setTimeout(kill, delayMs);
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (!ready && out.includes('ready ')) ready = true;
      if (ready && !beforeReady && timer === null && (out.match(/^ack /gmu)?.length ?? 0) >= afterAcks) timer = setTimeout(kill, delayMs);
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      if (signal !== 'SIGKILL') {
        reject(new Error(`the writer ended by itself (code ${code}, signal ${signal}): ${stderr}`));
        return;
      }
      // Only complete lines count: a line cut by the kill was never an acknowledgement.
      const lines = out.split('\n');
      lines.pop();
      resolve({ acks: lines.filter((line) => line.startsWith('ack ')), ranMs: Date.now() - started, ready, stderr });
    });
  });
}

interface Acked {
  org: Map<number, number>; // marker → organisation id
  pop: Map<number, { orgId: number; year: number }>;
  batch: Set<number>;
}

function record(acked: Acked, lines: string[]): number {
  let last = -1;
  for (const line of lines) {
    const [, kind, k, a, b] = line.split(' ');
    const marker = Number(k);
    last = Math.max(last, marker);
    if (kind === 'org') acked.org.set(marker, Number(a));
    else if (kind === 'pop') acked.pop.set(marker, { orgId: Number(a), year: Number(b) });
    else if (kind === 'batch') acked.batch.add(marker);
  }
  return last;
}

const markerOf = (text: string | null): number | null => {
  const match = /crash-(\d+)/.exec(text ?? '');
  return match ? Number(match[1]) : null;
};

/** Opens the file as the app does and checks integrity, durability and atomicity. */
async function verify(file: string, acked: Acked, lastAcked: number): Promise<{ auditMarkers: number }> {
  const handle = await openWorkspace(file);
  try {
    const { sqlite } = handle;
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(sqlite.pragma('foreign_key_check')).toEqual([]);

    const audit = sqlite
      .prepare("SELECT id, entity, entity_id AS entityId, after FROM audit_log WHERE after LIKE '%crash-%' OR entity = ? ORDER BY id")
      .all(BATCH_METRIC) as { id: number; entity: string; entityId: number | null; after: string }[];
    const seen = new Set<number>();
    const latestOrg = new Map<number, number>();
    const latestMetric = new Map<number, number>();
    let latestBatch: number | null = null;
    for (const entry of audit) {
      const after = JSON.parse(entry.after) as { notes?: string; source?: string; marker?: number };
      const marker = entry.entity === BATCH_METRIC ? (after.marker ?? null) : markerOf(after.notes ?? after.source ?? null);
      if (marker === null) continue;
      seen.add(marker);
      if (entry.entity === 'organisation' && entry.entityId !== null) latestOrg.set(entry.entityId, marker);
      if (entry.entity === 'metric_value' && entry.entityId !== null) latestMetric.set(entry.entityId, marker);
      if (entry.entity === BATCH_METRIC) latestBatch = marker;
    }

    // Durability: every acknowledged write, of this round and every earlier one, is there.
    const missing = [...acked.org.keys(), ...acked.pop.keys(), ...acked.batch].filter((marker) => !seen.has(marker));
    expect(missing, 'acknowledged writes missing after the crash').toEqual([]);
    // At most the one transaction in flight at the kill committed without its acknowledgement.
    expect([...seen].filter((marker) => marker > lastAcked).length).toBeLessThanOrEqual(1);

    // Atomicity: each row equals its latest audit entry (row and audit entry were one transaction).
    const orgs = sqlite.prepare('SELECT id, notes FROM organisations').all() as { id: number; notes: string | null }[];
    for (const org of orgs) {
      const expected = latestOrg.get(org.id);
      if (expected !== undefined) expect(markerOf(org.notes), `organisation ${org.id}`).toBe(expected);
      else expect(markerOf(org.notes)).toBeNull();
    }
    const pops = sqlite.prepare("SELECT id, value, source FROM metric_values WHERE metric = 'population' AND source LIKE 'crash-%'").all() as {
      id: number;
      value: number;
      source: string;
    }[];
    for (const row of pops) {
      expect(latestMetric.get(row.id), `metric row ${row.id}`).toBe(row.value);
      expect(markerOf(row.source)).toBe(row.value);
    }
    expect(pops.length).toBe(latestMetric.size);
    const batchValues = sqlite.prepare('SELECT value, count(*) AS n FROM metric_values WHERE metric = ? GROUP BY value').all(BATCH_METRIC) as {
      value: number;
      n: number;
    }[];
    if (latestBatch === null) expect(batchValues).toEqual([]);
    else expect(batchValues).toEqual([{ value: latestBatch, n: orgs.length }]);
    return { auditMarkers: seen.size };
  } finally {
    await handle.close();
  }
}

describe('crash safety: SIGKILL at random moments', () => {
  it(`loses no acknowledged write and shows no partial transaction over ${ITERATIONS} kills`, { timeout: 14 * 60_000 }, async () => {
    const file = tempDir().file('crash.andel');
    await writeWorkspaceReplacing(file, JSON.parse(readFileSync(demoDocumentPath, 'utf8')));
    const random = mulberry32(SEED);
    const acked: Acked = { org: new Map(), pop: new Map(), batch: new Set() };
    let next = 0;
    let lastAcked = -1;
    let duringOpen = 0;
    let totalAcks = 0;
    let roundsWithAcks = 0;
    let killedAfterAcks = 0;
    const started = Date.now();
    for (let i = 0; i < ITERATIONS; i++) {
      // One kill in five lands while the writer starts: opening, taking over the stale lock,
      // recovering the WAL left by the previous kill.
      const beforeReady = random() < 0.2;
      // Otherwise after 1 to 5 acknowledged writes, 0–40 ms into the next one.
      const delay = beforeReady ? Math.floor(random() * 700) : Math.floor(random() * 40);
      const afterAcks = beforeReady ? 0 : 1 + Math.floor(random() * 5);
      if (!beforeReady) killedAfterAcks++;
      const round = await runAndKill(file, next, delay, beforeReady, afterAcks);
      if (!round.ready) duringOpen++;
      totalAcks += round.acks.length;
      if (round.acks.length > 0) roundsWithAcks++;
      lastAcked = Math.max(lastAcked, record(acked, round.acks));
      await verify(file, acked, lastAcked);
      // Markers stay unique: the next writer starts past anything this one may have committed.
      next = Math.max(next, lastAcked + 2);
    }
    const summary = {
      iterations: ITERATIONS,
      seed: SEED,
      killedDuringStartup: duringOpen,
      killedWithWritesAcknowledged: roundsWithAcks,
      acknowledgedTransactions: totalAcks,
      acknowledgedBatchTransactions: acked.batch.size,
      seconds: Math.round((Date.now() - started) / 1000),
    };
    console.log(`crash test: ${JSON.stringify(summary)}`);
    // The writer really wrote between kills: every writer killed after its acknowledgements had them
    // (bound by count, so this holds however slow or loaded the machine is).
    expect(roundsWithAcks).toBeGreaterThanOrEqual(killedAfterAcks);
    expect(killedAfterAcks).toBeGreaterThanOrEqual(ITERATIONS / 2);
  });
});
