/**
 * Issue 2/9, "a real consortium from nothing", through the UI only, in real Chromium against the
 * real backend: an EMPTY new workspace; a cooperation; four municipalities picked from the shipped
 * list; their population imported from a CSV in the import view; a key built in the key builder
 * (20 % equal, 80 % by last year's population, a fee by population band, the region paying half the
 * fee); a scenario for 2027 with two funding lines (one uncertain) whose deficit shows when the
 * uncertain money is left out; a steering group and a proposal made in the governance views; the
 * scenario adopted by that proposal; the annex exported, and LibreOffice recalculates it to the same
 * figures. The figures are worked out by hand in tests/helpers/consortium-fixture.ts (the same
 * consortium the CLI test builds) and repeated where they are checked. The API is only read, to check.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch';
import type { AppContext } from '../../src/main/handlers/index';
import { WorkspaceSession } from '../../src/main/workspace/session';
import type { CooperationSummary, ParticipantRow } from '../../src/shared/api/channels/cooperations.channels';
import type { Bridge } from '../bridge/bridge-server';
import { chargesFromAnnex, EXPECTED_GROSS, EXPECTED_NET, POPULATION_CSV } from '../helpers/consortium-fixture';
import { readValues, recalculateWithLibreOffice } from '../helpers/libreoffice';
import { grouped, NBSP, startHarness, type Harness } from './app-harness';

/** The backend shares two cores with other work: give each wait room; it ends as soon as the condition holds. */
const POLL = { timeout: 30_000 };
const STEP = 240_000;

let h: Harness;
let empty: AppContext;
let bridge: Bridge;

async function api<T>(channel: string, input: unknown): Promise<T> {
  const result = await dispatch(h.handlers, empty, channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

beforeAll(async () => {
  h = await startHarness('consortium-from-nothing');
  empty = { session: new WorkspaceSession() };
  await empty.session.create(join(h.workDir, 'ny.andel'), { name: 'Ny', defaultCurrency: 'SEK', locale: 'sv' });
  bridge = await h.startBridge({ ctx: empty });
}, 120_000);
afterAll(async () => {
  await empty?.session.close();
  await h?.close();
});

const kr = (value: number): string => `${value < 0 ? '−' : ''}${grouped(Math.abs(value))}${NBSP}kr`;

async function choose(page: Page, testId: string, option: string | RegExp): Promise<void> {
  await page.getByTestId(testId).click();
  await page.getByRole('option', typeof option === 'string' ? { name: option, exact: true } : { name: option }).click();
}

let cooperation: CooperationSummary;
let scenarioId: number;

describe('a real consortium from nothing, through the UI', () => {
  it('creates the cooperation and picks four municipalities from the shipped list', async () => {
    const { page, problems } = await h.openPage('#/members', bridge);
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.getByTestId('members-new-cooperation').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('cooperation-name').fill('Bibliotek Skaraborg');
    await dialog.getByTestId('cooperation-start').fill('2027-01-01');
    await h.screenshot(page, 'consortium-new-cooperation-sv');
    await dialog.getByTestId('create-cooperation').click();
    await page.getByTestId('add-members').waitFor(POLL);
    cooperation = (await api<CooperationSummary[]>('cooperations:list', {}))[0]!;
    expect(cooperation).toMatchObject({ name: 'Bibliotek Skaraborg', currency: 'SEK' });

    await page.getByTestId('add-members').click();
    const picker = page.getByRole('dialog');
    for (const [search, code] of [['Hjo', '1497'], ['Tibro', '1472'], ['Mariestad', '1493'], ['Skövde', '1496']] as const) {
      await picker.getByTestId('add-members-search').fill(search);
      await picker.getByTestId(`pick-SE-${code}`).click();
    }
    await h.screenshot(page, 'consortium-add-members-sv');
    await picker.getByTestId('add-members-save').click();
    await expect.poll(() => page.getByTestId('participant-row').count(), POLL).toBe(4);
    const participants = await api<ParticipantRow[]>('cooperations:listParticipants', { cooperationId: cooperation.id });
    expect(participants.map((p) => [p.organisationName, p.role]).sort()).toEqual([['Hjo', 'member'], ['Mariestad', 'member'], ['Skövde', 'member'], ['Tibro', 'member']]);
    expect(problems).toEqual([]);
    await page.context().close();
  }, STEP);

  it('imports their population for 2026 from a CSV in the import view', async () => {
    const { page, problems } = await h.openPage('#/members', bridge);
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.getByTestId('members-import').click();
    await page.getByTestId('import-choose').waitFor();
    await page.locator('input[type="file"]').setInputFiles({ name: 'folkmangd-2026.csv', mimeType: 'text/csv', buffer: Buffer.from(POPULATION_CSV, 'utf8') });
    // The file has no year column: the year is given in the view.
    await page.getByTestId('import-year').fill('2026');
    await page.locator('[data-import-row="5"]').waitFor(POLL).catch(async (error: unknown) => {
      await page.screenshot({ path: '/tmp/consortium-import.png' });
      throw error;
    });
    expect(await page.getByTestId('import-errors').count()).toBe(0);
    await page.getByTestId('import-commit').click();
    await page.getByTestId('import-done').waitFor(POLL);
    const members = await api<{ name: string; population: number | null; populationYear: number | null }[]>('members:list', {});
    expect(Object.fromEntries(members.map((m) => [m.name, [m.population, m.populationYear]]))).toEqual({
      Hjo: [10_000, 2026],
      Tibro: [20_000, 2026],
      Mariestad: [20_000, 2026],
      Skövde: [50_000, 2026],
    });
    expect(problems).toEqual([]);
    await page.context().close();
  }, STEP);

  it('builds the key in the key builder: equal 20 %, 80 % by last year\'s population, a band fee, the region paying half of it', async () => {
    const { page, problems } = await h.openPage('#/scenarios', bridge);
    await page.setViewportSize({ width: 1024, height: 768 });
    await choose(page, 'studio-cooperation', 'Bibliotek Skaraborg');
    await page.getByTestId('studio-keys').click();
    await page.getByTestId('kb-editor').waitFor(POLL);
    await page.getByTestId('kb-name').fill('20/80 med serviceavgift');
    await page.getByTestId('kb-id').fill('skaraborg-e2e');
    await page.getByTestId('kb-components[0].share').fill('20');
    await page.getByTestId('kb-add-component').click();
    await page.getByRole('option', { name: 'Andel efter mått', exact: true }).click();
    await page.getByTestId('kb-components[1].share').fill('80');
    // Last year's population: 31 Dec 2026 for the charges of 2027.
    await page.getByTestId('kb-component-1').getByRole('textbox', { name: 'Värde för' }).click();
    await page.getByRole('option', { name: 'året före', exact: true }).click();
    await page.getByTestId('kb-add-component').click();
    await page.getByRole('option', { name: 'Avgift per intervall', exact: true }).click();
    await page.getByTestId('kb-component-2').getByRole('textbox', { name: 'Värde för' }).click();
    await page.getByRole('option', { name: 'året före', exact: true }).click();
    await page.getByTestId('kb-components[2].bands[0].to').fill('15000');
    await page.getByTestId('kb-components[2].bands[0].amount').fill('10000');
    await page.getByTestId('kb-components[2].add-band').click();
    await page.getByTestId('kb-components[2].bands[1].to').fill('30000');
    await page.getByTestId('kb-components[2].bands[1].amount').fill('20000');
    await page.getByTestId('kb-components[2].add-band').click();
    await page.getByTestId('kb-components[2].bands[2].amount').fill('40000');
    await page.getByTestId('kb-add-subsidy').click();
    await page.getByTestId('kb-subsidies[0].funder').fill('Region Västra Götaland');
    await choose(page, 'kb-subsidies[0].component', 'banded');
    await page.getByTestId('kb-subsidies[0].share').fill('50');

    // The preview for 2027 with 1 000 000 kr to share (hand figures in consortium-fixture.ts):
    // Hjo 50 000 + 80 000 + 10 000 − 5 000 = 135 000; Skövde 50 000 + 400 000 + 40 000 − 20 000 = 470 000.
    await page.getByTestId('kb-preview-pool').fill('1 000 000');
    await choose(page, 'kb-preview-year', '2027');
    const net = (member: string) => page.locator(`[data-testid="kb-preview-row"][data-member="${member}"] [data-cell="net"]`).textContent();
    await expect.poll(() => net('Skövde'), POLL).toBe(grouped(470_000));
    expect(await net('Hjo')).toBe(grouped(135_000));
    expect(await net('Tibro')).toBe(grouped(220_000));
    expect(await net('Mariestad')).toBe(grouped(220_000));
    // 1 000 000 + 90 000 fees − 45 000 subsidy = 1 045 000.
    expect(await page.getByTestId('kb-preview-total').textContent()).toBe(grouped(1_045_000));
    // Components without a label are headed by their type in Swedish, not by their ids (equal, proportional, banded).
    const headers = await page.getByTestId('kb-preview-table').locator('thead th').allTextContents();
    expect(headers.slice(1, 4)).toEqual(['Lika andel', 'Andel efter mått', 'Avgift per intervall']);
    await h.screenshot(page, 'consortium-key-builder-sv');
    await page.getByTestId('kb-save').click();
    await page.getByTestId('key-builder').waitFor({ state: 'detached', ...POLL });
    const keys = await api<{ name: string; version: number }[]>('keys:list', { cooperationId: cooperation.id });
    expect(keys.map((k) => [k.name, k.version])).toEqual([['20/80 med serviceavgift', 1]]);
    expect(problems).toEqual([]);
    await page.context().close();
  }, STEP);

  it('creates the 2027 scenario with two funding lines, one uncertain, and shows the deficit without the uncertain money', async () => {
    const { page, problems } = await h.openPage('#/scenarios', bridge);
    await page.setViewportSize({ width: 1024, height: 768 });
    await choose(page, 'studio-cooperation', 'Bibliotek Skaraborg');
    await page.getByTestId('studio-new').click();
    await page.getByTestId('new-scenario').waitFor();
    await choose(page, 'new-key', '20/80 med serviceavgift · version 1');
    await page.getByTestId('new-from').fill('2027');
    await page.getByTestId('new-to').fill('2027');
    await page.getByTestId('new-name').fill('Budget 2027');
    await page.getByTestId('new-cost-2027').fill('1 300 000');
    await page.getByTestId('new-create').click();
    await expect.poll(() => new URL(page.url()).hash, POLL).toMatch(/^#\/scenarios\/\d+$/u);
    scenarioId = Number(new URL(page.url()).hash.split('/').pop());

    await page.getByTestId('tab-editor').click();
    await page.getByTestId('scenario-editor').waitFor(POLL);
    await page.getByTestId('editor-pool-basis').selectOption('costs-less-external-funding');
    await page.getByTestId('editor-add-funding').click();
    await page.getByTestId('editor-funding-0-source').fill('Kulturrådet');
    await page.getByTestId('editor-funding-0-amount-2027').fill('100 000');
    await page.getByTestId('editor-funding-0-status-2027').selectOption('secured');
    await page.getByTestId('editor-add-funding').click();
    await page.getByTestId('editor-funding-1-source').fill('Staten');
    await page.getByTestId('editor-funding-1-amount-2027').fill('200 000');
    await page.getByTestId('editor-funding-1-status-2027').selectOption('uncertain');
    // By hand: the members share 1 300 000 − 100 000 − 200 000 = 1 000 000 kr and pay 90 000 in fees on top,
    // of which the region pays 45 000: 1 045 000 + 45 000 + 300 000 − 1 300 000 = +90 000 kr with all the money.
    await expect.poll(() => page.getByTestId('editor-balance-2027').textContent(), POLL).toBe(kr(90_000));
    expect(await page.getByTestId('editor-not-secured').textContent()).toBe(kr(200_000));
    await page.getByTestId('editor-save').click();
    await page.getByTestId('editor-saved').waitFor(POLL);

    // Without Staten's uncertain 200 000: 90 000 − 200 000 = −110 000 kr, a deficit.
    await page.getByTestId('editor-secured-only').check();
    await expect.poll(() => page.getByTestId('editor-balance-2027').textContent(), POLL).toBe(kr(-110_000));
    expect(await page.getByTestId('editor-deficit').textContent()).toBe(kr(-110_000));
    await page.getByTestId('editor-balance-chart').locator('.recharts-bar-rectangle').first().waitFor(POLL);
    await page.getByTestId('editor-balance-chart').scrollIntoViewIfNeeded();
    await h.screenshot(page, 'consortium-scenario-editor-sv');

    // The backend computes the same charges (öre).
    const computed = await api<{ result: { members: { name: string; years: { net: number }[] }[] } }>('scenarios:compute', { scenarioId });
    expect(Object.fromEntries(computed.result.members.map((m) => [m.name, m.years[0]?.net]))).toEqual(Object.fromEntries(Object.entries(EXPECTED_NET).map(([n, v]) => [n, v * 100])));
    expect(problems).toEqual([]);
    await page.context().close();
  }, STEP);

  it('makes a steering group and a proposal in the governance views, adopts the scenario by it and exports the annex, which LibreOffice recalculates to the hand figures', async () => {
    const { page, problems } = await h.openPage('#/governance', bridge);
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.getByTestId('body-new').click();
    await page.getByTestId('body-name').waitFor();
    await page.getByTestId('body-name').fill('Styrgruppen');
    if ((await page.getByTestId('body-cooperation').inputValue()) !== 'Bibliotek Skaraborg') await choose(page, 'body-cooperation', 'Bibliotek Skaraborg');
    await page.getByTestId('body-pattern').fill('SG {year}:{n}');
    await page.getByTestId('body-name').press('Enter');
    await page.getByTestId('body-created').waitFor(POLL);
    await page.keyboard.press('Escape');

    await page.goto(`${bridge.url}#/governance/decisions`);
    await page.getByTestId('decision-new').click();
    await choose(page, 'decision-body', 'Styrgruppen');
    await page.getByTestId('decision-status-choice').getByText('Förslag').click();
    await page.getByTestId('decision-date').fill('2026-11-15');
    await page.getByTestId('decision-title-input').fill('Budget 2027');
    await page.getByTestId('decision-text-input').fill('Kostnaderna 2027 fördelas enligt scenariot Budget 2027.');
    await page.getByTestId('decision-title-input').press('Enter');
    await expect.poll(() => page.getByRole('dialog').textContent(), POLL).toContain('SG 2026:1');
    await page.keyboard.press('Escape');

    await page.goto(`${bridge.url}#/scenarios/${scenarioId}`);
    await page.getByTestId('tab-adopt').click();
    await choose(page, 'adopt-decision', 'SG 2026:1 · Budget 2027');
    await page.getByTestId('adopt-button').click();
    await page.getByTestId('snapshot-hash-full').waitFor(POLL);
    expect(await page.getByTestId('snapshots-table').textContent()).toContain('SG 2026:1');

    await choose(page, 'export-source', /Ögonblicksbild #/u);
    await page.getByTestId('export-annex').click();
    const path = page.getByTestId('export-path');
    await path.waitFor(POLL);
    const written = ((await path.textContent()) ?? '').trim();
    expect(written.endsWith('.xlsx')).toBe(true);
    const values = await readValues(await recalculateWithLibreOffice(written));
    const expected = Object.fromEntries(Object.keys(EXPECTED_NET).map((name) => [name, { gross: EXPECTED_GROSS[name], net: EXPECTED_NET[name] }]));
    // Summa: 1 090 000 gross, 1 045 000 net (the hand sums in consortium-fixture.ts).
    expect(chargesFromAnnex(values)).toEqual({ ...expected, Summa: { gross: 1_090_000, net: 1_045_000 } });
    expect(problems).toEqual([]);
    await page.context().close();
  }, STEP);

  it('in Norwegian: the new-cooperation dialog, and the scenario editor with its balance chart and the deficit', async () => {
    const { page, problems } = await h.openPage('#/cooperations', bridge);
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.getByTestId('language-nb').click();
    await expect.poll(() => page.getByTestId('nav-cooperations').textContent(), POLL).toBe('Samarbeid');
    await page.getByTestId('new-cooperation').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('cooperation-name').fill('Biblioteksamarbeid Vestfold');
    await h.screenshot(page, 'consortium-new-cooperation-nb');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await api<CooperationSummary[]>('cooperations:list', {})).toHaveLength(1);

    await page.goto(`${bridge.url}#/scenarios/${scenarioId}`);
    await page.getByTestId('tab-editor').click();
    await page.getByTestId('scenario-editor').waitFor(POLL);
    await page.getByTestId('editor-secured-only').check();
    // The same −110 000 kr as in Swedish (90 000 − 200 000), in Norwegian number format.
    await expect.poll(async () => ((await page.getByTestId('editor-deficit').textContent()) ?? '').replace(/\s/gu, ' '), POLL).toMatch(/−110 000/u);
    await page.getByTestId('editor-balance-chart').locator('.recharts-bar-rectangle').first().waitFor(POLL);
    await page.getByTestId('editor-balance-chart').scrollIntoViewIfNeeded();
    await h.screenshot(page, 'consortium-scenario-editor-nb');
    expect(problems).toEqual([]);
    await page.context().close();
  }, STEP);
});
