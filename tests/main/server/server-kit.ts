/**
 * What the server tests share: a real workspace file (the rich fixture) with users added through
 * the same module `andel users add` uses, a real `andel serve` on 127.0.0.1:0 over it, and a plain
 * HTTP(S) client that shows every header (cookies, status) as a browser would get them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { join } from 'node:path';
import { importDocument } from '../../../src/main/document/import-document';
import { startAndelServer, type AndelServer, type AndelServerOptions } from '../../../src/main/server/http-server';
import { sqliteWorkspace } from '../../../src/main/server/served-workspace';
import { addUser, type NewServerUser } from '../../../src/main/server/users';
import { WorkspaceSession } from '../../../src/main/workspace/session';
import { fixedClock, loadRichFixture } from '../../helpers/workspace-fixtures';

export const PASSWORD = 'correct horse battery';

/** The fixture's organisations used below: Skövde (5) is the viewer's own, Hjo (2) another member. */
export const SKOVDE = 5;
export const HJO = 2;

export const fixtureUsers: NewServerUser[] = [
  { userName: 'admin', password: PASSWORD, role: 'administrator' },
  { userName: 'kassor', password: PASSWORD, role: 'treasurer' },
  { userName: 'ordf', password: PASSWORD, role: 'chair' },
  { userName: 'skovde', password: PASSWORD, role: 'member_viewer', organisationId: SKOVDE },
];

/** A workspace file from the rich fixture with `users` added; its path. */
export async function servedWorkspaceFile(dir: string, users: NewServerUser[] = fixtureUsers): Promise<string> {
  const path = join(dir, 'shared.andel');
  await importDocument(path, loadRichFixture());
  const session = new WorkspaceSession();
  await session.open(path);
  for (const user of users) await addUser(session.db, fixedClock, user);
  await session.close();
  return path;
}

/** A renderer folder with an index.html of the built renderer's shape (the unit tests need no build). */
export function stubRenderer(dir: string): string {
  const root = join(dir, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><html><head><title>Andel</title></head><body><div id="root"></div></body></html>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log("app")');
  return root;
}

export async function serve(dir: string, workspacePath: string, extra: Partial<AndelServerOptions> = {}): Promise<AndelServer> {
  return startAndelServer({ rendererDir: stubRenderer(dir), openWorkspace: sqliteWorkspace(workspacePath), ...extra });
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
