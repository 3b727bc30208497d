/**
 * The governance section in real Chromium (the Debian package, driven by playwright-core) against
 * the built renderer and the real backend on a SQLite file written from the demo workspace,
 * served by the test bridge in place of the preload. Skaraborg's 9-gruppen is the model case
 * (DOMAIN.md): its bodies tree, the December 2016 meeting whose agenda leads to the Koha decision,
 * the register's search and status rules, agreements near their notice deadline, the meeting pack,
 * and recording a meeting's decisions into the register in one step.
 * Screenshots go to docs/screenshots only with ANDEL_SCREENSHOTS=1.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgreementView, DecisionList, MeetingSummary, MeetingView } from '../../src/shared/api/channels/governance.channels';
import type { Channel } from '../../src/shared/api/contract';
import { startHarness, type Harness } from './app-harness';
import { bodyNode, childBodyNames } from './body-list';

/** One harness per file: the built renderer, the demo workspace on a fixed clock, the real handlers, Chromium. */
let h: Harness;

const call = <T,>(channel: string, input: unknown): Promise<T> => h.api(channel as Channel, input) as Promise<T>;
const openPage = (hash: string): Promise<{ page: Page; problems: string[] }> => h.openPage(hash);
/** Written to docs/screenshots only with ANDEL_SCREENSHOTS=1 (the harness decides). */
const shoot = (page: Page, name: string): Promise<void> => h.screenshot(page, name.replace(/\.png$/u, ''));
let december2016: MeetingSummary;

beforeAll(async () => {
  h = await startHarness('e2e-governance', {}, { session: { clock: () => new Date('2026-11-21T10:00:00Z') } });
  const meetings = await call<MeetingSummary[]>('meetings:list', {});
  const found = meetings.find((m) => m.startsAt.startsWith('2016-12'));
  if (!found) throw new Error('the demo workspace has no December 2016 meeting');
  december2016 = found;
}, 120_000);

afterAll(async () => {
  await h?.close();
});

/**
 * A planned meeting with the same start and agenda (titles, presenters, minutes) as a held one of
 * the demo, whose own agenda is frozen: decision items become discussions, so nothing is pending.
 */
async function plannedCopyOf(meeting: MeetingSummary, title: string): Promise<MeetingView> {
  const held = await call<MeetingView>('meetings:get', { id: meeting.id });
  let copy = await call<MeetingView>('meetings:create', { bodyId: held.bodyId, title, startsAt: held.startsAt.slice(0, 16) });
  for (const item of held.agenda) {
    copy = await call<MeetingView>('agenda:addItem', {
      meetingId: copy.id,
      title: item.title,
      kind: item.kind === 'decision' ? 'discussion' : item.kind,
      presenterPersonId: item.presenterPersonId,
      estimatedMinutes: item.estimatedMinutes,
    });
  }
  return copy;
}

const agendaTitles = (page: Page) => page.locator('[data-testid="agenda-row"] .agenda-title').allTextContents();

describe('Governance', () => {
  it('shows the Skaraborg steering group as a tree: working groups, and the management team that replaced the system group', async () => {
    const { page, problems } = await openPage('#/governance');
    const steering = bodyNode(page, 'Styrgrupp Bibliotek Skaraborg 9-gruppen');
    await steering.waitFor();
    expect(await page.getByTestId('gov-tab-bodies').getAttribute('aria-selected')).toBe('true');
    // The working groups hang under the steering group.
    const children = await childBodyNames(steering);
    expect(children).toEqual(expect.arrayContaining(['Systemgrupp', 'Förvaltningsteam', 'Cirkulationsgrupp', 'Regelgrupp', 'Transportgrupp', 'Mångspråksgrupp']));
    // The composition today: chair first, and the observer from Falköping is in it.
    const card = steering.locator(':scope > .body-card');
    const roles = await card.locator('.composition .seat-role').allTextContents();
    expect(roles[0]).toBe('Ordförande');
    expect(roles).toContain('Observatör');
    expect(roles).toHaveLength(10);
    expect(await card.locator('.body-kind').textContent()).toBe('Styrgrupp');

    const system = bodyNode(page, 'Systemgrupp').locator(':scope > .body-card');
    expect(await system.locator('.body-permanence').textContent()).toBe('Tillfällig');
    expect(await system.locator('.body-state').textContent()).toBe('Ersatt');
    expect(await system.locator('.body-replaced-by').textContent()).toBe('Ersatt av Förvaltningsteam');
    const team = bodyNode(page, 'Förvaltningsteam').locator(':scope > .body-card');
    expect(await team.locator('.body-permanence').textContent()).toBe('Permanent');
    expect(await team.locator('.body-state').textContent()).toBe('Aktiv');
    expect(await team.locator('.body-replaces').textContent()).toBe('Ersätter Systemgrupp');
    expect(await team.locator('.composition .seat-role').first().textContent()).toBe('Ordförande');
    await shoot(page, 'bodies-sv.png');

    // As of January 2017 the system group was still at work and the management team not yet formed.
    await page.getByTestId('bodies-as-of').fill('2017-01-15');
    await expect.poll(() => system.locator('.body-state').textContent()).toBe('Aktiv');
    expect(await team.locator('.body-state').textContent()).toBe('Ej startad');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('shows the December 2016 agenda with its running clock, and leads to the Koha decision', async () => {
    const { page, problems } = await openPage('#/governance/meetings');
    await page.getByRole('link', { name: december2016.title }).click();
    await page.getByTestId('agenda-row').first().waitFor();
    expect(new URL(page.url()).hash).toBe(`#/governance/meetings/${december2016.id}`);
    expect(await page.locator('[data-testid="agenda-row"] .agenda-time').allTextContents()).toEqual([
      '09:00–09:10',
      '09:10–09:30',
      '09:30–09:50',
      '09:50–10:15',
      '10:15–10:45',
      '10:45–11:00',
    ]);
    expect(await page.getByTestId('agenda-end').textContent()).toBe('11:00');
    const decisionRow = page.locator('[data-testid="agenda-row"]', { hasText: 'Val av bibliotekssystem' });
    expect(await decisionRow.locator('.agenda-kind').textContent()).toBe('Beslut');
    expect(await page.locator('[data-testid="agenda-row"] .agenda-kind').allTextContents()).toEqual(['Information', 'Information', 'Information', 'Diskussion', 'Beslut', 'Diskussion']);
    expect(await decisionRow.textContent()).toContain('Annica Arvidsson');
    // Attendance: present, absent and a proxy, as recorded.
    expect(await page.getByTestId('attendance-summary').textContent()).toBe('9 närvarande, 1 genom ombud, av 11');
    await shoot(page, 'agenda-sv.png');

    await decisionRow.getByTestId('agenda-decision').click();
    const drawer = page.getByRole('dialog');
    await drawer.waitFor();
    expect(await drawer.textContent()).toContain('SG 2016:1');
    expect(await drawer.getByRole('heading', { level: 3 }).textContent()).toBe('Val av bibliotekssystem: Koha');
    expect(await page.getByTestId('decision-text').textContent()).toContain('välja Koha');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('keeps a held meeting’s agenda frozen: no moving, no adding', async () => {
    const { page, problems } = await openPage(`#/governance/meetings/${december2016.id}`);
    await page.getByTestId('agenda-row').first().waitFor();
    await page.getByTestId('agenda-frozen').waitFor();
    const titles = await agendaTitles(page);
    expect(await page.getByRole('button', { name: `Flytta ned ${titles[1]}` }).isDisabled()).toBe(true);
    expect(await page.getByTestId('agenda-add').isDisabled()).toBe(true);
    await page.getByTestId('agenda-row').nth(1).focus();
    await page.keyboard.press('Alt+ArrowDown');
    expect(await agendaTitles(page)).toEqual(titles);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('reorders agenda items with Alt+↑/↓ and the buttons; the clock follows', async () => {
    const planned = await plannedCopyOf(december2016, 'Styrgruppsmöte december 2016 (planering)');
    const { page, problems } = await openPage(`#/governance/meetings/${planned.id}`);
    await page.getByTestId('agenda-row').first().waitFor();
    const before = await agendaTitles(page);
    await page.getByTestId('agenda-row').nth(1).focus();
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => agendaTitles(page)).toEqual([before[0], before[2], before[1], ...before.slice(3)]);
    // The moved item keeps the focus, so a second press moves it again.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`§ 3 ${before[1]}`);
    // 20 + 20 minutes: the report now starts when the study visit ends.
    expect(await page.locator('[data-testid="agenda-row"] .agenda-time').nth(2).textContent()).toBe('09:30–09:50');
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => agendaTitles(page)).toEqual(before);
    // The buttons do the same; the first item cannot move up.
    await page.getByRole('button', { name: `Flytta ned ${before[4]}` }).click();
    await expect.poll(() => agendaTitles(page)).toEqual([...before.slice(0, 4), before[5], before[4]]);
    expect(await page.locator('[data-testid="agenda-row"] .agenda-time').nth(5).textContent()).toBe('10:30–11:00');
    await page.getByRole('button', { name: `Flytta upp ${before[4]}` }).click();
    await expect.poll(() => agendaTitles(page)).toEqual(before);
    expect(await page.getByRole('button', { name: `Flytta upp ${before[0]}` }).isDisabled()).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('finds the Koha decision by searching the register for “koha”', async () => {
    const register = await call<DecisionList>('decisions:list', {});
    const { page, problems } = await openPage('#/governance/decisions');
    await page.getByTestId('register-row').first().waitFor();
    expect(await page.getByTestId('register-row').count()).toBe(register.total);
    await shoot(page, 'decisions-sv.png');
    // The register's own search rules (case- and accent-insensitive, number, title and text) decide what matches.
    const matching = await call<DecisionList>('decisions:list', { query: 'koha' });
    expect(matching.rows.map((r) => r.number)).toContain('SG 2016:1');
    expect(matching.rows.length).toBeLessThan(register.total);
    await page.getByTestId('register-search').fill('koha');
    const shownNumbers = async () => (await page.locator('[data-testid="register-row"] .decision-number').allTextContents()).sort();
    await expect.poll(shownNumbers).toEqual(matching.rows.map((r) => r.number).sort());
    expect(await page.getByTestId('register-shown').textContent()).toBe(`${matching.rows.length} av ${register.total} beslut`);
    const koha = page.locator('[data-testid="register-row"]', { hasText: 'SG 2016:1' });
    expect(await koha.textContent()).toContain('Val av bibliotekssystem: Koha');
    expect(await koha.textContent()).toContain('Antaget');
    // Filters combine with the search: nothing from 2017 says "koha" and was decided in 2016.
    await page.getByRole('textbox', { name: 'År' }).click();
    await page.getByRole('option', { name: '2016' }).click();
    await expect.poll(() => page.locator('[data-testid="register-row"] .decision-number').allTextContents()).toEqual(['SG 2016:1']);
    // Keyboard: focus the row, Enter opens the drawer.
    await koha.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor();
    expect(new URL(page.url()).hash).toMatch(/^#\/governance\/decisions\/\d+$/);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('offers only the allowed status changes, and explains a refusal in plain words', async () => {
    const register = await call<DecisionList>('decisions:list', {});
    const koha = register.rows.find((r) => r.number === 'SG 2016:1')!;
    const superseded = register.rows.find((r) => r.status === 'superseded')!;
    const { page, problems } = await openPage(`#/governance/decisions/${koha.id}`);
    const drawer = page.getByRole('dialog');
    await drawer.waitFor();
    // Adopted → implemented or superseded; never back to a proposal, never rejected.
    const offered = await page.locator('[data-testid="status-actions"] button').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-status')));
    expect(offered).toEqual(['implemented', 'superseded']);
    expect(await drawer.getByRole('button', { name: 'Avslå' }).count()).toBe(0);
    expect(await drawer.getByRole('button', { name: 'Återuppta som förslag' }).count()).toBe(0);
    // Superseded needs a later decision that says it supersedes this one: the register refuses.
    await drawer.getByRole('button', { name: 'Markera som ersatt' }).click();
    const refusal = page.getByTestId('status-refused');
    await refusal.waitFor();
    expect(await refusal.getAttribute('data-error-code')).toBe('CONFLICT');
    expect(await refusal.textContent()).toContain('SG 2016:1 kan inte markeras som ersatt ännu');
    expect(await page.getByTestId('decision-status').textContent()).toBe('Antaget');
    await shoot(page, 'decisions-drawer-sv.png');
    // A superseded decision is final: no status buttons at all.
    await page.goto(`${h.bridge.url}#/governance/decisions/${superseded.id}`);
    await page.getByTestId('no-transitions').waitFor();
    expect(await page.getByTestId('status-actions').count()).toBe(0);
    expect(await page.getByTestId('no-transitions').textContent()).toBe('Beslutet är ersatt: statusen kan inte ändras längre.');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('highlights the agreements whose notice deadline falls within the chosen months', async () => {
    const asOf = '2026-06-01';
    const within12 = await call<AgreementView[]>('agreements:noticeWithin', { months: 12, asOf });
    const within3 = await call<AgreementView[]>('agreements:noticeWithin', { months: 3, asOf });
    expect(within12.length).toBeGreaterThan(within3.length);
    const { page, problems } = await openPage('#/governance/agreements');
    await page.getByTestId('agreement-row').first().waitFor();
    await page.getByTestId('agreements-as-of').fill(asOf);
    await page.getByTestId('agreements-window').getByText('12 månader').click();
    const dueIds = () => page.locator('[data-testid="agreement-row"][data-due="true"]').evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-agreement-id'))).sort((a, b) => a - b));
    await expect.poll(dueIds).toEqual(within12.map((a) => a.id).sort((a, b) => a - b));
    // Skaraborg's server agreement with Skövde IT: 2 years, then yearly; 6 months' notice.
    const hosting = page.locator('[data-testid="agreement-row"]', { hasText: 'Avtal om serverdrift med Skövde IT' });
    expect(await hosting.getAttribute('data-due')).toBe('true');
    expect(await hosting.textContent()).toContain('2026-11-30');
    expect(await page.getByTestId('agreements-due-summary').textContent()).toContain(`${within12.length} avtal`);
    await page.getByTestId('agreements-cooperation').click();
    await page.getByRole('option', { name: 'Bibliotek Skaraborg 9-gruppen' }).click();
    await shoot(page, 'agreements-sv.png');
    await page.getByTestId('agreements-window').getByText('3 månader').click();
    await expect.poll(dueIds).toEqual(within3.filter((a) => a.cooperationName === 'Bibliotek Skaraborg 9-gruppen').map((a) => a.id).sort((a, b) => a - b));
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('prints the meeting pack and exports it to Excel', async () => {
    const { page, problems } = await openPage(`#/governance/meetings/${december2016.id}`);
    await page.getByTestId('open-pack').click();
    const sheet = page.getByTestId('pack-sheet');
    await sheet.waitFor();
    await shoot(page, 'meeting-pack-sv.png');
    expect(await sheet.locator('h1').textContent()).toBe(december2016.title);
    const agenda = await page.locator('[data-testid="pack-agenda"] tbody tr').allTextContents();
    expect(agenda).toHaveLength(6);
    expect(agenda[4]).toContain('10:15–10:45');
    expect(await page.getByTestId('pack-proposal').first().textContent()).toContain('välja Koha');
    expect(await page.getByTestId('pack-proposal').first().textContent()).toContain('SG 2016:1');
    // Print uses the browser's own dialog; here it is counted rather than shown.
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void ((window as unknown as { printed: number }).printed += 1);
    });
    await page.getByTestId('pack-print').click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    // In print, only the paper: no navigation, no toolbar.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByTestId('nav-members').isVisible()).toBe(false);
    expect(await page.getByTestId('pack-print').isVisible()).toBe(false);
    expect(await sheet.isVisible()).toBe(true);
    // The paper starts at the page's edge: the navigation's room is gone too.
    await expect.poll(() => sheet.evaluate((el) => el.getBoundingClientRect().left)).toBe(0);
    await shoot(page, 'meeting-pack-print-sv.png');
    await page.emulateMedia({ media: 'screen' });

    // No path to type: main writes a new file into the exports folder next to the workspace.
    await page.getByTestId('pack-export').click();
    await page.getByTestId('pack-written').waitFor();
    const file = join(dirname(h.session.current!), 'Andel exports', readdirSync(join(dirname(h.session.current!), 'Andel exports')).find((name) => name.startsWith('Möteshandlingar - '))!);
    expect(existsSync(file)).toBe(true);
    expect(statSync(file).size).toBeGreaterThan(1000);
    expect(readFileSync(file).subarray(0, 2).toString('latin1')).toBe('PK');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('records the decisions of a meeting into the register in one step and shows the numbers given', async () => {
    const before = await call<DecisionList>('decisions:list', { bodyId: december2016.bodyId, year: 2017 });
    const meetings = await call<MeetingSummary[]>('meetings:list', {});
    const november2017 = await plannedCopyOf(meetings.find((m) => m.startsAt.startsWith('2017-11'))!, 'Styrgruppsmöte november 2017 (fortsättning)');
    const { page, problems } = await openPage(`#/governance/meetings/${november2017.id}`);
    await page.getByTestId('agenda-row').first().waitFor();
    expect(await page.getByTestId('record-minutes').isDisabled()).toBe(true);
    await page.getByTestId('agenda-add').click();
    await page.getByTestId('agenda-item-title').fill('Budget 2018');
    await page.getByTestId('agenda-item-kind').click();
    await page.getByRole('option', { name: 'Beslut' }).click();
    await page.getByTestId('agenda-item-minutes').fill('20');
    await page.getByTestId('agenda-item-proposal').fill('Styrgruppen föreslås fastställa budgeten för 2018.');
    await page.getByTestId('agenda-item-save').click();
    await page.getByTestId('agenda-item-modal').waitFor({ state: 'hidden' });
    // The modal closes before the agenda's query has refetched: wait for the new row, not the dialog.
    await expect.poll(async () => (await agendaTitles(page)).at(-1)).toBe('Budget 2018');
    expect(await page.locator('[data-testid="agenda-row"] .agenda-time').last().textContent()).toBe('10:05–10:25');
    expect(await page.getByTestId('agenda-end').textContent()).toBe('10:25');

    await page.getByTestId('record-minutes').click();
    await page.getByTestId('record-submit').click();
    const result = page.getByTestId('record-result');
    await result.waitFor();
    const expected = `SG 2017:${Math.max(...before.rows.map((r) => r.sequence)) + 1}`;
    expect(await result.getByTestId('recorded-number').allTextContents()).toEqual([expected]);
    const after = await call<DecisionList>('decisions:list', { query: 'Budget 2018' });
    expect(after.rows.map((r) => [r.number, r.status])).toEqual([[expected, 'adopted']]);
    expect(after.numberingProblems).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('speaks Norwegian: the register and the bodies follow the language', async () => {
    const { page, problems } = await openPage('#/governance/decisions');
    await page.getByTestId('register-row').first().waitFor();
    await page.getByTestId('language-nb').click();
    await expect.poll(() => page.getByTestId('gov-tab-decisions').textContent()).toBe('Vedtaksregister');
    expect(await page.locator('[data-testid="register"] th').allTextContents()).toEqual(['Nummer', 'Dato', 'Organ', 'Tittel', 'Status', 'Ansvarlig', 'Oppfølging', 'Stikkord']);
    expect(await page.locator('[data-testid="register-row"]', { hasText: 'SG 2016:1' }).textContent()).toContain('08.12.2016');
    await shoot(page, 'decisions-nb.png');
    await page.getByTestId('gov-tab-bodies').click();
    const system = bodyNode(page, 'Systemgrupp').locator(':scope > .body-card');
    await system.waitFor();
    expect(await system.locator('.body-permanence').textContent()).toBe('Midlertidig');
    expect(await system.locator('.body-replaced-by').textContent()).toBe('Erstattet av Förvaltningsteam');
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
