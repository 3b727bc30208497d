/**
 * Runs a zod schema and turns its complaints into one AndelError whose issues name each field
 * the way people read paths: `components[2].bands[3].from`. Each issue carries the catalogue's
 * key for its kind of problem (shared/i18n/zod-issues.ts), so sv and nb readers get their words;
 * the English text stays the schema's own (it may say more than the key).
 */
import type { z } from 'zod';
import { AndelError, ref, type ErrorIssue } from '../errors';
import { schemaIssueMessage, schemaIssueText, type SchemaIssueLike } from '../i18n/zod-issues';

/** A schema issue's path as every refusal names a field: `root.components[2].bands[3].from` (`(root)` for none). */
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
  const keyed = parsed.error.issues.map((i) => ({ path: formatPath(root, i.path), message: schemaIssueText(i as SchemaIssueLike), ...schemaIssueMessage(i as SchemaIssueLike) }));
  const issues: ErrorIssue[] = keyed.map(({ params, ...rest }) => (params ? { ...rest, params } : rest));
  const first = keyed[0];
  if (!first) throw new AndelError('INVALID_INPUT', ref('error.code.INVALID_INPUT'), issues); // zod never fails without an issue
  const detail = ref(first.messageKey, first.params);
  const more = issues.length - 1;
  const error = new AndelError('INVALID_INPUT', more > 0 ? ref('error.engine.schemaIssues', { path: first.path, detail, more }) : ref('error.engine.schemaIssue', { path: first.path, detail }), issues);
  // In English the schema's own words, as before: "key.components[0].share: expected a decimal number as text, …".
  error.message = `${first.path}: ${first.message}${more > 0 ? ` (and ${more} more)` : ''}`;
  throw error;
}
