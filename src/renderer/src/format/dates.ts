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

// How each language types a date: sv as ISO (2024-12-31), nb day.month.year (31.12.2024), en-GB
// day/month/year (31/12/2024). Day and month may be typed with one digit; the year takes four.
const ISO_DATE_LOOSE = /^(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})$/u;
const TYPED: Record<Language, RegExp> = {
  sv: ISO_DATE_LOOSE,
  nb: /^(?<d>\d{1,2})\.(?<m>\d{1,2})\.(?<y>\d{4})$/u,
  en: /^(?<d>\d{1,2})\/(?<m>\d{1,2})\/(?<y>\d{4})$/u,
};

/**
 * A date as the user typed it in their language's form → its ISO text (`31.12.2024` in nb →
 * `2024-12-31`), or null when the text is not a date that exists. ISO text is understood in every
 * language (a pasted date, or one typed the way the files write it).
 */
export function parseDate(text: string, language: Language): string | null {
  const trimmed = text.trim();
  const match = TYPED[language].exec(trimmed) ?? ISO_DATE_LOOSE.exec(trimmed);
  const { y, m, d } = match?.groups ?? {};
  if (!y || !m || !d) return null;
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  // A date that does not exist (31.06.2024) rolls over in Date: refused here.
  return date.getUTCFullYear() === Number(y) && date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d) ? iso : null;
}
