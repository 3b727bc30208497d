/**
 * Errors that cross layers carry a stable code (for scripts and tests) and a human message
 * that says what is wrong and where. Raw exceptions never reach the renderer or the CLI user.
 *
 * The message is chosen in the reader's language at the edge: an error carries a message key and
 * its parameters (from the one catalogue in shared/i18n), and `message` keeps the English text
 * for logs, scripts and older callers. `localizeError` gives the same error in sv, nb or en.
 */
import type { enumMessages } from './i18n/messages';
import { isMessageKey, ref, translate, type MessageKey, type MessageLanguage, type MessageParam, type MessageParams, type MessageRef } from './i18n/translate';

export const errorCodes = [
  'INVALID_INPUT', // a field of an API call, a document or an import is not acceptable
  'UNKNOWN_CHANNEL', // an API call names no declared channel
  'NOT_FOUND', // the thing referred to does not exist in the open workspace
  'CONFLICT', // the change contradicts what is stored (duplicate, forbidden transition, immutable record)
  'NO_WORKSPACE', // no workspace is open
  'NOT_A_WORKSPACE', // the file is not an Andel workspace (not SQLite, or a foreign SQLite file)
  'NEWER_VERSION', // the workspace was written by a newer Andel
  'FILE_ERROR', // the file cannot be read or written (missing, read-only, disk full, locked)
  'UNAUTHENTICATED', // the Andel server: no signed-in session (sign in first)
  'FORBIDDEN', // the Andel server: the user's role may not use this channel or see this row
  'INTERNAL', // a bug: the message says so and the details are logged
] as const;

/*
 * Text people read comes from the catalogue (shared/i18n). English-only messages are left only on
 * INTERNAL errors that no user action can cause (programming errors; the reader sees the catalogue's
 * `error.code.INTERNAL` / `error.api.internal` words and the English goes to the log):
 * - main/services/import/import.service.ts: a planned row without a year or figure;
 * - main/workspace/workspace-files.ts: a workspace written but not open afterwards;
 * - main/workspace/demo-workspace.ts: the shipped demo document cannot be read;
 * - main/cli/commands/decisions.command.ts: reading a register that was just opened fails;
 * - shared/governance/agreement-terms.ts: asking a non-renewing agreement for a renewal period.
 * Also plain `Error`s that never reach a person: electron/policy/invoke-handler.ts refuses a foreign
 * frame (its caller is not Andel's renderer).
 */

export type ErrorCode = (typeof errorCodes)[number];

/** A message key with its parameters, for text translated where it is read. */
export interface Localized {
  messageKey?: MessageKey;
  params?: MessageParams;
}

export interface ErrorIssue extends Localized {
  /** Where: a dotted path such as `members[3].population` or `row 12, column "Folkmängd"`. */
  path: string;
  message: string;
  /** The path in words for people (`row 12, column "Folkmängd"`), when it differs from `path`. */
  where?: MessageRef;
}

export interface ApiError extends Localized {
  code: ErrorCode;
  message: string;
  issues?: ErrorIssue[];
}

export class AndelError extends Error {
  readonly code: ErrorCode;
  readonly issues: ErrorIssue[] | undefined;

  readonly messageKey: MessageKey | undefined;
  readonly params: MessageParams | undefined;

  /** `message` is English text (not translated yet) or a catalogue reference, translated where it is read. */
  constructor(code: ErrorCode, message: string | MessageRef, issues?: ErrorIssue[]) {
    super(typeof message === 'string' ? message : translate('en', message.messageKey, message.params));
    this.name = 'AndelError';
    this.code = code;
    this.issues = issues;
    this.messageKey = typeof message === 'string' ? undefined : message.messageKey;
    this.params = typeof message === 'string' ? undefined : message.params;
  }

  /**
   * The same error with an English message of its own for logs and scripts (every problem listed,
   * a schema's own words), while readers of sv and nb get the catalogue message.
   */
  static withEnglish(code: ErrorCode, message: MessageRef, english: string, issues?: ErrorIssue[]): AndelError {
    const error = new AndelError(code, message, issues);
    error.message = english;
    return error;
  }

  toApiError(): ApiError {
    const error: ApiError = { code: this.code, message: this.message };
    if (this.messageKey) error.messageKey = this.messageKey;
    if (this.params) error.params = this.params;
    if (this.issues) error.issues = this.issues;
    return error;
  }
}

/** One issue of an error, in the catalogue's words: `message` is the English text. */
export function issue(path: string, messageKey: MessageKey, params?: MessageParams, where?: MessageRef): ErrorIssue {
  const found: ErrorIssue = { path, message: translate('en', messageKey, params), messageKey };
  if (params) found.params = params;
  if (where) found.where = where;
  return found;
}

/** INVALID_INPUT on one field, in the catalogue's words: "path: message", message and issue translatable. */
export function invalidField(path: string, messageKey: MessageKey, params?: MessageParams): AndelError {
  return fieldError('INVALID_INPUT', path, messageKey, params);
}

/** An error with any code on one field (`--cooperation`, `year`), in the catalogue's words: "path: message". */
export function fieldError(code: ErrorCode, path: string, messageKey: MessageKey, params?: MessageParams): AndelError {
  return new AndelError(code, ref('error.issueAt', { path, detail: ref(messageKey, params) }), [issue(path, messageKey, params)]);
}

/**
 * INVALID_INPUT for a list of issues (a definition the engine refuses, options a schema refuses):
 * the message is the first issue ("path: message"), translatable when that issue is; `fallback`
 * when there is none. The English message is the issue's own English text (a schema's words).
 */
export function refusedIssues(issues: ErrorIssue[], fallback: MessageKey): AndelError {
  const first = issues[0];
  if (!first) return new AndelError('INVALID_INPUT', ref(fallback), issues);
  if (!first.messageKey) return new AndelError('INVALID_INPUT', `${first.path}: ${first.message}`, issues);
  return AndelError.withEnglish('INVALID_INPUT', ref('error.issueAt', { path: first.path, detail: ref(first.messageKey, first.params) }), `${first.path}: ${first.message}`, issues);
}

export type EntityName = keyof (typeof enumMessages)['entity'];

/** The word for a kind of record (`'agenda item'` or `'agenda_item'`) in the reader's language; an unknown one as given. */
export function entityWord(what: EntityName | (string & {})): MessageParam {
  const key = `enum.entity.${what.replaceAll(' ', '_')}`;
  return isMessageKey(key) ? ref(key) : what;
}

/** A thing the workspace does not hold, e.g. `notFoundError('meeting', 4)`: "There is no meeting with id 4." */
export const notFoundError = (what: EntityName | (string & {}), id: number | string): AndelError =>
  new AndelError('NOT_FOUND', ref('error.notFound', { what: entityWord(what), id }));

/** INVALID_INPUT on a field that names a record the workspace does not hold: "personId: there is no person with id 7". */
export const unknownReference = (path: string, what: EntityName | (string & {}), id: number | string): AndelError =>
  invalidField(path, 'error.notFoundField', { what: entityWord(what), id });

/** Where an issue is, for people: the translated place (`rad 12, kolumn ”Folkmängd”`) or the path. */
export function issuePlace(found: ErrorIssue, lang: MessageLanguage): string {
  return found.where ? translate(lang, found.where.messageKey, found.where.params) : found.path;
}

function localizeIssue(found: ErrorIssue, lang: MessageLanguage): ErrorIssue {
  return found.messageKey ? { ...found, message: translate(lang, found.messageKey, found.params) } : found;
}

/**
 * The error as its reader should see it: message and issues in `lang` where the error carries
 * keys; text without a key (not converted yet, or from an older build) stays as it came. Paths
 * stay as they are (forms place issues by them); `issuePlace` gives the place in words.
 */
export function localizeError(error: ApiError, lang: MessageLanguage): ApiError {
  // `message` is the English text already, and may say more than the key (a schema's own words).
  if (lang === 'en') return error;
  const message = error.messageKey ? translate(lang, error.messageKey, error.params) : error.message;
  const localized: ApiError = { ...error, message };
  if (error.issues) localized.issues = error.issues.map((found) => localizeIssue(found, lang));
  return localized;
}

export type { MessageKey, MessageLanguage, MessageParam, MessageParams, MessageRef };
export { enumParam, ref } from './i18n/translate';
