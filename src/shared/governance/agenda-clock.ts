/**
 * An agenda's running clock: when each item starts and ends if the meeting keeps to the estimates.
 *
 * Times are local wall-clock times without zone (a meeting is held where it is held), so the
 * arithmetic is on Temporal.PlainDateTime: a meeting that runs past midnight simply moves to the
 * next date, and the night a clock changes for summer time is not special (an agenda is a plan
 * in minutes of discussion, not a timetable of instants). Items run back to back in `position`
 * order; breaks are items like any other, with their own estimate.
 */
import { Temporal } from 'temporal-polyfill';
import { AndelError, invalidField, issue } from '../errors';
import { ref } from '../i18n/translate';
import { localDateTime } from '../iso-date';

export interface ClockedItemInput {
  readonly estimatedMinutes: number;
  /** Order on the agenda; items without it keep their given order. */
  readonly position?: number;
}

export interface ClockedItem<T> {
  readonly item: T;
  /** `YYYY-MM-DDTHH:MM`, local. */
  readonly startsAt: string;
  readonly endsAt: string;
  /** `HH:MM` for display. */
  readonly startTime: string;
  readonly endTime: string;
  /** Days after the meeting's start date (0 the same day, 1 after midnight…), for a "+1" mark. */
  readonly startDayOffset: number;
  readonly endDayOffset: number;
  /** Minutes from the meeting's start to this item's start. */
  readonly offsetMinutes: number;
}

export interface AgendaClock<T> {
  readonly startsAt: string;
  readonly endsAt: string;
  readonly endTime: string;
  readonly endDayOffset: number;
  readonly totalMinutes: number;
  readonly items: readonly ClockedItem<T>[];
}

/** A meeting longer than this is a typing error (an estimate in hours, an extra zero), not a plan. */
export const MAX_AGENDA_MINUTES = 7 * 24 * 60;

const toMinute = (dt: Temporal.PlainDateTime): string => dt.toString({ smallestUnit: 'minute' });
const timeOf = (dt: Temporal.PlainDateTime): string => dt.toPlainTime().toString({ smallestUnit: 'minute' });

export function agendaClock<T extends ClockedItemInput>(meetingStartsAt: string, items: readonly T[]): AgendaClock<T> {
  const parsed = localDateTime.safeParse(meetingStartsAt);
  if (!parsed.success) throw invalidField('startsAt', 'error.tally.notDateTime', { value: meetingStartsAt });
  const start = Temporal.PlainDateTime.from(meetingStartsAt, { overflow: 'reject' });
  const startDate = start.toPlainDate();
  const dayOffset = (dt: Temporal.PlainDateTime): number => startDate.until(dt.toPlainDate(), { largestUnit: 'days' }).days;

  // Stable sort: items with equal or missing positions keep the order they were given in.
  const ordered = items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => (a.item.position ?? a.index) - (b.item.position ?? b.index) || a.index - b.index);

  let offset = 0;
  const clocked: ClockedItem<T>[] = [];
  for (const { item, index } of ordered) {
    const minutes = item.estimatedMinutes;
    if (!Number.isInteger(minutes) || minutes < 0) {
      throw invalidField(`items[${index}].estimatedMinutes`, 'error.agenda.minutesNotWhole', { minutes: String(minutes) });
    }
    const from = start.add({ minutes: offset });
    offset += minutes;
    if (offset > MAX_AGENDA_MINUTES) {
      throw new AndelError('INVALID_INPUT', ref('error.agenda.tooLong', { hours: MAX_AGENDA_MINUTES / 60 }), [issue(`items[${index}].estimatedMinutes`, 'error.agenda.tooLongIssue')]);
    }
    const to = start.add({ minutes: offset });
    clocked.push({
      item,
      startsAt: toMinute(from),
      endsAt: toMinute(to),
      startTime: timeOf(from),
      endTime: timeOf(to),
      startDayOffset: dayOffset(from),
      endDayOffset: dayOffset(to),
      offsetMinutes: offset - minutes,
    });
  }
  const end = start.add({ minutes: offset });
  return {
    startsAt: toMinute(start),
    endsAt: toMinute(end),
    endTime: timeOf(end),
    endDayOffset: dayOffset(end),
    totalMinutes: offset,
    items: clocked,
  };
}
