/**
 * The key in words names organisation kinds in the reader's language: Sambruk's individual key
 * limits its band fees to `municipality` and charges `other` organisations a category fee, and the
 * annex cover must not say "gäller municipality" or "other 5 000,00 kr" to a Swedish reader.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeKey } from '../../../src/shared/calc/describe-key';
import { validateKey } from '../../../src/shared/calc/resolve-scenario';

const key = validateKey(JSON.parse(readFileSync('resources/demo/keys/sambruk-individual.key.json', 'utf8')), 'SEK');
const words = (lang: 'sv' | 'nb' | 'en'): string =>
  describeKey(key, 'SEK', lang)
    .components.map((c) => c.text)
    .join(' | ')
    .replace(/[\u00a0\u202f]/gu, ' ');

describe('organisation kinds in the key in words', () => {
  it('Swedish: "kommun" and "övrig", never the stored value', () => {
    // The key file: band fees for categories ["municipality"]; category fees { other: 5000 } and { other: 25000 }.
    const sv = words('sv');
    expect(sv).toContain('gäller kommun');
    expect(sv).toContain('övrig 5 000,00 kr');
    expect(sv).toContain('övrig 25 000,00 kr');
    expect(sv).not.toMatch(/municipality|\bother\b/u);
  });

  it('Norwegian: "kommune" and "annen"', () => {
    const nb = words('nb');
    expect(nb).toContain('gjelder kommune');
    // Norwegian money puts the currency first (as the app's tables do): SEK, then the amount.
    expect(nb).toContain('annen SEK 5 000,00');
    expect(nb).not.toMatch(/municipality|\bother\b/u);
  });

  it('English keeps the English words', () => {
    expect(words('en')).toContain('applies to municipality');
  });
});
