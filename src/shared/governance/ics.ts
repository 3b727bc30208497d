/**
 * Meetings as an iCalendar file (RFC 5545): CRLF line ends, lines folded at 75 octets (UTF-8, never
 * inside a character), text escaped (\\ ; , and newlines), a UID per meeting, DTSTAMP in UTC, and the
 * local start and end with a TZID whose VTIMEZONE is included (Europe/Stockholm and Europe/Oslo
 * share the EU's CET/CEST rules). Pure: the caller gives the stamp time.
 */
export const calendarTimeZones = ['Europe/Stockholm', 'Europe/Oslo'] as const;
export type CalendarTimeZone = (typeof calendarTimeZones)[number];

export interface CalendarEvent {
  uid: string;
  /** Local `YYYY-MM-DDTHH:MM` in the calendar's time zone. */
  startsAt: string;
  endsAt: string;
  summary: string;
  location?: string | null;
  url?: string | null;
  description?: string | null;
  cancelled?: boolean;
}

/** Escapes a TEXT value (RFC 5545 3.3.11). */
export function escapeText(value: string): string {
  return value.replace(/\\/gu, '\\\\').replace(/;/gu, '\\;').replace(/,/gu, '\\,').replace(/\r\n|\r|\n/gu, '\\n');
}

/** Folds a content line at 75 octets; continuation lines begin with one space (RFC 5545 3.1). */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74; // a continuation's leading space counts
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const localStamp = (local: string): string => `${local.slice(0, 4)}${local.slice(5, 7)}${local.slice(8, 10)}T${local.slice(11, 13)}${local.slice(14, 16)}00`;

const utcStamp = (at: Date): string => at.toISOString().replace(/[-:]/gu, '').replace(/\.\d{3}/u, '');

function timeZoneBlock(tz: CalendarTimeZone): string[] {
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${tz}`,
    'BEGIN:DAYLIGHT',
    'TZOFFSETFROM:+0100',
    'TZOFFSETTO:+0200',
    'TZNAME:CEST',
    'DTSTART:19700329T020000',
    'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
    'END:DAYLIGHT',
    'BEGIN:STANDARD',
    'TZOFFSETFROM:+0200',
    'TZOFFSETTO:+0100',
    'TZNAME:CET',
    'DTSTART:19701025T030000',
    'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
    'END:STANDARD',
    'END:VTIMEZONE',
  ];
}

/** One calendar of events; `name` becomes the calendar's display name. */
export function buildCalendar(events: readonly CalendarEvent[], options: { timeZone: CalendarTimeZone; stamp: Date; name: string; language: string }): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:-//Andel//Andel meetings//${options.language.toUpperCase()}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${escapeText(options.name)}`, `X-WR-TIMEZONE:${options.timeZone}`, ...timeZoneBlock(options.timeZone)];
  for (const event of events) {
    lines.push('BEGIN:VEVENT', `UID:${event.uid}`, `DTSTAMP:${utcStamp(options.stamp)}`);
    lines.push(`DTSTART;TZID=${options.timeZone}:${localStamp(event.startsAt)}`, `DTEND;TZID=${options.timeZone}:${localStamp(event.endsAt)}`);
    lines.push(`SUMMARY:${escapeText(event.summary)}`);
    if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
    if (event.url) lines.push(`URL:${event.url.replace(/[\r\n]/gu, '')}`);
    if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    lines.push(`STATUS:${event.cancelled ? 'CANCELLED' : 'CONFIRMED'}`, 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
