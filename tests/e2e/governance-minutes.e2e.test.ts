/**
 * Governance that closes the loop, in real Chromium against the real backend: a meeting of a
 * federation council with a scenario proposal; attendance for all seats in one click and one member
 * represented by another; a vote under the qualified rule (two thirds of the members AND half of
 * their population) that passes the first condition and fails the second, checked against figures
 * computed by hand here; the minutes recorded, drafted, checked by two adjusters and approved (the
 * meeting locks); the minutes, an extract with its annex and the pack exported as PDF/A and checked
 * with pdftotext and pdfinfo; their first pages rendered into docs/screenshots.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingPack, MeetingView } from '../../src/shared/api/channels/governance.channels';
import { twoThirdsAndHalfPopulationRule } from '../../src/shared/governance/vote-tally';
import { grouped, repoRoot, startHarness, type Harness } from './app-harness';
import { FEDERATION_MEMBERS as MEMBERS } from '../main/governance/federation-fixture';

let h: Harness;


let meetingId = 0;
const seatOf = new Map<string, number>();

beforeAll(async () => {
  h = await startHarness('e2e-governance-minutes', {}, { session: { clock: () => new Date('2026-03-10T14:30:00Z') } });
  const body = await h.api('bodies:create', { cooperationId: 1, name: 'Förbundsfullmäktige', kind: 'governance_council', permanent: true, decisionNumberPattern: 'FF {year}:{n}' });
  for (const [index, m] of MEMBERS.entries()) {
    const org = await h.api('organisations:create', { name: m.org, kind: 'municipality', countryCode: 'SE' });
    await h.api('metrics:upsert', { organisationId: org.id, metric: 'population', year: 2025, value: m.population, referenceDate: '2025-12-31' });
    const person = await h.api('persons:create', { name: m.person, organisationId: org.id });
    const seat = await h.api('seats:add', { bodyId: body.id, personId: person.id, organisationId: org.id, role: index === 0 ? 'chair' : 'member', fromDate: '2025-01-01' });
    seatOf.set(m.person, seat.id);
  }
  await h.api('bodies:setVotingRule', { bodyId: body.id, rule: twoThirdsAndHalfPopulationRule, metric: 'population', referenceDate: '2025-12-31' });
  const scenario = (await h.api('scenarios:list', { cooperationId: 1 }))[0]!;
  const meeting = await h.api('meetings:create', { bodyId: body.id, title: 'Fullmäktige mars 2026', startsAt: '2026-03-10T10:00', place: 'Skövde' });
  meetingId = meeting.id;
  await h.api('agenda:addItem', { meetingId, title: 'Mötets öppnande', kind: 'information', estimatedMinutes: 5 });
  await h.api('agenda:addItem', { meetingId, title: 'Ändrad förbundsordning', kind: 'decision', estimatedMinutes: 30, proposal: 'Förbundsordningen ändras enligt bilaga.' });
  await h.api('agenda:addItem', { meetingId, title: 'Ny kostnadsfördelning', kind: 'decision', estimatedMinutes: 20, proposal: 'Kostnaderna fördelas enligt scenariot.', proposalScenarioId: scenario.id });
}, 240_000);

afterAll(async () => {
  await h?.close();
});

const screenshots = join(repoRoot, 'docs/screenshots');

function firstPageToPng(pdf: string, name: string): void {
  mkdirSync(screenshots, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, join(screenshots, name)]);
}

async function writtenPath(page: Page, before: string | null): Promise<string> {
  await expect.poll(async () => page.getByTestId('document-written').textContent().catch(() => null), { timeout: 60_000 }).not.toBe(before);
  const text = (await page.getByTestId('document-written').textContent()) ?? '';
  return text.replace(/^Sparad i /u, '').trim();
}

async function vote(page: Page, person: string, choice: 'Ja' | 'Nej', item: string): Promise<void> {
  const row = page.locator(`[data-testid="item-vote"]:has-text("${item}") [data-testid="voter-row"][data-seat-id="${seatOf.get(person)}"]`);
  await row.getByText(choice, { exact: true }).click();
  await expect.poll(async () => (await row.locator('input[type="radio"]:checked').getAttribute('value').catch(() => null)) ?? '').toBe(choice === 'Ja' ? 'yes' : 'no');
}

describe('minutes that close the loop', () => {
  it('votes, records, approves as two adjusters and exports the minutes, an extract and the pack as PDF/A', { timeout: 600_000 }, async () => {
    const { page, problems } = await h.openPage(`#/governance/meetings/${meetingId}`);
    await page.getByTestId('meeting-page').waitFor();

    // Attendance: everyone in one click, then Eva Ek represented by David Dahl.
    await page.getByTestId('attendance-all-present').click();
    await expect.poll(() => page.getByTestId('attendance-summary').textContent()).toContain('6 närvarande');
    const eva = page.locator('[data-testid="attendance"] tr', { hasText: 'Eva Ek' });
    await eva.getByText('Ombud', { exact: true }).click();
    await eva.getByRole('textbox', { name: 'Välj ombudet' }).click();
    await page.getByRole('option', { name: 'David Dahl', exact: true }).click();
    await expect.poll(() => page.getByTestId('attendance-summary').textContent()).toContain('1 genom ombud');

    // The vote on § 2: Alfa, Beta, Gamma and Delta yes; Epsilon (through Delta) and Zeta no.
    const item = 'Ändrad förbundsordning';
    for (const person of ['Anna Alm', 'Bo Berg', 'Cecilia Ceder', 'David Dahl']) await vote(page, person, 'Ja', item);
    await vote(page, 'Eva Ek', 'Nej', item);
    await vote(page, 'Fredrik Fors', 'Nej', item);
    const tally = page.locator(`[data-testid="item-vote"]:has-text("${item}") [data-testid="vote-tally"]`);
    // By hand: yes = 4 of the 6 members; 4/6 = 2/3 exactly, and "at least 2/3" holds (4·3 = 12 ≥ 2·6 = 12).
    // Their population 10 000 + 12 000 + 8 000 + 16 000 = 46 000 of 100 000; "at least 1/2" needs 2·46 000 ≥ 100 000: 92 000 < 100 000, fails.
    await expect.poll(() => tally.getByTestId('vote-condition').allTextContents()).toEqual([
      'Ledamöter: ja 4 av 6 av de röstberättigade; krav minst 2/3Uppfyllt',
      `Vikt (invånare): ja ${grouped(46_000)} av ${grouped(100_000)} av de röstberättigade; krav minst 1/2Ej uppfyllt`,
    ]);
    expect(await tally.getByTestId('vote-result').textContent()).toBe('Förslaget har inte fått den majoritet regeln kräver.');
    expect(await page.getByTestId('voting-rule').textContent()).toBe('Röstningsregel: Minst två tredjedelar av ledamöterna med minst hälften av folkmängden · folkmängd per 2025-12-31');
    await h.screenshot(page, 'governance-vote-sv');

    // Record the minutes: § 2 rejected (the vote failed), § 3 adopted (adopts the proposed scenario).
    await page.getByTestId('record-minutes').click();
    const modal = page.getByTestId('record-minutes-modal');
    await modal.getByText('Avslaget').first().click();
    await page.getByTestId('record-submit').click();
    await page.getByTestId('record-result').waitFor();
    const numbers = await page.getByTestId('recorded-number').allTextContents();
    expect(numbers).toEqual(['FF 2026:1', 'FF 2026:2']);
    await page.keyboard.press('Escape');
    await page.getByTestId('record-minutes-modal').waitFor({ state: 'detached' });

    // Draft with two adjusters, each checks, the chair approves: the meeting locks.
    await page.getByTestId('minutes-drafted-by').fill('Sara Sekreterare');
    // The MultiSelect's own field covers its input: type into it and pick from the list.
    const adjusters = page.getByTestId('minutes-adjusters-select');
    await adjusters.fill('Bo');
    await page.getByRole('option', { name: 'Bo Berg', exact: true }).click();
    await adjusters.fill('Cec');
    await page.getByRole('option', { name: 'Cecilia Ceder', exact: true }).click();
    await adjusters.press('Escape');
    await page.getByTestId('minutes-draft').click();
    await expect.poll(() => page.getByTestId('minutes-state').textContent()).toBe('Utkast – väntar på justering.');
    await page.getByRole('button', { name: 'Justera som Bo Berg' }).click();
    await page.getByRole('button', { name: 'Justera som Cecilia Ceder' }).click();
    await expect.poll(() => page.getByTestId('minutes-state').textContent()).toBe('Justerat – kan godkännas.');
    await page.getByTestId('minutes-approved-by').fill('Anna Alm');
    await page.getByTestId('minutes-approve').click();
    await page.getByTestId('meeting-locked').waitFor();
    const view = await h.api('meetings:get', { id: meetingId }) as MeetingView;
    expect(view.locked).toBe(true);
    expect(await page.getByTestId('minutes-sha').textContent()).toBe(`SHA-256 ${view.minutesWorkflow.sha256}`);
    await h.screenshot(page, 'governance-minutes-approved-sv');

    // The protocol: the very bytes approved, with both decision numbers and the tally.
    await page.getByTestId('export-minutes-pdf').click();
    const minutesPdf = await writtenPath(page, null);
    expect(createHash('sha256').update(readFileSync(minutesPdf)).digest('hex')).toBe(view.minutesWorkflow.sha256);
    const minutesText = execFileSync('pdftotext', ['-layout', minutesPdf, '-'], { encoding: 'utf8' });
    for (const n of numbers) expect(minutesText).toContain(n);
    expect(minutesText).toMatch(/ja 4 av 6 av de röstberättigade; krav minst 2\/3 – uppfyllt/u);
    expect(minutesText).toMatch(/ja 46\s000 av 100\s000 av de röstberättigade; krav minst 1\/2 – ej uppfyllt/u);
    expect(minutesText).toContain('Justerat av Bo Berg');
    expect(minutesText).toContain('Justerat av Cecilia Ceder');
    expect(minutesText).toContain('Eva Ek');

    // The extract of FF 2026:2 with its annex: every member's amount of the adopted figures.
    const before = await page.getByTestId('document-written').textContent();
    await page.getByRole('button', { name: 'Utdrag FF 2026:2 (PDF)' }).click();
    const extractPdf = await writtenPath(page, before);
    const extractText = execFileSync('pdftotext', ['-layout', extractPdf, '-'], { encoding: 'utf8' });
    expect(extractText).toContain('Protokollsutdrag FF 2026:2');
    const pack = (await h.api('meetings:pack', { meetingId, language: 'sv' })) as MeetingPack;
    const figures = pack.proposals.find((p) => p.decisionNumber === 'FF 2026:2')?.scenario ?? pack.proposals[1]?.scenario;
    expect(figures?.members.length).toBeGreaterThan(0);
    for (const member of figures!.members) {
      // Whole kronor in the demo: "367 903,00 kr" written by hand from the öre.
      const kr = `${grouped(Math.trunc(member.proposed[0]! / 100)).replace(/\u00a0/gu, ' ')},${String(member.proposed[0]! % 100).padStart(2, '0')} kr`;
      expect(extractText.replace(/\u00a0/gu, ' ')).toContain(kr);
    }

    // The pack as PDF.
    const beforePack = await page.getByTestId('document-written').textContent();
    await page.getByTestId('export-pack-pdf').click();
    const packPdf = await writtenPath(page, beforePack);
    expect(execFileSync('pdftotext', [packPdf, '-'], { encoding: 'utf8' })).toContain('Möteshandlingar – Fullmäktige mars 2026');

    for (const [pdf, name] of [[minutesPdf, 'governance-minutes-pdf-sv'], [extractPdf, 'governance-extract-pdf-sv'], [packPdf, 'governance-pack-pdf-sv']] as const) {
      const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
      expect(Number(/Pages:\s+(\d+)/u.exec(info)?.[1])).toBeGreaterThanOrEqual(1);
      expect(info).toMatch(/Tagged:\s+yes/u);
      const xmp = readFileSync(pdf).toString('latin1');
      expect(xmp).toContain('<pdfaid:part>2</pdfaid:part>');
      expect(xmp).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
      firstPageToPng(pdf, name);
    }
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
