import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { findAppRoot } from '../native/native-binding';

// The project (or installed package) folder: found from src/main/cli and from the build in out/cli alike.
const root = findAppRoot();

/** The demo workspace shipped with Andel (all five reference consortia). */
export const demoDocumentPath = join(root, 'resources/demo/demo-workspace.json');
/** Stand-in while the demo document is being written: the rich test fixture. */
export const fallbackDocumentPath = join(root, 'tests/fixtures/rich-workspace.json');

export function findDemoDocument(): { path: string; isFallback: boolean } {
  return existsSync(demoDocumentPath) ? { path: demoDocumentPath, isFallback: false } : { path: fallbackDocumentPath, isFallback: true };
}
