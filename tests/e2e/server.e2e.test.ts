/**
 * `andel serve` in real Chromium, on a workspace file and on a PostgreSQL database: the built
 * renderer served with the real transport (session cookie + CSRF header). A browser with no session gets the login page (in Swedish, axe-clean); a
 * wrong password is refused in Swedish; the treasurer signs in and edits a member's population in
 * the members drawer; a second browser context, signed in as the chair, sees the new figure; the
 * audit trail names the treasurer.
 */
import { createRequire } from 'node:module';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AndelServer } from '../../src/main/server/http-server';
import { grouped } from './app-harness';
import { serveDemo, servedBackends, signIn, useChromium, type ServedDemo } from './serve-harness';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const PASSWORD = 'a long shared secret';

let workDir: string;
let served: ServedDemo<{ id: number; year: number; population: number }> | null = null;
let server: AndelServer;
let skovde: { id: number; year: number; population: number };

// A refused password is an HTTP 401, which Chromium logs as a failed load: expected here.
const newPage = useChromium();

async function open(hash: string): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const { context, page, problems } = await newPage(/401/u);
  await page.goto(`${server.url}${hash}`);
  return { context, page, problems };
}

describe.each(servedBackends())('andel serve on %s in Chromium', (backend) => {
  beforeAll(async () => {
    workDir = await mkdtemp(join(tmpdir(), 'andel-serve-e2e-'));
    const users = [
      { userName: 'kassor', password: PASSWORD, role: 'treasurer' },
      { userName: 'ordf', password: PASSWORD, role: 'chair' },
    ];
    // Skövde's latest population, read straight from the workspace before the server opens it.
    served = await serveDemo(backend, workDir, users, async (db) => {
      const row = await db
        .selectFrom('metricValues')
        .innerJoin('organisations', 'organisations.id', 'metricValues.organisationId')
        .select(['organisations.id', 'metricValues.year', 'metricValues.value'])
        .where('organisations.name', '=', 'Skövde')
        .where('metricValues.metric', '=', 'population')
        .orderBy('metricValues.year', 'desc')
        .executeTakeFirstOrThrow();
      return { id: row.id, year: row.year, population: row.value };
    });
    server = served.server;
    skovde = served.found;
  }, 300_000);
  afterAll(async () => {
    await served?.close();
    served = null;
    await rm(workDir, { recursive: true, force: true });
  });

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
