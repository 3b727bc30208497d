/**
 * Helpers the governance services (bodies, meetings, decisions, agreements) share: "today" from the
 * injected clock, the not-found error, the collation and whether a seat is current. (The audit entry
 * every change writes is in audit-entry.)
 */
import { notFoundError, type AndelError } from '../../../shared/errors';
/** Governance's services take their query handle from here. */
export type { Db } from '../../db/db-handle';
import type { Clock } from '../clock';

/** Today's date on the user's machine as `YYYY-MM-DD` (a meeting or a deadline is local). */
export function todayOf(clock: Clock): string {
  const now = clock();
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export const notFound = (what: string, id: number): AndelError => notFoundError(what, id);

/** Sorts by a Swedish/Norwegian-aware collation so Å, Ä, Ö and Ø land where readers expect them. */
export const collator = new Intl.Collator('sv', { sensitivity: 'base', numeric: true });

/** Whether a seat is held on `asOf` (both ends inclusive; an open end runs on). */
export function seatIsCurrent(seat: { readonly fromDate: string | null; readonly toDate: string | null }, asOf: string): boolean {
  return (seat.fromDate === null || seat.fromDate <= asOf) && (seat.toDate === null || seat.toDate >= asOf);
}
