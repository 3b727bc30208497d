/**
 * The row-by-row plan of an import: for each data row, which organisation it is (by official
 * code, then by name), the population and year it carries, and what would change, or why the
 * row cannot be imported (row number and column, in words a treasurer understands). Pure: the
 * service gives it the table and what the workspace holds, and writes the plan when it has no errors.
 */
import type {
  ImportMapping,
  ImportOptions,
  ImportPreviewRow,
  ImportRowAction,
  ImportRowError,
} from '../../shared/api/channels/import.channels';
import { ref, translate, type MessageKey, type MessageParams, type MessageRef } from '../../shared/i18n/translate';
import { isIsoDate } from '../../shared/iso-date';
import { fold } from './detect-columns';

export interface KnownOrganisation {
  id: number;
  name: string;
  officialCode: string | null;
  countryCode: string;
}

export interface KnownValue {
  value: number;
  referenceDate: string;
}

export interface PlannedRow extends ImportPreviewRow {
  referenceDate: string | null;
  /** For a row that creates an organisation. */
  newName: string | null;
}

export interface ImportPlan {
  rows: PlannedRow[];
  errors: ImportRowError[];
  summary: { create: number; add: number; update: number; unchanged: number; error: number };
}

export interface PlanInput {
  /** Data rows (below the header), with their row numbers in the file. */
  rows: { row: number; cells: string[] }[];
  headerRow: number;
  headers: string[];
  /** Cells in the header row up to its last filled one: a row with a filled cell beyond it is refused. */
  headerWidth?: number;
  mapping: ImportMapping;
  options: ImportOptions & { countryCode: string };
  organisations: readonly KnownOrganisation[];
  /** Population already stored, by `${organisationId}:${year}`. */
  values: ReadonlyMap<string, KnownValue>;
}

const MISSING_MARKS = new Set(['..', '.', '-', '–', '—', ':', 'x', 'X']);

/**
 * A whole, non-negative count written the Nordic or English way: "12 345", "12.345", "12,345",
 * "12345", and as Swedish Excel writes a number with one decimal, "13 097,0" (space, NBSP or
 * narrow NBSP between the thousands). A decimal part other than zeros is a fraction, refused.
 */
/** Organisation names in the workspace document: at most 200 characters (workspace-document.schema.ts). */
export const ORGANISATION_NAME_MAX = 200;
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;

export function parseCount(text: string): { value: number } | { error: MessageRef } {
  const trimmed = text.trim();
  const params = { value: trimmed };
  if (trimmed === '') return { error: ref('error.import.emptyFigure') };
  if (MISSING_MARKS.has(trimmed)) return { error: ref('error.import.noFigure', params) };
  if (/^-/.test(trimmed)) return { error: ref('error.import.negative', params) };
  // Space-grouped thousands leave the comma or point for the decimals: "13 097,0", "13 097,5".
  const spacedDecimal = /^(\d{1,3}(?:[\s\u00a0\u202f]\d{3})+)[.,](\d+)$/u.exec(trimmed);
  if (spacedDecimal) return wholeOrFraction(spacedDecimal[1]!.replace(/[\s\u00a0\u202f]/gu, ''), spacedDecimal[2]!, trimmed);
  // Spaces group thousands only in threes: "5 312" is a number, "1 23" a typing slip.
  if (/[\s\u00a0\u202f]/u.test(trimmed) && !/^\d{1,3}([\s\u00a0\u202f]\d{3})+$/u.test(trimmed)) return { error: ref('error.import.notWholeNumber', params) };
  const compact = trimmed.replace(/[\s\u00a0\u202f]/gu, '');
  let digits: string | null = null;
  if (/^\d+$/u.test(compact)) digits = compact;
  else if (/^\d{1,3}(\.\d{3})+$/u.test(compact)) digits = compact.replaceAll('.', '');
  else if (/^\d{1,3}(,\d{3})+$/u.test(compact)) digits = compact.replaceAll(',', '');
  else if (/^\d+[.,]0+$/u.test(compact)) digits = compact.replace(/[.,]0+$/u, '');
  else if (/^\d+[.,]\d+$/u.test(compact)) return { error: ref('error.import.fraction', params) };
  if (digits === null) return { error: ref('error.import.notWholeNumber', params) };
  const value = Number(digits);
  if (!Number.isSafeInteger(value)) return { error: ref('error.import.tooLarge', params) };
  return { value };
}

function wholeOrFraction(digits: string, decimals: string, text: string): { value: number } | { error: MessageRef } {
  if (!/^0+$/u.test(decimals)) return { error: ref('error.import.fraction', { value: text }) };
  const value = Number(digits);
  return Number.isSafeInteger(value) ? { value } : { error: ref('error.import.tooLarge', { value: text }) };
}

/** "1447 Gullspång" → code 1447 and name Gullspång; "K-0301 Oslo" → 0301 and Oslo. */
export function splitCodeAndName(text: string): { code: string | null; name: string | null } {
  const match = /^(?:K-)?(\d{2,4})\s+(\p{L}.*)$/u.exec(text.trim());
  if (match) return { code: match[1]!, name: match[2]!.replace(/\s*\(\d{4}\s*[-–]\s*(\d{4})?\)\s*$/u, '').trim() };
  const trimmed = text.trim();
  return /^(?:K-)?\d{2,4}$/u.test(trimmed) ? { code: trimmed.replace(/^K-/u, ''), name: null } : { code: null, name: trimmed || null };
}

/** Municipality codes are four digits in Sweden and Norway; a spreadsheet may have dropped the leading zero. */
export function normaliseCode(code: string): string {
  const digits = code.trim().replace(/^K-/u, '');
  return /^\d{1,3}$/u.test(digits) ? digits.padStart(4, '0') : digits;
}

// "Skövde kommun", "Oslo kommune" name the same organisation as "Skövde", "Oslo".
const nameKey = (name: string): string => fold(name).replace(/\s+(kommun|kommune|kommunes|kommuns)$/u, '').replace(/^(kommunen|kommune)\s+/u, '');

function rowError(row: number, column: string | null, messageKey: MessageKey, params?: MessageParams): ImportRowError {
  const found: ImportRowError = { row, column, message: translate('en', messageKey, params), messageKey };
  if (params) found.params = params;
  return found;
}

export function planImport(input: PlanInput): ImportPlan {
  const { mapping, options } = input;
  const header = (index: number | null | undefined): string | null => (index === null || index === undefined ? null : (input.headers[index] ?? `#${index + 1}`));
  const errors: ImportRowError[] = [];
  const rows: PlannedRow[] = [];

  const byCode = new Map<string, KnownOrganisation[]>();
  const byName = new Map<string, KnownOrganisation[]>();
  for (const org of input.organisations) {
    if (org.officialCode) {
      const key = normaliseCode(org.officialCode);
      byCode.set(key, [...(byCode.get(key) ?? []), org]);
    }
    const key = nameKey(org.name);
    byName.set(key, [...(byName.get(key) ?? []), org]);
  }

  const hasIdentity = [mapping.officialCode, mapping.name, mapping.codeAndName].some((c) => c !== null && c !== undefined);
  if (!hasIdentity) errors.push(rowError(input.headerRow, null, 'error.import.chooseIdentity'));
  if (mapping.population === null || mapping.population === undefined) errors.push(rowError(input.headerRow, null, 'error.import.choosePopulation'));
  const noYear = (mapping.year === null || mapping.year === undefined) && (options.year === null || options.year === undefined);
  if (noYear) errors.push(rowError(input.headerRow, null, 'error.import.chooseYear'));
  if (errors.length > 0) {
    return { rows: [], errors, summary: { create: 0, add: 0, update: 0, unchanged: 0, error: input.rows.length } };
  }

  // Footnotes under the table ("Källa: SCB") are not data: rows after the last figure with at most one filled cell.
  const populationIndex = mapping.population!;
  let lastDataIndex = -1;
  input.rows.forEach((r, i) => {
    if ((r.cells[populationIndex] ?? '').trim() !== '') lastDataIndex = i;
  });

  const seen = new Map<string, number>();
  const newNames = new Map<string, number>();
  input.rows.forEach((source, i) => {
    const filled = source.cells.filter((c) => c.trim() !== '').length;
    if (filled === 0) return;
    if (i > lastDataIndex && filled <= 1) return;
    const cell = (index: number | null | undefined): string => (index === null || index === undefined ? '' : (source.cells[index] ?? '').trim());
    const rowErrors: ImportRowError[] = [];
    const fail = (column: string | null, messageKey: MessageKey, params?: MessageParams) => rowErrors.push(rowError(source.row, column, messageKey, params));
    // "Skövde,57,000" in a comma file: the thousands separator split the figure, so the row has a
    // cell more than the header and the figure column holds 57. Never guess: refuse the row.
    const width = source.cells.reduce((last, c, index) => (c.trim() === '' ? last : index + 1), 0);
    if (input.headerWidth !== undefined && width > input.headerWidth) fail(null, 'error.import.extraCells', { cells: width, columns: input.headerWidth });

    let code: string | null = null;
    let name: string | null = null;
    if (mapping.codeAndName !== null && mapping.codeAndName !== undefined) ({ code, name } = splitCodeAndName(cell(mapping.codeAndName)));
    if (mapping.officialCode !== null && mapping.officialCode !== undefined && cell(mapping.officialCode) !== '') {
      const raw = cell(mapping.officialCode);
      if (!/^(K-)?\d{1,4}$/u.test(raw)) fail(header(mapping.officialCode), 'error.import.notMunicipalityCode', { value: raw });
      else code = normaliseCode(raw);
    }
    if (mapping.name !== null && mapping.name !== undefined && cell(mapping.name) !== '') name = splitCodeAndName(cell(mapping.name)).name ?? name;
    if (code) code = normaliseCode(code);
    // The same limits as the workspace document's organisation name, so every organisation the
    // import creates can be exported and read back (a 100 000-character name could not).
    if (name && name.length > ORGANISATION_NAME_MAX) {
      fail(header(mapping.name ?? mapping.codeAndName), 'error.import.nameTooLong', { length: name.length, max: ORGANISATION_NAME_MAX });
    } else if (name && CONTROL_CHARACTER.test(name)) {
      fail(header(mapping.name ?? mapping.codeAndName), 'error.import.nameControlCharacter');
    }
    if (!code && !name) fail(header(mapping.codeAndName ?? mapping.name ?? mapping.officialCode), 'error.import.noCodeOrName');

    const parsed = parseCount(cell(mapping.population));
    const population = 'value' in parsed ? parsed.value : null;
    if ('error' in parsed) fail(header(mapping.population), parsed.error.messageKey, parsed.error.params);

    let year: number | null = options.year ?? null;
    if (mapping.year !== null && mapping.year !== undefined) {
      const raw = cell(mapping.year);
      const match = /^(\d{4})/u.exec(raw);
      if (!match || Number(match[1]) < 1900 || Number(match[1]) > 2200) fail(header(mapping.year), 'error.import.notYear', { value: raw });
      else year = Number(match[1]);
    }
    const referenceDate = options.referenceDate ?? (year === null ? null : options.countryCode === 'NO' ? `${year}-01-01` : `${year}-12-31`);
    if (referenceDate !== null && !isIsoDate(referenceDate)) fail(null, 'error.import.badReferenceDate', { value: referenceDate });

    let organisation: KnownOrganisation | null = null;
    let newName: string | null = null;
    if (code || name) {
      const codeMatches = code ? (byCode.get(code) ?? []).filter((o) => o.countryCode === options.countryCode) : [];
      const codeMatchesAnyCountry = code ? (byCode.get(code) ?? []) : [];
      const candidates = codeMatches.length > 0 ? codeMatches : codeMatchesAnyCountry.length === 1 && !name ? codeMatchesAnyCountry : [];
      if (candidates.length === 1) organisation = candidates[0]!;
      else if (candidates.length > 1) fail(header(mapping.officialCode ?? mapping.codeAndName), 'error.import.codeAmbiguous', { code: code ?? '', count: candidates.length, names: candidates.map((o) => o.name).join(', ') });
      else if (name) {
        const named = (byName.get(nameKey(name)) ?? []).filter((o) => !code || !o.officialCode || normaliseCode(o.officialCode) === code);
        if (named.length === 1) organisation = named[0]!;
        else if (named.length > 1) {
          fail(header(mapping.name ?? mapping.codeAndName), 'error.import.nameAmbiguous', { count: named.length, name });
        }
      }
      if (!organisation && rowErrors.length === 0) {
        if (options.createMissing) {
          if (!name) fail(header(mapping.officialCode ?? mapping.codeAndName), 'error.import.newNeedsName', { code: code ?? '' });
          else {
            const key = nameKey(name);
            const first = newNames.get(key);
            if (first !== undefined) fail(header(mapping.name ?? mapping.codeAndName), 'error.import.alreadyCreated', { name, row: first });
            else {
              newNames.set(key, source.row);
              newName = name;
            }
          }
        } else {
          const unknown: MessageKey = code && name ? 'error.import.unknownCodeOrName' : code ? 'error.import.unknownCode' : 'error.import.unknownName';
          fail(header(mapping.officialCode ?? mapping.codeAndName ?? mapping.name), unknown, { code: code ?? '', name: name ?? '' });
        }
      }
    }
    if (organisation && year !== null) {
      const key = `${organisation.id}:${year}`;
      const first = seen.get(key);
      if (first !== undefined) fail(null, 'error.import.duplicateRow', { name: organisation.name, year, row: first });
      else seen.set(key, source.row);
    }

    let action: ImportRowAction = 'error';
    let previousPopulation: number | null = null;
    const previousYearPopulation = organisation && year !== null ? (input.values.get(`${organisation.id}:${year - 1}`)?.value ?? null) : null;
    if (rowErrors.length === 0) {
      if (organisation) {
        const previous = input.values.get(`${organisation.id}:${year}`);
        previousPopulation = previous?.value ?? null;
        // A figure for a year the workspace has none for is new ("add"), not a change.
        action = !previous ? 'add' : previous.value === population && previous.referenceDate === referenceDate ? 'unchanged' : 'update';
      } else action = 'create';
    }
    errors.push(...rowErrors);
    rows.push({
      row: source.row,
      cells: source.cells,
      action,
      organisationId: organisation?.id ?? null,
      organisationName: organisation?.name ?? newName ?? name,
      officialCode: code,
      year,
      population,
      previousPopulation,
      previousYearPopulation,
      referenceDate,
      newName,
    });
  });

  const count = (action: ImportRowAction) => rows.filter((r) => r.action === action).length;
  return { rows, errors, summary: { create: count('create'), add: count('add'), update: count('update'), unchanged: count('unchanged'), error: count('error') } };
}
