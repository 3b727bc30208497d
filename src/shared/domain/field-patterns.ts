/**
 * The patterns several schemas share (the channels, the workspace document, the engine's), each
 * declared once with its catalogue message (`keyedPattern`): wherever a field is checked against
 * one, its failure reads the same specific words, in sv, nb and en.
 */
import { z } from 'zod';
import { keyedCheck, keyedPattern } from '../i18n/zod-issues';

/** A two-letter country code (ISO 3166-1 alpha-2): SE, NO. */
export const COUNTRY_CODE = keyedPattern(/^[A-Z]{2}$/, 'error.field.pattern.countryCode');

/** A calendar year as a number (a budget's or a figure's year): 1900–2200. */
export const CALENDAR_YEAR = z.number().int().min(1900, keyedCheck('error.field.yearNotBefore', { year: 1900 })).max(2200, keyedCheck('error.field.yearNotAfter', { year: 2200 }));

/** A year written as text, a record's key: "2025". */
export const YEAR_TEXT = keyedPattern(/^\d{4}$/, 'error.field.pattern.year');

/** A currency code (ISO 4217): SEK, NOK. */
export const CURRENCY_CODE = keyedPattern(/^[A-Z]{3}$/, 'error.field.pattern.currency');

/** A lower-case name: a metric (population, branches) or a budget category (membership_fees). */
export const LOWER_NAME = keyedPattern(/^[a-z][a-z0-9_]{0,39}$/, 'error.field.pattern.lowerName');

/** A SHA-256 digest as 64 lower-case hexadecimal characters (a snapshot's content hash, approved minutes). */
export const SHA256_HEX = keyedPattern(/^[0-9a-f]{64}$/, 'error.field.pattern.sha256');

/** A local date and time without zone, `YYYY-MM-DDTHH:MM` (a meeting's start). */
export const LOCAL_DATE_TIME = keyedPattern(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'error.field.pattern.localDateTime');
