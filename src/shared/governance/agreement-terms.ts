/**
 * Agreement terms: when an agreement ends, and by when notice must be given to end it there.
 *
 * Conventions (the same ones the screens and the meeting pack explain to users):
 *
 * 1. Dates are calendar days without time zone; an end date is INCLUSIVE — the agreement is in
 *    force all of that day and the next period (if any) starts the day after.
 * 2. A term of M months starting on day S ends the day before S's "anniversary" M months later:
 *    2 years from 2022-03-15 ends 2024-03-14; from 2022-03-01 it ends 2024-02-29 (the last day of
 *    February). When the anniversary day does not exist in its month (S is the 29th–31st), the
 *    anniversary is the 1st of the following month, so the term runs to that month's last day:
 *    2 years from 2024-02-29 end 2026-02-28, 1 month from 2023-03-31 ends 2023-04-30. Reading
 *    "start + M months − 1 day" with Temporal's clamping instead would end those terms a day
 *    early (2026-02-27, 2023-04-29), which is not what anyone signing them meant.
 * 3. Every period end is computed from the original start (start + initial term + k × renewal),
 *    never from the previous end, so month-end clamping cannot make the dates drift.
 * 4. The notice deadline of a period is its end date minus the notice period in calendar months,
 *    clamped to the month's last day when the day does not exist (Temporal's `constrain`):
 *    end 2024-08-31 with 6 months' notice → 2024-02-29. We do not snap month-ends to month-ends
 *    (end 2025-02-28 → 2024-08-28, not 08-31): of the two readings this is the earlier, which is
 *    the safe one for someone who must not miss it. Notice counts as given in time when it is given
 *    ON OR BEFORE the deadline. No stated notice period means notice can be given up to the end date.
 * 5. With automatic renewal, once a period's notice deadline has passed without notice the next
 *    period is bound to follow, so the "current end date" moves on to that period's end. The
 *    current end date is therefore the earliest date on which the agreement can still end, and
 *    the next notice deadline is the last day to give notice for ending it then.
 *    Andel does not record notice given; an agreement that renews never expires here.
 * 6. Without automatic renewal the agreement simply ends at its initial end date: there is no
 *    notice deadline (nothing to give notice about), and it has expired once that date is past.
 * 7. An agreement with no initial term (open-ended) or no start date has no computed dates.
 */
import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';
import { AndelError, invalidField, ref, type ErrorIssue } from '../errors';
import { schemaIssueMessage, schemaIssueText, type SchemaIssueLike } from '../i18n/zod-issues';
import { isoDate } from '../iso-date';
import { formatPath } from '../calc/parse';

export const agreementTermsSchema = z
  .object({
    startDate: isoDate,
    initialTermMonths: z.number().int().min(1).max(1200),
    renewalMonths: z.number().int().min(1).max(1200).nullable(),
    noticeMonths: z.number().int().min(0).max(120),
  })
  .strict();

export type AgreementTerms = z.infer<typeof agreementTermsSchema>;

/** The fields of an agreement record that matter here (nullable as in the workspace document). */
export interface AgreementTermsFields {
  readonly startDate: string | null;
  readonly initialTermMonths: number | null;
  readonly renewalMonths: number | null;
  readonly noticeMonths: number | null;
}

export interface TermPeriod {
  readonly start: string;
  readonly end: string;
}

export interface AgreementStatus {
  /** The end date of the initial term. */
  readonly initialEndDate: string;
  /** The earliest date on which the agreement can still end (convention 5), or its final end. */
  readonly endDate: string;
  /** The last day to give notice so that it ends on `endDate`; null when it does not renew. */
  readonly noticeDeadline: string | null;
  /** How many renewal periods `endDate` includes (0: still the initial term's end). */
  readonly renewals: number;
  readonly renews: boolean;
  readonly started: boolean;
  /** No renewal and `endDate` is before today. */
  readonly expired: boolean;
  /** The initial term or renewal period that today falls in; null before the start and after expiry. */
  readonly currentPeriod: TermPeriod | null;
}

const plain = (date: string): Temporal.PlainDate => Temporal.PlainDate.from(date, { overflow: 'reject' });

function parseTerms(terms: AgreementTerms): AgreementTerms {
  const parsed = agreementTermsSchema.safeParse(terms);
  if (parsed.success) return parsed.data;
  const issues: ErrorIssue[] = parsed.error.issues.map((found) => ({ path: found.path.length === 0 ? 'terms' : formatPath('', found.path), message: schemaIssueText(found as SchemaIssueLike), ...schemaIssueMessage(found as SchemaIssueLike) }));
  const first = issues[0]!;
  // The English message names every problem, for logs; the reader's language gets the first (all are in `issues`).
  const english = `agreement terms: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`;
  throw AndelError.withEnglish('INVALID_INPUT', ref('error.issueAt', { path: first.path, detail: ref(first.messageKey ?? 'error.field.invalid', first.params) }), english, issues);
}

function parseToday(today: string): Temporal.PlainDate {
  const parsed = isoDate.safeParse(today);
  if (!parsed.success) {
    throw invalidField('today', 'error.field.notDate', { value: today });
  }
  return plain(today);
}

/** The last day of a term of `months` months starting on `startDate` (conventions 1–2). */
export function termEndDate(startDate: string, months: number): string {
  const start = plain(startDate);
  const month = start.with({ day: 1 }).add({ months });
  const anniversary = start.day <= month.daysInMonth ? month.with({ day: start.day }) : month.add({ months: 1 });
  return anniversary.subtract({ days: 1 }).toString();
}

/** The last day to give notice for an agreement ending on `endDate` (convention 4). */
export function noticeDeadlineFor(endDate: string, noticeMonths: number): string {
  return plain(endDate).subtract({ months: noticeMonths }, { overflow: 'constrain' }).toString();
}

/** The end of period `k`: 0 is the initial term, 1 the first renewal, and so on (convention 3). */
export function periodEndDate(terms: AgreementTerms, k: number): string {
  // A programming error (callers ask for renewal periods only of agreements that renew): INTERNAL, in English.
  if (k > 0 && terms.renewalMonths === null) throw new AndelError('INTERNAL', 'an agreement without renewal has only its initial term');
  return termEndDate(terms.startDate, terms.initialTermMonths + k * (terms.renewalMonths ?? 0));
}

const nextDay = (date: string): string => plain(date).add({ days: 1 }).toString();

/** Where an agreement stands on `today` (a `YYYY-MM-DD` passed in, never read from a clock). */
export function agreementStatus(input: AgreementTerms, today: string): AgreementStatus {
  const terms = parseTerms(input);
  const now = parseToday(today).toString();
  const initialEndDate = periodEndDate(terms, 0);
  const started = terms.startDate <= now;

  if (terms.renewalMonths === null) {
    const expired = initialEndDate < now;
    return {
      initialEndDate,
      endDate: initialEndDate,
      noticeDeadline: null,
      renewals: 0,
      renews: false,
      started,
      expired,
      currentPeriod: started && !expired ? { start: terms.startDate, end: initialEndDate } : null,
    };
  }

  // ISO date strings compare correctly as strings, which keeps the loops cheap.
  let renewals = 0;
  let endDate = initialEndDate;
  let noticeDeadline = noticeDeadlineFor(endDate, terms.noticeMonths);
  while (noticeDeadline < now) {
    renewals += 1;
    endDate = periodEndDate(terms, renewals);
    noticeDeadline = noticeDeadlineFor(endDate, terms.noticeMonths);
  }

  let currentPeriod: TermPeriod | null = null;
  if (started) {
    let k = 0;
    let start = terms.startDate;
    let end = initialEndDate;
    while (end < now) {
      k += 1;
      start = nextDay(end);
      end = periodEndDate(terms, k);
    }
    currentPeriod = { start, end };
  }

  return { initialEndDate, endDate, noticeDeadline, renewals, renews: true, started, expired: false, currentPeriod };
}

/** The computable terms of an agreement record, or null when it lacks a start or a fixed term (convention 7). */
export function agreementTermsOf(fields: AgreementTermsFields): AgreementTerms | null {
  if (fields.startDate === null || fields.initialTermMonths === null) return null;
  return {
    startDate: fields.startDate,
    initialTermMonths: fields.initialTermMonths,
    renewalMonths: fields.renewalMonths,
    noticeMonths: fields.noticeMonths ?? 0,
  };
}

export interface AgreementDue<T> {
  readonly agreement: T;
  readonly status: AgreementStatus;
}

function horizon(today: string, months: number): string {
  if (!Number.isInteger(months) || months < 0 || months > 1200) {
    throw invalidField('months', 'error.agreement.monthsAhead', { months });
  }
  return parseToday(today).add({ months }).toString();
}

/**
 * The agreements whose `dateOf(status)` falls from `today` to `months` months ahead, earliest
 * first (ties by id); `dateOf` gives null for an agreement that has no such date.
 */
function dueWithin<T extends AgreementTermsFields & { readonly id?: number }>(
  agreements: Iterable<T>,
  today: string,
  months: number,
  dateOf: (status: AgreementStatus) => string | null,
): AgreementDue<T>[] {
  const until = horizon(today, months);
  const due: { readonly date: string; readonly item: AgreementDue<T> }[] = [];
  for (const agreement of agreements) {
    const terms = agreementTermsOf(agreement);
    if (!terms) continue;
    const status = agreementStatus(terms, today);
    const date = dateOf(status);
    if (date !== null && date <= until) due.push({ date, item: { agreement, status } });
  }
  due.sort((a, b) => (a.date !== b.date ? (a.date < b.date ? -1 : 1) : (a.item.agreement.id ?? 0) - (b.item.agreement.id ?? 0)));
  return due.map((d) => d.item);
}

/**
 * Agreements whose next notice deadline falls from `today` to `months` months ahead, both days
 * included, earliest deadline first (ties by id). Agreements that do not renew, or lack the
 * dates to compute terms, have no deadline and are left out.
 */
export function agreementsWithNoticeWithin<T extends AgreementTermsFields & { readonly id?: number }>(
  agreements: Iterable<T>,
  today: string,
  months: number,
): AgreementDue<T>[] {
  return dueWithin(agreements, today, months, (status) => status.noticeDeadline);
}
