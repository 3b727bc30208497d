/**
 * A distribution key as its own JSON file (docs/key-format.md): exported where the user chooses in
 * main's save dialog, imported from the file chosen in main's open dialog. The renderer sends the
 * key and the intention, never a path. An export is checked by the engine first (an invalid key is
 * not written); an import returns the definition unsaved, for the key builder to show and check
 * field by field with the same schema.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Kysely } from 'kysely';
import type { KeyFileExport, KeyFileImport } from '../../../shared/api/channels/scenarios.channels';
import type { ParsedInput } from '../../../shared/api/contract';
import { AndelError, issue, refusedIssues } from '../../../shared/errors';
import { ref } from '../../../shared/i18n/translate';
import type { Database } from '../../db/database.types';
import { checkKeyDefinition } from '../../document/engine-definitions';
import { fileWriteError, writeFileDurably } from '../../files/durable-write';
import type { FileDialogs } from '../../files/file-dialogs';
import { requireCooperation } from './scenario-facts.service';

/** A key file is small; anything larger is not one. */
const MAX_KEY_FILE_BYTES = 2 * 1024 * 1024;

const TITLES = {
  export: { sv: 'Exportera nyckeln', nb: 'Eksporter nøkkelen', en: 'Export the key' },
  import: { sv: 'Importera en nyckel', nb: 'Importer en nøkkel', en: 'Import a key' },
} as const;

function requireDialogs(dialogs: FileDialogs | undefined): FileDialogs {
  if (!dialogs) throw new AndelError('FILE_ERROR', ref('error.keyFile.noDialog'));
  return dialogs;
}

/** "skaraborg-9.v2.key.json": the key's id and version, safe as a file name on every platform. */
export function keyFileName(definition: Record<string, unknown>): string {
  const id = typeof definition['id'] === 'string' && definition['id'] !== '' ? definition['id'] : 'key';
  const version = typeof definition['version'] === 'number' ? `.v${definition['version']}` : '';
  return `${id.replace(/[^A-Za-z0-9_.-]+/gu, '-')}${version}.key.json`;
}

export async function exportKeyFile(db: Kysely<Database>, input: ParsedInput<'keys:exportFile'>, dialogs: FileDialogs | undefined): Promise<KeyFileExport> {
  const cooperation = await requireCooperation(db, input.cooperationId);
  const issues = checkKeyDefinition(input.definition, cooperation.currency, 'definition');
  if (issues.length > 0) throw refusedIssues(issues, 'error.key.invalid');
  const path = await requireDialogs(dialogs).chooseSavePath({ title: TITLES.export[input.language], defaultName: keyFileName(input.definition), extensions: ['json'] });
  if (path === null) return { cancelled: true };
  const text = `${JSON.stringify(input.definition, null, 2)}\n`;
  const bytes = new TextEncoder().encode(text);
  try {
    await writeFileDurably(path, bytes, { replace: true });
  } catch (error) {
    if (error instanceof AndelError) throw error;
    throw fileWriteError(path, error);
  }
  return { cancelled: false, fileName: basename(path), bytes: bytes.length };
}

export async function importKeyFile(input: ParsedInput<'keys:importFile'>, dialogs: FileDialogs | undefined): Promise<KeyFileImport> {
  const path = await requireDialogs(dialogs).chooseOpenPath({ title: TITLES.import[input.language], extensions: ['json'] });
  if (path === null) return { cancelled: true };
  let text: string;
  try {
    const info = await stat(path);
    if (info.size > MAX_KEY_FILE_BYTES) throw new AndelError('INVALID_INPUT', ref('error.keyFile.tooLarge', { name: basename(path), size: info.size, max: MAX_KEY_FILE_BYTES }), [issue('file', 'error.keyFile.tooLargeIssue')]);
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (error instanceof AndelError) throw error;
    throw new AndelError('FILE_ERROR', ref('error.keyFile.cannotRead', { name: basename(path), detail: (error as NodeJS.ErrnoException).code ?? String(error) }));
  }
  let definition: unknown;
  try {
    definition = JSON.parse(text.replace(/^\uFEFF/u, ''));
  } catch (error) {
    throw new AndelError('INVALID_INPUT', ref('error.keyFile.notJson', { name: basename(path), detail: error instanceof Error ? error.message : String(error) }), [issue('file', 'error.keyFile.notJsonIssue')]);
  }
  if (typeof definition !== 'object' || definition === null || Array.isArray(definition)) {
    throw new AndelError('INVALID_INPUT', ref('error.keyFile.notKey', { name: basename(path) }), [issue('file', 'error.keyFile.notKeyIssue')]);
  }
  return { cancelled: false, fileName: basename(path), definition: definition as Record<string, unknown> };
}
