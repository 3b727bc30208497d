/**
 * A keyboard walk in real Chromium (WCAG 2.1.1, 2.1.2, 2.4.3, 2.4.7) on the main views the
 * accessibility test visits: from the top of the page, Tab is pressed until focus comes back to where
 * it started (or the body), and for every stop the focused element is recorded. Checked per view:
 *
 * - reach: every visible, enabled control in the side bar (`nav`) and the main area (`main`) that the
 *   Tab key can reach (tabIndex ≥ 0; a radio group counts once, since Tab stops on one of its radios)
 *   is focused at least once. Controls not rendered or with no box (closed menus, collapsed areas) do
 *   not count.
 * - visible focus: every focused element shows a ring, i.e. its computed outline is not `none` (with a
 *   width) or it has a box-shadow. (Mantine's fields only change their border's colour on focus; the app
 *   adds an outline to them in app.css.)
 * - order: inside the main area, the focused controls' tops (page coordinates measured before the walk,
 *   so scrolling does not move them) never go back up by more than `TOLERANCE` px, unless focus moves
 *   into a column to the right of the previous control (its left edge at or past the previous control's
 *   right edge: the next column or region). At most `MAX_JUMPS` other jumps back up are allowed per view.
 * - no trap: within the bound (200 presses, or twice the number of controls if more), focus cycles back to
 *   its first stop or to the body.
 *
 * Two dialogs are also opened by keyboard (Enter on the focused opener): Escape closes them and focus
 * returns to the opener.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './app-harness';
import { mainViews, type View } from './studio-views';

let h: Harness;
const ids: Record<string, number> = {};

/** How far (px) a control may sit above the previous one and still count as "on the same line". */
const TOLERANCE = 12;
/** Jumps back up (not into a column to the right) allowed per view, e.g. main → a sticky footer/header. */
const MAX_JUMPS = 2;

beforeAll(async () => {
  h = await startHarness('kbd', {}, { session: { clock: () => new Date('2026-11-21T10:00:00Z') } });
  const cooperations = await h.api('cooperations:list', {});
  const skaraborg = cooperations.find((c) => c.name.includes('Skaraborg'))!;
  ids['cooperation'] = skaraborg.id;
  ids['scenario'] = (await h.api('scenarios:list', { cooperationId: skaraborg.id }))[0]!.id;
  ids['meeting'] = (await h.api('meetings:list', { cooperationId: skaraborg.id }))[0]!.id;
}, 180_000);
afterAll(async () => h?.close());

const main = mainViews(ids);
const views: View[] = [...main.before, main.studio, ...main.after];

async function settled(page: Page, ready: string) {
  await page.locator(ready).first().waitFor({ timeout: 30_000 });
  await expect.poll(() => page.locator('.mantine-Loader-root').count(), { timeout: 30_000 }).toBe(0);
  await page.waitForTimeout(200);
}

interface Control {
  key: string;
  label: string;
  region: 'nav' | 'main' | 'other';
  top: number;
  left: number;
  right: number;
}

/**
 * Marks every control Tab should reach with `data-kb` and returns them with their page coordinates
 * (measured now, before any scrolling). Radios of one group share one key.
 */
async function tabbables(page: Page): Promise<Control[]> {
  return page.evaluate(() => {
    const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, [tabindex], [contenteditable="true"]';
    const out: Control[] = [];
    const groups = new Map<string, string>();
    let n = 0;
    for (const el of Array.from(document.querySelectorAll<HTMLElement>(selector))) {
      if (el.tabIndex < 0 || (el as HTMLButtonElement).disabled || el.closest('[inert], [aria-hidden="true"], fieldset[disabled]')) continue;
      const rect = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (rect.width === 0 || rect.height === 0 || style.visibility === 'hidden' || el.checkVisibility?.({ opacityProperty: false, visibilityProperty: true }) === false) continue;
      const region = el.closest('nav') ? 'nav' : el.closest('main') ? 'main' : 'other';
      let key = `c${n++}`;
      if (el instanceof HTMLInputElement && el.type === 'radio' && el.name) {
        key = groups.get(el.name) ?? key;
        groups.set(el.name, key);
      }
      el.dataset['kb'] = key;
      const label = `${el.tagName.toLowerCase()}${el.getAttribute('role') ? `[role=${el.getAttribute('role')}]` : ''} "${(el.getAttribute('aria-label') ?? el.textContent ?? (el as HTMLInputElement).value ?? '').trim().slice(0, 40)}"${el.dataset['testid'] ? ` #${el.dataset['testid']}` : ''}`;
      out.push({ key, label, region, top: rect.top + window.scrollY, left: rect.left + window.scrollX, right: rect.right + window.scrollX });
    }
    return out;
  });
}

interface Stop {
  key: string | null;
  label: string;
  body: boolean;
  ring: boolean;
}

/** What has focus now, and whether it shows a ring. */
function focused(page: Page): Promise<Stop> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { key: null, label: 'body', body: true, ring: true };
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
    const label = `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"${el.dataset['testid'] ? ` #${el.dataset['testid']}` : ''}`;
    return { key: el.dataset['kb'] ?? null, label, body: false, ring: outline || shadow };
  });
}

describe('keyboard walk', () => {
  it.each(views.map((view) => [view.name, view] as const))('%s: Tab reaches every control in a sensible order, with a visible ring, and leaves', async (_name, view) => {
    const { page, problems } = await h.openPage(view.hash());
    await settled(page, view.ready);
    const controls = await tabbables(page);
    const byKey = new Map(controls.map((c) => [c.key, c]));
    await page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
    });
    const bound = Math.max(200, 2 * controls.length);
    const stops: Stop[] = [];
    let cycled = false;
    for (let press = 0; press < bound; press++) {
      await page.keyboard.press('Tab');
      const stop = await focused(page);
      if (stop.body || (stops.length > 0 && stop.key !== null && stop.key === stops[0]!.key)) {
        cycled = true;
        break;
      }
      stops.push(stop);
    }
    // No trap: focus left the page or came back round.
    expect(cycled, `focus did not cycle within ${bound} presses; last: ${stops.slice(-5).map((s) => s.label).join(' → ')}`).toBe(true);

    // Reach: every control in the side bar and the main area.
    const reached = new Set(stops.map((s) => s.key));
    const missed = controls.filter((c) => c.region !== 'other' && !reached.has(c.key)).map((c) => c.label);
    expect([...new Set(missed)], 'controls Tab never reached').toEqual([]);

    // Visible focus on every stop.
    expect(stops.filter((s) => !s.ring).map((s) => s.label), 'focused without a visible ring').toEqual([]);

    // Order inside the main area.
    const inMain = stops.map((s) => (s.key ? byKey.get(s.key) : undefined)).filter((c): c is Control => c?.region === 'main');
    const jumps: string[] = [];
    for (let i = 1; i < inMain.length; i++) {
      const [before, after] = [inMain[i - 1]!, inMain[i]!];
      const backUp = after.top < before.top - TOLERANCE;
      const nextColumn = after.left >= before.right - 1;
      if (backUp && !nextColumn) jumps.push(`${before.label} (${Math.round(before.top)}) → ${after.label} (${Math.round(after.top)})`);
    }
    expect(jumps.length, `focus jumps back up: ${jumps.join('; ')}`).toBeLessThanOrEqual(MAX_JUMPS);
    expect(problems).toEqual([]);
    await page.context().close();
  }, 300_000);
});

describe('dialogs by keyboard', () => {
  const dialogs = [
    // The member grid is one Tab stop; ↓ selects a row (aria-activedescendant) and Enter opens it.
    { name: 'member drawer', hash: () => '#/members', ready: '[data-testid="members-import"]', opener: '[data-testid="members-grid"]', keys: ['ArrowDown'] },
    { name: 'body dialog', hash: () => '#/governance/bodies', ready: '[data-testid="body-new"]', opener: '[data-testid="body-new"]', keys: [] },
  ];
  it.each(dialogs.map((d) => [d.name, d] as const))('%s opens with Enter, closes with Escape and gives focus back', async (_name, d) => {
    const { page, problems } = await h.openPage(d.hash());
    await settled(page, d.ready);
    const opener = page.locator(d.opener).first();
    await opener.focus();
    await page.evaluate(() => (document.activeElement as HTMLElement).setAttribute('data-kb-was', 'opener'));
    for (const key of d.keys) await page.keyboard.press(key);
    await page.keyboard.press('Enter');
    await page.locator('[role="dialog"]').first().waitFor({ timeout: 30_000 });
    // Focus moved into the dialog.
    await expect.poll(() => page.evaluate(() => Boolean(document.activeElement?.closest('[role="dialog"]')))).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('[role="dialog"]').count(), { timeout: 30_000 }).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-kb-was') ?? document.activeElement?.outerHTML.slice(0, 120))).toBe('opener');
    expect(problems).toEqual([]);
    await page.context().close();
  }, 120_000);
});

describe('member grid by keyboard', () => {
  it('its column headers are Tab stops after the grid and Enter sorts by the column', async () => {
    const { page, problems } = await h.openPage('#/members');
    await settled(page, '[data-testid="members-import"]');
    await page.getByTestId('members-grid').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    // The second column's sort button (the first may already be the sorted one).
    const header = () => page.evaluate(() => {
      const cell = document.activeElement?.closest('[role="columnheader"]');
      return cell ? { label: cell.querySelector('.header-label')?.textContent ?? '', sort: cell.getAttribute('aria-sort') } : null;
    });
    const before = await header();
    expect(before).not.toBeNull();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await header())?.sort).not.toBe(before!.sort);
    expect((await header())?.label).toBe(before!.label);
    // Enter on the header sorted; it did not open a member.
    expect(await page.locator('[role="dialog"]').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.context().close();
  }, 120_000);
});
