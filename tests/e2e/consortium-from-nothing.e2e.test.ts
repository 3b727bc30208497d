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
    [cooperation] = await api<CooperationSummary[]>('cooperations:list', {});
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
});
