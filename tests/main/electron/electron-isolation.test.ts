import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../../..');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

const importsElectron = (path: string): boolean => /from\s+['"]electron['"]|require\(\s*['"]electron['"]\s*\)|import\(\s*['"]electron['"]\s*\)/.test(readFileSync(path, 'utf8'));

// The Electron glue stays thin: decisions live in modules that run, and are tested, in plain Node.
describe('electron imports', () => {
  const glue = new Set(['security.ts', 'window.ts', 'ipc.ts', 'menu.ts', 'controller.ts', 'shell.ts', 'file-dialogs.ts', 'file-shell.ts', 'server-window.ts'].map((name) => `src/main/electron/${name}`));

  it('appear in main only in the shell glue modules', () => {
    const offenders = filesUnder(join(root, 'src/main'))
      .map((path) => relative(root, path).split('\\').join('/'))
      .filter((path) => importsElectron(join(root, path)) && !glue.has(path));
    expect(offenders).toEqual([]);
  });

  it('never appear in the policy modules or src/main/native', () => {
    for (const dir of ['src/main/electron/policy', 'src/main/native']) {
      for (const path of filesUnder(join(root, dir))) expect(importsElectron(path), path).toBe(false);
    }
  });
});
