/**
 * Every scenario of the demo workspace opens in the studio: the engine runs in the page on the
 * workspace's own facts, the member table and the charts fill, no error is shown and the page
 * logs none. The table's total is the engine's total for the year (a known pool for an
 * allocation key, the sum of the fees for a fee schedule).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScenarioSummary } from '../../src/shared/api/channels/scenarios.channels';
import { NBSP, startHarness, type Harness } from './app-harness';

let h: Harness;
const scenarios: ScenarioSummary[] = [];

beforeAll(async () => {
  h = await startHarness('scenarios-every-demo');
  const cooperations = await h.api('cooperations:list', {});
  for (const c of cooperations) scenarios.push(...(await h.api('scenarios:list', { cooperationId: c.id })));
}, 120_000);

afterAll(async () => h?.close());

/** "1 234 567 kr", "10 000 000 Nkr" (NOK in Swedish) → minor units. */
function amount(text: string | null): number {
  const cleaned = (text ?? '').replaceAll(NBSP, '').replace(/\s/gu, '').replace(/\p{L}+/gu, '').replace('\u2212', '-').replace(',', '.');
  return Math.round(Number(cleaned) * 100);
}

describe('every demo scenario in the studio', () => {
  it('the demo workspace has the five reference scenarios', () => {
    expect(scenarios).toHaveLength(5);
  });

  it('opens each one with its table and charts, no error, and the engine’s total for the first year', async () => {
    for (const scenario of scenarios) {
      const { page, problems } = await h.openPage(`#/scenarios/${scenario.id}`);
      await page.locator('[data-testid="charges-table"] [role="row"][data-member-id]').first().waitFor();
      expect(await page.getByRole('alert').count(), scenario.name).toBe(0);
      const computed = await h.api('scenarios:compute', { scenarioId: scenario.id });
      const first = computed.result.totals[0];
      const shown = await page.getByTestId('total-net').textContent();
      expect(amount(shown), `${scenario.name}: ${shown}`).toBe(first?.net ?? NaN);
      // A bar per member, or for a large consortium (the Norwegian one's 358) the distribution's bands.
      await expect.poll(() => page.locator('[data-testid="chart-pays"] :is(.bar-rect, [data-testid="distribution-band"])').count(), { message: scenario.name }).toBeGreaterThan(0);
      expect(problems, scenario.name).toEqual([]);
      await page.context().close();
    }
  });
});
