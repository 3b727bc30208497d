/**
 * Which backups to keep, by age rather than by count: every backup of the last hour; then the
 * newest of each hour for a day, of each day for a month, of each week for three months, and of
 * each month beyond. The newest backup is never deleted (every scheduled backup passed SQLite's
 * check before it was taken: src/main/backup/take-backup.ts), so pruning can never leave a
 * workspace without its latest good copy, however many backups a damaged file would have made.
 */
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** The bucket a backup of age `age` (ms) taken at `takenAt` falls in; null = keep it outright. */
function bucketOf(takenAt: Date, age: number): string | null {
  if (age < HOUR) return null;
  const iso = takenAt.toISOString();
  if (age < DAY) return `h:${iso.slice(0, 13)}`;
  if (age < 31 * DAY) return `d:${iso.slice(0, 10)}`;
  if (age < 92 * DAY) {
    // Weeks counted from the Unix epoch's Monday (1970-01-05), the same week for everyone.
    const week = Math.floor((takenAt.getTime() - Date.UTC(1970, 0, 5)) / (7 * DAY));
    return `w:${week}`;
  }
  return `m:${iso.slice(0, 7)}`;
}

/**
 * The backups to delete among `backups` (any order; `takenAt` in ISO time) at `now`: in each
 * bucket all but the newest; never the newest of all; never one from the future (a wrong clock).
 */
export function backupsToPrune<T extends { readonly takenAt: string }>(backups: readonly T[], now: Date): T[] {
  const sorted = [...backups].sort((a, b) => b.takenAt.localeCompare(a.takenAt));
  const kept = new Set<string>();
  const prune: T[] = [];
  sorted.forEach((backup, index) => {
    const time = new Date(backup.takenAt);
    const age = now.getTime() - time.getTime();
    const bucket = index === 0 || age < 0 ? null : bucketOf(time, age);
    if (bucket === null || !kept.has(bucket)) {
      if (bucket !== null) kept.add(bucket);
      return;
    }
    prune.push(backup);
  });
  return prune;
}
