// Types for scripts/prestart.mjs (a plain .mjs so `npm start` runs it without a build step).

export declare function minimumFromRange(range: unknown): [number, number, number] | null;
export declare function versionAtLeast(version: string, minimum: readonly number[]): boolean;
export declare function checkNodeForElectron(root: string, nodeVersion?: string): string;
export declare function installedElectronPath(root: string): string | null;
export declare function ensureElectronBinary(options: {
  root: string;
  log?: (message: string) => void;
  env?: NodeJS.ProcessEnv;
  logFile?: string;
}): string;
export declare function prestart(options: { root: string; log?: (message: string) => void; env?: NodeJS.ProcessEnv; nodeVersion?: string }): void;
