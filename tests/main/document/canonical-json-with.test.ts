/**
 * canonicalJsonWith writes one array of a value an item at a time (an adoption's members with their
 * trails): the text must be the very text canonicalJson gives for the whole value, since the
 * snapshot's SHA-256 is taken of it. The expected text here is JSON.stringify of the value with
 * its keys sorted by hand, not canonicalJson itself.
 */
import { describe, expect, it } from 'vitest';
import { canonicalJsonWith } from '../../../src/main/document/canonical-json';

const members = [
  { name: 'Hjo', years: [{ net: 5, year: 2026, trail: { rounding: 'half-up', metric: { value: 9137, name: 'population' } } }] },
  { years: [], name: 'Tibro' },
  { name: 'Töreboda "ö"', years: [{ year: 2026, net: -0 }] },
];

describe('canonicalJsonWith', () => {
  it('gives canonicalJson’s text of the whole value, whatever the items’ key order', () => {
    const place = 'members 0f3c';
    const text = canonicalJsonWith({ scenario: { name: 'S', id: 1 }, result: { years: [2026], members: place, currency: 'SEK' } }, place, members);
    const sorted = {
      result: {
        currency: 'SEK',
        members: [
          { name: 'Hjo', years: [{ net: 5, trail: { metric: { name: 'population', value: 9137 }, rounding: 'half-up' }, year: 2026 }] },
          { name: 'Tibro', years: [] },
          { name: 'Töreboda "ö"', years: [{ net: 0, year: 2026 }] },
        ],
        years: [2026],
      },
      scenario: { id: 1, name: 'S' },
    };
    expect(text).toBe(JSON.stringify(sorted));
  });

  it('writes an empty array for no items, and takes the items one at a time from an iterator', () => {
    let taken = 0;
    function* each() {
      for (const member of members) {
        taken += 1;
        yield member;
      }
    }
    expect(canonicalJsonWith({ a: 'here' }, 'here', [])).toBe('{"a":[]}');
    expect(JSON.parse(canonicalJsonWith({ a: 'here' }, 'here', each())).a).toHaveLength(3);
    expect(taken).toBe(3);
  });

  it('refuses a placeholder that is missing or appears twice', () => {
    expect(() => canonicalJsonWith({ a: 'x' }, 'here', [])).toThrow(/exactly once/u);
    expect(() => canonicalJsonWith({ a: 'here', b: ['here'] }, 'here', [])).toThrow(/exactly once/u);
  });
});
