/**
 * The `andel` command line as a user runs it: src/main/cli/index.ts in a child Node process
 * (through tsx), from the repository root, waited for.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { repoRoot } from './workspace-fixtures';

export const cliPath = fileURLToPath(new URL('../../src/main/cli/index.ts', import.meta.url));

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `andel <args>`. `env`, when given, is set on top of this process's environment (e.g.
 * `{ ANDEL_DEBUG: '' }` for errors without a stack); without it the CLI inherits the environment.
 */
export function runAndel(args: readonly string[], env?: NodeJS.ProcessEnv): CliResult {
  const result = spawnSync(process.execPath, ['--import', 'tsx', cliPath, ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    ...(env ? { env: { ...process.env, ...env } } : {}),
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
