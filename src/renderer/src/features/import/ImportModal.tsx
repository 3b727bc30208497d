import {
  Alert,
  Badge,
  Button,
  Checkbox,
  FileButton,
  Group,
  Loader,
  Modal,
  NumberInput,
  Paper,
  Progress,
  ScrollArea,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportMapping, ImportOptions, ImportPreview, ImportResult, ImportRole } from '../../../../shared/api/channels/import.channels';
import type { ApiError } from '../../../../shared/errors';
import { translate } from '../../../../shared/i18n/translate';
import { call } from '../../api/client';
import { callEdit, executeEdit } from '../../undo/undo-store';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatInteger } from '../../../../shared/format/numbers';
import { useLanguage } from '../../i18n/use-language';
import { MAX_IMPORT_BYTES, readFileAsBase64 } from './file-content';
import './import.css';

const roles: ImportRole[] = ['codeAndName', 'officialCode', 'name', 'orgNumber', 'population', 'year'];
const actionColor = { create: 'grape', add: 'teal', update: 'andel', unchanged: 'gray', error: 'red' } as const;

interface LoadedFile {
  name: string;
  size: number;
  contentBase64: string;
}

/**
 * Import of members and population from a CSV or XLSX file: choose the file, check the columns
 * Andel found and the preview row by row, then import everything in one go, or nothing while
 * any row is wrong.
 */
export function ImportModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [file, setFile] = useState<LoadedFile | null>(null);
  const [mapping, setMapping] = useState<ImportMapping | undefined>(undefined);
  const [options, setOptions] = useState<ImportOptions>({});
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [answered, setAnswered] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [committing, setCommitting] = useState(false);
  const [progress, setProgress] = useState(0);
  const [result, setResult] = useState<ImportResult | null>(null);

  // Which file, mapping and options the preview on screen answers: while they differ, a preview is on its way.
  const requestKey = file ? JSON.stringify([file.name, file.size, file.contentBase64.length, mapping, options]) : null;
  const loading = requestKey !== null && answered !== requestKey;
  useEffect(() => {
    if (!file) return;
    let current = true;
    void call('import:preview', { fileName: file.name, contentBase64: file.contentBase64, ...(mapping ? { mapping } : {}), options }).then((reply) => {
      if (!current) return;
      setAnswered(JSON.stringify([file.name, file.size, file.contentBase64.length, mapping, options]));
      if (reply.ok) {
        setPreview(reply.value);
        setError(null);
      } else {
        setPreview(null);
        setError(reply.error);
      }
    });
    return () => {
      current = false;
    };
  }, [file, mapping, options]);

  // The commit is one call: the bar moves towards the end while it runs and completes when it returns.
  useEffect(() => {
    if (!committing) return;
    const timer = window.setInterval(() => setProgress((p) => Math.min(92, p + (92 - p) * 0.15)), 120);
    return () => window.clearInterval(timer);
  }, [committing]);

  function reset() {
    setFile(null);
    setMapping(undefined);
    setOptions({});
    setPreview(null);
    setError(null);
    setResult(null);
    setProgress(0);
  }

  async function choose(chosen: File | null) {
    if (!chosen) return;
    reset();
    if (chosen.size > MAX_IMPORT_BYTES) {
      setError({ code: 'INVALID_INPUT', message: t('import.tooLarge', { name: chosen.name }) });
      return;
    }
    setFile({ name: chosen.name, size: chosen.size, contentBase64: await readFileAsBase64(chosen) });
  }

  async function commit() {
    if (!file || !preview) return;
    setCommitting(true);
    setProgress(5);
    const input = { fileName: file.name, contentBase64: file.contentBase64, mapping: preview.mapping, options: preview.options };
    // One undoable step: undo puts back every figure the import wrote and removes the organisations it created.
    let written: ImportResult | null = null;
    const failure = await executeEdit({
      label: () => t('undo.import', { name: input.fileName }),
      run: async () => {
        written = await callEdit('import:commit', input);
        // Done shows with a full bar in one render.
        setCommitting(false);
        setProgress(100);
        setResult(written);
      },
      revert: async () => {
        if (written) await callEdit('import:revert', { changes: written.changes, createdOrganisationIds: written.createdOrganisationIds });
      },
    });
    if (failure) {
      setCommitting(false);
      setError(failure);
      setProgress(0);
    }
  }

  const close = () => {
    if (committing) return;
    reset();
    onClose();
  };

  const columnOptions = (preview?.columns ?? []).map((c) => ({ value: String(c.index), label: `${String.fromCharCode(65 + (c.index % 26))} · ${c.header}` }));
  const setRole = (role: ImportRole, value: string | null) => {
    const base = { ...(mapping ?? preview?.mapping ?? {}) };
    if (value === null) delete base[role];
    else base[role] = Number(value);
    setMapping(base);
  };
  const setOption = (patch: Partial<ImportOptions>) => setOptions((o) => ({ ...o, ...(preview ? { year: preview.options.year, countryCode: preview.options.countryCode } : {}), ...patch }));
  const canImport = preview !== null && preview.errors.length === 0 && preview.totalRows > 0 && !result;
  const changes = preview ? preview.summary.create + preview.summary.add + preview.summary.update : 0;

  return (
    <Modal opened={opened} onClose={close} size={1180} title={<Text fw={600} size="lg">{t('import.title')}</Text>} data-testid="import-modal" closeOnClickOutside={false}>
      <Stack gap="sm">
        <Group justify="space-between" align="center" wrap="nowrap">
          <Text size="sm" c="dimmed" maw={760}>
            {t('import.intro')}
          </Text>
          <FileButton onChange={(f) => void choose(f)} accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet">
            {(props) => (
              <Button {...props} variant={file ? 'default' : 'filled'} data-testid="import-choose">
                {file ? t('import.chooseOther') : t('import.choose')}
              </Button>
            )}
          </FileButton>
        </Group>

        {file && (
          <Paper withBorder radius="sm" p="xs" bg="gray.0">
            <Group gap="md" wrap="nowrap">
              <Text size="sm" fw={600} truncate data-testid="import-file-name">
                {file.name}
              </Text>
              {preview && (
                <Text size="xs" c="dimmed">
                  {preview.format === 'xlsx'
                    ? t('import.detectedXlsx', { rows: formatInteger(preview.totalRows, language) })
                    : t('import.detectedCsv', {
                        rows: formatInteger(preview.totalRows, language),
                        encoding: preview.encoding === 'windows-1252' ? 'Windows-1252' : 'UTF-8',
                        delimiter: preview.delimiter === ';' ? t('import.semicolon') : preview.delimiter === ',' ? t('import.comma') : t('import.tab'),
                      })}
                  {' · '}
                  {t('import.headerRow', { row: preview.headerRow })}
                </Text>
              )}
              {loading && <Loader size="xs" />}
            </Group>
          </Paper>
        )}

        {error && <ErrorNotice error={error} />}

        {preview && (
          <>
            <SimpleGrid cols={6} spacing="xs">
              {roles.map((role) => (
                <Select
                  key={role}
                  size="xs"
                  label={t(`import.role.${role}`)}
                  placeholder={t('import.notInFile')}
                  data={columnOptions}
                  value={preview.mapping[role] === undefined || preview.mapping[role] === null ? null : String(preview.mapping[role])}
                  onChange={(value) => setRole(role, value)}
                  clearable
                  data-testid={`import-map-${role}`}
                />
              ))}
            </SimpleGrid>
            <Group gap="md" align="flex-end" wrap="nowrap">
              <NumberInput
                size="xs"
                w={110}
                label={t('import.year')}
                value={preview.options.year ?? ''}
                onChange={(v) => setOption({ year: typeof v === 'number' ? v : null })}
                min={1900}
                max={2200}
                allowDecimal={false}
                hideControls
                disabled={preview.mapping.year !== undefined && preview.mapping.year !== null}
                data-testid="import-year"
              />
              <TextInput size="xs" w={150} label={t('import.referenceDate')} placeholder={t('import.referenceDateDefault')} defaultValue={preview.options.referenceDate ?? ''} onBlur={(e) => setOption({ referenceDate: e.currentTarget.value.trim() || null })} />
              <TextInput size="xs" w={220} label={t('import.source')} placeholder={t('import.sourceExample')} defaultValue={preview.options.source ?? ''} onBlur={(e) => setOption({ source: e.currentTarget.value.trim() || null })} />
              <div>
                <Text size="xs" fw={500} mb={2}>
                  {t('import.country')}
                </Text>
                <SegmentedControl size="xs" value={preview.options.countryCode ?? 'SE'} onChange={(v) => setOption({ countryCode: v })} data={[{ value: 'SE', label: t('country.SE') }, { value: 'NO', label: t('country.NO') }]} />
              </div>
              <Checkbox size="xs" mb={6} label={t('import.createMissing')} checked={preview.options.createMissing ?? false} onChange={(e) => setOption({ createMissing: e.currentTarget.checked })} data-testid="import-create-missing" />
            </Group>

            <Group gap="xs" data-testid="import-summary">
              <Badge color="teal" variant="light">{t('import.summary.add', { count: preview.summary.add })}</Badge>
              <Badge color="andel" variant="light">{t('import.summary.update', { count: preview.summary.update })}</Badge>
              <Badge color="grape" variant="light">{t('import.summary.create', { count: preview.summary.create })}</Badge>
              <Badge color="gray" variant="light">{t('import.summary.unchanged', { count: preview.summary.unchanged })}</Badge>
              {preview.summary.error > 0 && <Badge color="red" variant="filled">{t('import.summary.error', { count: preview.summary.error })}</Badge>}
            </Group>

            {preview.errors.length > 0 && (
              <Alert color="red" variant="light" title={t('import.errorsTitle', { count: preview.errors.length })} data-testid="import-errors">
                <ScrollArea.Autosize mah={120}>
                  <ul className="import-error-list">
                    {preview.errors.map((e, i) => (
                      <li key={`${e.row}-${i}`} data-row={e.row}>
                        <Text size="sm" span fw={600}>
                          {e.column ? t('import.errorAtColumn', { row: e.row, column: e.column }) : t('import.errorAtRow', { row: e.row })}
                        </Text>{' '}
                        <Text size="sm" span>
                          {e.messageKey ? translate(language, e.messageKey, e.params) : e.message}
                        </Text>
                      </li>
                    ))}
                  </ul>
                </ScrollArea.Autosize>
              </Alert>
            )}

            <ScrollArea h={300} type="auto" className="import-preview" data-testid="import-preview">
              <Table fz="sm" verticalSpacing={4} horizontalSpacing="xs" stickyHeader striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={56} ta="right">{t('import.columns.row')}</Table.Th>
                    <Table.Th w={150}>{t('import.columns.action')}</Table.Th>
                    <Table.Th>{t('import.columns.organisation')}</Table.Th>
                    <Table.Th w={80}>{t('import.columns.code')}</Table.Th>
                    <Table.Th w={64} ta="right">{t('import.columns.year')}</Table.Th>
                    <Table.Th w={120} ta="right">{t('import.columns.previousYear')}</Table.Th>
                    <Table.Th w={120} ta="right">{t('import.columns.before')}</Table.Th>
                    <Table.Th w={120} ta="right">{t('import.columns.population')}</Table.Th>
                    <Table.Th>{t('import.columns.inFile')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {preview.rows.map((row) => (
                    <Table.Tr key={row.row} className={row.action === 'error' ? 'import-row-error' : undefined} data-import-row={row.row} data-action={row.action}>
                      <Table.Td ta="right" className="num">{row.row}</Table.Td>
                      <Table.Td>
                        <Badge size="sm" radius="sm" variant={row.action === 'error' ? 'filled' : 'light'} color={actionColor[row.action]}>
                          {row.action === 'update' && row.previousPopulation !== null
                            ? t('import.action.changedFrom', { value: formatInteger(row.previousPopulation, language) })
                            : t(`import.action.${row.action}`)}
                        </Badge>
                      </Table.Td>
                      <Table.Td>{row.organisationName ?? '—'}</Table.Td>
                      <Table.Td className="num">{row.officialCode ?? ''}</Table.Td>
                      <Table.Td ta="right" className="num">{row.year ?? ''}</Table.Td>
                      <Table.Td ta="right" className="num" c="dimmed" data-testid="import-previous-year">{row.previousYearPopulation === null ? '—' : formatInteger(row.previousYearPopulation, language)}</Table.Td>
                      <Table.Td ta="right" className="num" c="dimmed">{row.previousPopulation === null ? '—' : formatInteger(row.previousPopulation, language)}</Table.Td>
                      <Table.Td ta="right" className="num" fw={row.action === 'update' || row.action === 'create' || row.action === 'add' ? 600 : undefined}>
                        {row.population === null ? '—' : formatInteger(row.population, language)}
                      </Table.Td>
                      <Table.Td c="dimmed" className="import-cells">{row.cells.join(' · ')}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollArea>
          </>
        )}

        {!file && !error && (
          <Paper withBorder radius="sm" p="lg" className="import-empty">
            <Stack gap={4} align="center">
              <Text fw={600}>{t('import.emptyTitle')}</Text>
              <Text size="sm" c="dimmed" ta="center" maw={620}>
                {t('import.emptyBody')}
              </Text>
            </Stack>
          </Paper>
        )}

        {(committing || progress === 100) && (
          <Stack gap={4}>
            <Progress value={progress} animated={committing} aria-label={t('import.progress')} data-testid="import-progress" />
            {committing && <Text size="xs" c="dimmed">{t('import.committing', { count: changes })}</Text>}
          </Stack>
        )}

        {result && (
          <Alert color="teal" variant="light" title={t('import.doneTitle')} data-testid="import-done">
            {t('import.doneBody', { updated: result.updated, created: result.created, organisations: result.organisationsCreated, unchanged: result.unchanged })}
          </Alert>
        )}

        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            {preview && preview.errors.length > 0 ? t('import.fixFirst') : t('import.allOrNothing')}
          </Text>
          <Group gap="xs">
            <Button variant="default" onClick={close} disabled={committing}>
              {result ? t('common.close') : t('common.cancel')}
            </Button>
            {!result && (
              <Button onClick={() => void commit()} disabled={!canImport} loading={committing} data-testid="import-commit">
                {t('import.commit', { count: changes })}
              </Button>
            )}
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}
