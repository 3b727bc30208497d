/**
 * The scenario studio in real Chromium (the Debian package, driven by playwright-core) against
 * the built renderer and the real backend on a SQLite file written from the demo workspace,
 * served by the test bridge in place of the preload. One flow on Skaraborg's 15/85 key: move
 * the equal-share slider (table and charts follow, the total stays the pool), ask "Why this
 * amount?", save the change as a new version and compare the two, adopt one (a snapshot with a
 * content hash) and export its annex to a file on disk, which the Exports view then lists.
 * Screenshots go to docs/screenshots only with ANDEL_SCREENSHOTS=1.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScenarioSummary } from '../../src/shared/api/channels/scenarios.channels';
import { NBSP, startHarness, type Harness } from './app-harness';

let h: Harness;
let skaraborg: ScenarioSummary;

beforeAll(async () => {
  h = await startHarness('scenarios', {}, { session: { clock: () => new Date('2026-11-21T10:00:00Z') } });
  const cooperations = await h.api('cooperations:list', {});
  const coop = cooperations.find((c) => c.name.includes('Skaraborg'));
  if (!coop) throw new Error('the demo workspace has no Skaraborg cooperation');
  const scenarios = await h.api('scenarios:list', { cooperationId: coop.id });
  skaraborg = scenarios[0] as ScenarioSummary;
}, 120_000);

afterAll(async () => h?.close());

/** "1 234 567 kr" → 123456700 (minor units); "+1 234 kr" and "−1 234 kr" keep their sign. */
function kronor(text: string | null): number {
  const cleaned = (text ?? '').replaceAll(NBSP, '').replace(/\s/gu, '').replace('kr', '').replace('\u2212', '-').replace('+', '').replace(',', '.');
  return Math.round(Number(cleaned) * 100);
}

function memberRow(page: Page, name: string) {
  return page.locator('[data-testid="charges-table"] [role="row"][data-member-id]', { has: page.getByText(name, { exact: true }) });
}

describe('Scenario studio', () => {
  it('moves the equal-share slider: the table and the charts follow and the total stays the pool', async () => {
    const { page, problems } = await h.openPage(`#/scenarios/${skaraborg.id}`);
    await memberRow(page, 'Skövde').waitFor();
    expect(await page.getByTestId('param-equalShare-value').textContent()).toBe(`15${NBSP}%`);
    const poolBefore = kronor(await page.getByTestId('kpi-pool').textContent());
    const skovdeBefore = kronor(await memberRow(page, 'Skövde').getByTestId('cell-net').textContent());
    const hjoBefore = kronor(await memberRow(page, 'Hjo').getByTestId('cell-net').textContent());
    expect(kronor(await page.getByTestId('total-net').textContent())).toBe(poolBefore);
    // Falköping is the observer: listed, not charged (DOMAIN.md).
    expect(await memberRow(page, 'Falköping').textContent()).toContain('Observatör');
    await expect.poll(() => page.locator('[data-testid="chart-pays"] .bar-rect').count()).toBe(8);
    expect(await page.locator('[data-testid="chart-delta"] .bar-rect').count()).toBe(0);

    await page.locator('[data-testid="param-equalShare"] [role="slider"]').focus();
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByTestId('param-equalShare-value').textContent()).toBe(`25${NBSP}%`);
    // The key is stated with the share now in force (25 % equal, 100 − 25 = 75 % by population), not by its stored name's 15/85.
    await expect.poll(() => page.getByTestId('studio-key').textContent()).toContain('25 % av kostnaden delas lika');
    expect(await page.getByTestId('studio-key').textContent()).toContain('75 % av kostnaden fördelas efter');
    expect(await page.getByTestId('studio-key').textContent()).not.toContain('15 %');

    const skovdeAfter = kronor(await memberRow(page, 'Skövde').getByTestId('cell-net').textContent());
    const hjoAfter = kronor(await memberRow(page, 'Hjo').getByTestId('cell-net').textContent());
    // A larger equal share moves cost from the largest municipality to the smallest ones.
    expect(skovdeAfter).toBeLessThan(skovdeBefore);
    expect(hjoAfter).toBeGreaterThan(hjoBefore);
    expect(kronor(await memberRow(page, 'Skövde').getByTestId('cell-delta').textContent())).toBe(skovdeAfter - skovdeBefore);
    // Parts add up to the pool exactly, whatever the share.
    expect(kronor(await page.getByTestId('total-net').textContent())).toBe(poolBefore);
    expect(kronor(await page.getByTestId('kpi-charged').textContent())).toBe(poolBefore);
    // The diverging chart now has a bar per member whose charge moved.
    await expect.poll(() => page.locator('[data-testid="chart-delta"] .bar-rect').count()).toBe(8);
    expect(await page.getByTestId('studio-dirty').count()).toBe(1);
    // Every update was measured in the page, for the bench.
    expect(await page.evaluate(() => performance.getEntriesByName('andel:studio:update', 'measure').length)).toBeGreaterThanOrEqual(10);
    await h.screenshot(page, 'scenarios-studio-sv');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('explains a charge in words: “Why this amount?”', async () => {
    const { page, problems } = await h.openPage(`#/scenarios/${skaraborg.id}`);
    await memberRow(page, 'Skövde').waitFor();
    const net = await memberRow(page, 'Skövde').getByTestId('cell-net').textContent();
    await memberRow(page, 'Skövde').getByTestId('why-button').click();
    const lines = page.getByTestId('why-lines');
    await lines.waitFor();
    const text = (await lines.textContent()) ?? '';
    expect(text).toContain('Lika för alla deltagande kommuner');
    expect(text).toContain('15 % av');
    expect(text).toContain('fördelat med vikt');
    expect(text).toContain('avrundat till');
    expect(await page.getByTestId('why-net').textContent()).toBe(net);
    expect(await page.getByRole('dialog').textContent()).toContain('varför detta belopp?');
    await h.screenshot(page, 'scenarios-why-sv');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('saves a change as a new version and compares the two scenarios member by member', async () => {
    const { page, problems } = await h.openPage(`#/scenarios/${skaraborg.id}`);
    await memberRow(page, 'Skövde').waitFor();
    await page.locator('[data-testid="param-equalShare"] [role="slider"]').focus();
    for (let i = 0; i < 15; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByTestId('param-equalShare-value').textContent()).toBe(`30${NBSP}%`);
    // The Distribution tab's change for Skövde, 30/70 against the stored 15/85: the largest member pays less.
    const distributionDelta = await memberRow(page, 'Skövde').getByTestId('cell-delta').textContent();
    expect(distributionDelta?.startsWith('\u2212') || distributionDelta?.startsWith('-')).toBe(true);
    expect(await memberRow(page, 'Skövde').getByTestId('cell-delta').getAttribute('class')).toContain('delta-down');
    await page.getByTestId('studio-save').click();
    await page.getByTestId('save-name').fill('Skaraborg 30/70');
    await page.getByTestId('save-confirm').click();
    await expect.poll(() => new URL(page.url()).hash).not.toBe(`#/scenarios/${skaraborg.id}`);
    const newId = Number(new URL(page.url()).hash.split('/').pop());
    await memberRow(page, 'Skövde').waitFor();
    // The saved version carries the parameter: the slider opens at 30 %, with nothing unsaved.
    await expect.poll(() => page.getByTestId('param-equalShare-value').textContent()).toBe(`30${NBSP}%`);
    expect(await page.getByTestId('studio-dirty').count()).toBe(0);

    await page.getByTestId('tab-compare').click();
    const table = page.getByTestId('compare-table');
    await table.waitFor();
    // Compared with its baseline, the original 15/85 scenario.
    expect(await page.getByTestId('compare-pick').inputValue()).toBe(skaraborg.name);
    const skovde = table.locator('tbody tr', { has: page.getByText('Skövde', { exact: true }) });
    const cells = await skovde.locator('td').allTextContents();
    // Columns: member, the baseline compared with (15/85), this scenario (30/70), the change from the first to the second.
    expect(kronor(cells[3] ?? '')).toBe(kronor(cells[2] ?? '') - kronor(cells[1] ?? ''));
    // Compare shows the same change, with the same sign and colour, as the Distribution tab did for the same member.
    expect(cells[3]).toBe(distributionDelta);
    expect(kronor(cells[3] ?? '')).toBeLessThan(0);
    expect(await skovde.locator('td').nth(3).getAttribute('class')).toContain('delta-down');
    expect(await table.locator('tbody tr').count()).toBe(8);
    const foot = await table.locator('tfoot th').allTextContents();
    expect(kronor(foot[1] ?? '')).toBe(kronor(foot[2] ?? ''));
    expect(foot[3]).toBe('±0');
    await expect.poll(() => page.locator('[data-testid="compare-chart"] .bar-rect').count()).toBe(8);
    await h.screenshot(page, 'compare-sv');
    expect(newId).toBeGreaterThan(skaraborg.id);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('adopts the scenario by a decision (a snapshot with its hash) and exports its annex to disk', async () => {
    const { page, problems } = await h.openPage(`#/scenarios/${skaraborg.id}`);
    await memberRow(page, 'Skövde').waitFor();
    // A proposal to adopt the scenario: the picker offers it, and not the decisions already recorded (the Koha system choice).
    const steering = (await h.api('decisions:list', { cooperationId: skaraborg.cooperationId })).rows.find((d) => d.number === 'SG 2016:1')!;
    const proposal = await h.api('decisions:create', { bodyId: steering.bodyId, title: 'Kostnadsfördelning 2017–2018', text: 'Fördelning enligt scenariot.', status: 'proposed', year: 2018 });
    await page.getByTestId('tab-adopt').click();
    await page.getByTestId('adopt-decision').click();
    const options = await page.getByRole('option').allTextContents();
    expect(options).toEqual([`${proposal.number} · Kostnadsfördelning 2017–2018`]);
    await page.getByRole('option', { name: new RegExp(proposal.number) }).click();
    await page.getByTestId('adopt-button').click();
    const hash = page.getByTestId('snapshot-hash-full');
    await hash.waitFor();
    expect(await hash.textContent()).toMatch(/^SHA-256 [0-9a-f]{64}$/u);
    expect(await page.getByTestId('snapshots-table').textContent()).toContain(proposal.number);

    // Main writes every export to "Andel exports" next to the workspace; the renderer names no folder.
    const folder = join(h.workDir, 'Andel exports');
    await page.getByTestId('export-source').click();
    await page.getByRole('option', { name: /Ögonblicksbild #/ }).click();
    await page.getByTestId('export-annex').click();
    const path = page.getByTestId('export-path');
    await path.waitFor({ timeout: 30_000 });
    const written = (await path.textContent()) ?? '';
    expect(written.startsWith(folder)).toBe(true);
    expect(written.endsWith('.xlsx')).toBe(true);
    expect(existsSync(written)).toBe(true);
    expect(statSync(written).size).toBeGreaterThan(5_000);
    // An xlsx is a zip file.
    expect(readFileSync(written).subarray(0, 2).toString('latin1')).toBe('PK');
    await h.screenshot(page, 'scenarios-adopt-sv');

    await page.getByTestId('nav-exports').click();
    const log = page.getByTestId('exports-log');
    await log.waitFor();
    expect(await log.textContent()).toContain(written.split('/').pop() ?? '');
    expect(await log.textContent()).toContain('Bilaga');
    await h.screenshot(page, 'exports-sv');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('moves the horizon ten years on: no change against a baseline of other years, and the projected populations said in words', async () => {
    const { page, problems } = await h.openPage(`#/scenarios/${skaraborg.id}`);
    await memberRow(page, 'Skövde').waitFor();
    // The stored 2017 figures are all known: no notice.
    expect(await page.getByTestId('projection-notice').count()).toBe(0);
    await page.getByTestId('horizon-to').fill('2028');
    await page.getByTestId('horizon-from').fill('2027');
    await expect.poll(() => memberRow(page, 'Skövde').getByTestId('cell-delta').textContent()).toBe('ingen jämförelsebas');
    // The stored scenario covers 2017–2018: nothing to compare 2027 with, said plainly rather than "+ all of it".
    expect(await memberRow(page, 'Skövde').getByTestId('cell-delta').getAttribute('title')).toBe('ingen jämförelsebas för 2027');
    expect(await page.getByTestId('kpi-changed').textContent()).toBe('ingen jämförelsebas för 2027');
    expect(await page.getByTestId('total-delta').textContent()).toBe('ingen jämförelsebas');
    expect(await page.locator('[data-testid="chart-delta"]').textContent()).toContain('Jämförelsebasen har inga belopp för 2027');
    expect(await page.locator('[data-testid="charges-table"] [data-testid="cell-delta"]').allTextContents()).not.toContainEqual(expect.stringMatching(/^\+/u));
    // 2027's charge reads the population of 2026, projected from the last year the workspace knows, at the scenario's 0.5 %/yr.
    const inputs = await h.api('studio:inputs', { scenarioId: skaraborg.id });
    const skovde = inputs.facts.members.find((m) => m.name === 'Skövde');
    const known = Math.max(...Object.keys(skovde?.metrics?.['population'] ?? {}).map(Number).filter((y) => y < 2026));
    expect(known).toBeLessThan(2020);
    const notice = page.getByTestId('projection-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toContain(`Folkmängd för 2026 framskriven från ${known} (${2026 - known} år, 0,5 % tillväxt per år)`);
    await h.screenshot(page, 'scenarios-projected-sv');

    // Saved as a new version, Compare against the 2017–2018 original says the same in its own words.
    await page.getByTestId('studio-save').click();
    await page.getByTestId('save-name').fill('Skaraborg 2027–2028');
    await page.getByTestId('save-confirm').click();
    await expect.poll(() => new URL(page.url()).hash).not.toBe(`#/scenarios/${skaraborg.id}`);
    await memberRow(page, 'Skövde').waitFor();
    await page.getByTestId('tab-compare').click();
    const table = page.getByTestId('compare-table');
    await table.waitFor();
    expect(await page.getByTestId('compare-no-baseline').textContent()).toBe(`${skaraborg.name} har inga belopp för 2027: ingen förändring visas för året.`);
    const cells = await table.locator('tbody tr', { has: page.getByText('Skövde', { exact: true }) }).locator('td').allTextContents();
    expect(cells[1]).toBe('—');
    expect(cells[3]).toBe('ingen jämförelsebas för 2027');
    expect(await table.locator('tfoot th').last().textContent()).toBe('ingen jämförelsebas för 2027');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('shows the studio in Norwegian with amounts formatted for nb-NO', async () => {
    const { page, problems } = await h.openPage(`#/scenarios/${skaraborg.id}`);
    await memberRow(page, 'Skövde').waitFor();
    await page.getByTestId('language-nb').click();
    await expect.poll(() => page.getByTestId('tab-studio').textContent()).toBe('Fordeling');
    // A Swedish cooperation's kronor in Norwegian: the ISO code before the amount, groups with spaces.
    expect(await page.getByTestId('kpi-pool').textContent()).toMatch(/^SEK\u00a0\d{1,3}(\u00a0\d{3})*$/u);
    expect(await page.getByTestId('total-net').textContent()).toBe(await page.getByTestId('kpi-pool').textContent());
    await page.locator('[data-testid="param-equalShare"] [role="slider"]').focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByTestId('param-equalShare-value').textContent()).toBe(`20${NBSP}%`);
    await h.screenshot(page, 'scenarios-studio-nb');
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
