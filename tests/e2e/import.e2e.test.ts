/**
 * Import in real Chromium against the real backend: a CSV with one bad row shows the row-level
 * error and writes nothing (checked through the API and a hash of the whole database); a good
 * CSV in Windows-1252 with Swedish thousand separators is imported and its figures show in the grid.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MemberListRow } from '../../src/shared/api/channels/members.channels';
import { dbContentHash } from '../helpers/db-content-hash';
import { grouped, startHarness, type Harness } from './app-harness';

let h: Harness;

beforeAll(async () => {
  h = await startHarness('import');
});
afterAll(async () => h?.close());

const member = async (name: string): Promise<MemberListRow> => (await h.api('members:list', { search: name })).find((m) => m.name === name)!;

async function chooseFile(page: Page, name: string, content: Buffer) {
  await page.getByTestId('members-import').click();
  await page.getByTestId('import-choose').waitFor();
  await page.locator('input[type="file"]').setInputFiles({ name, mimeType: 'text/csv', buffer: content });
}

describe('import of members and population', () => {
  it('shows the row-level error of a CSV with one bad row, and writes nothing', async () => {
    const before = await dbContentHash(h.session.db);
    const gullspang = await member('Gullspång');
    const csv = Buffer.from('Kommunkod;Kommun;Folkmängd 2025\n1447;Gullspång;5 400\n1496;Skövde;57,3\n1498;Tidaholm;13 000\n', 'utf8');
    const { page, problems } = await h.openPage('#/members');
    await chooseFile(page, 'folkmangd-fel.csv', csv);
    const errors = page.getByTestId('import-errors');
    await errors.waitFor();
    expect(await errors.locator('li').allTextContents()).toEqual(['Rad 3, kolumn ”Folkmängd 2025”: ”57,3” har decimaler: folkmängd är ett heltal']);
    expect(await page.locator('[data-import-row="3"]').getAttribute('data-action')).toBe('error');
    expect(await page.getByTestId('import-commit').isDisabled()).toBe(true);
    await h.screenshot(page, 'import-error-sv');

    // Even asked directly, the commit refuses and names the row.
    const preview = await h.api('import:preview', { fileName: 'x.csv', contentBase64: csv.toString('base64'), options: { year: 2025 } });
    const refused = await h.call('import:commit', { fileName: 'x.csv', contentBase64: csv.toString('base64'), mapping: preview.mapping, options: preview.options });
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ path: 'row 3, column "Folkmängd 2025"' }] } });
    expect((await member('Gullspång')).population).toBe(gullspang.population);
    expect(await dbContentHash(h.session.db)).toBe(before);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('imports a good SCB-style CSV (Windows-1252, title line, "region" column) and shows the new figures', async () => {
    const csv = Buffer.from('Folkmängd efter region och år\r\n\r\n"region";"2025"\r\n"1447 Gullspång";"5 401"\r\n"1496 Skövde";"58 002"\r\n', 'latin1');
    const { page, problems } = await h.openPage('#/members');
    await chooseFile(page, 'scb-2025.csv', csv);
    await page.locator('[data-import-row="4"]').waitFor();
    expect(await page.getByTestId('import-file-name').textContent()).toBe('scb-2025.csv');
    expect(await page.getByTestId('import-year').inputValue()).toBe('2025');
    expect(await page.getByTestId('import-errors').count()).toBe(0);
    await page.getByTestId('import-commit').click();
    await page.getByTestId('import-done').waitFor();
    expect(await page.getByTestId('import-progress').count()).toBe(1);
    // The dialog's own Close button at the foot (its corner × has the same name).
    await page.getByRole('dialog').getByRole('button', { name: 'Stäng' }).last().click();

    await page.getByTestId('members-search').fill('Skövde');
    const row = page.locator('[role="row"][data-organisation-id]', { has: page.getByText('Skövde', { exact: true }) });
    await expect.poll(async () => row.getByRole('gridcell').nth(3).textContent()).toBe(grouped(58002));
    expect(await row.getByRole('gridcell').nth(4).textContent()).toBe('2025');
    expect(await member('Gullspång')).toMatchObject({ population: 5401, populationYear: 2025, populationReferenceDate: '2025-12-31' });
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('shows a new figure as new, a changed one with the figure it replaces and the year before, and undoes the import in one step', async () => {
    const gullspang = await member('Gullspång');
    // "5 402,0" is how Swedish Excel writes a whole number with one decimal.
    const csv = Buffer.from('Kommunkod;Kommun;Folkmängd\n1447;Gullspång;"5 402,0"\n1498;Tidaholm;13 097\n', 'utf8');
    const { page, problems } = await h.openPage('#/members');
    await chooseFile(page, 'folkmangd-2025.csv', csv);
    await page.getByTestId('import-year').fill('2025');
    const changed = page.locator('[data-import-row="2"]');
    await expect.poll(async () => changed.getAttribute('data-action')).toBe('update');
    expect(await changed.getByText(`Ändras från ${grouped(gullspang.population ?? 0)}`).count()).toBe(1);
    expect(await page.locator('[data-import-row="3"]').getAttribute('data-action')).toBe('add');
    expect(await page.locator('[data-import-row="3"]').textContent()).toContain('Ny siffra');
    await page.getByTestId('import-commit').click();
    await page.getByTestId('import-done').waitFor();
    // The dialog's own Close button at the foot (its corner × has the same name).
    await page.getByRole('dialog').getByRole('button', { name: 'Stäng' }).last().click();
    expect((await member('Gullspång')).population).toBe(5402);
    expect(await page.getByTestId('undo-button').getAttribute('aria-label')).toBe('Ångra: importen av folkmangd-2025.csv');
    await page.getByTestId('undo-button').click();
    await expect.poll(async () => (await member('Gullspång')).population).toBe(gullspang.population);
    // Tidaholm's new 2025 figure is gone again: only the audit trail remembers the import and its undo.
    expect((await member('Tidaholm')).populationYear).not.toBe(2025);
    const audit = await h.session.db.selectFrom('auditLog').select(['entity', 'action']).orderBy('id', 'desc').limit(2).execute();
    expect(audit.map((a) => `${a.entity}:${a.action}`)).toEqual(['metric_value:delete', 'metric_value:update']);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
