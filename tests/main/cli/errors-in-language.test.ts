/**
 * Issue [3/9] item 12: a Swedish reader of the command line meets no English. A table of commands
 * that fail (a name that is not there, a bad option value, a missing file, a refused change, a
 * mistake in the command line itself) is run with `--lang sv` on a real demo workspace, by the
 * built `andel` in its own process; each must fail, say something on stderr, and that text may hold
 * none of the English stop-words below. The same commands in English must still say what they said
 * (a few English sentences are checked, so the test cannot pass by printing nothing useful).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAndel, type CliResult } from '../../helpers/cli';
import { createTempDir } from '../../helpers/temp-dir';

const dir = createTempDir();
const demo = dir.file('demo.andel');
const andel = (args: readonly string[], lang = ''): CliResult => runAndel(args, { ANDEL_DEBUG: '', ANDEL_LANG: lang, LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8' });

/**
 * English words a Swedish sentence never holds, matched as whole words, case-insensitive. ("version"
 * and "status" are Swedish too; option values such as `table, csv, json` and the workspace's own
 * names are the user's words and hold none of these.)
 */
const stopWords = ['the', 'and', 'is', 'not', 'there', 'cannot', 'does', 'already', 'exists', 'available', 'named', 'unknown', 'missing', 'required', 'option', 'error', 'of', 'with', 'year', 'members', 'population', 'municipality', 'total', 'draft', 'bodies', 'usage'] as const;

/**
 * The stop-words in `text`, leaving out what is the same in every language: the stable error code
 * (`[FILE_ERROR]`) and the options the user typed (`--year`).
 */
function englishIn(text: string): string[] {
  const words = text.replace(/\[[A-Z_]+\]/gu, '').replace(/--[a-z-]+/gu, '');
  return stopWords.filter((word) => new RegExp(`(^|[^\\p{L}])${word}($|[^\\p{L}])`, 'iu').test(words));
}

/** Commands that fail, each for another reason; `{demo}` and `{dir}` are filled in. */
const failing: readonly (readonly string[])[] = [
  ['info', '{dir}/nowhere.andel'],
  ['info', '{dir}/notes.txt'],
  ['info'],
  ['info', '{demo}', '--bogus'],
  ['frobnicate'],
  ['export-json', '{demo}'],
  ['scenario', '{demo}', '--cooperation', 'Nine group', '--scenario', 'x'],
  ['scenario', '{demo}', '--cooperation', 'skaraborg', '--scenario', 'no such scenario'],
  ['scenario', '{demo}', '--cooperation', 'skaraborg', '--scenario', 'skaraborg', '--year', '1990'],
  ['scenario', '{demo}', '--cooperation', 'skaraborg', '--scenario', 'skaraborg', '--format', 'xml'],
  ['budget', '{demo}', '--cooperation', 'sambruk', '--year', '1999'],
  ['budget', '{demo}', '--cooperation', 'sambruk', '--year', 'soon'],
  ['decisions', '{demo}', '--body', 'Kommunfullmäktige'],
  ['decisions', '{demo}', '--status', 'maybe'],
  ['decisions', '{demo}', '--year', '16'],
  ['import-json', '{dir}/new.andel', '--from', '{dir}/nowhere.json'],
  ['import-json', '{dir}/new.andel', '--from', '{dir}/broken.json'],
  ['key', 'export', '{demo}', '--cooperation', 'skaraborg', '--key', 'nonesuch'],
  ['key', 'export', '{demo}', '--cooperation', 'skaraborg', '--key', 'skaraborg-9', '--version', '7'],
  ['key', 'export', '{demo}', '--cooperation', 'skaraborg', '--key', 'skaraborg-9', '--version', 'two'],
  ['adopt', '{demo}', '--cooperation', 'skaraborg', '--scenario', 'skaraborg', '--decision', 'XX 1999:9'],
  ['cooperation', 'create', '{demo}', '--name', '', '--currency', 'EUR'],
  ['cooperation', 'list', '{demo}', '--format', 'xml'],
  ['create-workspace', '{dir}/x.andel', '--currency', 'DKK'],
  ['organisation', 'create', '{demo}', '--country', 'SE', '--code', '9999'],
  ['participant', 'add', '{demo}', '--cooperation', 'skaraborg', '--organisation', 'Skövde'],
  ['participant', 'end', '{demo}', '--cooperation', 'skaraborg', '--organisation', 'Oslo', '--left', '2020-01-01'],
  ['invoicing', '{demo}', '--cooperation', 'skaraborg', '--scenario', 'skaraborg', '--out', '{dir}/basis.xlsx', '--year', '1990'],
  ['invoicing', '{demo}', '--cooperation', 'skaraborg', '--scenario', 'skaraborg', '--out', '{dir}/basis.xlsx', '--frequency', 'weekly'],
  ['annex', '{demo}', '--cooperation', 'skaraborg', '--scenario', 'skaraborg', '--out', '{dir}/annex.xlsx', '--lang', 'de'],
  ['restore', '{demo}', '--from', '{dir}/nowhere.andel'],
  ['demo', '{demo}'],
];

const filled = (args: readonly string[]): string[] => args.map((arg) => arg.replaceAll('{demo}', demo).replaceAll('{dir}', dir.path));
/** `--lang sv`, unless the command's own `--lang` is what fails: then ANDEL_LANG=sv says the reader's language. */
const inSwedish = (args: readonly string[]): string[] => (args.includes('--lang') ? filled(args) : [...filled(args), '--lang', 'sv']);
const swedishEnv = (args: readonly string[]): string => (args.includes('--lang') ? 'sv' : '');

beforeAll(async () => {
  const { writeFileSync } = await import('node:fs');
  writeFileSync(dir.file('notes.txt'), 'not a workspace\n');
  writeFileSync(dir.file('broken.json'), '{ "schemaVersion": ');
  const made = andel(['demo', demo]);
  expect(made.status, made.stderr).toBe(0);
});

afterAll(() => dir.remove());

describe('failing commands in Swedish say nothing in English', { timeout: 300_000 }, () => {
  it.each(failing.map((args) => [args.join(' '), args] as const))('andel %s', (_label, args) => {
    const result = andel(inSwedish(args), swedishEnv(args));
    expect(result.status, result.stdout).not.toBe(0);
    expect(result.stderr.trim().length).toBeGreaterThan(0);
    expect(englishIn(result.stderr), result.stderr).toEqual([]);
  });

  it('the same mistakes still read in English without --lang', () => {
    expect(andel(filled(['scenario', '{demo}', '--cooperation', 'Nine group', '--scenario', 'x'])).stderr).toContain('--cooperation: there is no cooperation named "Nine group". Available: ');
    expect(andel(filled(['export-json', '{demo}'])).stderr).toContain("required option '--out <doc.json>' not specified");
    expect(andel(filled(['budget', '{demo}', '--cooperation', 'sambruk', '--year', '1999'])).stderr).toContain('--year: Föreningen Sambruk has no budget for 1999');
  });

  it('Swedish and Norwegian words of a few of them, written by hand', () => {
    expect(andel(inSwedish(['scenario', '{demo}', '--cooperation', 'Nine group', '--scenario', 'x'])).stderr).toContain('andel: --cooperation: hittar inte samarbetet ”Nine group”. Det finns: "Bibliotek Skaraborg 9-gruppen"');
    expect(andel(inSwedish(['export-json', '{demo}'])).stderr).toContain('fel: valet --out <doc.json> saknas');
    const norwegian = andel([...filled(['budget', '{demo}', '--cooperation', 'sambruk', '--year', '1999']), '--lang', 'nb']);
    expect(norwegian.stderr).toContain('--year: Föreningen Sambruk har ikke noe budsjett for 1999');
  });

  it("the command's own lines follow --lang too", () => {
    const made = andel(['demo', dir.file('second.andel'), '--lang', 'sv']);
    expect(made.status, made.stderr).toBe(0);
    expect(made.stdout).toBe(`Skrev demoarbetsytan till ${dir.file('second.andel')}\n`);
    const copied = andel(['export-json', dir.file('second.andel'), '--out', dir.file('second.json'), '--lang', 'nb']);
    expect(copied.stderr).toBe(`Skrev ${dir.file('second.json')}\n`);
    expect(andel(['import-json', dir.file('third.andel'), '--from', dir.file('second.json')]).stdout).toBe(`Created ${dir.file('third.andel')}\n`);
  });
});
