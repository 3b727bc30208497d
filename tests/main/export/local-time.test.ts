/**
 * Exports are dated and named by the user's clock, not UTC: an annex exported at 00:30 on
 * 22 November in Stockholm is dated 22 November (UTC still says the 21st), and its file name says
 * 00.30.00. The time zone is set for this file only; Node reads TZ afresh when it changes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportLabels } from '../../../src/main/export/export-labels';
import { localDate, localStamp } from '../../../src/main/export/local-time';
import { exportStem, sourceWords } from '../../../src/main/files/export-naming';

const previous = process.env['TZ'];
beforeAll(() => {
  process.env['TZ'] = 'Europe/Stockholm';
});
afterAll(() => {
  if (previous === undefined) delete process.env['TZ'];
  else process.env['TZ'] = previous;
});

describe('export dates and file names', () => {
  // 2026-11-21T23:30:00Z is 00:30 on the 22nd in Stockholm (UTC+1 in November, no summer time).
  const lateEvening = new Date('2026-11-21T23:30:00Z');
  // 2026-07-01T22:15:05Z is 00:15:05 on 2 July in Stockholm (UTC+2 in summer).
  const summerNight = new Date('2026-07-01T22:15:05Z');

  it('dates by the local calendar day, in winter and in summer time', () => {
    expect(localDate(lateEvening)).toBe('2026-11-22');
    expect(localDate(summerNight)).toBe('2026-07-02');
  });

  it('stamps file names with the local time, dots for colons', () => {
    expect(localStamp(lateEvening)).toBe('2026-11-22 00.30.00');
    expect(localStamp(summerNight)).toBe('2026-07-02 00.15.05');
  });

  it('names a file in the export language', () => {
    expect(exportStem(['Skaraborg', sourceWords(null, 'sv')], 'sv', lateEvening)).toBe('Skaraborg - utkast - sv - 2026-11-22 00.30.00');
    expect(exportStem(['Skaraborg', sourceWords(3, 'nb')], 'nb', lateEvening)).toBe('Skaraborg - versjon 3 - nb - 2026-11-22 00.30.00');
    expect(exportStem(['Skaraborg', sourceWords(3, 'en')], 'en', lateEvening)).toBe('Skaraborg - snapshot 3 - en - 2026-11-22 00.30.00');
    expect(exportLabels('sv').fileName.decisionRegister).toBe('beslutsregister');
  });
});
