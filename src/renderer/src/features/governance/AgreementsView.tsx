import { Badge, Button, Group, SegmentedControl, Select, Stack, Switch, Text, Tooltip } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgreementView } from '../../../../shared/api/channels/governance.channels';
import { agreementTypes } from '../../../../shared/document/workspace-document.schema';
import { EmptyState } from '../../components/EmptyState';
import { GovTable } from './GovTable';
import { ErrorNotice } from '../../components/ErrorNotice';
import { LoadingNotice } from '../../components/LoadingNotice';
import { formatDate } from '../../format/dates';
import { useLanguage } from '../../i18n/use-language';
import { AgreementModal } from './AgreementModal';
import { DateField } from './DateField';
import { agreementTypeLabel, todayIso, type AgreementType } from './labels';
import { useAgreements, useNoticeWithin } from './queries';

const windows = ['3', '6', '12'] as const;

function Parties({ agreement }: { agreement: AgreementView }) {
  const { t } = useTranslation();
  const parties = agreement.parties.filter((p) => p.role !== 'counterparty');
  const names = parties.map((p) => p.organisationName).join(', ');
  return (
    <div>
      {agreement.counterpartyName && (
        <Text size="sm" className="nowrap">
          {agreement.counterpartyName}
        </Text>
      )}
      {parties.length > 0 && (
        <Tooltip label={names} multiline w={360} openDelay={300}>
          <Text size="xs" c="dimmed" className="nowrap">
            {parties.length <= 2 ? names : t('governance.agreements.partyCount', { count: parties.length })}
          </Text>
        </Tooltip>
      )}
    </div>
  );
}

/** Agreements with their terms: the current end date and the next notice deadline, highlighted when near. */
export function AgreementsView() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [asOf, setAsOf] = useState(todayIso);
  const [months, setMonths] = useState<(typeof windows)[number]>('6');
  const [cooperation, setCooperation] = useState<string | null>(null);
  const [type, setType] = useState<string | null>(null);
  const [onlyDue, setOnlyDue] = useState(false);
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const agreements = useAgreements(asOf);
  const due = useNoticeWithin(Number(months), asOf);
  const dueIds = useMemo(() => new Set((due.data ?? []).map((a) => a.id)), [due.data]);

  const cooperations = useMemo(() => {
    const seen = new Map<number, string>();
    for (const a of agreements.data ?? []) seen.set(a.cooperationId, a.cooperationName);
    return [...seen].map(([id, name]) => ({ value: String(id), label: name }));
  }, [agreements.data]);

  const rows = useMemo(
    () =>
      (agreements.data ?? [])
        .filter((a) => cooperation === null || String(a.cooperationId) === cooperation)
        .filter((a) => type === null || a.type === type)
        .filter((a) => !onlyDue || dueIds.has(a.id)),
    [agreements.data, cooperation, type, onlyDue, dueIds],
  );

  if (agreements.status === 'error' && !agreements.data) return <ErrorNotice error={agreements.error} onRetry={agreements.refetch} />;
  if (!agreements.data) {
    return (
      <LoadingNotice label={t('governance.loading')} />
    );
  }
  const dueCount = (agreements.data ?? []).filter((a) => dueIds.has(a.id) && (cooperation === null || String(a.cooperationId) === cooperation)).length;

  return (
    <Stack gap="sm" className="gov-scroll">
      <Group gap="sm" align="flex-end" wrap="nowrap">
        <DateField label={t('governance.agreements.asOf')} value={asOf} onChange={setAsOf} data-testid="agreements-as-of" />
        <div>
          <Text size="sm" fw={500} mb={4}>
            {t('governance.agreements.window')}
          </Text>
          <SegmentedControl size="sm" value={months} onChange={(v) => setMonths(v as (typeof windows)[number])} data={windows.map((w) => ({ value: w, label: t('governance.agreements.months', { count: Number(w) }) }))} data-testid="agreements-window" />
        </div>
        <Select size="sm" w={260} label={t('governance.cooperation')} placeholder={t('governance.allCooperations')} clearable data={cooperations} value={cooperation} onChange={setCooperation} data-testid="agreements-cooperation" />
        <Select
          size="sm"
          w={200}
          label={t('governance.agreements.type')}
          placeholder={t('governance.register.all')}
          clearable
          data={agreementTypes.map((a) => ({ value: a, label: agreementTypeLabel(t, a) }))}
          value={type}
          onChange={setType}
        />
        <Switch size="sm" label={t('governance.agreements.onlyDue')} checked={onlyDue} onChange={(e) => setOnlyDue(e.currentTarget.checked)} pb={8} data-testid="agreements-only-due" />
        <Button size="sm" ml="auto" style={{ flexShrink: 0 }} onClick={() => setEditing('new')} data-testid="agreement-new">
          {t('governance.edit.newAgreement')}
        </Button>
      </Group>
      <Text size="sm" data-testid="agreements-due-summary" className={dueCount > 0 ? 'due-summary' : undefined}>
        {t('governance.agreements.dueSummary', { count: dueCount, months: Number(months), date: formatDate(asOf, language, 'long') })}
      </Text>
      {due.status === 'error' && <ErrorNotice error={due.error} onRetry={due.refetch} />}
      {rows.length === 0 ? (
        <EmptyState title={t('governance.agreements.emptyTitle')}>{t('governance.agreements.emptyBody')}</EmptyState>
      ) : (
        <GovTable
          className="agreements-table"
          testId="agreements"
          columns={[
            { label: t('governance.agreements.agreement') },
            { label: t('governance.agreements.type') },
            { label: t('governance.agreements.parties') },
            { label: t('governance.agreements.start') },
            { label: t('governance.agreements.term') },
            { label: t('governance.agreements.notice'), numeric: true },
            { label: t('governance.agreements.currentEnd') },
            { label: t('governance.agreements.deadline') },
          ]}
        >
          {rows.map((a) => {
            const isDue = dueIds.has(a.id);
            return (
              <tr
                key={a.id}
                tabIndex={0}
                data-agreement-id={a.id}
                data-due={isDue ? 'true' : undefined}
                className={isDue ? 'clickable row-due' : 'clickable'}
                data-testid="agreement-row"
                aria-label={a.title}
                onClick={() => setEditing(a.id)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter') {
                    event.preventDefault();
                    setEditing(a.id);
                  } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
                    event.preventDefault();
                    const sibling = event.key === 'ArrowDown' ? event.currentTarget.nextElementSibling : event.currentTarget.previousElementSibling;
                    if (sibling instanceof HTMLElement) sibling.focus();
                  }
                }}
              >
                <td>
                  <Text size="sm" fw={600}>
                    {a.title}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {a.cooperationName}
                    {a.adoptedBy.length > 0 && ` · ${t('governance.agreements.adoptedBy', { numbers: a.adoptedBy.map((d) => d.number).join(', ') })}`}
                  </Text>
                </td>
                <td className="nowrap">{agreementTypeLabel(t, a.type as AgreementType)}</td>
                <td>
                  <Parties agreement={a} />
                </td>
                <td className="num nowrap">{a.startDate ? formatDate(a.startDate, language) : '—'}</td>
                <td className="nowrap">
                  {a.initialTermMonths ? t('governance.agreements.months', { count: a.initialTermMonths }) : t('governance.agreements.openEnded')}
                  {a.renewalMonths ? (
                    <Text size="xs" c="dimmed">
                      {t('governance.agreements.renews', { count: a.renewalMonths })}
                    </Text>
                  ) : null}
                </td>
                <td className="num num-col nowrap">{a.noticeMonths === null ? '—' : t('governance.agreements.months', { count: a.noticeMonths })}</td>
                <td className="num nowrap">
                  {a.terms ? formatDate(a.terms.currentEndDate, language) : '—'}
                  {a.terms?.expired && (
                    <Badge size="xs" color="gray" variant="light" ml={6}>
                      {t('governance.agreements.expired')}
                    </Badge>
                  )}
                </td>
                <td className="num nowrap deadline-cell">
                  {a.terms?.noticeDeadline ? formatDate(a.terms.noticeDeadline, language) : '—'}
                  {isDue && (
                    <Badge size="xs" color="orange" variant="filled" ml={6}>
                      {t('governance.agreements.dueBadge')}
                    </Badge>
                  )}
                </td>
              </tr>
            );
          })}
        </GovTable>
      )}
      {editing !== null && (
        <AgreementModal
          key={editing}
          agreement={editing === 'new' ? null : ((agreements.data ?? []).find((a) => a.id === editing) ?? null)}
          defaultCooperationId={cooperation === null ? null : Number(cooperation)}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}
