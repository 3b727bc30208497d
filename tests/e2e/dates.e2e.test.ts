/**
 * Dates in the user's format: in the Norwegian interface a date is typed and shown as dd.mm.åååå,
 * and what is stored is the ISO date; a date that does not exist is refused beside its field in
 * Norwegian, with nothing written. In Swedish the same date reads as åååå-mm-dd.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './app-harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness('dates');
}, 180_000);
afterAll(async () => h?.close());

const POLL = { timeout: 30_000 };

describe('dates typed in the user’s format', () => {
  it('a Norwegian date typed in a new cooperation is stored as the ISO date and shown as typed', async () => {
    const { page, problems } = await h.openPage('#/members');
    await page.getByTestId('language-nb').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toMatch(/^nb/u);
    await page.goto(`${h.bridge.url}#/cooperations/new`);
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('cooperation-name').fill('Dato-samarbeid');
    // The placeholder says how to type it.
    expect(await dialog.getByTestId('cooperation-start').getAttribute('placeholder')).toBe('DD.MM.ÅÅÅÅ');
    // 31 June does not exist: refused in Norwegian, nothing written.
    await dialog.getByTestId('cooperation-start').pressSequentially('31.06.2031');
    await dialog.getByTestId('create-cooperation').click();
    await expect.poll(() => dialog.getByText('Skriv en dato som finnes, som DD.MM.ÅÅÅÅ (for eksempel 31.12.2025).').count(), POLL).toBeGreaterThan(0);
    expect((await h.api('cooperations:list', {})).some((c) => c.name === 'Dato-samarbeid')).toBe(false);

    // One-digit day and month, as people type them.
    await dialog.getByTestId('cooperation-start').fill('');
    await dialog.getByTestId('cooperation-start').pressSequentially('1.7.2031');
    await dialog.getByTestId('cooperation-end').pressSequentially('31.12.2033');
    await dialog.getByTestId('create-cooperation').click();
    await expect.poll(async () => (await h.api('cooperations:list', {})).find((c) => c.name === 'Dato-samarbeid'), POLL).toBeTruthy();
    const created = (await h.api('cooperations:list', {})).find((c) => c.name === 'Dato-samarbeid')!;
    expect(created).toMatchObject({ startDate: '2031-07-01', endDate: '2033-12-31' });

    // Its settings show the stored dates in the Norwegian form, and in Swedish in the Swedish one.
    await page.goto(`${h.bridge.url}#/cooperations/${created.id}`);
    await expect.poll(() => page.getByTestId('cooperation-start').inputValue(), POLL).toBe('01.07.2031');
    expect(await page.getByTestId('cooperation-end').inputValue()).toBe('31.12.2033');
    await page.getByTestId('language-sv').click();
    await expect.poll(() => page.getByTestId('cooperation-start').inputValue(), POLL).toBe('2031-07-01');
    expect(problems).toEqual([]);
    await page.context().close();
  }, 180_000);
});
