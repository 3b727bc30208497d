/**
 * Dates in Andel are calendar dates held as ISO text (`2024-12-31`), never instants: formatting
 * goes through UTC so a date never shifts by a day in a time zone west or east of Greenwich.
 */
import { intlLocale, type Language } from './locales';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const cache = new Map<string, Intl.DateTimeFormat>();

function dateFormat(language: Language, style: 'short' | 'long'): Intl.DateTimeFormat {
  const key = `${language}|${style}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(language), { dateStyle: style === 'short' ? 'short' : 'long', timeZone: 'UTC' });
    cache.set(key, format);
  }
  return format;
}

/**
 * `2024-12-31` (sv), `31.12.2024` (nb), `31/12/2024` (en) — or the long form `31 december 2024`.
 * Text that is not an ISO date is returned unchanged, so bad data stays visible rather than hidden.
 */
export function formatDate(isoDate: string, language: Language, style: 'short' | 'long' = 'short'): string {
  const match = ISO_DATE.exec(isoDate);
  if (!match) return isoDate;
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return dateFormat(language, style).format(date);
}
