import { describe, expect, it } from 'vitest';
import { backupsToPrune } from '../../../src/main/backup/retention';

const at = (iso: string) => ({ takenAt: new Date(iso).toISOString() });

describe('backups kept by age', () => {
  it('26 hours of backups every 20 minutes: all of the last hour, one an hour for a day, one for the day before', () => {
    // 79 backups from 2026-11-20 06:00 to 2026-11-21 08:00 UTC, one every 20 minutes; now = the last.
    const backups = Array.from({ length: 79 }, (_, k) => at(new Date(Date.UTC(2026, 10, 20, 6, 0) + k * 20 * 60_000).toISOString()));
    const now = new Date('2026-11-21T08:00:00Z');
    const pruned = new Set(backupsToPrune(backups, now).map((b) => b.takenAt));
    const kept = backups.filter((b) => !pruned.has(b.takenAt)).map((b) => b.takenAt.slice(0, 16));
    // By hand:
    //  - younger than an hour: 08:00, 07:40, 07:20 on the 21st (3);
    //  - 1 to 24 hours old: the newest in each clock hour from 20th 08:xx to 21st 07:xx (24 hours):
    //    07:00 on the 21st (07:20 and 07:40 are kept above), xx:40 for the hours 00–06 of the 21st and
    //    08–23 of the 20th (08:00 on the 20th is exactly 24 h old, so it belongs to its day);
    //  - 24 hours or older: the newest of 2026-11-20 among 06:00–08:00, i.e. 08:00 (1).
    expect(kept).toHaveLength(3 + 24 + 1);
    expect(kept).toContain('2026-11-21T08:00');
    expect(kept).toContain('2026-11-21T07:20');
    expect(kept).toContain('2026-11-21T07:00');
    expect(kept).toContain('2026-11-20T23:40');
    expect(kept).toContain('2026-11-20T08:40');
    expect(kept).toContain('2026-11-20T08:00');
    expect(kept).not.toContain('2026-11-20T07:40');
    expect(kept).not.toContain('2026-11-20T23:20');
  });

  it('weeks and months further back, and never the newest, however old', () => {
    const now = new Date('2026-12-01T00:00:00Z');
    // Daily backups for 200 days.
    const backups = Array.from({ length: 200 }, (_, k) => at(new Date(now.getTime() - (k + 1) * 86_400_000).toISOString()));
    const kept = new Set(backups.map((b) => b.takenAt));
    for (const pruned of backupsToPrune(backups, now)) kept.delete(pruned.takenAt);
    // Days 1–30 old: one a day (30). 31–91 days: one a week (about 9). 92–200 days: one a month (about 4).
    expect(kept.size).toBeGreaterThanOrEqual(30 + 8 + 3);
    expect(kept.size).toBeLessThanOrEqual(30 + 10 + 5);
    // A single backup a year old is the newest: kept.
    expect(backupsToPrune([at('2025-12-01T00:00:00Z')], now)).toEqual([]);
    // Two in the same old month: the newer stays.
    expect(backupsToPrune([at('2025-06-03T00:00:00Z'), at('2025-06-20T00:00:00Z'), at('2026-11-30T00:00:00Z')], now).map((b) => b.takenAt)).toEqual([new Date('2025-06-03T00:00:00Z').toISOString()]);
  });
});
