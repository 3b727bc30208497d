import { Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { ErrorNotice } from '../../components/ErrorNotice';
import { LoadingNotice } from '../../components/LoadingNotice';
import { intlLocale } from '../../format/locales';
import { formatInteger } from '../../../../shared/format/numbers';
import { useLanguage } from '../../i18n/use-language';
import { useHashRoute } from '../../router/use-hash-route';
import { ImportModal } from '../import/ImportModal';
import { ViewerScope } from '../server-login/RoleNotices';
import { useMayCall } from '../server-login/server-access';
import { MemberDrawer } from './MemberDrawer';
import { MembersGrid } from './MembersGrid';
import { kindLabel } from './member-columns';
import { cooperationsOf, emptyFilter, filterMembers, type MemberFilter } from './member-filter';
import { useMembers } from './queries';
import { ViewHeading } from '../../components/ViewHeading';

/** Members: every organisation of the open workspace, filterable, with a detail drawer. */
export function MembersView() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [route, navigate] = useHashRoute();
  const members = useMembers();
  const [filter, setFilter] = useState<MemberFilter>(emptyFilter);
  // Typing stays responsive: the grid re-filters at a lower priority than the keystroke.
  const deferredFilter = useDeferredValue(filter);
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [importing, setImporting] = useState(false);
  const mayCall = useMayCall();
  const mayImport = mayCall('import:preview');

  const rows = useMemo(() => members.data ?? [], [members.data]);
  const cooperations = useMemo(() => cooperationsOf(rows, new Intl.Collator(intlLocale(language))), [rows, language]);
  const visible = useMemo(() => filterMembers(rows, deferredFilter, (kind) => kindLabel(t, kind)), [rows, deferredFilter, t]);

  const openId = route.name === 'members' ? route.organisationId : undefined;
  const openMember = openId === undefined ? null : (rows.find((row) => row.organisationId === openId) ?? null);

  if (members.status === 'error' && !members.data) return <ErrorNotice error={members.error} onRetry={members.refetch} />;
  if (members.status === 'loading' && !members.data) {
    return (
      <LoadingNotice label={t('members.loading')} />
    );
  }

  return (
    <Stack gap="sm" className="view view-fill">
      {/* Wraps when narrow (200 % zoom): "Importera…" is never cut. */}
      <Group justify="space-between" align="flex-end">
        <ViewHeading title={t('members.title')} subtitle={t('members.summary', { count: rows.length, formattedCount: formatInteger(rows.length, language) })} />
        <Group gap="md">
          <Text size="xs" c="dimmed">
            {t('members.keyboardHint')}
          </Text>
          {mayImport && (
            <Button size="xs" variant="default" onClick={() => setImporting(true)} data-testid="members-import">
              {t('import.open')}
            </Button>
          )}
        </Group>
      </Group>

      <ViewerScope />

      {members.status === 'error' && <ErrorNotice error={members.error} onRetry={members.refetch} />}

      {rows.length === 0 ? (
        <EmptyState
          title={t('members.emptyTitle')}
          action={
            <Group gap="xs" justify="center">
              {mayCall('cooperations:create') && (
                <Button size="xs" onClick={() => navigate({ name: 'cooperations', create: true })} data-testid="members-new-cooperation">
                  {t('cooperations.new')}
                </Button>
              )}
              {mayImport && (
                <Button size="xs" variant="default" onClick={() => setImporting(true)}>
                  {t('import.open')}
                </Button>
              )}
            </Group>
          }
        >
          {t('members.emptyBody')}
        </EmptyState>
      ) : (
        <>
          <Group gap="sm" wrap="nowrap">
            <TextInput
              size="sm"
              w={340}
              placeholder={t('members.search')}
              aria-label={t('members.searchLabel')}
              value={filter.search}
              onChange={(event) => setFilter({ ...filter, search: event.currentTarget.value })}
              data-testid="members-search"
              data-shortcut="filter"
            />
            <Select
              size="sm"
              w={300}
              aria-label={t('members.cooperation')}
              placeholder={t('members.allCooperations')}
              clearable
              searchable
              data={cooperations.map((c) => ({ value: String(c.id), label: c.name }))}
              value={filter.cooperationId === null ? null : String(filter.cooperationId)}
              onChange={(value) => setFilter({ ...filter, cooperationId: value === null ? null : Number(value) })}
              data-testid="members-cooperation"
            />
            <Text size="sm" c="dimmed" ml="auto" data-testid="members-shown">
              {t('members.shown', { shown: formatInteger(visible.length, language), total: formatInteger(rows.length, language) })}
            </Text>
          </Group>
          {visible.length === 0 ? (
            <EmptyState
              title={t('members.noMatchTitle')}
              action={
                <Button variant="default" size="xs" onClick={() => setFilter(emptyFilter)}>
                  {t('members.clearFilter')}
                </Button>
              }
            >
              {t('members.noMatchBody', { search: filter.search })}
            </EmptyState>
          ) : (
            <MembersGrid
              rows={visible}
              selectedId={selectedId}
              onSelect={setSelectedId}
              onOpen={(organisationId) => navigate({ name: 'members', organisationId })}
            />
          )}
        </>
      )}

      <MemberDrawer member={openMember} onClose={() => navigate({ name: 'members' })} />
      <ImportModal opened={importing} onClose={() => setImporting(false)} />
    </Stack>
  );
}
