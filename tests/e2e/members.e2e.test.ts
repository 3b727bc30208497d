/**
 * The Members view in real Chromium (the Debian package, driven by playwright-core) against the
 * built renderer and the real backend: the app's handler map and a WorkspaceSession on a real
 * SQLite file written from the demo workspace document, served by the test bridge in place of
 * the preload. Expected figures are read from the same backend, so the test checks what the UI
 * does with them (formatting, sorting, filtering), not the demo's data, which has its own tests.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WorkspaceSession } from '../../src/main/workspace/session';
import type { MemberListRow } from '../../src/shared/api/channels/members.channels';
import { AndelError } from '../../src/shared/errors';
import type { Bridge } from '../bridge/bridge-server';
import { NBSP, startHarness, type Harness } from './app-harness';

const GROUPED = /^\d{1,3}(\u00a0\d{3})*$/u;

let h: Harness;
let members: MemberListRow[];
let emptyBridge: Bridge;
let failingBridge: Bridge;

beforeAll(async () => {
  h = await startHarness('members');
  members = await h.api('members:list', {});
  // A session that never opens a file: the app as it starts with no workspace.
  emptyBridge = await h.startBridge({ ctx: { session: new WorkspaceSession() } });
  const locked = () => {
    throw new AndelError('FILE_ERROR', 'The workspace file cannot be read: another program has locked it. Close that program and try again.');
  };
  failingBridge = await h.startBridge({ handlers: { ...h.handlers, 'members:list': locked } });
});

afterAll(async () => h?.close());

function member(name: string): MemberListRow {
  const found = members.find((m) => m.name === name);
  if (!found) throw new Error(`the demo workspace has no organisation named ${name}`);
  return found;
}

/** Grouped with no-break spaces, and the same number as the backend's. */
function expectPopulation(text: string | undefined, value: number | null): void {
  expect(text).toMatch(GROUPED);
  expect(Number(text?.replaceAll(NBSP, ''))).toBe(value);
}

function row(page: Page, name: string) {
  return page.locator('[role="row"][data-organisation-id]', { has: page.getByText(name, { exact: true }) });
}

/** The grid's text for a row, as the backend's data should read in Swedish. */
function swedishCells(m: MemberListRow): string[] {
  return [
    m.name,
    expect.any(String) as unknown as string,
    m.orgNumber ?? '',
    m.population === null ? '—' : m.population.toLocaleString('sv-SE').replace(/\s|\u2212/gu, (c) => (c === '\u2212' ? c : NBSP)),
    m.populationYear === null ? '' : String(m.populationYear),
    m.populationReferenceDate ?? '',
    m.participations.map((p) => (p.role === 'member' ? p.cooperationName : `${p.cooperationName} · ${p.role === 'observer' ? 'Observatör' : 'Administrativ part'}`)).join(''),
  ];
}

describe('Members view', () => {
  it('lists the open workspace’s organisations with population formatted for Swedish', async () => {
    expect(members.length).toBeGreaterThan(400);
    const { page, problems } = await h.openPage();
    await expect.poll(() => page.getByTestId('workspace-name').textContent()).toBe('demo.andel');
    await page.locator('[role="row"][data-organisation-id]').first().waitFor();
    await h.screenshot(page, 'members-sv');
    expect(await page.getByText(`${members.length} organisationer`).count()).toBe(1);
    // Only what is on screen is in the DOM, however many members there are.
    expect(await page.locator('[role="row"][data-organisation-id]').count()).toBeLessThan(60);

    await page.getByTestId('members-search').fill('Skövde');
    const skovde = row(page, 'Skövde');
    await skovde.waitFor();
    const cells = await skovde.getByRole('gridcell').allTextContents();
    expect(cells).toEqual(swedishCells(member('Skövde')));
    expect(cells[1]).toBe('Kommun');
    expectPopulation(cells[3], member('Skövde').population);
    await expect
      .poll(() => page.locator('[role="columnheader"] .header-label').allTextContents())
      .toEqual(['Namn', 'Typ', 'Org.nr', 'Invånare', 'År', 'Referensdatum', 'Samverkan']);
    // Population is right-aligned, as numbers in a ledger are.
    expect(await skovde.getByRole('gridcell').nth(3).getAttribute('class')).toContain('cell-right');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('filters by text (accent-insensitive) and by cooperation, and sorts by population', async () => {
    const { page, problems } = await h.openPage();
    await page.locator('[role="row"][data-organisation-id]').first().waitFor();
    await page.getByTestId('members-search').fill('skovde');
    const skovdeMatches = members.filter((m) => m.name.normalize('NFKD').replace(/\p{Diacritic}/gu, '').toLowerCase().includes('skovde'));
    expect(skovdeMatches.map((m) => m.name)).toContain('Skövde');
    await expect.poll(() => page.getByTestId('members-shown').textContent()).toBe(`${skovdeMatches.length} av ${members.length} visas`);
    await page.getByTestId('members-search').fill('');

    const skaraborg = member('Skövde').participations[0]!;
    const inSkaraborg = members.filter((m) => m.participations.some((p) => p.cooperationId === skaraborg.cooperationId));
    await page.getByRole('textbox', { name: 'Samverkan' }).click();
    await page.getByRole('option', { name: skaraborg.cooperationName }).click();
    await expect.poll(() => page.getByTestId('members-shown').textContent()).toBe(`${inSkaraborg.length} av ${members.length} visas`);
    // Falköping is the 9-gruppen's observer (DOMAIN.md): in the list, and marked as such.
    expect(await row(page, 'Falköping').textContent()).toContain('Observatör');

    await page.getByRole('columnheader', { name: 'Invånare' }).click();
    const largestFirst = [...inSkaraborg].sort((a, b) => (b.population ?? -1) - (a.population ?? -1)).map((m) => m.name);
    await expect
      .poll(async () => page.locator('[role="row"][data-organisation-id] [role="gridcell"]:first-child').allTextContents())
      .toEqual(largestFirst);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('moves the selection with the arrow keys and opens a read-only drawer with Enter', async () => {
    const { page, problems } = await h.openPage();
    const firstRows = page.locator('[role="row"][data-organisation-id] [role="gridcell"]:first-child');
    await firstRows.first().waitFor();
    const [first, second] = await firstRows.allTextContents();
    await page.getByTestId('members-grid').focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('[role="row"][aria-selected="true"] [role="gridcell"]').first().textContent()).toBe(first);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    expect(await page.locator('[role="row"][aria-selected="true"] [role="gridcell"]').first().textContent()).toBe(second);
    await page.keyboard.press('End');
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const selectedName = await page.locator('[role="row"][aria-selected="true"] [role="gridcell"]').first().textContent();
    const selected = member(selectedName ?? '');
    await page.keyboard.press('Enter');
    const drawer = page.getByRole('dialog');
    await drawer.waitFor();
    expect(await drawer.getByRole('heading').first().textContent()).toBe(selected.name);
    if (selected.population !== null) {
      const grouped = selected.population.toLocaleString('sv-SE').replace(/\s/gu, NBSP);
      expect(await drawer.textContent()).toContain(`${grouped} invånare den`);
    }
    expect(new URL(page.url()).hash).toBe(`#/members/${selected.organisationId}`);
    await h.screenshot(page, 'members-drawer-sv');
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    expect(new URL(page.url()).hash).toBe('#/members');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('opens a member’s drawer from its address', async () => {
    const skovde = member('Skövde');
    const { page, problems } = await h.openPage(`#/members/${skovde.organisationId}`);
    const drawer = page.getByRole('dialog');
    await drawer.waitFor();
    expect(await drawer.getByRole('heading').first().textContent()).toBe('Skövde');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('switches to Norwegian: labels, numbers and dates follow', async () => {
    const { page, problems } = await h.openPage();
    await page.locator('[role="row"][data-organisation-id]').first().waitFor();
    await page.getByTestId('language-nb').click();
    await expect.poll(() => page.getByTestId('nav-members').textContent()).toBe('Medlemmer');
    expect(await page.locator('[role="columnheader"] .header-label').allTextContents()).toEqual([
      'Navn',
      'Type',
      'Org.nr.',
      'Innbyggere',
      'År',
      'Referansedato',
      'Samarbeid',
    ]);
    expect(await page.getByText(`${members.length} organisasjoner`).count()).toBe(1);
    await h.screenshot(page, 'members-nb');

    const oslo = member('Oslo');
    await page.getByTestId('members-search').fill('oslo');
    await row(page, 'Oslo').waitFor();
    const cells = await row(page, 'Oslo').getByRole('gridcell').allTextContents();
    expect(cells[1]).toBe('Kommune');
    expectPopulation(cells[3], oslo.population);
    // nb-NO dates: day.month.year.
    const [y, m, d] = (oslo.populationReferenceDate ?? '').split('-');
    expect(cells[5]).toBe(`${d}.${m}.${y}`);
    expect(await page.locator('html').getAttribute('lang')).toBe('nb');
    // The choice is remembered on this computer.
    await page.reload();
    await expect.poll(() => page.getByTestId('nav-members').textContent()).toBe('Medlemmer');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('says what to do next when no workspace is open', async () => {
    const { page, problems } = await h.openPage('#/members', emptyBridge);
    await page.getByText('Ingen arbetsyta är öppen').waitFor();
    expect(await page.getByTestId('workspace-name').textContent()).toBe('Ingen arbetsyta öppen');
    expect(await page.getByRole('status').textContent()).toContain('Arkiv › Öppna');
    await h.screenshot(page, 'no-workspace-sv');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('shows an API error in plain language, with its message from main', async () => {
    const { page } = await h.openPage('#/members', failingBridge);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('another program has locked it');
    expect(await alert.getAttribute('data-error-code')).toBe('FILE_ERROR');
    expect(await page.getByRole('button', { name: 'Försök igen' }).count()).toBe(1);
    expect(failingBridge.calls.some((c) => c.channel === 'members:list' && !c.ok)).toBe(true);
    await page.context().close();
  });
});
