/**
 * Which band a value exactly on an edge falls in, asked of the engine's own band lookup
 * (findBand in src/shared/calc/bands.ts), so the builder states the rule the engine applies.
 */
import { findBand } from '../../../../../shared/calc/bands';
import type { Band, Edge } from '../../../../../shared/calc/key.types';
import type { BandForm } from './key-form';

export interface EdgeExample {
  /** The edge value, e.g. 7000. */
  value: number;
  /** 0-based index of the band it falls in. */
  band: number;
}

/** The first edge of the table and the band the engine puts a value exactly on it in; null while the bands are not complete. */
export function edgeExample(bands: readonly BandForm[], edge: Edge): EdgeExample | null {
  const parsed: Band[] = [];
  for (const [index, b] of bands.entries()) {
    const from = Number(b.from.trim());
    const to = b.to.trim() === '' ? null : Number(b.to.trim());
    if (!Number.isSafeInteger(from) || (to !== null && !Number.isSafeInteger(to))) return null;
    parsed.push({ index, from, to, amount: null, rate: null, rateText: null } as Band);
  }
  const first = parsed[0];
  if (parsed.length < 2 || !first || first.to === null) return null;
  // findBand expects touching bands (the engine checks that first); refuse to state a rule for a table with gaps.
  for (let i = 1; i < parsed.length; i++) if ((parsed[i] as Band).from !== (parsed[i - 1] as Band).to) return null;
  return { value: first.to, band: findBand(parsed, edge, first.to).index };
}
