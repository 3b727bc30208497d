/**
 * Everything a workspace document must satisfy before a single row is written: the schema (types,
 * enums, dates that exist, signs), the cross-record checks, and the engine's check of key and
 * scenario definitions. Reports every problem, not just the first.
 */
import { DOCUMENT_FORMAT, DOCUMENT_VERSION, workspaceDocumentSchema, type WorkspaceDocument } from '../../shared/document/workspace-document.schema';
import { AndelError, issue, ref, type ErrorIssue, type MessageParam } from '../../shared/errors';
import { schemaIssueMessage, schemaIssueText, type SchemaIssueLike } from '../../shared/i18n/zod-issues';
import { validateEngineDefinitions } from './engine-definitions';
import { formatIssuePath } from './issue-path';
import { checkReferences } from './reference-checks';

export type DocumentValidation = { ok: true; document: WorkspaceDocument } | { ok: false; issues: ErrorIssue[] };

/** A document that is not ours, or from a newer Andel, gets one clear message instead of hundreds of field errors. */
function checkHeader(input: unknown): ErrorIssue | null {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return issue('document', 'error.document.notObject');
  }
  const { format, formatVersion } = input as { format?: unknown; formatVersion?: unknown };
  if (format !== DOCUMENT_FORMAT) {
    return issue('format', 'error.document.notOurs', { format: DOCUMENT_FORMAT });
  }
  if (typeof formatVersion === 'number' && formatVersion > DOCUMENT_VERSION) {
    return issue('formatVersion', 'error.document.newer', { version: formatVersion, supported: DOCUMENT_VERSION });
  }
  return null;
}

export function validateDocument(input: unknown): DocumentValidation {
  const headerIssue = checkHeader(input);
  if (headerIssue) return { ok: false, issues: [headerIssue] };
  const parsed = workspaceDocumentSchema.safeParse(input);
  if (!parsed.success) {
    // The schema's English words stay the message; the kind of problem gives sv and nb theirs.
    const schemaIssues = parsed.error.issues.map((found): ErrorIssue => ({ path: formatIssuePath(found.path), message: schemaIssueText(found as SchemaIssueLike), ...schemaIssueMessage(found as SchemaIssueLike) }));
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
  // Read in the reader's language: the count, and the one problem when there is one (the CLI lists them all below).
  const first = result.issues[0]!;
  const detail: MessageParam = first.messageKey ? ref(first.messageKey, first.params) : first.message;
  const localized = result.issues.length === 1
    ? ref('error.document.refused_one', { first: ref('error.document.line', { path: first.path, detail }) })
    : ref('error.document.refused_other', { count: result.issues.length });
  // The English message (logs, scripts) lists the first problems, as it always has.
  const english = `The workspace document has ${count}; nothing was written.\n  ${shown.join('\n  ')}${more > 0 ? `\n  … and ${more} more` : ''}`;
  throw AndelError.withEnglish('INVALID_INPUT', localized, english, result.issues);
}
