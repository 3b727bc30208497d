/**
 * `andel batch`: many annexes or invoicing bases in one run and one process — every scenario of a
 * cooperation, or the scenarios named in a list file — each written and logged exactly as `annex` /
 * `invoicing` would, into one output folder. Every output path is checked before anything is
 * written; a scenario that fails is reported and the others still run (exit code 1 at the end).
 */
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { invoicingFrequencies, type InvoicingFrequency } from '../../../shared/api/channels/exports.channels';
import { AndelError, invalidField, issue, ref } from '../../../shared/errors';
import type { MessageKey } from '../../../shared/i18n/messages';
import type { MessageParams } from '../../../shared/i18n/translate';
import { translate } from '../../../shared/i18n/translate';
import { errnoReason } from '../../files/errno-reason';
import { safeFileName } from '../../files/export-naming';
import { exportAnnexFile } from '../../services/exports/annex-export.service';
import { chooseExportSource } from '../export-source';
import { exportInvoicingFile } from '../../services/exports/invoicing-export.service';
import { findCooperationByName, findScenarioByNames, listScenarios } from '../../services/scenarios/scenario.service';
import { CliExit, EXIT_FAILED, asBadOption, reportError } from '../cli-error';
import type { CliIo } from '../cli-io';
import { cliText } from '../cli-words';
import { checkOut, parseLanguage, reportNotice, reportWritten, withWorkspace } from './annex.command';
import { commandDescription } from '../command-table';

interface Options {
  cooperation: string;
  all?: boolean;
  list?: string;
  lang: string;
  outDir: string;
  draft?: boolean;
  force?: boolean;
  year?: string;
  frequency: string;
}

const kinds = ['annex', 'invoicing'] as const;
type Kind = (typeof kinds)[number];

/** A refused option, in the catalogue's words in the reader's language. */
function refused(option: string, key: MessageKey, params?: MessageParams): AndelError {
  return new AndelError('INVALID_INPUT', ref(key, params), [issue(option, key, params)]);
}

/** The scenario names of a list file: one a line; blank lines and lines starting with # are skipped. */
export function readScenarioList(path: string): string[] {
  let text: string;
  try {
    text = readFileSync(resolve(path), 'utf8');
  } catch (error) {
    throw new AndelError('FILE_ERROR', ref('error.cli.listUnreadable', { path: resolve(path), reason: errnoReason((error as NodeJS.ErrnoException).code) }));
  }
  const names = text.split(/\r?\n/u).map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#'));
  if (names.length === 0) throw refused('--list', 'error.cli.batchListEmpty', { path: resolve(path) });
  return names;
}

function outputFolder(dir: string): string {
  const path = resolve(dir);
  let isFolder = false;
  try {
    isFolder = statSync(path).isDirectory();
  } catch {
    // Missing: said below.
  }
  if (!isFolder) throw new AndelError('FILE_ERROR', ref('error.cli.outDirMissing', { path }));
  return path;
}

export function registerBatchCommand(program: Command, io: CliIo): void {
  program
    .command('batch')
    .description(commandDescription('batch'))
    .argument('<kind>', 'annex or invoicing')
    .argument('<file>', 'the workspace file')
    .requiredOption('--cooperation <name>', 'the cooperation, by name')
    .option('--all', 'every scenario of the cooperation')
    .option('--list <names.txt>', 'the scenarios named in this file, one name a line (# starts a comment)')
    .requiredOption('--lang <language>', 'the language of the workbooks: sv, nb or en')
    .requiredOption('--out-dir <folder>', 'the existing folder to write into; each file is named after its scenario')
    .option('--draft', 'export the stored scenarios as drafts even where they have been adopted')
    .option('--force', 'replace files that exist')
    .option('--year <year>', 'invoicing: only this year of each horizon')
    .option('--frequency <rule>', 'invoicing: standard, yearly or quarterly', 'standard')
    .action(async (kindText: string, file: string, options: Options) => {
      if (!(kinds as readonly string[]).includes(kindText)) throw asBadOption(refused('<kind>', 'error.cli.batchKind', { kind: kindText }));
      const kind = kindText as Kind;
      const language = parseLanguage(options.lang);
      if (Boolean(options.all) === (options.list !== undefined)) throw asBadOption(refused('--all', 'error.cli.batchAllOrList'));
      if (!(invoicingFrequencies as readonly string[]).includes(options.frequency)) {
        throw asBadOption(invalidField('--frequency', 'error.option.frequency', { value: options.frequency, frequencies: invoicingFrequencies.join(', ') }));
      }
      if (options.year !== undefined && !/^\d{4}$/u.test(options.year)) throw asBadOption(invalidField('--year', 'error.option.yearSuchAs', { value: options.year, example: 2026 }));
      const year = options.year === undefined ? undefined : Number(options.year);
      const folder = outputFolder(options.outDir);
      const listed = options.list === undefined ? null : readScenarioList(options.list);

      const failures = await withWorkspace(file, async (db, path) => {
        const scenarios =
          listed === null
            ? await listScenarios(db, { cooperationId: (await findCooperationByName(db, options.cooperation)).id })
            : await Promise.all(listed.map(async (name) => (await findScenarioByNames(db, options.cooperation, name)).scenario));
        if (scenarios.length === 0) throw refused('--cooperation', 'error.cli.batchNoScenario', { cooperation: options.cooperation });
        // Every target first: two scenarios must not share a file, and no file is replaced without --force.
        const targets = new Map<string, string>();
        for (const scenario of scenarios) {
          const out = checkOut(file, join(folder, `${safeFileName(scenario.name)}${kind === 'annex' ? '' : ' - invoicing'}.xlsx`), options.force);
          const other = targets.get(out);
          if (other !== undefined) throw refused('--out-dir', 'error.cli.batchSameFile', { first: other, second: scenario.name, path: out });
          targets.set(out, scenario.name);
        }
        let failed = 0;
        for (const [index, scenario] of scenarios.entries()) {
          const out = [...targets.keys()][index]!;
          try {
            const { source, notice } = await chooseExportSource(db, scenario, { draft: options.draft });
            if (notice) reportNotice(io, notice, options.lang);
            const written =
              kind === 'annex'
                ? await exportAnnexFile(db, path, { ...source, language }, () => new Date(), { out, force: options.force })
                : await exportInvoicingFile(db, path, { ...source, language, frequency: options.frequency as InvoicingFrequency, ...(year === undefined ? {} : { year }) }, () => new Date(), {
                    out,
                    force: options.force,
                  });
            reportWritten(io, kind === 'annex' ? 'annex' : 'invoicing', written, options.lang);
          } catch (error) {
            failed += 1;
            io.err(`andel: ${translate(language, 'error.cli.batchNotWritten', { scenario: scenario.name })}\n`);
            reportError(error, io.err, false, language);
          }
        }
        return failed;
      });
      io.out(`${targetsSummary(failures, listed?.length)}\n`);
      if (failures > 0) throw new CliExit(EXIT_FAILED);
    });
}

function targetsSummary(failures: number, listed: number | undefined): string {
  if (failures > 0) return cliText(failures === 1 ? 'cli.batch.failed_one' : 'cli.batch.failed_other', { count: failures });
  return listed === undefined ? cliText('cli.batch.done') : cliText('cli.batch.doneListed', { listed });
}
