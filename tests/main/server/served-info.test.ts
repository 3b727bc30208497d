/**
 * What the served page learns about the workspace and the signed-in role: `workspace:info` never
 * carries the server's file path or database address (a member viewer's counts only the register's
 * tables), and the session names the channels its role may call, so the page offers only those.
 * The expected channel sets are written out from docs/server.md, not read from the policy table.
 */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AndelServer } from '../../../src/main/server/http-server';
import { WorkspaceSession } from '../../../src/main/workspace/session';
import { openTestWorkspace } from '../../helpers/pg-workspace';
import { useTempDirs } from '../../helpers/temp-dir';
import { loadRichFixture } from '../../helpers/workspace-fixtures';
import { addFixtureUsers, login, PASSWORD, postJson, send, serve, SKOVDE } from './server-kit';

const tempDir = useTempDirs('andel-served-info-');
let dir: string;
let session: WorkspaceSession;
let server: AndelServer;

beforeEach(async () => {
  dir = tempDir().path;
  session = new WorkspaceSession();
  await openTestWorkspace(session, join(dir, 'shared.andel'), loadRichFixture());
  await addFixtureUsers(session);
  server = await serve(dir, session);
});
afterEach(async () => {
  await server?.close();
  await session?.close();
});

/** The member viewer's channels per docs/server.md: the register's six reads and its own organisation's five. */
const viewerChannels = [
  'charges:own', 'cooperations:list', 'decisions:get', 'decisions:list', 'members:list', 'metrics:listForOrganisation', 'organisations:get',
  'participations:listForOrganisation', 'scenarios:explain', 'snapshots:list', 'workspace:info',
];

describe('workspace:info over the server', () => {
  it.each(['admin', 'kassor', 'ordf', 'skovde'])('tells %s the workspace’s name only, never where it lies', async (userName) => {
    const client = await login(server.url, userName);
    const reply = await client.invoke('workspace:info', {});
    expect(reply.json.ok).toBe(true);
    expect(reply.json.value).toMatchObject({ path: 'shared.andel', fileName: 'shared.andel', warning: null });
    // Neither the server's folder nor (on PostgreSQL) a database address or host appears anywhere.
    expect(reply.text).not.toContain(dir);
    expect(reply.text).not.toMatch(/postgres(ql)?:|host=|\/tmp\//u);
    // The desktop's own answer (the session's handler, no server) does carry the full path.
    expect(session.current).toBe(join(dir, 'shared.andel'));
  });

  it('counts every table for staff, and only the register’s tables for a member viewer', async () => {
    const staff = (await (await login(server.url, 'kassor')).invoke('workspace:info', {})).json.value.counts as Record<string, number>;
    expect(Object.keys(staff)).toEqual(expect.arrayContaining(['decisions', 'meetings', 'audit_log', 'organisations']));
    const viewer = (await (await login(server.url, 'skovde')).invoke('workspace:info', {})).json.value.counts as Record<string, number>;
    expect(Object.keys(viewer).sort()).toEqual(['cooperations', 'decisions', 'meta', 'metric_values', 'organisations', 'participations', 'snapshots']);
    for (const [table, count] of Object.entries(viewer)) expect(count, table).toBe(staff[table]);
  });
});

describe('the channels the session offers', () => {
  it('names a member viewer’s eleven channels, each of which the server then answers for its own organisation', async () => {
    const viewer = await login(server.url, 'skovde');
    const me = await send(`${server.url}api/session`, { headers: { cookie: viewer.cookie } });
    expect(me.json.user).toEqual({ userName: 'skovde', role: 'member_viewer', organisationId: SKOVDE });
    expect([...me.json.channels].sort()).toEqual(viewerChannels);
    const inputs: Record<string, unknown> = {
      'metrics:listForOrganisation': { organisationId: SKOVDE },
      'participations:listForOrganisation': { organisationId: SKOVDE },
      'organisations:get': { id: SKOVDE },
      'scenarios:explain': { scenarioId: 1, organisationId: SKOVDE, year: 2017, language: 'sv' },
      'charges:own': { organisationId: SKOVDE },
      // The fixture's proposed decision SG 2017:1.
      'decisions:get': { id: 3 },
    };
    for (const channel of viewerChannels) {
      const reply = await viewer.invoke(channel, inputs[channel] ?? {});
      expect(reply.json.ok, `${channel}: ${reply.text}`).toBe(true);
    }
  });

  it('names the chair’s governance writes but not the register’s, and the log-in reply carries the same list', async () => {
    const reply = await postJson(`${server.url}api/login`, { userName: 'ordf', password: PASSWORD });
    const channels = reply.json.value.channels as string[];
    expect(channels).toEqual(expect.arrayContaining(['decisions:create', 'scenarios:adopt', 'members:list', 'audit:list']));
    expect(channels).not.toContain('metrics:upsert');
    expect(channels).not.toContain('workspace:openDemo');
    const cookie = String(reply.headers['set-cookie']?.[0]).split(';')[0]!;
    expect((await send(`${server.url}api/session`, { headers: { cookie } })).json.channels).toEqual(channels);
  });

  it('names no channels when no one is signed in', async () => {
    expect((await send(`${server.url}api/session`)).json).toEqual({ user: null, csrfToken: null });
  });
});
