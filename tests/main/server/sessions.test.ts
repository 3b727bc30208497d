/**
 * The server's sessions live in the workspace (server_sessions): a restarted server, or a second
 * server on the same database, knows them; only the token's SHA-256 is stored; a session ends when
 * idle for 8 hours, 24 hours after its log-in, on sign-out, or when its user is removed. The clock
 * is stepped (no sleeps). Runs on a file and, in the postgres project, on a PostgreSQL database.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AndelServer } from '../../../src/main/server/http-server';
import { DEFAULT_SESSION_LIMITS, type ServerSessionTable } from '../../../src/main/server/sessions';
import { removeUser } from '../../../src/main/server/users';
import { WorkspaceSession } from '../../../src/main/workspace/session';
import { openReopenableTestWorkspace, testBackend } from '../../helpers/pg-workspace';
import { useTempDirs } from '../../helpers/temp-dir';
import { loadRichFixture } from '../../helpers/workspace-fixtures';
import { addFixtureUsers, login, postJson, send, serve, type Client } from './server-kit';

const tempDir = useTempDirs('andel-sessions-');
const HOUR = 60 * 60 * 1000;
const T0 = Date.parse('2026-12-06T08:00:00Z');
let dir: string;
let now: number;
const clock = (): Date => new Date(now);
let reopen: (other: WorkspaceSession) => Promise<void>;
const opened: WorkspaceSession[] = [];
const servers: AndelServer[] = [];

function newSession(): WorkspaceSession {
  const session = new WorkspaceSession();
  opened.push(session);
  return session;
}

async function start(session: WorkspaceSession): Promise<AndelServer> {
  const server = await serve(dir, session, { clock });
  servers.push(server);
  return server;
}

const rows = (session: WorkspaceSession): Promise<ServerSessionTable[]> =>
  session.db.withTables<{ serverSessions: ServerSessionTable }>().selectFrom('serverSessions').selectAll().orderBy('createdAt').execute();

/** The status of a read as this client, against `server` (which may not be the one it signed in to). */
async function statusAt(server: AndelServer, client: Client): Promise<number> {
  const reply = await postJson(`${server.url}api/invoke`, { channel: 'members:list', input: {} }, { cookie: client.cookie, 'x-andel-csrf': client.csrf });
  return reply.status === 200 && reply.json.ok ? 200 : reply.status;
}

const token = (client: Client): string => client.cookie.split('=')[1]!;

let first: WorkspaceSession;
beforeEach(async () => {
  dir = tempDir().path;
  now = T0;
  first = newSession();
  reopen = await openReopenableTestWorkspace(first, join(dir, 'shared.andel'), loadRichFixture());
  await addFixtureUsers(first);
});
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
  for (const session of opened.splice(0)) await session.close();
});

describe('sessions kept in the workspace', () => {
  it('survive a restart of the server (workspace closed and opened again), and store only the token’s hash', async () => {
    const before = await start(first);
    const client = await login(before.url, 'kassor');
    expect(await statusAt(before, client)).toBe(200);

    const stored = await rows(first);
    expect(stored).toHaveLength(1);
    // SHA-256 of the cookie's token, computed here with node:crypto (not the server's helper).
    expect(stored[0]!.tokenHash).toBe(createHash('sha256').update(token(client)).digest('hex'));
    expect(JSON.stringify(stored)).not.toContain(token(client));
    // Expiry: 24 hours after the log-in (08:00 → 08:00 the next day).
    expect(stored[0]).toMatchObject({ userName: 'kassor', csrfToken: client.csrf, createdAt: '2026-12-06T08:00:00.000Z', lastSeenAt: '2026-12-06T08:00:00.000Z', expiresAt: '2026-12-07T08:00:00.000Z' });

    // The restart: the server stops, the workspace closes, a new server opens it again.
    await servers.pop()!.close();
    await opened.shift()!.close();
    const again = newSession();
    await reopen(again);
    const after = await start(again);
    expect(after.url).not.toBe(before.url);
    expect(await statusAt(after, client)).toBe(200);
    const session = await send(`${after.url}api/session`, { headers: { cookie: client.cookie } });
    expect(session.json).toMatchObject({ user: { userName: 'kassor', role: 'treasurer', organisationId: null }, csrfToken: client.csrf });
  });

  it('are shared by two servers on one workspace: signed in on one, used and signed out on the other', async () => {
    // On PostgreSQL the second server has its own connection pool, as a second process would; a file
    // has one writer, so there both servers share the open workspace (still two session stores).
    const second = testBackend() === 'postgres' ? newSession() : first;
    if (second !== first) await reopen(second);
    const a = await start(first);
    const b = await start(second);
    const client = await login(a.url, 'ordf');
    expect(await statusAt(b, client)).toBe(200);
    const out = await postJson(`${b.url}api/logout`, {}, { cookie: client.cookie, 'x-andel-csrf': client.csrf });
    expect(out.status).toBe(200);
    expect(out.headers['set-cookie']?.[0]).toMatch(/^andel_session=; .*Max-Age=0/);
    expect(await statusAt(a, client)).toBe(401);
    expect(await rows(first)).toEqual([]);
  });

  it('end after 8 idle hours; use within them keeps the session, writing the last-seen time at most once a minute', async () => {
    expect(DEFAULT_SESSION_LIMITS).toEqual({ idleMs: 8 * HOUR, absoluteMs: 24 * HOUR, touchMs: 60_000 });
    const server = await start(first);
    const client = await login(server.url, 'kassor');
    now = T0 + 30_000; // 30 s later: used, but the stored time stays (less than a minute old)
    expect(await statusAt(server, client)).toBe(200);
    expect((await rows(first))[0]!.lastSeenAt).toBe('2026-12-06T08:00:00.000Z');
    now = T0 + 7 * HOUR; // 15:00: idle 7 h, used → last seen 15:00
    expect(await statusAt(server, client)).toBe(200);
    expect((await rows(first))[0]!.lastSeenAt).toBe('2026-12-06T15:00:00.000Z');
    now = T0 + 15 * HOUR; // 23:00: idle exactly 8 h, still alive → last seen 23:00
    expect(await statusAt(server, client)).toBe(200);
    now = T0 + 23 * HOUR + 1; // 07:00:00.001 next day: idle 8 h + 1 ms (and 1 h before the absolute end)
    expect(await statusAt(server, client)).toBe(401);
    expect(await rows(first)).toEqual([]);
  });

  it('end 24 hours after the log-in however busy, and ended sessions are deleted at the next log-in', async () => {
    const server = await start(first);
    const busy = await login(server.url, 'kassor');
    const idle = await login(server.url, 'ordf');
    for (const hours of [6, 12, 18]) {
      now = T0 + hours * HOUR;
      expect(await statusAt(server, busy)).toBe(200);
    }
    now = T0 + 24 * HOUR - 1; // last seen 6 h ago, 1 ms before the absolute end
    expect(await statusAt(server, busy)).toBe(200);
    now = T0 + 24 * HOUR;
    expect(await statusAt(server, busy)).toBe(401);
    // The chair's session (idle since 08:00) is still stored until someone signs in.
    expect((await rows(first)).map((r) => r.userName)).toEqual(['ordf']);
    const fresh = await login(server.url, 'admin');
    expect((await rows(first)).map((r) => r.userName)).toEqual(['admin']);
    expect(await statusAt(server, idle)).toBe(401);
    expect(await statusAt(server, fresh)).toBe(200);
  });

  it('end when the user is removed, in every server at once', async () => {
    const server = await start(first);
    const client = await login(server.url, 'kassor');
    const other = await login(server.url, 'kassor');
    expect(await rows(first)).toHaveLength(2);
    await removeUser(first.db, clock, 'kassor');
    expect(await rows(first)).toEqual([]);
    expect(await statusAt(server, client)).toBe(401);
    expect(await statusAt(server, other)).toBe(401);
  });
});
