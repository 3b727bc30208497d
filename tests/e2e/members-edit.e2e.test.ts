/**
 * Editing members in real Chromium against the real backend: a population changed in the
 * drawer shows in the grid, the toolbar names the edit to undo, Ctrl+Z takes it back and Ctrl+Y
 * makes it again, and a date that does not exist is refused beside its field.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MemberListRow } from '../../src/shared/api/channels/members.channels';
import type { MetricValueRecord } from '../../src/shared/document/workspace-document.schema';
import { grouped, startHarness, type Harness } from './app-harness';

let h: Harness;
let skovde: MemberListRow;

beforeAll(async () => {
  h = await startHarness('members-edit');
  skovde = (await h.api('members:list', { search: 'Skövde' })).find((m) => m.name === 'Skövde')!;
});
afterAll(async () => h?.close());

async function population(organisationId: number, year: number): Promise<MetricValueRecord | undefined> {
  return (await h.api('metrics:listForOrganisation', { organisationId, metric: 'population' })).find((v) => v.year === year);
}

describe('editing a member', () => {
  it('changes a population in the drawer, shows it in the grid, and undoes and redoes it', async () => {
    const year = skovde.populationYear!;
    const before = skovde.population!;
    const after = before + 1234;
    const { page, problems } = await h.openPage(`#/members/${skovde.organisationId}`);
    const drawer = page.getByRole('dialog');
    await drawer.waitFor();
    await drawer.locator(`[data-metric-row="population-${year}"]`).getByTestId('metric-edit').click();
    await drawer.getByTestId('metric-value').fill(String(after));
    await h.screenshot(page, 'members-edit-sv');
    await drawer.getByTestId('metric-save').click();
    await expect.poll(async () => drawer.locator(`[data-metric-row="population-${year}"] td`).nth(2).textContent()).toBe(grouped(after));
    expect((await population(skovde.organisationId, year))?.value).toBe(after);

    await page.keyboard.press('Escape');
    await page.getByTestId('members-search').fill('Skövde');
    const row = page.locator('[role="row"][data-organisation-id]', { has: page.getByText('Skövde', { exact: true }) });
    await expect.poll(async () => row.getByRole('gridcell').nth(3).textContent()).toBe(grouped(after));
    expect(await page.getByTestId('undo-button').getAttribute('aria-label')).toBe(`Ångra: folkmängd för Skövde ${year}`);

    // Ctrl+Z in the filter box undoes typing; on the grid it undoes the saved edit.
    await page.getByTestId('members-grid').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(async () => row.getByRole('gridcell').nth(3).textContent()).toBe(grouped(before));
    expect((await population(skovde.organisationId, year))?.value).toBe(before);
    expect(await page.getByTestId('redo-button').getAttribute('aria-label')).toBe(`Gör om: folkmängd för Skövde ${year}`);

    await page.keyboard.press('Control+y');
    await expect.poll(async () => row.getByRole('gridcell').nth(3).textContent()).toBe(grouped(after));
    await page.getByTestId('undo-button').click();
    await expect.poll(async () => (await population(skovde.organisationId, year))?.value).toBe(before);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('refuses a reference date that does not exist, beside the field, and writes nothing', async () => {
    const { page, problems } = await h.openPage(`#/members/${skovde.organisationId}`);
    const drawer = page.getByRole('dialog');
    await drawer.getByTestId('metric-add').click();
    await drawer.getByTestId('metric-year').fill('2030');
    await drawer.getByTestId('metric-value').fill('60000');
    await drawer.getByTestId('metric-date').fill('2030-06-31');
    const calls = h.bridge.calls.length;
    await drawer.getByTestId('metric-save').click();
    await drawer.getByText('Skriv ett datum som finns').waitFor();
    expect(h.bridge.calls.slice(calls).some((c) => c.channel === 'metrics:upsert')).toBe(false);
    expect(await population(skovde.organisationId, 2030)).toBeUndefined();
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('edits the organisation’s details as one undoable edit', async () => {
    const { page, problems } = await h.openPage(`#/members/${skovde.organisationId}`);
    const drawer = page.getByRole('dialog');
    await drawer.getByTestId('org-number').fill('212000-1637');
    await drawer.getByTestId('org-save').click();
    await expect.poll(async () => (await h.api('organisations:get', { id: skovde.organisationId })).orgNumber).toBe('212000-1637');
    expect(await page.getByTestId('undo-button').getAttribute('aria-label')).toBe('Ångra: uppgifter för Skövde');
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    await page.getByTestId('undo-button').click();
    await expect.poll(async () => (await h.api('organisations:get', { id: skovde.organisationId })).orgNumber).toBe(skovde.orgNumber);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
