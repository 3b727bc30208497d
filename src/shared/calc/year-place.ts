/**
 * A place in one year of a computation (a pool component's weights, a component's or the year's
 * total): a path that stays the same in every language (`key.components[1].2027`, `charges.2027`)
 * and the place in the reader's words ("key.components[1] år 2027", "avgifterna år 2027").
 */
import { AndelError, invalidField, issue, ref, type MessageRef } from '../errors';
import type { MessageKey, MessageParams } from '../i18n/translate';

export interface YearPlace {
  readonly path: string;
  readonly where: MessageRef;
}

export const componentInYear = (index: number, year: number): YearPlace => ({
  path: `key.components[${index}].${year}`,
  where: ref('error.where.inYear', { place: `key.components[${index}]`, year: String(year) }),
});

export const chargesInYear = (year: number): YearPlace => ({ path: `charges.${year}`, where: ref('error.where.chargesInYear', { year: String(year) }) });

/** INVALID_INPUT at a path or a place in a year, in the catalogue's words: "<place in words>: message". */
export function invalidAt(place: string | YearPlace, messageKey: MessageKey, params?: MessageParams): AndelError {
  if (typeof place === 'string') return invalidField(place, messageKey, params);
  return new AndelError('INVALID_INPUT', ref('error.issueAt', { path: place.where, detail: ref(messageKey, params) }), [issue(place.path, messageKey, params, place.where)]);
}
