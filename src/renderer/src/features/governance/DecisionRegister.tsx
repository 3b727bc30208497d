import { Alert, Badge, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDeferredValue, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DecisionRow } from '../../../../shared/api/channels/governance.channels';
import { decisionStatuses } from '../../../../shared/document/workspace-document.schema';
import { numberingProblemText } from '../../../../shared/governance/decision-number';
import { searchDecisions } from '../../../../shared/governance/decision-search';
import { EmptyState } from '../../components/EmptyState';
import { GovTable } from './GovTable';
import { ErrorNotice } from '../../components/ErrorNotice';
import { LoadingNotice } from '../../components/LoadingNotice';
import { formatDate } from '../../format/dates';
import { intlLocale } from '../../format/locales';
import { useLanguage } from '../../i18n/use-language';
import { useHashRoute } from '../../router/use-hash-route';
import { useMayCall } from '../server-login/server-access';
import { DecisionDrawer } from './DecisionDrawer';
import { DecisionModal } from './DecisionModal';
import { decisionStatusLabel, statusColor, type DecisionStatus } from './labels';
import { useDecisionRegister } from './queries';

interface Filter {
  query: string;
  bodyId: string | null;
  year: string | null;
  status: string | null;
  tag: string | null;
}

const emptyFilter: Filter = { query: '', bodyId: null, year: null, status: null, tag: null };

/** The decision register: every numbered decision, searchable and filterable, with a detail drawer. */
export function DecisionRegister({ openId }: { openId: number | null }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [, navigate] = useHashRoute();
  const register = useDecisionRegister();
  const mayCreate = useMayCall()('decisions:create');
  const [filter, setFilter] = useState<Filter>(emptyFilter);
  const [editing, setEditing] = useState<{ decision: DecisionRow | null; supersedes: DecisionRow | null } | null>(null);
  const deferred = useDeferredValue(filter);
  const rows = useMemo(() => register.data?.rows ?? [], [register.data]);

  const options = useMemo(() => {
    const collator = new Intl.Collator(intlLocale(language));
    const bodies = new Map<number, string>();
    const years = new Set<number>();
    const tags = new Set<string>();
    for (const r of rows) {
      bodies.set(r.bodyId, r.bodyName);
      years.add(r.year);
      for (const tag of r.tags) tags.add(tag);
    }
    return {
      bodies: [...bodies].sort((a, b) => collator.compare(a[1], b[1])).map(([id, name]) => ({ value: String(id), label: name })),
      years: [...years].sort((a, b) => b - a).map(String),
      tags: [...tags].sort(collator.compare),
    };
  }, [rows, language]);

  const visible = useMemo(
    () =>
      searchDecisions(rows, {
        ...(deferred.query.trim() === '' ? {} : { query: deferred.query }),
        ...(deferred.bodyId === null ? {} : { bodyId: Number(deferred.bodyId) }),
        ...(deferred.year === null ? {} : { year: Number(deferred.year) }),
        ...(deferred.status === null ? {} : { status: deferred.status as DecisionStatus }),
        ...(deferred.tag === null ? {} : { tag: deferred.tag }),
        order: 'desc',
      }),
    [rows, deferred],
  );

  const open: DecisionRow | null = openId === null ? null : (rows.find((r) => r.id === openId) ?? null);
  const openDecision = (id: number) => navigate({ name: 'governance', view: 'decisions', id });

  function onRowKey(event: KeyboardEvent<HTMLTableRowElement>, id: number) {
    if (event.key === 'Enter') {
      event.preventDefault();
      openDecision(id);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const sibling = event.key === 'ArrowDown' ? event.currentTarget.nextElementSibling : event.currentTarget.previousElementSibling;
      if (sibling instanceof HTMLElement) sibling.focus();
    }
  }

  if (register.status === 'error' && !register.data) return <ErrorNotice error={register.error} onRetry={register.refetch} />;
  if (!register.data) {
    return (
      <LoadingNotice label={t('governance.loading')} />
    );
  }
  const filtered = filter.query !== '' || filter.bodyId !== null || filter.year !== null || filter.status !== null || filter.tag !== null;

  return (
    <Stack gap="sm" className="gov-scroll">
      <Group gap="sm" align="flex-end" wrap="nowrap">
        <TextInput
          size="sm"
          w={300}
          label={t('governance.register.search')}
          placeholder={t('governance.register.searchPlaceholder')}
          value={filter.query}
          onChange={(e) => setFilter({ ...filter, query: e.currentTarget.value })}
          data-testid="register-search"
          data-shortcut="filter"
        />
        <Select size="sm" w={260} label={t('governance.body')} placeholder={t('governance.allBodies')} clearable data={options.bodies} value={filter.bodyId} onChange={(v) => setFilter({ ...filter, bodyId: v })} data-testid="register-body" />
        <Select size="sm" w={110} label={t('governance.register.year')} placeholder={t('governance.register.all')} clearable data={options.years} value={filter.year} onChange={(v) => setFilter({ ...filter, year: v })} data-testid="register-year" />
        <Select
          size="sm"
          w={150}
          label={t('governance.register.status')}
          placeholder={t('governance.register.all')}
          clearable
          data={decisionStatuses.map((s) => ({ value: s, label: decisionStatusLabel(t, s) }))}
          value={filter.status}
          onChange={(v) => setFilter({ ...filter, status: v })}
          data-testid="register-status"
        />
        <Select size="sm" w={170} label={t('governance.register.tag')} placeholder={t('governance.register.all')} clearable searchable data={options.tags} value={filter.tag} onChange={(v) => setFilter({ ...filter, tag: v })} data-testid="register-tag" />
        <Text size="sm" c="dimmed" ml="auto" pb={6} style={{ whiteSpace: 'nowrap' }} data-testid="register-shown">
          {t('governance.register.shown', { shown: visible.length, total: register.data.total })}
        </Text>
        {mayCreate && (
          <Button size="sm" style={{ flexShrink: 0 }} onClick={() => setEditing({ decision: null, supersedes: null })} data-testid="decision-new">
            {t('governance.edit.newDecision')}
          </Button>
        )}
      </Group>
      {register.data.numberingProblems.map((p) => (
        <Alert key={`${p.bodyId}-${p.year}`} color="yellow" variant="light" title={t('governance.register.numberingProblem', { body: p.bodyName, year: p.year })}>
          {numberingProblemText(p, language)}
        </Alert>
      ))}
      {visible.length === 0 ? (
        <EmptyState
          title={rows.length === 0 ? t('governance.register.emptyTitle') : t('governance.register.noMatchTitle')}
          action={
            filtered ? (
              <Button size="xs" variant="default" onClick={() => setFilter(emptyFilter)}>
                {t('members.clearFilter')}
              </Button>
            ) : undefined
          }
        >
          {rows.length === 0 ? t('governance.register.emptyBody') : t('governance.register.noMatchBody')}
        </EmptyState>
      ) : (
        <GovTable
          className="register-table"
          testId="register"
          columns={[
            { label: t('governance.register.number') },
            { label: t('governance.register.date') },
            { label: t('governance.body') },
            { label: t('governance.register.title') },
            { label: t('governance.register.status') },
            { label: t('governance.register.owner') },
            { label: t('governance.register.review') },
            { label: t('governance.register.tags') },
          ]}
        >
          {visible.map((r) => (
            <tr
              key={r.id}
              tabIndex={0}
              className={`clickable${r.id === openId ? ' row-selected' : ''}`}
              data-decision-id={r.id}
              data-testid="register-row"
              onClick={() => openDecision(r.id)}
              onKeyDown={(e) => onRowKey(e, r.id)}
              aria-label={`${r.number} ${r.title}`}
            >
              <td className="mono nowrap decision-number">{r.number}</td>
              <td className="num nowrap">{r.decidedOn ? formatDate(r.decidedOn, language) : '—'}</td>
              <td className="body-cell">{r.bodyName}</td>
              <td className="title-cell">{r.title}</td>
              <td>
                <Badge size="sm" variant="light" color={statusColor[r.status]}>
                  {decisionStatusLabel(t, r.status)}
                </Badge>
              </td>
              <td className="nowrap">{r.ownerName ?? ''}</td>
              <td className="num nowrap">{r.reviewOn ? formatDate(r.reviewOn, language) : ''}</td>
              <td>
                <Group gap={4}>
                  {r.tags.map((tag) => (
                    <Badge key={tag} size="xs" variant="outline" color="gray" tt="none">
                      {tag}
                    </Badge>
                  ))}
                </Group>
              </td>
            </tr>
          ))}
        </GovTable>
      )}
      <DecisionDrawer
        decision={editing ? null : open}
        rows={rows}
        onClose={() => navigate({ name: 'governance', view: 'decisions' })}
        onEdit={(decision) => setEditing({ decision, supersedes: null })}
        onSupersede={(decision) => setEditing({ decision: null, supersedes: decision })}
      />
      {editing && (
        <DecisionModal
          key={editing.decision?.id ?? `new-${editing.supersedes?.id ?? ''}`}
          decision={editing.decision}
          supersedes={editing.supersedes}
          rows={rows}
          onClose={() => setEditing(null)}
          onCreated={openDecision}
        />
      )}
    </Stack>
  );
}
