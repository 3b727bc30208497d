/**
 * A held meeting's agenda is frozen: once its minutes are recorded, adding, removing or reordering
 * items would renumber the § the minutes and the meeting pack refer to, so the service refuses it
 * (CONFLICT, message key error.agenda.frozen, translated) and the meeting view says so for the UI.
 */
import { describe, expect, it } from 'vitest';
import { localizeError, type ApiError } from '../../../src/shared/errors';
import { dbContentHash } from '../../helpers/db-content-hash';
import { useDemoWorkspace } from '../../helpers/demo-workspace';
import { STEERING_GROUP } from './governance-fixture';

const f = useDemoWorkspace();

async function heldMeeting() {
  const meeting = await f.value('meetings:create', { bodyId: STEERING_GROUP, title: 'Styrgruppsmöte april 2018', startsAt: '2018-04-05T13:00', place: 'Skövde' });
  await f.value('agenda:addItem', { meetingId: meeting.id, title: 'Öppnande', kind: 'information', estimatedMinutes: 10 });
  const planned = await f.value('agenda:addItem', { meetingId: meeting.id, title: 'Budget 2019', kind: 'decision', estimatedMinutes: 30, proposal: 'Budgeten fastställs.' });
  expect(planned.agendaFrozen).toBe(false);
  const budget = planned.agenda[1]!;
  const recorded = await f.value('meetings:recordMinutes', { meetingId: meeting.id, items: [{ agendaItemId: budget.id, outcome: 'adopted' }] });
  return recorded.meeting;
}

async function refusal(channel: string, input: unknown): Promise<ApiError> {
  const result = await f.call(channel, input);
  expect(result.ok).toBe(false);
  return (result as { ok: false; error: ApiError }).error;
}

describe('the agenda of a meeting whose minutes are recorded', () => {
  it('refuses reorder, add and remove, writing nothing, and says why in the reader’s language', async () => {
    const meeting = await heldMeeting();
    expect(meeting.status).toBe('held');
    expect(meeting.agendaFrozen).toBe(true);
    const before = await dbContentHash(f.ctx.session.db);
    const [first, second] = meeting.agenda;
    const refusals = [
      await refusal('agenda:moveItem', { id: second!.id, direction: 'up' }),
      await refusal('agenda:addItem', { meetingId: meeting.id, title: 'Övrigt', kind: 'information', estimatedMinutes: 5 }),
      await refusal('agenda:removeItem', { id: first!.id }),
    ];
    for (const error of refusals) expect(error).toMatchObject({ code: 'CONFLICT', messageKey: 'error.agenda.frozen' });
    expect(refusals[0]!.message).toContain('Styrgruppsmöte april 2018');
    expect(localizeError(refusals[0]!, 'sv').message).toContain('protokollet');
    expect(localizeError(refusals[0]!, 'nb').message).toContain('protokollen');
    expect(await dbContentHash(f.ctx.session.db)).toBe(before);
    // The § numbers stay as the minutes have them.
    expect((await f.value('meetings:get', { id: meeting.id })).agenda.map((i) => [i.ordinal, i.title])).toEqual([[1, 'Öppnande'], [2, 'Budget 2019']]);
  });

  it('still lets the minutes of an item be corrected', async () => {
    const meeting = await heldMeeting();
    const view = await f.value('agenda:updateItem', { id: meeting.agenda[0]!.id, minutes: 'Mötet öppnades kl. 13.00.' });
    expect(view.agenda[0]?.minutes).toBe('Mötet öppnades kl. 13.00.');
  });

  it('freezes the held meetings of the demo register too', async () => {
    const held = (await f.value('meetings:list', {})).find((m) => m.status === 'held')!;
    const view = await f.value('meetings:get', { id: held.id });
    expect(view.agendaFrozen).toBe(true);
    expect(await refusal('agenda:moveItem', { id: view.agenda[view.agenda.length - 1]!.id, direction: 'up' })).toMatchObject({ code: 'CONFLICT', messageKey: 'error.agenda.frozen' });
  });
});
