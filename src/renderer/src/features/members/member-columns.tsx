import { Badge, Group, Text } from '@mantine/core';
import { createColumnHelper, type ColumnDef, type SortingFn } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberListRow } from '../../../../shared/api/channels/members.channels';
import { formatDate } from '../../format/dates';
import { intlLocale, type Language } from '../../format/locales';
import { formatInteger } from '../../../../shared/format/numbers';
import { useLanguage } from '../../i18n/use-language';

export interface ColumnMeta {
  align?: 'right';
  /** CSS grid track for the column: the grid lays out header and rows with one template. */
  track: string;
}

const helper = createColumnHelper<MemberListRow>();

export function kindLabel(t: TFunction, kind: string): string {
  return t(`kind.${kind}` as 'kind.other', { defaultValue: kind });
}

export function roleLabel(t: TFunction, role: string): string {
  return t(`role.${role}` as 'role.member', { defaultValue: role });
}

function buildColumns(t: TFunction, language: Language): ColumnDef<MemberListRow, unknown>[] {
  const collator = new Intl.Collator(intlLocale(language), { sensitivity: 'base', numeric: true });
  // Names sort the way the reader's alphabet does: Å, Ä, Ö after Z in Swedish; Æ, Ø, Å in Norwegian.
  const byText: SortingFn<MemberListRow> = (a, b, id) => collator.compare(String(a.getValue(id) ?? ''), String(b.getValue(id) ?? ''));
  const columns = [
    helper.accessor('name', {
      header: () => t('members.columns.name'),
      sortingFn: byText,
      cell: (info) => (
        <Text size="sm" fw={500} truncate>
          {info.getValue()}
        </Text>
      ),
      meta: { track: 'minmax(180px, 1.6fr)' } satisfies ColumnMeta,
    }),
    helper.accessor((row) => kindLabel(t, row.kind), {
      id: 'kind',
      header: () => t('members.columns.kind'),
      sortingFn: byText,
      cell: (info) => (
        <Text size="sm" truncate>
          {info.getValue()}
        </Text>
      ),
      meta: { track: 'minmax(110px, 0.8fr)' } satisfies ColumnMeta,
    }),
    helper.accessor((row) => row.orgNumber ?? undefined, {
      id: 'orgNumber',
      header: () => t('members.columns.orgNumber'),
      sortingFn: byText,
      sortUndefined: 'last',
      cell: (info) => <span className="mono">{info.getValue() ?? ''}</span>,
      meta: { track: '120px' } satisfies ColumnMeta,
    }),
    helper.accessor((row) => row.population ?? undefined, {
      id: 'population',
      header: () => t('members.columns.population'),
      sortingFn: 'basic',
      sortDescFirst: true,
      sortUndefined: 'last',
      cell: (info) => {
        const value = info.getValue();
        return value === undefined ? <span className="dimmed">{t('members.noPopulation')}</span> : formatInteger(value, language);
      },
      meta: { track: '128px', align: 'right' } satisfies ColumnMeta,
    }),
    helper.accessor((row) => row.populationYear ?? undefined, {
      id: 'year',
      header: () => t('members.columns.year'),
      sortingFn: 'basic',
      sortUndefined: 'last',
      // A year is a label, not a quantity: no group separator ("2024", never "2 024").
      cell: (info) => info.getValue() ?? '',
      meta: { track: '64px', align: 'right' } satisfies ColumnMeta,
    }),
    helper.accessor((row) => row.populationReferenceDate ?? undefined, {
      id: 'referenceDate',
      header: () => t('members.columns.referenceDate'),
      sortUndefined: 'last',
      cell: (info) => {
        const value = info.getValue();
        return value === undefined ? '' : formatDate(value, language);
      },
      meta: { track: '148px', align: 'right' } satisfies ColumnMeta,
    }),
    helper.accessor((row) => row.participations.map((p) => p.cooperationName).join(', '), {
      id: 'cooperations',
      header: () => t('members.columns.cooperations'),
      sortingFn: byText,
      cell: (info) => (
        <Group gap={4} wrap="nowrap" className="cell-clip">
          {info.row.original.participations.map((p) => (
            <Badge
              key={p.cooperationId}
              size="sm"
              radius="sm"
              variant={p.role === 'member' ? 'light' : 'outline'}
              color={p.role === 'member' ? 'andel' : 'gray'}
              title={`${p.cooperationName} — ${roleLabel(t, p.role)}`}
              className="coop-badge"
            >
              {p.role === 'member' ? p.cooperationName : `${p.cooperationName} · ${roleLabel(t, p.role)}`}
            </Badge>
          ))}
        </Group>
      ),
      meta: { track: 'minmax(220px, 2.4fr)' } satisfies ColumnMeta,
    }),
  ];
  return columns as ColumnDef<MemberListRow, unknown>[];
}

/** The grid's columns in the current language; rebuilt only when the language changes. */
export function useMemberColumns(): ColumnDef<MemberListRow, unknown>[] {
  const { t } = useTranslation();
  const [language] = useLanguage();
  return useMemo(() => buildColumns(t, language), [t, language]);
}
