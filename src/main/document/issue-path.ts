/** `['participations', 3, 'organisationId']` → `participations[3].organisationId`. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'document';
  return path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)),
    '',
  );
}
