/**
 * Issue [3/9] item 12: `andel --help` and every command's `--help` read in Swedish and Norwegian:
 * the descriptions of commands, options and arguments, and commander's own headings. Every
 * description the command modules and the command table write has its words (help-words.ts), and
 * the help of every command, run with `--lang sv` and `--lang nb`, holds none of the English
 * stop-words below (option names, argument names and values stay as typed).
 */
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { commandTable } from '../../../src/main/cli/command-table';
import { helpWords } from '../../../src/main/cli/help-words';
import { commandModules, runCli } from '../../../src/main/cli/program';
import { runAndel } from '../../helpers/cli';

const quiet = { out: (): void => undefined, err: (): void => undefined };

/** The whole tree as `andel` builds it for help on a command: every module's commands. */
async function everyCommand(): Promise<Command> {
  const program = new Command();
  for (const module of commandModules) (await module.load())(program, quiet);
  return program;
}

/** The command paths (`cooperation create`), groups included, depth first. */
function paths(command: Command, prefix: string[] = []): string[][] {
  return command.commands.flatMap((child) => [[...prefix, child.name()], ...paths(child, [...prefix, child.name()])]);
}

/** Every description in a tree: commands, options, arguments. */
function descriptions(command: Command): string[] {
  return [command.description(), ...command.options.map((option) => option.description), ...command.registeredArguments.map((argument) => argument.description), ...command.commands.flatMap(descriptions)].filter((text) => text !== '');
}

/** English words that neither a Swedish nor a Norwegian description holds, as whole words ("list" is Norwegian too). */
const stopWords = ['the', 'and', 'of', 'with', 'is', 'or', 'only', 'write', 'create', 'print', 'show', 'replace', 'workspace', 'options', 'usage', 'commands', 'default', 'display', 'command', 'name', 'reads', 'from', 'into', 'its', 'this', 'every', 'new', 'when', 'date', 'year', 'file', 'arguments'] as const;

/**
 * The English stop-words of a help text, leaving out what the user types and what stays the same in
 * every language: the usage line's command path, each item's term (`--name <name>`, `create [val] <file>`), options, `<arguments>`,
 * values in quotes (defaults, examples), paths to docs and snake_case values.
 */
function englishIn(help: string): string[] {
  const words = help
    .split('\n')
    // The usage line's command path and syntax (`andel cooperation create [val] <file>`) are what is typed; its heading is checked.
    .map((line, i) => (i === 0 ? line.replace(/ .*$/u, '') : line))
    .map((line) => line.replace(/^ {2}\S.*?(?= {2,}\S| *$)/u, ''))
    .join('\n')
    .replace(/<[^>\n]*>/gu, '')
    .replace(/--?[a-zA-Z][\w-]*/gu, '')
    .replace(/"[^"\n]*"|”[^”\n]*”|«[^»\n]*»|`[^`\n]*`/gu, '')
    .replace(/\S+\.md\b/gu, '')
    .replace(/\b\w+_\w+\b/gu, '');
  return stopWords.filter((word) => new RegExp(`(^|[^\\p{L}_-])${word}($|[^\\p{L}_-])`, 'iu').test(words));
}

describe('the help in the reader\'s language', () => {
  it('has Swedish and Norwegian words for every description of every command, option and argument', async () => {
    const program = await everyCommand();
    const written = [...descriptions(program), ...commandTable.map((command) => command.description), 'the language of messages: sv, nb or en', 'display help for command', 'print the version of Andel'];
    const missing = [...new Set(written)].filter((text) => helpWords[text] === undefined);
    expect(missing).toEqual([]);
    // Not English under another name: a Swedish or Norwegian entry that equals the English is only a list of values or codes.
    const same = Object.entries(helpWords).filter(([english, [sv, nb]]) => (sv === english || nb === english) && englishIn(english).length > 0);
    expect(same).toEqual([]);
  });

  it.each(['sv', 'nb'] as const)('every command\'s --help in %s holds no English', async (lang) => {
    const program = await everyCommand();
    const problems: string[] = [];
    for (const path of [[], ...paths(program)]) {
      let text = '';
      const code = await runCli([...path, '--help', '--lang', lang], { out: (t) => void (text += t), err: (t) => void (text += t) }, false, {});
      if (code !== 0 || text.trim() === '') problems.push(`${path.join(' ')}: exit ${code}, ${text.length} characters`);
      const found = englishIn(text);
      if (found.length > 0) problems.push(`andel ${path.join(' ')} --help [${lang}]: ${found.join(', ')}\n${text}`);
    }
    expect(problems).toEqual([]);
  });

  it('the built command too, by hand on two, and English stays as it was', () => {
    const env = { ANDEL_DEBUG: '', ANDEL_LANG: '', LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8' };
    const sv = runAndel(['--help', '--lang', 'sv'], env).stdout;
    expect(sv).toMatch(/^Användning: andel \[val\] \[kommando\]\n\nAndel på kommandoraden: arbetsytor, demon och arbetsytedokumentet\n/u);
    expect(sv).toContain('skapa en ny, tom arbetsytefil');
    const nb = runAndel(['cooperation', 'create', '--help', '--lang', 'nb'], env).stdout;
    expect(nb).toMatch(/^Bruk: andel cooperation create \[valg\] <file>\n\nopprett et samarbeid\n\nArgumenter:\n {2}file +arbeidsområdefilen\n/u);
    expect(nb).toMatch(/--format <format> +text eller json \(standard: "text"\)/u);
    const en = runAndel(['cooperation', 'create', '--help'], env).stdout;
    expect(en).toMatch(/^Usage: andel cooperation create \[options\] <file>\n\ncreate a cooperation\n/u);
  });
});
