/**
 * Bands by a metric. The edge rule is explicit: lower-inclusive means [from, to), as in
 * "7 000 – 15 000" followed by "15 000 – 25 000"; upper-inclusive means (from, to], as in
 * "over 50 000". Bands must start at 0, touch each other and end open, so every value has
 * exactly one band.
 */
import { invalidField } from '../errors';
import type { Band, Edge } from './key.types';

export interface BandInput {
  readonly from: number;
  readonly to?: number | null | undefined;
}

export function checkBands(bands: readonly BandInput[], path: string): void {
  bands.forEach((b, i) => {
    const here = `${path}[${i}]`;
    if (i === 0 && b.from !== 0) throw invalidField(`${here}.from`, 'error.engine.bandStart', { from: b.from });
    if (i > 0) {
      const prev = bands[i - 1] as BandInput;
      if (prev.to === null || prev.to === undefined) throw invalidField(`${path}[${i - 1}].to`, 'error.engine.bandOpenOnlyLast');
      if (b.from > prev.to) throw invalidField(`${here}.from`, 'error.engine.bandGap', { to: prev.to, from: b.from });
      if (b.from < prev.to) throw invalidField(`${here}.from`, 'error.engine.bandOverlap', { to: prev.to, from: b.from });
    }
    if (b.to !== null && b.to !== undefined && b.to <= b.from) throw invalidField(`${here}.to`, 'error.engine.bandToAfterFrom', { from: b.from });
    if (i === bands.length - 1 && b.to !== null && b.to !== undefined) {
      throw invalidField(`${here}.to`, 'error.engine.bandLastOpen', { to: b.to });
    }
  });
}

/** The band holding `value` under the edge rule. Bands are checked, so one always matches. */
export function findBand(bands: readonly Band[], edge: Edge, value: number): Band {
  const last = bands.length - 1;
  if (edge === 'lower-inclusive') {
    for (let i = 0; i < last; i++) {
      const b = bands[i] as Band;
      if (value < (b.to as number)) return b;
    }
  } else {
    for (let i = 0; i < last; i++) {
      const b = bands[i] as Band;
      if (value <= (b.to as number)) return b;
    }
  }
  return bands[last] as Band;
}
