/**
 * "New scenario…" in the studio, in real Chromium against the real backend: a Skaraborg scenario
 * from the 15/85 key with 500 000 kr to share in 2019 (populations grown 0.5 % a year past the
 * last known) is stored as a valid definition (the
 * cooperation's currency, the key by its definition id and version) and opens in the studio with
 * the 500 000 kr charged in full; a refusal from the backend stands beside the field it is about.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CooperationSummary } from '../../src/shared/api/channels/cooperations.channels';
import { NBSP, startHarness, type Harness } from './app-harness';

let h: Harness;
let skaraborg: CooperationSummary;

beforeAll(async () => {
  h = await startHarness('scenario-new');
  const cooperations = await h.api('cooperations:list', {});
  const found = cooperations.find((c) => c.name.includes('Skaraborg'));
  if (!found) throw new Error('the demo workspace has no Skaraborg cooperation');
  skaraborg = found;
});
afterAll(async () => h?.close());

async function openNewScenario(page: Page, from: string, to: string) {
  await page.getByTestId('studio-cooperation').click();
  await page.getByRole('option', { name: skaraborg.name }).click();
  await page.getByTestId('studio-new').click();
  const dialog = page.getByTestId('new-scenario');
  await dialog.waitFor();
  await page.getByTestId('new-key').click();
  await page.getByRole('option', { name: /15 % lika, 85 % efter folkmängd · version 1/u }).click();
  await page.getByTestId('new-from').fill(from);
  await page.getByTestId('new-to').fill(to);
  return dialog;
}

describe('New scenario', () => {
  it('creates a Skaraborg scenario from the 15/85 key with 500 000 kr for 2019 and charges it in full', async () => {
    const before = await h.api('scenarios:list', { cooperationId: skaraborg.id });
    const { page, problems } = await h.openPage('#/scenarios');
    const dialog = await openNewScenario(page, '2019', '2019');
    await page.getByTestId('new-name').fill('Skaraborg 2019');
    await page.getByTestId('new-cost-2019').fill('500 000');
    // The demo's populations end with 31 Dec 2017; the key reads the year before the charge, so 2018 is grown from 2017.
    await page.getByTestId('new-growth').fill('0,5');
    expect(await dialog.getByText('Kostnad 2019 (SEK)').count()).toBe(1);
    await h.screenshot(page, 'scenario-new-sv');
    await page.getByTestId('new-create').click();

    await expect.poll(() => new URL(page.url()).hash).toMatch(/^#\/scenarios\/\d+$/u);
    const id = Number(new URL(page.url()).hash.split('/').pop());
    expect(before.some((s) => s.id === id)).toBe(false);
    await page.locator('[data-testid="charges-table"] [role="row"][data-member-id]').first().waitFor();
    await expect.poll(() => page.getByTestId('total-net').textContent()).toBe(`500${NBSP}000${NBSP}kr`);
    expect(await page.getByTestId('kpi-pool').textContent()).toBe(`500${NBSP}000${NBSP}kr`);
    expect(await page.getByTestId('studio-scenario').inputValue()).toBe('Skaraborg 2019');

    const stored = await h.api('scenarios:get', { id });
    expect(stored).toMatchObject({ name: 'Skaraborg 2019', currency: 'SEK', horizon: { from: 2019, to: 2019 }, baselineScenarioId: null });
    expect(stored.definition).toMatchObject({
      schemaVersion: 1,
      name: 'Skaraborg 2019',
      currency: 'SEK',
      horizon: { from: 2019, to: 2019 },
      key: { ref: 'skaraborg-9', version: 1 },
      costs: { byYear: { '2019': '500000' } },
      growth: { population: { rate: '0.5' } },
    });
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('shows the backend’s refusal beside the field, and stores nothing', async () => {
    const before = await h.api('scenarios:list', { cooperationId: skaraborg.id });
    const { page, problems } = await h.openPage('#/scenarios');
    const dialog = await openNewScenario(page, '2019', '2020');
    await page.getByTestId('new-name').fill('Öresavrundat');
    await page.getByTestId('new-cost-2019').fill('500 000');
    // Half a krona cannot be shared out in whole kronor (the key's rounding unit): the engine refuses that year.
    await page.getByTestId('new-cost-2020').fill('500 000,50');
    await page.getByTestId('new-create').click();
    const field = page.getByTestId('new-cost-2020');
    await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await field.getAttribute('aria-describedby')) ?? '';
    const error = page.locator(`[id="${describedBy.split(' ').find((d) => d.endsWith('-error')) ?? ''}"]`);
    // The engine's refusal, in the UI's language.
    expect(await error.textContent()).toContain('är ingen multipel av nyckelns avrundningsenhet');
    expect(await page.getByTestId('new-cost-2019').getAttribute('aria-invalid')).not.toBe('true');
    expect(await dialog.getByRole('alert').count()).toBe(0);
    expect(h.bridge.calls.some((c) => c.channel === 'scenarios:save' && !c.ok)).toBe(true);
    expect(await h.api('scenarios:list', { cooperationId: skaraborg.id })).toEqual(before);

    // A field the dialog checks itself: refused before anything is sent.
    await page.getByTestId('new-to').fill('2018');
    const calls = h.bridge.calls.length;
    await page.getByTestId('new-create').click();
    await dialog.getByText('Perioden kan inte sluta innan den börjar.').waitFor();
    expect(h.bridge.calls.slice(calls).some((c) => c.channel === 'scenarios:save')).toBe(false);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
