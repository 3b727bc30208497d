import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTempDir } from '../helpers/temp-dir';

const root = join(__dirname, '../..');

/**
 * A sandboxed preload may `require` only 'electron' (and a few Node built-ins: events, timers,
 * url): any other require throws at start-up and leaves the renderer without `window.andel`.
 * Electron cannot start here, so this builds the preload with the project's real electron-vite
 * config and reads what the bundle requires.
 */
describe('preload bundle', () => {
  const out = createTempDir('andel-preload-');
  const outDir = out.path;
  afterAll(() => out.remove());

  it('is one CommonJS file that requires nothing but electron', async () => {
    const { resolveConfig } = await import('electron-vite');
    const { build } = await import('vite');
    const resolved = await resolveConfig({ root, logLevel: 'silent' }, 'build', 'production');
    const preload = resolved.config?.preload;
    expect(preload).toBeDefined();
    await build({ ...preload, logLevel: 'silent', build: { ...preload?.build, outDir, emptyOutDir: true } });

    expect(readdirSync(outDir)).toEqual(['index.cjs']);
    const code = readFileSync(join(outDir, 'index.cjs'), 'utf8');
    const required = [...code.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map((match) => match[1]);
    expect(required.filter((name) => !['electron', 'events', 'timers', 'url'].includes(name ?? ''))).toEqual([]);
    expect(code).not.toMatch(/^\s*import\s/m);
    expect(code).toContain('exposeInMainWorld("andel"');
    // Names only: the schemas (zod) stay out of the preload.
    expect(code).not.toMatch(/ZodError|safeParse/);
    expect(Buffer.byteLength(code)).toBeLessThan(20 * 1024);
  });
});
