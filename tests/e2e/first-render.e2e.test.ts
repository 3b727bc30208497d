/**
 * What a first render asks main for, counted on the test bridge (no timing): opened on a
 * scenario, the studio asks once for the workspace, once for the cooperations and once for the
 * scenario's inputs (started before React renders, while the view's code loads), and lists only
 * the scenario's own cooperation's scenarios — not the first cooperation's while it waits. The
 * charts drawn with recharts load after the table (their own chunk) and still appear. The members
 * grid asks once for the workspace and once for the members.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BridgeCall } from '../bridge/bridge-server';
import { startHarness, type Harness } from './app-harness';

let h: Harness;

beforeAll(async () => {
  h = await startHarness('first-render');
}, 120_000);

afterAll(async () => h?.close());

/** How often each channel was called, and the calls of one channel. */
function counted(calls: readonly BridgeCall[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of calls) counts.set(String(c.channel), (counts.get(String(c.channel)) ?? 0) + 1);
  return counts;
}

describe('first render', () => {
  it('of a 358-member studio: one call each for the workspace, the cooperations and the inputs; only its own scenarios listed', async () => {
    const cooperations = await h.api('cooperations:list', {});
    const ffl = cooperations.find((c) => c.name.includes('Formidling'));
    if (!ffl) throw new Error('the demo workspace has no Felles Formidlingsløsning');
    const [scenario] = await h.api('scenarios:list', { cooperationId: ffl.id });
    if (!scenario) throw new Error('Felles Formidlingsløsning has no scenario');

    h.bridge.calls.length = 0;
    const { page, problems } = await h.openPage(`#/scenarios/${scenario.id}`);
    await page.locator('[data-testid="charges-table"] [role="row"][data-member-id]').first().waitFor({ timeout: 60_000 });
    // The funding chart (recharts, loaded after the table) takes its place.
    await page.locator('[data-testid="chart-funding"] svg').first().waitFor({ timeout: 60_000 });
    await expect.poll(() => h.bridge.calls.some((c) => c.channel === 'scenarios:list' && (c.input as { cooperationId?: number }).cooperationId === ffl.id)).toBe(true);

    const counts = counted(h.bridge.calls);
    expect(counts.get('workspace:info')).toBe(1);
    expect(counts.get('cooperations:list')).toBe(1);
    expect(counts.get('studio:inputs')).toBe(1);
    expect(h.bridge.calls.find((c) => c.channel === 'studio:inputs')?.input).toEqual({ scenarioId: scenario.id });
    // Listed for the scenario's cooperation only (a refused id 0 while waiting asks main for nothing).
    const listedFor = h.bridge.calls.filter((c) => c.channel === 'scenarios:list' && c.ok).map((c) => (c.input as { cooperationId: number }).cooperationId);
    expect(listedFor).toEqual([ffl.id]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('of the members grid: one call each for the workspace and the members', async () => {
    h.bridge.calls.length = 0;
    const { page, problems } = await h.openPage('#/members');
    await page.locator('[role="row"][data-organisation-id]').first().waitFor({ timeout: 60_000 });
    const counts = counted(h.bridge.calls);
    expect(counts.get('workspace:info')).toBe(1);
    expect(counts.get('members:list')).toBe(1);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
