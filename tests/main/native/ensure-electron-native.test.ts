import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  buildInTempCopy,
  ensureElectronNative,
  expectedBuild,
  isBuildPresent,
  type ExpectedBuild,
  type RunNode,
} from '../../../scripts/ensure-electron-native.mjs';
import { useTempDirs } from '../../helpers/temp-dir';

const script = join(__dirname, '../../../scripts/ensure-electron-native.mjs');
const tempDir = useTempDirs('andel-native-');

/** A fake project: node_modules/electron and better-sqlite3 package.json files, nothing else. */
function fakeProject(): string {
  const root = tempDir().path;
  for (const [name, version] of [['electron', '45.4.1'], ['better-sqlite3', '12.11.1']] as const) {
    mkdirSync(join(root, 'node_modules', name), { recursive: true });
    writeFileSync(join(root, 'node_modules', name, 'package.json'), JSON.stringify({ name, version }));
  }
  return root;
}

function installBuild(root: string, expected: ExpectedBuild): void {
  const dir = join(root, '.electron-native', expected.electron);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'better_sqlite3.node'), 'binary');
  writeFileSync(join(dir, 'build.json'), JSON.stringify({ ...expected, method: 'test' }));
}

describe('ensure-electron-native', () => {
  it('reads the versions to build for from node_modules', () => {
    const root = fakeProject();
    expect(expectedBuild(root, 'linux', 'x64')).toEqual({ electron: '45.4.1', betterSqlite3: '12.11.1', platform: 'linux', arch: 'x64' });
  });

  it('skips the build when a matching one is present', () => {
    const root = fakeProject();
    const expected = expectedBuild(root);
    installBuild(root, expected);
    const build = vi.fn();
    const log = vi.fn();
    expect(ensureElectronNative({ root, build, log })).toEqual({ status: 'present', path: join(root, '.electron-native', '45.4.1', 'better_sqlite3.node') });
    expect(build).not.toHaveBeenCalled();
  });

  it('rebuilds when better-sqlite3 or the machine changed, or the manifest is missing', () => {
    const root = fakeProject();
    const expected = expectedBuild(root);
    installBuild(root, expected);
    expect(isBuildPresent(root, { ...expected, betterSqlite3: '12.12.0' })).toBe(false);
    expect(isBuildPresent(root, { ...expected, arch: 'arm64' })).toBe(false);
    rmSync(join(root, '.electron-native', '45.4.1', 'build.json'));
    expect(isBuildPresent(root, expected)).toBe(false);
  });

  it('installs what the build produced, with a manifest', () => {
    const root = fakeProject();
    const built = join(root, 'built.node');
    writeFileSync(built, 'electron binary');
    const cleanup = vi.fn();
    const result = ensureElectronNative({ root, log: () => undefined, build: () => ({ path: built, method: 'node-gyp', cleanup }) });
    expect(result.status).toBe('built');
    expect(readFileSync(result.path, 'utf8')).toBe('electron binary');
    expect(JSON.parse(readFileSync(join(root, '.electron-native', '45.4.1', 'build.json'), 'utf8'))).toMatchObject({ electron: '45.4.1', betterSqlite3: '12.11.1', method: 'node-gyp' });
    expect(cleanup).toHaveBeenCalledOnce();
    expect(isBuildPresent(root, expectedBuild(root))).toBe(true);
  });

  it('leaves nothing that looks ready when the build fails', () => {
    const root = fakeProject();
    expect(() => ensureElectronNative({ root, log: () => undefined, build: () => { throw new Error('no network'); } })).toThrow('no network');
    expect(existsSync(join(root, '.electron-native', '45.4.1', 'better_sqlite3.node'))).toBe(false);
  });

  describe('buildInTempCopy (tools stubbed: nothing is downloaded or compiled)', () => {
    function projectWithPackage(): string {
      const root = fakeProject();
      const pkg = join(root, 'node_modules', 'better-sqlite3');
      mkdirSync(join(pkg, 'build', 'Release'), { recursive: true });
      writeFileSync(join(pkg, 'build', 'Release', 'better_sqlite3.node'), 'node build');
      writeFileSync(join(pkg, 'binding.gyp'), '{}');
      // Real resolution of prebuild-install from the fake project: point it at a stub.
      mkdirSync(join(root, 'node_modules', 'prebuild-install'), { recursive: true });
      writeFileSync(join(root, 'node_modules', 'prebuild-install', 'package.json'), JSON.stringify({ name: 'prebuild-install', version: '7.1.3' }));
      writeFileSync(join(root, 'node_modules', 'prebuild-install', 'bin.js'), '');
      return root;
    }

    it('tries prebuild-install for Electron first, in a copy without the Node build', () => {
      const root = projectWithPackage();
      const calls: { script: string; args: string[]; cwd: string; env: NodeJS.ProcessEnv }[] = [];
      const run: RunNode = (scriptPath, args, options) => {
        calls.push({ script: scriptPath, args, cwd: options.cwd, env: options.env });
        expect(existsSync(join(options.cwd, 'binding.gyp'))).toBe(true);
        expect(existsSync(join(options.cwd, 'build', 'Release', 'better_sqlite3.node'))).toBe(false);
        mkdirSync(join(options.cwd, 'build', 'Release'), { recursive: true });
        writeFileSync(join(options.cwd, 'build', 'Release', 'better_sqlite3.node'), 'electron build');
        return true;
      };
      const expected = expectedBuild(root, 'linux', 'x64');
      const result = buildInTempCopy({ root, expected, log: () => undefined, run, env: { npm_config_nodedir: '/usr', PATH: '/bin' } });
      expect(result.method).toBe('prebuild-install');
      expect(calls).toHaveLength(1);
      expect(calls[0]?.script).toMatch(/prebuild-install[\\/]bin\.js$/);
      expect(calls[0]?.args).toEqual(expect.arrayContaining(['--runtime=electron', '--target=45.4.1', '--arch=x64', '--platform=linux']));
      // npm's nodedir would make the tools use Node's headers: the child must not see it.
      expect(calls[0]?.env).toEqual({ PATH: '/bin' });
      expect(readFileSync(result.path, 'utf8')).toBe('electron build');
      result.cleanup?.();
      expect(readFileSync(join(root, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'), 'utf8')).toBe('node build');
    });

    it('falls back to node-gyp against Electron headers', () => {
      const root = projectWithPackage();
      const nodeGyp = join(root, 'node-gyp.js');
      writeFileSync(nodeGyp, '');
      const calls: string[][] = [];
      const run: RunNode = (_script, args, options) => {
        calls.push(args);
        if (args[0] !== 'rebuild') return false;
        mkdirSync(join(options.cwd, 'build', 'Release'), { recursive: true });
        writeFileSync(join(options.cwd, 'build', 'Release', 'better_sqlite3.node'), 'compiled');
        return true;
      };
      const result = buildInTempCopy({ root, expected: expectedBuild(root, 'linux', 'x64'), log: () => undefined, run, env: { npm_config_node_gyp: nodeGyp } });
      expect(result.method).toBe('node-gyp');
      expect(calls[1]).toEqual(expect.arrayContaining(['rebuild', '--target=45.4.1', '--arch=x64', '--dist-url=https://electronjs.org/headers']));
      result.cleanup?.();
    });

    it('explains what is needed when both fail', () => {
      const root = projectWithPackage();
      const nodeGyp = join(root, 'node-gyp.js');
      writeFileSync(nodeGyp, '');
      expect(() => buildInTempCopy({ root, expected: expectedBuild(root), log: () => undefined, run: () => false, env: { npm_config_node_gyp: nodeGyp } })).toThrow(
        /github\.com.*electronjs\.org.*C\+\+ toolchain/,
      );
    });
  });

  describe('as npm start runs it', () => {
    it('exits 0 at once when the build is present', () => {
      const root = fakeProject();
      installBuild(root, expectedBuild(root));
      const result = spawnSync(process.execPath, [script, '--root', root], { encoding: 'utf8' });
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/ready/);
      expect(existsSync(join(root, '.electron-native', 'tools.log'))).toBe(false);
    });

    it('exits 1 with a clear message when Electron is not installed', () => {
      const root = tempDir().path;
      const result = spawnSync(process.execPath, [script, '--root', root], { encoding: 'utf8' });
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/Electron is not installed.*npm install/);
    });
  });
});
