/**
 * `andel minutes`, `andel extract`, `andel pack` and `andel calendar`: a meeting's documents as the
 * app writes them — the minutes (approved ones byte for byte as approved), an extract of the minutes
 * per decision with the adopted annex, the meeting pack as PDF/A, and an .ics of a meeting or of a
 * body's year. Without --out the file goes to "Andel exports" next to the workspace; every file is
 * logged in the workspace's export log.
 */
import type { Command } from 'commander';
import type { WrittenFile } from '../../../shared/api/channels/governance.channels';
import { AndelError, invalidField, ref, type MessageRef } from '../../../shared/errors';
import type { Database } from '../../db/database.types';
import type { ExportTarget } from '../../files/logged-export';
import { listDecisions } from '../../repositories/decision.repository';
import { bodyIdsNamed } from '../../services/governance/decision.service';
import { exportBodyCalendar, exportDecisionExtract, exportMeetingCalendar, exportMeetingPdf } from '../../services/governance/meeting-documents.service';
import { asBadOption } from '../cli-error';
import type { CliIo } from '../cli-io';
import { cliLine } from '../cli-words';
import { checkOut, parseLanguage, withWorkspace } from './annex.command';
import type { Kysely } from 'kysely';
import { commandDescription } from '../command-table';

interface DocumentOptions {
  format: string;
  lang?: string;
  out?: string;
  force?: boolean;
}

const clock = (): Date => new Date();

function pdfOnly(format: string): void {
  if (format !== 'pdf') throw asBadOption(invalidField('--format', 'error.option.format', { value: format, formats: 'pdf' }));
}

function positiveId(option: string, text: string): number {
  if (!/^[1-9]\d*$/u.test(text)) throw asBadOption(invalidField(option, 'error.cli.notAnId', { value: text }));
  return Number(text);
}

function targetOf(file: string, options: { out?: string; force?: boolean }): ExportTarget {
  return options.out === undefined ? {} : { out: checkOut(file, options.out, options.force), force: options.force };
}

function report(io: CliIo, what: MessageRef, written: WrittenFile): void {
  io.out(cliLine('cli.document.wrote', { what, path: written.path, sha: written.sha256 }));
}

async function decisionIdByNumber(db: Kysely<Database>, number: string, body: string | undefined): Promise<number> {
  const bodyIds = body === undefined ? undefined : await bodyIdsNamed(db, body);
  const wanted = number.trim().toLowerCase();
  const found = (await listDecisions(db, bodyIds === undefined ? {} : { bodyIds })).filter((d) => d.number.toLowerCase() === wanted);
  const first = found[0];
  if (!first) throw new AndelError('NOT_FOUND', ref('error.notFound', { what: ref('enum.entity.decision'), id: number }));
  if (found.length > 1) throw asBadOption(invalidField('--decision', 'error.cli.decisionAmbiguous', { number }));
  return first.id;
}

export function registerMinutesCommands(program: Command, io: CliIo): void {
  const documentOptions = (command: Command): Command =>
    command
      .option('--format <format>', 'pdf (PDF/A-2b)', 'pdf')
      .option('--lang <language>', "the document's language: sv, nb or en (default: the workspace's)")
      .option('--out <file.pdf>', 'the file to write (default: a new file in "Andel exports" next to the workspace)')
      .option('--force', 'replace --out if it exists');

  /** `minutes` and `pack`: one meeting's document by id. */
  const meetingDocument = (name: 'minutes' | 'pack', what: MessageRef): void => {
    documentOptions(program.command(name).description(commandDescription(name)).argument('<file>', 'the workspace file').requiredOption('--meeting <id>', 'the meeting, by id')).action(
      async (file: string, options: DocumentOptions & { meeting: string }) => {
        pdfOnly(options.format);
        const meetingId = positiveId('--meeting', options.meeting);
        const language = options.lang === undefined ? undefined : parseLanguage(options.lang);
        const target = targetOf(file, options);
        const written = await withWorkspace(file, (db, path) => exportMeetingPdf(db, path, { meetingId, document: name, ...(language ? { language } : {}) }, clock, target));
        report(io, what, written);
      },
    );
  };
  meetingDocument('minutes', ref('cli.what.minutes'));
  meetingDocument('pack', ref('cli.what.pack'));

  documentOptions(
    program
      .command('extract')
      .description(commandDescription('extract'))
      .argument('<file>', 'the workspace file')
      .requiredOption('--decision <number>', 'the decision, by its register number, e.g. "SG 2026:1"')
      .option('--body <name>', 'the body, when two bodies use the same number'),
  ).action(async (file: string, options: DocumentOptions & { decision: string; body?: string }) => {
    pdfOnly(options.format);
    const language = options.lang === undefined ? undefined : parseLanguage(options.lang);
    const target = targetOf(file, options);
    const written = await withWorkspace(file, async (db, path) => {
      const decisionId = await decisionIdByNumber(db, options.decision, options.body);
      return exportDecisionExtract(db, path, { decisionId, ...(language ? { language } : {}) }, clock, target);
    });
    report(io, ref('cli.what.extract', { decision: options.decision }), written);
  });

  program
    .command('calendar')
    .description(commandDescription('calendar'))
    .argument('<file>', 'the workspace file')
    .option('--meeting <id>', 'one meeting, by id')
    .option('--body <name>', "a body's meetings (with --year)")
    .option('--year <year>', 'the year of the body\'s meetings')
    .option('--tz <zone>', 'Europe/Stockholm or Europe/Oslo (default: by the cooperation\'s country)')
    .option('--out <file.ics>', 'the file to write (default: a new file in "Andel exports" next to the workspace)')
    .option('--force', 'replace --out if it exists')
    .action(async (file: string, options: { meeting?: string; body?: string; year?: string; tz?: string; out?: string; force?: boolean }) => {
      if (options.tz !== undefined && options.tz !== 'Europe/Stockholm' && options.tz !== 'Europe/Oslo') {
        throw asBadOption(invalidField('--tz', 'error.option.format', { value: options.tz, formats: 'Europe/Stockholm, Europe/Oslo' }));
      }
      const timeZone = options.tz as 'Europe/Stockholm' | 'Europe/Oslo' | undefined;
      const zone = timeZone ? { timeZone } : {};
      const target = targetOf(file, options);
      if (options.meeting !== undefined) {
        const meetingId = positiveId('--meeting', options.meeting);
        report(io, ref('cli.what.calendar'), await withWorkspace(file, (db, path) => exportMeetingCalendar(db, path, { meetingId, ...zone }, clock, target)));
        return;
      }
      if (options.body === undefined || options.year === undefined || !/^\d{4}$/u.test(options.year)) {
        throw asBadOption(invalidField('--meeting', 'error.cli.calendarWhich'));
      }
      const year = Number(options.year);
      const body = options.body;
      const written = await withWorkspace(file, async (db, path) => {
        const [bodyId] = await bodyIdsNamed(db, body);
        return exportBodyCalendar(db, path, { bodyId: bodyId as number, year, ...zone }, clock, target);
      });
      report(io, ref('cli.what.bodyCalendar', { body, year }), written);
    });
}
