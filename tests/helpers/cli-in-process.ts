/**
 * The `andel` program run in this process (runCli, the code the built command runs), its output
 * captured: quick enough for tests that run dozens of commands. Messages in English unless a
 * command is given its own --lang. tests/helpers/cli.ts runs the built command as a child process.
 */
import { expect } from 'vitest';
import { runCli } from '../../src/main/cli/program';
import type { CliResult } from './cli';

export async function andelInProcess(...args: string[]): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const status = await runCli(args, { out: (text) => void (stdout += text), err: (text) => void (stderr += text) }, false, { ANDEL_LANG: 'en' });
  return { status, stdout, stderr };
}

/** The same, expecting exit code 0 (the command and its stderr shown otherwise); its standard output. */
export async function andelOk(...args: string[]): Promise<string> {
  const result = await andelInProcess(...args);
  expect(result.status, `${args.join(' ')}\n${result.stderr}`).toBe(0);
  return result.stdout;
}
