/**
 * Searching the decision register, purely in memory: the register of a consortium holds hundreds
 * of decisions, not millions, so the renderer can filter as the user types and main can answer
 * the CLI with the very same rules.
 *
 * Filters combine with AND. The text query is split into words; every word must occur (as a
 * substring, case- and diacritics-insensitively) in the number, title or text of a decision.
 * Results are ordered by decision date, then number (numerically: `SG 2016:9` before `SG 2016:10`),
 * then id; decisions without a date (open proposals) come last.
 */
import { z } from 'zod';
import { decisionStatuses } from '../document/workspace-document.schema';
import type { DecisionStatus } from './decision-status';
import { foldText, queryTerms } from './fold-text';

const oneOrMany = <S extends z.ZodType>(schema: S) => z.union([schema, z.array(schema)]);

/** The search as it crosses the API: every field optional. */
export const decisionSearchSchema = z
  .object({
    bodyId: oneOrMany(z.number().int().positive()).optional(),
    year: oneOrMany(z.number().int().min(1900).max(2200)).optional(),
    status: oneOrMany(z.enum(decisionStatuses)).optional(),
    tag: z.string().trim().min(1).max(60).optional(),
    query: z.string().max(500).optional(),
    order: z.enum(['asc', 'desc']).optional(),
  })
  .strict();

export type DecisionSearch = z.infer<typeof decisionSearchSchema>;

/** The fields of a decision record the search reads. */
export interface SearchableDecision {
  readonly id: number;
  readonly bodyId: number;
  readonly year: number;
  readonly sequence: number;
  readonly number: string;
  readonly decidedOn: string | null;
  readonly title: string;
  readonly text: string;
  readonly status: DecisionStatus;
  readonly tags: readonly string[];
}

const asSet = <V>(value: V | readonly V[] | undefined): ReadonlySet<V> | null =>
  value === undefined ? null : new Set(Array.isArray(value) ? (value as readonly V[]) : [value as V]);

/** Compares strings with runs of digits compared as numbers, so `:9` sorts before `:10`. */
export function compareNatural(a: string, b: string): number {
  const chunks = (s: string): string[] => s.match(/\d+|\D+/g) ?? [];
  const ca = chunks(foldText(a));
  const cb = chunks(foldText(b));
  for (let i = 0; i < Math.min(ca.length, cb.length); i += 1) {
    const x = ca[i] as string;
    const y = cb[i] as string;
    if (x === y) continue;
    const xDigits = /^\d/.test(x);
    const yDigits = /^\d/.test(y);
    if (xDigits && yDigits) {
      // Compare by length after stripping zeros, then lexically: exact for any number of digits.
      const xs = x.replace(/^0+(?=\d)/, '');
      const ys = y.replace(/^0+(?=\d)/, '');
      if (xs.length !== ys.length) return xs.length - ys.length;
      if (xs !== ys) return xs < ys ? -1 : 1;
      return x.length - y.length;
    }
    return x < y ? -1 : 1;
  }
  return ca.length - cb.length;
}

/** Ascending register order: date (undated last), number, id. */
export function compareDecisions(a: SearchableDecision, b: SearchableDecision): number {
  if (a.decidedOn !== b.decidedOn) {
    if (a.decidedOn === null) return 1;
    if (b.decidedOn === null) return -1;
    return a.decidedOn < b.decidedOn ? -1 : 1;
  }
  return compareNatural(a.number, b.number) || a.id - b.id;
}

export function searchDecisions<T extends SearchableDecision>(decisions: Iterable<T>, search: DecisionSearch = {}): T[] {
  const bodies = asSet(search.bodyId);
  const years = asSet(search.year);
  const statuses = asSet(search.status);
  const tag = search.tag === undefined ? null : foldText(search.tag.trim());
  const terms = queryTerms(search.query ?? '');

  const found: T[] = [];
  for (const decision of decisions) {
    if (bodies && !bodies.has(decision.bodyId)) continue;
    if (years && !years.has(decision.year)) continue;
    if (statuses && !statuses.has(decision.status)) continue;
    if (tag !== null && !decision.tags.some((t) => foldText(t.trim()) === tag)) continue;
    if (terms.length > 0) {
      const haystack = foldText(`${decision.number}\n${decision.title}\n${decision.text}`);
      if (!terms.every((term) => haystack.includes(term))) continue;
    }
    found.push(decision);
  }
  found.sort(compareDecisions);
  return search.order === 'desc' ? found.reverse() : found;
}
