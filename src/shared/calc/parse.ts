/**
 * Runs a zod schema and turns its complaints into one AndelError whose issues name each field
 * the way people read paths: `components[2].bands[3].from`.
 */
import type { z } from 'zod';
import { AndelError } from '../errors';

export function formatPath(root: string, path: readonly PropertyKey[]): string {
  let out = root;
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out || '(root)';
}

export function parseWith<S extends z.ZodType>(schema: S, data: unknown, root: string): z.output<S> {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => ({ path: formatPath(root, i.path), message: i.message }));
  const first = issues[0];
  const message = first ? `${first.path}: ${first.message}${issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''}` : 'invalid input';
  throw new AndelError('INVALID_INPUT', message, issues);
}
