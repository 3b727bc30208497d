/**
 * The shipped reference list (resources/reference/municipalities.json): Sweden's 290 kommuner
 * and 21 regions, Norway's 357 kommuner and 15 fylker of the 2024 division, with official codes.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ReferenceList } from '../../src/shared/api/channels/organisations.channels';

const read = <T>(relative: string): T => JSON.parse(readFileSync(new URL(`../../${relative}`, import.meta.url), 'utf8')) as T;
const list = read<ReferenceList>('resources/reference/municipalities.json');
const of = (country: string, kind: string) => list.entries.filter((e) => e.country === country && e.kind === kind);

describe('the reference list of municipalities, regions and counties', () => {
  it('names its sources: SCB for Sweden, SSB classifications 131 and 104 for Norway', () => {
    const text = list.sources.map((s) => s.source).join('\n');
    expect(text).toMatch(/SCB/);
    expect(text).toMatch(/Kommuner och län/);
    expect(text).toMatch(/SSB[\s\S]*131/);
    expect(text).toMatch(/SSB[\s\S]*104/);
    expect(list.validFrom).toBe('2024-01-01');
  });

  it('has 290 + 21 Swedish and 357 + 15 Norwegian entries and nothing else', () => {
    expect(of('SE', 'municipality')).toHaveLength(290);
    expect(of('SE', 'region')).toHaveLength(21);
    expect(of('NO', 'municipality')).toHaveLength(357);
    expect(of('NO', 'county')).toHaveLength(15);
    expect(list.entries).toHaveLength(290 + 21 + 357 + 15);
  });

  it('has unique codes per country and kind, in the official formats', () => {
    for (const [country, kind, format] of [['SE', 'municipality', /^\d{4}$/], ['SE', 'region', /^\d{2}$/], ['NO', 'municipality', /^\d{4}$/], ['NO', 'county', /^\d{2}$/]] as const) {
      const codes = of(country, kind).map((e) => e.code);
      expect(new Set(codes).size, `${country} ${kind}`).toBe(codes.length);
      for (const code of codes) expect(code, `${country} ${kind}`).toMatch(format);
    }
    const names = list.entries.map((e) => `${e.country}:${e.kind}:${e.name}`);
    expect(new Set(names).size).toBe(names.length);
  });

  it('places every municipality in a county or län of its own country: the first two digits of its code', () => {
    const seCounties = new Set(of('SE', 'region').map((e) => e.code));
    const noCounties = new Set(of('NO', 'county').map((e) => e.code));
    for (const e of of('SE', 'municipality')) {
      expect(e.parentCode).toBe(e.code.slice(0, 2));
      expect(seCounties.has(e.code.slice(0, 2)), e.name).toBe(true);
    }
    for (const e of of('NO', 'municipality')) {
      expect(e.parentCode).toBe(e.code.slice(0, 2));
      expect(noCounties.has(e.code.slice(0, 2)), e.name).toBe(true);
    }
  });

  it.each([
    ['SE', 'municipality', '0180', 'Stockholm'],
    ['SE', 'municipality', '1480', 'Göteborg'],
    ['SE', 'municipality', '1280', 'Malmö'],
    ['SE', 'municipality', '1496', 'Skövde'],
    ['SE', 'municipality', '2584', 'Kiruna'],
    ['SE', 'region', '14', 'Västra Götalandsregionen'],
    ['NO', 'municipality', '0301', 'Oslo'],
    ['NO', 'municipality', '4601', 'Bergen'],
    ['NO', 'municipality', '5001', 'Trondheim'],
    ['NO', 'municipality', '1580', 'Haram'],
    ['NO', 'county', '46', 'Vestland fylkeskommune'],
  ])('%s %s %s is %s', (country, kind, code, name) => {
    expect(list.entries.find((e) => e.country === country && e.kind === kind && e.code === code)?.name).toBe(name);
  });

  it('agrees with the demo data: the 357 Norwegian codes and names, and every Swedish municipality the demo uses', () => {
    const no = read<{ municipalities: { name: string; officialCode: string | null }[] }>('resources/demo/data/no-municipalities.json');
    const demoNo = no.municipalities.filter((m) => m.officialCode).map((m) => `${m.officialCode} ${m.name}`).sort();
    expect(of('NO', 'municipality').map((e) => `${e.code} ${e.name}`).sort()).toEqual(demoNo);
    const se = read<{ municipalities: { name: string; officialCode: string }[] }>('resources/demo/data/se-municipalities.json');
    const byCode = new Map(of('SE', 'municipality').map((e) => [e.code, e.name]));
    for (const m of se.municipalities) expect(byCode.get(m.officialCode), m.name).toBe(m.name);
    const counties = read<{ counties: { name: string; officialCode: string }[] }>('resources/demo/data/no-counties.json');
    expect(of('NO', 'county').map((e) => `${e.code} ${e.name}`).sort()).toEqual(counties.counties.map((c) => `${c.officialCode} ${c.name}`).sort());
  });
});
