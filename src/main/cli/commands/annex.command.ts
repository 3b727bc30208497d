/**
 * `andel annex`: the agreement annex of a stored scenario as Excel — of its latest adopted
 * snapshot (the frozen figures) unless `--draft`, or a draft when it has not been adopted. Also the
 * helpers the other export commands (`invoicing`, `register`) share: the language, the output file
 * (never replaced without `--force`) and the workspace, opened like the app does because every
 * export is logged in it.
 */
import { dirname, resolve } from 'node:path';
import { existsSync, statSync } from 'node:fs';
import type { Command } from 'commander';
import type { Kysely } from 'kysely';
import { documentFormats, type DocumentFormat, type ExportedFile } from '../../../shared/api/channels/exports.channels';
import { AndelError, invalidField, issue, ref, type MessageParam, type MessageRef } from '../../../shared/errors';
import { isMessageLanguage, translate, type MessageLanguage } from '../../../shared/i18n/translate';
import type { Database } from '../../db/database.types';
import { openWorkspace } from '../../db/open-workspace';
import { exportLanguages, type ExportLanguage } from '../../export/export-language';
import { exportAnnexFile } from '../../services/exports/annex-export.service';
import { chooseExportSource } from '../export-source';
import { findScenarioByNames } from '../../services/scenarios/scenario.service';
import { asBadOption } from '../cli-error';
import type { CliIo } from '../cli-io';
import { refuseWorkspaceAsOutput } from '../../files/same-file';
import { commandDescription } from '../command-table';

export function parseLanguage(text: string): ExportLanguage {
  if ((exportLanguages as readonly string[]).includes(text)) return text as ExportLanguage;
  throw asBadOption(invalidField('--lang', 'error.option.exportLanguage', { value: text }));
}

/** The output path, checked before the workspace is opened: never the workspace itself (under any name), never an existing file without --force. */
export function checkOut(file: string, out: string, force: boolean | undefined): string {
  const path = resolve(out);
  refuseWorkspaceAsOutput(path, file, '--out');
  // A missing folder is a typing mistake more often than a wish: it is never created.
  const folder = dirname(path);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new AndelError('FILE_ERROR', ref('error.cli.outFolderMissing', { folder }));
  }
  if (existsSync(path) && statSync(path).isDirectory()) {
    throw new AndelError('FILE_ERROR', ref('error.cli.outIsFolder', { path }));
  }
  if (!force && existsSync(path)) throw new AndelError('CONFLICT', ref('error.issueAt', { path: '--out', detail: ref('error.option.outExists', { path }) }), [issue('--out', 'error.option.outExistsField')]);
  return path;
}

/** Opens the workspace like the app (lock, backup and update of an older file): the export is logged in it. */
export async function withWorkspace<T>(file: string, work: (db: Kysely<Database>, path: string) => Promise<T>): Promise<T> {
  const workspace = await openWorkspace(file);
  try {
    return await work(workspace.db, workspace.path);
  } finally {
    await workspace.close();
  }
}

/** The language of the command's own lines: its `--lang` (an export language), else English. */
export const linesLanguage = (lang: string): MessageLanguage => (isMessageLanguage(lang) ? lang : 'en');

export function reportWritten(io: CliIo, what: 'annex' | 'invoicing' | 'register', file: ExportedFile, lang: string): void {
  const basis: MessageParam = file.snapshotId !== null ? ref('cli.basis.snapshot', { id: file.snapshotId }) : file.scenarioId !== null ? ref('cli.basis.draft') : '';
  io.out(`${translate(linesLanguage(lang), 'cli.wrote', { what: ref(`cli.what.${what}`), basis, path: file.path, sha: file.sha256, id: file.id })}\n`);
}

/** A note on stderr ("andel: note: …") in the command's language. */
export function reportNotice(io: CliIo, notice: MessageRef, lang: string): void {
  io.err(`andel: ${translate(linesLanguage(lang), 'cli.note')}: ${translate(linesLanguage(lang), notice.messageKey, notice.params)}\n`);
}

export interface ScenarioExportOptions {
  cooperation: string;
  scenario: string;
  lang: string;
  out: string;
  snapshot?: string;
  draft?: boolean;
  force?: boolean;
}

/** The options every scenario export shares (annex, invoicing basis). */
export function scenarioExportOptions(command: Command): Command {
  return command
    .argument('<file>', 'the workspace file')
    .requiredOption('--cooperation <name>', 'the cooperation, by name')
    .requiredOption('--scenario <name>', 'the scenario, by name')
    .requiredOption('--lang <language>', 'the language of the workbook: sv, nb or en')
    .requiredOption('--out <file.xlsx>', 'the file to write')
    .option('--snapshot <id|latest>', 'export this adopted snapshot of the scenario (default: the latest, if the scenario has been adopted)')
    .option('--draft', 'export the stored scenario as a draft even if it has been adopted')
    .option('--force', 'replace --out if it exists');
}

/** Finds the scenario and what to export (snapshot or draft), saying on stderr when it falls back to a draft. */
export async function scenarioSource(db: Kysely<Database>, io: CliIo, options: ScenarioExportOptions) {
  const { scenario } = await findScenarioByNames(db, options.cooperation, options.scenario);
  const { source, notice } = await chooseExportSource(db, scenario, options);
  if (notice) reportNotice(io, notice, options.lang);
  return source;
}

/** `--format xlsx|pdf` of the annex and the register. */
export function parseDocumentFormat(text: string): DocumentFormat {
  if ((documentFormats as readonly string[]).includes(text)) return text as DocumentFormat;
  throw asBadOption(invalidField('--format', 'error.option.format', { value: text, formats: documentFormats.join(', ') }));
}

export const formatOption = (command: Command): Command => command.option('--format <format>', 'xlsx (a workbook with live formulas) or pdf (a printable PDF/A-2b copy)', 'xlsx');

export function registerAnnexCommand(program: Command, io: CliIo): void {
  formatOption(scenarioExportOptions(program.command('annex').description(commandDescription('annex')))).action(
    async (file: string, options: ScenarioExportOptions & { format: string }) => {
      const language = parseLanguage(options.lang);
      const format = parseDocumentFormat(options.format);
      const out = checkOut(file, options.out, options.force);
      const written = await withWorkspace(file, async (db, path) => {
        const source = await scenarioSource(db, io, options);
        return exportAnnexFile(db, path, { ...source, language, format }, () => new Date(), { out, force: options.force });
      });
      reportWritten(io, 'annex', written, options.lang);
    },
  );
}
