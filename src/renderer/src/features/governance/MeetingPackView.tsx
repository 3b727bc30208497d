import { Alert, Anchor, Button, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingPack, MeetingPackScenarioSummary, WrittenFile } from '../../../../shared/api/channels/governance.channels';
import { ErrorNotice } from '../../components/ErrorNotice';
import { LoadingNotice } from '../../components/LoadingNotice';
import { formatDate } from '../../format/dates';
import { languages, type Language } from '../../format/locales';
import { formatMoney } from '../../../../shared/format/numbers';
import { useLanguage } from '../../i18n/use-language';
import { routeHash } from '../../router/routes';
import { ExportedFileActions, useWrittenFile } from '../exports/export-controls';
import { clockRange, splitDateTime } from './format';
import { useExportPack, useMeetingPack } from './queries';

const kindLabelKey = { information: 'kindInformation', discussion: 'kindDiscussion', decision: 'kindDecision' } as const;

function money(amount: number, summary: MeetingPackScenarioSummary, language: Language): string {
  // formatMoney works in hundredths; other exponents are scaled to it.
  const scaled = summary.exponent === 2 ? amount : Math.round(amount * 10 ** (2 - summary.exponent));
  return formatMoney(scaled, summary.currency, language, { decimals: 'never' });
}

function signed(amount: number, summary: MeetingPackScenarioSummary, language: Language): string {
  return amount > 0 ? `+${money(amount, summary, language)}` : money(amount, summary, language);
}

function ScenarioSummary({ summary, labels, language }: { summary: MeetingPackScenarioSummary; labels: Record<string, string>; language: Language }) {
  const l = (key: string) => labels[key] ?? key;
  if (summary.problem) {
    return (
      <p className="pack-note">
        {l('cannotCompute')}: {summary.problem}
      </p>
    );
  }
  const compare = summary.totals.change !== null;
  return (
    <div className="pack-scenario">
      <p className="pack-note">
        {l('scenario')}: {summary.scenarioName} · {l('key')}: {summary.keyDescription === null ? summary.keyName : `${summary.keyDescription} (${summary.keyOrigin ?? summary.keyName})`} ·{' '}
        {summary.comparedWith ? (summary.comparedWith.kind === 'baseline_scenario' ? l('comparedWithBaseline') : l('comparedWithCurrentKey')) + ` (${summary.comparedWith.name})` : l('noComparison')} · {l('amountsIn')} {summary.currency}
      </p>
      {summary.yearsWithoutComparison.length > 0 && (
        <p className="pack-note" data-testid="pack-not-compared">
          {l('yearsNotCompared').replace('{years}', summary.yearsWithoutComparison.join(', '))}
        </p>
      )}
      <table className="pack-table">
        <thead>
          <tr>
            <th>{l('member')}</th>
            {summary.years.map((year) => (
              <th key={year} className="num-col">
                {year}
              </th>
            ))}
            {compare && <th className="num-col">{l('change')}</th>}
          </tr>
        </thead>
        <tbody>
          {summary.members.map((m) => (
            <tr key={m.memberId}>
              <td>{m.name}</td>
              {m.proposed.map((amount, i) => (
                <td key={summary.years[i]} className="num num-col">
                  {money(amount, summary, language)}
                </td>
              ))}
              {compare && <td className="num num-col">{m.totalChange === null ? '—' : signed(m.totalChange, summary, language)}</td>}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td>{l('total')}</td>
            {summary.totals.proposed.map((amount, i) => (
              <td key={summary.years[i]} className="num num-col">
                {money(amount, summary, language)}
              </td>
            ))}
            {compare && (
              <td className="num num-col">
                {(summary.totals.change ?? []).every((v) => v === null) ? '—' : signed((summary.totals.change ?? []).reduce((a: number, b) => a + (b ?? 0), 0), summary, language)}
              </td>
            )}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

function PackSheet({ pack }: { pack: MeetingPack }) {
  const m = pack.meeting;
  const l = (key: string) => pack.labels[key] ?? key;
  const start = splitDateTime(m.startsAt);
  const end = splitDateTime(m.endsAt);
  return (
    <article className="pack-sheet" lang={pack.language} data-testid="pack-sheet">
      <header className="pack-header">
        <p className="pack-kicker">{l('title')}</p>
        <h1>{m.title}</h1>
        <dl className="pack-meta">
          <dt>{l('body')}</dt>
          <dd>{m.bodyName}</dd>
          <dt>{l('date')}</dt>
          <dd>{formatDate(start.date, pack.language, 'long')}</dd>
          <dt>{l('time')}</dt>
          <dd>
            {start.time}–{end.time}
          </dd>
          {(m.place ?? m.link) && (
            <>
              <dt>{l('place')}</dt>
              <dd>{m.place ?? m.link}</dd>
            </>
          )}
        </dl>
      </header>
      <section>
        <h2>{l('agendaSheet')}</h2>
        <table className="pack-table" data-testid="pack-agenda">
          <thead>
            <tr>
              <th className="ordinal-col">{l('ordinal')}</th>
              <th className="time-col">{l('time')}</th>
              <th>{l('item')}</th>
              <th>{l('kind')}</th>
              <th>{l('presenter')}</th>
              <th className="num-col">{l('minutes')}</th>
            </tr>
          </thead>
          <tbody>
            {m.agenda.map((item) => (
              <tr key={item.id}>
                <td className="num ordinal-col">{item.ordinal}</td>
                <td className="num time-col">{clockRange(item.startTime, item.endTime, item.startDayOffset, item.endDayOffset)}</td>
                <td>{item.title}</td>
                <td>{l(kindLabelKey[item.kind])}</td>
                <td>{item.presenterName ?? ''}</td>
                <td className="num num-col">{item.estimatedMinutes}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <td />
              <td className="num time-col">{end.time}</td>
              <td colSpan={3}>{l('ends')}</td>
              <td className="num num-col">{m.totalMinutes}</td>
            </tr>
          </tfoot>
        </table>
      </section>
      <section>
        <h2>{l('proposalsSheet')}</h2>
        {pack.proposals.length === 0 && <p className="pack-note">{l('noProposals')}</p>}
        {pack.proposals.map((p) => (
          <div key={p.agendaItemId} className="pack-proposal" data-testid="pack-proposal">
            <h3>
              {l('ordinal')} {p.ordinal} {p.title}
              {p.decisionNumber && <span className="pack-number">{p.decisionNumber}</span>}
            </h3>
            <p className="pack-label">{l('proposal')}</p>
            <p className="pack-text">{p.text || l('noProposalText')}</p>
            {p.scenario && <ScenarioSummary summary={p.scenario} labels={pack.labels} language={pack.language} />}
          </div>
        ))}
      </section>
    </article>
  );
}


/** The meeting pack as paper: agenda with times, proposals with their text and cost summaries. Prints with window.print. */
export function MeetingPackView({ meetingId }: { meetingId: number }) {
  const { t } = useTranslation();
  const [uiLanguage] = useLanguage();
  const [language, setLanguage] = useState<Language>(uiLanguage);
  const pack = useMeetingPack(meetingId, language);
  const exportPack = useExportPack();
  const [written, write] = useWrittenFile<WrittenFile>();

  // Main writes the file into the exports folder next to the workspace; the page names no path.
  const onExport = () => write(() => exportPack.run({ meetingId, language }));

  return (
    <div className="view view-fill pack-view">
      <Stack gap="xs" className="pack-toolbar no-print">
        <Group justify="space-between" wrap="nowrap">
          <Anchor href={routeHash({ name: 'governance', view: 'meetings', id: meetingId })} size="sm">
            ← {t('governance.pack.back')}
          </Anchor>
          <Group gap="xs" wrap="nowrap">
            <SegmentedControl size="xs" value={language} onChange={(v) => setLanguage(v as Language)} data={languages.map((l) => ({ value: l, label: t(`languages.${l}`) }))} aria-label={t('governance.pack.language')} />
            <Button size="xs" onClick={() => window.print()} disabled={!pack.data} data-testid="pack-print">
              {t('governance.pack.print')}
            </Button>
          </Group>
        </Group>
        <Group gap="xs" wrap="nowrap" align="center">
          <Button size="xs" variant="default" onClick={() => void onExport()} loading={exportPack.pending} disabled={!pack.data} data-testid="pack-export">
            {t('governance.pack.export')}
          </Button>
          <Text size="xs">{t('governance.pack.exportPath')}</Text>
        </Group>
        {written && (
          <Alert color="teal" variant="light" data-testid="pack-written">
            <Stack gap={4}>
              <Text size="sm">
                {t('governance.pack.written', { path: written.path })} <span className="mono">SHA-256 {written.sha256.slice(0, 16)}…</span>
              </Text>
              <ExportedFileActions exportId={written.exportId} />
            </Stack>
          </Alert>
        )}
        {exportPack.error && <ErrorNotice error={exportPack.error} />}
      </Stack>
      {pack.status === 'error' && !pack.data && <ErrorNotice error={pack.error} onRetry={pack.refetch} />}
      {!pack.data && pack.status === 'loading' && (
        <LoadingNotice label={t('governance.loading')} />
      )}
      {pack.data && (
        <div className="pack-scroll">
          <PackSheet pack={pack.data} />
        </div>
      )}
    </div>
  );
}
