/**
 * The Budgets view in real Chromium against the real backend: the Sambruk budget 2026 against
 * 2025 with the result of 67 715 kr and each line's share of revenue, the balance chart with
 * uncertain funding marked, and a line added and undone.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NBSP, startHarness, type Harness } from './app-harness';

let h: Harness;
const SAMBRUK = 'Föreningen Sambruk';

beforeAll(async () => {
  h = await startHarness('budgets');
});
afterAll(async () => h?.close());

async function pick(page: Page, cooperation: string) {
  await page.getByTestId('budgets-cooperation').click();
  await page.getByRole('option', { name: cooperation }).click();
}

describe('Budgets view', () => {
  it('shows the Sambruk budget 2026 against 2025 with the result and shares of revenue', async () => {
    const { page, problems } = await h.openPage('#/budgets');
    await page.getByTestId('budgets-cooperation').waitFor();
    await pick(page, SAMBRUK);
    const result = page.getByTestId('budget-result');
    await result.waitFor();
    const cells = await result.locator('td').allTextContents();
    expect(cells[0]).toBe('Resultat');
    expect(cells[1]).toBe(`67${NBSP}715${NBSP}kr`);
    expect(cells[3]).toBe(`447${NBSP}kr`);
    expect(await page.getByTestId('budget-gross').locator('td').nth(1).textContent()).toBe(`8${NBSP}707${NBSP}432${NBSP}kr`);
    const membership = page.locator('[data-testid="budget-lines"] tr', { hasText: 'Medlemsavgifter' }).first();
    const membershipCells = await membership.locator('td').allTextContents();
    expect(membershipCells.slice(3, 7)).toEqual([`4${NBSP}080${NBSP}000${NBSP}kr`, `21${NBSP}%`, `3${NBSP}600${NBSP}000${NBSP}kr`, `20${NBSP}%`]);
    await page.getByTestId('balance-chart').locator('.recharts-bar-rectangle').first().waitFor();
    await h.screenshot(page, 'budgets-sv');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('adds a cost line, shows the new result, and undoes it', async () => {
    const { page, problems } = await h.openPage('#/budgets');
    await pick(page, SAMBRUK);
    await page.getByTestId('budget-result').waitFor();
    await page.getByTestId('budgets-add-line').click();
    const form = page.getByTestId('line-form');
    await form.getByTestId('line-label').fill('Resor');
    await form.getByTestId('line-category').fill('travel');
    await form.getByTestId('line-amount').fill('17 715');
    await form.getByTestId('line-save').click();
    await expect.poll(async () => page.getByTestId('budget-result').locator('td').nth(1).textContent()).toBe(`50${NBSP}000${NBSP}kr`);
    expect(await page.getByTestId('undo-button').getAttribute('aria-label')).toBe('Ångra: budgetraden Resor 2026');
    await page.getByTestId('undo-button').click();
    await expect.poll(async () => page.getByTestId('budget-result').locator('td').nth(1).textContent()).toBe(`67${NBSP}715${NBSP}kr`);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('counts a cost as direct when its box is ticked, and undoes it', async () => {
    const { page, problems } = await h.openPage('#/budgets');
    await pick(page, SAMBRUK);
    const gross = page.getByTestId('budget-gross').locator('td').nth(1);
    await gross.waitFor();
    await page.getByRole('checkbox', { name: 'Direkt kostnad: Övriga kostnader' }).click();
    // 8 707 432 − 3 443 850 (other costs 2026, DOMAIN.md) = 5 263 582; the result stays 67 715.
    await expect.poll(async () => gross.textContent()).toBe(`5${NBSP}263${NBSP}582${NBSP}kr`);
    expect(await page.getByTestId('budget-result').locator('td').nth(1).textContent()).toBe(`67${NBSP}715${NBSP}kr`);
    await page.getByTestId('undo-button').click();
    await expect.poll(async () => gross.textContent()).toBe(`8${NBSP}707${NBSP}432${NBSP}kr`);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('refuses a staff period ending on 31 June with the reason beside the field', async () => {
    const { page, problems } = await h.openPage('#/budgets');
    await pick(page, 'Bibliotek Skaraborg 9-gruppen');
    await page.getByTestId('staff-table').waitFor();
    await page.getByRole('button', { name: 'Ändra Projektledare' }).click();
    const form = page.getByTestId('staff-form');
    await form.getByTestId('period-to-2').fill('2018-06-31');
    await form.getByTestId('staff-save').click();
    await form.getByText('Skriv ett datum som finns').waitFor();
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
