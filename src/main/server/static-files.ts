/** The built renderer's files and request bodies, as the server (and the tests' browser bridge) handle them. */
import { readFile } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

export const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

export interface StaticReply {
  status: number;
  type: string;
  body: string | Buffer;
}

/** The file at `pathname` under `root` (an absolute, resolved folder); nothing outside it, whatever the path says. */
export async function readStaticFile(root: string, pathname: string): Promise<StaticReply> {
  let file: string;
  try {
    file = normalize(join(root, decodeURIComponent(pathname)));
  } catch {
    return { status: 400, type: 'text/plain', body: 'bad path' };
  }
  if (!file.startsWith(root + sep)) return { status: 403, type: 'text/plain', body: 'forbidden' };
  try {
    return { status: 200, type: contentTypes[extname(file)] ?? 'application/octet-stream', body: await readFile(file) };
  } catch {
    return { status: 404, type: 'text/plain', body: 'not found' };
  }
}

/** A request's body as text; `tooLarge()` is thrown once it passes `maxBytes` (the rest is not read). */
export async function readRequestBody(req: IncomingMessage, maxBytes: number, tooLarge: () => Error): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > maxBytes) throw tooLarge();
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
