/**
 * Everything a workspace document must satisfy before a single row is written: the schema (types,
 * enums, dates that exist, signs), the cross-record checks, and the engine's check of key and
 * scenario definitions. Reports every problem, not just the first.
 */
import { DOCUMENT_FORMAT, DOCUMENT_VERSION, workspaceDocumentSchema, type WorkspaceDocument } from '../../shared/document/workspace-document.schema';
import { AndelError, type ErrorIssue } from '../../shared/errors';
import { validateEngineDefinitions } from './engine-definitions';
import { formatIssuePath } from './issue-path';
import { checkReferences } from './reference-checks';

export type DocumentValidation = { ok: true; document: WorkspaceDocument } | { ok: false; issues: ErrorIssue[] };

/** A document that is not ours, or from a newer Andel, gets one clear message instead of hundreds of field errors. */
function checkHeader(input: unknown): ErrorIssue | null {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { path: 'document', message: 'expected a JSON object (an Andel workspace document)' };
  }
  const { format, formatVersion } = input as { format?: unknown; formatVersion?: unknown };
  if (format !== DOCUMENT_FORMAT) {
    return { path: 'format', message: `expected "${DOCUMENT_FORMAT}": this is not an Andel workspace document` };
  }
  if (typeof formatVersion === 'number' && formatVersion > DOCUMENT_VERSION) {
    return {
      path: 'formatVersion',
      message: `the document was written by a newer Andel (format version ${formatVersion}); this Andel reads version ${DOCUMENT_VERSION}`,
    };
  }
  return null;
}

export function validateDocument(input: unknown): DocumentValidation {
  const headerIssue = checkHeader(input);
  if (headerIssue) return { ok: false, issues: [headerIssue] };
  const parsed = workspaceDocumentSchema.safeParse(input);
  if (!parsed.success) {
    const schemaIssues = parsed.error.issues.map((issue) => ({ path: formatIssuePath(issue.path), message: issue.message }));
    // Cross-record checks still run on what is there, so one attempt reports every problem.
    const referenceIssues = input !== null && typeof input === 'object' ? checkReferences(input as Record<string, unknown>) : [];
    return { ok: false, issues: [...schemaIssues, ...referenceIssues] };
  }
  const issues = [...checkReferences(parsed.data), ...validateEngineDefinitions(parsed.data)];
  return issues.length > 0 ? { ok: false, issues } : { ok: true, document: parsed.data };
}

const SHOWN_IN_MESSAGE = 5;

/** Validates or throws INVALID_INPUT listing the problems (all of them in `issues`). */
export function assertValidDocument(input: unknown): WorkspaceDocument {
  const result = validateDocument(input);
  if (result.ok) return result.document;
  const shown = result.issues.slice(0, SHOWN_IN_MESSAGE).map((issue) => `${issue.path}: ${issue.message}`);
  const more = result.issues.length - shown.length;
  const count = result.issues.length === 1 ? '1 problem' : `${result.issues.length} problems`;
  throw new AndelError(
    'INVALID_INPUT',
    `The workspace document has ${count}; nothing was written.\n  ${shown.join('\n  ')}${more > 0 ? `\n  … and ${more} more` : ''}`,
    result.issues,
  );
}
