/** `2016-12-08T09:00` → the date in the language's style and `09:00`. */
export function splitDateTime(localDateTime: string): { date: string; time: string } {
  const [date = localDateTime, time = ''] = localDateTime.split('T');
  return { date, time: time.slice(0, 5) };
}

/** 09:00–10:15, with "+1" on a time that falls on a later day than the meeting starts. */
export function clockRange(start: string, end: string, startOffset: number, endOffset: number): string {
  const mark = (offset: number) => (offset > 0 ? ` (+${offset})` : '');
  return `${start}${mark(startOffset)}–${end}${mark(endOffset)}`;
}
