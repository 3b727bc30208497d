/**
 * What the server tests share: the fixture's users for a real workspace (a file, or a PostgreSQL
 * database in the postgres project), a real `andel serve` on 127.0.0.1:0 over it, and a plain
 * HTTP(S) client that shows every header (cookies, status) as a browser would get them.
 */
import bcrypt from 'bcryptjs';
import { mkdirSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { join } from 'node:path';
import { startAndelServer, type AndelServer, type AndelServerOptions, type ServedWorkspace } from '../../../src/main/server/http-server';
import { BCRYPT_COST, type NewServerUser } from '../../../src/main/server/users';
import type { WorkspaceSession } from '../../../src/main/workspace/session';
import { fixedClock } from '../../helpers/workspace-fixtures';

export const PASSWORD = 'correct horse battery';

/** The test's own session as the served workspace: the test opened it and closes it (the server leaves it open when it stops). */
function openSessionWorkspace(session: WorkspaceSession): () => Promise<ServedWorkspace> {
  return () => Promise.resolve({ ctx: { session }, close: () => Promise.resolve() });
}

/** The fixture's organisations used below: Skövde (5) is the viewer's own, Hjo (2) another member. */
export const SKOVDE = 5;
export const HJO = 2;

export const fixtureUsers: NewServerUser[] = [
  { userName: 'admin', password: PASSWORD, role: 'administrator' },
  { userName: 'kassor', password: PASSWORD, role: 'treasurer' },
  { userName: 'ordf', password: PASSWORD, role: 'chair' },
  { userName: 'skovde', password: PASSWORD, role: 'member_viewer', organisationId: SKOVDE },
];

let fixtureHash: string | undefined;

/**
 * Adds the fixture's users to an open workspace. They share one real bcrypt hash (cost 12) of
 * PASSWORD, made once per file: hashing per test would cost seconds each. `andel users add`
 * (tests/main/cli/serve-users.test.ts) covers addUser's own hashing and checks.
 */
export async function addFixtureUsers(session: WorkspaceSession, users: NewServerUser[] = fixtureUsers): Promise<void> {
  fixtureHash ??= await bcrypt.hash(PASSWORD, BCRYPT_COST);
  const rows = users.map((user) => ({ userName: user.userName, passwordHash: fixtureHash!, role: user.role, organisationId: user.organisationId ?? null, createdAt: fixedClock().toISOString() }));
  await session.db.withTables<{ serverUsers: (typeof rows)[number] }>().insertInto('serverUsers').values(rows).execute();
}

/** A renderer folder with an index.html of the built renderer's shape (the unit tests need no build). */
export function stubRenderer(dir: string): string {
  const root = join(dir, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><html><head><title>Andel</title></head><body><div id="root"></div></body></html>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log("app")');
  return root;
}

/** `andel serve` over a session the test opened (and closes): a file, or PostgreSQL in the postgres project. */
export async function serve(dir: string, session: WorkspaceSession, extra: Partial<AndelServerOptions> = {}): Promise<AndelServer> {
  return startAndelServer({ rendererDir: stubRenderer(dir), openWorkspace: openSessionWorkspace(session), ...extra });
}

export interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  json: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- replies are inspected field by field
}

export function send(url: string, options: { method?: string; headers?: Record<string, string>; body?: string; ca?: string } = {}): Promise<Reply> {
  const target = new URL(url);
  const request = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(target, { method: options.method ?? 'GET', headers: options.headers ?? {}, ...(options.ca ? { ca: options.ca } : {}) }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json: unknown = null;
        try {
          json = JSON.parse(text);
        } catch {
          json = null;
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
      });
    });
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

export const postJson = (url: string, body: unknown, headers: Record<string, string> = {}, ca?: string): Promise<Reply> =>
  send(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body), ...(ca ? { ca } : {}) });

/** A signed-in client: the session cookie and the CSRF token, as the transport script keeps them. */
export interface Client {
  cookie: string;
  csrf: string;
  invoke(channel: string, input?: unknown): Promise<Reply>;
}

export async function login(baseUrl: string, userName: string, password = PASSWORD): Promise<Client> {
  const reply = await postJson(`${baseUrl}api/login`, { userName, password });
  if (reply.status !== 200) throw new Error(`login ${userName}: ${reply.status} ${reply.text}`);
  const cookie = String(reply.headers['set-cookie']?.[0] ?? '').split(';')[0]!;
  const csrf = reply.json.value.csrfToken as string;
  return {
    cookie,
    csrf,
    invoke: (channel, input = {}) => postJson(`${baseUrl}api/invoke`, { channel, input }, { cookie, 'x-andel-csrf': csrf }),
  };
}
