/**
 * The File ▸ Open recent list: pure list logic, kept apart from where it is stored.
 * Paths are compared exactly (a case-insensitive file system may show one file twice; harmless).
 */
export const maxRecentFiles = 10;

/** Puts `path` first, removes an earlier entry of it and keeps at most `max` entries. */
export function addRecentFile(list: readonly string[], path: string, max: number = maxRecentFiles): string[] {
  return [path, ...list.filter((entry) => entry !== path)].slice(0, Math.max(0, max));
}

export function removeRecentFile(list: readonly string[], path: string): string[] {
  return list.filter((entry) => entry !== path);
}

/**
 * Reads the stored list defensively: recent.json is user-writable, so anything that is not a
 * list of non-empty strings is ignored rather than trusted. Duplicates and files that no longer
 * exist are dropped; order is kept (most recent first).
 */
export function normalizeRecentFiles(stored: unknown, exists: (path: string) => boolean, max: number = maxRecentFiles): string[] {
  const entries = Array.isArray(stored) ? stored : isObject(stored) && Array.isArray(stored.files) ? stored.files : [];
  const seen = new Set<string>();
  const result: string[] = [];
  for (const entry of entries) {
    if (typeof entry !== 'string' || entry.length === 0 || seen.has(entry)) continue;
    seen.add(entry);
    if (exists(entry)) result.push(entry);
    if (result.length >= max) break;
  }
  return result;
}

/** The stored form: versioned so a later Andel can change it without guessing. */
export function serializeRecentFiles(list: readonly string[]): string {
  return `${JSON.stringify({ version: 1, files: list }, null, 2)}\n`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
