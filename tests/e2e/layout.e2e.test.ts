/**
 * Readable at any size (WCAG 1.4.4 and 1.4.10): every main view at 1024 × 768, at 1440 × 900 and at
 * 200 % zoom of a 1024 × 768 window (a 512 × 384 CSS-pixel viewport drawn at device scale 2, which
 * is what Chromium's zoom does to the layout). In each one no figure is cut: every element set in
 * tabular figures that shows a digit fits its own box, does not end in an ellipsis, and lies inside
 * the window and inside every clipping box around it, unless a scroll area the user can scroll holds
 * it; no control is cut (a button's label fits it; buttons and tables stay inside the window and
 * their card); and the page itself never scrolls sideways. With ANDEL_SCREENSHOTS=1 it also writes the
 * screenshots of docs/screenshots/<view>-<width>.png.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './app-harness';
import { mainViews, studioTabViews, type View } from './studio-views';

let h: Harness;
const ids: Record<string, number> = {};

beforeAll(async () => {
  h = await startHarness('layout', {}, { session: { clock: () => new Date('2026-11-21T10:00:00Z') } });
  const cooperations = await h.api('cooperations:list', {});
  const skaraborg = cooperations.find((c) => c.name.includes('Skaraborg'))!;
  const norway = cooperations.find((c) => c.name.includes('Felles'))!;
  ids['cooperation'] = skaraborg.id;
  ids['scenario'] = (await h.api('scenarios:list', { cooperationId: skaraborg.id }))[0]!.id;
  ids['norway'] = (await h.api('scenarios:list', { cooperationId: norway.id }))[0]!.id;
  ids['meeting'] = (await h.api('meetings:list', { cooperationId: skaraborg.id }))[0]!.id;
}, 180_000);
afterAll(async () => h?.close());

const main = mainViews(ids);
const views: View[] = [
  ...main.before,
  main.studio,
  { name: 'studio-358', hash: () => `#/scenarios/${ids['norway']}`, ready: '[data-testid="charges-table"] [role="row"][data-member-id]' },
  ...studioTabViews(() => `#/scenarios/${ids['scenario']}`, { editor: 'scenario-editor', keyBuilder: 'key-builder' }),
  ...main.after,
];

interface Size {
  name: string;
  width: number;
  height: number;
  scale: number;
}

const sizes: Size[] = [
  { name: '1024', width: 1024, height: 768, scale: 1 },
  { name: '1440', width: 1440, height: 900, scale: 1 },
  // 200 % zoom of a 1024 × 768 window: half as many CSS pixels, each drawn twice as large.
  { name: 'zoom200', width: 512, height: 384, scale: 2 },
];

/** What is wrong with the figures and the page's width, measured in the page. */
function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.scrollingElement ?? document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1) problems.push(`the page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
    const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.getAttribute('data-testid') ? `[${el.getAttribute('data-testid')}]` : ''}.${[...el.classList].slice(0, 2).join('.')} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    const hasOwnDigit = (el: Element) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && /\d/u.test(n.textContent ?? ''));
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      if (!hasOwnDigit(el)) continue;
      const style = getComputedStyle(el);
      if (!style.fontVariantNumeric.includes('tabular-nums')) continue;
      if (style.visibility === 'hidden' || el.getClientRects().length === 0) continue;
      if (el.closest('[aria-hidden="true"], svg')) continue;
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) continue;
      const text = (el.textContent ?? '').trim();
      if (text.endsWith('…') || text.endsWith('...')) problems.push(`ends in an ellipsis: ${describe(el)}`);
      if (el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1) problems.push(`wider than its box (${el.scrollWidth} > ${el.clientWidth}): ${describe(el)}`);
      // Inside every box that clips it, up to the first one the user can scroll (which then holds it).
      let scrolled = false;
      for (let box = el.parentElement; box && box !== document.body; box = box.parentElement) {
        const boxStyle = getComputedStyle(box);
        const overflow = boxStyle.overflowX;
        if (overflow === 'auto' || overflow === 'scroll') {
          scrolled = true;
          break;
        }
        if (overflow === 'hidden' || overflow === 'clip') {
          const outer = box.getBoundingClientRect();
          if (rect.left < outer.left - 1 || rect.right > outer.right + 1) {
            problems.push(`cut by ${describe(box).slice(0, 60)}: ${describe(el)}`);
            break;
          }
        }
      }
      if (!scrolled && (rect.left < -1 || rect.right > window.innerWidth + 1)) problems.push(`outside the window (${Math.round(rect.left)}–${Math.round(rect.right)} of ${window.innerWidth}): ${describe(el)}`);
    }
    // No control cut: every button's label fits the button, and every button and table lies inside
    // the window and inside its card (or the clipping box around it), unless a scroll area the user
    // can scroll holds it.
    for (const el of document.querySelectorAll<HTMLElement>('button, [role="button"], a.mantine-Button-root, table')) {
      if (el.closest('[aria-hidden="true"], .mantine-Popover-dropdown, .mantine-Tooltip-tooltip')) continue;
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0 || getComputedStyle(el).visibility === 'hidden') continue;
      const label = el.querySelector<HTMLElement>('.mantine-Button-label');
      if (label && label.scrollWidth > label.clientWidth + 1) problems.push(`label cut (${label.scrollWidth} > ${label.clientWidth}): ${describe(el)}`);
      let scrolled = false;
      for (let box = el.parentElement; box && box !== document.body; box = box.parentElement) {
        const overflow = getComputedStyle(box).overflowX;
        if (overflow === 'auto' || overflow === 'scroll') {
          scrolled = true;
          break;
        }
        const clips = overflow === 'hidden' || overflow === 'clip';
        if (clips || box.classList.contains('mantine-Paper-root')) {
          const outer = box.getBoundingClientRect();
          if (rect.left < outer.left - 1 || rect.right > outer.right + 1) {
            problems.push(`runs past ${describe(box).slice(0, 60)} (${Math.round(rect.left)}–${Math.round(rect.right)} of ${Math.round(outer.left)}–${Math.round(outer.right)}): ${describe(el).slice(0, 80)}`);
            break;
          }
        }
      }
      if (!scrolled && (rect.left < -1 || rect.right > window.innerWidth + 1)) problems.push(`control outside the window (${Math.round(rect.left)}–${Math.round(rect.right)} of ${window.innerWidth}): ${describe(el).slice(0, 80)}`);
    }
    return problems;
  });
}

async function settled(page: Page, ready: string) {
  await page.locator(ready).first().waitFor({ timeout: 60_000 });
  await expect.poll(() => page.locator('.mantine-Loader-root').count(), { timeout: 30_000 }).toBe(0);
  // Charts measure their width once after layout.
  await page.waitForTimeout(250);
}

describe.each(sizes)('at $name', (size) => {
  it('no figure is cut and the page never scrolls sideways, on every main view', async () => {
    const context = await h.browser.newContext({ viewport: { width: size.width, height: size.height }, deviceScaleFactor: size.scale, locale: 'sv-SE', reducedMotion: 'reduce' });
    const page = await context.newPage();
    const found: Record<string, string[]> = {};
    for (const view of views) {
      await page.goto(`${h.bridge.url}#/exports`);
      await page.goto(`${h.bridge.url}${view.hash()}`);
      await settled(page, view.ready);
      if (view.open) {
        await view.open(page);
        await page.waitForTimeout(250);
      }
      const problems = await layoutProblems(page);
      if (problems.length > 0) found[view.name] = problems.slice(0, 8);
      await h.screenshot(page, `layout-${view.name}-${size.name}`);
      await page.keyboard.press('Escape');
    }
    expect(found).toEqual({});
    await context.close();
  }, 600_000);
});
