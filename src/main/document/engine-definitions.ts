import type { WorkspaceDocument } from '../../shared/document/workspace-document.schema';
import type { ErrorIssue } from '../../shared/errors';

/**
 * The one place where the engine checks the key and scenario `definition` fields of a document
 * (paths like `distributionKeys[2].definition.components[0].share`).
 *
 * For now definitions are stored as opaque canonical JSON and nothing is checked here: the
 * engine's schemas (src/shared/calc) are wired in by the lead once they are final, so that import,
 * the CLI and the app all refuse the same definitions.
 */
export function validateEngineDefinitions(doc: WorkspaceDocument): ErrorIssue[] {
  void doc;
  return [];
}
