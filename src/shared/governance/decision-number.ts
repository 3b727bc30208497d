/**
 * Decision numbers: each body numbers its decisions per calendar year, 1, 2, 3… without gaps,
 * and displays them through its own pattern (`SG {year}:{n}` → `SG 2016:7`).
 *
 * A pattern holds literal text plus exactly one `{year}` and exactly one `{n}`; `{n:3}` pads the
 * sequence with zeros to at least three digits (`{n:3}` → `007`, but `1234` stays `1234`, because
 * cutting digits would make two decisions look alike). Any other `{…}` is refused rather than
 * printed literally, so a typo such as `{yaer}` is caught when the body is saved, not when the
 * register is printed.
 */
import { AndelError, invalidField, issue, ref, type MessageRef } from '../errors';
import { translate, type MessageKey, type MessageLanguage } from '../i18n/translate';

export type PatternToken =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'year' }
  | { readonly kind: 'sequence'; readonly width: number };

/** Longest pattern a body may store (matches the workspace document). */
export const MAX_PATTERN_LENGTH = 60;
/** Widest zero padding accepted: more would be a typo, not a register convention. */
export const MAX_SEQUENCE_WIDTH = 9;

const PLACEHOLDER = /\{([^{}]*)\}/g;

interface ParsedPattern {
  readonly tokens: readonly PatternToken[];
  readonly problems: readonly MessageRef[];
}

function parse(pattern: string): ParsedPattern {
  const problems: MessageRef[] = [];
  const tokens: PatternToken[] = [];
  if (pattern.trim() === '') problems.push(ref('error.numberPattern.empty'));
  if (pattern.length > MAX_PATTERN_LENGTH) problems.push(ref('error.numberPattern.tooLong', { max: MAX_PATTERN_LENGTH }));

  let last = 0;
  const pushText = (text: string): void => {
    if (text === '') return;
    // A lone brace outside a placeholder is almost always a half-typed placeholder.
    if (/[{}]/.test(text)) problems.push(ref('error.numberPattern.brace', { text }));
    tokens.push({ kind: 'text', text });
  };
  for (const match of pattern.matchAll(PLACEHOLDER)) {
    pushText(pattern.slice(last, match.index));
    last = match.index + match[0].length;
    const inner = match[1] ?? '';
    if (inner === 'year') {
      tokens.push({ kind: 'year' });
    } else if (inner === 'n') {
      tokens.push({ kind: 'sequence', width: 1 });
    } else {
      const padded = /^n:(\d+)$/.exec(inner);
      const width = padded ? Number(padded[1]) : NaN;
      if (padded && width >= 1 && width <= MAX_SEQUENCE_WIDTH) {
        tokens.push({ kind: 'sequence', width });
      } else if (padded) {
        problems.push(ref('error.numberPattern.width', { placeholder: `{${inner}}`, max: MAX_SEQUENCE_WIDTH }));
      } else {
        problems.push(ref('error.numberPattern.unknown', { placeholder: `{${inner}}` }));
      }
    }
  }
  pushText(pattern.slice(last));

  const years = tokens.filter((t) => t.kind === 'year').length;
  const sequences = tokens.filter((t) => t.kind === 'sequence').length;
  if (years !== 1) problems.push(ref(years === 0 ? 'error.numberPattern.noYear' : 'error.numberPattern.yearTwice'));
  if (sequences !== 1) problems.push(ref(sequences === 0 ? 'error.numberPattern.noSequence' : 'error.numberPattern.sequenceTwice'));
  return { tokens, problems };
}

/** What is wrong with a pattern, in words for the user (in `lang`); empty when the pattern is usable. */
export function decisionNumberPatternProblems(pattern: string, lang: MessageLanguage = 'en'): string[] {
  return parse(pattern).problems.map((problem) => translate(lang, problem.messageKey, problem.params));
}

/** What is wrong with a pattern, as catalogue messages (for a schema's issues); empty when the pattern is usable. */
export function decisionNumberPatternRefs(pattern: string): readonly MessageRef[] {
  return parse(pattern).problems;
}

/** The pattern's parts, or INVALID_INPUT listing every problem at once. */
export function parseDecisionNumberPattern(pattern: string): readonly PatternToken[] {
  const { tokens, problems } = parse(pattern);
  if (problems.length > 0) {
    // The English message names every problem, for logs; the reader's language gets the first (all are in `issues`).
    throw AndelError.withEnglish(
      'INVALID_INPUT',
      ref('error.issueAt', { path: 'decisionNumberPattern', detail: problems[0]! }),
      `decisionNumberPattern "${pattern}": ${problems.map((problem) => translate('en', problem.messageKey, problem.params)).join('; ')}`,
      problems.map((problem) => issue('decisionNumberPattern', problem.messageKey, problem.params)),
    );
  }
  return tokens;
}

function assertSequence(sequence: number): void {
  if (!Number.isSafeInteger(sequence) || sequence < 1) {
    throw invalidField('sequence', 'error.decisionNumber.sequence', { sequence: String(sequence) });
  }
}

function assertYear(year: number): void {
  // Four digits keep numbers sortable and parseable; the document allows 1900–2200.
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    throw invalidField('year', 'error.decisionNumber.year', { year: String(year) });
  }
}

/** The displayed number of decision `sequence` of `year`, e.g. (`SG {year}:{n}`, 2016, 7) → `SG 2016:7`. */
export function formatDecisionNumber(pattern: string, year: number, sequence: number): string {
  assertYear(year);
  assertSequence(sequence);
  return parseDecisionNumberPattern(pattern)
    .map((token) => {
      switch (token.kind) {
        case 'text':
          return token.text;
        case 'year':
          return String(year);
        case 'sequence':
          return String(sequence).padStart(token.width, '0');
      }
    })
    .join('');
}

export interface SequenceCheck {
  /** True when the sequences are exactly 1..n, each once. */
  readonly ok: boolean;
  /** Numbers between 1 and the highest that no decision has, ascending. */
  readonly missing: readonly number[];
  /** Numbers more than one decision has, ascending, each listed once. */
  readonly duplicates: readonly number[];
  /** Entries that are not whole numbers from 1 (they make the register unreadable, so they are reported, not thrown). */
  readonly invalid: readonly number[];
}

/** Checks that the sequences of one body and year run 1..n with no gaps and no duplicates. */
export function checkSequences(sequences: Iterable<number>): SequenceCheck {
  const seen = new Set<number>();
  const duplicates = new Set<number>();
  const invalid: number[] = [];
  let max = 0;
  for (const sequence of sequences) {
    if (!Number.isSafeInteger(sequence) || sequence < 1) {
      invalid.push(sequence);
      continue;
    }
    if (seen.has(sequence)) duplicates.add(sequence);
    seen.add(sequence);
    if (sequence > max) max = sequence;
  }
  const missing: number[] = [];
  for (let n = 1; n <= max; n += 1) if (!seen.has(n)) missing.push(n);
  const sortedDuplicates = [...duplicates].sort((a, b) => a - b);
  return {
    ok: missing.length === 0 && sortedDuplicates.length === 0 && invalid.length === 0,
    missing,
    duplicates: sortedDuplicates,
    invalid,
  };
}

export interface NumberedDecision {
  readonly bodyId: number;
  readonly year: number;
  readonly sequence: number;
}

export interface NumberingProblem {
  readonly bodyId: number;
  readonly year: number;
  readonly missing: readonly number[];
  readonly duplicates: readonly number[];
  readonly invalid: readonly number[];
  /** One sentence for the user, e.g. "body 3, 2016: number 4 is missing; number 2 is used twice". */
  readonly message: string;
}

/** What is wrong with one body's numbering in one year, in the reader's language: "number 2 is missing; number 1 is used more than once". */
export function numberingProblemText(problem: { readonly missing: readonly number[]; readonly duplicates: readonly number[]; readonly invalid?: readonly number[] }, lang: MessageLanguage): string {
  const parts: string[] = [];
  const part = (values: readonly number[], one: MessageKey, other: MessageKey): void => {
    if (values.length > 0) parts.push(translate(lang, values.length === 1 ? one : other, { numbers: values.join(', ') }));
  };
  part(problem.missing, 'error.numbering.missing_one', 'error.numbering.missing_other');
  part(problem.duplicates, 'error.numbering.duplicates_one', 'error.numbering.duplicates_other');
  part(problem.invalid ?? [], 'error.numbering.invalid_one', 'error.numbering.invalid_other');
  return parts.join('; ');
}

/** Every body and year of a register whose numbering is broken, ordered by body then year. */
export function checkRegisterNumbering(decisions: Iterable<NumberedDecision>): NumberingProblem[] {
  const groups = new Map<string, { bodyId: number; year: number; sequences: number[] }>();
  for (const d of decisions) {
    const key = `${d.bodyId}/${d.year}`;
    const group = groups.get(key) ?? { bodyId: d.bodyId, year: d.year, sequences: [] };
    group.sequences.push(d.sequence);
    groups.set(key, group);
  }
  const problems: NumberingProblem[] = [];
  for (const { bodyId, year, sequences } of groups.values()) {
    const check = checkSequences(sequences);
    if (check.ok) continue;
    problems.push({ bodyId, year, missing: check.missing, duplicates: check.duplicates, invalid: check.invalid, message: `body ${bodyId}, ${year}: ${numberingProblemText(check, 'en')}` });
  }
  return problems.sort((a, b) => a.bodyId - b.bodyId || a.year - b.year);
}
