/**
 * The browser test bridge (test code only): serves the built renderer on 127.0.0.1 and stands in
 * for the preload. `/bridge.js` defines `window.andel.invoke`, which POSTs `{channel, input}` to
 * `/api/invoke`; the server runs the same `dispatch` main uses over IPC, so the UI in Chromium
 * talks to a real handler map through the real contract checks. The handler map and its context
 * are parameters: the tests pass the real backend or a fixture without this file knowing which.
 *
 * bridge.js is a separate file rather than an inline script so the renderer's CSP
 * (`script-src 'self'`) holds in the tests exactly as in the app.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { dispatch } from '../../src/main/api/dispatch';
import type { HandlerMap } from '../../src/main/api/handler-map';
import { contentSecurityPolicy } from '../../src/main/electron/policy/csp';
import { contentTypes, readRequestBody, readStaticFile } from '../../src/main/server/static-files';

export interface BridgeOptions<Ctx> {
  /** The built renderer: the folder holding index.html and assets/. */
  rendererDir: string;
  handlers: HandlerMap<Ctx>;
  ctx: Ctx;
  /** Called for a handler's unexpected exception (dispatch turns it into an INTERNAL error). */
  onInternalError?: (error: unknown, channel: string) => void;
}

export interface BridgeCall {
  channel: unknown;
  input: unknown;
  ok: boolean;
}

export interface Bridge {
  url: string;
  /** Every API call the page made, in order: lets a test assert what the UI asked for. */
  calls: BridgeCall[];
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 10 * 1024 * 1024;


// Plain script, no module: it must have defined window.andel before the app's module runs.
export const bridgeScript = `'use strict';
(function () {
  async function invoke(channel, input) {
    const response = await fetch('./api/invoke', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ channel: channel, input: input === undefined ? null : input }),
    });
    return response.json();
  }
  Object.defineProperty(window, 'andel', { value: Object.freeze({ invoke: invoke }), enumerable: true });
})();
`;

/** index.html with the bridge script placed before the app's module script. */
export function injectBridge(html: string): string {
  const tag = '<script src="./bridge.js"></script>';
  if (!html.includes('</head>')) throw new Error('bridge: the renderer index.html has no </head>');
  return html.replace('</head>', `    ${tag}\n  </head>`);
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'content-security-policy': contentSecurityPolicy,
    'x-content-type-options': 'nosniff',
  });
  res.end(body);
}

const readBody = (req: IncomingMessage): Promise<string> =>
  readRequestBody(req, MAX_BODY_BYTES, () => new Error('request body too large'));

export async function startBridge<Ctx>(options: BridgeOptions<Ctx>): Promise<Bridge> {
  const root = resolve(options.rendererDir);
  const indexHtml = injectBridge(await readFile(join(root, 'index.html'), 'utf8'));
  const calls: BridgeCall[] = [];

  async function handleInvoke(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let message: { channel?: unknown; input?: unknown };
    try {
      message = JSON.parse(await readBody(req)) as { channel?: unknown; input?: unknown };
    } catch {
      send(res, 400, contentTypes['.json']!, JSON.stringify({ ok: false, error: { code: 'INVALID_INPUT', message: 'The bridge received a request that is not JSON.' } }));
      return;
    }
    const result = await dispatch(options.handlers, options.ctx, message.channel, message.input ?? undefined, options.onInternalError);
    calls.push({ channel: message.channel, input: message.input, ok: result.ok });
    send(res, 200, contentTypes['.json']!, JSON.stringify(result));
  }

  async function handleStatic(pathname: string, res: ServerResponse): Promise<void> {
    if (pathname === '/' || pathname === '/index.html') return send(res, 200, contentTypes['.html']!, indexHtml);
    if (pathname === '/bridge.js') return send(res, 200, contentTypes['.js']!, bridgeScript);
    const reply = await readStaticFile(root, pathname);
    send(res, reply.status, reply.type, reply.body);
  }

  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
    const work = req.method === 'POST' && pathname === '/api/invoke' ? handleInvoke(req, res) : req.method === 'GET' ? handleStatic(pathname, res) : Promise.resolve(send(res, 405, 'text/plain', 'method not allowed'));
    work.catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, 'text/plain', String(error));
    });
  });

  await new Promise<void>((resolveListen) => server.listen(0, '127.0.0.1', resolveListen));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    calls,
    close: () =>
      new Promise<void>((resolveClose, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolveClose()));
      }),
  };
}
