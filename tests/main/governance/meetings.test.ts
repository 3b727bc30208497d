/** Meetings: agenda order and clock, attendance, and recording the minutes into the register in one step. */
import { describe, expect, it } from 'vitest';
import { dbContentHash } from '../../helpers/db-content-hash';
import { useDemoWorkspace } from '../../helpers/demo-workspace';
import { STEERING_GROUP } from './governance-fixture';

const f = useDemoWorkspace();

async function newMeeting() {
  const meeting = await f.value('meetings:create', { bodyId: STEERING_GROUP, title: 'Styrgruppsmöte mars 2018', startsAt: '2018-03-01T23:00', place: 'Skövde' });
  await f.value('agenda:addItem', { meetingId: meeting.id, title: 'Öppnande', kind: 'information', estimatedMinutes: 10 });
  await f.value('agenda:addItem', { meetingId: meeting.id, title: 'Ny e-tjänst', kind: 'decision', estimatedMinutes: 45, proposal: 'Styrgruppen föreslås besluta att införa e-tjänsten.', presenterPersonId: 2 });
  return f.value('agenda:addItem', { meetingId: meeting.id, title: 'Budget 2019', kind: 'decision', estimatedMinutes: 30, proposal: 'Budgeten fastställs.' });
}

describe('meetings and agenda', () => {
  it('keeps the agenda in order with a running clock that crosses midnight', async () => {
    const meeting = await newMeeting();
    expect(meeting.status).toBe('planned');
    expect(meeting.agenda.map((i) => [i.ordinal, i.title, i.startTime, i.endTime, i.endDayOffset])).toEqual([
      [1, 'Öppnande', '23:00', '23:10', 0],
      [2, 'Ny e-tjänst', '23:10', '23:55', 0],
      [3, 'Budget 2019', '23:55', '00:25', 1],
    ]);
    expect(meeting.agenda[1]?.presenterName).toBe('Tomas Jiglind');
    expect(meeting.pendingDecisionItemIds).toEqual([meeting.agenda[1]?.id, meeting.agenda[2]?.id]);

    const moved = await f.value('agenda:moveItem', { id: meeting.agenda[2]?.id ?? 0, direction: 'up' });
    expect(moved.agenda.map((i) => i.title)).toEqual(['Öppnande', 'Budget 2019', 'Ny e-tjänst']);
    expect(moved.agenda.map((i) => i.position)).toEqual([1, 2, 3]);
    expect(moved.agenda[2]?.startTime).toBe('23:40');

    const inserted = await f.value('agenda:addItem', { meetingId: meeting.id, title: 'Paus', kind: 'information', estimatedMinutes: 5, position: 2 });
    expect(inserted.agenda.map((i) => i.title)).toEqual(['Öppnande', 'Paus', 'Budget 2019', 'Ny e-tjänst']);
    const edited = await f.value('agenda:updateItem', { id: inserted.agenda[1]?.id ?? 0, estimatedMinutes: 15, title: 'Fika' });
    expect(edited.agenda.map((i) => i.startTime)).toEqual(['23:00', '23:10', '23:25', '23:55']);
    expect(edited.totalMinutes).toBe(100);
    const removed = await f.value('agenda:removeItem', { id: inserted.agenda[1]?.id ?? 0 });
    expect(removed.agenda.map((i) => [i.position, i.title])).toEqual([[1, 'Öppnande'], [2, 'Budget 2019'], [3, 'Ny e-tjänst']]);

    const before = await dbContentHash(f.ctx.session.db);
    expect(await f.call('agenda:moveItem', { id: removed.agenda[0]?.id ?? 0, direction: 'up' })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('already first') } });
    expect(await dbContentHash(f.ctx.session.db)).toBe(before);
  });

  it('records attendance per person, with proxies, next to the seats held that day', async () => {
    const meeting = await newMeeting();
    expect(meeting.attendance).toHaveLength(11);
    expect(meeting.attendance.every((a) => a.status === null)).toBe(true);
    await f.value('attendance:set', { meetingId: meeting.id, personId: 6, status: 'present' });
    const view = await f.value('attendance:set', { meetingId: meeting.id, personId: 7, status: 'proxy', proxyPersonId: 6 });
    expect(view.attendance.find((a) => a.personId === 7)).toMatchObject({ status: 'proxy', proxyPersonName: 'Bibliotekschef, Gullspång', seatRole: 'member' });
    const guest = await f.value('attendance:set', { meetingId: meeting.id, personId: 5, status: 'present' });
    expect(guest.attendance.find((a) => a.personId === 5)).toMatchObject({ personName: 'Tobias Carlgren', seatRole: null, status: 'present' });
    const cleared = await f.value('attendance:set', { meetingId: meeting.id, personId: 7, status: null });
    expect(cleared.attendance.find((a) => a.personId === 7)?.status).toBeNull();
  });

  it('records the minutes: every decision item into the register in one step, numbered in agenda order', async () => {
    const meeting = await newMeeting();
    const [, eService, budget] = meeting.agenda;
    // A proposal registered before the meeting keeps its number and moves to its outcome.
    const proposal = await f.value('decisions:create', { bodyId: STEERING_GROUP, meetingId: meeting.id, agendaItemId: budget?.id ?? 0, title: 'Budget 2019', text: 'Budgeten fastställs enligt bilaga.' });
    expect(proposal).toMatchObject({ number: 'SG 2018:1', status: 'proposed', decidedOn: null });

    const missing = await f.call('meetings:recordMinutes', { meetingId: meeting.id, items: [{ agendaItemId: budget?.id ?? 0, outcome: 'adopted' }] });
    expect(missing).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('no outcome given for § 2 "Ny e-tjänst"') } });

    const before = await dbContentHash(f.ctx.session.db);
    const wrongItem = await f.call('meetings:recordMinutes', {
      meetingId: meeting.id,
      items: [
        { agendaItemId: budget?.id ?? 0, outcome: 'adopted' },
        { agendaItemId: eService?.id ?? 0, outcome: 'postponed' },
        { agendaItemId: meeting.agenda[0]?.id ?? 0, outcome: 'adopted' },
      ],
    });
    expect(wrongItem).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ path: 'items[2].agendaItemId' }] } });
    expect(await dbContentHash(f.ctx.session.db)).toBe(before);

    const recorded = await f.value('meetings:recordMinutes', {
      meetingId: meeting.id,
      items: [
        { agendaItemId: budget?.id ?? 0, outcome: 'adopted', minutes: 'Enhälligt.', ownerPersonId: 2, reviewOn: '2018-12-01', tags: ['budget'] },
        { agendaItemId: eService?.id ?? 0, outcome: 'postponed', minutes: 'Bordlades till nästa möte.' },
      ],
      otherMinutes: [{ agendaItemId: meeting.agenda[0]?.id ?? 0, minutes: 'Mötet öppnades.' }],
    });
    expect(recorded.decisions.map((d) => [d.number, d.status, d.decidedOn, d.agendaItemTitle])).toEqual([
      ['SG 2018:2', 'postponed', '2018-03-01', 'Ny e-tjänst'],
      ['SG 2018:1', 'adopted', '2018-03-01', 'Budget 2019'],
    ]);
    expect(recorded.decisions[0]?.text).toBe('Styrgruppen föreslås besluta att införa e-tjänsten.');
    expect(recorded.decisions[1]).toMatchObject({ text: 'Budgeten fastställs enligt bilaga.', ownerName: 'Tomas Jiglind', reviewOn: '2018-12-01', tags: ['budget'] });
    expect(recorded.meeting.status).toBe('held');
    expect(recorded.meeting.pendingDecisionItemIds).toEqual([]);
    expect(recorded.meeting.agenda.map((i) => i.minutes)).toEqual(['Mötet öppnades.', 'Bordlades till nästa möte.', 'Enhälligt.']);

    const again = await f.call('meetings:recordMinutes', { meetingId: meeting.id, items: [{ agendaItemId: budget?.id ?? 0, outcome: 'rejected' }] });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('already recorded as SG 2018:1 (adopted)') } });
    expect(await f.call('agenda:removeItem', { id: budget?.id ?? 0 })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });
});
