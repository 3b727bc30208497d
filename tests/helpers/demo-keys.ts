/** The demo's key, scenario and facts files (resources/demo/keys), read fresh on each call. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const demoDir = resolve(__dirname, '../../resources/demo/keys');

/** A file of resources/demo/keys, parsed; `T` only names what the caller expects (nothing is checked). */
export function demo<T = unknown>(name: string): T {
  return JSON.parse(readFileSync(resolve(demoDir, name), 'utf8')) as T;
}
