/**
 * A consortium from nothing, in real Chromium against the real backend: an EMPTY new workspace,
 * a new cooperation started from the members view's empty state, members picked from the shipped
 * list of municipalities and regions (search, filter, keyboard), undone and redone as one step;
 * an organisation typed in and made the administrative party that invoices for a member; a
 * participation ended; the cooperation archived and brought back. At 1024×768, in Swedish and
 * Norwegian. Screenshots when ANDEL_SCREENSHOTS=1.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch';
import type { AppContext } from '../../src/main/handlers/index';
import { WorkspaceSession } from '../../src/main/workspace/session';
import type { CooperationSummary, ParticipantRow } from '../../src/shared/api/channels/cooperations.channels';
import type { OrganisationRecord } from '../../src/shared/document/workspace-document.schema';
import type { Bridge } from '../bridge/bridge-server';
import { startHarness, type Harness } from './app-harness';

/** The backend shares two cores with other work: give each wait room; it ends as soon as the condition holds. */
const POLL = { timeout: 20_000 };

let h: Harness;
let empty: AppContext;
let bridge: Bridge;

async function api<T>(channel: string, input: unknown): Promise<T> {
  const result = await dispatch(h.handlers, empty, channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

beforeAll(async () => {
  h = await startHarness('cooperations');
  empty = { session: new WorkspaceSession() };
  await empty.session.create(join(h.workDir, 'empty.andel'), { name: 'Tom', defaultCurrency: 'SEK', locale: 'sv' });
  bridge = await h.startBridge({ ctx: empty });
});
afterAll(async () => {
  await empty?.session.close();
  await h?.close();
});

/** Presses Tab until the element with `testId` (or inside it) has the focus; fails after `max` presses. */
async function tabTo(page: Page, testId: string, max = 25): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    const there = await page.evaluate((id) => document.activeElement?.closest(`[data-testid="${id}"]`) !== null || document.activeElement?.getAttribute('data-testid') === id, testId);
    if (there) return;
  }
  throw new Error(`Tab never reached ${testId}`);
}

/** Every visible control has an accessible name (a label, aria-label or text): a small stand-in for axe, which is not installed. */
async function unnamedControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const named = (el: Element): boolean => {
      const input = el as HTMLInputElement;
      if (el.getAttribute('aria-label')?.trim()) return true;
      const labelledBy = el.getAttribute('aria-labelledby');
      if (labelledBy && labelledBy.split(/\s+/).some((id) => document.getElementById(id)?.textContent?.trim())) return true;
      if (input.labels && [...input.labels].some((label) => label.textContent?.trim())) return true;
      return (el.textContent ?? '').trim().length > 0 && !['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName);
    };
    const controls = [...document.querySelectorAll('input:not([type=hidden]), textarea, select, button, [role=checkbox], [role=combobox], a[href]')];
    return controls
      .filter((el) => (el as HTMLElement).offsetParent !== null && !el.closest('[aria-hidden="true"]'))
      .filter((el) => !named(el))
      .map((el) => el.outerHTML.slice(0, 120));
  });
}

async function noHorizontalScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

describe('a consortium from nothing', () => {
  it('creates a cooperation from the empty workspace and picks its members from the shipped list, undoably', async () => {
    const { page, problems } = await h.openPage('#/members', bridge);
    await page.setViewportSize({ width: 1024, height: 768 });

    // The empty workspace: no members, and a way to start a cooperation, here by keyboard alone.
    await page.getByTestId('members-new-cooperation').waitFor();
    expect(await unnamedControls(page)).toEqual([]);
    await h.screenshot(page, 'members-empty-sv');
    await tabTo(page, 'members-new-cooperation');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('cooperation-name').waitFor();
    // The name field has the focus when the dialog opens.
    await page.keyboard.type('Bibliotek Skaraborg');
    await tabTo(page, 'cooperation-start');
    await page.keyboard.type('2027-01-01');
    await page.keyboard.press('Tab');
    await page.keyboard.type('2026-12-31');
    await page.keyboard.press('Enter');
    // The end before the start is refused beside its field, nothing written.
    await expect.poll(() => dialog.getByText('Slutdatumet kan inte komma före startdatumet.').count(), POLL).toBe(1);
    expect(await api<CooperationSummary[]>('cooperations:list', {})).toEqual([]);
    await dialog.getByTestId('cooperation-end').fill('2029-12-31');
    expect(await unnamedControls(page)).toEqual([]);
    await h.screenshot(page, 'cooperation-new-sv');
    await dialog.getByTestId('create-cooperation').click();
    await page.getByTestId('participants-table').or(page.getByText('Inga deltagare ännu.')).waitFor();
    const [cooperation] = await api<CooperationSummary[]>('cooperations:list', {});
    expect(cooperation).toMatchObject({ name: 'Bibliotek Skaraborg', currency: 'SEK', countryCode: 'SE', startDate: '2027-01-01', endDate: '2029-12-31' });
    expect(page.url()).toMatch(new RegExp(`#/cooperations/${cooperation!.id}$`));

    // Add members: search by name, by code, and a region, then one more by keyboard alone.
    await page.getByTestId('add-members').click();
    const picker = page.getByRole('dialog');
    await picker.getByTestId('add-members-search').fill('skövde');
    await picker.getByTestId('pick-SE-1496').click();
    await picker.getByTestId('add-members-search').fill('1497');
    await picker.getByTestId('pick-SE-1497').click();
    await picker.getByTestId('add-members-search').fill('Tibro');
    await picker.getByTestId('pick-SE-1472').click();
    await picker.getByTestId('add-members-kind').click();
    await page.getByRole('option', { name: 'Region', exact: true }).click();
    await picker.getByTestId('add-members-search').fill('Västra');
    await picker.getByTestId('pick-SE-14').click();
    await picker.getByTestId('add-members-kind').click();
    await page.getByRole('option', { name: 'Kommun', exact: true }).click();
    await picker.getByTestId('add-members-search').fill('Mariestad');
    await picker.getByTestId('add-members-search').focus();
    await tabTo(page, 'pick-SE-1493');
    await page.keyboard.press('Space');
    await expect.poll(() => picker.getByTestId('add-members-shown').textContent(), POLL).toBe('1 i listan, 5 valda');
    expect(await unnamedControls(page)).toEqual([]);
    expect(await noHorizontalScroll(page)).toBe(true);
    await h.screenshot(page, 'cooperation-add-members-sv');
    await tabTo(page, 'add-members-save');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('participant-row').count(), POLL).toBe(5);

    const names = async () => (await api<ParticipantRow[]>('cooperations:listParticipants', { cooperationId: cooperation!.id })).map((p) => p.organisationName).sort();
    expect(await names()).toEqual(['Hjo', 'Mariestad', 'Skövde', 'Tibro', 'Västra Götalandsregionen']);
    expect((await api<OrganisationRecord[]>('organisations:list', {})).map((o) => o.officialCode).sort()).toEqual(['14', '1472', '1493', '1496', '1497']);

    // One step to undo: the five participations and the five organisations it created go; redo brings them back.
    expect(await page.getByTestId('undo-button').getAttribute('aria-label')).toBe('Ångra: 5 nya deltagare i Bibliotek Skaraborg');
    await page.getByTestId('undo-button').click();
    await expect.poll(() => page.getByTestId('participant-row').count(), POLL).toBe(0);
    expect(await api<OrganisationRecord[]>('organisations:list', {})).toEqual([]);
    await page.getByTestId('redo-button').click();
    await expect.poll(() => page.getByTestId('participant-row').count(), POLL).toBe(5);
    expect(await names()).toEqual(['Hjo', 'Mariestad', 'Skövde', 'Tibro', 'Västra Götalandsregionen']);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('adds an administrative party that invoices for a member, ends a participation, archives and restores, in Norwegian', async () => {
    const [cooperation] = await api<CooperationSummary[]>('cooperations:list', {});
    const { page, problems } = await h.openPage(`#/cooperations/${cooperation!.id}`, bridge);
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.getByTestId('language-nb').click();
    await expect.poll(() => page.getByTestId('nav-cooperations').textContent(), POLL).toBe('Samarbeid');

    // An organisation typed in directly.
    await page.getByTestId('new-organisation').click();
    let dialog = page.getByRole('dialog');
    await dialog.getByTestId('organisation-name').fill('Skaraborgs kommunalförbund');
    await dialog.getByTestId('organisation-kind').click();
    await page.getByRole('option', { name: 'Kommuneforbund' }).click();
    await dialog.getByTestId('organisation-orgnumber').fill('222000-1222');
    await dialog.getByTestId('organisation-save').click();
    await dialog.waitFor({ state: 'hidden' });

    // One from the shipped list: picking it fills name, kind, country and code.
    await page.getByTestId('new-organisation').click();
    dialog = page.getByRole('dialog');
    await dialog.getByTestId('organisation-from-list').fill('Falkö');
    await page.getByRole('option', { name: 'Falköping (SE 1499)' }).click();
    expect(await dialog.getByTestId('organisation-code').inputValue()).toBe('1499');
    await dialog.getByTestId('organisation-save').click();
    await dialog.waitFor({ state: 'hidden' });
    expect((await api<OrganisationRecord[]>('organisations:list', {})).find((o) => o.officialCode === '1499')).toMatchObject({ name: 'Falköping', kind: 'municipality', countryCode: 'SE' });

    // It becomes the administrative party.
    await page.getByTestId('add-participant').click();
    dialog = page.getByRole('dialog');
    await dialog.getByTestId('participant-organisation').click();
    await page.getByRole('option', { name: 'Skaraborgs kommunalförbund' }).click();
    await dialog.getByTestId('participant-role').click();
    await page.getByRole('option', { name: 'Administrativ part' }).click();
    await dialog.getByTestId('participant-joined').fill('2027-01-01');
    await dialog.getByTestId('participant-save').click();
    await expect.poll(() => page.getByTestId('participant-row').count(), POLL).toBe(6);

    // Hjo is invoiced via it.
    const hjo = page.getByTestId('participant-row').filter({ hasText: 'Hjo' });
    await hjo.getByRole('button', { name: 'Endre Hjo' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByTestId('participant-via').click();
    await page.getByRole('option', { name: 'Skaraborgs kommunalförbund' }).click();
    expect(await unnamedControls(page)).toEqual([]);
    await h.screenshot(page, 'cooperation-participant-nb');
    await dialog.getByTestId('participant-save').click();
    await expect.poll(async () => hjo.locator('td').nth(4).textContent(), POLL).toBe('Skaraborgs kommunalförbund');

    // Tibro leaves at the end of 2028.
    await page.getByTestId('participant-row').filter({ hasText: 'Tibro' }).getByRole('button', { name: 'Avslutt deltakelsen for Tibro' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByTestId('participant-left').fill('2028-12-31');
    await dialog.getByTestId('participant-save').click();
    await dialog.waitFor({ state: 'hidden' });
    const rows = await api<ParticipantRow[]>('cooperations:listParticipants', { cooperationId: cooperation!.id });
    expect(rows.find((p) => p.organisationName === 'Tibro')?.leftOn).toBe('2028-12-31');
    expect(rows.find((p) => p.organisationName === 'Hjo')?.viaOrganisationName).toBe('Skaraborgs kommunalförbund');
    expect(rows.find((p) => p.organisationName === 'Skaraborgs kommunalförbund')?.role).toBe('administrative_party');

    // The settings: rename, then archive and bring back with undo.
    await page.getByTestId('cooperation-name').fill('Bibliotek Skaraborg 9');
    await page.getByTestId('save-cooperation').click();
    await expect.poll(async () => (await api<CooperationSummary[]>('cooperations:list', {}))[0]?.name, POLL).toBe('Bibliotek Skaraborg 9');
    await page.getByTestId('archive-cooperation').click();
    await page.getByTestId('archived-badge').waitFor();
    expect(await api<CooperationSummary[]>('cooperations:list', {})).toEqual([]);
    expect(await unnamedControls(page)).toEqual([]);
    expect(await noHorizontalScroll(page)).toBe(true);
    await h.screenshot(page, 'cooperation-settings-nb');
    await page.getByTestId('undo-button').click();
    await page.getByTestId('archived-badge').waitFor({ state: 'hidden' });
    expect((await api<CooperationSummary[]>('cooperations:list', {}))[0]?.archivedOn).toBeNull();
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
