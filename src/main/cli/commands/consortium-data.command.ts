/**
 * The rest of a consortium from the command line: `import-population` (the app's import of
 * members' population from a CSV or XLSX, with the same preview, the same row-level errors and
 * the same one-transaction commit), `body create` and `decision create` (a decision to adopt a
 * scenario by). Inputs are checked by the app's channel schemas and go through the same services.
 */
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Command } from 'commander';
import { contract, type Channel, type ParsedInput } from '../../../shared/api/contract';
import { bodyKinds } from '../../../shared/document/workspace-document.schema';
import { AndelError, invalidField, issuePlace, localizeError, refusedIssues } from '../../../shared/errors';
import { ref } from '../../../shared/i18n/translate';
import { createBody } from '../../services/governance/body.service';
import { systemClock } from '../../services/clock';
import { findCooperationByName } from '../../services/scenarios/scenario.service';
import { bodyIdsNamed, createDecision } from '../../services/governance/decision.service';
import { commitImport, previewImport } from '../../services/import/import.service';
import { cliLanguage } from '../cli-error';
import type { CliIo } from '../cli-io';
import { cliEnum, cliLine } from '../cli-words';
import { optionIssues } from '../option-issues';
import { commandDescription } from '../command-table';
import { withWorkspace } from './annex.command';

/** Parses with the channel's own schema; what it refuses is reported naming the option. */
function parse<C extends Channel>(channel: C, input: Record<string, unknown>, optionOf: Record<string, string>): ParsedInput<C> {
  const defined = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
  const parsed = contract[channel].input.safeParse(defined);
  if (!parsed.success) {
    throw refusedIssues(optionIssues(parsed.error.issues, (path) => optionOf[path] ?? path), 'error.option.invalid');
  }
  return parsed.data as ParsedInput<C>;
}

function wholeNumber(option: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d{1,4}$/.test(text)) throw invalidField(option, 'error.option.year', { value: text });
  return Number(text);
}

function registerImportPopulation(program: Command, io: CliIo): void {
  program
    .command('import-population')
    .description(commandDescription('import-population'))
    .argument('<file>', 'the workspace file')
    .requiredOption('--from <table>', 'the CSV or XLSX file to read')
    .option('--year <year>', 'the statistical year when the file has no year column')
    .option('--reference-date <date>', 'the reference date of the figures (default 31 December of the year)')
    .option('--source <text>', 'where the figures come from')
    .option('--create-missing', 'create an organisation for a row that matches none (otherwise such a row is an error)')
    .option('--dry-run', 'show what would happen and write nothing')
    .action(async (file: string, options: { from: string; year?: string; referenceDate?: string; source?: string; createMissing?: boolean; dryRun?: boolean }) => {
      const lang = cliLanguage(process.argv, process.env);
      const path = resolve(options.from);
      const content = readFileSync(path);
      const optionOf = { 'options.year': '--year', 'options.referenceDate': '--reference-date', 'options.source': '--source', contentBase64: '--from' };
      const previewInput = parse(
        'import:preview',
        {
          fileName: basename(path),
          contentBase64: content.toString('base64'),
          options: { year: wholeNumber('--year', options.year), referenceDate: options.referenceDate, source: options.source, createMissing: options.createMissing },
        },
        optionOf,
      );
      await withWorkspace(file, async (db) => {
        const preview = await previewImport(db, previewInput);
        const { create, add, update, unchanged } = preview.summary;
        if (options.dryRun && preview.errors.length === 0) {
          io.out(cliLine('cli.import.dryRun', { rows: preview.totalRows, year: preview.options.year ?? '—', create, add, update, unchanged }));
          return;
        }
        let result;
        try {
          // The commit checks every row again and refuses the whole file on any error, naming each row.
          result = await commitImport(db, { fileName: previewInput.fileName, contentBase64: previewInput.contentBase64, mapping: preview.mapping, options: preview.options }, systemClock);
        } catch (error) {
          if (!(error instanceof AndelError) || error.code !== 'INVALID_INPUT' || !error.issues?.length) throw error;
          const localized = localizeError(error.toApiError(), lang);
          for (const issue of localized.issues ?? []) io.err(`${issuePlace(issue, lang)}: ${issue.message}\n`);
          const rows = new Set(preview.errors.map((e) => e.row)).size;
          throw new AndelError('INVALID_INPUT', ref(rows === 1 ? 'error.import.rowsRefused_one' : 'error.import.rowsRefused_other', { count: rows }));
        }
        io.out(cliLine('cli.import.done', { rows: result.rows, year: preview.options.year ?? '—', created: result.created, updated: result.updated, unchanged: result.unchanged, organisations: result.organisationsCreated }));
      });
    });
}

function registerBodyAndDecision(program: Command, io: CliIo): void {
  program
    .command('body')
    .description(commandDescription('body'))
    .command('create')
    .description('create a body (a steering group, a council, …) of a cooperation')
    .argument('<file>', 'the workspace file')
    .requiredOption('--cooperation <name>', 'the cooperation, by name')
    .requiredOption('--name <name>', "the body's name")
    .option('--kind <kind>', `one of ${bodyKinds.join(', ')}`, 'steering_group')
    .requiredOption('--pattern <pattern>', 'how its decisions are numbered, e.g. "SG {year}:{n}"')
    .option('--start <date>', 'from when it exists')
    .action(async (file: string, options: { cooperation: string; name: string; kind: string; pattern: string; start?: string }) => {
      await withWorkspace(file, async (db) => {
        const cooperation = await findCooperationByName(db, options.cooperation);
        const input = parse(
          'bodies:create',
          { cooperationId: cooperation.id, name: options.name, kind: options.kind, permanent: true, startDate: options.start, decisionNumberPattern: options.pattern },
          { name: '--name', kind: '--kind', decisionNumberPattern: '--pattern', startDate: '--start' },
        );
        const body = await createBody(db, input, systemClock);
        io.out(cliLine('cli.body.created', { id: body.id, name: body.name, cooperation: cooperation.name }));
      });
    });

  program
    .command('decision')
    .description(commandDescription('decision'))
    .command('create')
    .description('record a decision of a body; its number follows the body\'s pattern')
    .argument('<file>', 'the workspace file')
    .requiredOption('--body <name>', 'the body, by name')
    .requiredOption('--title <title>', "the decision's title")
    .option('--text <text>', "the decision's text", '')
    .option('--status <status>', 'proposed, adopted, rejected or postponed', 'proposed')
    .option('--decided <date>', 'the date it was decided (needed unless proposed)')
    .action(async (file: string, options: { body: string; title: string; text: string; status: string; decided?: string }) => {
      await withWorkspace(file, async (db) => {
        const ids = await bodyIdsNamed(db, options.body);
        if (ids.length !== 1) throw invalidField('--body', 'error.lookup.bodyAmbiguous', { name: options.body, count: ids.length });
        const input = parse(
          'decisions:create',
          { bodyId: ids[0], title: options.title, text: options.text, status: options.status, decidedOn: options.decided },
          { title: '--title', text: '--text', status: '--status', decidedOn: '--decided' },
        );
        const decision = await createDecision(db, input, systemClock);
        io.out(cliLine('cli.decision.created', { number: decision.number, title: decision.title, status: cliEnum('decisionStatus', decision.status), date: decision.decidedOn ? ` ${decision.decidedOn}` : '' }));
      });
    });
}

export function registerConsortiumDataCommands(program: Command, io: CliIo): void {
  registerImportPopulation(program, io);
  registerBodyAndDecision(program, io);
}
