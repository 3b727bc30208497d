/**
 * Issue [3/9] item 12: what the commands print when they succeed (summaries, table headings, "what
 * was done" lines) is in the reader's language. Every command with output of its own runs, by the
 * built `andel` in its own process, with `--lang sv` and `--lang nb` on its own demo workspace; its
 * stdout and stderr may hold none of the English stop-words below. The workspace's own data (names,
 * component ids such as `equal`, categories such as `membership_fees`) hold none of them either.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runAndel, type CliResult } from '../../helpers/cli';
import { createTempDir } from '../../helpers/temp-dir';

const dir = createTempDir();
const andel = (args: readonly string[]): CliResult => runAndel(args, { ANDEL_DEBUG: '', ANDEL_LANG: '', LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8' });

/** English words that neither a Swedish nor a Norwegian sentence holds, matched as whole words, case-insensitive. */
const stopWords = [
  'the', 'and', 'is', 'of', 'with', 'from', 'rows', 'year', 'created', 'changed', 'added', 'ended', 'archived', 'restored', 'wrote', 'saved', 'replaced', 'logged',
  'snapshot', 'adopted', 'decision', 'decisions', 'backups', 'newest', 'workspace', 'cooperation', 'body', 'member', 'gross', 'subsidies', 'figures', 'unchanged',
  'new', 'done', 'failure', 'balance', 'revenue', 'costs', 'funding', 'currency', 'locale', 'pending', 'major', 'units', 'older', 'scenarios', 'numbering',
  'joined', 'left', 'invoiced', 'kind', 'country', 'code', 'members', 'observers', 'title', 'date', 'number', 'until', 'export', 'log', 'key',
  'nothing', 'written', 'dry', 'run', 'line', 'amount', 'result', 'total', 'name', 'role', 'municipality', 'consortium', 'proposed',
] as const;

/**
 * The stop-words in `text`, leaving out what is the same in every language or the workspace's own:
 * options (`--from`), file paths, the SHA-256 line's label, names in quotes (`"population 2026"`)
 * and `info`'s table names with their row counts (`  metric_values  599`).
 */
function englishIn(text: string): string[] {
  const words = text
    .replace(/--[a-z-]+/gu, '')
    .replaceAll(dir.path, '')
    .replace(/SHA-256 [0-9a-f]+/gu, '')
    .replace(/"[^"\n]*"|”[^”\n]*”|«[^»\n]*»/gu, '')
    .replace(/^ {2}[a-z_]+ +\d+$/gmu, '');
  return stopWords.filter((word) => new RegExp(`(^|[^\\p{L}_-])${word}($|[^\\p{L}_-])`, 'iu').test(words));
}

/** Population figures as SCB publishes them (semicolon-separated, kommunkod first). */
const POPULATION_CSV = 'Kommunkod;Kommun;Folkmängd\n1497;Hjo;14 250\n1472;Tibro;11 350\n';

/** Every command with output of its own, in an order that works on a fresh demo workspace; `{demo}`, `{dir}` and `{lang}` are filled in. */
const commands: readonly (readonly string[])[] = [
  ['info', '{demo}'],
  ['cooperation', 'list', '{demo}'],
  ['cooperation', 'create', '{demo}', '--name', 'Provsamverkan', '--currency', 'SEK', '--start', '2027-01-01'],
  ['cooperation', 'edit', '{demo}', '--cooperation', 'Provsamverkan', '--description', 'Prov'],
  ['cooperation', 'archive', '{demo}', '--cooperation', 'Provsamverkan'],
  ['cooperation', 'archive', '{demo}', '--cooperation', 'Provsamverkan', '--restore'],
  ['organisation', 'list', '{demo}'],
  ['organisation', 'reference', '--country', 'SE', '--search', 'Hjo'],
  ['organisation', 'create', '{demo}', '--name', 'Provbolaget', '--kind', 'company', '--country', 'SE'],
  ['organisation', 'edit', '{demo}', '--organisation', 'Provbolaget', '--notes', 'Prov'],
  ['participant', 'add', '{demo}', '--cooperation', 'Provsamverkan', '--organisation', 'Provbolaget', '--joined', '2027-01-01', '--left', '2028-12-31'],
  ['participant', 'list', '{demo}', '--cooperation', 'Provsamverkan'],
  ['participant', 'change', '{demo}', '--cooperation', 'Provsamverkan', '--organisation', 'Provbolaget', '--role', 'observer'],
  ['participant', 'end', '{demo}', '--cooperation', 'Provsamverkan', '--organisation', 'Provbolaget', '--left', '2027-06-30'],
  ['create-workspace', '{dir}/{lang}-tom.andel'],
  ['keys', '{demo}'],
  ['scenario', '{demo}', '--cooperation', 'skaraborg', '--scenario', 'skaraborg'],
  ['budget', '{demo}', '--cooperation', 'sambruk'],
  ['decisions', '{demo}'],
  ['key', 'export', '{demo}', '--cooperation', 'skaraborg', '--key', 'skaraborg-9', '--out', '{dir}/{lang}-nyckel.json'],
  ['key', 'import', '{demo}', '--cooperation', 'skaraborg', '--from', '{dir}/{lang}-nyckel.json'],
  ['scenario-def', 'export', '{demo}', '--cooperation', 'skaraborg', '--scenario', 'skaraborg', '--out', '{dir}/{lang}-scenario.json'],
  ['body', 'create', '{demo}', '--cooperation', 'skaraborg', '--name', 'Provrådet', '--kind', 'working_group', '--pattern', 'PR {year}:{n}'],
  ['decision', 'create', '{demo}', '--body', 'Provrådet', '--title', 'Provbeslut', '--status', 'adopted', '--decided', '2027-02-01'],
  ['adopt', '{demo}', '--cooperation', 'skaraborg', '--scenario', 'skaraborg', '--decision', 'PR 2027:1'],
  ['annex', '{demo}', '--cooperation', 'skaraborg', '--scenario', 'skaraborg', '--out', '{dir}/{lang}-bilaga.xlsx'],
  ['invoicing', '{demo}', '--cooperation', 'skaraborg', '--scenario', 'skaraborg', '--out', '{dir}/{lang}-underlag.xlsx'],
  ['register', '{demo}', '--out', '{dir}/{lang}-register.xlsx'],
  ['batch', 'annex', '{demo}', '--cooperation', 'skaraborg', '--all', '--out-dir', '{dir}/{lang}-batch'],
  ['minutes', '{demo}', '--meeting', '1', '--out', '{dir}/{lang}-protokoll.pdf'],
  ['pack', '{demo}', '--meeting', '1', '--out', '{dir}/{lang}-handlingar.pdf'],
  ['extract', '{demo}', '--decision', 'SG 2016:1', '--out', '{dir}/{lang}-utdrag.pdf'],
  ['calendar', '{demo}', '--meeting', '1', '--out', '{dir}/{lang}-mote.ics'],
  // After the exports: the imported scenario has the same name as the one they name.
  ['scenario-def', 'import', '{demo}', '--cooperation', 'skaraborg', '--from', '{dir}/{lang}-scenario.json'],
  ['import-population', '{demo}', '--from', '{dir}/folkmangd.csv', '--year', '2026', '--dry-run'],
  ['import-population', '{demo}', '--from', '{dir}/folkmangd.csv', '--year', '2026'],
  ['backups', '{demo}'],
  ['backup', '{demo}'],
  ['export-json', '{demo}', '--out', '{dir}/{lang}-dokument.json'],
  ['import-json', '{dir}/{lang}-kopia.andel', '--from', '{dir}/{lang}-dokument.json'],
  ['diff', '{demo}', '{dir}/{lang}-orörd.andel'],
];

const fill = (args: readonly string[], lang: string): string[] =>
  args.map((arg) => arg.replaceAll('{demo}', dir.file(`${lang}.andel`)).replaceAll('{dir}', dir.path).replaceAll('{lang}', lang));

beforeAll(() => {
  writeFileSync(dir.file('folkmangd.csv'), POPULATION_CSV);
  const made = andel(['demo', dir.file('demo.andel')]);
  expect(made.status, made.stderr).toBe(0);
  for (const lang of ['sv', 'nb', 'en']) {
    copyFileSync(dir.file('demo.andel'), dir.file(`${lang}.andel`));
    copyFileSync(dir.file('demo.andel'), dir.file(`${lang}-orörd.andel`));
    mkdirSync(dir.file(`${lang}-batch`));
  }
});

describe.each(['sv', 'nb'] as const)('what the commands print, in %s', (lang) => {
  it.each(commands.map((args) => [args.slice(0, 2).join(' '), args] as const))('%s', (_name, args) => {
    const result = andel([...fill(args, lang), '--lang', lang]);
    // `diff` ends with 1 when the two differ (the demo was changed above): that is its answer, not a failure.
    expect(args[0] === 'diff' ? [0, 1] : [0], `${result.stdout}\n${result.stderr}`).toContain(result.status);
    const text = `${result.stdout}\n${result.stderr}`;
    expect(text.trim().length).toBeGreaterThan(0);
    expect(englishIn(text), text).toEqual([]);
  });
});

describe('the same commands in English', () => {
  it('still say what they said (checked on a few, so the words above are not empty)', () => {
    const run = (args: readonly string[]): string => andel([...fill(args, 'en'), '--lang', 'en']).stdout;
    expect(run(['info', '{demo}'])).toMatch(/^Workspace {7}Andel demo\nFile {12}/u);
    expect(run(['cooperation', 'create', '{demo}', '--name', 'Provsamverkan', '--currency', 'SEK'])).toMatch(/^Created Cooperation \d+ "Provsamverkan" \(consortium, SEK, SE\)\n$/u);
    expect(run(['keys', '{demo}'])).toContain('cooperation 1  skaraborg-9 v1');
    expect(run(['backups', '{demo}'])).toMatch(/^No backups of .* yet\.\n$/u);
    expect(run(['import-population', '{demo}', '--from', '{dir}/folkmangd.csv', '--year', '2026', '--dry-run'])).toMatch(/^2 rows, year 2026: /u);
  });
});
