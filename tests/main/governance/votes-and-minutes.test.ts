/**
 * Votes weighed by the body's rule, and the minutes' workflow: draft → checked by two adjusters →
 * approved, which records the SHA-256 of the minutes PDF and locks the meeting. A consortium of six
 * municipalities with populations chosen here; every expected figure is computed by hand below.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { governanceChannels } from '../../../src/shared/api/channels/governance.channels';
import { localizeError, type ApiError } from '../../../src/shared/errors';
import { twoThirdsAndHalfPopulationRule } from '../../../src/shared/governance/vote-tally';
import { dbContentHash } from '../../helpers/db-content-hash';
import { checkPdfA } from '../../helpers/pdfa-check';
import { useDemoWorkspace } from '../../helpers/demo-workspace';
import { SKARABORG } from './governance-fixture';
import { FEDERATION_MEMBERS } from './federation-fixture';

const f = useDemoWorkspace();

const MEMBERS = FEDERATION_MEMBERS.map((m) => ({ name: m.org, population: m.population, person: m.person }));

async function consortium() {
  const body = await f.value('bodies:create', { cooperationId: SKARABORG, name: 'Förbundsfullmäktige', kind: 'governance_council', permanent: true, decisionNumberPattern: 'FF {year}:{n}' });
  const seats: { seatId: number; personId: number; organisationId: number }[] = [];
  for (const [index, member] of MEMBERS.entries()) {
    const org = await f.value('organisations:create', { name: member.name, kind: 'municipality', countryCode: 'SE' });
    await f.value('metrics:upsert', { organisationId: org.id, metric: 'population', year: 2025, value: member.population, referenceDate: '2025-12-31' });
    // A later figure, after the reference date: must not count.
    await f.value('metrics:upsert', { organisationId: org.id, metric: 'population', year: 2026, value: member.population * 3, referenceDate: '2026-06-30' });
    const person = await f.value('persons:create', { name: member.person, organisationId: org.id });
    const seat = await f.value('seats:add', { bodyId: body.id, personId: person.id, organisationId: org.id, role: index === 0 ? 'chair' : 'member', fromDate: '2025-01-01' });
    seats.push({ seatId: seat.id, personId: person.id, organisationId: org.id });
  }
  const secretary = await f.value('persons:create', { name: 'Sara Sekreterare' });
  const observerSeat = await f.value('seats:add', { bodyId: body.id, personId: secretary.id, organisationId: null, role: 'secretary', fromDate: '2025-01-01' });
  await f.value('bodies:setVotingRule', { bodyId: body.id, rule: twoThirdsAndHalfPopulationRule, metric: 'population', referenceDate: '2025-12-31' });
  return { body, seats, secretarySeat: observerSeat.id, secretary: secretary.id };
}

async function refusal(channel: string, input: unknown): Promise<ApiError> {
  const result = await f.call(channel, input);
  expect(result.ok, `${channel} should be refused`).toBe(false);
  return (result as { ok: false; error: ApiError }).error;
}

/** A meeting with a voted item (4 yes incl. one absent member's no by proxy) and an adopted scenario item, minutes recorded. */
async function heldMeeting() {
  const c = await consortium();
  const scenario = (await f.value('scenarios:list', { cooperationId: SKARABORG }))[0]!;
  const meeting = await f.value('meetings:create', { bodyId: c.body.id, title: 'Fullmäktige mars 2026', startsAt: '2026-03-10T10:00', place: 'Skövde' });
  await f.value('agenda:addItem', { meetingId: meeting.id, title: 'Val av justerare', kind: 'information', estimatedMinutes: 5 });
  await f.value('agenda:addItem', { meetingId: meeting.id, title: 'Ändrad förbundsordning', kind: 'decision', estimatedMinutes: 30, proposal: 'Förbundsordningen ändras enligt bilaga.' });
  const withItems = await f.value('agenda:addItem', {
    meetingId: meeting.id,
    title: 'Ny kostnadsfördelning',
    kind: 'decision',
    estimatedMinutes: 20,
    proposal: 'Kostnaderna fördelas enligt scenariot.',
    proposalScenarioId: scenario.id,
  });
  const voted = withItems.agenda[1]!;
  const adopted = withItems.agenda[2]!;
  const all = await f.value('attendance:setAll', { meetingId: meeting.id, status: 'present' });
  // Everyone holding a seat that day is marked present in one step (six members and the secretary).
  expect(all.attendance.filter((a) => a.status === 'present')).toHaveLength(7);
  const [a, b, cc, d, e, z] = c.seats;
  await f.value('attendance:set', { meetingId: meeting.id, personId: e!.personId, status: 'proxy', proxyPersonId: d!.personId });
  for (const s of [a, b, cc, d]) await f.value('votes:set', { agendaItemId: voted.id, seatId: s!.seatId, choice: 'yes' });
  await f.value('votes:set', { agendaItemId: voted.id, seatId: e!.seatId, choice: 'no', proxySeatId: d!.seatId });
  const view = await f.value('votes:set', { agendaItemId: voted.id, seatId: z!.seatId, choice: 'no' });
  return { c, meeting: view, voted, adopted, scenario };
}

describe('votes', () => {
  it('tallies a qualified rule per condition: two thirds of the members pass, half of the population fails', async () => {
    const { meeting, voted } = await heldMeeting();
    const vote = meeting.agenda.find((i) => i.id === voted.id)!.vote!;
    // Weights as of 2025-12-31: the 2026 figures (three times as large) are left out.
    expect(meeting.voting.voters.map((v) => v.weight).sort((x, y) => x - y)).toEqual([8_000, 10_000, 12_000, 16_000, 24_000, 30_000]);
    // The secretary's seat carries no vote: six voters.
    expect(meeting.voting.voters).toHaveLength(6);
    // By hand: yes = Alfa, Beta, Gamma, Delta = 4 of 6 members; 4/6 = 2/3 exactly, so "at least 2/3" holds (4·3 = 12 ≥ 2·6 = 12).
    // Their population: 10 000 + 12 000 + 8 000 + 16 000 = 46 000 of 100 000; "at least 1/2" needs 46 000·2 = 92 000 ≥ 100 000: fails.
    expect(vote.tally.conditions.map((c) => [c.yes, c.base, c.passed])).toEqual([
      [4, 6, true],
      [46_000, 100_000, false],
    ]);
    expect(vote.tally.passed).toBe(false);
    // Epsilon's no came by proxy (through Delta's seat): 1 proxy, 2 no, 0 absent.
    expect(vote.tally.members).toMatchObject({ yes: 4, no: 2, abstain: 0, absent: 0, proxies: 1 });
    expect(vote.tally.weight).toMatchObject({ yes: 46_000, no: 54_000 });
  });

  it('refuses a vote without a voting right, by an absent member in person, and a proxy used twice', async () => {
    const { c, meeting, voted } = await heldMeeting();
    const before = await dbContentHash(f.ctx.session.db);
    const noRight = await refusal('votes:set', { agendaItemId: voted.id, seatId: c.secretarySeat, choice: 'yes' });
    expect(noRight.issues?.[0]).toMatchObject({ path: 'seatId', messageKey: 'error.vote.noRight' });
    expect(localizeError(noRight, 'sv').issues?.[0]?.message).toContain('rösträtt');
    const absent = await refusal('votes:set', { agendaItemId: voted.id, seatId: c.seats[4]!.seatId, choice: 'yes' });
    expect(absent.issues?.[0]).toMatchObject({ messageKey: 'error.vote.notPresent' });
    const twice = await refusal('votes:set', { agendaItemId: voted.id, seatId: c.seats[0]!.seatId, choice: 'yes', proxySeatId: c.seats[3]!.seatId });
    expect(twice.issues?.[0]).toMatchObject({ messageKey: 'error.vote.proxyTwice' });
    const info = await refusal('votes:set', { agendaItemId: meeting.agenda[0]!.id, seatId: c.seats[0]!.seatId, choice: 'yes' });
    expect(info.issues?.[0]).toMatchObject({ messageKey: 'error.vote.notDecisionItem' });
    const weightless = await refusal('bodies:setVotingRule', { bodyId: c.body.id, rule: twoThirdsAndHalfPopulationRule, metric: null, referenceDate: null });
    expect(weightless.issues?.[0]).toMatchObject({ path: 'metric', messageKey: 'error.vote.ruleNeedsMetric' });
    expect(await dbContentHash(f.ctx.session.db)).toBe(before);
  });
});

async function approvedMeeting() {
  const held = await heldMeeting();
  const { c, meeting, voted, adopted } = held;
  const recorded = await f.value('meetings:recordMinutes', {
    meetingId: meeting.id,
    items: [
      { agendaItemId: voted.id, outcome: 'rejected', minutes: 'Omröstning begärdes.' },
      { agendaItemId: adopted.id, outcome: 'adopted' },
    ],
  });
  expect(recorded.meeting.minutesWorkflow.state).toBe('recorded');
  const drafted = await f.value('minutes:draft', { meetingId: meeting.id, draftedBy: 'Sara Sekreterare', adjusterSeatIds: [c.seats[1]!.seatId, c.seats[2]!.seatId] });
  expect(drafted.minutesWorkflow).toMatchObject({ state: 'draft', draftedBy: 'Sara Sekreterare', adjusters: [{ personName: 'Bo Berg', checkedAt: null }, { personName: 'Cecilia Ceder', checkedAt: null }] });
  const early = await refusal('minutes:approve', { meetingId: meeting.id, approvedBy: 'Anna Alm' });
  expect(early).toMatchObject({ code: 'CONFLICT', messageKey: 'error.minutes.notChecked' });
  expect(early.message).toContain('Bo Berg');
  await f.value('minutes:check', { meetingId: meeting.id, seatId: c.seats[1]!.seatId });
  const checked = await f.value('minutes:check', { meetingId: meeting.id, seatId: c.seats[2]!.seatId });
  expect(checked.minutesWorkflow.state).toBe('checked');
  expect(checked.minutesWorkflow.adjusters.map((a) => a.checkedBy)).toEqual(['Bo Berg', 'Cecilia Ceder']);
  const approved = await f.value('minutes:approve', { meetingId: meeting.id, approvedBy: 'Anna Alm', language: 'sv' });
  return { ...held, approved, decisions: recorded.decisions };
}

describe('the minutes: draft, checked by the adjusters, approved and locked', () => {
  it('records each step with name and time, and the SHA-256 of the approved minutes PDF', async () => {
    const { approved, decisions } = await approvedMeeting();
    expect(approved.locked).toBe(true);
    expect(approved.minutesWorkflow).toMatchObject({ state: 'approved', approvedBy: 'Anna Alm' });
    expect(approved.minutesWorkflow.approvedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    const sha = approved.minutesWorkflow.sha256!;
    expect(sha).toMatch(/^[0-9a-f]{64}$/);

    // The minutes exported later, in the approving language, are the very bytes approved.
    const written = await f.value('meetings:exportPdf', { meetingId: approved.id, document: 'minutes', language: 'sv' });
    expect(written.path.endsWith('.pdf')).toBe(true);
    const bytes = readFileSync(written.path);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(sha);
    const text = execFileSync('pdftotext', ['-layout', written.path, '-'], { encoding: 'utf8' });
    for (const d of decisions) expect(text).toContain(d.number);
    expect(text).toContain('Justerat av Bo Berg');
    expect(text).toContain('Godkänt av Anna Alm');
    // The tally as in the vote test: 4 of 6 members met, 46 000 of 100 000 not met.
    expect(text).toMatch(/ja 4 av 6 av de röstberättigade; krav minst 2\/3 – uppfyllt/u);
    expect(text).toMatch(/ja 46\s000 av 100\s000 av de röstberättigade; krav minst 1\/2 – ej uppfyllt/u);
    // PDF/A-2b as far as this machine can check without a validator: XMP identification, an
    // OutputIntent with an ICC profile, every font embedded, no encryption, the language, tagged.
    checkPdfA(written.path, 'sv-SE');
  });

  it('refuses every governance write channel that touches the locked meeting, writing nothing', async () => {
    const { approved, c, decisions, voted } = await approvedMeeting();
    const adoptedDecision = decisions.find((d) => d.status === 'adopted')!;
    const link = adoptedDecision.links[0]!;
    const item = approved.agenda[0]!;
    const before = await dbContentHash(f.ctx.session.db);
    const tried: Record<string, unknown> = {
      'meetings:update': { id: approved.id, title: 'Nytt namn' },
      'agenda:addItem': { meetingId: approved.id, title: 'Övrigt', kind: 'information', estimatedMinutes: 5 },
      'agenda:updateItem': { id: item.id, minutes: 'Ändrad anteckning' },
      'agenda:moveItem': { id: approved.agenda[1]!.id, direction: 'up' },
      'agenda:removeItem': { id: item.id },
      'attendance:set': { meetingId: approved.id, personId: c.seats[5]!.personId, status: 'absent' },
      'attendance:setAll': { meetingId: approved.id, status: 'absent' },
      'meetings:recordMinutes': { meetingId: approved.id, items: [{ agendaItemId: voted.id, outcome: 'adopted' }] },
      'votes:set': { agendaItemId: voted.id, seatId: c.seats[5]!.seatId, choice: 'yes' },
      'minutes:draft': { meetingId: approved.id, draftedBy: 'Någon', adjusterSeatIds: [c.seats[0]!.seatId] },
      'minutes:check': { meetingId: approved.id, seatId: c.seats[1]!.seatId },
      'minutes:uncheck': { meetingId: approved.id, seatId: c.seats[1]!.seatId },
      'minutes:discardDraft': { meetingId: approved.id },
      'minutes:approve': { meetingId: approved.id, approvedBy: 'Någon' },
      'decisions:create': { bodyId: c.body.id, title: 'Efterhandsbeslut', text: '', meetingId: approved.id },
      'decisions:update': { id: adoptedDecision.id, text: 'Annan lydelse' },
      'decisions:setStatus': { id: adoptedDecision.id, status: 'rejected' },
      'decisions:addLink': { decisionId: adoptedDecision.id, kind: 'relates_to', targetDecisionId: decisions[0]!.id },
      'decisions:removeLink': { id: link.id },
      // Not a governance channel, but it links a snapshot to a decision of the locked meeting.
      'scenarios:adopt': { scenarioId: (await f.value('scenarios:list', { cooperationId: SKARABORG }))[0]!.id, decisionId: adoptedDecision.id },
    };
    for (const [channel, input] of Object.entries(tried)) {
      const error = await refusal(channel, input);
      expect(error, channel).toMatchObject({ code: 'CONFLICT', messageKey: 'error.meeting.locked' });
      expect(localizeError(error, 'sv').message, channel).toContain('justerat och godkänt');
    }
    expect(await dbContentHash(f.ctx.session.db)).toBe(before);

    // Every governance command is either tried above or does not write to a meeting (new records, other bodies, files).
    const notAboutAMeeting = [
      'bodies:create', 'bodies:update', 'bodies:setVotingRule', 'seats:add', 'seats:end', 'persons:create', 'meetings:create', 'meetings:copy',
      'meetings:exportPack', 'meetings:exportPdf', 'meetings:exportCalendar', 'bodies:exportCalendar', 'decisions:exportExtract', 'agreements:create', 'agreements:update',
    ];
    const commands = Object.entries(governanceChannels).filter(([, spec]) => spec.mutates).map(([name]) => name);
    expect(commands.filter((name) => !(name in tried) && !notAboutAMeeting.includes(name))).toEqual([]);

    // A later decision may still supersede an approved one (that is the register's history, not a change of the minutes).
    const later = await f.value('decisions:create', { bodyId: c.body.id, title: 'Ny ordning', text: '', status: 'adopted', decidedOn: '2026-06-01', links: [{ kind: 'supersedes', targetDecisionId: adoptedDecision.id }] });
    const superseded = await f.value('decisions:setStatus', { id: adoptedDecision.id, status: 'superseded' });
    expect(superseded.status).toBe('superseded');
    expect(later.number).toBe('FF 2026:3');
  });

  it('keeps the approved tally when the rule or the population changes later', async () => {
    const { approved, c, voted } = await approvedMeeting();
    await f.value('bodies:setVotingRule', { bodyId: c.body.id, rule: { conditions: [{ measure: 'members', base: 'cast', comparison: 'more_than', num: 1, den: 2 }] }, metric: null, referenceDate: null });
    const again = await f.value('meetings:get', { id: approved.id });
    expect(again.agenda.find((i) => i.id === voted.id)!.vote).toEqual(approved.agenda.find((i) => i.id === voted.id)!.vote);
    expect(again.voting).toEqual(approved.voting);
  });
});

describe('extracts, the pack, the calendar and a copied meeting', () => {
  it('writes an extract per decision with the adopted annex, the pack as PDF and an .ics', async () => {
    const { approved, decisions } = await approvedMeeting();
    const adoptedDecision = decisions.find((d) => d.status === 'adopted')!;
    const extract = await f.value('decisions:exportExtract', { decisionId: adoptedDecision.id, language: 'sv' });
    const text = execFileSync('pdftotext', ['-layout', extract.path, '-'], { encoding: 'utf8' });
    expect(text).toContain(`Protokollsutdrag ${adoptedDecision.number}`);
    expect(text).toContain('Bilaga: fördelning enligt');
    expect(text).toContain(approved.minutesWorkflow.sha256!);
    // The annex's rows: every member of the adopted snapshot by name, and the total line.
    const snapshot = await f.value('snapshots:get', { id: adoptedDecision.links.find((l) => l.kind === 'adopts_snapshot')!.snapshotId! });
    expect(snapshot.id).toBeGreaterThan(0);
    expect(text).toContain('Summa');

    checkPdfA(extract.path, 'sv-SE');
    const pack = await f.value('meetings:exportPdf', { meetingId: approved.id, document: 'pack', language: 'nb' });
    checkPdfA(pack.path, 'nb-NO');
    const packText = execFileSync('pdftotext', [pack.path, '-'], { encoding: 'utf8' });
    expect(packText).toContain('Sakspapirer');
    expect(packText).toContain('Dagsorden');

    const ics = await f.value('meetings:exportCalendar', { meetingId: approved.id });
    const cal = readFileSync(ics.path, 'utf8');
    expect(cal.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(cal).toContain('DTSTART;TZID=Europe/Stockholm:20260310T100000\r\n');
    // 5 + 30 + 20 minutes of agenda from 10:00: ends 10:55.
    expect(cal).toContain('DTEND;TZID=Europe/Stockholm:20260310T105500\r\n');
    expect(cal.split('\r\n').every((line) => Buffer.byteLength(line, 'utf8') <= 75)).toBe(true);
  });

  it('copies a meeting with its agenda but without proposals, minutes or votes', async () => {
    const { approved } = await approvedMeeting();
    const copy = await f.value('meetings:copy', { id: approved.id, startsAt: '2026-05-12T10:00', title: 'Fullmäktige maj 2026' });
    expect(copy).toMatchObject({ title: 'Fullmäktige maj 2026', status: 'planned', locked: false });
    expect(copy.agenda.map((i) => [i.title, i.kind, i.proposal, i.vote])).toEqual([
      ['Val av justerare', 'information', null, null],
      ['Ändrad förbundsordning', 'decision', null, null],
      ['Ny kostnadsfördelning', 'decision', null, null],
    ]);
  });
});
