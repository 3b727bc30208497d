/**
 * The UI's figures, measured in real Chromium (the Debian package, driven by playwright-core)
 * against the built renderer and the real backend over the test bridge:
 *
 * - slider step → updated table and charts, with 400 members: the demo workspace's Skaraborg
 *   consortium grown by 392 synthetic municipalities (15/85 key, 2017–2018). The app marks the
 *   slider's change and measures to the layout effect after React commits the updated table and
 *   charts (`andel:studio:update`): the script time of one update (engine, React, DOM). Chrome's
 *   own ScriptDuration (CDP Performance.getMetrics) over the same steps is reported beside it.
 * - first render of the demo workspace: navigation start to the first member row of the grid.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { dispatch } from '../src/main/api/dispatch';
import { createHandlers, type AppContext } from '../src/main/handlers/index';
import { WorkspaceSession } from '../src/main/workspace/session';
import type { ScenarioSummary } from '../src/shared/api/channels/scenarios.channels';
import { startBridge } from '../tests/bridge/bridge-server';
import { buildRenderer } from '../tests/bridge/build-renderer';
import type { BenchResult } from './bench-result';

const repoRoot = resolve(import.meta.dirname, '..');
const MEMBERS = 400;
const STEPS = 40;
const FIRST_RENDER_RUNS = 7;

type Doc = Record<string, Record<string, unknown>[]>;

/** The demo document with Skaraborg grown to 400 paying members (synthetic municipalities, deterministic figures). */
export function syntheticDocument(demo: Doc): Doc {
  const doc = structuredClone(demo);
  const skaraborg = doc['participations']!.filter((p) => p['cooperationId'] === 1 && p['role'] === 'member').length;
  const maxId = (rows: Record<string, unknown>[]) => rows.reduce((m, r) => Math.max(m, Number(r['id'])), 0);
  let orgId = maxId(doc['organisations']!);
  let metricId = maxId(doc['metricValues']!);
  let participationId = maxId(doc['participations']!);
  for (let i = 0; i < MEMBERS - skaraborg; i++) {
    orgId += 1;
    doc['organisations']!.push({ id: orgId, name: `Syntetisk kommun ${String(i + 1).padStart(3, '0')}`, kind: 'municipality', orgNumber: null, officialCode: null, countryCode: 'SE', notes: 'Synthetic (bench).' });
    // A spread of sizes like Sweden's: 3 000 to about 300 000 inhabitants.
    const base = 3000 + ((i * 7919) % 97) * ((i * 104729) % 31) * 100;
    for (const year of [2015, 2016, 2017]) {
      metricId += 1;
      doc['metricValues']!.push({ id: metricId, organisationId: orgId, metric: 'population', year, value: base + (year - 2015) * ((i % 13) * 10), referenceDate: `${year}-12-31`, source: 'synthetic' });
    }
    participationId += 1;
    doc['participations']!.push({ id: participationId, cooperationId: 1, organisationId: orgId, role: 'member', joinedOn: '2016-01-01', leftOn: null, viaOrganisationId: null, notes: null });
  }
  return doc;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Chrome's cumulative script time of the page, in ms, read through one CDP session. */
async function scriptClock(page: Page): Promise<() => Promise<number>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
  };
}

export async function run(): Promise<BenchResult[]> {
  const workDir = await mkdtemp(join(tmpdir(), 'andel-bench-ui-'));
  const sessions: WorkspaceSession[] = [];
  let browser: Browser | undefined;
  const closers: (() => Promise<void>)[] = [];
  try {
    const rendererDir = await buildRenderer(join(workDir, 'renderer'));
    const demo = JSON.parse(readFileSync(join(repoRoot, 'resources/demo/demo-workspace.json'), 'utf8')) as Doc;
    const handlers = createHandlers();

    const big = new WorkspaceSession();
    sessions.push(big);
    await big.createFromDocument(join(workDir, 'synthetic-400.andel'), syntheticDocument(demo));
    const bigCtx: AppContext = { session: big };
    const listed = await dispatch(handlers, bigCtx, 'scenarios:list', { cooperationId: 1 });
    if (!listed.ok) throw new Error(listed.error.message);
    const scenario = (listed.value as ScenarioSummary[])[0]!;
    const bigBridge = await startBridge({ rendererDir, handlers, ctx: bigCtx });
    closers.push(() => bigBridge.close());

    const demoSession = new WorkspaceSession();
    sessions.push(demoSession);
    await demoSession.createFromDocument(join(workDir, 'demo.andel'), demo);
    const demoBridge = await startBridge({ rendererDir, handlers, ctx: { session: demoSession } });
    closers.push(() => demoBridge.close());

    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    });

    // Slider steps with 400 members.
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1, locale: 'sv-SE', reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`${bigBridge.url}#/scenarios/${scenario.id}`);
    await page.locator('[data-testid="charges-table"] [role="row"][data-member-id]').first().waitFor({ timeout: 60_000 });
    const members = await page.getByTestId('kpi-paying').textContent();
    const thumb = page.locator('[data-testid="param-equalShare"] [role="slider"]');
    await thumb.focus();
    // Warm-up: the JIT, the memoised sweep, recharts' first layout.
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft');
    await page.evaluate(() => performance.clearMeasures('andel:studio:update'));
    const scriptDuration = await scriptClock(page);
    const scriptBefore = await scriptDuration();
    for (let i = 0; i < STEPS; i++) {
      await page.keyboard.press(i < STEPS / 2 ? 'ArrowRight' : 'ArrowLeft');
      // The next frame: the update has been committed and painted before the next step.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    }
    const scriptAfter = await scriptDuration();
    const updates = await page.evaluate(() => performance.getEntriesByName('andel:studio:update', 'measure').map((m) => m.duration));
    await context.close();

    // First render of the demo workspace.
    const firstRender: number[] = [];
    for (let i = 0; i < FIRST_RENDER_RUNS; i++) {
      const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1, locale: 'sv-SE', reducedMotion: 'reduce' });
      const p = await ctx.newPage();
      await p.goto(`${demoBridge.url}#/members`, { waitUntil: 'commit' });
      await p.locator('[role="row"][data-organisation-id]').first().waitFor({ timeout: 30_000 });
      firstRender.push(await p.evaluate(() => performance.now()));
      await ctx.close();
    }

    const note = `Chromium headless, ${members ?? '?'} paying members × 2 years (15/85 key), ${updates.length} slider steps`;
    return [
      { name: 'UI: slider step → table and charts updated (script, 400 members)', median: median(updates), unit: 'ms', runs: updates.length, target: 16, note: `${note}; app's mark → layout effect after commit` },
      { name: 'UI: slider step, Chrome ScriptDuration per step (400 members)', median: (scriptAfter - scriptBefore) / STEPS, unit: 'ms', runs: STEPS, target: 16, note: 'CDP Performance.getMetrics delta / steps (mean, includes the bench’s own rAF waits)' },
      { name: 'UI: first render of the demo workspace (members grid)', median: median(firstRender), unit: 'ms', runs: FIRST_RENDER_RUNS, target: 1500, note: 'navigation start → first member row in the DOM, fresh browser context each run' },
    ];
  } finally {
    await browser?.close();
    for (const close of closers) await close();
    for (const session of sessions) await session.close();
    await rm(workDir, { recursive: true, force: true });
  }
}

// `npx tsx bench/ui.bench.ts` prints the figures on their own.
if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  void run().then((results) => console.table(results));
}
