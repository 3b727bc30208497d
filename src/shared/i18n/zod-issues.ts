/**
 * A schema (zod) issue as a catalogue message: the kind of problem and its limits, so the field's
 * message reads in the user's language. The English text zod or the schema wrote stays the
 * issue's `message`; the key gives sv and nb their words.
 */
import type { fieldMessages } from './messages.fields';
import { isMessageKey, translate, type MessageKey, type MessageParams, type MessageRef } from './translate';

/** The parts of a zod issue this needs; structural so it works for any zod version's issue objects. */
export interface SchemaIssueLike {
  readonly code: string;
  readonly message: string;
  readonly input?: unknown;
  readonly expected?: unknown;
  readonly origin?: unknown;
  readonly format?: unknown;
  readonly minimum?: unknown;
  readonly maximum?: unknown;
  readonly values?: readonly unknown[];
  readonly keys?: readonly string[];
  /** A refinement's own catalogue message (`keyedRefine`), as zod keeps a custom issue's params. */
  readonly params?: unknown;
  /** The source of a `.regex` pattern (zod's invalid_format issues). */
  readonly pattern?: unknown;
  /** What was wrong with a record's key (zod's invalid_key issues). */
  readonly issues?: readonly SchemaIssueLike[];
}

/**
 * A refinement's words from the catalogue: `.refine(check, { ...keyedRefine('error.field.…'), path })`
 * or `ctx.addIssue({ code: 'custom', ...keyedRefine(…) })`. English stays the issue's message; the
 * key (in the issue's params) gives sv and nb the same specific words.
 */
export function keyedRefine(messageKey: MessageKey, params?: MessageParams): { message: string; params: MessageRef } {
  return { message: translate('en', messageKey, params), params: params ? { messageKey, params } : { messageKey } };
}

/**
 * `keyedRefine` for schemas the catalogue's own types are built from (the workspace document's):
 * only this file's keys (messages.fields.ts), so their types do not refer back to the catalogue.
 */
export function fieldRefine(messageKey: keyof typeof fieldMessages): { message: string; params: { messageKey: string } } {
  return { message: translate('en', messageKey), params: { messageKey } };
}

/** The catalogue message of each keyed pattern, by its source (`/^\d{4}$/`), as zod names it in an issue. */
const patternKeys = new Map<string, MessageKey>();

/**
 * A `.regex` pattern whose failure reads as `messageKey` in every language:
 * `z.string().regex(keyedPattern(/^\d{4}$/, 'error.field.pattern.year'), english)`. One pattern, one message.
 */
export function keyedPattern(pattern: RegExp, messageKey: MessageKey): RegExp {
  patternKeys.set(String(pattern), messageKey);
  return pattern;
}

/** The catalogue message of each keyed built-in check, by the English words the check carries. */
const checkKeys = new Map<string, { messageKey: MessageKey; params?: MessageParams }>();

/**
 * A built-in check's (`.min`, `.max`, `.int`) own words from the catalogue, as the check's message:
 * `z.string().min(1, keyedCheck('error.field.notEmpty'))`. English is the issue's message; sv and nb
 * read the key's words, not the general ones for the check's kind ("är för kort (minst 1)").
 * Only this file's keys (messages.fields.ts), so the workspace document's schema may use it too.
 */
export function keyedCheck(messageKey: keyof typeof fieldMessages, params?: Readonly<Record<string, string | number>>): string {
  const message = translate('en', messageKey, params);
  checkKeys.set(message, params ? { messageKey, params } : { messageKey });
  return message;
}

function refineKey(params: unknown): { messageKey: MessageKey; params?: MessageParams } | undefined {
  if (typeof params !== 'object' || params === null) return undefined;
  const { messageKey, params: inner } = params as { messageKey?: unknown; params?: MessageParams };
  if (!isMessageKey(messageKey)) return undefined;
  return inner ? { messageKey, params: inner } : { messageKey };
}

const text = (value: unknown): string => (typeof value === 'bigint' || typeof value === 'number' || typeof value === 'string' ? String(value) : '');

/** An issue's English words: a record key's issue says what the key failed, not zod's "Invalid key in record". */
export function schemaIssueText(found: SchemaIssueLike): string {
  const inner = found.code === 'invalid_key' ? found.issues?.[0] : undefined;
  return inner ? schemaIssueText(inner) : found.message;
}

export function schemaIssueMessage(found: SchemaIssueLike): { messageKey: MessageKey; params?: MessageParams } {
  const sized = found.origin === 'string' || found.origin === 'array' || found.origin === 'set';
  const checked = checkKeys.get(found.message);
  if (checked) return checked;
  switch (found.code) {
    case 'invalid_type':
      if (found.input === undefined && /received undefined$/u.test(found.message)) return { messageKey: 'error.field.required' };
      if (found.expected === 'int') return { messageKey: 'error.field.notWhole' };
      return { messageKey: 'error.field.wrongType', params: { expected: text(found.expected) } };
    case 'too_small':
      return sized ? { messageKey: 'error.field.tooShort', params: { minimum: text(found.minimum) } } : { messageKey: 'error.field.tooSmall', params: { minimum: text(found.minimum) } };
    case 'too_big':
      return sized ? { messageKey: 'error.field.tooLong', params: { maximum: text(found.maximum) } } : { messageKey: 'error.field.tooLarge', params: { maximum: text(found.maximum) } };
    case 'invalid_value':
    case 'invalid_enum_value':
      return { messageKey: 'error.field.notOneOf', params: { options: (found.values ?? []).map(text).join(', ') } };
    case 'unrecognized_keys':
      return { messageKey: 'error.field.unknownField', params: { keys: (found.keys ?? []).join(', ') } };
    case 'invalid_format':
    case 'invalid_string': {
      const keyed = typeof found.pattern === 'string' ? patternKeys.get(found.pattern) : undefined;
      return { messageKey: keyed ?? 'error.field.badFormat' };
    }
    case 'invalid_key': {
      // A record's key (a parameter's name): the words of what the key failed.
      const inner = found.issues?.[0];
      return inner ? schemaIssueMessage(inner) : { messageKey: 'error.field.invalid' };
    }
    case 'not_multiple_of':
      return { messageKey: 'error.field.notWhole' };
    default: {
      const keyed = refineKey(found.params);
      if (keyed) return keyed;
      // A refinement: the one refinement users meet everywhere is a date that does not exist.
      const date = /^"(.*)" is not a date that exists/u.exec(found.message);
      if (date) return { messageKey: 'error.field.notDate', params: { value: date[1]! } };
      return { messageKey: 'error.field.invalid' };
    }
  }
}
