/**
 * `andel serve` in real Chromium (the demo, on a workspace file and on PostgreSQL): the signed-in
 * user and the sign-out button in the header (reached with the keyboard, in Swedish), which ends
 * the session on the server (the old cookie is refused afterwards); and a member viewer (Skövde)
 * that is offered only what its role may read: the members view, the decision register and its own
 * charges in the navigation, its scope said in words, a view outside its role and another member
 * explained instead of refused, its own member read-only, and the decision register read only.
 * No call the page makes for it is refused by the server (every /api/invoke reply is watched).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adoptScenario } from '../../src/main/services/scenarios/snapshot.service';
import { formatMoney } from '../../src/shared/format/numbers';
import type { AndelServer } from '../../src/main/server/http-server';
import { sharedRendererBuild } from '../bridge/build-renderer';
import { loadDemoDocument, repoRoot } from '../helpers/workspace-fixtures';
import { launchChromium, serveDemo, servedBackends, type ServedDemo } from './serve-harness';

const PASSWORD = 'a long shared secret';

let workDir: string;
let browser: Browser;
let served: ServedDemo<string[]> | null = null;
let server: AndelServer;
/** The demo document's own organisation ids (the workspace keeps them on a file and on PostgreSQL). */
const ids: Record<string, number> = Object.fromEntries(
  ['Skövde', 'Hjo'].map((name) => [name, loadDemoDocument()!.organisations.find((o) => o.name === name)!.id]),
);
/** Skövde's net per year as the adopted snapshot stored it (the engine's full result at adoption), in Swedish. */
let skovdeNets: string[] = [];

beforeAll(async () => {
  await sharedRendererBuild();
  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  await browser?.close();
});

interface Opened {
  context: BrowserContext;
  page: Page;
  problems: string[];
  /** Every refusal the server gave the page's calls (code and channel). */
  refusals: string[];
}

async function open(hash: string): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'sv-SE', reducedMotion: 'reduce' });
  const page = await context.newPage();
  const problems: string[] = [];
  const refusals: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().includes('401')) problems.push(`console error: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (!response.url().endsWith('/api/invoke')) return;
    const channel = (response.request().postDataJSON() as { channel: string }).channel;
    void response.json().then(
      (reply: { ok: boolean; error?: { code: string } }) => {
        if (!reply.ok && (reply.error?.code === 'FORBIDDEN' || reply.error?.code === 'UNAUTHENTICATED')) refusals.push(`${reply.error.code} ${channel}`);
      },
      () => undefined,
    );
  });
  await page.goto(`${server.url}${hash}`);
  return { context, page, problems, refusals };
}

async function signIn(page: Page, userName: string): Promise<void> {
  await page.getByTestId('server-login').waitFor();
  await page.getByLabel('Användarnamn').fill(userName);
  await page.getByLabel('Lösenord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Logga in' }).click();
}

describe.each(servedBackends())('andel serve on %s: signing out and a member viewer, in Chromium', (backend) => {
  beforeAll(async () => {
    workDir = await mkdtemp(join(tmpdir(), 'andel-roles-e2e-'));
    const users = [
      { userName: 'kassor', password: PASSWORD, role: 'treasurer' as const },
      { userName: 'skovde', password: PASSWORD, role: 'member_viewer' as const, organisationId: ids['Skövde']! },
    ];
    served = await serveDemo(backend, workDir, users, async (db) => {
      // The 9-gruppen's scenario adopted by its decision SG 2017:1 (the demo has no snapshot of its own).
      const scenario = await db.selectFrom('scenarios').select('id').where('name', '=', 'Skaraborg 9-gruppen 2017–2018').executeTakeFirstOrThrow();
      const decision = await db.selectFrom('decisions').select('id').where('number', '=', 'SG 2017:1').executeTakeFirstOrThrow();
      const adopted = await adoptScenario(db, { scenarioId: scenario.id, decisionId: decision.id }, () => new Date());
      const row = await db.selectFrom('snapshots').select('content').where('id', '=', adopted.id).executeTakeFirstOrThrow();
      const stored = JSON.parse(row.content) as { result: { members: { name: string; years: { net: number }[] }[] } };
      return stored.result.members.find((m) => m.name === 'Skövde')!.years.map((y) => formatMoney(y.net, 'SEK', 'sv'));
    });
    server = served.server;
    skovdeNets = served.found;
  }, 600_000);

  afterAll(async () => {
    await served?.close();
    served = null;
    if (workDir) await rm(workDir, { recursive: true, force: true });
  });

  it('shows who is signed in; the sign-out button, reached by the keyboard, ends the session on the server', { timeout: 300_000 }, async () => {
    const { context, page, problems, refusals } = await open('#/members');
    await signIn(page, 'kassor');
    await expect.poll(() => page.getByTestId('signed-in-user').textContent(), { timeout: 60_000 }).toBe('Inloggad som kassor, kassör');
    // The header names the workspace only: never the server's folder.
    await expect.poll(() => page.getByTestId('workspace-name').textContent(), { timeout: 30_000 }).toBe('shared.andel');
    expect(await page.getByTestId('workspace-name').getAttribute('title')).toBe('shared.andel');
    const cookie = (await context.cookies()).find((c) => c.name === 'andel_session')!;
    const csrf = await page.evaluate(async () => (await (await fetch('./api/session')).json() as { csrfToken: string }).csrfToken);

    // Tab from the top of the page until the sign-out button has the focus (bounded by count).
    await page.locator('body').focus();
    let reached = false;
    for (let presses = 0; presses < 40 && !reached; presses += 1) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'sign-out');
    }
    expect(reached).toBe(true);
    expect(await page.getByTestId('sign-out').textContent()).toBe('Logga ut');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Logga in på Andel' }).waitFor();

    // The old cookie, sent again by hand, is refused: the session ended on the server, not only in the browser.
    const replay = await fetch(`${server.url}api/invoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `andel_session=${cookie.value}`, 'x-andel-csrf': csrf },
      body: JSON.stringify({ channel: 'members:list', input: {} }),
    });
    expect(replay.status).toBe(401);
    expect(problems).toEqual([]);
    expect(refusals).toEqual([]);
    await context.close();
  });

  it('offers a member viewer only its view, says what its role sees, and is never refused', { timeout: 300_000 }, async () => {
    const { context, page, problems, refusals } = await open('#/members');
    await signIn(page, 'skovde');
    await expect.poll(() => page.getByTestId('signed-in-user').textContent(), { timeout: 60_000 }).toBe('Inloggad som skovde, medlemsläsare för Skövde');
    // Of the seven views the members, the decision register (in governance) and its own charges: the
    // others read channels the role may not call.
    const nav = page.getByRole('navigation', { name: 'Vyer' });
    expect(await nav.getByRole('link').allTextContents()).toEqual(['Medlemmar', 'Styrning', 'Våra avgifter']);
    await expect
      .poll(() => page.getByTestId('viewer-scope').textContent(), { timeout: 60_000 })
      .toBe('Din roll, medlemsläsare för Skövde, ser medlemsregistret, beslutsregistret och Skövdes egna uppgifter, avgifter och samverkan.');
    expect(await page.getByTestId('members-import').count()).toBe(0);

    // A view outside the role, reached by its address: what the role sees, not a refusal.
    await page.goto(`${server.url}#/scenarios`);
    // The notice shows at once; the organisation's name follows when its read returns ("…" until then).
    await expect
      .poll(() => page.getByTestId('view-not-offered').textContent(), { timeout: 60_000 })
      .toBe('Den här vyn är inte öppen för din roll.Din roll, medlemsläsare för Skövde, ser: Medlemmar, Styrning, Våra avgifter.');

    // Another member: the register's line and why there is no more.
    await page.goto(`${server.url}#/members/${ids['Hjo']!}`);
    const drawer = page.getByRole('dialog');
    await drawer.getByTestId('other-member').waitFor();
    await expect.poll(() => drawer.getByTestId('other-member').textContent(), { timeout: 60_000 }).toBe('Din roll ser bara Skövdes uppgifter, siffror och samverkan. För Hjo visas registrets rad ovan.');
    expect(await drawer.getByTestId('metric-edit').count()).toBe(0);

    // Its own member: read, with every control disabled.
    await page.goto(`${server.url}#/members/${ids['Skövde']!}`);
    await drawer.getByTestId('read-only').waitFor();
    await expect.poll(() => drawer.getByTestId('read-only').textContent(), { timeout: 60_000 }).toBe('Din roll, medlemsläsare för Skövde, ser detta men kan inte ändra det.');
    await expect.poll(() => drawer.getByTestId('metric-edit').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    for (const button of await drawer.getByTestId('metric-edit').all()) expect(await button.isDisabled()).toBe(true);
    expect(await drawer.getByTestId('metric-add').isDisabled()).toBe(true);

    expect(problems).toEqual([]);
    expect(refusals).toEqual([]);
    await context.close();
  });

  it('shows a member viewer the decision register, read only: no other governance tab, no change offered', { timeout: 300_000 }, async () => {
    // The address of the meetings tab, which the role may not read: the register opens instead.
    const { context, page, problems, refusals } = await open('#/governance/meetings');
    await signIn(page, 'skovde');
    await page.getByTestId('register-search').waitFor({ timeout: 60_000 });
    expect(await page.getByRole('tab').allTextContents()).toEqual(['Beslutsregister']);
    expect(await page.getByTestId('decision-new').count()).toBe(0);
    // The decision that adopted the 9-gruppen's scenario, found by search and opened by the keyboard.
    await page.getByTestId('register-search').fill('SG 2017:1');
    const row = page.getByRole('row').filter({ hasText: 'SG 2017:1' });
    await row.first().focus();
    await page.keyboard.press('Enter');
    const drawer = page.getByTestId('decision-drawer');
    await expect.poll(() => drawer.getByTestId('decision-text').count(), { timeout: 60_000 }).toBe(1);
    expect((await drawer.getByTestId('decision-text').textContent())!.length).toBeGreaterThan(0);
    for (const control of ['decision-edit', 'decision-supersede', 'link-editor', 'link-remove', 'status-actions', 'no-transitions']) {
      expect(await drawer.getByTestId(control).count(), control).toBe(0);
    }
    if (process.env['ANDEL_SCREENSHOTS'] === '1') await page.screenshot({ path: join(repoRoot, 'docs/screenshots/server-viewer-register-sv.png') });
    expect(problems).toEqual([]);
    expect(refusals).toEqual([]);
    await context.close();
  });

  it('shows a member viewer its own adopted charge and the decision that adopted it, never another member’s figures', { timeout: 300_000 }, async () => {
    const { context, page, problems, refusals } = await open('#/members');
    await signIn(page, 'skovde');
    const nav = page.getByRole('navigation', { name: 'Vyer' });
    await nav.getByRole('link', { name: 'Våra avgifter' }).click();
    await page.getByRole('heading', { name: 'Våra avgifter' }).waitFor();
    const card = page.locator('[data-testid^="own-charge-"]').first();
    await card.waitFor({ timeout: 60_000 });
    expect(await card.getByRole('heading').textContent()).toBe('Bibliotek Skaraborg 9-gruppen: Skaraborg 9-gruppen 2017–2018');
    // The register's decision that adopted it.
    expect(await card.getByText('SG 2017:1').count()).toBe(1);
    // Skövde's net per year, as the snapshot stored it at adoption.
    expect(skovdeNets.length).toBeGreaterThan(0);
    expect(await card.getByTestId('own-charge-net').allTextContents()).toEqual(skovdeNets);
    // "Why this amount?" opens in words.
    await card.locator('summary').first().click();
    expect((await card.getByTestId('own-charge-why').first().textContent())!.length).toBeGreaterThan(0);
    // No other member of the cooperation is named anywhere on the page.
    const text = (await page.getByRole('main').textContent()) ?? '';
    const others = ['Gullspång', 'Hjo', 'Karlsborg', 'Mariestad', 'Tibro', 'Tidaholm', 'Töreboda', 'Falköping'];
    expect(others.filter((name) => text.includes(name))).toEqual([]);
    expect(problems).toEqual([]);
    expect(refusals).toEqual([]);
    await context.close();
  });
});
