/**
 * The Members view in real Chromium (the Debian package, driven by playwright-core) against the
 * built renderer, served by the test bridge. The backend is the in-memory fixture of
 * fixtures/fake-backend.ts until the real handler map and WorkspaceSession land; the bridge takes
 * any HandlerMap, so switching is a change to `startBridge`'s arguments only.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBridge, type Bridge } from '../bridge/bridge-server';
import { buildRenderer } from '../bridge/build-renderer';
import { fakeContext, fakeHandlers } from './fixtures/fake-backend';

const screenshots = resolve(import.meta.dirname, '../../docs/screenshots');
const NBSP = '\u00a0';

let workDir: string;
let browser: Browser;
let openBridge: Bridge;
let emptyBridge: Bridge;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'andel-e2e-'));
  const rendererDir = await buildRenderer(join(workDir, 'renderer'));
  openBridge = await startBridge({ rendererDir, handlers: fakeHandlers(), ctx: fakeContext() });
  emptyBridge = await startBridge({ rendererDir, handlers: fakeHandlers(), ctx: fakeContext({ open: false }) });
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  await mkdir(screenshots, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await openBridge?.close();
  await emptyBridge?.close();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

/** A fresh page (own storage, so no language choice leaks between tests) that fails on any page error or CSP violation. */
async function openPage(bridge: Bridge, hash = '#/members'): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1, locale: 'sv-SE', reducedMotion: 'reduce' });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  await page.goto(`${bridge.url}${hash}`);
  return { page, problems };
}

function row(page: Page, name: string) {
  return page.locator('[role="row"][data-organisation-id]', { has: page.getByText(name, { exact: true }) });
}

describe('Members view', () => {
  it('lists the open workspace’s organisations with population formatted for Swedish', async () => {
    const { page, problems } = await openPage(openBridge);
    await expect.poll(() => page.getByTestId('workspace-name').textContent()).toBe('demo.andel');
    await row(page, 'Ale').waitFor();
    await page.screenshot({ path: join(screenshots, 'members-sv.png') });
    await page.getByTestId('members-search').fill('Skövde');
    const skovde = row(page, 'Skövde');
    await skovde.waitFor();
    const cells = await skovde.getByRole('gridcell').allTextContents();
    expect(cells).toEqual([
      'Skövde',
      'Kommun',
      expect.stringMatching(/^212000-\d{4}$/),
      `57${NBSP}122`,
      '2024',
      '2024-12-31',
      'Biblioteksamverkan SkaraborgSambrukBibblix Västra Götaland',
    ]);
    // Swedish labels, a count in Swedish, and the whole list behind a virtualised grid.
    await expect.poll(() => page.locator('[role="columnheader"] .header-label').allTextContents()).toEqual(['Namn', 'Typ', 'Org.nr', 'Invånare', 'År', 'Referensdatum', 'Samverkan']);
    expect(await page.getByText('425 organisationer').count()).toBe(1);
    expect(await page.locator('[role="row"][data-organisation-id]').count()).toBeLessThan(80);
    // Population is right-aligned, as numbers in a ledger are.
    expect(await skovde.getByRole('gridcell').nth(3).getAttribute('class')).toContain('cell-right');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('filters by text (accent-insensitive) and by cooperation, and sorts by population', async () => {
    const { page, problems } = await openPage(openBridge);
    await row(page, 'Ale').waitFor();
    await page.getByTestId('members-search').fill('skovde');
    await expect.poll(() => page.getByTestId('members-shown').textContent()).toBe('1 av 425 visas');
    await page.getByTestId('members-search').fill('');
    await page.getByRole('textbox', { name: 'Samverkan' }).click();
    await page.getByRole('option', { name: 'Biblioteksamverkan Skaraborg' }).click();
    await expect.poll(() => page.getByTestId('members-shown').textContent()).toBe('9 av 425 visas');
    // The observer is in the list, marked as such.
    expect(await row(page, 'Falköping').textContent()).toContain('Observatör');

    await page.getByRole('columnheader', { name: 'Invånare' }).click();
    await expect
      .poll(async () => (await page.locator('[role="row"][data-organisation-id] [role="gridcell"]:first-child').allTextContents()).slice(0, 3))
      .toEqual(['Skövde', 'Falköping', 'Mariestad']);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('moves the selection with the arrow keys and opens a read-only drawer with Enter', async () => {
    const { page, problems } = await openPage(openBridge);
    await row(page, 'Ale').waitFor();
    await page.getByTestId('members-grid').focus();
    await page.keyboard.press('ArrowDown'); // Ale (first by name)
    await page.keyboard.press('ArrowDown'); // Alingsås
    expect(await page.locator('[role="row"][aria-selected="true"]').textContent()).toContain('Alingsås');
    await page.keyboard.press('Enter');
    const drawer = page.getByRole('dialog');
    await drawer.waitFor();
    expect(await drawer.textContent()).toContain(`42${NBSP}307 invånare den 31 december 2024`);
    expect(new URL(page.url()).hash).toMatch(/^#\/members\/\d+$/);
    await page.screenshot({ path: join(screenshots, 'members-drawer-sv.png') });
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    expect(new URL(page.url()).hash).toBe('#/members');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('switches to Norwegian: labels, numbers and dates follow', async () => {
    const { page, problems } = await openPage(openBridge);
    await row(page, 'Ale').waitFor();
    await page.getByTestId('language-nb').click();
    await expect.poll(() => page.getByTestId('nav-members').textContent()).toBe('Medlemmer');
    expect(await page.locator('[role="columnheader"] .header-label').allTextContents()).toEqual(['Navn', 'Type', 'Org.nr.', 'Innbyggere', 'År', 'Referansedato', 'Samarbeid']);
    await page.screenshot({ path: join(screenshots, 'members-nb.png') });
    await page.getByTestId('members-search').fill('oslo');
    await row(page, 'Oslo').waitFor();
    const oslo = await row(page, 'Oslo').getByRole('gridcell').allTextContents();
    expect(oslo.slice(1, 6)).toEqual(['Kommune', expect.stringMatching(/^\d{3} \d{3} \d{3}$/), `717${NBSP}710`, '2025', '01.01.2025']);
    expect(await page.locator('html').getAttribute('lang')).toBe('nb');
    // The choice is remembered on this computer.
    await page.reload();
    await expect.poll(() => page.getByTestId('nav-members').textContent()).toBe('Medlemmer');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('says what to do next when no workspace is open', async () => {
    const { page, problems } = await openPage(emptyBridge);
    await page.getByText('Ingen arbetsyta är öppen').waitFor();
    expect(await page.getByTestId('workspace-name').textContent()).toBe('Ingen arbetsyta öppen');
    expect(await page.getByRole('status').textContent()).toContain('Arkiv › Öppna');
    await page.screenshot({ path: join(screenshots, 'no-workspace-sv.png') });
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
