/**
 * Canonical JSON for the opaque JSON fields (key and scenario definitions, snapshot content, audit
 * before/after, tags): object keys sorted, no whitespace. The same value always gives the same text,
 * so exports are deterministic and hashes of the text are stable.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value === undefined ? null : value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const child = (value as Record<string, unknown>)[key];
      if (child !== undefined) sorted[key] = sortKeys(child);
    }
    return sorted;
  }
  return value;
}

export function parseJsonColumn(text: string): unknown {
  return JSON.parse(text) as unknown;
}
