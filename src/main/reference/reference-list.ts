/**
 * The shipped list of Sweden's municipalities and regions and Norway's municipalities and
 * counties with their official codes (resources/reference/municipalities.json, sources named in
 * the file). Bundled into main, so no path has to be found at run time.
 */
import type { ReferenceList, ReferenceOrganisation } from '../../shared/api/channels/organisations.channels';
import referenceJson from '../../../resources/reference/municipalities.json';

const list = referenceJson as ReferenceList;

export function referenceList(): ReferenceList {
  return list;
}

const byKey = new Map(list.entries.map((entry) => [`${entry.country}:${entry.kind}:${entry.code}`, entry]));

export function findReferenceEntry(country: string, kind: string, code: string): ReferenceOrganisation | undefined {
  return byKey.get(`${country}:${kind}:${code}`);
}
