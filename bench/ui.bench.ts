/**
 * The UI's figures, measured in real Chromium (the Debian package, driven by playwright-core)
 * against the built renderer and the real backend over the test bridge:
 *
 * - slider step → updated table and charts, with 400 members: the demo workspace's Skaraborg
 *   consortium grown by 392 synthetic municipalities, its key given a banded service fee and a
 *   capped per-inhabitant media charge beside the 15/85 pool, over six years (2017–2022, the
 *   later populations projected). Each step is one
 *   arrow key on the equal-share slider, and the next step starts only once the page has shown
 *   it. Per step, the bench reads Chrome's own counters over CDP (Performance.getMetrics) before
 *   the key and after the update's frame: ScriptDuration (all JavaScript the step ran: the
 *   slider's handler, the engine, React, the charts, any effects) is the figure held against the
 *   16 ms target; ThreadTime (CPU time of the renderer's main thread, so style, layout and paint
 *   too) is reported beside it. The app's own marks give the wall time from the input to the
 *   commit of the updated table and charts (`andel:studio:update`) and to the end of the frame
 *   that shows them (`andel:studio:frame`). Medians over the steps; the machine's load average
 *   is in the note, since wall times on a loaded machine include waiting for a CPU.
 * - first renders, each in a fresh browser context: the demo's studio (Skaraborg, target 1 s), a
 *   358-member studio (Felles Formidlingsløsning, target 1.5 s) and the demo's members grid.
 *   The wall time is navigation start → the first row in the DOM, stamped in the page by a
 *   MutationObserver (not when the bench process hears of it). The CPU time is the renderer's
 *   main thread (CDP ThreadTime: parsing, script, style, layout, paint) plus main's handlers for
 *   the calls the page made (process.cpuUsage around each), read right after the row appeared.
 *   The verdict is held against that CPU time: the wall time on a shared machine also counts the
 *   neighbours' turns (the load average is in the note).
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { dispatch } from '../src/main/api/dispatch';
import { createHandlers, type AppContext } from '../src/main/handlers/index';
import { WorkspaceSession } from '../src/main/workspace/session';
import type { ScenarioSummary } from '../src/shared/api/channels/scenarios.channels';
import { startBridge } from '../tests/bridge/bridge-server';
import { buildRenderer } from '../tests/bridge/build-renderer';
import { verdict, type BenchResult } from './bench-result';

const repoRoot = resolve(import.meta.dirname, '..');
const MEMBERS = 400;
const STEPS = 60;
const FIRST_RENDER_RUNS = 9;

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
  // A key of several components over several years, so a slider step recomputes what a real
  // consortium's would: the 15/85 pool plus a banded fee and a capped per-inhabitant charge.
  const key = doc['distributionKeys']!.find((k) => k['cooperationId'] === 1)!;
  const definition = key['definition'] as { components: Record<string, unknown>[] };
  const population = { name: 'population', yearOffset: -1, asOf: '12-31' };
  definition.components.push(
    { type: 'banded', id: 'service', label: 'Serviceavgift', metric: population, bands: [{ from: 0, to: 15000, amount: '5000' }, { from: 15000, to: 50000, amount: '10000' }, { from: 50000, amount: '25000' }] },
    { type: 'per-unit', id: 'media', label: 'Medier per invånare', metric: population, rate: '1.00', min: '2000', max: '150000' },
  );
  const scenario = doc['scenarios']!.find((x) => x['cooperationId'] === 1)!;
  const scenarioDefinition = scenario['definition'] as { horizon: { from: number; to: number }; costs: { byYear: Record<string, string> } };
  scenarioDefinition.horizon = { from: BENCH_YEARS.from, to: BENCH_YEARS.to };
  scenarioDefinition.costs = { byYear: Object.fromEntries(Array.from({ length: BENCH_YEARS.to - BENCH_YEARS.from + 1 }, (_, t) => [String(BENCH_YEARS.from + t), String(40_000_000 + 1_000_000 * t)])) };
  return doc;
}

const BENCH_YEARS = { from: 2017, to: 2022 };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

interface Counters {
  /** ScriptDuration in wall time (timeTicks): what a user waits for, on this machine at this load. */
  script: number;
  /** ScriptDuration in the main thread's CPU time (threadTicks): the work itself, without waiting for a CPU. */
  scriptCpu: number;
  /** ThreadTime: the main thread's CPU time for everything (script, style, layout, paint). */
  thread: number;
}

/** Chrome's cumulative counters for the page, in ms, read through two CDP sessions (one per time domain). */
async function chromeClock(page: Page): Promise<() => Promise<Counters>> {
  const wall = await page.context().newCDPSession(page);
  await wall.send('Performance.enable', { timeDomain: 'timeTicks' });
  const cpu = await page.context().newCDPSession(page);
  await cpu.send('Performance.enable', { timeDomain: 'threadTicks' });
  const read = async (session: typeof wall) => {
    const { metrics } = await session.send('Performance.getMetrics');
    return (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  };
  return async () => {
    const w = await read(wall);
    const c = await read(cpu);
    return { script: w('ScriptDuration'), scriptCpu: c('ScriptDuration'), thread: w('ThreadTime') };
  };
}

const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');

/** The handlers with each call's CPU time (user + system) added to `spent.ms`. */
function timedHandlers(handlers: ReturnType<typeof createHandlers>, spent: { ms: number }): ReturnType<typeof createHandlers> {
  const timed: Record<string, unknown> = {};
  for (const [channel, handler] of Object.entries(handlers) as [string, (...args: unknown[]) => unknown][]) {
    timed[channel] = async (...args: unknown[]) => {
      const before = process.cpuUsage();
      try {
        return await handler(...args);
      } finally {
        const used = process.cpuUsage(before);
        spent.ms += (used.user + used.system) / 1000;
      }
    };
  }
  return timed as ReturnType<typeof createHandlers>;
}

/** Stamps, in the page, when the first element matching the selector enters the DOM (plain script: no bundler helpers). */
const firstRowStamp = (selector: string) => `(() => {
  const observer = new MutationObserver(() => {
    if (document.querySelector(${JSON.stringify(selector)})) {
      window.__andelFirstRow = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { subtree: true, childList: true });
})()`;

interface FirstRender {
  wall: number[];
  cpu: number[];
  rendererCpu: number[];
  mainCpu: number[];
  loads: number[];
}

/** `runs` first renders of `url` in fresh browser contexts, each until the first `selector` row. */
async function firstRenders(browser: Browser, url: string, selector: string, locale: string, spent: { ms: number }, runs: number): Promise<FirstRender> {
  const out: FirstRender = { wall: [], cpu: [], rendererCpu: [], mainCpu: [], loads: [] };
  for (let i = 0; i < runs; i++) {
    const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1, locale, reducedMotion: 'reduce' });
    const p = await ctx.newPage();
    await p.addInitScript(firstRowStamp(selector));
    const cdp = await ctx.newCDPSession(p);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    spent.ms = 0;
    await p.goto(url, { waitUntil: 'commit' });
    await p.locator(selector).first().waitFor({ timeout: 60_000 });
    const { metrics } = await cdp.send('Performance.getMetrics');
    const rendererCpu = (metrics.find((m) => m.name === 'ThreadTime')?.value ?? 0) * 1000;
    const wall = await p.evaluate(() => (window as unknown as { __andelFirstRow?: number }).__andelFirstRow ?? performance.now());
    out.wall.push(wall);
    out.rendererCpu.push(rendererCpu);
    out.mainCpu.push(spent.ms);
    out.cpu.push(rendererCpu + spent.ms);
    out.loads.push(loadavg()[0] ?? 0);
    await ctx.close();
  }
  return out;
}

function firstRenderResult(name: string, measured: FirstRender, target: number | undefined, what: string): BenchResult {
  const range = (values: number[]) => `${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)}`;
  return {
    name,
    median: median(measured.wall),
    cpu: median(measured.cpu),
    unit: 'ms',
    runs: measured.wall.length,
    load: Math.max(...measured.loads),
    ...(target === undefined ? {} : { target }),
    note:
      `navigation start → ${what}, fresh browser context each run; wall ${range(measured.wall)} ms; CPU = renderer main thread ` +
      `${median(measured.rendererCpu).toFixed(0)} ms + main's handlers ${median(measured.mainCpu).toFixed(0)} ms (medians); load average ${load()}`,
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
    const spent = { ms: 0 };
    const demoBridge = await startBridge({ rendererDir, handlers: timedHandlers(handlers, spent), ctx: { session: demoSession } });
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
    // Warm-up: the JIT, the memoised sweep, the charts' first layout.
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft');
    await page.waitForFunction(() => performance.getEntriesByName('andel:studio:frame', 'measure').length >= 10, undefined, { polling: 'raf' });
    await page.evaluate(() => {
      performance.clearMeasures('andel:studio:update');
      performance.clearMeasures('andel:studio:frame');
    });
    const clock = await chromeClock(page);
    const loadBefore = load();
    const script: number[] = [];
    const scriptCpu: number[] = [];
    const thread: number[] = [];
    const totalBefore = await clock();
    for (let i = 0; i < STEPS; i++) {
      const before = await clock();
      await page.keyboard.press(i < STEPS / 2 ? 'ArrowRight' : 'ArrowLeft');
      // The step is done when the app has measured the frame after its commit (table and charts updated).
      await page.waitForFunction((count) => performance.getEntriesByName('andel:studio:frame', 'measure').length >= count, i + 1, { polling: 'raf' });
      const after = await clock();
      script.push(after.script - before.script);
      scriptCpu.push(after.scriptCpu - before.scriptCpu);
      thread.push(after.thread - before.thread);
    }
    const totalAfter = await clock();
    const loadAfter = load();
    const updates = await page.evaluate(() => performance.getEntriesByName('andel:studio:update', 'measure').map((m) => m.duration));
    const frames = await page.evaluate(() => performance.getEntriesByName('andel:studio:frame', 'measure').map((m) => m.duration));
    if (updates.length !== STEPS || frames.length !== STEPS) throw new Error(`expected ${STEPS} measured updates, got ${updates.length} commits and ${frames.length} frames`);
    // Nothing left over after the steps (deferred work would show up here rather than per step).
    const scriptMean = (totalAfter.script - totalBefore.script) / STEPS;
    await context.close();

    // First renders: the demo's studio (Skaraborg), a 358-member studio (Felles Formidlingsløsning), the members grid.
    const firstScenario = async (cooperationId: number) => {
      const listed = await dispatch(handlers, { session: demoSession }, 'scenarios:list', { cooperationId });
      if (!listed.ok) throw new Error(listed.error.message);
      return (listed.value as ScenarioSummary[])[0]!;
    };
    const chargeRow = '[data-testid="charges-table"] [role="row"][data-member-id]';
    const skaraborg = await firstScenario(1);
    const ffl = await firstScenario(4);
    const demoStudio = await firstRenders(browser, `${demoBridge.url}#/scenarios/${skaraborg.id}`, chargeRow, 'sv-SE', spent, FIRST_RENDER_RUNS);
    const fflStudio = await firstRenders(browser, `${demoBridge.url}#/scenarios/${ffl.id}`, chargeRow, 'nb-NO', spent, FIRST_RENDER_RUNS);
    const membersGrid = await firstRenders(browser, `${demoBridge.url}#/members`, '[role="row"][data-organisation-id]', 'sv-SE', spent, FIRST_RENDER_RUNS);
    const fflPaying = await (async () => {
      const ctx = await browser.newContext({ locale: 'nb-NO' });
      const p = await ctx.newPage();
      await p.goto(`${demoBridge.url}#/scenarios/${ffl.id}`);
      const text = await p.getByTestId('kpi-paying').textContent({ timeout: 60_000 });
      await ctx.close();
      return text;
    })();

    const note = `Chromium headless, ${members ?? '?'} paying members × ${BENCH_YEARS.to - BENCH_YEARS.from + 1} years (15/85 pool, banded fee, capped per-inhabitant charge), ${STEPS} slider steps, load average ${loadBefore} → ${loadAfter} (1/5/15 min)`;
    return [
      { name: 'UI: slider step → table and charts updated, script time (400 members)', median: median(script), unit: 'ms', runs: STEPS, target: 16, note: `${note}; CDP ScriptDuration per step, key press → frame after the commit (mean ${scriptMean.toFixed(1)} ms over all steps)` },
      { name: 'UI: slider step, script CPU time (400 members)', median: median(scriptCpu), unit: 'ms', runs: STEPS, target: 16, note: 'CDP ScriptDuration in threadTicks per step: the same script, as CPU time of the main thread' },
      { name: 'UI: slider step, main-thread CPU time (400 members)', median: median(thread), unit: 'ms', runs: STEPS, note: 'CDP ThreadTime per step: script plus style, layout and paint' },
      { name: 'UI: slider step, wall time input → commit (400 members)', median: median(updates), unit: 'ms', runs: updates.length, note: "app's mark at the slider's change → layout effect after React committed the updated table and charts" },
      { name: 'UI: slider step, wall time input → frame (400 members)', median: median(frames), unit: 'ms', runs: frames.length, note: "app's mark → a task after the next animation frame (style, layout, paint done)" },
      firstRenderResult(`UI: first render of the demo's studio (Skaraborg, ${skaraborg.name})`, demoStudio, 1000, 'first row of the charges table'),
      firstRenderResult(`UI: first render of a ${fflPaying ?? '358'}-member studio (Felles Formidlingsløsning, 6 years)`, fflStudio, 1500, 'first row of the charges table'),
      firstRenderResult('UI: first render of the demo workspace (members grid)', membersGrid, 1000, 'first member row'),
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
  void run().then((results) => {
    for (const r of results) {
      const target = r.target === undefined ? '' : `, target < ${r.target} ${r.unit}: ${verdict(r)}`;
      console.log(`${r.name}: ${r.median.toFixed(1)} ${r.unit} wall${r.cpu === undefined ? '' : `, ${r.cpu.toFixed(0)} ms CPU`}${target}\n  ${r.note ?? ''}`);
    }
  });
}
