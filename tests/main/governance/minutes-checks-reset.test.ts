/**
 * A change to a meeting after an adjuster has checked its minutes clears the checks: the adjusters
 * check the changed minutes again before they can be approved. Tried through each kind of write
 * (an item's notes, a vote, a decision's register entry, attendance); a refused write clears nothing. Also:
 * a written document names its export-log entry, so "Show in folder" / "Open" can find it.
 */
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useDemoWorkspace } from '../../helpers/demo-workspace';
import { SKARABORG } from './governance-fixture';

const f = useDemoWorkspace();

async function draftedMeeting() {
  const body = await f.value('bodies:create', { cooperationId: SKARABORG, name: 'Direktionen', kind: 'board', permanent: true, decisionNumberPattern: 'DIR {year}:{n}' });
  const seats: { seatId: number; personId: number }[] = [];
  for (const name of ['Ada Alm', 'Bo Berg', 'Cissi Ceder']) {
    const org = await f.value('organisations:create', { name: `Kommun ${name}`, kind: 'municipality', countryCode: 'SE' });
    const person = await f.value('persons:create', { name, organisationId: org.id });
    const seat = await f.value('seats:add', { bodyId: body.id, personId: person.id, organisationId: org.id, role: 'member', fromDate: '2025-01-01' });
    seats.push({ seatId: seat.id, personId: person.id });
  }
  const secretary = await f.value('persons:create', { name: 'Sekreteraren' });
  const secretarySeat = await f.value('seats:add', { bodyId: body.id, personId: secretary.id, organisationId: null, role: 'secretary', fromDate: '2025-01-01' });
  const meeting = await f.value('meetings:create', { bodyId: body.id, title: 'Direktionen april', startsAt: '2026-04-14T09:00' });
  const withItem = await f.value('agenda:addItem', { meetingId: meeting.id, title: 'Årsredovisning', kind: 'decision', estimatedMinutes: 15, proposal: 'Årsredovisningen godkänns.' });
  const item = withItem.agenda[0]!;
  await f.value('attendance:setAll', { meetingId: meeting.id, status: 'present' });
  await f.value('votes:set', { agendaItemId: item.id, seatId: seats[0]!.seatId, choice: 'yes' });
  const recorded = await f.value('meetings:recordMinutes', { meetingId: meeting.id, items: [{ agendaItemId: item.id, outcome: 'adopted' }] });
  await f.value('minutes:draft', { meetingId: meeting.id, draftedBy: 'Sekreteraren', adjusterSeatIds: [seats[1]!.seatId, seats[2]!.seatId] });
  return { body, seats, secretarySeat: secretarySeat.id, meeting, item, decision: recorded.decisions[0]! };
}

async function checks(meetingId: number): Promise<(string | null)[]> {
  return (await f.value('meetings:get', { id: meetingId })).minutesWorkflow.adjusters.map((a) => a.checkedBy);
}

describe('a change after an adjuster has checked the minutes', () => {
  it('clears every check, whichever write changed the meeting', async () => {
    const m = await draftedMeeting();
    const changes: [string, () => Promise<unknown>][] = [
      ['agenda:updateItem', () => f.value('agenda:updateItem', { id: m.item.id, minutes: 'Revisorerna föredrog berättelsen.' })],
      ['votes:set', () => f.value('votes:set', { agendaItemId: m.item.id, seatId: m.seats[1]!.seatId, choice: 'no' })],
      // An adopted decision's wording is final; its owner is part of the register entry the lock guards too.
      ['decisions:update', () => f.value('decisions:update', { id: m.decision.id, ownerPersonId: m.seats[0]!.personId })],
      ['attendance:set', () => f.value('attendance:set', { meetingId: m.meeting.id, personId: m.seats[2]!.personId, status: 'absent' })],
    ];
    for (const [channel, change] of changes) {
      await f.value('minutes:check', { meetingId: m.meeting.id, seatId: m.seats[1]!.seatId });
      const both = await f.value('minutes:check', { meetingId: m.meeting.id, seatId: m.seats[2]!.seatId });
      expect(both.minutesWorkflow.state, channel).toBe('checked');
      await change();
      const after = await f.value('meetings:get', { id: m.meeting.id });
      expect(after.minutesWorkflow.state, channel).toBe('draft');
      expect(after.minutesWorkflow.adjusters.map((a) => [a.checkedBy, a.checkedAt]), channel).toEqual([
        [null, null],
        [null, null],
      ]);
    }
    // Approval waits for the checks of the changed minutes, then goes through.
    const early = await f.call('minutes:approve', { meetingId: m.meeting.id, approvedBy: 'Ada Alm' });
    expect(early).toMatchObject({ ok: false, error: { code: 'CONFLICT', messageKey: 'error.minutes.notChecked' } });
    await f.value('minutes:check', { meetingId: m.meeting.id, seatId: m.seats[1]!.seatId });
    await f.value('minutes:check', { meetingId: m.meeting.id, seatId: m.seats[2]!.seatId });
    const approved = await f.value('minutes:approve', { meetingId: m.meeting.id, approvedBy: 'Ada Alm', language: 'sv' });
    expect(approved.minutesWorkflow.state).toBe('approved');
    expect(approved.minutesWorkflow.adjusters.map((a) => a.checkedBy)).toEqual(['Bo Berg', 'Cissi Ceder']);
  });

  it('keeps the checks when the change is refused, and when an adjuster checks', async () => {
    const m = await draftedMeeting();
    await f.value('minutes:check', { meetingId: m.meeting.id, seatId: m.seats[1]!.seatId });
    // The secretary holds no vote: refused, and Bo Berg's check stays.
    const refused = await f.call('votes:set', { agendaItemId: m.item.id, seatId: m.secretarySeat, choice: 'yes' });
    expect(refused.ok).toBe(false);
    expect(await checks(m.meeting.id)).toEqual(['Bo Berg', null]);
    // The second adjuster's check is no change to the minutes.
    await f.value('minutes:check', { meetingId: m.meeting.id, seatId: m.seats[2]!.seatId });
    expect(await checks(m.meeting.id)).toEqual(['Bo Berg', 'Cissi Ceder']);
  });

  it("takes one adjuster's check back (the undo of a check), leaving the other's", async () => {
    const m = await draftedMeeting();
    await f.value('minutes:check', { meetingId: m.meeting.id, seatId: m.seats[1]!.seatId });
    await f.value('minutes:check', { meetingId: m.meeting.id, seatId: m.seats[2]!.seatId });
    const back = await f.value('minutes:uncheck', { meetingId: m.meeting.id, seatId: m.seats[1]!.seatId });
    expect(back.minutesWorkflow.state).toBe('draft');
    expect(back.minutesWorkflow.adjusters.map((a) => a.checkedBy)).toEqual([null, 'Cissi Ceder']);
    // Ada Alm is no adjuster of these minutes.
    const refused = await f.call('minutes:uncheck', { meetingId: m.meeting.id, seatId: m.seats[0]!.seatId });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', messageKey: 'error.minutes.notAdjuster' } });
  });

  it('discards a draft no adjuster has checked (the undo of a first draft), and refuses once one has', async () => {
    const m = await draftedMeeting();
    await f.value('minutes:check', { meetingId: m.meeting.id, seatId: m.seats[1]!.seatId });
    const refused = await f.call('minutes:discardDraft', { meetingId: m.meeting.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', messageKey: 'error.minutes.adjustersFixed' } });
    await f.value('minutes:uncheck', { meetingId: m.meeting.id, seatId: m.seats[1]!.seatId });
    const discarded = await f.value('minutes:discardDraft', { meetingId: m.meeting.id });
    expect(discarded.minutesWorkflow).toMatchObject({ state: 'recorded', draftedBy: null, adjusters: [] });
  });
});

describe('a written document names its export-log entry', () => {
  it("the body's year as .ics: the entry with the file's name and SHA-256", async () => {
    const m = await draftedMeeting();
    const written = await f.value('bodies:exportCalendar', { bodyId: m.body.id, year: 2026 });
    expect(written.path.endsWith('.ics')).toBe(true);
    const entry = (await f.value('exports:list', {})).find((e) => e.id === written.exportId);
    expect(entry).toMatchObject({ fileName: basename(written.path), sha256: written.sha256 });
  });
});
