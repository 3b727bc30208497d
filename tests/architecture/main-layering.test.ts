/**
 * Main's inner layers (repositories -> services -> handlers, with cli, workspace and the electron
 * shell above the services) are enforced by eslint.config.js. These probes lint a file that is not
 * on disk, at a path inside each layer, through ESLint's own API: a forbidden import must fail with
 * no-restricted-imports, an allowed one must pass; and the real layers hold no forbidden import.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const probe = (specifier: string): string => `import type { Probe } from '${specifier}';\nexport type P = Probe;\n`;

describe('main layering lint rule', () => {
  const service = 'src/main/services/probe.service.ts';
  const repository = 'src/main/repositories/probe.repository.ts';

  it.each([
    ['../handlers/index'],
    ['../workspace/app-context'],
    ['../workspace/session'],
    ['../cli/cli-io'],
    ['../electron/policy/workspace-files'],
    ['electron'],
  ])('a service importing %s fails', async (specifier) => {
    expect(await restrictedImports(service, probe(specifier))).toHaveLength(1);
  });

  it.each([['../services/clock'], ['../services/scenarios/scenario.service'], ['../handlers/index']])('a repository importing %s fails', async (specifier) => {
    expect(await restrictedImports(repository, probe(specifier))).toHaveLength(1);
  });

  it.each([
    [service, '../repositories/scenario.repository'],
    [service, './clock'],
    [service, '../files/logged-export'],
    [repository, '../db/database.types'],
    ['src/main/handlers/probe.handlers.ts', '../services/clock'],
    ['src/main/workspace/probe.ts', '../services/workspace/workspace.service'],
    ['src/main/cli/probe.ts', '../services/scenarios/snapshot.service'],
  ])('%s may import %s', async (file, specifier) => {
    expect(await restrictedImports(file, probe(specifier))).toEqual([]);
  });

  it('the real repositories and services hold no forbidden import', async () => {
    const results = await eslint.lintFiles(['src/main/repositories', 'src/main/services']);
    const offending = results.flatMap((r) => r.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => `${r.filePath}:${m.line} ${m.message}`));
    expect(offending).toEqual([]);
  });
});
