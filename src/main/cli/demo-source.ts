import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The demo workspace shipped with Andel (all five reference consortia). */
export const demoDocumentPath = fileURLToPath(new URL('../../../resources/demo/demo-workspace.json', import.meta.url));
/** Stand-in while the demo document is being written: the rich test fixture. */
export const fallbackDocumentPath = fileURLToPath(new URL('../../../tests/fixtures/rich-workspace.json', import.meta.url));

export function findDemoDocument(): { path: string; isFallback: boolean } {
  return existsSync(demoDocumentPath) ? { path: demoDocumentPath, isFallback: false } : { path: fallbackDocumentPath, isFallback: true };
}
