/**
 * The votes and the minutes' workflow in the workspace document: a body's voting rule, votes on an
 * agenda item (one cast by proxy), minutes checked by two adjusters and approved, all made with the
 * services; then `andel export-json` → `andel import-json` into a new file → `andel export-json`
 * gives the same bytes, with every new row present. A vote naming a seat that does not exist, or a
 * seat of another body, is refused naming the path, and no file is written.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareDocuments } from '../../../src/main/document/compare-documents';
import { exportDocument, serializeDocument } from '../../../src/main/document/export-document';
import { validateDocument } from '../../../src/main/document/validate-document';
import { workspaceDocumentSchema, type WorkspaceDocument } from '../../../src/shared/document/workspace-document.schema';
import { twoThirdsAndHalfPopulationRule } from '../../../src/shared/governance/vote-tally';
import { runAndel } from '../../helpers/cli';
import { useDemoWorkspace } from '../../helpers/demo-workspace';
import { FEDERATION_MEMBERS } from '../governance/federation-fixture';
import { SKARABORG } from '../governance/governance-fixture';

const f = useDemoWorkspace();
const andel = (...args: string[]) => runAndel(args, { ANDEL_LANG: 'en', ANDEL_DEBUG: '' });

/** A council of six seats with a voting rule; a meeting whose decision item gets three votes (one by proxy); minutes approved after two adjusters checked. */
async function approvedMeeting() {
  const body = await f.value('bodies:create', { cooperationId: SKARABORG, name: 'Förbundsfullmäktige', kind: 'governance_council', permanent: true, decisionNumberPattern: 'FF {year}:{n}' });
  const seats: { seatId: number; personId: number }[] = [];
  for (const [index, member] of FEDERATION_MEMBERS.entries()) {
    const org = await f.value('organisations:create', { name: member.org, kind: 'municipality', countryCode: 'SE' });
    await f.value('metrics:upsert', { organisationId: org.id, metric: 'population', year: 2025, value: member.population, referenceDate: '2025-12-31' });
    const person = await f.value('persons:create', { name: member.person, organisationId: org.id });
    const seat = await f.value('seats:add', { bodyId: body.id, personId: person.id, organisationId: org.id, role: index === 0 ? 'chair' : 'member', fromDate: '2025-01-01' });
    seats.push({ seatId: seat.id, personId: person.id });
  }
  await f.value('bodies:setVotingRule', { bodyId: body.id, rule: twoThirdsAndHalfPopulationRule, metric: 'population', referenceDate: '2025-12-31' });
  const meeting = await f.value('meetings:create', { bodyId: body.id, title: 'Fullmäktige mars 2026', startsAt: '2026-03-10T10:00', place: 'Skövde' });
  const withItem = await f.value('agenda:addItem', { meetingId: meeting.id, title: 'Ändrad förbundsordning', kind: 'decision', estimatedMinutes: 30, proposal: 'Förbundsordningen ändras enligt bilaga.' });
  const item = withItem.agenda[0]!;
  await f.value('attendance:setAll', { meetingId: meeting.id, status: 'present' });
  const [a, b, c, d] = seats;
  await f.value('attendance:set', { meetingId: meeting.id, personId: d!.personId, status: 'proxy', proxyPersonId: c!.personId });
  await f.value('votes:set', { agendaItemId: item.id, seatId: a!.seatId, choice: 'yes' });
  await f.value('votes:set', { agendaItemId: item.id, seatId: b!.seatId, choice: 'abstain' });
  await f.value('votes:set', { agendaItemId: item.id, seatId: c!.seatId, choice: 'yes' });
  await f.value('votes:set', { agendaItemId: item.id, seatId: d!.seatId, choice: 'no', proxySeatId: c!.seatId });
  await f.value('meetings:recordMinutes', { meetingId: meeting.id, items: [{ agendaItemId: item.id, outcome: 'rejected', minutes: 'Omröstning begärdes.' }] });
  await f.value('minutes:draft', { meetingId: meeting.id, draftedBy: 'Sara Sekreterare', adjusterSeatIds: [b!.seatId, c!.seatId] });
  await f.value('minutes:check', { meetingId: meeting.id, seatId: b!.seatId });
  await f.value('minutes:check', { meetingId: meeting.id, seatId: c!.seatId });
  const approved = await f.value('minutes:approve', { meetingId: meeting.id, approvedBy: 'Anna Alm', language: 'sv' });
  return { body, seats, meeting, item, approved };
}

function writeDocument(name: string, document: WorkspaceDocument): string {
  const path = f.dir.file(name);
  writeFileSync(path, serializeDocument(document));
  return path;
}

describe('votes and minutes in the workspace document', () => {
  it('survive export-json → import-json → export-json byte for byte, every new row present', async () => {
    const { body, seats, meeting, item, approved } = await approvedMeeting();
    const exported = await exportDocument(f.ctx.session.db);
    const first = writeDocument('first.json', exported);

    // The rows as the services wrote them (the demo workspace holds none of these before).
    expect(exported.bodyVotingRules).toEqual([{ bodyId: body.id, rule: twoThirdsAndHalfPopulationRule, metric: 'population', referenceDate: '2025-12-31' }]);
    const [a, b, c, d] = seats;
    expect(exported.votes.map((v) => [v.agendaItemId, v.seatId, v.choice, v.proxySeatId])).toEqual([
      [item.id, a!.seatId, 'yes', null],
      [item.id, b!.seatId, 'abstain', null],
      [item.id, c!.seatId, 'yes', null],
      [item.id, d!.seatId, 'no', c!.seatId],
    ]);
    expect(exported.meetingMinutes).toHaveLength(1);
    const minutes = exported.meetingMinutes[0]!;
    expect(minutes).toMatchObject({ meetingId: meeting.id, draftedBy: 'Sara Sekreterare', approvedBy: 'Anna Alm', sha256: approved.minutesWorkflow.sha256 });
    expect(minutes.approvedAt).toBe(approved.minutesWorkflow.approvedAt);
    expect(minutes.content).not.toBeNull();
    expect(exported.minutesAdjusters.map((m) => [m.meetingId, m.seatId, m.checkedBy])).toEqual([
      [meeting.id, b!.seatId, 'Bo Berg'],
      [meeting.id, c!.seatId, 'Cecilia Ceder'],
    ]);

    const copy = f.dir.file('copy.andel');
    const imported = andel('import-json', copy, '--from', first);
    expect(imported.status, imported.stderr).toBe(0);
    const second = f.dir.file('second.json');
    const reexported = andel('export-json', copy, '--out', second);
    expect(reexported.status, reexported.stderr).toBe(0);
    expect(readFileSync(second, 'utf8')).toBe(readFileSync(first, 'utf8'));
  });

  it('refuses a vote naming a missing seat or a seat of another body, naming the path, and writes no file', async () => {
    const { body } = await approvedMeeting();
    const exported = await exportDocument(f.ctx.session.db);
    const otherSeat = exported.seats.find((seat) => seat.bodyId !== body.id)!;
    const missingSeat = Math.max(...exported.seats.map((seat) => seat.id)) + 1;

    const missing = structuredClone(exported);
    missing.votes[0]!.seatId = missingSeat;
    const refused = andel('import-json', f.dir.file('missing.andel'), '--from', writeDocument('missing.json', missing));
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toContain(`votes[0].seatId: no seat with id ${missingSeat}`);

    const foreign = structuredClone(exported);
    foreign.minutesAdjusters[1]!.seatId = otherSeat.id;
    const refusedForeign = andel('import-json', f.dir.file('foreign.andel'), '--from', writeDocument('foreign.json', foreign));
    expect(refusedForeign.status).not.toBe(0);
    expect(refusedForeign.stderr).toContain(`minutesAdjusters[1].seatId: seat ${otherSeat.id} belongs to body ${otherSeat.bodyId}, not to body ${body.id}`);

    expect(f.dir.list()).not.toContain('missing.andel');
    expect(f.dir.list()).not.toContain('foreign.andel');
  });

  it('refuses approved minutes whose content is not what Andel froze, or is of another meeting', async () => {
    await approvedMeeting();
    const exported = await exportDocument(f.ctx.session.db);
    const pathsOf = (document: unknown): string[] => {
      const result = validateDocument(document);
      return result.ok ? [] : result.issues.map((found) => found.path);
    };
    expect(pathsOf(exported)).toEqual([]);

    const garbled = structuredClone(exported);
    garbled.meetingMinutes[0]!.content = { note: 'not minutes' } as never;
    expect(pathsOf(garbled)).toContain('meetingMinutes[0].content.meeting');

    const elsewhere = structuredClone(exported);
    const content = elsewhere.meetingMinutes[0]!.content as { meeting: { id: number } };
    content.meeting.id += 1000;
    expect(pathsOf(elsewhere)).toEqual(['meetingMinutes[0].content.meeting.id']);

    const halfApproved = structuredClone(exported);
    halfApproved.meetingMinutes[0]!.sha256 = null;
    expect(pathsOf(halfApproved)).toEqual(['meetingMinutes[0].approvedAt']);
  });

  it('reads a document written before these collections existed as having none', () => {
    const parsed = workspaceDocumentSchema.parse({ format: 'andel-workspace', formatVersion: 1, workspace: { name: 'Äldre', defaultCurrency: 'SEK', locale: 'sv' } });
    expect([parsed.bodyVotingRules, parsed.votes, parsed.meetingMinutes, parsed.minutesAdjusters]).toEqual([[], [], [], []]);
  });

  it('lets the sync compare tell a changed vote and removed minutes by their keys', async () => {
    const { meeting } = await approvedMeeting();
    const before = await exportDocument(f.ctx.session.db);
    const after = structuredClone(before);
    after.votes[1]!.choice = 'no';
    after.meetingMinutes = [];
    const difference = compareDocuments(before, after);
    const votes = difference.collections.find((found) => found.collection === 'votes')!;
    expect(votes.changed).toEqual([{ id: before.votes[1]!.id, label: null, changes: [{ field: 'choice', before: 'abstain', after: 'no' }] }]);
    const minutes = difference.collections.find((found) => found.collection === 'meetingMinutes')!;
    // The minutes have no id of their own: they are known by their meeting.
    expect(minutes.removed.map((removed) => removed.id)).toEqual([meeting.id]);
  });
});
