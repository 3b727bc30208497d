/**
 * The one place where text for people is chosen in their language: a message key and its
 * parameters in, a sentence in Swedish, Norwegian Bokmål or English out. Runs anywhere (renderer,
 * main's dialogs, the CLI, exports): no i18next, no Intl needed for the words themselves.
 */
import { intlLocale, languages, type Language } from '../domain/languages';
import { messages, type MessageKey } from './messages';

export const messageLanguages = languages;
export type MessageLanguage = Language;

export type { MessageKey };

/**
 * A parameter is a value shown as given (a name, a figure already formatted, a path), a
 * reference to another message, translated in the same language (an enum value, a status), or a
 * list of those, shown separated by commas. In a template, `{{status|lower}}` shows it in lower case,
 * `{{what|cap}}` with a capital first letter, and `{{at|time}}` an ISO timestamp as the reader's
 * local date and time in the language's format (as given when it is not a timestamp).
 */
export type MessageParam = string | number | MessageRef | readonly MessageParam[];
export type MessageParams = Readonly<Record<string, MessageParam>>;

export interface MessageRef {
  readonly messageKey: MessageKey;
  readonly params?: MessageParams;
}

export function isMessageLanguage(value: unknown): value is MessageLanguage {
  return typeof value === 'string' && (messageLanguages as readonly string[]).includes(value);
}

export function isMessageKey(value: unknown): value is MessageKey {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(messages, value);
}

/**
 * The language for a locale such as `sv_SE.UTF-8`, `sv-SE`, `nb-NO`, `nn` or `no` (Norwegian
 * readers get Bokmål); English for anything else.
 */
export function languageOfLocale(locale: string | undefined): MessageLanguage {
  const base = /^[a-z]+/u.exec((locale ?? '').toLowerCase())?.[0] ?? '';
  if (base === 'sv') return 'sv';
  if (base === 'nb' || base === 'nn' || base === 'no') return 'nb';
  return 'en';
}

/** A reference to a message; `ref('enum.decisionStatus.adopted')` as a parameter shows the word in the reader's language. */
export const ref = (messageKey: MessageKey, params?: MessageParams): MessageRef => (params ? { messageKey, params } : { messageKey });

const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_]+)(?:\|(lower|cap|time))?\s*\}\}/gu;

/** An ISO timestamp in this process's time zone, in the language's short date and time format. */
function localTime(text: string, lang: MessageLanguage): string {
  const at = new Date(text);
  if (!/^\d{4}-\d{2}-\d{2}T/u.test(text) || Number.isNaN(at.getTime())) return text;
  return new Intl.DateTimeFormat(intlLocale(lang), { dateStyle: 'short', timeStyle: 'short' }).format(at);
}

function filtered(text: string, filter: string | undefined, lang: MessageLanguage): string {
  if (filter === 'lower') return text.toLocaleLowerCase(lang);
  if (filter === 'cap') return text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);
  if (filter === 'time') return localTime(text, lang);
  return text;
}

function paramText(value: MessageParam | undefined, lang: MessageLanguage, depth: number): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map((item: MessageParam) => paramText(item, lang, depth) ?? '').join(', ');
  // Parameters arrive over IPC and from files: a malformed one shows as nothing rather than throwing.
  if (typeof value === 'object' && value !== null && depth < 4) return translate(lang, (value as MessageRef).messageKey, (value as MessageRef).params, depth + 1);
  return undefined;
}

/**
 * The message in `lang` with its `{{name}}` placeholders filled. An unknown key (an older or newer
 * build on the other side) comes back as the key itself so the problem is visible, never a crash.
 */
export function translate(lang: MessageLanguage, key: MessageKey | string, params: MessageParams = {}, depth = 0): string {
  if (!isMessageKey(key)) return key;
  const template = messages[key][lang];
  return template.replace(PLACEHOLDER, (whole, name: string, filter: string | undefined) => {
    const text = paramText(params[name], lang, depth);
    if (text === undefined) return whole;
    return filtered(text, filter, lang);
  });
}

/** The placeholders a template names, for checks that every language asks for the same ones. */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]!))].sort();
}

/** A stored value as a parameter: its word in the reader's language where the catalogue has one (`enum.<group>.<value>`), else the value as stored. */
export function enumParam(group: string, value: string): MessageParam {
  const key = `enum.${group}.${value}`;
  return isMessageKey(key) ? ref(key) : value;
}

/** The enum word for a stored value, e.g. `enumWord('sv', 'organisationKind', 'municipality')` → "Kommun"; an unknown value is shown as stored. */
export function enumWord(lang: MessageLanguage, group: string, value: string): string {
  const key = `enum.${group}.${value}`;
  return isMessageKey(key) ? translate(lang, key) : value;
}
