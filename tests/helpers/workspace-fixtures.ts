import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { WorkspaceDocument } from '../../src/shared/document/workspace-document.schema';

export const richFixturePath = fileURLToPath(new URL('../fixtures/rich-workspace.json', import.meta.url));
export const demoDocumentPath = fileURLToPath(new URL('../../resources/demo/demo-workspace.json', import.meta.url));
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** A fresh (deep) copy each call, so a test may change it freely. */
export function loadRichFixture(): WorkspaceDocument {
  return JSON.parse(readFileSync(richFixturePath, 'utf8')) as WorkspaceDocument;
}

export function loadDemoDocument(): WorkspaceDocument | null {
  return existsSync(demoDocumentPath) ? (JSON.parse(readFileSync(demoDocumentPath, 'utf8')) as WorkspaceDocument) : null;
}

/** A fixed clock for deterministic created_at / audit timestamps. */
export const fixedClock = (): Date => new Date('2026-11-21T12:00:00.000Z');
