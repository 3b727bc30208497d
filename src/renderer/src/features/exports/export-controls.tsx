/**
 * What the Exports view and the studio's "Adopt and export" tab share: the basis of an export
 * (the stored scenario's draft or one of its adopted snapshots), the language it is written in,
 * its format (Excel or PDF, for the annex and the register), and the notice naming the file written.
 */
import { Alert, Button, Group, Select, SegmentedControl, Stack, Text, type MantineSize } from '@mantine/core';
import { useCallback, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SnapshotSummary } from '../../../../shared/api/channels/scenarios.channels';
import { documentFormats, type DocumentFormat, type ExportedFile } from '../../../../shared/api/channels/exports.channels';
import type { Language } from '../../format/locales';
import { call, type ApiError } from '../../api/client';
import { ErrorNotice } from '../../components/ErrorNotice';

/** The source select's value for the stored scenario itself; any other value is a snapshot id. */
export const DRAFT = 'draft';

/** The channel input naming what to export: the stored scenario, or the chosen snapshot of it. */
export function exportBasis(source: string, scenarioId: number): { scenarioId: number } | { snapshotId: number } {
  return source === DRAFT ? { scenarioId } : { snapshotId: Number(source) };
}

/**
 * The file an export wrote, shown until the next export starts: `write(run)` clears it, runs the
 * export, and keeps what it wrote (nothing when it was refused; the mutation holds the error).
 */
export function useWrittenFile<F = ExportedFile>(): [F | null, (run: () => Promise<F | undefined>) => Promise<void>] {
  const [written, setWritten] = useState<F | null>(null);
  const write = useCallback(async (run: () => Promise<F | undefined>) => {
    setWritten(null);
    const file = await run();
    if (file) setWritten(file);
  }, []);
  return [written, write];
}

/** Draft or one of the scenario's snapshots (with the start of its content hash). */
export function ExportSourceSelect({ snapshots, value, onChange, testId }: { snapshots: readonly SnapshotSummary[]; value: string; onChange: (value: string) => void; testId: string }) {
  const { t } = useTranslation();
  return (
    <Select
      label={t('studio.export.source')}
      data={[
        { value: DRAFT, label: t('studio.export.draft') },
        ...snapshots.map((s) => ({ value: String(s.id), label: t('studio.export.snapshot', { id: s.id, hash: s.contentHash.slice(0, 12) }) })),
      ]}
      value={value}
      onChange={(next) => onChange(next ?? DRAFT)}
      allowDeselect={false}
      data-testid={testId}
    />
  );
}

/** The language the file is written in (not necessarily the interface's). */
export function ExportLanguageControl({ value, onChange, size, fullWidth }: { value: Language; onChange: (value: Language) => void; size?: MantineSize; fullWidth?: boolean }) {
  const { t } = useTranslation();
  return (
    <div>
      <Text size="sm" fw={500} mb={4}>
        {t('studio.export.language')}
      </Text>
      <SegmentedControl
        {...(size ? { size } : {})}
        fullWidth={fullWidth ?? false}
        value={value}
        onChange={(next) => onChange(next as Language)}
        data={[
          { value: 'sv', label: t('languages.sv') },
          { value: 'nb', label: t('languages.nb') },
          { value: 'en', label: t('languages.en') },
        ]}
      />
    </div>
  );
}

/** Excel (live formulas) or PDF (the printable PDF/A copy) for the annex and the decision register. */
export function ExportFormatControl({ value, onChange, size, label }: { value: DocumentFormat; onChange: (value: DocumentFormat) => void; size?: MantineSize; label?: string }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div>
      <Text size="sm" fw={500} mb={4} id={id}>
        {label ?? t('studio.export.format')}
      </Text>
      <SegmentedControl
        {...(size ? { size } : {})}
        value={value}
        onChange={(next) => onChange(next as DocumentFormat)}
        aria-labelledby={id}
        data-testid="export-format"
        data={documentFormats.map((format) => ({ value: format, label: t(`exports.formats.${format}`) }))}
      />
    </div>
  );
}

/**
 * "Show in folder" and "Open" for a written export: the renderer names its export-log entry and
 * main finds the file (exports:reveal, exports:open); a refusal is shown beside the buttons.
 */
export function ExportedFileActions({ exportId }: { exportId: number }) {
  const { t } = useTranslation();
  const [error, setError] = useState<ApiError | null>(null);
  const act = async (channel: 'exports:reveal' | 'exports:open') => {
    setError(null);
    const result = await call(channel, { exportId });
    if (!result.ok) setError(result.error);
  };
  return (
    <Stack gap={4}>
      <Group gap="xs">
        <Button size="xs" variant="default" onClick={() => void act('exports:reveal')} data-testid="export-reveal">
          {t('exports.reveal')}
        </Button>
        <Button size="xs" variant="default" onClick={() => void act('exports:open')} data-testid="export-open">
          {t('exports.open')}
        </Button>
      </Group>
      {error && <ErrorNotice error={error} />}
    </Stack>
  );
}

/** "Saved": the written file's path, then what the caller adds (its size, its SHA-256), and "Show in folder" / "Open". */
export function ExportedFileNotice({ file, title, testId, pathTestId, children }: { file: ExportedFile; title: string; testId: string; pathTestId: string; children: ReactNode }) {
  return (
    <Alert color="teal" variant="light" title={title} data-testid={testId}>
      <Stack gap={4}>
        <Text size="sm" className="mono" data-testid={pathTestId} style={{ overflowWrap: 'anywhere' }}>
          {file.path}
        </Text>
        {children}
        <ExportedFileActions exportId={file.id} />
      </Stack>
    </Alert>
  );
}
