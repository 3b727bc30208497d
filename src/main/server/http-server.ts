/**
 * The Andel server (`andel serve`): the built renderer and the API contract over HTTP(S) for a
 * shared workspace. Every call goes through the same `dispatch` as the desktop's IPC (so every input
 * is parsed by the zod contract), behind a signed-in session, a CSRF token and the role policy
 * (./policy.ts), and runs as its user so the audit trail names who made each change.
 *
 *   GET  /                    the renderer's index.html with the transport script
 *   GET  /andel-transport.js  window.andel.invoke over this server (./transport-script.ts)
 *   GET  /api/session         the signed-in user, the session's CSRF token (null when none) and its role's channels
 *   POST /api/login           { userName, password } → sets the session cookie
 *   POST /api/logout          ends the session (CSRF header required)
 *   POST /api/invoke          { channel, input } → the result envelope (CSRF header required)
 */
import { readFile } from 'node:fs/promises';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import type { WorkspaceInfo } from '../../shared/api/channels/workspace.channels';
import { isChannel, type Channel } from '../../shared/api/contract';
import { AndelError, type ApiError } from '../../shared/errors';
import { translate, type MessageKey, type MessageParams } from '../../shared/i18n/translate';
import { dispatch } from '../api/dispatch';
import type { HandlerMap } from '../api/handler-map';
import { runAsActor } from '../db/audit-actor';
import { contentSecurityPolicy } from '../electron/policy/csp';
import { createHandlers, type AppContext } from '../handlers';
import { systemClock, type Clock } from '../services/clock';
import { LoginThrottle } from './login-throttle';
import { authorize, authorizeChannel, channelsFor } from './policy';
import type { ServerUser } from './roles';
import { servedWorkspaceInfo } from './served-info';
import { sameToken, SessionStore, type SessionLimits } from './sessions';
import { contentTypes, readRequestBody, readStaticFile } from './static-files';
import { CSRF_HEADER, injectTransport, TRANSPORT_PATH, transportScript } from './transport-script';
import { findUser, verifyPassword } from './users';

/** The workspace the server serves: the handlers' context, and how to close it. */
export interface ServedWorkspace {
  ctx: AppContext;
  close(): Promise<void>;
}

export interface AndelServerOptions {
  /** The built renderer (out/renderer): index.html and assets/. */
  rendererDir: string;
  /** Opens the workspace: a file or a PostgreSQL database (see served-workspace.ts). */
  openWorkspace: () => Promise<ServedWorkspace>;
  host?: string;
  port?: number;
  /** PEM certificate and key: served over HTTPS, cookies marked Secure. */
  tls?: { cert: string | Buffer; key: string | Buffer };
  clock?: Clock;
  /** Behind a reverse proxy: take the client address for throttling from X-Forwarded-For. */
  trustProxy?: boolean;
  /** Idle and absolute session expiry (default 8 and 24 hours). */
  sessionLimits?: SessionLimits;
  handlers?: HandlerMap<AppContext>;
  onInternalError?: (error: unknown, channel: string) => void;
}

export interface AndelServer {
  url: string;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 10 * 1024 * 1024;

const JSON_TYPE = contentTypes['.json']!;

class HttpRefusal extends Error {
  constructor(
    readonly status: number,
    readonly error: ApiError,
  ) {
    super(error.message);
  }
}

function apiError(code: ApiError['code'], messageKey: MessageKey, params?: MessageParams): ApiError {
  return { code, message: translate('en', messageKey, params), messageKey, ...(params ? { params } : {}) };
}

const refusal = (status: number, code: ApiError['code'], messageKey: MessageKey, params?: MessageParams): HttpRefusal =>
  new HttpRefusal(status, apiError(code, messageKey, params));

function parseCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0) cookies.set(part.slice(0, at).trim(), part.slice(at + 1).trim());
  }
  return cookies;
}

const readBody = (req: IncomingMessage): Promise<string> =>
  readRequestBody(req, MAX_BODY_BYTES, () => refusal(413, 'INVALID_INPUT', 'error.api.invalidInput', { channel: 'request' }));

/** Every handler behind the role policy: refused (FORBIDDEN) before it runs, after the contract's parse. */
export function authorizedHandlers(handlers: HandlerMap<AppContext>): HandlerMap<AppContext & { user: ServerUser }> {
  const wrapped: Record<string, (input: unknown, ctx: AppContext & { user: ServerUser }) => unknown> = {};
  for (const [channel, handler] of Object.entries(handlers) as [Channel, (input: unknown, ctx: AppContext) => unknown][]) {
    wrapped[channel] = (input, ctx) => {
      authorize(ctx.user, channel, input);
      return handler(input, ctx);
    };
  }
  return wrapped as HandlerMap<AppContext & { user: ServerUser }>;
}

export async function startAndelServer(options: AndelServerOptions): Promise<AndelServer> {
  const clock = options.clock ?? systemClock;
  const root = resolve(options.rendererDir);
  const indexHtml = injectTransport(await readFile(join(root, 'index.html'), 'utf8'));
  const workspace = await options.openWorkspace();
  const handlers = authorizedHandlers(options.handlers ?? createHandlers());
  const throttle = new LoginThrottle(clock);
  const secure = options.tls !== undefined;
  // __Host- cookies must be Secure, Path=/ and without Domain: browsers then refuse them from subdomains.
  const cookieName = secure ? '__Host-andel_session' : 'andel_session';
  const db = () => workspace.ctx.session.db;
  const sessions = new SessionStore(db, clock, options.sessionLimits);

  function headers(type: string): Record<string, string> {
    return {
      'content-type': type,
      'cache-control': 'no-store',
      'content-security-policy': contentSecurityPolicy,
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
      ...(secure ? { 'strict-transport-security': 'max-age=31536000' } : {}),
    };
  }

  function send(res: ServerResponse, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}): void {
    res.writeHead(status, { ...headers(type), ...extra });
    res.end(body);
  }

  const sendJson = (res: ServerResponse, status: number, body: unknown, extra: Record<string, string> = {}): void =>
    send(res, status, JSON_TYPE, JSON.stringify(body), extra);

  function sessionCookie(token: string, maxAgeSeconds?: number): string {
    const parts = [`${cookieName}=${token}`, 'Path=/', 'HttpOnly', 'SameSite=Strict'];
    if (secure) parts.push('Secure');
    if (maxAgeSeconds !== undefined) parts.push(`Max-Age=${maxAgeSeconds}`);
    return parts.join('; ');
  }

  function clientAddress(req: IncomingMessage): string {
    const forwarded = options.trustProxy ? req.headers['x-forwarded-for'] : undefined;
    const last = typeof forwarded === 'string' ? forwarded.split(',').pop()?.trim() : undefined;
    return last || req.socket.remoteAddress || 'unknown';
  }

  /** A POST must be JSON and from this origin (a cross-site form or script cannot send either). */
  function checkPost(req: IncomingMessage): void {
    const type = req.headers['content-type'] ?? '';
    if (!type.toLowerCase().startsWith('application/json')) throw refusal(415, 'INVALID_INPUT', 'error.api.invalidInput', { channel: 'request' });
    const origin = req.headers.origin;
    const expected = `${secure ? 'https' : 'http'}://${req.headers.host ?? ''}`;
    const site = req.headers['sec-fetch-site'];
    if ((origin !== undefined && origin !== expected) || (site !== undefined && site !== 'same-origin')) {
      throw refusal(403, 'FORBIDDEN', 'error.server.csrf');
    }
  }

  /** The signed-in user of this request (read afresh, so a changed role or a removed user counts at once). */
  async function currentUser(req: IncomingMessage): Promise<{ token: string; csrfToken: string; user: ServerUser }> {
    const session = await sessions.get(parseCookies(req.headers.cookie).get(cookieName));
    if (!session) throw refusal(401, 'UNAUTHENTICATED', 'error.server.unauthenticated');
    const user = await findUser(db(), session.userName);
    if (!user) {
      await sessions.end(session.token);
      throw refusal(401, 'UNAUTHENTICATED', 'error.server.unauthenticated');
    }
    return { token: session.token, csrfToken: session.csrfToken, user: { userName: user.userName, role: user.role, organisationId: user.organisationId } };
  }

  async function requireCsrf(req: IncomingMessage): Promise<{ token: string; user: ServerUser }> {
    const signedIn = await currentUser(req);
    const given = req.headers[CSRF_HEADER];
    if (!sameToken(signedIn.csrfToken, typeof given === 'string' ? given : undefined)) throw refusal(403, 'FORBIDDEN', 'error.server.csrf');
    return signedIn;
  }

  async function parseJson(req: IncomingMessage): Promise<Record<string, unknown>> {
    try {
      const value = JSON.parse(await readBody(req)) as unknown;
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
    } catch (error) {
      if (error instanceof HttpRefusal) throw error;
    }
    throw refusal(400, 'INVALID_INPUT', 'error.api.invalidInput', { channel: 'request' });
  }

  async function handleLogin(req: IncomingMessage, res: ServerResponse): Promise<void> {
    checkPost(req);
    const body = await parseJson(req);
    const userName = typeof body['userName'] === 'string' ? body['userName'].slice(0, 200) : '';
    const password = typeof body['password'] === 'string' ? body['password'].slice(0, 1000) : '';
    const address = clientAddress(req);
    const locked = throttle.lockedFor(userName, address);
    if (locked > 0) throw refusal(429, 'UNAUTHENTICATED', 'error.server.throttled', { minutes: Math.ceil(locked / 60_000) });
    const user = await verifyPassword(db(), userName, password);
    if (!user) {
      throttle.failed(userName, address);
      throw refusal(401, 'UNAUTHENTICATED', 'error.server.loginFailed');
    }
    throttle.succeeded(userName);
    const session = await sessions.create(user.userName);
    sendJson(res, 200, { ok: true, value: { user, csrfToken: session.csrfToken, channels: channelsFor(user) } }, { 'set-cookie': sessionCookie(session.token) });
  }

  async function handleInvoke(req: IncomingMessage, res: ServerResponse): Promise<void> {
    checkPost(req);
    const { user } = await requireCsrf(req);
    const message = await parseJson(req);
    const channel = message['channel'];
    // A role without the channel is refused before its input is parsed; the handler checks the rest.
    if (isChannel(channel)) {
      try {
        authorizeChannel(user, channel);
      } catch (error) {
        if (error instanceof AndelError) return sendJson(res, 200, { ok: false, error: error.toApiError() });
        throw error;
      }
    }
    const ctx = { ...workspace.ctx, user };
    const result = await runAsActor(user.userName, () => dispatch(handlers, ctx, channel, message['input'] ?? undefined, options.onInternalError));
    // Where the workspace lies on the server is nobody's business over HTTP (./served-info.ts).
    sendJson(res, 200, channel === 'workspace:info' && result.ok ? { ok: true, value: servedWorkspaceInfo(result.value as WorkspaceInfo | null, user) } : result);
  }

  async function handleStatic(pathname: string, res: ServerResponse): Promise<void> {
    if (pathname === '/' || pathname === '/index.html') return send(res, 200, contentTypes['.html']!, indexHtml);
    if (pathname === TRANSPORT_PATH) return send(res, 200, contentTypes['.js']!, transportScript);
    const reply = await readStaticFile(root, pathname);
    send(res, reply.status, reply.type, reply.body);
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    if (req.method === 'GET' && pathname === '/api/session') {
      // Not signed in is an answer here, not an error (the page asks before showing the login page).
      const signedIn = await currentUser(req).catch((error: unknown) => {
        if (error instanceof HttpRefusal && error.status === 401) return null;
        throw error;
      });
      return sendJson(res, 200, signedIn ? { user: signedIn.user, csrfToken: signedIn.csrfToken, channels: channelsFor(signedIn.user) } : { user: null, csrfToken: null });
    }
    if (req.method === 'POST' && pathname === '/api/login') return handleLogin(req, res);
    if (req.method === 'POST' && pathname === '/api/logout') {
      checkPost(req);
      const { token } = await requireCsrf(req);
      await sessions.end(token);
      return sendJson(res, 200, { ok: true, value: null }, { 'set-cookie': sessionCookie('', 0) });
    }
    if (req.method === 'POST' && pathname === '/api/invoke') return handleInvoke(req, res);
    if (req.method === 'GET' && !pathname.startsWith('/api/')) return handleStatic(pathname, res);
    send(res, 405, 'text/plain', 'method not allowed');
  }

  const listener = (req: IncomingMessage, res: ServerResponse): void => {
    route(req, res).catch((error: unknown) => {
      if (res.headersSent) return;
      if (error instanceof HttpRefusal) return sendJson(res, error.status, { ok: false, error: error.error });
      (options.onInternalError ?? ((e: unknown) => console.error(e)))(error, 'http');
      sendJson(res, 500, { ok: false, error: apiError('INTERNAL', 'error.api.internal', { channel: 'http' }) });
    });
  };
  const server: Server = options.tls ? createHttpsServer({ cert: options.tls.cert, key: options.tls.key }, listener) : createHttpServer(listener);

  const host = options.host ?? '127.0.0.1';
  try {
    await new Promise<void>((resolveListen, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, host, () => {
        server.off('error', reject);
        resolveListen();
      });
    });
  } catch (error) {
    await workspace.close();
    throw error;
  }
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `${secure ? 'https' : 'http'}://${shownHost}:${address.port}/`,
    close: async () => {
      await new Promise<void>((resolveClose, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolveClose()));
      });
      await workspace.close();
    },
  };
}
