import { describe, expect, it } from 'vitest';
import type { MemberListRow } from '../../src/shared/api/channels/members.channels';
import { cooperationsOf, emptyFilter, filterMembers } from '../../src/renderer/src/features/members/member-filter';

const coop = (cooperationId: number, cooperationName: string, role = 'member') => ({ cooperationId, cooperationName, role });
const member = (organisationId: number, name: string, orgNumber: string | null, participations: MemberListRow['participations'] = []): MemberListRow => ({
  organisationId,
  name,
  kind: 'municipality',
  orgNumber,
  countryCode: 'SE',
  population: null,
  populationYear: null,
  populationReferenceDate: null,
  participations,
});

const rows = [
  member(1, 'Skövde', '212000-1637', [coop(1, 'Skaraborg'), coop(2, 'Sambruk')]),
  member(2, 'Falköping', '212000-1660', [coop(1, 'Skaraborg', 'observer')]),
  member(3, 'Tromsø', '940 101 808', [coop(3, 'Plattform')]),
  member(4, 'Ærø', null),
];
const names = (list: MemberListRow[]) => list.map((row) => row.name);

describe('filterMembers', () => {
  it('keeps everything with an empty filter', () => expect(names(filterMembers(rows, emptyFilter))).toEqual(['Skövde', 'Falköping', 'Tromsø', 'Ærø']));

  it.each([
    ['skovde', ['Skövde']],
    ['SKÖV', ['Skövde']],
    ['tromso', ['Tromsø']],
    ['aero', ['Ærø']],
    ['2120001660', ['Falköping']],
    ['212000-1637', ['Skövde']],
    ['940101808', ['Tromsø']],
    ['fal 1660', ['Falköping']],
    ['municipality', ['Skövde', 'Falköping', 'Tromsø', 'Ærø']],
    ['nothing', []],
  ])('"%s" finds %o', (search, expected) => expect(names(filterMembers(rows, { search, cooperationId: null }))).toEqual(expected));

  it('matches within words, not across words or fields run together', () => {
    // "Alingsås Kommun" run together is "alingsaskommun", which holds "sko"; no single word of it does.
    const withAlingsas = [...rows, member(5, 'Alingsås', '212000-1512')];
    expect(names(filterMembers(withAlingsas, { search: 'Skö', cooperationId: null }, () => 'Kommun'))).toEqual(['Skövde']);
    expect(names(filterMembers(withAlingsas, { search: 'sask', cooperationId: null }, () => 'Kommun'))).toEqual([]);
  });

  it('matches the kind by its label in the reader’s language', () => {
    expect(names(filterMembers(rows, { search: 'kommun', cooperationId: null }, () => 'Kommun'))).toHaveLength(4);
  });

  it('filters by cooperation whatever the role', () => {
    expect(names(filterMembers(rows, { search: '', cooperationId: 1 }))).toEqual(['Skövde', 'Falköping']);
    expect(names(filterMembers(rows, { search: 'fal', cooperationId: 1 }))).toEqual(['Falköping']);
    expect(names(filterMembers(rows, { search: '', cooperationId: 99 }))).toEqual([]);
  });
});

describe('cooperationsOf', () => {
  it('lists each cooperation once, by name, with its participant count', () => {
    expect(cooperationsOf(rows, new Intl.Collator('sv'))).toEqual([
      { id: 3, name: 'Plattform', memberCount: 1 },
      { id: 2, name: 'Sambruk', memberCount: 1 },
      { id: 1, name: 'Skaraborg', memberCount: 2 },
    ]);
  });
});
