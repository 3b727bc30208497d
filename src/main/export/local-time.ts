/**
 * Dates and times in exports as the user's clock shows them: an annex exported at 00:30 in
 * Stockholm is dated that day, not the day before (UTC). Uses the machine's time zone.
 */
const pad = (n: number): string => String(n).padStart(2, '0');

/** `2026-11-21`, the local calendar date. */
export function localDate(at: Date): string {
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** `2026-11-21 13.00.00`, local, with dots for colons so it can stand in a file name on every file system. */
export function localStamp(at: Date): string {
  return `${localDate(at)} ${pad(at.getHours())}.${pad(at.getMinutes())}.${pad(at.getSeconds())}`;
}
