/**
 * What the browser tests share: the renderer built once for its sources (shared by every file and run), a real SQLite workspace
 * written from the demo document, the real handler map served by the test bridge, and Chromium
 * (the Debian package) driven by playwright-core with the project's launch flags. A test that
 * needs the app against another backend (no workspace open, a failing handler) starts a further
 * bridge over the same built renderer with `startBridge`, and opens pages on it. Screenshots are
 * written only when ANDEL_SCREENSHOTS=1.
 */
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { dispatch } from '../../src/main/api/dispatch';
import type { HandlerMap } from '../../src/main/api/handler-map';
import { createHandlers, type AppContext } from '../../src/main/handlers/index';
import { WorkspaceSession, type WorkspaceSessionOptions } from '../../src/main/workspace/session';
import type { Channel, ChannelOutput } from '../../src/shared/api/contract';
import type { ApiResult } from '../../src/shared/api/result';
import { startBridge, type Bridge } from '../bridge/bridge-server';
import { sharedRendererBuild } from '../bridge/build-renderer';

export const repoRoot = resolve(import.meta.dirname, '../..');
export const NBSP = '\u00a0';
const screenshotDir = join(repoRoot, 'docs/screenshots');

export interface Harness {
  workDir: string;
  session: WorkspaceSession;
  ctx: AppContext;
  /** The real handler map the bridge serves. */
  handlers: HandlerMap<AppContext>;
  bridge: Bridge;
  browser: Browser;
  /** Another bridge over the same built renderer, with other handlers and/or context; closed with the harness. */
  startBridge(options: { handlers?: HandlerMap<AppContext>; ctx?: AppContext }): Promise<Bridge>;
  /** Calls a channel through the same dispatch the app uses; throws on an error reply. */
  api<C extends Channel>(channel: C, input: unknown): Promise<ChannelOutput<C>>;
  /** The reply envelope itself, for calls that are meant to be refused. */
  call(channel: Channel, input: unknown): Promise<ApiResult<unknown>>;
  /**
   * A fresh page (own browser context, so no language choice leaks between tests) at `hash`, on the
   * demo bridge unless another is given; `problems` collects page errors and console errors (CSP included).
   */
  openPage(hash?: string, bridge?: Bridge): Promise<{ page: Page; problems: string[] }>;
  screenshot(page: Page, name: string): Promise<void>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  /** For the demo workspace's session, e.g. a fixed clock. */
  session?: WorkspaceSessionOptions;
}

export async function startHarness(prefix: string, ctxExtra: Partial<AppContext> = {}, options: HarnessOptions = {}): Promise<Harness> {
  const workDir = await mkdtemp(join(tmpdir(), `andel-${prefix}-`));
  const rendererDir = await sharedRendererBuild();
  const handlers = createHandlers();
  const session = new WorkspaceSession(options.session);
  const demo = JSON.parse(readFileSync(join(repoRoot, 'resources/demo/demo-workspace.json'), 'utf8')) as unknown;
  await session.createFromDocument(join(workDir, 'demo.andel'), demo);
  const ctx: AppContext = { session, ...ctxExtra };
  const bridge = await startBridge({ rendererDir, handlers, ctx });
  const extraBridges: Bridge[] = [];
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  if (process.env['ANDEL_SCREENSHOTS'] === '1') await mkdir(screenshotDir, { recursive: true });

  return {
    workDir,
    session,
    ctx,
    handlers,
    bridge,
    browser,
    async startBridge(extra) {
      const started = await startBridge({ rendererDir, handlers: extra.handlers ?? handlers, ctx: extra.ctx ?? ctx });
      extraBridges.push(started);
      return started;
    },
    async api(channel, input) {
      const result = await dispatch(handlers, ctx, channel, input);
      if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
      return result.value as never;
    },
    call: (channel, input) => dispatch(handlers, ctx, channel, input),
    async openPage(hash = '#/members', on = bridge) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1, locale: 'sv-SE', reducedMotion: 'reduce' });
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
      });
      await page.goto(`${on.url}${hash}`);
      return { page, problems };
    },
    async screenshot(page, name) {
      if (process.env['ANDEL_SCREENSHOTS'] !== '1') return;
      await page.waitForTimeout(250);
      await page.screenshot({ path: join(screenshotDir, `${name}.png`) });
    },
    async close() {
      await browser.close();
      await bridge.close();
      for (const extra of extraBridges) await extra.close();
      await session.close();
      await rm(workDir, { recursive: true, force: true });
    },
  };
}

/** "57 321" as the app writes it in Swedish and Norwegian (no-break spaces). */
export const grouped = (value: number): string => String(value).replace(/\B(?=(\d{3})+(?!\d))/gu, NBSP);
