import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { electronNativeDir, bindingFileName as scriptBindingFile } from '../../../scripts/ensure-electron-native.mjs';
import { bindingFileName, electronBindingPath, findAppRoot, resolveNativeBinding } from '../../../src/main/native/native-binding';
import { AndelError } from '../../../src/shared/errors';
import { createTempDir } from '../../helpers/temp-dir';

const root = join(__dirname, '../../..');

describe('resolveNativeBinding', () => {
  it('is undefined under Node, so better-sqlite3 loads its own build from node_modules', () => {
    expect(resolveNativeBinding({ node: '20.19.0' }, '/nowhere')).toBeUndefined();
    expect(resolveNativeBinding()).toBeUndefined();
    const db = new Database(':memory:', { nativeBinding: resolveNativeBinding() });
    expect(db.prepare('select sqlite_version() as v').get()).toHaveProperty('v');
    db.close();
  });

  it('picks .electron-native/<electron version>/ under Electron', () => {
    const exists = (path: string): boolean => path === join('/app', '.electron-native', '45.4.1', 'better_sqlite3.node');
    expect(resolveNativeBinding({ electron: '45.4.1', node: '22.20.0' }, '/app', exists)).toBe(join('/app', '.electron-native', '45.4.1', 'better_sqlite3.node'));
  });

  it("prefers the installed app's copy in <resources>/native/, where the installers put it", () => {
    const packaged = join('/opt/Andel/resources', 'native', 'better_sqlite3.node');
    const devBuild = join('/app', '.electron-native', '45.4.1', 'better_sqlite3.node');
    expect(resolveNativeBinding({ electron: '45.4.1' }, '/app', (path) => path === packaged || path === devBuild, '/opt/Andel/resources')).toBe(packaged);
    expect(resolveNativeBinding({ electron: '45.4.1' }, '/app', (path) => path === devBuild, '/opt/Andel/resources')).toBe(devBuild);
  });

  it('says how to fix a missing Electron build instead of failing on the ABI later', () => {
    let caught: unknown;
    try {
      resolveNativeBinding({ electron: '45.4.1' }, '/app', () => false, '/opt/Andel/resources');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AndelError);
    expect((caught as AndelError).code).toBe('FILE_ERROR');
    expect((caught as AndelError).message).toMatch(/Electron 45\.4\.1.*npm start/);
  });

  it('uses the same layout as scripts/ensure-electron-native.mjs', () => {
    expect(bindingFileName).toBe(scriptBindingFile);
    expect(electronBindingPath('/app', '45.4.1')).toBe(join(electronNativeDir('/app', '45.4.1'), scriptBindingFile));
  });
});

describe('findAppRoot', () => {
  const temp = createTempDir('andel-root-');
  const dir = temp.path;
  afterAll(() => temp.remove());

  it('finds the project from this source tree', () => {
    expect(findAppRoot()).toBe(root);
  });

  it('walks up from a bundle in out/main to the folder with package.json', () => {
    mkdirSync(join(dir, 'out', 'main', 'chunks'), { recursive: true });
    writeFileSync(join(dir, 'package.json'), '{}');
    expect(findAppRoot(join(dir, 'out', 'main', 'chunks'))).toBe(dir);
  });
});
