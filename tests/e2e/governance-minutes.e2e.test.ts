/**
 * Governance that closes the loop, in real Chromium against the real backend: a meeting of a
 * federation council with a scenario proposal; attendance for all seats in one click and one member
 * represented by another; a vote under the qualified rule (two thirds of the members AND half of
 * their population) that passes the first condition and fails the second, checked against figures
 * computed by hand here; the minutes recorded, drafted, checked by two adjusters and approved (the
 * meeting locks); the minutes, an extract with its annex and the pack exported as PDF/A and checked
 * with pdftotext and pdfinfo; their first pages rendered into docs/screenshots. The whole flow runs
 * in Swedish, in Norwegian and in English (a council of its own per language), every word checked in
 * the language of the screen; the annex's amounts are worked out by hand here.
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

type Lang = 'sv' | 'nb' | 'en';
const people: { person: string; personId: number; orgId: number }[] = [];
let cooperationId = 0;
let scenarioId = 0;

/**
 * The proposed scenario, small enough to work out by hand: a pool of 600 000 kr in 2025, 20 % shared
 * equally by the six members and the rest (80 %) by their population (100 000 in all).
 */
const POOL_KR = 600_000;
const EQUAL_PERCENT = 20;

/**
 * Each member's charge in öre, by hand (no Andel code): equal part 600 000 × 20 % / 6 = 20 000 kr;
 * population part 600 000 × 80 % = 480 000 kr, i.e. 4,80 kr per inhabitant: Alfa 10 000 → 48 000,
 * Beta 12 000 → 57 600, Gamma 8 000 → 38 400, Delta 16 000 → 76 800, Epsilon 30 000 → 144 000,
 * Zeta 24 000 → 115 200. So Alfa pays 68 000 kr, Beta 77 600, Gamma 58 400, Delta 96 800,
 * Epsilon 164 000 and Zeta 135 200; together 600 000 kr. Every division is exact, so no rounding.
 */
const HAND_CHARGES_ORE = new Map(
  MEMBERS.map((m) => {
    const equalOre = (POOL_KR * 100 * EQUAL_PERCENT) / 100 / MEMBERS.length;
    const byPopulationOre = (POOL_KR * 100 * (100 - EQUAL_PERCENT) * m.population) / 100 / 100_000;
    return [m.org, equalOre + byPopulationOre] as const;
  }),
);

beforeAll(async () => {
  h = await startHarness('e2e-governance-minutes', {}, { session: { clock: () => new Date('2026-03-10T14:30:00Z') } });
  cooperationId = (await h.api('cooperations:create', { name: 'Förbundet', kind: 'other', currency: 'SEK', countryCode: 'SE' })).id;
  for (const m of MEMBERS) {
    const org = await h.api('organisations:create', { name: m.org, kind: 'municipality', countryCode: 'SE' });
    await h.api('metrics:upsert', { organisationId: org.id, metric: 'population', year: 2025, value: m.population, referenceDate: '2025-12-31' });
    await h.api('cooperations:addParticipant', { cooperationId, organisationId: org.id, role: 'member' });
    const person = await h.api('persons:create', { name: m.person, organisationId: org.id });
    people.push({ person: m.person, personId: person.id, orgId: org.id });
  }
  const key = await h.api('keys:save', {
    cooperationId,
    definition: {
      schemaVersion: 1,
      id: 'forbund-20-80',
      name: '20/80',
      family: 'allocation',
      rounding: { unit: '0.01', mode: 'half-up' },
      components: [
        { id: 'equal', type: 'equal', share: String(EQUAL_PERCENT) },
        { id: 'population', type: 'proportional', share: 'rest', metric: 'population' },
      ],
    },
  });
  scenarioId = (
    await h.api('scenarios:save', {
      cooperationId,
      name: 'Förbundet 2025',
      definition: { schemaVersion: 1, id: 'forbundet-2025', name: 'Förbundet 2025', currency: 'SEK', horizon: { from: 2025, to: 2025 }, key: { ref: key.ref, version: key.version }, costs: { byYear: { '2025': String(POOL_KR) } } },
    })
  ).id;
}, 240_000);

/** A council of its own per language (its decisions numbered from FF 2026:1), its seats and rule, and the meeting with its agenda. */
async function prepareMeeting(lang: Lang): Promise<{ meetingId: number; seatOf: Map<string, number> }> {
  const body = await h.api('bodies:create', { cooperationId, name: `Förbundsfullmäktige ${lang}`, kind: 'governance_council', permanent: true, decisionNumberPattern: 'FF {year}:{n}' });
  const seatOf = new Map<string, number>();
  for (const [index, p] of people.entries()) {
    const seat = await h.api('seats:add', { bodyId: body.id, personId: p.personId, organisationId: p.orgId, role: index === 0 ? 'chair' : 'member', fromDate: '2025-01-01' });
    seatOf.set(p.person, seat.id);
  }
  await h.api('bodies:setVotingRule', { bodyId: body.id, rule: twoThirdsAndHalfPopulationRule, metric: 'population', referenceDate: '2025-12-31' });
  const meeting = await h.api('meetings:create', { bodyId: body.id, title: 'Fullmäktige mars 2026', startsAt: '2026-03-10T10:00', place: 'Skövde' });
  await h.api('agenda:addItem', { meetingId: meeting.id, title: 'Mötets öppnande', kind: 'information', estimatedMinutes: 5 });
  await h.api('agenda:addItem', { meetingId: meeting.id, title: 'Ändrad förbundsordning', kind: 'decision', estimatedMinutes: 30, proposal: 'Förbundsordningen ändras enligt bilaga.' });
  await h.api('agenda:addItem', { meetingId: meeting.id, title: 'Ny kostnadsfördelning', kind: 'decision', estimatedMinutes: 20, proposal: 'Kostnaderna fördelas enligt scenariot.', proposalScenarioId: scenarioId });
  return { meetingId: meeting.id, seatOf };
}

/** What the screens and the PDFs say, per language (the renderer's sv/nb JSON and the minutes' catalogue). */
const WORDS = {
  sv: {
    present: '6 närvarande',
    proxies: '1 genom ombud',
    proxyStatus: 'Ombud',
    chooseProxy: 'Välj ombudet',
    yes: 'Ja',
    no: 'Nej',
    conditions: ['Ledamöter: ja 4 av 6 av de röstberättigade; krav minst 2/3Uppfyllt', `Vikt (invånare): ja ${grouped(46_000)} av ${grouped(100_000)} av de röstberättigade; krav minst 1/2Ej uppfyllt`],
    result: 'Förslaget har inte fått den majoritet regeln kräver.',
    rule: 'Röstningsregel: Minst två tredjedelar av ledamöterna med minst hälften av folkmängden · folkmängd per 2025-12-31',
    rejected: 'Avslaget',
    stateDraft: 'Utkast – väntar på justering.',
    stateChecked: 'Justerat – kan godkännas.',
    checkAs: 'Justera som',
    written: /^Sparad i /u,
    extractButton: 'Utdrag FF 2026:2 (PDF)',
    pdfMembers: /ja 4 av 6 av de röstberättigade; krav minst 2\/3 – uppfyllt/u,
    pdfWeight: /ja 46\s000 av 100\s000 av de röstberättigade; krav minst 1\/2 – ej uppfyllt/u,
    checkedBy: 'Justerat av',
    extractTitle: 'Protokollsutdrag FF 2026:2',
    packTitle: 'Möteshandlingar – Fullmäktige mars 2026',
    amountHeader: 'Belopp 2025 (kr)',
    total: 'Summa',
  },
  nb: {
    present: '6 til stede',
    proxies: '1 ved fullmakt',
    proxyStatus: 'Fullmakt',
    chooseProxy: 'Velg fullmektig',
    yes: 'Ja',
    no: 'Nei',
    conditions: ['Medlemmer: ja 4 av 6 av de stemmeberettigede; krav minst 2/3Oppfylt', `Vekt (innbyggere): ja ${grouped(46_000)} av ${grouped(100_000)} av de stemmeberettigede; krav minst 1/2Ikke oppfylt`],
    result: 'Forslaget har ikke fått det flertallet regelen krever.',
    rule: 'Avstemningsregel: Minst to tredjedeler av medlemmene med minst halvparten av folketallet · folketall per 2025-12-31',
    rejected: 'Avslått',
    stateDraft: 'Utkast – venter på justering.',
    stateChecked: 'Justert – kan godkjennes.',
    checkAs: 'Juster som',
    written: /^Lagret i /u,
    extractButton: 'Utskrift FF 2026:2 (PDF)',
    pdfMembers: /ja 4 av 6 av de stemmeberettigede; krav minst 2\/3 – oppfylt/u,
    // The line may wrap before its last word.
    pdfWeight: /ja 46\s000 av 100\s000 av de stemmeberettigede; krav minst 1\/2 – ikke\s+oppfylt/u,
    checkedBy: 'Justert av',
    extractTitle: 'Protokollutskrift FF 2026:2',
    packTitle: 'Sakspapirer – Fullmäktige mars 2026',
    // The header names the currency as the amounts do: nb-NO writes a Swedish amount with its code.
    amountHeader: 'Beløp 2025 (SEK)',
    total: 'Sum',
  },
  en: {
    present: '6 present',
    proxies: '1 by proxy',
    proxyStatus: 'By proxy',
    chooseProxy: 'Choose the proxy',
    yes: 'Yes',
    no: 'No',
    conditions: ['Members: yes 4 of 6 of those entitled; required at least 2/3Met', 'Weight (population): yes 46,000 of 100,000 of those entitled; required at least 1/2Not met'],
    result: 'The proposal does not have the majority the rule requires.',
    rule: 'Voting rule: At least two thirds of the members holding at least half of the population · population as of 2025-12-31',
    rejected: 'Rejected',
    stateDraft: 'Draft – waiting for the adjusters.',
    stateChecked: 'Checked – ready to approve.',
    checkAs: 'Check as',
    written: /^Saved to /u,
    extractButton: 'Extract FF 2026:2 (PDF)',
    pdfMembers: /yes 4 of 6 of those entitled; required at least 2\/3 – met/u,
    pdfWeight: /yes 46,000 of 100,000 of those entitled; required at least 1\/2 – not\s+met/u,
    checkedBy: 'Checked by',
    extractTitle: 'Extract from the minutes FF 2026:2',
    packTitle: 'Meeting pack – Fullmäktige mars 2026',
    amountHeader: 'Amount 2025 (SEK)',
    total: 'Total',
  },
} as const;

/** pdftotext's text with every run of spaces (also no-break and thin spaces, and line ends) as one space. */
const flat = (text: string): string => text.replace(/[\s\u00a0\u202f]+/gu, ' ');

/** Money written by hand from öre: `68 000,00 kr` (sv), `SEK 68 000,00` (nb), `SEK 68,000.00` (en). */
function handMoney(ore: number, lang: Lang): string {
  const kronor = String(Math.trunc(ore / 100)).replace(/\B(?=(\d{3})+$)/gu, lang === 'en' ? ',' : ' ');
  const amount = `${kronor}${lang === 'en' ? '.' : ','}${String(ore % 100).padStart(2, '0')}`;
  return lang === 'sv' ? `${amount} kr` : `SEK ${amount}`;
}

afterAll(async () => {
  await h?.close();
});

const screenshots = join(repoRoot, 'docs/screenshots');

function firstPageToPng(pdf: string, name: string): void {
  mkdirSync(screenshots, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, join(screenshots, name)]);
}

async function writtenPath(page: Page, before: string | null, prefix: RegExp): Promise<string> {
  await expect.poll(async () => page.getByTestId('document-written').textContent().catch(() => null), { timeout: 60_000 }).not.toBe(before);
  const text = (await page.getByTestId('document-written').textContent()) ?? '';
  return text.replace(prefix, '').trim();
}

async function vote(page: Page, seatId: number | undefined, label: string, choice: 'yes' | 'no', item: string): Promise<void> {
  const row = page.locator(`[data-testid="item-vote"]:has-text("${item}") [data-testid="voter-row"][data-seat-id="${seatId}"]`);
  await row.getByText(label, { exact: true }).click();
  await expect.poll(async () => (await row.locator('input[type="radio"]:checked').getAttribute('value').catch(() => null)) ?? '').toBe(choice);
}

describe('minutes that close the loop', () => {
  it.each(['sv', 'nb', 'en'] as const)('in %s: votes, records, approves as two adjusters and exports the minutes, an extract and the pack as PDF/A', { timeout: 600_000 }, async (lang) => {
    const w = WORDS[lang];
    const { meetingId, seatOf } = await prepareMeeting(lang);
    const { page, problems } = await h.openPage(`#/governance/meetings/${meetingId}`);
    if (lang !== 'sv') await page.getByTestId(`language-${lang}`).click();
    await page.getByTestId('meeting-page').waitFor();

    // Attendance: everyone in one click, then Eva Ek represented by David Dahl.
    await page.getByTestId('attendance-all-present').click();
    await expect.poll(() => page.getByTestId('attendance-summary').textContent()).toContain(w.present);
    const eva = page.locator('[data-testid="attendance"] tr', { hasText: 'Eva Ek' });
    await eva.getByText(w.proxyStatus, { exact: true }).click();
    await eva.getByRole('textbox', { name: w.chooseProxy }).click();
    await page.getByRole('option', { name: 'David Dahl', exact: true }).click();
    await expect.poll(() => page.getByTestId('attendance-summary').textContent()).toContain(w.proxies);

    // The vote on § 2: Alfa, Beta, Gamma and Delta yes; Epsilon (through Delta) and Zeta no.
    const item = 'Ändrad förbundsordning';
    for (const person of ['Anna Alm', 'Bo Berg', 'Cecilia Ceder', 'David Dahl']) await vote(page, seatOf.get(person), w.yes, 'yes', item);
    await vote(page, seatOf.get('Eva Ek'), w.no, 'no', item);
    await vote(page, seatOf.get('Fredrik Fors'), w.no, 'no', item);
    const tally = page.locator(`[data-testid="item-vote"]:has-text("${item}") [data-testid="vote-tally"]`);
    // By hand: yes = 4 of the 6 members; 4/6 = 2/3 exactly, and "at least 2/3" holds (4·3 = 12 ≥ 2·6 = 12).
    // Their population 10 000 + 12 000 + 8 000 + 16 000 = 46 000 of 100 000; "at least 1/2" needs 2·46 000 ≥ 100 000: 92 000 < 100 000, fails.
    await expect.poll(() => tally.getByTestId('vote-condition').allTextContents()).toEqual(w.conditions);
    expect(await tally.getByTestId('vote-result').textContent()).toBe(w.result);
    expect(await page.getByTestId('voting-rule').textContent()).toBe(w.rule);
    await h.screenshot(page, `governance-vote-${lang}`);

    // Record the minutes: § 2 rejected (the vote failed), § 3 adopted (adopts the proposed scenario).
    await page.getByTestId('record-minutes').click();
    const modal = page.getByTestId('record-minutes-modal');
    await modal.getByText(w.rejected).first().click();
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
    await expect.poll(() => page.getByTestId('minutes-state').textContent()).toBe(w.stateDraft);
    await page.getByRole('button', { name: `${w.checkAs} Bo Berg` }).click();
    await page.getByRole('button', { name: `${w.checkAs} Cecilia Ceder` }).click();
    await expect.poll(() => page.getByTestId('minutes-state').textContent()).toBe(w.stateChecked);
    await page.getByTestId('minutes-approved-by').fill('Anna Alm');
    await page.getByTestId('minutes-approve').click();
    await page.getByTestId('meeting-locked').waitFor();
    const view = await h.api('meetings:get', { id: meetingId }) as MeetingView;
    expect(view.locked).toBe(true);
    expect(await page.getByTestId('minutes-sha').textContent()).toBe(`SHA-256 ${view.minutesWorkflow.sha256}`);
    await h.screenshot(page, `governance-minutes-approved-${lang}`);

    // The protocol: the very bytes approved, with both decision numbers and the tally.
    await page.getByTestId('export-minutes-pdf').click();
    const minutesPdf = await writtenPath(page, null, w.written);
    expect(createHash('sha256').update(readFileSync(minutesPdf)).digest('hex')).toBe(view.minutesWorkflow.sha256);
    const minutesText = execFileSync('pdftotext', ['-layout', minutesPdf, '-'], { encoding: 'utf8' });
    for (const n of numbers) expect(minutesText).toContain(n);
    expect(minutesText).toMatch(w.pdfMembers);
    expect(minutesText).toMatch(w.pdfWeight);
    expect(minutesText).toContain(`${w.checkedBy} Bo Berg`);
    expect(minutesText).toContain(`${w.checkedBy} Cecilia Ceder`);
    expect(minutesText).toContain('Eva Ek');

    // The extract of FF 2026:2 with its annex: every member's amount of the adopted figures.
    const before = await page.getByTestId('document-written').textContent();
    await page.getByRole('button', { name: w.extractButton }).click();
    const extractPdf = await writtenPath(page, before, w.written);
    const extractText = execFileSync('pdftotext', ['-layout', extractPdf, '-'], { encoding: 'utf8' });
    expect(extractText).toContain(w.extractTitle);
    // The annex: every member's amount as worked out by hand above, written as the language writes money.
    const annexRows = [...HAND_CHARGES_ORE].map(([org, ore]) => `${org} ${handMoney(ore, lang)}`);
    // 68 000 + 77 600 + 58 400 + 96 800 + 164 000 + 135 200 = 600 000 kr, the pool.
    const total = `${w.total} ${handMoney(POOL_KR * 100, lang)}`;
    const extractFlat = flat(extractText);
    expect(extractFlat).toContain('FF 2026:2');
    expect(extractFlat).toContain(w.amountHeader);
    for (const row of [...annexRows, total]) expect(extractFlat).toContain(row);
    // The pack's figures (what the extract is made from) are the hand's too.
    const pack = (await h.api('meetings:pack', { meetingId, language: lang })) as MeetingPack;
    const figures = pack.proposals.find((p) => p.decisionNumber === 'FF 2026:2')?.scenario;
    expect(new Map(figures?.members.map((m) => [m.name, m.proposed[0]]))).toEqual(HAND_CHARGES_ORE);

    // The pack as PDF: the decision number and the same figures.
    const beforePack = await page.getByTestId('document-written').textContent();
    await page.getByTestId('export-pack-pdf').click();
    const packPdf = await writtenPath(page, beforePack, w.written);
    const packFlat = flat(execFileSync('pdftotext', ['-layout', packPdf, '-'], { encoding: 'utf8' }));
    expect(packFlat).toContain(w.packTitle);
    expect(packFlat).toContain('FF 2026:2');
    expect(packFlat).toContain(w.amountHeader);
    for (const row of [...annexRows, total]) expect(packFlat).toContain(row);

    for (const [pdf, name] of [[minutesPdf, `governance-minutes-pdf-${lang}`], [extractPdf, `governance-extract-pdf-${lang}`], [packPdf, `governance-pack-pdf-${lang}`]] as const) {
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
