import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkNodeForElectron, installedElectronPath, minimumFromRange, versionAtLeast } from '../../../scripts/prestart.mjs';
import { useTempDirs } from '../../helpers/temp-dir';

const script = resolve(import.meta.dirname, '../../../scripts/prestart.mjs');
const tempDir = useTempDirs('andel-prestart-');

function fakeElectron(root: string, engines: string): void {
  mkdirSync(join(root, 'node_modules', 'electron'), { recursive: true });
  writeFileSync(join(root, 'node_modules', 'electron', 'package.json'), JSON.stringify({ name: 'electron', version: '45.4.1', engines: { node: engines } }));
}

describe('prestart: Node for Electron', () => {
  it('reads a ">=" range as its minimum version', () => {
    expect(minimumFromRange('>= 22.12.0')).toEqual([22, 12, 0]);
    expect(minimumFromRange('>=22')).toEqual([22, 0, 0]);
    expect(minimumFromRange('^20 || >=22')).toBeNull();
  });

  it('compares versions part by part', () => {
    expect(versionAtLeast('v22.12.0', [22, 12, 0])).toBe(true);
    expect(versionAtLeast('v22.11.9', [22, 12, 0])).toBe(false);
    expect(versionAtLeast('v24.0.0', [22, 12, 0])).toBe(true);
    expect(versionAtLeast('v20.20.2', [22, 12, 0])).toBe(false);
  });

  it('says which Node Electron needs, and that the tests and CLI run on 20', () => {
    const root = tempDir().path;
    fakeElectron(root, '>= 22.12.0');
    expect(() => checkNodeForElectron(root, 'v20.20.2')).toThrow(/Node\.js 22\.12\.0 or later; this is Node\.js v20\.20\.2[\s\S]*npm test/);
    expect(checkNodeForElectron(root, 'v22.12.0')).toBe('45.4.1');
  });

  it('finds no installed Electron until path.txt, dist/version and the executable agree', () => {
    const root = tempDir().path;
    fakeElectron(root, '>= 22.12.0');
    expect(installedElectronPath(root)).toBeNull();
    const dir = join(root, 'node_modules', 'electron');
    writeFileSync(join(dir, 'path.txt'), 'electron');
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist', 'version'), 'v45.4.0');
    writeFileSync(join(dir, 'dist', 'electron'), '');
    expect(installedElectronPath(root)).toBeNull();
    writeFileSync(join(dir, 'dist', 'version'), 'v45.4.1');
    expect(installedElectronPath(root)).toBe(join(dir, 'dist', 'electron'));
  });

  it('as npm start runs it on an old Node: exit 1 and three lines, no stack', () => {
    const root = tempDir().path;
    fakeElectron(root, '>= 99.0.0');
    const result = spawnSync(process.execPath, [script, '--root', root], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(3);
    expect(result.stderr).toMatch(/^✗ Andel cannot start yet\. Electron 45\.4\.1's installer and build tools need Node\.js 99\.0\.0 or later/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
