/**
 * `andel serve` over real HTTP on 127.0.0.1:0 and a real workspace (a file; a PostgreSQL database in
 * the postgres project): signing in, a wrong
 * password, throttling (by count, with the clock stepped), the CSRF header, a foreign origin, the
 * cookie's flags over HTTP and HTTPS, role refusals that write nothing, and the audit trail naming
 * the user who made each change.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AndelServer } from '../../../src/main/server/http-server';
import { ADDRESS_LIMITS, USER_LIMITS } from '../../../src/main/server/login-throttle';
import { WorkspaceSession } from '../../../src/main/workspace/session';
import { openTestWorkspace } from '../../helpers/pg-workspace';
import { useTempDirs } from '../../helpers/temp-dir';
import { loadRichFixture } from '../../helpers/workspace-fixtures';
import { addFixtureUsers, HJO, login, PASSWORD, postJson, send, serve, SKOVDE } from './server-kit';

const tempDir = useTempDirs('andel-server-');
let dir: string;
let session: WorkspaceSession;
let server: AndelServer;
let now: number;
const clock = (): Date => new Date(now);

beforeEach(async () => {
  dir = tempDir().path;
  session = new WorkspaceSession();
  await openTestWorkspace(session, join(dir, 'shared.andel'), loadRichFixture());
  await addFixtureUsers(session);
  now = Date.parse('2026-12-06T08:00:00Z');
  server = await serve(dir, session, { clock });
});
afterEach(async () => {
  await server?.close();
  await session?.close();
});

const population = { organisationId: HJO, metric: 'population', year: 2030, value: 6000, referenceDate: '2029-12-31' };

describe('signing in', () => {
  it('serves the renderer with the transport script and the app’s CSP, and no session without a login', async () => {
    const page = await send(server.url);
    expect(page.status).toBe(200);
    expect(page.text).toContain('<script src="./andel-transport.js"></script>');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect((await send(`${server.url}andel-transport.js`)).text).toContain('x-andel-csrf');
    expect((await send(`${server.url}..%2f..%2fshared.andel`)).status).not.toBe(200);
    const none = await send(`${server.url}api/session`);
    expect(none.json).toEqual({ user: null, csrfToken: null });
    const call = await postJson(`${server.url}api/invoke`, { channel: 'members:list', input: {} });
    expect(call.status).toBe(401);
  });

  it('refuses a wrong password and an unknown user alike, and sets an HttpOnly SameSite=Strict cookie on success', async () => {
    for (const attempt of [{ userName: 'kassor', password: 'wrong password' }, { userName: 'nobody', password: PASSWORD }]) {
      const reply = await postJson(`${server.url}api/login`, attempt);
      expect(reply.status).toBe(401);
      expect(reply.json.error.messageKey).toBe('error.server.loginFailed');
      expect(reply.headers['set-cookie']).toBeUndefined();
    }
    const ok = await postJson(`${server.url}api/login`, { userName: 'kassor', password: PASSWORD });
    expect(ok.status).toBe(200);
    expect(ok.json.value.user).toEqual({ userName: 'kassor', role: 'treasurer', organisationId: null });
    const cookie = ok.headers['set-cookie']![0]!;
    expect(cookie).toMatch(/^andel_session=[A-Za-z0-9_-]{43}; /);
    expect(cookie.split('; ')).toEqual(expect.arrayContaining(['Path=/', 'HttpOnly', 'SameSite=Strict']));
    // Plain HTTP (127.0.0.1, or behind a TLS proxy): no Secure flag, or the browser would drop it.
    expect(cookie).not.toContain('Secure');
    const session = await send(`${server.url}api/session`, { headers: { cookie: cookie.split(';')[0]! } });
    expect(session.json.user.userName).toBe('kassor');
    expect(session.json.csrfToken).toBe(ok.json.value.csrfToken);
  });

  it('locks a user after 5 failures in a row, even for the right password, until the lock ends', async () => {
    expect(USER_LIMITS).toEqual({ maxFailures: 5, lockMs: 15 * 60 * 1000 });
    for (let i = 0; i < 4; i += 1) expect((await postJson(`${server.url}api/login`, { userName: 'ordf', password: `wrong ${i}` })).status).toBe(401);
    // 4 failures: not yet locked; a success clears the count.
    await login(server.url, 'ordf');
    for (let i = 0; i < 5; i += 1) expect((await postJson(`${server.url}api/login`, { userName: 'ordf', password: `wrong ${i}` })).status).toBe(401);
    const locked = await postJson(`${server.url}api/login`, { userName: 'ordf', password: PASSWORD });
    expect(locked.status).toBe(429);
    expect(locked.json.error).toMatchObject({ messageKey: 'error.server.throttled', params: { minutes: 15 } });
    // Another user from the same address is not locked by ordf's failures (5 < the address's 20).
    await login(server.url, 'kassor');
    now += 15 * 60 * 1000 - 1;
    expect((await postJson(`${server.url}api/login`, { userName: 'ordf', password: PASSWORD })).status).toBe(429);
    now += 1;
    await login(server.url, 'ordf');
  });

  it('locks an address after 20 failures across any names', async () => {
    expect(ADDRESS_LIMITS.maxFailures).toBe(20);
    // 20 names × 1 failure each: no user reaches 5, the address reaches 20.
    for (let i = 0; i < 20; i += 1) expect((await postJson(`${server.url}api/login`, { userName: `guess${i}`, password: 'x' })).status).toBe(401);
    expect((await postJson(`${server.url}api/login`, { userName: 'admin', password: PASSWORD })).status).toBe(429);
  });
});

describe('requests of a signed-in user', () => {
  it('refuses a POST without the session’s CSRF token, or with another session’s, and writes nothing', async () => {
    const kassor = await login(server.url, 'kassor');
    const other = await login(server.url, 'admin');
    for (const headers of [{ cookie: kassor.cookie }, { cookie: kassor.cookie, 'x-andel-csrf': other.csrf }] as Record<string, string>[]) {
      const reply = await postJson(`${server.url}api/invoke`, { channel: 'metrics:upsert', input: population }, headers);
      expect(reply.status).toBe(403);
      expect(reply.json.error).toMatchObject({ code: 'FORBIDDEN', messageKey: 'error.server.csrf' });
    }
    const values = await kassor.invoke('metrics:listForOrganisation', { organisationId: HJO, metric: 'population' });
    expect(values.json.value.some((v: { year: number }) => v.year === 2030)).toBe(false);
  });

  it('refuses a POST from another origin or a cross-site fetch, and a body that is not JSON', async () => {
    const kassor = await login(server.url, 'kassor');
    const headers = { cookie: kassor.cookie, 'x-andel-csrf': kassor.csrf };
    expect((await postJson(`${server.url}api/invoke`, { channel: 'members:list', input: {} }, { ...headers, origin: 'https://evil.example' })).status).toBe(403);
    expect((await postJson(`${server.url}api/invoke`, { channel: 'members:list', input: {} }, { ...headers, 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    const form = await send(`${server.url}api/invoke`, { method: 'POST', headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' }, body: 'channel=members:list' });
    expect(form.status).toBe(415);
    expect((await kassor.invoke('members:list', {})).json.ok).toBe(true);
  });

  it('parses every input with the contract and refuses by role before the handler runs', async () => {
    const kassor = await login(server.url, 'kassor');
    const ordf = await login(server.url, 'ordf');
    const bad = await kassor.invoke('metrics:upsert', { ...population, value: -1 });
    expect(bad.json.error.code).toBe('INVALID_INPUT');
    // A chair keeps the minutes, not the register.
    const refused = await ordf.invoke('metrics:upsert', population);
    expect(refused.json.error).toMatchObject({ code: 'FORBIDDEN', messageKey: 'error.server.forbidden', params: { channel: 'metrics:upsert' } });
    // A treasurer keeps the register, not the minutes.
    expect((await kassor.invoke('decisions:create', {})).json.error.code).toBe('FORBIDDEN');
    // The desktop-only channels are nobody's over the server (they would change the served file).
    const admin = await login(server.url, 'admin');
    expect((await admin.invoke('workspace:openDemo', {})).json.error.code).toBe('FORBIDDEN');
    const values = await kassor.invoke('metrics:listForOrganisation', { organisationId: HJO, metric: 'population' });
    expect(values.json.value.some((v: { year: number }) => v.year === 2030)).toBe(false);
  });

  it('writes each change to the audit trail with the user who made it', async () => {
    const kassor = await login(server.url, 'kassor');
    const admin = await login(server.url, 'admin');
    expect((await kassor.invoke('metrics:upsert', population)).json.ok).toBe(true);
    expect((await admin.invoke('metrics:upsert', { ...population, value: 6001 })).json.ok).toBe(true);
    const trail = await admin.invoke('audit:list', { entity: 'metric_value', limit: 2 });
    const entries = trail.json.value.entries as { actor: string | null; after: { value: number } }[];
    expect(entries.map((e) => [e.actor, e.after.value])).toEqual([
      ['admin', 6001],
      ['kassor', 6000],
    ]);
  });

  it('a member viewer sees its own organisation, and is refused another', async () => {
    const viewer = await login(server.url, 'skovde');
    const own = await viewer.invoke('metrics:listForOrganisation', { organisationId: SKOVDE, metric: 'population' });
    expect(own.json.ok).toBe(true);
    expect(own.json.value.every((v: { organisationId: number }) => v.organisationId === SKOVDE)).toBe(true);
    const other = await viewer.invoke('metrics:listForOrganisation', { organisationId: HJO, metric: 'population' });
    expect(other.json.error).toMatchObject({ code: 'FORBIDDEN', messageKey: 'error.server.otherOrganisation' });
  });

  it('ends the session on logout', async () => {
    const kassor = await login(server.url, 'kassor');
    const out = await postJson(`${server.url}api/logout`, {}, { cookie: kassor.cookie, 'x-andel-csrf': kassor.csrf });
    expect(out.status).toBe(200);
    expect(out.headers['set-cookie']![0]).toMatch(/^andel_session=; .*Max-Age=0/);
    expect((await kassor.invoke('members:list', {})).status).toBe(401);
  });
});

describe('over TLS', () => {
  it('serves HTTPS with a Secure __Host- cookie and HSTS', async () => {
    const cert = join(dir, 'cert.pem');
    const key = join(dir, 'key.pem');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' });
    await server.close();
    server = await serve(dir, session, { clock, tls: { cert: readFileSync(cert), key: readFileSync(key) } });
    expect(server.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/$/);
    const ca = readFileSync(cert, 'utf8');
    const reply = await postJson(`${server.url}api/login`, { userName: 'kassor', password: PASSWORD }, {}, ca);
    expect(reply.status).toBe(200);
    const cookie = reply.headers['set-cookie']![0]!;
    expect(cookie).toMatch(/^__Host-andel_session=/);
    expect(cookie.split('; ')).toEqual(expect.arrayContaining(['Path=/', 'HttpOnly', 'SameSite=Strict', 'Secure']));
    expect(reply.headers['strict-transport-security']).toBe('max-age=31536000');
  });
});
