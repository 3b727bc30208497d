import { Alert, Button, Group, Loader, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeyDetail } from '../../../../../shared/api/channels/scenarios.channels';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { FormButtons } from '../../../components/FormFooter';
import type { Language } from '../../../format/locales';
import { formatInteger } from '../../../../../shared/format/numbers';
import { keyBuilderSave } from '../save-inputs';
import { useExportKeyFile, useImportKeyFile, useKey, useKeyPreviewInputs, useKeys, useSaveKey } from '../queries';
import type { EditorContext } from './ComponentEditor';
import { useIssueWords } from './fields';
import { KeyEditor } from './KeyEditor';
import { emptyKeyForm, fromKey, toKey, type KeyForm } from './key-form';
import { checkDefinition, checkKey, issuesOfApi, placeIssues, type KeyIssue } from './key-issues';
import { KeyPreview } from './KeyPreview';
import './key-builder.css';

interface Props {
  cooperationId: number;
  language: Language;
  /** Start from this stored key (a new version of it is saved); absent: a new key. */
  keyId?: number | null;
  onClose: () => void;
  onSaved: (key: KeyDetail) => void;
}

/** A fresh key id that does not clash with the cooperation's keys. */
function newKeyId(taken: readonly string[]): string {
  let n = taken.length + 1;
  while (taken.includes(`key-${n}`)) n += 1;
  return `key-${n}`;
}

/**
 * The key builder: every component type of the key format, subsidies and parameters, with the
 * engine's refusals at their fields and a live preview of what each member would pay. Saving a
 * key whose id the cooperation already has stores the next version; stored versions (and the
 * scenarios and adopted snapshots that use them) never change. Mounted when opened.
 */
export function KeyBuilderModal({ cooperationId, language, keyId = null, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const words = useIssueWords();
  const keys = useKeys(cooperationId);
  const keyList = useMemo(() => (keys.data ?? []).filter((k) => k.cooperationId === cooperationId), [keys.data, cooperationId]);
  const inputs = useKeyPreviewInputs(cooperationId);
  const previewInputs = inputs.data?.cooperationId === cooperationId ? inputs.data : undefined;
  const currency = previewInputs?.currency ?? 'SEK';

  const [source, setSource] = useState<string>(keyId === null ? 'new:allocation' : String(keyId));
  const sourceId = /^\d+$/u.test(source) ? Number(source) : null;
  const stored = useKey(sourceId);
  const [form, setForm] = useState<KeyForm>(() => emptyKeyForm('key-1'));
  const [loadedFrom, setLoadedFrom] = useState<string | null>(null);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const pointerDown = useRef(false);
  const pendingTouched = useRef(new Set<string>());
  const [showAll, setShowAll] = useState(false);
  const [note, setNote] = useState('');
  const save = useSaveKey();
  const exportFile = useExportKeyFile();
  const importFile = useImportKeyFile();
  /** What happened to the last file: written or read, and what the read file itself had wrong. */
  const [fileNotice, setFileNotice] = useState<{ kind: 'exported' | 'imported'; fileName: string; issues: KeyIssue[] } | null>(null);

  // Start from the chosen key (once per choice) or an empty one of the chosen family: state adjusted while rendering, as React advises for derived resets.
  if (loadedFrom !== source && (sourceId !== null ? stored.data?.id === sourceId : keys.status === 'success')) {
    setForm(sourceId !== null && stored.data ? fromKey(stored.data.definition) : emptyKeyForm(newKeyId(keyList.map((k) => k.ref)), source === 'new:fee-schedule' ? 'fee-schedule' : 'allocation'));
    setLoadedFrom(source);
    setTouched(new Set());
    setShowAll(false);
    setFileNotice(null);
  }

  const issues = useMemo(() => checkKey(form, currency), [form, currency]);
  const apiIssues: KeyIssue[] = useMemo(() => (save.error?.code === 'INVALID_INPUT' ? issuesOfApi(save.error.issues ?? []) : []), [save.error]);
  const placed = useMemo(() => placeIssues([...issues, ...apiIssues], form), [issues, apiIssues, form]);
  const shown = (path: string): boolean => showAll || touched.has(path) || [...touched].some((p) => p.startsWith(`${path}.`) || p.startsWith(`${path}[`));
  const ctx: EditorContext = {
    problem: (path) => (shown(path) ? words(placed.byField[path]) : undefined),
    parameters: form.parameters.map((p) => p.name.trim()).filter((n) => n !== ''),
    metrics: [...new Set((previewInputs?.facts.members ?? []).flatMap((m) => Object.keys(m.metrics ?? {})))].sort(),
    members: (previewInputs?.members ?? []).map((m) => ({ value: m.memberId, label: m.name })),
    format: (value) => formatInteger(value, language),
  };
  const keyDefinition = useMemo(() => toKey(form), [form]);
  const existing = keyList.filter((k) => k.ref === form.id.trim());
  const nextVersion = existing.reduce((max, k) => Math.max(max, k.version), 0) + 1;

  async function onSave() {
    if (issues.length > 0) {
      setShowAll(true);
      const fields = Object.keys(placed.byField);
      const first = fields.map((f) => document.querySelector<HTMLInputElement>(`[data-testid="kb-editor"] [name="${CSS.escape(f)}"]`)).find((el) => el !== null);
      first?.focus();
      return;
    }
    // From the newest version the builder knows: a newer one saved since is refused (reload offered).
    const saved = await save.run(keyBuilderSave(cooperationId, keyDefinition, note, keyList));
    if (saved) onSaved(saved);
    else setShowAll(true);
  }

  async function onExport() {
    if (issues.length > 0) {
      setShowAll(true);
      return;
    }
    const written = await exportFile.run({ cooperationId, definition: keyDefinition, language });
    if (written && !written.cancelled) setFileNotice({ kind: 'exported', fileName: written.fileName, issues: [] });
  }

  async function onImport() {
    const read = await importFile.run({ language });
    if (!read || read.cancelled) return;
    // The file's own faults (also those the form cannot hold, such as unknown fields), then the form at its fields.
    setForm(fromKey(read.definition));
    setShowAll(true);
    setFileNotice({ kind: 'imported', fileName: read.fileName, issues: checkDefinition(read.definition, currency) });
  }

  const sourceOptions = [
    { value: 'new:allocation', label: t('keyBuilder.newAllocation') },
    { value: 'new:fee-schedule', label: t('keyBuilder.newFeeSchedule') },
    ...keyList.map((k) => ({ value: String(k.id), label: t('studio.new.keyOption', { name: k.name, version: k.version }) })),
  ];
  const generalError = save.error && save.error.code !== 'INVALID_INPUT' ? save.error : null;
  const unplaced = showAll ? placed.unplaced : [];

  return (
    <Modal opened onClose={onClose} title={t('keyBuilder.title')} fullScreen zIndex={300} closeButtonProps={{ 'aria-label': t('common.close') }} data-testid="key-builder">
      <form
        onSubmit={(event) => {
          // Opened from another form (New scenario): its submit must not run too.
          event.preventDefault();
          event.stopPropagation();
          void onSave();
        }}
        onBlurCapture={(event) => {
          const name = (event.target as unknown as HTMLInputElement).name;
          if (!name || touched.has(name)) return;
          // Leaving a field with the mouse: its error appears once the click is over, so the text it
          // adds does not move the control being clicked away from under the pointer.
          if (pointerDown.current) pendingTouched.current.add(name);
          else setTouched(new Set([...touched, name]));
        }}
        onPointerDownCapture={() => {
          pointerDown.current = true;
          window.addEventListener(
            'pointerup',
            () => {
              // After the click event this pointerup leads to.
              window.setTimeout(() => {
                pointerDown.current = false;
                const pending = [...pendingTouched.current];
                pendingTouched.current.clear();
                if (pending.length > 0) setTouched((previous) => new Set([...previous, ...pending]));
              }, 0);
            },
            { once: true },
          );
        }}
      >
        <Stack gap="sm">
          <Group gap="sm" align="flex-end">
            <Select size="xs" label={t('keyBuilder.startFrom')} data={sourceOptions} value={source} onChange={(v) => v && setSource(v)} allowDeselect={false} w={420} data-testid="kb-start-from" />
            {(keys.status === 'loading' || (sourceId !== null && loadedFrom !== source)) && <Loader size="xs" />}
            <Text size="xs" c="dimmed" data-testid="kb-version-note" style={{ flex: 1 }}>
              {existing.length > 0 ? t('keyBuilder.savesVersion', { version: nextVersion }) : t('keyBuilder.savesNew')}
            </Text>
            <Button size="xs" variant="default" onClick={() => void onImport()} loading={importFile.pending} data-testid="kb-import">
              {t('keyBuilder.importFile')}
            </Button>
            <Button size="xs" variant="default" onClick={() => void onExport()} loading={exportFile.pending} data-testid="kb-export">
              {t('keyBuilder.exportFile')}
            </Button>
          </Group>
          {fileNotice && (
            <Alert color={fileNotice.issues.length > 0 ? 'yellow' : 'teal'} variant="light" data-testid="kb-file-notice">
              <Text size="sm">{t(fileNotice.kind === 'exported' ? 'keyBuilder.exported' : 'keyBuilder.imported', { fileName: fileNotice.fileName })}</Text>
              {fileNotice.issues.map((issue) => (
                <Text key={`${issue.path}:${issue.text.raw}`} size="sm">
                  {issue.path ? `${issue.path}: ` : ''}
                  {words(issue.text)}
                </Text>
              ))}
            </Alert>
          )}
          {exportFile.error && <ErrorNotice error={exportFile.error} />}
          {importFile.error && <ErrorNotice error={importFile.error} />}
          {keys.status === 'error' && <ErrorNotice error={keys.error} onRetry={keys.refetch} />}
          {inputs.status === 'error' && <ErrorNotice error={inputs.error} onRetry={inputs.refetch} />}
          <div className="kb-layout">
            <div className="kb-form">
              <KeyEditor form={form} onChange={setForm} ctx={ctx} />
            </div>
            <aside className="kb-side" aria-label={t('keyBuilder.preview.title')}>
              {previewInputs ? <KeyPreview keyDefinition={keyDefinition} problems={issues.length} inputs={previewInputs} language={language} /> : <Loader size="sm" />}
            </aside>
          </div>
          {unplaced.length > 0 && (
            <Alert color="red" variant="light" role="alert" data-testid="kb-unplaced">
              {unplaced.map((issue) => (
                <Text key={`${issue.path}:${issue.text.raw}`} size="sm">
                  {issue.path ? `${issue.path}: ` : ''}
                  {words(issue.text)}
                </Text>
              ))}
            </Alert>
          )}
          {generalError && <ErrorNotice error={generalError} />}
          <Group justify="space-between" align="flex-end" className="kb-footer">
            <TextInput size="xs" label={t('keyBuilder.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} w={360} data-testid="kb-note" />
            <FormButtons onCancel={onClose} saving={save.pending} testId="kb-save" saveLabel={t('keyBuilder.save')}>
              {showAll && issues.length > 0 && (
                <Text size="xs" c="red" role="status" data-testid="kb-problem-count">
                  {t('keyBuilder.problems', { count: issues.length })}
                </Text>
              )}
            </FormButtons>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
