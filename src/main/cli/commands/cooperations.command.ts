/**
 * Building a consortium from the command line: `create-workspace`, `cooperation
 * list|create|edit|archive`, `organisation list|reference|create|edit`, `participant
 * list|add|end|change`. Inputs are checked against the same contract schemas as the app's
 * channels and go through the same services; a bad option ends with exit code 2.
 */
import { resolve } from 'node:path';
import { CommanderError, type Command } from 'commander';
import type { Kysely } from 'kysely';
import { contract, type Channel, type ParsedInput } from '../../../shared/api/contract';
import type { CooperationView, ParticipantRow } from '../../../shared/api/channels/cooperations.channels';
import type { OrganisationRecord } from '../../../shared/document/workspace-document.schema';
import { isLanguage } from '../../../shared/domain/languages';
import { AndelError, entityWord, fieldError, invalidField, ref, refusedIssues, type ErrorIssue } from '../../../shared/errors';
import { createWorkspaceFile } from '../../db/create-workspace';
import type { Database } from '../../db/database.types';
import { referenceList } from '../../reference/reference-list';
import { archiveCooperation, createCooperation, listCooperationSummaries, updateCooperation } from '../../services/cooperations/cooperation.service';
import { createOrganisation, listAllOrganisations, updateOrganisation } from '../../services/organisations/organisation.service';
import { addParticipant, changeParticipant, endParticipant, listCooperationParticipants } from '../../services/cooperations/participant.service';
import { matchByName } from '../../services/scenarios/scenario.service';
import { systemClock } from '../../services/clock';
import { EXIT_USAGE, cliLanguage, reportError } from '../cli-error';
import type { CliIo } from '../cli-io';
import { cliEnum, cliLine, cliText } from '../cli-words';
import { optionIssues } from '../option-issues';
import { readingWorkspace } from '../../db/read-workspace';
import { commandDescription } from '../command-table';
import { withWorkspace } from './annex.command';

/** The option that sets each contract field, so an error names what the user typed. */
const OPTION_OF: Record<string, string> = {
  name: '--name', kind: '--kind', currency: '--currency', countryCode: '--country', startDate: '--start', endDate: '--end',
  hostOrganisationId: '--host', description: '--description', role: '--role', joinedOn: '--joined', leftOn: '--left',
  viaOrganisationId: '--via', officialCode: '--code', orgNumber: '--org-number', notes: '--notes', archived: '--restore',
};
const optionOf = (path: string): string => OPTION_OF[path] ?? path;

function asOptionError(error: AndelError): AndelError {
  const issues: ErrorIssue[] = (error.issues ?? []).map((found) => ({ ...found, path: optionOf(found.path) }));
  return issues.length > 0 ? refusedIssues(issues, 'error.option.invalid') : error;
}

/** Parses with the channel's own schema; what it refuses is a bad option. */
function parse<C extends Channel>(channel: C, input: Record<string, unknown>): ParsedInput<C> {
  const defined = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
  const parsed = contract[channel].input.safeParse(defined);
  if (!parsed.success) {
    throw new AndelError('INVALID_INPUT', ref('error.option.invalid'), optionIssues(parsed.error.issues, (path) => path));
  }
  return parsed.data as ParsedInput<C>;
}

/** Runs a command; an INVALID_INPUT (a bad option) is reported here and ends with exit code 2, anything else as usual. */
function action<A extends unknown[]>(io: CliIo, work: (...args: A) => Promise<void>): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      await work(...args);
    } catch (error) {
      if (error instanceof AndelError && error.code === 'INVALID_INPUT') {
        reportError(asOptionError(error), io.err, false, cliLanguage(process.argv, process.env));
        throw new CommanderError(EXIT_USAGE, 'andel.invalidOption', error.message);
      }
      throw error;
    }
  };
}

const formatOf = (format: string): 'table' | 'json' => {
  if (format !== 'table' && format !== 'json') throw invalidField('--format', 'error.option.format', { value: format, formats: 'table, json' });
  return format;
};

/** Column headings in the reader's language (`cli.col.<name>`). */
const headings = (...names: ('id' | 'name' | 'kind' | 'currency' | 'country' | 'members' | 'observers' | 'admin' | 'archived' | 'code' | 'orgNumber' | 'organisation' | 'role' | 'joined' | 'left' | 'invoicedVia')[]): string[] =>
  names.map((name) => cliText(`cli.col.${name}`));

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  return `${[line(header), ...rows.map(line)].join('\n')}\n`;
}

/** "none" (or an empty value) clears an optional field in `edit` and `change`. */
const clearable = (value: string | undefined): string | null | undefined => (value === undefined ? undefined : value === '' || value === 'none' ? null : value);

/** A cooperation by id or by (a unique part of) its name, archived ones included. */
async function cooperationRef(db: Kysely<Database>, typed: string): Promise<CooperationView> {
  const all = await listCooperationSummaries(db, { includeArchived: true });
  if (/^\d+$/.test(typed)) {
    const byId = all.find((c) => c.id === Number(typed));
    if (byId) return byId;
  }
  return matchByName(all, typed, entityWord('cooperation'), '--cooperation', true);
}

/**
 * An organisation by official code (kommunkod, kommunenummer; `SE:1496` to name the country), by
 * id, or by (a unique part of) its name.
 */
async function organisationRef(db: Kysely<Database>, typed: string, option: string): Promise<OrganisationRecord> {
  const all = await listAllOrganisations(db);
  const coded = /^(?:(SE|NO):)?(\d{2}|\d{4})$/i.exec(typed.trim());
  if (coded) {
    const country = coded[1]?.toUpperCase();
    const byCode = all.filter((o) => o.officialCode === coded[2] && (!country || o.countryCode === country));
    if (byCode.length === 1) return byCode[0]!;
    if (byCode.length > 1) throw fieldError('NOT_FOUND', option, 'error.lookup.codeAmbiguous', { code: typed, digits: coded[2]! });
  }
  if (/^\d+$/.test(typed)) {
    const byId = all.find((o) => o.id === Number(typed));
    if (byId) return byId;
  }
  return matchByName(all, typed, entityWord('organisation'), option, true);
}

async function participationRef(db: Kysely<Database>, cooperation: string, organisation: string): Promise<ParticipantRow> {
  const coop = await cooperationRef(db, cooperation);
  const org = await organisationRef(db, organisation, '--organisation');
  const rows = (await listCooperationParticipants(db, coop.id)).filter((p) => p.organisationId === org.id);
  // The current participation first; else the latest.
  const row = rows.find((p) => p.leftOn === null) ?? rows.at(-1);
  if (!row) throw fieldError('NOT_FOUND', '--organisation', 'error.lookup.notParticipant', { organisation: org.name, cooperation: coop.name });
  return row;
}

const printCooperation = (c: CooperationView): string =>
  `${cliText('cli.cooperation.line', { id: c.id, name: c.name, kind: cliEnum('cooperationKind', c.kind), currency: c.currency, country: c.countryCode ?? '—' })}${c.archivedOn ? cliText('cli.cooperation.archivedOn', { date: c.archivedOn }) : ''}`;
const printParticipant = (p: ParticipantRow): string =>
  `${p.organisationName}: ${cliEnum('participationRole', p.role)}${p.joinedOn ? cliText('cli.participant.from', { date: p.joinedOn }) : ''}${p.leftOn ? cliText('cli.participant.until', { date: p.leftOn }) : ''}${p.viaOrganisationName ? cliText('cli.participant.via', { name: p.viaOrganisationName }) : ''}`;
/** "Created …", "Changed …": what a command did to the record it prints. */
const done = (key: 'cli.done.created' | 'cli.done.changed' | 'cli.done.archived' | 'cli.done.restored' | 'cli.done.added' | 'cli.done.ended', what: string): string => cliLine(key, { what });

function registerCreateWorkspace(program: Command, io: CliIo): void {
  program
    .command('create-workspace')
    .description(commandDescription('create-workspace'))
    .argument('<file>', 'the workspace file to create (must not exist)')
    .option('--name <name>', 'the workspace name (default: the file name)')
    .option('--currency <code>', 'the default currency, SEK or NOK', 'SEK')
    .option('--locale <lang>', 'sv, nb or en', 'sv')
    .action(
      action(io, async (file: string, options: { name?: string; currency: string; locale: string }) => {
        if (!['SEK', 'NOK'].includes(options.currency)) throw invalidField('--currency', 'error.option.currency', { value: options.currency });
        if (!isLanguage(options.locale)) throw invalidField('--locale', 'error.option.locale', { value: options.locale });
        const name = options.name?.trim() || resolve(file).split(/[\\/]/).pop()!.replace(/\.andel$/i, '');
        const path = await createWorkspaceFile(file, { name, defaultCurrency: options.currency, locale: options.locale });
        io.out(cliLine('cli.workspace.createdEmpty', { path }));
      }),
    );
}

function registerCooperation(program: Command, io: CliIo): void {
  const group = program.command('cooperation').description(commandDescription('cooperation'));
  group
    .command('list')
    .description('list the cooperations (reads only)')
    .argument('<file>', 'the workspace file')
    .option('--all', 'include archived cooperations')
    .option('--format <format>', 'table or json', 'table')
    .action(
      action(io, async (file: string, options: { all?: boolean; format: string }) => {
        const format = formatOf(options.format);
        const list = await readingWorkspace(file, (db) => listCooperationSummaries(db, { includeArchived: options.all ?? false }));
        if (format === 'json') io.out(`${JSON.stringify(list, null, 2)}\n`);
        else io.out(table(headings('id', 'name', 'kind', 'currency', 'country', 'members', 'observers', 'admin', 'archived'), list.map((c) => [String(c.id), c.name, cliEnum('cooperationKind', c.kind), c.currency, c.countryCode ?? '', String(c.memberCount), String(c.observerCount), String(c.administrativePartyCount), c.archivedOn ?? ''])));
      }),
    );
  const fields = (command: Command): Command =>
    command
      .option('--name <name>', 'the name')
      .option('--kind <kind>', 'consortium, service, project, association, platform or other')
      .option('--currency <code>', 'SEK or NOK')
      .option('--country <code>', 'SE or NO')
      .option('--start <date>', 'the start date, YYYY-MM-DD')
      .option('--end <date>', 'the end date, YYYY-MM-DD')
      .option('--host <organisation>', 'the host organisation: official code, id or name')
      .option('--description <text>', 'a description')
      .option('--format <format>', 'text or json', 'text');
  interface FieldOptions { name?: string; kind?: string; currency?: string; country?: string; start?: string; end?: string; host?: string; description?: string; format: string }
  fields(group.command('create').description('create a cooperation').argument('<file>', 'the workspace file')).action(
    action(io, async (file: string, options: FieldOptions) => {
      const value = await withWorkspace(file, async (db) => {
        const host = options.host ? (await organisationRef(db, options.host, '--host')).id : undefined;
        const input = parse('cooperations:create', {
          name: options.name, kind: options.kind ?? 'consortium', currency: options.currency, countryCode: options.country ?? (options.currency === 'NOK' ? 'NO' : options.currency === 'SEK' ? 'SE' : undefined),
          startDate: options.start, endDate: options.end, hostOrganisationId: host, description: options.description,
        });
        return createCooperation(db, input, systemClock);
      });
      io.out(options.format === 'json' ? `${JSON.stringify(value, null, 2)}\n` : done('cli.done.created', printCooperation(value)));
    }),
  );
  fields(group.command('edit').description('change fields of a cooperation ("none" clears an optional one)').argument('<file>', 'the workspace file'))
    .requiredOption('--cooperation <name>', 'the cooperation: id or (part of) its name')
    .action(
      action(io, async (file: string, options: FieldOptions & { cooperation: string }) => {
        const change = await withWorkspace(file, async (db) => {
          const coop = await cooperationRef(db, options.cooperation);
          const host = clearable(options.host);
          const input = parse('cooperations:update', {
            id: coop.id, name: options.name, kind: options.kind, currency: options.currency, countryCode: options.country,
            startDate: clearable(options.start), endDate: clearable(options.end), description: clearable(options.description),
            hostOrganisationId: host === undefined || host === null ? host : (await organisationRef(db, host, '--host')).id,
          });
          return updateCooperation(db, input, systemClock);
        });
        io.out(options.format === 'json' ? `${JSON.stringify(change, null, 2)}\n` : done('cli.done.changed', printCooperation(change.value)));
      }),
    );
  group
    .command('archive')
    .description('archive a cooperation (it stays readable), or bring it back with --restore')
    .argument('<file>', 'the workspace file')
    .requiredOption('--cooperation <name>', 'the cooperation: id or (part of) its name')
    .option('--restore', 'bring an archived cooperation back')
    .action(
      action(io, async (file: string, options: { cooperation: string; restore?: boolean }) => {
        const change = await withWorkspace(file, async (db) => {
          const coop = await cooperationRef(db, options.cooperation);
          return archiveCooperation(db, { id: coop.id, archived: !options.restore }, systemClock);
        });
        io.out(done(change.value.archivedOn ? 'cli.done.archived' : 'cli.done.restored', printCooperation(change.value)));
      }),
    );
}

function registerOrganisation(program: Command, io: CliIo): void {
  const group = program.command('organisation').description(commandDescription('organisation'));
  group
    .command('list')
    .description('list the organisations of a workspace (reads only)')
    .argument('<file>', 'the workspace file')
    .option('--format <format>', 'table or json', 'table')
    .action(
      action(io, async (file: string, options: { format: string }) => {
        const format = formatOf(options.format);
        const list = await readingWorkspace(file, (db) => listAllOrganisations(db));
        if (format === 'json') io.out(`${JSON.stringify(list, null, 2)}\n`);
        else io.out(table(headings('id', 'name', 'kind', 'country', 'code', 'orgNumber'), list.map((o) => [String(o.id), o.name, cliEnum('organisationKind', o.kind), o.countryCode, o.officialCode ?? '', o.orgNumber ?? ''])));
      }),
    );
  group
    .command('reference')
    .description("the shipped list of Sweden's municipalities and regions and Norway's municipalities and counties (2024, SCB and SSB codes)")
    .option('--country <code>', 'SE or NO')
    .option('--kind <kind>', 'municipality, region or county')
    .option('--search <text>', 'only entries whose name or code contains this')
    .option('--format <format>', 'table or json', 'table')
    .action(
      action(io, async (options: { country?: string; kind?: string; search?: string; format: string }) => {
        const format = formatOf(options.format);
        const search = options.search?.toLocaleLowerCase('sv');
        const entries = referenceList().entries.filter(
          (e) => (!options.country || e.country === options.country.toUpperCase()) && (!options.kind || e.kind === options.kind) && (!search || e.name.toLocaleLowerCase('sv').includes(search) || e.code.includes(search)),
        );
        if (format === 'json') io.out(`${JSON.stringify(entries, null, 2)}\n`);
        else io.out(table(headings('country', 'kind', 'code', 'name'), entries.map((e) => [e.country, cliEnum('organisationKind', e.kind), e.code, e.name])));
      }),
    );
  const fields = (command: Command): Command =>
    command
      .option('--name <name>', 'the name (with --code and --country alone: taken from the shipped list)')
      .option('--kind <kind>', 'municipality, region, county, federation, association, state_agency, company or other')
      .option('--country <code>', 'two letters, such as SE or NO')
      .option('--code <code>', 'the official code: kommunkod, kommunenummer, län or fylke number')
      .option('--org-number <number>', 'organisationsnummer / organisasjonsnummer')
      .option('--notes <text>', 'notes')
      .option('--format <format>', 'text or json', 'text');
  interface FieldOptions { name?: string; kind?: string; country?: string; code?: string; orgNumber?: string; notes?: string; format: string }
  fields(group.command('create').description('create an organisation; --country SE --code 1496 takes name and kind from the shipped list').argument('<file>', 'the workspace file')).action(
    action(io, async (file: string, options: FieldOptions) => {
      let { name, kind } = options;
      if (options.code && options.country && (!name || !kind)) {
        const matches = referenceList().entries.filter((e) => e.country === options.country!.toUpperCase() && e.code === options.code && (!kind || e.kind === kind));
        if (matches.length === 0) throw invalidField('--code', 'error.lookup.notInShippedList', { country: options.country, code: options.code });
        name ??= matches[0]!.name;
        kind ??= matches[0]!.kind;
      }
      const input = parse('organisations:create', { name, kind, countryCode: options.country?.toUpperCase(), officialCode: options.code, orgNumber: options.orgNumber, notes: options.notes });
      const value = await withWorkspace(file, (db) => createOrganisation(db, input, systemClock));
      io.out(options.format === 'json' ? `${JSON.stringify(value, null, 2)}\n` : cliLine('cli.organisation.created', { id: value.id, name: value.name, kind: cliEnum('organisationKind', value.kind), country: value.countryCode, code: value.officialCode ? ` ${value.officialCode}` : '' }));
    }),
  );
  fields(group.command('edit').description('change fields of an organisation ("none" clears an optional one)').argument('<file>', 'the workspace file'))
    .requiredOption('--organisation <organisation>', 'the organisation: official code, id or (part of) its name')
    .action(
      action(io, async (file: string, options: FieldOptions & { organisation: string }) => {
        const value = await withWorkspace(file, async (db) => {
          const org = await organisationRef(db, options.organisation, '--organisation');
          const input = parse('organisations:update', {
            id: org.id, name: options.name, kind: options.kind, countryCode: options.country?.toUpperCase(),
            officialCode: clearable(options.code), orgNumber: clearable(options.orgNumber), notes: clearable(options.notes),
          });
          return updateOrganisation(db, input, systemClock);
        });
        io.out(options.format === 'json' ? `${JSON.stringify(value, null, 2)}\n` : cliLine('cli.organisation.changed', { id: value.id, name: value.name }));
      }),
    );
}

function registerParticipant(program: Command, io: CliIo): void {
  const group = program.command('participant').description(commandDescription('participant'));
  group
    .command('list')
    .description('list the participants of a cooperation (reads only)')
    .argument('<file>', 'the workspace file')
    .requiredOption('--cooperation <name>', 'the cooperation: id or (part of) its name')
    .option('--format <format>', 'table or json', 'table')
    .action(
      action(io, async (file: string, options: { cooperation: string; format: string }) => {
        const format = formatOf(options.format);
        const rows = await readingWorkspace(file, async (db) => listCooperationParticipants(db, (await cooperationRef(db, options.cooperation)).id));
        if (format === 'json') io.out(`${JSON.stringify(rows, null, 2)}\n`);
        else io.out(table(headings('organisation', 'code', 'role', 'joined', 'left', 'invoicedVia'), rows.map((p) => [p.organisationName, p.officialCode ?? '', cliEnum('participationRole', p.role), p.joinedOn ?? '', p.leftOn ?? '', p.viaOrganisationName ?? ''])));
      }),
    );
  group
    .command('add')
    .description('add an organisation to a cooperation as member, observer or administrative party')
    .argument('<file>', 'the workspace file')
    .requiredOption('--cooperation <name>', 'the cooperation: id or (part of) its name')
    .requiredOption('--organisation <organisation>', 'the organisation: official code, id or (part of) its name')
    .option('--role <role>', 'member, observer or administrative_party', 'member')
    .option('--joined <date>', 'the joining date, YYYY-MM-DD')
    .option('--left <date>', 'the leaving date, YYYY-MM-DD')
    .option('--via <organisation>', 'the administrative party that invoices for it')
    .action(
      action(io, async (file: string, options: { cooperation: string; organisation: string; role: string; joined?: string; left?: string; via?: string }) => {
        const row = await withWorkspace(file, async (db) => {
          const coop = await cooperationRef(db, options.cooperation);
          const org = await organisationRef(db, options.organisation, '--organisation');
          const via = options.via ? (await organisationRef(db, options.via, '--via')).id : undefined;
          const input = parse('cooperations:addParticipant', { cooperationId: coop.id, organisationId: org.id, role: options.role, joinedOn: options.joined, leftOn: options.left, viaOrganisationId: via });
          return addParticipant(db, input, systemClock);
        });
        io.out(done('cli.done.added', printParticipant(row)));
      }),
    );
  group
    .command('end')
    .description("end an organisation's participation on a date")
    .argument('<file>', 'the workspace file')
    .requiredOption('--cooperation <name>', 'the cooperation: id or (part of) its name')
    .requiredOption('--organisation <organisation>', 'the organisation: official code, id or (part of) its name')
    .requiredOption('--left <date>', 'the leaving date, YYYY-MM-DD')
    .action(
      action(io, async (file: string, options: { cooperation: string; organisation: string; left: string }) => {
        const change = await withWorkspace(file, async (db) => {
          const row = await participationRef(db, options.cooperation, options.organisation);
          return endParticipant(db, parse('cooperations:endParticipant', { id: row.id, leftOn: options.left }), systemClock);
        });
        io.out(done('cli.done.ended', printParticipant(change.value)));
      }),
    );
  group
    .command('change')
    .description('change role, dates or invoicing party of a participation ("none" clears a date or --via)')
    .argument('<file>', 'the workspace file')
    .requiredOption('--cooperation <name>', 'the cooperation: id or (part of) its name')
    .requiredOption('--organisation <organisation>', 'the organisation: official code, id or (part of) its name')
    .option('--role <role>', 'member, observer or administrative_party')
    .option('--joined <date>', 'the joining date, YYYY-MM-DD')
    .option('--left <date>', 'the leaving date, YYYY-MM-DD')
    .option('--via <organisation>', 'the administrative party that invoices for it')
    .action(
      action(io, async (file: string, options: { cooperation: string; organisation: string; role?: string; joined?: string; left?: string; via?: string }) => {
        const change = await withWorkspace(file, async (db) => {
          const row = await participationRef(db, options.cooperation, options.organisation);
          const via = clearable(options.via);
          const input = parse('cooperations:changeParticipant', {
            id: row.id, role: options.role, joinedOn: clearable(options.joined), leftOn: clearable(options.left),
            viaOrganisationId: via === undefined || via === null ? via : (await organisationRef(db, via, '--via')).id,
          });
          return changeParticipant(db, input, systemClock);
        });
        io.out(done('cli.done.changed', printParticipant(change.value)));
      }),
    );
}

export function registerCooperationCommands(program: Command, io: CliIo): void {
  registerCreateWorkspace(program, io);
  registerCooperation(program, io);
  registerOrganisation(program, io);
  registerParticipant(program, io);
}
