// Types for scripts/ensure-electron-native.mjs (a plain .mjs so `npm start` runs it without a build step).

export declare const electronNativeDirName: '.electron-native';
export declare const bindingFileName: 'better_sqlite3.node';
export declare const manifestFileName: 'build.json';

export interface ExpectedBuild {
  electron: string;
  betterSqlite3: string;
  platform: string;
  arch: string;
}

export interface BuiltBinary {
  path: string;
  method: string;
  cleanup?: () => void;
}

export interface RunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  log: (message: string) => void;
  /** Where the tool's output is appended; it is never printed. */
  logFile?: string;
}

export declare function toolLogPath(root: string): string;

export type RunNode = (script: string, args: string[], options: RunOptions) => boolean;

export declare function expectedBuild(root: string, platform?: string, arch?: string): ExpectedBuild;
export declare function electronNativeDir(root: string, electronVersion: string): string;
export declare function isBuildPresent(root: string, expected: ExpectedBuild): boolean;
export declare function findNodeGyp(root: string, env?: NodeJS.ProcessEnv): string | null;
export declare function buildInTempCopy(options: {
  root: string;
  expected: ExpectedBuild;
  log: (message: string) => void;
  run?: RunNode;
  env?: NodeJS.ProcessEnv;
  logFile?: string;
}): BuiltBinary;
export declare function ensureElectronNative(options: {
  root: string;
  force?: boolean;
  log?: (message: string) => void;
  build?: (options: { root: string; expected: ExpectedBuild; log: (message: string) => void }) => BuiltBinary;
  expected?: ExpectedBuild;
}): { status: 'present' | 'built'; path: string };
