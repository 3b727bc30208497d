/**
 * Every command's name, arguments and one-line description, in the order of `andel --help`: the
 * only place they are written. The command modules take their descriptions from here, and
 * `andel --help`, `andel help` and a mistyped command word list the commands from here alone,
 * without loading a single command module (each would load its services, Kysely, exceljs ...).
 * A test holds the list against the modules' own commands.
 */
export interface CommandSummary {
  readonly name: string;
  /** The arguments as commander prints them (`<file>`, `<first> [second]`); empty for none. */
  readonly args: string;
  /** A group of subcommands (`cooperation list|create|…`), not a command that runs itself. */
  readonly group?: true;
  readonly description: string;
}

export const commandTable: readonly CommandSummary[] = [
  { name: 'demo', args: '<file>', description: 'write the demo workspace (the five reference consortia) to a new .andel file' },
  { name: 'info', args: '<file>', description: "show a workspace file's schema version and the number of rows per table (reads only)" },
  { name: 'decisions', args: '<file>', description: 'print the decision register (reads only), optionally filtered' },
  { name: 'export-json', args: '<file>', description: 'write the whole workspace as a workspace document (JSON, see docs/workspace-document.md); the workspace is only read' },
  { name: 'import-json', args: '<new-file>', description: 'create a new workspace file from a workspace document; checks everything first and writes nothing if anything is wrong' },
  { name: 'scenario', args: '<file>', description: "print a stored scenario's charges: every paying member per year and component, and the totals (reads only)" },
  { name: 'keys', args: '<file>', description: 'list the distribution keys, with version and family (reads only)' },
  { name: 'adopt', args: '<file>', description: 'adopt a scenario by a decision: an immutable snapshot with a content hash, linked to the decision' },
  { name: 'key', args: '', group: true, description: 'a distribution key as JSON: export one, or import one as the next version' },
  { name: 'scenario-def', args: '', group: true, description: "a scenario's definition as JSON: export one, or import one as a new scenario or over a stored one" },
  { name: 'budget', args: '<file>', description: "print a cooperation's budget with its result per year, its funding and the balance (reads only)" },
  { name: 'annex', args: '<file>', description: "write a scenario's agreement annex (Excel with live formulas, or PDF/A) and log it in the workspace" },
  { name: 'invoicing', args: '<file>', description: "write a scenario's invoicing basis (Excel: member, period, component, amount) and log it in the workspace" },
  { name: 'register', args: '<file>', description: 'write the decision register (Excel, or PDF/A) and log it in the workspace' },
  { name: 'batch', args: '<kind> <file>', description: 'write many annexes or invoicing bases in one run: every scenario of a cooperation (--all) or those named in a list file (--list)' },
  { name: 'backups', args: '<file>', description: 'list the backups of a workspace (scheduled, before a restore, before a schema update), newest first' },
  { name: 'backup', args: '<file>', description: "take a backup of a workspace now (e.g. from a nightly job), into <file>-backups/ as a manual backup; manual backups are kept by age, apart from the app's scheduled ones" },
  { name: 'restore', args: '<file>', description: 'replace a workspace with one of its backups (checked first; the current file is kept in <file>-backups/)' },
  { name: 'create-workspace', args: '<file>', description: 'create a new, empty workspace file' },
  { name: 'cooperation', args: '', group: true, description: 'list, create, edit and archive cooperations' },
  { name: 'organisation', args: '', group: true, description: 'list, create and edit organisations; the shipped list of municipalities, regions and counties' },
  { name: 'participant', args: '', group: true, description: "list, add, end and change a cooperation's participants" },
  { name: 'serve', args: '', description: 'serve a workspace to browsers: the app over HTTP(S) with users, roles and sessions (see docs/server.md)' },
  { name: 'users', args: '', group: true, description: 'the users who may sign in to `andel serve` on a workspace, and their roles' },
  { name: 'import-population', args: '<file>', description: "import members' population from a CSV or XLSX file (SCB/SSB style), as the app's import view does; any bad row refuses the whole file" },
  { name: 'body', args: '', group: true, description: 'bodies of a cooperation' },
  { name: 'decision', args: '', group: true, description: 'decisions of a body' },
  { name: 'minutes', args: '<file>', description: 'write the minutes of a meeting as PDF/A (approved minutes exactly as approved) and log it' },
  { name: 'pack', args: '<file>', description: 'write the meeting pack as PDF/A and log it (the workbook: the app\'s "Export pack")' },
  { name: 'extract', args: '<file>', description: 'write the extract of the minutes for one decision (with the adopted annex) as PDF/A and log it' },
  { name: 'calendar', args: '<file>', description: "write a meeting, or a body's meetings of a year, as an iCalendar (.ics) file and log it" },
  { name: 'publish', args: '<file>', description: 'write a workspace file, whole, into an empty PostgreSQL database (through the workspace document); the file is only read' },
  { name: 'take-copy', args: '<new-file>', description: 'write the workspace held by a PostgreSQL database into a new local workspace file, to work on offline' },
  { name: 'diff', args: '<first> [second]', description: 'show what differs between two workspaces (files, workspace documents .json, or PostgreSQL databases): added, removed and changed records; exit 0 when they hold the same, 1 when not' },
];

/** The description of the top-level command `name` (an unknown name is a programming error). */
export function commandDescription(name: string): string {
  const entry = commandTable.find((command) => command.name === name);
  if (!entry) throw new Error(`command-table: no command ${name}`);
  return entry.description;
}
