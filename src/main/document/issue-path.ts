import { formatPath } from '../../shared/calc/parse';

/**
 * `['participations', 3, 'organisationId']` → `participations[3].organisationId`; the empty path is
 * the document itself. (The document schema's root is a strict object, so every other path starts
 * with a property name and never reaches formatPath's "(root)".)
 */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? 'document' : formatPath('', path);
}
