/**
 * `andel --help` (and `help`, no command, a mistyped word) lists the commands from
 * src/main/cli/command-table.ts without loading any command module; `--version` loads none either.
 * The table must say what the modules register: the same commands in the same order, with the same
 * arguments and descriptions, so the help is the same text as with every module loaded.
 */
import { Command, Help } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { commandTable } from '../../../src/main/cli/command-table';
import { commandModules, createProgram, runCli } from '../../../src/main/cli/program';
import type { CliIo } from '../../../src/main/cli/cli-io';
import { runAndel } from '../../helpers/cli';

const silent: CliIo = { out: () => undefined, err: () => undefined };
const help = new Help();

/** What a command looks like in the list of `andel --help`. */
const listed = (command: Command): { term: string; description: string } => ({ term: help.subcommandTerm(command), description: command.description() });

/** Every module's commands registered on one program, in the modules' order, as the CLI did before the table. */
async function everyModule(): Promise<Command> {
  const program = new Command();
  for (const module of commandModules) (await module.load())(program, silent);
  return program;
}

function spyOnLoads(): ReturnType<typeof vi.spyOn>[] {
  return commandModules.map((module) => vi.spyOn(module, 'load'));
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the command table', () => {
  it('names every command the modules register, in their order', async () => {
    const full = await everyModule();
    expect(commandTable.map((entry) => entry.name)).toEqual(full.commands.map((command) => command.name()));
    // Each module's names are its commands (what the program loads for a command word).
    expect(commandModules.flatMap((module) => module.names).sort()).toEqual(commandTable.map((entry) => entry.name).sort());
  });

  it("lists each command as its module does: arguments, [options] and description", async () => {
    const summaries = await createProgram(silent, ['--help']);
    for (const entry of commandTable) {
      const real = await createProgram(silent, [entry.name]);
      const command = real.commands.find((c) => c.name() === entry.name);
      const summary = summaries.commands.find((c) => c.name() === entry.name);
      expect(command, entry.name).toBeDefined();
      expect(listed(summary!), entry.name).toEqual(listed(command!));
      expect(entry.group === true, entry.name).toBe(command!.commands.length > 0);
    }
  });

  it('--help, help, no command and a mistyped word load no command module; --version neither', async () => {
    for (const argv of [['--help'], ['-h'], ['help'], [], ['infoo', 'x'], ['--version']]) {
      const loads = spyOnLoads();
      await runCli(argv, silent);
      expect(loads.map((load) => load.mock.calls.length), argv.join(' ')).toEqual(commandModules.map(() => 0));
      vi.restoreAllMocks();
    }
  });

  it("help <command> and a command load that command's module only", async () => {
    const cases: [string[], string][] = [
      [['help', 'scenario'], 'scenario'],
      [['scenario', '--help'], 'scenario'],
      [['cooperation', '--help'], 'cooperation'],
    ];
    for (const [argv, name] of cases) {
      const loads = spyOnLoads();
      await runCli(argv, silent);
      const loaded = commandModules.filter((_, i) => loads[i]!.mock.calls.length > 0);
      expect(loaded.length, argv.join(' ')).toBe(1);
      expect(loaded[0]!.names, argv.join(' ')).toContain(name);
      vi.restoreAllMocks();
    }
  });

  it('the built command lists every command, and tells a typo its nearest command', () => {
    const listing = runAndel(['--help']);
    expect(listing.status).toBe(0);
    for (const entry of commandTable) expect(listing.stdout).toContain(`  ${entry.name} `);

    const typo = runAndel(['infoo', 'x']);
    expect(typo.status).toBe(2);
    expect(typo.stderr).toContain("unknown command 'infoo'");
    expect(typo.stderr).toContain('(Did you mean info?)');
  });
});
