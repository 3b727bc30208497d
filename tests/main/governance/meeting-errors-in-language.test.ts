/**
 * Issue [3/9] item 12: what the agenda and the minutes refuse reads in Swedish and Norwegian, over
 * the real API on a demo workspace. Expected sentences written by hand.
 */
import { describe, expect, it } from 'vitest';
import { localizeError, type ApiError } from '../../../src/shared/errors';
import { useDemoWorkspace } from '../../helpers/demo-workspace';
import { STEERING_GROUP } from './governance-fixture';

const f = useDemoWorkspace();

async function refusal(promise: Promise<{ ok: boolean; error?: ApiError }>): Promise<ApiError> {
  const result = await promise;
  expect(result.ok).toBe(false);
  return result.error!;
}

describe('agenda and minutes refusals in the reader language', () => {
  it('moving the first item up, and minutes without an outcome', async () => {
    const meeting = await f.value('meetings:create', { bodyId: STEERING_GROUP, title: 'Styrgruppsmöte maj 2018', startsAt: '2018-05-03T09:00', place: 'Skövde' });
    const opened = await f.value('agenda:addItem', { meetingId: meeting.id, title: 'Öppnande', kind: 'information', estimatedMinutes: 10 });
    await f.value('agenda:addItem', { meetingId: meeting.id, title: 'Ny e-tjänst', kind: 'decision', estimatedMinutes: 45, proposal: 'Införa e-tjänsten.' });

    const first = await refusal(f.call('agenda:moveItem', { id: opened.agenda[0]!.id, direction: 'up' }));
    expect(localizeError(first, 'sv').message).toBe('Dagordningspunkten ”Öppnande” är redan först på dagordningen.');
    expect(localizeError(first, 'nb').issues?.[0]?.message).toBe('kan ikke flyttes opp');

    const minutes = await refusal(f.call('meetings:recordMinutes', { meetingId: meeting.id, items: [] }));
    expect(minutes.message).toBe('The minutes of "Styrgruppsmöte maj 2018" cannot be recorded: no outcome given for § 2 "Ny e-tjänst". Nothing was written.');
    expect(localizeError(minutes, 'sv').message).toBe('Protokollet för ”Styrgruppsmöte maj 2018” kan inte föras in: inget utfall angivet för § 2 ”Ny e-tjänst”. Ingenting skrevs.');
  });
});
