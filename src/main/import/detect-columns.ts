/**
 * Where the header is and what each column holds, from the words statistics offices use
 * (SCB: "region", "Kommunkod", "Folkmängd"; SSB: "region", "kommunenummer", "Personer") and
 * from what the values look like ("1447 Gullspång", a year as a header over figures).
 */
import type { ImportColumn, ImportMapping, ImportRole } from '../../shared/api/channels/import.channels';

export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/ø/giu, 'o')
    .replace(/æ/giu, 'ae')
    .toLocaleLowerCase('sv')
    .replace(/[^a-z0-9]+/gu, ' ')
    .trim();
}

const nonEmpty = (row: readonly string[]): number => row.filter((cell) => cell.trim() !== '').length;

/** The first row of at least two filled cells followed by another such row (title lines above it are skipped). */
export function findHeaderRow(rows: readonly string[][]): number {
  for (let i = 0; i < Math.min(rows.length, 50); i += 1) {
    const row = rows[i]!;
    if (nonEmpty(row) >= 2 && rows.slice(i + 1, i + 4).some((next) => nonEmpty(next) >= 2)) return i;
  }
  return 0;
}

const headerWords: Record<Exclude<ImportRole, 'codeAndName'>, readonly string[]> = {
  officialCode: ['kommunkod', 'kommunkode', 'kommunenummer', 'kommunenr', 'kommunnummer', 'regionkod', 'regionkode', 'lankod', 'kod', 'kode', 'code', 'official code', 'knr', 'kommun kod', 'kommune nr'],
  name: ['kommun', 'kommune', 'kommunnamn', 'kommunenavn', 'namn', 'navn', 'name', 'organisation', 'organisasjon', 'kommun namn', 'region namn', 'regionnavn'],
  orgNumber: ['organisationsnummer', 'organisasjonsnummer', 'orgnr', 'org nr', 'org nummer', 'organisation number'],
  population: ['folkmangd', 'folkmengde', 'befolkning', 'invanare', 'innbyggere', 'innbyggjarar', 'population', 'personer', 'antal', 'antall', 'folketall', 'inhabitants'],
  year: ['ar', 'aar', 'year', 'arstal', 'statistikkar'],
};

const CODE = /^(K-)?\d{2,4}$/u;
const CODE_AND_NAME = /^(K-)?\d{2,4}\s+\p{L}/u;
const YEAR = /^(19|20|21)\d{2}$/u;
const NUMBER = /^-?[\d\s\u00a0\u202f.,]+$/u;

function byValues(samples: readonly string[]): ImportRole | null {
  const filled = samples.filter((s) => s !== '');
  if (filled.length === 0) return null;
  const all = (re: RegExp) => filled.every((s) => re.test(s));
  if (all(CODE_AND_NAME)) return 'codeAndName';
  return null;
}

function byHeader(header: string): ImportRole | null {
  const folded = fold(header);
  if (folded === '') return null;
  for (const role of ['orgNumber', 'officialCode', 'population', 'year', 'name'] as const) {
    if (headerWords[role].includes(folded)) return role;
  }
  if (folded === 'region' || folded === 'kommuner') return 'name';
  if (/folkmangd|folkemengde|befolkning|innbyggere|invanare/u.test(folded)) return 'population';
  if (/kommunkod|kommunenummer/u.test(folded)) return 'officialCode';
  return null;
}

export interface DetectedColumns {
  columns: ImportColumn[];
  mapping: ImportMapping;
  /** A year read from a header like "2024" over the population figures. */
  suggestedYear: number | null;
}

export function detectColumns(header: readonly string[], dataRows: readonly string[][]): DetectedColumns {
  const width = Math.max(header.length, ...dataRows.slice(0, 50).map((r) => r.length));
  const columns: ImportColumn[] = [];
  for (let index = 0; index < width; index += 1) {
    const title = (header[index] ?? '').trim();
    const samples = dataRows
      .map((row) => (row[index] ?? '').trim())
      .filter((s) => s !== '')
      .slice(0, 5);
    const valueSamples = dataRows.slice(0, 50).map((row) => (row[index] ?? '').trim());
    let detected = byValues(valueSamples) ?? byHeader(title);
    if (detected === null && YEAR.test(title) && valueSamples.filter(Boolean).every((s) => NUMBER.test(s) || s === '..')) detected = 'population';
    if (detected === 'name' && valueSamples.filter(Boolean).length > 0 && valueSamples.filter(Boolean).every((s) => CODE.test(s))) detected = 'officialCode';
    columns.push({ index, header: title || `#${index + 1}`, samples, detected });
  }
  const mapping: ImportMapping = {};
  let suggestedYear: number | null = null;
  // With several year columns ("2023", "2024") the latest is the one to import.
  const yearColumns = columns.filter((c) => c.detected === 'population' && YEAR.test(c.header));
  if (yearColumns.length > 1) {
    const latest = yearColumns.reduce((a, b) => (Number(b.header) > Number(a.header) ? b : a));
    for (const column of yearColumns) if (column !== latest) column.detected = null;
  }
  for (const column of columns) {
    const role = column.detected;
    if (role === null || mapping[role] !== undefined) continue;
    mapping[role] = column.index;
    // "2024" or "Folkmängd 2024" over the figures says which year they are for.
    const year = role === 'population' ? /(?:^|\D)((?:19|20|21)\d{2})(?:\D|$)/u.exec(column.header) : null;
    if (year) suggestedYear = Number(year[1]);
  }
  // A column of combined "code name" makes separate code and name columns unnecessary, but one of each wins over it.
  if (mapping.codeAndName !== undefined && mapping.name !== undefined && mapping.officialCode !== undefined) delete mapping.codeAndName;
  return { columns, mapping, suggestedYear };
}

/** Norwegian or Swedish, from the words of the header: decides the default country and reference date. */
export function guessCountry(header: readonly string[]): 'SE' | 'NO' | null {
  const words = fold(header.join(' '));
  if (/\b(kommune|kommunenummer|folkemengde|innbyggere|personer|fylke|statistikkvariabel)\b/u.test(words)) return 'NO';
  if (/\b(kommun|kommunkod|folkmangd|invanare|lan)\b/u.test(words)) return 'SE';
  return null;
}
