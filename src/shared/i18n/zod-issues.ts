/**
 * A schema (zod) issue as a catalogue message: the kind of problem and its limits, so the field's
 * message reads in the user's language. The English text zod or the schema wrote stays the
 * issue's `message`; the key gives sv and nb their words.
 */
import type { MessageKey, MessageParams } from './translate';

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
}

const text = (value: unknown): string => (typeof value === 'bigint' || typeof value === 'number' || typeof value === 'string' ? String(value) : '');

export function schemaIssueMessage(found: SchemaIssueLike): { messageKey: MessageKey; params?: MessageParams } {
  const sized = found.origin === 'string' || found.origin === 'array' || found.origin === 'set';
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
    case 'invalid_string':
      return { messageKey: 'error.field.badFormat' };
    case 'not_multiple_of':
      return { messageKey: 'error.field.notWhole' };
    default: {
      // A refinement: the one refinement users meet everywhere is a date that does not exist.
      const date = /^"(.*)" is not a date that exists/u.exec(found.message);
      if (date) return { messageKey: 'error.field.notDate', params: { value: date[1]! } };
      return { messageKey: 'error.field.invalid' };
    }
  }
}
