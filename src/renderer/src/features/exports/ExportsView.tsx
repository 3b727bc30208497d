import { Button, Code, Group, Loader, Paper, Select, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentFormat, InvoicingFrequency } from '../../../../shared/api/channels/exports.channels';
import { EmptyState } from '../../components/EmptyState';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatDate } from '../../format/dates';
import type { Language } from '../../format/locales';
import { useLanguage } from '../../i18n/use-language';
import { useCooperations } from '../cooperations/queries';
import { useScenarios, useSnapshots } from '../scenarios/queries';
import { DRAFT, ExportedFileNotice, ExportFormatControl, ExportLanguageControl, ExportSourceSelect, exportBasis, useWrittenFile } from './export-controls';
import { useExportAnnex, useExportInvoicing, useExportLog, useExportRegister } from './queries';
import '../scenarios/studio.css';
import { ViewHeading } from '../../components/ViewHeading';

const KIND_KEYS = { annex: 'exports.kinds.annex', meeting_pack: 'exports.kinds.meeting_pack', invoicing_basis: 'exports.kinds.invoicing_basis', decision_register: 'exports.kinds.decision_register' } as const;

const DONE_KEYS = { annex: 'studio.export.done', invoicing_basis: 'exports.invoicingDone', decision_register: 'exports.registerDone' } as const;

/**
 * Exports: what Andel has written (time, kind, file, SHA-256) and new exports — the annex and the
 * invoicing basis of a scenario or an adopted snapshot, and the decision register of the cooperation.
 */
export function ExportsView() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const log = useExportLog();
  const cooperations = useCooperations();
  const [cooperation, setCooperation] = useState<string | null>(null);
  const cooperationId = cooperation !== null ? Number(cooperation) : (cooperations.data?.[0]?.id ?? null);
  const scenarios = useScenarios(cooperationId);
  const scenarioList = scenarios.data && scenarios.data.every((s) => s.cooperationId === cooperationId) ? scenarios.data : [];
  const [scenario, setScenario] = useState<string | null>(null);
  const scenarioId = scenario !== null && scenarioList.some((s) => String(s.id) === scenario) ? Number(scenario) : (scenarioList[0]?.id ?? null);
  const snapshots = useSnapshots(scenarioId);
  const [source, setSource] = useState<string>(DRAFT);
  const [exportLanguage, setExportLanguage] = useState<Language>(language);
  const [format, setFormat] = useState<DocumentFormat>('xlsx');
  const exportAnnex = useExportAnnex();
  const exportInvoicing = useExportInvoicing();
  const exportRegister = useExportRegister();
  const [written, write] = useWrittenFile();
  const [year, setYear] = useState<string>('all');
  const [frequency, setFrequency] = useState<InvoicingFrequency>('standard');
  const horizon = scenarioList.find((s) => s.id === scenarioId)?.horizon;
  const years = horizon ? Array.from({ length: horizon.to - horizon.from + 1 }, (_, i) => horizon.from + i) : [];
  const yearValue = year !== 'all' && years.includes(Number(year)) ? year : 'all';
  const pending = exportAnnex.pending || exportInvoicing.pending || exportRegister.pending;
  // Only the error of the export last asked for: an earlier failure of another kind is history.
  const [last, setLast] = useState<'annex' | 'invoicing' | 'register'>('annex');
  const error = { annex: exportAnnex.error, invoicing: exportInvoicing.error, register: exportRegister.error }[last];
  const snapshotList = scenarioId !== null && snapshots.data?.every((s) => s.scenarioId === scenarioId) ? snapshots.data : [];
  const sourceValue = source === DRAFT || snapshotList.some((s) => String(s.id) === source) ? source : DRAFT;

  async function onAnnex() {
    if (scenarioId === null) return;
    setLast('annex');
    await write(() => exportAnnex.run({ ...exportBasis(sourceValue, scenarioId), language: exportLanguage, format }));
  }

  async function onInvoicing() {
    if (scenarioId === null) return;
    setLast('invoicing');
    await write(() => exportInvoicing.run({ ...exportBasis(sourceValue, scenarioId), language: exportLanguage, frequency, ...(yearValue === 'all' ? {} : { year: Number(yearValue) }) }));
  }

  async function onRegister() {
    if (cooperationId === null) return;
    setLast('register');
    await write(() => exportRegister.run({ cooperationId, language: exportLanguage, format }));
  }

  return (
    <Stack gap="md" className="view">
      <ViewHeading title={t('exports.title')} subtitle={t('exports.subtitle')} />
      <Paper withBorder p="md" radius="sm">
        <Stack gap="sm">
          <SimpleGrid cols={4} spacing="sm">
            <Select label={t('studio.cooperation')} data={(cooperations.data ?? []).map((c) => ({ value: String(c.id), label: c.name }))} value={cooperationId === null ? null : String(cooperationId)} onChange={setCooperation} allowDeselect={false} data-testid="exports-cooperation" />
            <Select label={t('studio.scenario')} data={scenarioList.map((s) => ({ value: String(s.id), label: s.name }))} value={scenarioId === null ? null : String(scenarioId)} onChange={setScenario} allowDeselect={false} data-testid="exports-scenario" />
            <ExportSourceSelect snapshots={snapshotList} value={sourceValue} onChange={setSource} testId="exports-source" />
            <ExportLanguageControl fullWidth value={exportLanguage} onChange={setExportLanguage} />
          </SimpleGrid>
          <SimpleGrid cols={4} spacing="sm">
            <Select
              label={t('exports.year')}
              data={[{ value: 'all', label: t('exports.allYears') }, ...years.map((y) => ({ value: String(y), label: String(y) }))]}
              value={yearValue}
              onChange={(value) => setYear(value ?? 'all')}
              allowDeselect={false}
              data-testid="exports-year"
            />
            <Select
              label={t('exports.frequency')}
              data={[
                { value: 'standard', label: t('exports.frequencies.standard') },
                { value: 'yearly', label: t('exports.frequencies.yearly') },
                { value: 'quarterly', label: t('exports.frequencies.quarterly') },
              ]}
              value={frequency}
              onChange={(value) => setFrequency((value ?? 'standard') as InvoicingFrequency)}
              allowDeselect={false}
              data-testid="exports-frequency"
            />
            <ExportFormatControl value={format} onChange={setFormat} label={t('exports.format')} />
          </SimpleGrid>
          <Group gap="sm">
            <Button onClick={() => void onAnnex()} loading={exportAnnex.pending} disabled={scenarioId === null || pending} data-testid="exports-annex">
              {t('exports.annex')}
            </Button>
            <Button variant="default" onClick={() => void onInvoicing()} loading={exportInvoicing.pending} disabled={scenarioId === null || pending} data-testid="exports-invoicing">
              {t('exports.invoicing')}
            </Button>
            <Button variant="default" onClick={() => void onRegister()} loading={exportRegister.pending} disabled={cooperationId === null || pending} data-testid="exports-register">
              {t('exports.register')}
            </Button>
            {pending && (
              <Group gap={6}>
                <Loader size="xs" />
                <Text size="sm" c="dimmed">
                  {t('studio.export.progress')}…
                </Text>
              </Group>
            )}
          </Group>
          {error && <ErrorNotice error={error} />}
          {written && (
            <ExportedFileNotice file={written} title={t(DONE_KEYS[written.kind as keyof typeof DONE_KEYS] ?? 'studio.export.done')} testId="exports-result" pathTestId="exports-result-path">
              <Text size="xs">
                {t('exports.columns.sha256')} <Code data-testid="exports-result-sha256">{written.sha256}</Code>
              </Text>
            </ExportedFileNotice>
          )}
        </Stack>
      </Paper>

      <Paper withBorder radius="sm" className="log-paper">
        <Group justify="space-between" px="md" py="sm">
          <Text fw={600} size="sm">
            {t('exports.log')}
          </Text>
          <Text size="xs" c="dimmed">
            {t('exports.logHint')}
          </Text>
        </Group>
        {log.status === 'error' && <ErrorNotice error={log.error} onRetry={log.refetch} />}
        {log.data && log.data.length === 0 && <EmptyState title={t('exports.emptyTitle')}>{t('exports.emptyBody')}</EmptyState>}
        {log.data && log.data.length > 0 && (
          <Table striped fz="sm" data-testid="exports-log" horizontalSpacing="md">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('exports.columns.time')}</Table.Th>
                <Table.Th>{t('exports.columns.kind')}</Table.Th>
                <Table.Th>{t('exports.columns.file')}</Table.Th>
                <Table.Th>{t('exports.columns.sha256')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {log.data.map((entry) => (
                <Table.Tr key={entry.id} data-export-id={entry.id}>
                  <Table.Td className="num" style={{ whiteSpace: 'nowrap' }}>
                    {formatDate(entry.exportedAt.slice(0, 10), language)} {entry.exportedAt.slice(11, 16)}
                  </Table.Td>
                  <Table.Td>{entry.kind in KIND_KEYS ? t(KIND_KEYS[entry.kind as keyof typeof KIND_KEYS]) : entry.kind}</Table.Td>
                  <Table.Td>{entry.fileName}</Table.Td>
                  <Table.Td>
                    <Code title={entry.sha256}>{entry.sha256.slice(0, 20)}…</Code>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
    </Stack>
  );
}
