import { Alert, Badge, Button, Code, Group, Paper, Progress, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { offeredForAdoption } from '../../../../shared/governance/decision-status';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatDate } from '../../format/dates';
import type { Language } from '../../format/locales';
import { DRAFT, ExportedFileNotice, ExportFormatControl, ExportLanguageControl, ExportSourceSelect, exportBasis, useWrittenFile } from '../exports/export-controls';
import type { DocumentFormat } from '../../../../shared/api/channels/exports.channels';
import { useExportAnnex } from '../exports/queries';
import { useDecisions } from '../governance/queries';
import { useAdoptScenario, useSnapshots } from './queries';

interface Props {
  scenarioId: number;
  cooperationId: number;
  language: Language;
  dirty: boolean;
}

/** Adopt the stored scenario by a decision (an immutable snapshot with its content hash), and export its annex. */
export function AdoptExportPanel({ scenarioId, cooperationId, language, dirty }: Props) {
  const { t } = useTranslation();
  const decisions = useDecisions(cooperationId);
  const snapshots = useSnapshots(scenarioId);
  const adopt = useAdoptScenario();
  const exportAnnex = useExportAnnex();
  const [decisionId, setDecisionId] = useState<string | null>(null);
  const [exportLanguage, setExportLanguage] = useState<Language>(language);
  const [format, setFormat] = useState<DocumentFormat>('xlsx');
  const [source, setSource] = useState<string>(DRAFT);
  const [written, write] = useWrittenFile();
  const adoptable = (decisions.data?.rows ?? []).filter(offeredForAdoption);
  const latest = snapshots.data?.[0];

  async function onExport() {
    await write(() => exportAnnex.run({ ...exportBasis(source, scenarioId), language: exportLanguage, format }));
  }

  return (
    <SimpleGrid cols={2} spacing="md" data-testid="adopt-panel">
      <Paper withBorder p="md" radius="sm">
        <Stack gap="sm">
          <Title order={3} size="h5">
            {t('studio.adopt.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('studio.adopt.body')}
          </Text>
          {dirty && (
            <Alert color="yellow" variant="light">
              {t('studio.adopt.dirty')}
            </Alert>
          )}
          {decisions.status === 'error' && <ErrorNotice error={decisions.error} />}
          <Group align="flex-end" gap="sm" wrap="nowrap">
            <Select
              style={{ flex: 1 }}
              label={t('studio.adopt.decision')}
              placeholder={t('studio.adopt.pickDecision')}
              data={adoptable.map((d) => ({ value: String(d.id), label: `${d.number} · ${d.title}` }))}
              value={decisionId}
              onChange={setDecisionId}
              searchable
              data-testid="adopt-decision"
            />
            <Button disabled={decisionId === null} loading={adopt.pending} onClick={() => decisionId !== null && void adopt.run({ scenarioId, decisionId: Number(decisionId) })} data-testid="adopt-button">
              {t('studio.adopt.button')}
            </Button>
          </Group>
          {adopt.error && <ErrorNotice error={adopt.error} />}
          <Text size="sm" fw={600} mt="xs">
            {t('studio.adopt.snapshots')}
          </Text>
          {snapshots.data && snapshots.data.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('studio.adopt.noSnapshots')}
            </Text>
          )}
          {snapshots.data && snapshots.data.length > 0 && (
            <Table fz="sm" data-testid="snapshots-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('studio.adopt.snapshot')}</Table.Th>
                  <Table.Th>{t('studio.adopt.adoptedBy')}</Table.Th>
                  <Table.Th>{t('studio.adopt.hash')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {snapshots.data.map((s) => (
                  <Table.Tr key={s.id} data-snapshot-id={s.id}>
                    <Table.Td>
                      #{s.id} · {formatDate(s.createdAt.slice(0, 10), language)}
                    </Table.Td>
                    <Table.Td>{s.decisions.map((d) => d.number).join(', ')}</Table.Td>
                    <Table.Td>
                      <Code title={s.contentHash} data-testid="snapshot-hash">
                        {s.contentHash.slice(0, 16)}…
                      </Code>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          {latest && (
            <Text size="xs" c="dimmed" className="mono" data-testid="snapshot-hash-full">
              SHA-256 {latest.contentHash}
            </Text>
          )}
        </Stack>
      </Paper>

      <Paper withBorder p="md" radius="sm">
        <Stack gap="sm">
          <Title order={3} size="h5">
            {t('studio.export.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('studio.export.body')}
          </Text>
          <ExportSourceSelect snapshots={snapshots.data ?? []} value={source} onChange={setSource} testId="export-source" />
          <ExportLanguageControl size="xs" value={exportLanguage} onChange={setExportLanguage} />
          <ExportFormatControl size="xs" value={format} onChange={setFormat} />
          <Group>
            <Button onClick={() => void onExport()} loading={exportAnnex.pending} data-testid="export-annex">
              {t('studio.export.button')}
            </Button>
          </Group>
          {exportAnnex.pending && <Progress value={100} animated striped aria-label={t('studio.export.progress')} />}
          {exportAnnex.error && <ErrorNotice error={exportAnnex.error} />}
          {written && (
            <ExportedFileNotice file={written} title={t('studio.export.done')} testId="export-result" pathTestId="export-path">
              <Group gap="xs">
                <Badge variant="light" color="gray">
                  {t('studio.export.size', { kb: Math.max(1, Math.round(written.bytes / 1024)) })}
                </Badge>
                <Text size="xs" c="dimmed" className="mono">
                  SHA-256 {written.sha256}
                </Text>
              </Group>
            </ExportedFileNotice>
          )}
        </Stack>
      </Paper>
    </SimpleGrid>
  );
}
