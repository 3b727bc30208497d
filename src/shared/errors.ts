/**
 * Errors that cross layers carry a stable code (for scripts and tests) and a human message
 * that says what is wrong and where. Raw exceptions never reach the renderer or the CLI user.
 */
export const errorCodes = [
  'INVALID_INPUT', // a field of an API call, a document or an import is not acceptable
  'UNKNOWN_CHANNEL', // an API call names no declared channel
  'NOT_FOUND', // the thing referred to does not exist in the open workspace
  'CONFLICT', // the change contradicts what is stored (duplicate, forbidden transition, immutable record)
  'NO_WORKSPACE', // no workspace is open
  'NOT_A_WORKSPACE', // the file is not an Andel workspace (not SQLite, or a foreign SQLite file)
  'NEWER_VERSION', // the workspace was written by a newer Andel
  'FILE_ERROR', // the file cannot be read or written (missing, read-only, disk full, locked)
  'INTERNAL', // a bug: the message says so and the details are logged
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export interface ErrorIssue {
  /** Where: a dotted path such as `members[3].population` or `row 12, column "Folkmängd"`. */
  path: string;
  message: string;
}

export interface ApiError {
  code: ErrorCode;
  message: string;
  issues?: ErrorIssue[];
}

export class AndelError extends Error {
  readonly code: ErrorCode;
  readonly issues: ErrorIssue[] | undefined;

  constructor(code: ErrorCode, message: string, issues?: ErrorIssue[]) {
    super(message);
    this.name = 'AndelError';
    this.code = code;
    this.issues = issues;
  }

  toApiError(): ApiError {
    return this.issues ? { code: this.code, message: this.message, issues: this.issues } : { code: this.code, message: this.message };
  }
}

export const invalidInput = (path: string, message: string): AndelError =>
  new AndelError('INVALID_INPUT', `${path}: ${message}`, [{ path, message }]);
