/**
 * The engine's verdict on a key, placed at the builder's fields and put in the user's language.
 * Nothing is checked here: the key goes through the engine's own zod schema (key.schema.ts) and
 * its cross-field rules (validateKey: bands, shares, references), exactly as a scenario would; this
 * module only finds the field an issue path names and the words for the issue. The engine's
 * refusals carry their catalogue key (shared/i18n/messages.engine.ts, where they are translated);
 * the schema's issues get the builder's words under `keyBuilder.errors` in the i18n files.
 */
import type { z } from 'zod';
import { keySchema, validateKey } from '../../../../../shared/calc';
import { formatPath } from '../../../../../shared/calc/parse';
import { AndelError, type ErrorIssue } from '../../../../../shared/errors';
import { translate, type MessageLanguage, type MessageRef } from '../../../../../shared/i18n/translate';
import { toKey, type ComponentForm, type KeyForm } from './key-form';

/**
 * The words for an issue: a schema issue's i18n key under `keyBuilder.errors` with its values, or
 * the catalogue message (shared/i18n) the engine's error carries; the raw text when it has neither.
 */
export interface IssueText {
  key: string | null;
  values: Record<string, string | number>;
  /** The engine's message by its catalogue key and parameters, translated where it is shown. */
  message?: MessageRef;
  /** The engine's (English) message, shown only when the issue has no words of its own. */
  raw: string;
}

export interface KeyIssue {
  /** The key path the engine named, e.g. `components[2].bands[3].from`. */
  path: string;
  text: IssueText;
}

type ZodIssue = z.core.$ZodIssue;

function zodText(issue: ZodIssue): IssueText {
  const raw = issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return { key: issue.expected === 'number' ? 'wholeNumber' : 'required', values: {}, raw };
    case 'too_small':
      if (issue.origin === 'array' || issue.origin === 'set') return { key: 'atLeastOne', values: {}, raw };
      if (issue.origin === 'string') return { key: 'required', values: {}, raw };
      return { key: 'atLeast', values: { min: Number(issue.minimum) }, raw };
    case 'too_big':
      return { key: 'atMost', values: { max: Number(issue.maximum) }, raw };
    case 'invalid_format': {
      const pattern = 'pattern' in issue && typeof issue.pattern === 'string' ? issue.pattern : '';
      if (pattern.includes('\\d{4}-')) return { key: 'date', values: {}, raw };
      if (pattern.includes('\\d{2}-\\d{2}')) return { key: 'monthDay', values: {}, raw };
      if (pattern.includes('A-Za-z0-9')) return { key: 'id', values: {}, raw };
      return { key: 'decimal', values: {}, raw };
    }
    case 'invalid_union':
      return { key: 'decimal', values: {}, raw };
    case 'invalid_value':
      return { key: 'choose', values: {}, raw };
    case 'invalid_key':
      return { key: 'id', values: {}, raw };
    case 'unrecognized_keys':
      return { key: 'unknownField', values: { fields: issue.keys.join(', ') }, raw };
    default:
      return { key: null, values: {}, raw };
  }
}

/** An issue as the engine or the API gives it: its English text and, where it has one, its catalogue key. */
type IssueLike = Pick<ErrorIssue, 'message' | 'messageKey' | 'params'>;

/** The issues of an engine error; an error without a list, as one issue at no path. */
export function issuesOfError(error: AndelError): ErrorIssue[] {
  if (error.issues) return error.issues;
  const whole: ErrorIssue = { path: '', message: error.message };
  if (error.messageKey) whole.messageKey = error.messageKey;
  if (error.params) whole.params = error.params;
  return [whole];
}

/** Words for one of the engine's (or the API's) issues: the catalogue message it carries, else its own text. */
export function engineText(found: IssueLike): IssueText {
  const text: IssueText = { key: null, values: {}, raw: found.message };
  if (found.messageKey) text.message = found.params ? { messageKey: found.messageKey, params: found.params } : { messageKey: found.messageKey };
  return text;
}

/** A catalogue message as a field's sentence: "andelarna blir 90 %, inte 100 %" → "Andelarna blir 90 %, inte 100 %.". */
export function catalogueSentence(message: MessageRef, language: MessageLanguage): string {
  const text = translate(language, message.messageKey, message.params);
  const capital = text.charAt(0).toLocaleUpperCase(language) + text.slice(1);
  return /[.!?]$/u.test(capital) ? capital : `${capital}.`;
}

/**
 * Every issue the engine finds in the form's key: the schema's (all at once), or, when the shape
 * holds, the first cross-field rule broken (the engine stops there, as it does for a scenario).
 */
export function checkKey(form: KeyForm, currency: string): KeyIssue[] {
  return checkDefinition(toKey(form), currency);
}

/** The same check for a definition as it stands, e.g. a key file before it is read into the form. */
export function checkDefinition(data: unknown, currency: string): KeyIssue[] {
  const parsed = keySchema.safeParse(data);
  if (!parsed.success) return parsed.error.issues.map((issue) => ({ path: formatPath('', issue.path), text: zodText(issue) }));
  try {
    validateKey(data, currency);
    return [];
  } catch (error) {
    if (error instanceof AndelError) return issuesOfError(error).map((issue) => ({ path: issue.path, text: engineText(issue) }));
    throw error;
  }
}

/** The API's issues for a save (`definition.components[0].share`) as the builder's issues. */
export function issuesOfApi(issues: readonly ErrorIssue[]): KeyIssue[] {
  return issues.map((issue) => ({ path: issue.path.replace(/^definition\.?/u, ''), text: engineText(issue) }));
}

function metricFields(p: string): string[] {
  return [`${p}`, `${p}.yearOffset`, `${p}.asOf`];
}

function feeFields(p: string, c: ComponentForm, type: string): string[] {
  const out = [`${p}.recurrence`, `${p}.appliesTo.categories`, `${p}.appliesTo.members`, `${p}.appliesTo.membership`, `${p}.proRata.join`, `${p}.proRata.leave`];
  out.push(`${p}.rounding.unit`, `${p}.rounding.mode`, `${p}.min`, `${p}.max`);
  if (type === 'banded' || type === 'per-unit') {
    out.push(...metricFields(`${p}.metric`), `${p}.edge`, `${p}.bands`, `${p}.bandMode`);
    c.fee.bands.forEach((_, j) => out.push(`${p}.bands[${j}].from`, `${p}.bands[${j}].to`, `${p}.bands[${j}].amount`, `${p}.bands[${j}].rate`));
  }
  if (type === 'per-unit') {
    out.push(`${p}.rate`);
    c.fee.rateFrom.forEach((_, j) => out.push(`${p}.rateFrom[${j}].fromYear`, `${p}.rateFrom[${j}].rate`));
  }
  if (type === 'category') {
    out.push(`${p}.amounts`);
    c.fee.amounts.forEach((a) => out.push(`${p}.amounts.${a.category.trim()}`));
  }
  if (type === 'fixed') out.push(`${p}.amount`);
  return out;
}

/** The id of every field the builder shows for the form: the key path it edits. */
export function fieldIds(form: KeyForm): string[] {
  const out = ['id', 'name', 'family', 'rounding.unit', 'rounding.mode', 'proRata.join', 'proRata.leave', 'components', 'subsidies', 'parameters'];
  form.parameters.forEach((p) => out.push(`parameters.${p.name.trim()}`));
  form.components.forEach((c, i) => {
    const p = `components[${i}]`;
    out.push(p, `${p}.id`, `${p}.label`, `${p}.type`);
    if (c.type === 'equal' || c.type === 'proportional') out.push(`${p}.share`);
    if (c.type === 'proportional') out.push(...metricFields(`${p}.metric`));
    if (c.type === 'override') {
      out.push(`${p}.when`, ...metricFields(`${p}.when.metric`), `${p}.when.above`, `${p}.when.atLeast`, `${p}.when.categories`, `${p}.replaces`, `${p}.with`);
      out.push(...feeFields(`${p}.with`, c, c.withType));
    } else if (c.type !== 'equal' && c.type !== 'proportional') out.push(...feeFields(p, c, c.type));
  });
  form.subsidies.forEach((_, k) => {
    const p = `subsidies[${k}]`;
    out.push(p, `${p}.id`, `${p}.funder`, `${p}.component`, `${p}.share`, `${p}.perUnit.rate`, ...metricFields(`${p}.perUnit.metric`));
    out.push(`${p}.eligibility.joinedFrom`, `${p}.eligibility.joinedTo`, `${p}.eligibility.categories`, `${p}.years.contract`, `${p}.years.calendar`, `${p}.rounding.unit`, `${p}.rounding.mode`);
  });
  return out;
}

/** Drops the last segment of a path: `a.b[2]` → `a.b`, `a.b` → `a`. */
function parentOf(path: string): string | null {
  const cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
  return cut <= 0 ? null : path.slice(0, cut);
}

/** The field an issue path belongs to: the path itself or its nearest parent the builder shows; null when none. */
export function fieldOfPath(path: string, fields: ReadonlySet<string>): string | null {
  let at: string | null = path.replace(/\.param$/u, '');
  while (at !== null) {
    if (fields.has(at)) return at;
    at = parentOf(at);
  }
  return null;
}

/** Issues by field (the first for each), and those that belong to no field. */
export function placeIssues(issues: readonly KeyIssue[], form: KeyForm): { byField: Record<string, IssueText>; unplaced: KeyIssue[] } {
  const fields = new Set(fieldIds(form));
  const byField: Record<string, IssueText> = {};
  const unplaced: KeyIssue[] = [];
  for (const issue of issues) {
    const field = fieldOfPath(issue.path, fields);
    if (field === null) unplaced.push(issue);
    else byField[field] ??= issue.text;
  }
  return { byField, unplaced };
}
