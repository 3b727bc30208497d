/**
 * The key builder's preview years: a key that reads "the year before" previews the year after the
 * newest data (populations of 31 Dec 2026 serve the charges of 2027), and opens on it.
 */
import { describe, expect, it } from 'vitest';
import type { KeyPreviewInputs } from '../../../src/shared/api/channels/scenarios.channels';
import { previewYears } from '../../../src/renderer/src/features/scenarios/key-builder/preview-years';

const inputs = (years: number[]): KeyPreviewInputs =>
  ({
    cooperationId: 1,
    currency: 'SEK',
    members: [],
    facts: {
      members: [
        {
          id: 'hjo',
          name: 'Hjo',
          category: 'municipality',
          role: 'member',
          metrics: { population: Object.fromEntries(years.map((y) => [String(y), { value: 10_000, referenceDate: `${y}-12-31` }])) },
        },
      ],
    },
  }) as unknown as KeyPreviewInputs;

describe('previewYears', () => {
  it('offers the years with data for a key reading the charge year, newest first', () => {
    const key = { components: [{ type: 'proportional', metric: 'population' }] };
    expect(previewYears(inputs([2025, 2026]), key)).toEqual({ years: [2026, 2025], open: 2026 });
  });

  it('offers the year after the data for a key reading the year before, and opens on it', () => {
    // Data for 2026 only; "the year before" of 2027 is 2026, so 2027 can be charged; 2026 could not (no 2025 data).
    const key = { components: [{ type: 'proportional', metric: { name: 'population', yearOffset: -1 } }] };
    expect(previewYears(inputs([2026]), key)).toEqual({ years: [2027, 2026], open: 2027 });
  });

  it('opens on the newest year every offset of the key has data for', () => {
    // Offsets 0 and −1 with data for 2025 and 2026: 2027 lacks the charge year's own value; 2026 has both.
    const key = { components: [{ metric: 'population' }, { metric: { name: 'population', yearOffset: -1 } }] };
    expect(previewYears(inputs([2025, 2026]), key)).toEqual({ years: [2027, 2026, 2025], open: 2026 });
  });
});
