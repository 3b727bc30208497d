import type { KeyPreviewInputs } from '../../../../../shared/api/channels/scenarios.channels';

/** The year offsets the key reads its metrics with (`{ "yearOffset": -1 }` = the year before the charge); 0 for a plain metric name. */
function yearOffsetsOf(key: unknown): number[] {
  const offsets = new Set<number>([0]);
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === 'object') {
      const offset = (value as { yearOffset?: unknown }).yearOffset;
      if (typeof offset === 'number' && Number.isInteger(offset)) offsets.add(offset);
      Object.values(value).forEach(walk);
    }
  };
  walk(key);
  return [...offsets];
}

/**
 * The years a preview can charge, newest first: every year some member has a metric value for, and
 * for a key that reads an earlier year's value (the year before), the years that value serves: with
 * populations of 31 Dec 2026 and "the year before", 2027. `open` is the newest year whose every
 * offset has data, so the preview opens on a year it can compute.
 */
export function previewYears(inputs: KeyPreviewInputs, key: unknown = null): { years: number[]; open: number | null } {
  const dataYears = new Set<number>();
  for (const m of inputs.facts.members) for (const series of Object.values(m.metrics ?? {})) for (const y of Object.keys(series)) dataYears.add(Number(y));
  const offsets = yearOffsetsOf(key);
  const years = new Set<number>();
  for (const y of dataYears) for (const offset of offsets) years.add(y - offset);
  const complete = (year: number): boolean => offsets.every((offset) => dataYears.has(year + offset));
  const sorted = [...years].sort((a, b) => b - a);
  return { years: sorted, open: sorted.find(complete) ?? sorted[0] ?? null };
}
