/**
 * Dates typed in the user's language: 31.12.2024 in Norwegian, 2024-12-31 in Swedish, 31/12/2024
 * in English all mean the ISO date 2024-12-31; one-digit days and months are understood; a date
 * that does not exist is refused; and what is shown is the same format, so it reads back as typed.
 */
import { describe, expect, it } from 'vitest';
import { formatDate, parseDate } from '../../src/renderer/src/format/dates';

describe('parseDate', () => {
  it('reads each language’s own form', () => {
    expect(parseDate('31.12.2024', 'nb')).toBe('2024-12-31');
    expect(parseDate('2024-12-31', 'sv')).toBe('2024-12-31');
    expect(parseDate('31/12/2024', 'en')).toBe('2024-12-31');
  });

  it('takes one-digit days and months, and ISO text in any language', () => {
    expect(parseDate('1.2.2025', 'nb')).toBe('2025-02-01');
    expect(parseDate(' 5/3/2026 ', 'en')).toBe('2026-03-05');
    expect(parseDate('2025-02-01', 'nb')).toBe('2025-02-01');
    expect(parseDate('2025-02-01', 'en')).toBe('2025-02-01');
  });

  it('refuses dates that do not exist and other languages’ forms', () => {
    expect(parseDate('31.06.2024', 'nb')).toBeNull();
    expect(parseDate('29.02.2023', 'nb')).toBeNull();
    expect(parseDate('29.02.2024', 'nb')).toBe('2024-02-29');
    // A Norwegian date in the Swedish interface, and an American one in the English.
    expect(parseDate('31.12.2024', 'sv')).toBeNull();
    expect(parseDate('12/31/2024', 'en')).toBeNull();
    expect(parseDate('31.12.24', 'nb')).toBeNull();
    expect(parseDate('', 'nb')).toBeNull();
  });

  it('reads back what formatDate shows, in every language', () => {
    for (const language of ['sv', 'nb', 'en'] as const) {
      for (const iso of ['2024-01-05', '2024-12-31', '2030-07-15']) expect(parseDate(formatDate(iso, language), language)).toBe(iso);
    }
    expect(formatDate('2024-01-05', 'nb')).toBe('05.01.2024');
    expect(formatDate('2024-01-05', 'en')).toBe('05/01/2024');
  });
});
