import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { agendaClock } from '../../../src/shared/governance/agenda-clock';
import { AndelError } from '../../../src/shared/errors';

describe('agendaClock', () => {
  it('runs the Koha meeting item by item (Skaraborg steering group, December 2016)', () => {
    const items = [
      { title: 'Opening, agenda', estimatedMinutes: 5 },
      { title: 'Procurement result: library system', estimatedMinutes: 40 },
      { title: 'Coffee', estimatedMinutes: 15 },
      { title: 'Decision: choose Koha', estimatedMinutes: 30 },
      { title: 'Any other business', estimatedMinutes: 10 },
    ];
    const clock = agendaClock('2016-12-08T09:00', items);
    expect(clock.items.map((i) => [i.item.title, i.startTime, i.endTime, i.offsetMinutes])).toEqual([
      ['Opening, agenda', '09:00', '09:05', 0],
      ['Procurement result: library system', '09:05', '09:45', 5],
      ['Coffee', '09:45', '10:00', 45],
      ['Decision: choose Koha', '10:00', '10:30', 60],
      ['Any other business', '10:30', '10:40', 90],
    ]);
    expect(clock).toMatchObject({ startsAt: '2016-12-08T09:00', endsAt: '2016-12-08T10:40', endTime: '10:40', endDayOffset: 0, totalMinutes: 100 });
  });

  it('carries on past midnight into the next date, also at a month and year end', () => {
    const clock = agendaClock('2024-12-31T23:30', [
      { estimatedMinutes: 20 },
      { estimatedMinutes: 25 }, // 23:50–00:15, across midnight
      { estimatedMinutes: 0 },
      { estimatedMinutes: 1440 }, // a whole day
    ]);
    expect(clock.items.map((i) => [i.startsAt, i.endsAt, i.startTime, i.endTime, i.startDayOffset, i.endDayOffset])).toEqual([
      ['2024-12-31T23:30', '2024-12-31T23:50', '23:30', '23:50', 0, 0],
      ['2024-12-31T23:50', '2025-01-01T00:15', '23:50', '00:15', 0, 1],
      ['2025-01-01T00:15', '2025-01-01T00:15', '00:15', '00:15', 1, 1],
      ['2025-01-01T00:15', '2025-01-02T00:15', '00:15', '00:15', 1, 2],
    ]);
    expect(clock).toMatchObject({ endsAt: '2025-01-02T00:15', endDayOffset: 2, totalMinutes: 1485 });
  });

  it('crosses a leap day', () => {
    const clock = agendaClock('2024-02-28T22:00', [{ estimatedMinutes: 180 }]);
    expect(clock.endsAt).toBe('2024-02-29T01:00');
  });

  it('orders by position when given, keeping the given order on ties', () => {
    const clock = agendaClock('2025-03-10T13:00', [
      { id: 'c', position: 3, estimatedMinutes: 10 },
      { id: 'a', position: 1, estimatedMinutes: 30 },
      { id: 'b1', position: 2, estimatedMinutes: 5 },
      { id: 'b2', position: 2, estimatedMinutes: 5 },
    ]);
    expect(clock.items.map((i) => [i.item.id, i.startTime])).toEqual([
      ['a', '13:00'],
      ['b1', '13:30'],
      ['b2', '13:35'],
      ['c', '13:40'],
    ]);
  });

  it('an empty agenda ends when it starts', () => {
    expect(agendaClock('2025-03-10T13:00', [])).toMatchObject({ endsAt: '2025-03-10T13:00', totalMinutes: 0, items: [] });
  });

  it.each([
    ['2016-12-08 09:00', [], /startsAt/],
    ['2016-12-32T09:00', [], /startsAt/],
    ['2016-12-08T24:00', [], /startsAt/],
    ['2016-12-08T09:00', [{ estimatedMinutes: -5 }], /items\[0\]\.estimatedMinutes/],
    ['2016-12-08T09:00', [{ estimatedMinutes: 10 }, { estimatedMinutes: 2.5 }], /items\[1\]\.estimatedMinutes/],
    ['2016-12-08T09:00', [{ estimatedMinutes: 6000 }, { estimatedMinutes: 6000 }], /more than 168 hours/],
  ])('refuses %s with %j', (startsAt, items, message) => {
    expect(() => agendaClock(startsAt, items)).toThrow(AndelError);
    expect(() => agendaClock(startsAt, items)).toThrow(message);
  });

  it('items run back to back and the total is the sum of the estimates', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 240 }), { maxLength: 30 }), fc.integer({ min: 0, max: 23 }), (minutes, hour) => {
        const clock = agendaClock(`2024-02-28T${String(hour).padStart(2, '0')}:30`, minutes.map((estimatedMinutes) => ({ estimatedMinutes })));
        expect(clock.totalMinutes).toBe(minutes.reduce((a, b) => a + b, 0));
        clock.items.forEach((item, i) => {
          expect(item.startsAt).toBe(i === 0 ? clock.startsAt : clock.items[i - 1]?.endsAt);
          expect(item.endsAt >= item.startsAt).toBe(true);
          expect(item.endDayOffset >= item.startDayOffset).toBe(true);
        });
        expect(clock.items.at(-1)?.endsAt ?? clock.startsAt).toBe(clock.endsAt);
      }),
    );
  });
});
