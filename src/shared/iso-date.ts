import { z } from 'zod';
import { isCalendarDate } from './calendar';
import { LOCAL_DATE_TIME } from './domain/field-patterns';
import { fieldRefine } from './i18n/zod-issues';

/** True when `text` is a real calendar date written as YYYY-MM-DD (so 2018-06-31 is not). */
export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  return isCalendarDate(Number(text.slice(0, 4)), Number(text.slice(5, 7)), Number(text.slice(8, 10)));
}

/** A calendar date (no time, no zone) as `YYYY-MM-DD`, refusing dates that do not exist. */
export const isoDate = z
  .string()
  .refine(isIsoDate, { error: (issue) => `"${String(issue.input)}" is not a date that exists (expected YYYY-MM-DD)` });

/** A local date and time without zone, as `YYYY-MM-DDTHH:MM` (meetings are held where they are held). */
export const localDateTime = z
  .string()
  .regex(LOCAL_DATE_TIME, 'expected YYYY-MM-DDTHH:MM')
  .refine((value) => isIsoDate(value.slice(0, 10)) && Number(value.slice(11, 13)) < 24 && Number(value.slice(14, 16)) < 60, fieldRefine('error.field.notTime'));
