/**
 * Typed text of the scenario forms (the new-scenario dialog and the scenario editor) turned into
 * the definition's decimal text, or the message key of a refusal. One home for both forms.
 */
import type { Language } from '../../format/locales';
import { parseMoneyInput } from '../budgets/money-input';

/** The longest horizon the engine computes (resolve-scenario.ts). */
export const MAX_HORIZON_YEARS = 60;

export type AmountRefusal = 'validation.required' | 'validation.amount' | 'validation.positiveAmount';

export const asYear = (value: number | string): number | null => {
  const text = typeof value === 'number' ? String(value) : value.trim();
  const year = Number(text);
  return text !== '' && Number.isInteger(year) && year >= 1900 && year <= 2200 ? year : null;
};

/** The years of a horizon, or [] while it is not one a form can lay out. */
export function horizonYears(from: number | string, to: number | string): number[] {
  const a = asYear(from);
  const b = asYear(to);
  if (a === null || b === null || b < a || b - a + 1 > MAX_HORIZON_YEARS) return [];
  return Array.from({ length: b - a + 1 }, (_, i) => a + i);
}

/** Typed money → decimal text in major units ("500000", "1250000.5"), or a refusal. */
export function amountText(text: string, language: Language): string | AmountRefusal {
  if (text.trim() === '') return 'validation.required';
  const minor = parseMoneyInput(text, language);
  if (minor === null) return 'validation.amount';
  if (minor < 0) return 'validation.positiveAmount';
  const whole = Math.floor(minor / 100);
  const fraction = minor % 100;
  return fraction === 0 ? String(whole) : `${whole}.${String(fraction).padStart(2, '0').replace(/0$/u, '')}`;
}

/** A typed percentage ("2,5", "2.5 %", "−1") → decimal text ("2.5"), or `refusal` (or required). */
export function rateText<R extends string>(text: string, refusal: R): string | R | 'validation.required' {
  const compact = text.trim().replace(/[\s\u00a0%]/gu, '').replace(/^−/u, '-').replace(',', '.');
  if (compact === '') return 'validation.required';
  return /^-?\d+(\.\d+)?$/u.test(compact) ? compact : refusal;
}
