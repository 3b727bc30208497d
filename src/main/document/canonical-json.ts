/**
 * Canonical JSON for the opaque JSON fields (key and scenario definitions, snapshot content, audit
 * before/after, tags): object keys sorted, no whitespace. The same value always gives the same text,
 * so exports are deterministic and hashes of the text are stable.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value === undefined ? null : value));
}

/**
 * canonicalJson of `value` with one array given as `items` and written one item at a time (each can
 * be let go once written): `value` holds the string `placeholder` where the array belongs. The text
 * is the same as canonicalJson of the whole, since an array keeps its order and is its items' texts
 * joined by commas.
 */
export function canonicalJsonWith(value: unknown, placeholder: string, items: Iterable<unknown>): string {
  const text = canonicalJson(value);
  const quoted = JSON.stringify(placeholder);
  const at = text.indexOf(quoted);
  if (at < 0 || text.includes(quoted, at + 1)) throw new Error('canonicalJsonWith: the placeholder must occur exactly once');
  const parts: string[] = [];
  for (const item of items) parts.push(canonicalJson(item));
  return `${text.slice(0, at)}[${parts.join(',')}]${text.slice(at + quoted.length)}`;
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
