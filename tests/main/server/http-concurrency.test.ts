/**
 * Twenty signed-in HTTP clients at once against `andel serve` (on PostgreSQL in the postgres project:
 * four server processes' worth of servers, each with its own connection pool, on one database, the
 * clients spread over them; on a file, one server). Each client creates a decision, adopts a
 * scenario with it (ten the same scenario, ten four others) and saves the same member from the
 * version all twenty read first. Shown: no duplicate decision number (each body's 2031 numbers are
 * 1..n), no lost write (every acknowledged write is in the database and in the audit trail under
 * its user), one snapshot per adopted content, and every stale save refused with a message naming
 * who saved first, in Swedish and English. Bounded by count: every client's three calls are awaited.
 */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rowVersionOf } from '../../../src/main/repositories/row-version';
import type { AndelServer } from '../../../src/main/server/http-server';
import { WorkspaceSession } from '../../../src/main/workspace/session';
import { localizeError, type ApiError } from '../../../src/shared/errors';
import { openReopenableTestWorkspace, testBackend } from '../../helpers/pg-workspace';
import { useTempDirs } from '../../helpers/temp-dir';
import { loadDemoDocument } from '../../helpers/workspace-fixtures';
import { addFixtureUsers, login, PASSWORD, serve, type Client } from './server-kit';

const CLIENTS = 20;
const SERVERS = testBackend() === 'postgres' ? 4 : 1;
const tempDir = useTempDirs('andel-http-concurrency-');
const MEMBER = 2; // Hjo

// The demo's scenarios and a body of each one's cooperation: scenario 1 (cooperation 1, body 1);
// 2 and 3 (cooperation 2, body 9); 4 (cooperation 3, body 10); 5 (cooperation 4, body 12).
const bodyOfScenario: Record<number, number> = { 1: 1, 2: 9, 3: 9, 4: 10, 5: 12 };
/** Clients 1–10 adopt scenario 1 (the same one); clients 11–20 adopt 2, 3, 4, 5, 2, 3, … */
const scenarioOf = (client: number): number => (client < 10 ? 1 : [2, 3, 4, 5][(client - 10) % 4]!);

const sessions: WorkspaceSession[] = [];
const servers: AndelServer[] = [];
let db: WorkspaceSession;

beforeEach(async () => {
  const dir = tempDir().path;
  const first = new WorkspaceSession();
  sessions.push(first);
  const reopen = await openReopenableTestWorkspace(first, join(dir, 'shared.andel'), loadDemoDocument());
  await addFixtureUsers(first, Array.from({ length: CLIENTS }, (_, i) => ({ userName: `admin${String(i + 1).padStart(2, '0')}`, password: PASSWORD, role: 'administrator' })));
  servers.push(await serve(dir, first));
  for (let i = 1; i < SERVERS; i += 1) {
    const other = new WorkspaceSession();
    sessions.push(other);
    await reopen(other);
    servers.push(await serve(join(dir, `s${i}`), other));
  }
  db = first;
});
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
  for (const session of sessions.splice(0)) await session.close();
});

type Reply<T> = { ok: true; value: T } | { ok: false; error: ApiError };
const value = async <T>(client: Client, channel: string, input: unknown): Promise<Reply<T>> => (await client.invoke(channel, input)).json as Reply<T>;

describe('twenty HTTP clients at once', () => {
  it('number decisions without duplicates, lose no acknowledged write, and refuse every stale save naming who saved first', { timeout: 600_000 }, async () => {
    const clients = await Promise.all(Array.from({ length: CLIENTS }, (_, i) => login(servers[i % SERVERS]!.url, `admin${String(i + 1).padStart(2, '0')}`)));
    // Every client reads the member first: all twenty then save from the same version.
    const read = await Promise.all(clients.map((client) => value<{ rowVersion: number; notes: string | null }>(client, 'organisations:get', { id: MEMBER })));
    const versions = new Set(read.map((r) => (r.ok ? r.value.rowVersion : -1)));
    expect(versions.size).toBe(1);
    const version = [...versions][0]!;
    expect(version).toBeGreaterThanOrEqual(1);

    const outcomes = await Promise.all(
      clients.map(async (client, i) => {
        const scenarioId = scenarioOf(i);
        const decision = await value<{ id: number; number: string; sequence: number }>(client, 'decisions:create', {
          bodyId: bodyOfScenario[scenarioId],
          title: `Samtidigt beslut ${i + 1}`,
          text: '',
          status: 'adopted',
          decidedOn: '2031-03-01',
        });
        const adoption = decision.ok ? await value<{ id: number }>(client, 'scenarios:adopt', { scenarioId, decisionId: decision.value.id }) : null;
        const save = await value<unknown>(client, 'organisations:update', { id: MEMBER, notes: `client ${i + 1}`, expectedVersion: version });
        return { user: `admin${String(i + 1).padStart(2, '0')}`, scenarioId, decision, adoption, save };
      }),
    );

    // Every decision and adoption acknowledged (none of them is a stale write).
    for (const o of outcomes) {
      expect(o.decision.ok, `${o.user}: ${JSON.stringify(o.decision)}`).toBe(true);
      expect(o.adoption?.ok, `${o.user}: ${JSON.stringify(o.adoption)}`).toBe(true);
    }
    const decisions = outcomes.map((o) => (o.decision.ok ? { ...o.decision.value, user: o.user, scenarioId: o.scenarioId } : null)!);

    // Numbers per body: each body's 2031 decisions are 1..n, n the clients that chose that body.
    const byBody = new Map<number, number[]>();
    for (const d of decisions) byBody.set(bodyOfScenario[d.scenarioId]!, [...(byBody.get(bodyOfScenario[d.scenarioId]!) ?? []), d.sequence]);
    // Clients 1–10 → body 1; 11–20 → scenarios 2,3,4,5,2,3,4,5,2,3 → bodies 9,9,10,12,9,9,10,12,9,9.
    expect(Object.fromEntries([...byBody].map(([body, seqs]) => [body, seqs.length]))).toEqual({ 1: 10, 9: 6, 10: 2, 12: 2 });
    for (const [body, sequences] of byBody) expect(sequences.sort((a, b) => a - b), `body ${body}`).toEqual(Array.from({ length: sequences.length }, (_, k) => k + 1));
    const stored = await db.db.selectFrom('decisions').select(['id', 'bodyId', 'number', 'title']).where('year', '=', 2031).execute();
    expect(stored).toHaveLength(CLIENTS);
    expect(new Set(stored.map((r) => `${r.bodyId}|${r.number}`)).size).toBe(CLIENTS);

    // No lost write: each acknowledged decision and adoption is stored, and audited under its user.
    const audit = await db.db.selectFrom('auditLog').select(['entity', 'entityId', 'action', 'actor', 'after']).where('actor', 'like', 'admin%').execute();
    for (const d of decisions) {
      expect(stored.find((r) => r.id === d.id)?.title).toBe(`Samtidigt beslut ${decisions.indexOf(d) + 1}`);
      expect(audit.filter((a) => a.entity === 'decision' && a.entityId === d.id && a.action === 'create').map((a) => a.actor)).toEqual([d.user]);
      const links = await db.db.selectFrom('decisionLinks').select(['id', 'snapshotId']).where('decisionId', '=', d.id).where('kind', '=', 'adopts_snapshot').execute();
      expect(links, d.user).toHaveLength(1);
      expect(audit.filter((a) => a.entity === 'decision_link' && a.entityId === links[0]!.id).map((a) => a.actor)).toEqual([d.user]);
    }
    // One snapshot per scenario adopted: the same content adopted ten times at once is one snapshot.
    const snapshots = await db.db.selectFrom('snapshots').select(['id', 'scenarioId']).where('createdAt', '>=', '2026-12-01').execute();
    const newSnapshots = snapshots.filter((s) => audit.some((a) => a.entity === 'snapshot' && a.entityId === s.id));
    expect(newSnapshots.map((s) => s.scenarioId).sort()).toEqual([1, 2, 3, 4, 5]);

    // The member: one save through, nineteen refused, each naming the one who saved first.
    const saved = outcomes.filter((o) => o.save.ok);
    expect(saved).toHaveLength(1);
    const winner = saved[0]!.user;
    const refused = outcomes.filter((o) => !o.save.ok).map((o) => (o.save as { ok: false; error: ApiError }).error);
    expect(refused).toHaveLength(CLIENTS - 1);
    for (const error of refused) {
      expect(error).toMatchObject({ code: 'CONFLICT', messageKey: 'error.rowVersion.staleBy' });
      expect(error.message).toContain(winner); // English
      expect(localizeError(error, 'sv').message).toMatch(new RegExp(`ändrades av ${winner} `, 'u'));
    }
    // The version column is left out of the table types on purpose: read through the repository's raw SQL.
    const member = await db.db.selectFrom('organisations').select(['notes']).where('id', '=', MEMBER).executeTakeFirstOrThrow();
    expect({ ...member, rowVersion: await rowVersionOf(db.db, 'organisations', MEMBER) }).toEqual({ notes: `client ${Number(winner.slice(5))}`, rowVersion: version + 1 });
    expect(audit.filter((a) => a.entity === 'organisation' && a.entityId === MEMBER).map((a) => a.actor)).toEqual([winner]);
  });
});
