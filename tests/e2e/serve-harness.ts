/**
 * `andel serve` for the Chromium tests: Chromium itself, the backends to run on (a workspace file,
 * and a PostgreSQL database where the tests have a server), the demo workspace served with the
 * users a test names, and the login page's sign-in.
 */
import type { Kysely } from 'kysely';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { Database } from '../../src/main/db/database.types';
import { createPostgresWorkspace } from '../../src/main/db/postgres/open-postgres-workspace';
import { importDocument, writeDocumentRows } from '../../src/main/document/import-document';
import { assertValidDocument } from '../../src/main/document/validate-document';
import { startAndelServer, type AndelServer, type ServedWorkspace } from '../../src/main/server/http-server';
import { postgresWorkspace, sqliteWorkspace } from '../../src/main/server/served-workspace';
import { addUser, type NewServerUser } from '../../src/main/server/users';
import { WorkspaceSession } from '../../src/main/workspace/session';
import { sharedRendererBuild } from '../bridge/build-renderer';
import { createTestDatabase, testPgAdminUrl } from '../helpers/pg-server';
import { loadDemoDocument } from '../helpers/workspace-fixtures';

export type Backend = 'sqlite' | 'postgres';

/** A file always; PostgreSQL too where the tests have a server (off CI without one, a line says so). */
export const servedBackends = (): Backend[] => (testPgAdminUrl() ? ['sqlite', 'postgres'] : ['sqlite']);

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
}

export interface ServedDemo<T> {
  server: AndelServer;
  /** What `read` found in the workspace before the server opened it. */
  found: T;
  close(): Promise<void>;
}

/**
 * The demo workspace on `backend` (a file in `workDir`, or a fresh PostgreSQL database with a local
 * stand-in name there), with `users` added, read by `read` and then served by `andel serve`.
 */
export async function serveDemo<T>(
  backend: Backend,
  workDir: string,
  users: readonly NewServerUser[],
  read: (db: Kysely<Database>) => Promise<T>,
): Promise<ServedDemo<T>> {
  const session = new WorkspaceSession();
  const path = join(workDir, 'shared.andel');
  let opener: () => Promise<ServedWorkspace>;
  let drop = async (): Promise<void> => undefined;
  if (backend === 'sqlite') {
    await importDocument(path, loadDemoDocument());
    await session.open(path);
    opener = sqliteWorkspace(path);
  } else {
    const database = await createTestDatabase(testPgAdminUrl()!);
    drop = () => database.drop();
    const document = assertValidDocument(loadDemoDocument());
    await createPostgresWorkspace(database.url, document.workspace, { fill: (trx) => writeDocumentRows(trx, document) });
    // Its local stand-in: the name the app shows (a workspace without one reads as none open).
    await session.openPostgres(database.url, { path });
    opener = postgresWorkspace(database.url, { path });
  }
  const clock = () => new Date();
  for (const user of users) await addUser(session.db, clock, user);
  const found = await read(session.db);
  await session.close();
  const server = await startAndelServer({ rendererDir: await sharedRendererBuild(), openWorkspace: opener });
  return {
    server,
    found,
    async close() {
      await server.close();
      await drop();
    },
  };
}

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  /** Page errors and console errors seen so far (but those the test expects). */
  problems: string[];
}

/**
 * Call at the top of a test file: the renderer is built and Chromium started once for the file, and
 * closed after it. Gives a page in a browser session of its own (own cookies; Swedish, 1440 × 900)
 * that collects page errors and the console errors that do not match `expected` (e.g. a refused
 * request Chromium logs as a failed load).
 */
export function useChromium(): (expected: RegExp) => Promise<OpenedPage> {
  let browser: Browser | undefined;
  beforeAll(async () => {
    await sharedRendererBuild();
    browser = await launchChromium();
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
  });
  return async (expected) => {
    if (!browser) throw new Error('Chromium is not running');
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'sv-SE', reducedMotion: 'reduce' });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && !expected.test(message.text())) problems.push(`console error: ${message.text()}`);
    });
    return { context, page, problems };
  };
}

/** Signs in on the login page (Swedish UI). */
export async function signIn(page: Page, userName: string, password: string): Promise<void> {
  await page.getByTestId('server-login').waitFor();
  await page.getByLabel('Användarnamn').fill(userName);
  await page.getByLabel('Lösenord').fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
}
