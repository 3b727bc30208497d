/**
 * The PostgreSQL driver (pg) and its Kysely dialect are loaded only when a PostgreSQL workspace is
 * opened. Checked twice: in the bundles' static import graphs (esbuild's metafile of the Electron
 * main and the CLI, as the build splits them), and by running the built CLI's `info` on a SQLite
 * workspace with a preload that lists every CommonJS module Node loaded.
 */
import { build, type Metafile } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkspaceFile } from '../../../src/main/db/create-workspace';
import { runAndel } from '../../helpers/cli';
import { useTempDirs } from '../../helpers/temp-dir';
import { repoRoot } from '../../helpers/workspace-fixtures';

const tempDir = useTempDirs();

/** What each entry (and each module loaded by a dynamic import) pulls in through static imports alone. */
async function staticClosures(): Promise<Map<string, Set<string>>> {
  const result = await build({
    absWorkingDir: repoRoot,
    entryPoints: { main: join(repoRoot, 'src/main/index.ts'), andel: join(repoRoot, 'src/main/cli/index.ts') },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    packages: 'external',
    outdir: join(repoRoot, 'out/pg-on-demand-test'), // never written: write is false
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const outputs: Metafile['outputs'] = result.metafile.outputs;
  const closures = new Map<string, Set<string>>();
  for (const [name, output] of Object.entries(outputs)) {
    if (!output.entryPoint) continue;
    const seen = new Set<string>();
    const stack = [name];
    while (stack.length > 0) {
      const current = stack.pop()!;
      if (seen.has(current)) continue;
      seen.add(current);
      for (const imported of outputs[current]?.imports ?? []) if (imported.kind === 'import-statement') stack.push(imported.path);
    }
    closures.set(output.entryPoint, seen);
  }
  return closures;
}

describe('pg is loaded only for a PostgreSQL workspace', () => {
  it('neither the Electron main nor a command that works on a file imports pg statically', async () => {
    const closures = await staticClosures();
    const reachesPg = (entry: string): boolean => {
      const closure = closures.get(entry);
      expect(closure, entry).toBeDefined();
      return closure!.has('pg');
    };
    expect(reachesPg('src/main/index.ts')).toBe(false);
    expect(reachesPg('src/main/cli/index.ts')).toBe(false);
    for (const command of ['info', 'scenario', 'annex', 'batch', 'export-json', 'import-json', 'demo', 'backup', 'restore', 'cooperations']) {
      expect(reachesPg(`src/main/cli/commands/${command}.command.ts`), command).toBe(false);
    }
    // Not vacuous: the module opened on demand, and `andel serve`, do load it.
    expect(reachesPg('src/main/db/postgres/open-postgres-workspace.ts')).toBe(true);
    expect(reachesPg('src/main/cli/commands/serve.command.ts')).toBe(true);
  });

  it("the built CLI's info on a SQLite workspace loads better-sqlite3 and not pg", async () => {
    const dir = tempDir();
    const workspace = dir.file('a.andel');
    await createWorkspaceFile(workspace, { name: 'A', defaultCurrency: 'SEK', locale: 'sv' });
    const hook = dir.file('record-modules.cjs');
    const record = dir.file('modules.txt');
    writeFileSync(hook, "process.on('exit', () => require('node:fs').writeFileSync(process.env.RECORD_MODULES, Object.keys(require.cache).join('\\n')));\n");

    const result = runAndel(['info', workspace], { NODE_OPTIONS: `--require ${hook}`, RECORD_MODULES: record });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const loaded = readFileSync(record, 'utf8').split('\n');
    expect(loaded.some((path) => path.includes('/node_modules/better-sqlite3/'))).toBe(true);
    expect(loaded.filter((path) => /\/node_modules\/pg(?:-[a-z]+)?\//u.test(path))).toEqual([]);
  });
});
