import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AndelError } from '../../shared/errors';

/**
 * better-sqlite3 is a native addon, and Electron's ABI differs from Node's. node_modules keeps
 * the Node build (tests, CLI); scripts/ensure-electron-native.mjs (run by `npm start`) puts an
 * Electron build in .electron-native/<electron-version>/. This module picks the right one, to be
 * passed as better-sqlite3's `nativeBinding` option. Keep the layout in step with that script.
 */
export const electronNativeDirName = '.electron-native';
export const bindingFileName = 'better_sqlite3.node';

export function electronBindingPath(root: string, electronVersion: string): string {
  return join(root, electronNativeDirName, electronVersion, bindingFileName);
}

/**
 * The project root: the nearest folder above this module that holds package.json. Works from
 * src/main/native (tests, tsx) and from the bundle in out/main (electron-vite).
 */
export function findAppRoot(startDir: string = dirname(fileURLToPath(import.meta.url)), exists: (path: string) => boolean = existsSync): string {
  let dir = startDir;
  for (;;) {
    if (exists(join(dir, 'package.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
}

/**
 * Where an installed app carries the Electron build: outside the asar archive, in
 * <resources>/native/ (electron-builder.config.mjs puts it there).
 */
export function packagedBindingPath(resourcesPath: string): string {
  return join(resourcesPath, 'native', bindingFileName);
}

/**
 * `undefined` under Node (better-sqlite3 then finds its own build in node_modules); under
 * Electron the path of the Electron build: the installed app's copy when there is one, else the
 * project's .electron-native build. A missing Electron build is reported with the fix, instead of
 * better-sqlite3's NODE_MODULE_VERSION error.
 */
export function resolveNativeBinding(
  versions: { readonly [name: string]: string | undefined; readonly electron?: string | undefined } = process.versions,
  root?: string,
  exists: (path: string) => boolean = existsSync,
  resourcesPath: string | undefined = (process as { resourcesPath?: string }).resourcesPath,
): string | undefined {
  const electronVersion = versions.electron;
  if (!electronVersion) return undefined;
  if (resourcesPath && exists(packagedBindingPath(resourcesPath))) return packagedBindingPath(resourcesPath);
  const path = electronBindingPath(root ?? findAppRoot(), electronVersion);
  if (!exists(path)) {
    throw new AndelError(
      'FILE_ERROR',
      `The database engine for Electron ${electronVersion} is missing (${path}). Run "npm start", or "node scripts/ensure-electron-native.mjs", to build it.`,
    );
  }
  return path;
}
