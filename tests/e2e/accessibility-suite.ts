/**
 * Accessibility in real Chromium: axe-core (the npm package, injected with addScriptTag) runs on
 * every main view, drawer and dialog in one language against WCAG 2.1 A/AA, and no critical or
 * serious finding may remain. Also (with the Swedish suite): the side bar's Alt+n shortcuts open
 * its n-th item. One test file per language (accessibility-sv/nb/en.e2e.test.ts), so the three
 * passes of about a minute each run side by side instead of one after the other in one file.
 */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../src/shared/domain/languages';
import { WorkspaceSession } from '../../src/main/workspace/session';
import { startHarness, type Harness } from './app-harness';
import { studioTabViews, type View } from './studio-views';

const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core/axe.min.js');

interface Finding {
  id: string;
  impact: string;
  help: string;
  nodes: string[];
}

async function axeFindings(page: Page): Promise<Finding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    // Served from the app's own origin, so the app's Content-Security-Policy (script-src 'self') stays as shipped.
    await page.route('**/__axe.min.js', (route) => route.fulfill({ path: axePath, contentType: 'text/javascript' }));
    await page.addScriptTag({ url: `${new URL(page.url()).origin}/__axe.min.js` });
  }
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[]; failureSummary: string }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'critical' || v.impact === 'serious')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 4).map((n) => `${n.target.join(' ')} — ${n.failureSummary.split('\n').slice(1, 2).join('')}`) }));
  });
}

/** Waits until the view has content and no spinner is left. */
async function settled(page: Page, ready: string) {
  await page.locator(ready).first().waitFor({ timeout: 30_000 });
  await expect.poll(() => page.locator('.mantine-Loader-root').count(), { timeout: 30_000 }).toBe(0);
  // Transitions are off (reducedMotion), but charts measure their width once after layout.
  await page.waitForTimeout(200);
}

/** A view whose dialog opens with the button `trigger`: checked once the dialog is there. */
function dialog(name: string, hash: () => string, ready: string, trigger: string): View {
  return {
    name,
    hash,
    ready,
    open: async (page) => {
      // The first of its kind (a participant's edit and end buttons are on every row).
      await page.getByTestId(trigger).first().click();
      await page.locator('[role="dialog"]').first().waitFor({ timeout: 30_000 });
    },
  };
}

/** The suite in `language`; the keyboard test runs with the Swedish one. */
export function accessibilitySuite(language: Language): void {
  let h: Harness;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    h = await startHarness(`a11y-${language}`, {}, { session: { clock: () => new Date('2026-11-21T10:00:00Z') } });
    const cooperations = await h.api('cooperations:list', {});
    const skaraborg = cooperations.find((c) => c.name.includes('Skaraborg'))!;
    ids['cooperation'] = skaraborg.id;
    ids['scenario'] = (await h.api('scenarios:list', { cooperationId: skaraborg.id }))[0]!.id;
    const members = await h.api('members:list', { search: 'Skövde' });
    ids['member'] = members.find((m) => m.name === 'Skövde')!.organisationId;
    const decisions = (await h.api('decisions:list', { cooperationId: skaraborg.id })).rows;
    ids['decision'] = decisions[0]!.id;
    ids['meeting'] = (await h.api('meetings:list', { cooperationId: skaraborg.id }))[0]!.id;
    // A meeting still to be held (its agenda open), so the agenda item dialog can be opened.
    const first = (await h.api('meetings:list', { cooperationId: skaraborg.id }))[0]!;
    ids['openMeeting'] = (await h.api('meetings:create', { bodyId: first.bodyId, title: 'Styrgruppsmöte', startsAt: '2027-03-01T13:00' })).id;
    // One with a decision on its agenda, so its voting rule can be changed and its minutes recorded.
    ids['decisionMeeting'] = (await h.api('meetings:create', { bodyId: first.bodyId, title: 'Styrgruppsmöte', startsAt: '2027-04-01T13:00' })).id;
    await h.api('agenda:addItem', { meetingId: ids['decisionMeeting'], title: 'Budget 2028', kind: 'decision', estimatedMinutes: 20, proposal: 'Styrgruppen föreslås fastställa budgeten.' });
  }, 180_000);
  afterAll(async () => h?.close());

  const views: View[] = [
    { name: 'members', hash: () => '#/members', ready: '[data-testid="members-import"]' },
    { name: 'member drawer', hash: () => `#/members/${ids['member']}`, ready: '[role="dialog"]' },
    { name: 'cooperation', hash: () => `#/cooperations/${ids['cooperation']}`, ready: '[data-testid="cooperation-picker"]' },
    { name: 'new cooperation', hash: () => '#/cooperations/new', ready: '[role="dialog"]' },
    { name: 'studio', hash: () => `#/scenarios/${ids['scenario']}`, ready: '[data-testid="charges-table"]' },
    ...studioTabViews(() => `#/scenarios/${ids['scenario']}`),
    {
      name: 'why drawer',
      hash: () => `#/scenarios/${ids['scenario']}`,
      ready: '[data-testid="why-button"]',
      open: async (page) => {
        await page.getByTestId('why-button').first().click();
        await page.getByTestId('why-lines').waitFor();
      },
    },
    { name: 'bodies', hash: () => '#/governance/bodies', ready: '[data-testid="body-edit"]' },
    { name: 'meetings', hash: () => '#/governance/meetings', ready: '[data-testid="meetings-body"]' },
    { name: 'meeting', hash: () => `#/governance/meetings/${ids['meeting']}`, ready: '[data-testid="agenda"]' },
    { name: 'meeting pack', hash: () => `#/governance/meetings/${ids['meeting']}/pack`, ready: 'main h1, main h2' },
    { name: 'decisions', hash: () => '#/governance/decisions', ready: '[data-testid="register-search"]' },
    { name: 'decision drawer', hash: () => `#/governance/decisions/${ids['decision']}`, ready: '[role="dialog"]' },
    { name: 'agreements', hash: () => '#/governance/agreements', ready: '[data-testid="agreements-as-of"]' },
    { name: 'budgets', hash: () => '#/budgets', ready: '[data-testid="budgets-cooperation"]' },
    { name: 'exports', hash: () => '#/exports', ready: '[data-testid="exports-cooperation"]' },
    // Every other dialog of the renderer (each Modal), opened the way a user opens it.
    dialog('import dialog', () => '#/members', '[data-testid="members-import"]', 'members-import'),
    dialog('add members dialog', () => `#/cooperations/${ids['cooperation']}`, '[data-testid="add-members"]', 'add-members'),
    dialog('new scenario dialog', () => `#/scenarios/${ids['scenario']}`, '[data-testid="studio-new"]:not([disabled])', 'studio-new'),
    dialog('budget line dialog', () => '#/budgets', '[data-testid="budgets-add-line"]', 'budgets-add-line'),
    dialog('body dialog', () => '#/governance/bodies', '[data-testid="body-new"]', 'body-new'),
    dialog('meeting dialog', () => '#/governance/meetings', '[data-testid="meeting-new"]', 'meeting-new'),
    dialog('agenda item dialog', () => `#/governance/meetings/${ids['openMeeting']}`, '[data-testid="agenda-add"]:not([disabled])', 'agenda-add'),
    dialog('decision dialog', () => '#/governance/decisions', '[data-testid="decision-new"]', 'decision-new'),
    dialog('agreement dialog', () => '#/governance/agreements', '[data-testid="agreement-new"]', 'agreement-new'),
    // These two open with their searchable organisation field focused and its list closed.
    dialog('add participant dialog', () => `#/cooperations/${ids['cooperation']}`, '[data-testid="add-participant"]', 'add-participant'),
    dialog('new organisation dialog', () => `#/cooperations/${ids['cooperation']}`, '[data-testid="new-organisation"]', 'new-organisation'),
    dialog('participant edit dialog', () => `#/cooperations/${ids['cooperation']}`, '[data-testid="participant-edit"]', 'participant-edit'),
    dialog('participant end dialog', () => `#/cooperations/${ids['cooperation']}`, '[data-testid="participant-end"]', 'participant-end'),
    dialog('budget funding dialog', () => '#/budgets', '[data-testid="budgets-add-funding"]', 'budgets-add-funding'),
    dialog('budget staff dialog', () => '#/budgets', '[data-testid="budgets-add-staff"]', 'budgets-add-staff'),
    dialog('voting rule dialog', () => `#/governance/meetings/${ids['decisionMeeting']}`, '[data-testid="voting-rule-edit"]:not([disabled])', 'voting-rule-edit'),
    dialog('record minutes dialog', () => `#/governance/meetings/${ids['decisionMeeting']}`, '[data-testid="record-minutes"]:not([disabled])', 'record-minutes'),
    {
      name: 'save as new version dialog',
      hash: () => `#/scenarios/${ids['scenario']}`,
      ready: '[data-testid="charges-table"]',
      open: async (page) => {
        // A change first: "Save as new version" is for a changed scenario.
        await page.locator('aside [role="slider"]').first().focus();
        await page.keyboard.press('ArrowRight');
        await page.locator('[data-testid="studio-save"]:not([disabled])').click({ timeout: 30_000 });
        await page.locator('[role="dialog"]').first().waitFor({ timeout: 30_000 });
      },
    },
  ];

  describe(`axe in ${language}`, () => {
    it('finds nothing critical or serious on any view, drawer or dialog', async () => {
      const { page, problems } = await h.openPage('#/members');
      await page.getByTestId(`language-${language}`).click();
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toMatch(new RegExp(`^${language}`));
      const found: Record<string, Finding[]> = {};
      let previous = 'the first view';
      for (const view of views) {
        // Close what the previous view opened (a dialog can outlive the view that opened it) before
        // going on, so nothing of it covers the next view's controls.
        // Escape closes an open list inside a dialog first, then the dialog.
        for (let press = 0; press < 3 && (await page.locator('[role="dialog"]').count()) > 0; press++) {
          await page.keyboard.press('Escape');
          await page.waitForTimeout(150);
        }
        await expect.poll(() => page.locator('[role="dialog"]').count(), { message: `a dialog of ${previous} stays open`, timeout: 30_000 }).toBe(0);
        await page.goto(`${h.bridge.url}#/exports`);
        await page.goto(`${h.bridge.url}${view.hash()}`);
        await settled(page, view.ready);
        if (view.open) {
          await view.open(page);
          await page.waitForTimeout(200);
        }
        const findings = await axeFindings(page);
        if (findings.length > 0) found[view.name] = findings;
        previous = view.name;
      }
      expect(found).toEqual({});
      expect(problems).toEqual([]);
      await page.context().close();
    }, 900_000);
  });

  describe(`axe in ${language} without a workspace`, () => {
    it('finds nothing critical or serious on the empty start or its new workspace dialog', async () => {
      // A second bridge over a session with no workspace open: the start a first-time user sees.
      const empty = await h.startBridge({ ctx: { session: new WorkspaceSession() } });
      const { page, problems } = await h.openPage('#/members', empty);
      await page.evaluate((chosen) => window.localStorage.setItem('andel.language', chosen), language);
      await page.reload();
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toMatch(new RegExp(`^${language}`));
      await settled(page, '[data-testid="new-workspace"]');
      const found: Record<string, Finding[]> = {};
      const start = await axeFindings(page);
      if (start.length > 0) found['empty start'] = start;
      await page.getByTestId('new-workspace').click();
      await page.locator('[role="dialog"]').first().waitFor({ timeout: 30_000 });
      await page.waitForTimeout(200);
      const named = await axeFindings(page);
      if (named.length > 0) found['new workspace dialog'] = named;
      expect(found).toEqual({});
      expect(problems).toEqual([]);
      await page.context().close();
    }, 180_000);
  });

  if (language === 'sv') describe('keyboard', () => {
    it('Alt+1… open the side bar’s items in its order', async () => {
      const { page } = await h.openPage('#/members');
      await page.getByTestId('members-import').waitFor();
      const order = await page.locator('nav a[data-testid^="nav-"]').evaluateAll((links) => links.map((link) => link.getAttribute('data-testid')!.slice(4)));
      expect(order.length).toBeGreaterThanOrEqual(5);
      for (const [index, name] of order.entries()) {
        await page.keyboard.press(`Alt+${index + 1}`);
        await expect.poll(() => page.evaluate(() => window.location.hash)).toBe(`#/${name}`);
        await expect.poll(() => page.getByTestId(`nav-${name}`).getAttribute('aria-current')).toBe('page');
      }
      await page.context().close();
    });
  });
}
