/** Filtering of the member list, kept pure so it is tested without a browser. */
import { foldText } from '../../format/search';
import type { MemberListRow } from '../../../../shared/api/channels/members.channels';

export interface MemberFilter {
  /** Free text matched against name, organisation number and the kind's label. */
  search: string;
  /** Only members taking part (in any role) in this cooperation. */
  cooperationId: number | null;
}

export const emptyFilter: MemberFilter = { search: '', cooperationId: null };

// Case- and accent-insensitive, so "skovde" finds Skövde and "tromso" Tromsø (format/search.ts).
const fold = foldText;

export function filterMembers(
  rows: readonly MemberListRow[],
  filter: MemberFilter,
  kindLabel: (kind: string) => string = (kind) => kind,
): MemberListRow[] {
  const words = fold(filter.search).split(/\s+/u).filter(Boolean);
  return rows.filter((row) => {
    if (filter.cooperationId !== null && !row.participations.some((p) => p.cooperationId === filter.cooperationId)) return false;
    if (words.length === 0) return true;
    // Each typed word is looked for inside one word of the name or the kind, never across words or
    // fields run together ("sko" finds Skövde, not "Alingsås kommun").
    const tokens = fold(`${row.name} ${kindLabel(row.kind)}`).split(/[\s,()/]+/u).filter(Boolean);
    // Organisation numbers are typed with or without their dash (SE) or spaces (NO).
    const orgNumber = fold(row.orgNumber ?? '').replace(/[-\s]/gu, '');
    return words.every((word) => tokens.some((token) => token.includes(word)) || (orgNumber !== '' && orgNumber.includes(word.replace(/-/gu, ''))));
  });
}

export interface CooperationOption {
  id: number;
  name: string;
  memberCount: number;
}

/** The cooperations the rows take part in, by name, for the cooperation filter. */
export function cooperationsOf(rows: readonly MemberListRow[], collator: Intl.Collator): CooperationOption[] {
  const byId = new Map<number, CooperationOption>();
  for (const row of rows) {
    for (const p of row.participations) {
      const option = byId.get(p.cooperationId) ?? { id: p.cooperationId, name: p.cooperationName, memberCount: 0 };
      option.memberCount += 1;
      byId.set(p.cooperationId, option);
    }
  }
  return [...byId.values()].sort((a, b) => collator.compare(a.name, b.name));
}
