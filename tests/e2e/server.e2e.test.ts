/**
 * `andel serve` in real Chromium: the built renderer served with the real transport (session
 * cookie + CSRF header). A browser with no session gets the login page (in Swedish, axe-clean); a
 * wrong password is refused in Swedish; the treasurer signs in and edits a member's population in
 * the members drawer; a second browser context, signed in as the chair, sees the new figure; the
 * audit trail names the treasurer.
 */
import { createRequire } from 'node:module';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDocument } from '../../src/main/document/import-document';
import { startAndelServer, type AndelServer } from '../../src/main/server/http-server';
import { sqliteWorkspace } from '../../src/main/server/served-workspace';
import { addUser } from '../../src/main/server/users';
import { WorkspaceSession } from '../../src/main/workspace/session';
import { sharedRendererBuild } from '../bridge/build-renderer';
import { loadDemoDocument } from '../helpers/workspace-fixtures';
import { grouped } from './app-harness';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const PASSWORD = 'a long shared secret';

let workDir: string;
let server: AndelServer;
let browser: Browser;
let skovde: { id: number; year: number; population: number };

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'andel-serve-e2e-'));
  const rendererDir = await sharedRendererBuild();
  const file = join(workDir, 'shared.andel');
  await importDocument(file, loadDemoDocument());
  const session = new WorkspaceSession();
  await session.open(file);
  const clock = () => new Date();
  await addUser(session.db, clock, { userName: 'kassor', password: PASSWORD, role: 'treasurer' });
  await addUser(session.db, clock, { userName: 'ordf', password: PASSWORD, role: 'chair' });
  // Skövde's latest population, read straight from the file before the server opens it.
  const row = await session.db
    .selectFrom('metricValues')
    .innerJoin('organisations', 'organisations.id', 'metricValues.organisationId')
    .select(['organisations.id', 'metricValues.year', 'metricValues.value'])
    .where('organisations.name', '=', 'Skövde')
    .where('metricValues.metric', '=', 'population')
    .orderBy('metricValues.year', 'desc')
    .executeTakeFirstOrThrow();
  skovde = { id: row.id, year: row.year, population: row.value };
  await session.close();
  server = await startAndelServer({ rendererDir, openWorkspace: sqliteWorkspace(file) });
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(workDir, { recursive: true, force: true });
});

async function open(hash: string): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'sv-SE', reducedMotion: 'reduce' });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    // A refused password is an HTTP 401, which Chromium logs as a failed load: expected here.
    if (message.type() === 'error' && !message.text().includes('401')) problems.push(`console error: ${message.text()}`);
  });
  await page.goto(`${server.url}${hash}`);
  return { context, page, problems };
}

async function signIn(page: Page, userName: string, password: string): Promise<void> {
  const form = page.getByTestId('server-login');
  await form.waitFor();
  await page.getByLabel('Användarnamn').fill(userName);
  await page.getByLabel('Lösenord').fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
}

describe('andel serve in Chromium', () => {
  it('shows the login page in Swedish, axe-clean, and refuses a wrong password in Swedish', async () => {
    const { context, page, problems } = await open('#/members');
    await page.getByRole('heading', { name: 'Logga in på Andel' }).waitFor();
    await page.route('**/__axe.min.js', (route) => route.fulfill({ path: axePath, contentType: 'text/javascript' }));
    await page.addScriptTag({ url: `${server.url}__axe.min.js` });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; impact: string }[] }> } }).axe;
      const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
      return result.violations.map((v) => `${v.impact}: ${v.id}`);
    });
    expect(violations).toEqual([]);
    await signIn(page, 'kassor', 'not the password');
    await expect.poll(() => page.getByTestId('login-error').textContent()).toBe('Fel användarnamn eller lösenord.');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a treasurer edits a member; a second browser session, the chair’s, sees the change', { timeout: 300_000 }, async () => {
    const after = skovde.population + 4321;
    const first = await open(`#/members/${skovde.id}`);
    await signIn(first.page, 'kassor', PASSWORD);
    const drawer = first.page.getByRole('dialog');
    await drawer.waitFor();
    await drawer.locator(`[data-metric-row="population-${skovde.year}"]`).getByTestId('metric-edit').click();
    await drawer.getByTestId('metric-value').fill(String(after));
    await drawer.getByTestId('metric-save').click();
    await expect.poll(async () => drawer.locator(`[data-metric-row="population-${skovde.year}"] td`).nth(2).textContent(), { timeout: 30_000 }).toBe(grouped(after));

    const second = await open('#/members');
    await signIn(second.page, 'ordf', PASSWORD);
    await second.page.getByTestId('members-search').fill('Skövde');
    const row = second.page.locator('[role="row"][data-organisation-id]', { has: second.page.getByText('Skövde', { exact: true }) });
    await expect.poll(async () => row.getByRole('gridcell').nth(3).textContent(), { timeout: 30_000 }).toBe(grouped(after));

    // The chair may read but not change the register: the server refuses, whatever the page offers.
    const refused = await second.page.evaluate(
      async ({ id, year }) => window.andel.invoke('metrics:upsert', { organisationId: id, metric: 'population', year, value: 1, referenceDate: `${year - 1}-12-31` }),
      { id: skovde.id, year: skovde.year },
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    const trail = await first.page.evaluate(async () => window.andel.invoke('audit:list', { entity: 'metric_value', limit: 1 }));
    expect(trail).toMatchObject({ ok: true, value: { entries: [{ actor: 'kassor', after: { value: after } }] } });
    expect([...first.problems, ...second.problems]).toEqual([]);
    await first.context.close();
    await second.context.close();
  });
});
