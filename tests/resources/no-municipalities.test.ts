import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// Demo data for the Norwegian national platform (DOMAIN.md, reference consortium 4):
// 358 municipalities whose count per population band must equal the source's "Alt. 3" table.

interface Municipality {
  name: string;
  officialCode: string | null;
  county: string;
  population: number;
  populationIsPlaceholder?: boolean;
  isPlaceholder?: boolean;
  note?: string;
}

interface MunicipalityFile {
  source: string;
  referenceDate: string;
  municipalities: Municipality[];
}

const path = fileURLToPath(new URL('../../resources/demo/data/no-municipalities.json', import.meta.url));
const raw = readFileSync(path, 'utf8');
const data = JSON.parse(raw) as MunicipalityFile;
const list = data.municipalities;

// Lower bound inclusive, upper bound exclusive: 10 000 belongs to the 10 000–20 000 band.
const BANDS = [
  { from: 0, to: 10_000, count: 246, price: 20_000 },
  { from: 10_000, to: 20_000, count: 47, price: 35_000 },
  { from: 20_000, to: 40_000, count: 39, price: 40_000 },
  { from: 40_000, to: 60_000, count: 12, price: 50_000 },
  { from: 60_000, to: 100_000, count: 7, price: 75_000 },
  { from: 100_000, to: 500_000, count: 6, price: 100_000 },
  { from: 500_000, to: Number.POSITIVE_INFINITY, count: 1, price: 150_000 },
] as const;

const COUNTIES_2024 = new Set([
  'Oslo', 'Rogaland', 'Møre og Romsdal', 'Nordland', 'Østfold', 'Akershus', 'Buskerud', 'Innlandet',
  'Vestfold', 'Telemark', 'Agder', 'Vestland', 'Trøndelag', 'Troms', 'Finnmark',
]);

function bandIndex(population: number): number {
  return BANDS.findIndex((b) => population >= b.from && population < b.to);
}

function byName(name: string): Municipality {
  const found = list.find((m) => m.name === name);
  if (!found) throw new Error(`missing municipality ${name}`);
  return found;
}

describe('resources/demo/data/no-municipalities.json', () => {
  it('is pretty-printed UTF-8 JSON with a source and a reference date', () => {
    expect(raw).toBe(`${JSON.stringify(data, null, 2)}\n`);
    expect(data.source.length).toBeGreaterThan(50);
    expect(data.referenceDate).toBe('2024-01-01');
  });

  it('lists 358 municipalities: 357 real ones and 1 placeholder', () => {
    expect(list).toHaveLength(358);
    expect(list.filter((m) => m.isPlaceholder !== true)).toHaveLength(357);
  });

  it('has unique names and unique, well-formed official codes', () => {
    expect(new Set(list.map((m) => m.name)).size).toBe(list.length);
    const codes = list.map((m) => m.officialCode).filter((c): c is string => c !== null);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^\d{4}$/);
  });

  it('gives every entry a 2024 county whose number matches the code', () => {
    const prefix: Record<string, string> = {
      '03': 'Oslo', '11': 'Rogaland', '15': 'Møre og Romsdal', '18': 'Nordland', '31': 'Østfold',
      '32': 'Akershus', '33': 'Buskerud', '34': 'Innlandet', '39': 'Vestfold', '40': 'Telemark',
      '42': 'Agder', '46': 'Vestland', '50': 'Trøndelag', '55': 'Troms', '56': 'Finnmark',
    };
    for (const m of list) {
      expect(COUNTIES_2024.has(m.county), m.name).toBe(true);
      if (m.officialCode !== null) expect(m.county, m.name).toBe(prefix[m.officialCode.slice(0, 2)]);
    }
  });

  it('is sorted by official code, then name (entries without a code last)', () => {
    const key = (m: Municipality): string => `${m.officialCode ?? '~~~~'}\u0000${m.name}`;
    const keys = list.map(key);
    expect(keys).toEqual([...keys].sort());
  });

  it('gives every municipality a positive integer population', () => {
    for (const m of list) {
      expect(Number.isInteger(m.population), m.name).toBe(true);
      expect(m.population, m.name).toBeGreaterThanOrEqual(1);
    }
  });

  it('matches the source count per price band exactly', () => {
    const counts = BANDS.map(() => 0);
    for (const m of list) {
      const i = bandIndex(m.population);
      expect(i, m.name).toBeGreaterThanOrEqual(0);
      counts[i] = (counts[i] ?? 0) + 1;
    }
    expect(counts).toEqual(BANDS.map((b) => b.count));
  });

  it('puts a band edge in the upper band', () => {
    expect(bandIndex(9_999)).toBe(0);
    expect(bandIndex(10_000)).toBe(1);
    expect(bandIndex(500_000)).toBe(6);
  });

  it('sums to 10 000 000 NOK with the Alt. 3 prices', () => {
    const total = list.reduce((sum, m) => sum + (BANDS[bandIndex(m.population)]?.price ?? Number.NaN), 0);
    expect(total).toBe(10_000_000);
  });

  it('carries the source figures for the six largest library services', () => {
    expect(byName('Oslo').population).toBe(710_000);
    expect(byName('Bergen').population).toBe(290_000);
    expect(byName('Trondheim').population).toBe(210_000);
    expect(byName('Stavanger').population).toBe(150_000);
    expect(byName('Bærum').population).toBe(130_000);
    expect(byName('Kristiansand').population).toBe(115_000);
    expect(list.filter((m) => m.population >= 500_000).map((m) => m.name)).toEqual(['Oslo']);
    const band = list.filter((m) => bandIndex(m.population) === 5).map((m) => m.name);
    expect(band).toEqual(expect.arrayContaining(['Bergen', 'Trondheim', 'Stavanger', 'Bærum', 'Kristiansand']));
  });

  it('marks every placeholder and explains every figure that is not from SSB', () => {
    for (const m of list) {
      const looksInvented = m.name.startsWith('Plassholder');
      expect(m.isPlaceholder === true, m.name).toBe(looksInvented);
      if (m.isPlaceholder === true) {
        expect(m.officialCode, m.name).toBeNull();
        expect(m.populationIsPlaceholder, m.name).toBe(true);
      } else {
        expect(m.officialCode, m.name).not.toBeNull();
      }
      if (m.populationIsPlaceholder === true || m.isPlaceholder === true) {
        expect(m.note?.trim().length ?? 0, m.name).toBeGreaterThan(20);
      }
    }
  });
});
