import { describe, expect, it } from 'vitest';
import en from '../../src/renderer/src/i18n/en.json';
import nb from '../../src/renderer/src/i18n/nb.json';
import sv from '../../src/renderer/src/i18n/sv.json';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

function placeholders(value: unknown, prefix = ''): Record<string, string[]> {
  if (typeof value === 'string') return { [prefix]: [...value.matchAll(/\{\{(\w+)\}\}/gu)].map((m) => m[1] ?? '').sort() };
  if (typeof value !== 'object' || value === null) return {};
  return Object.assign({}, ...Object.entries(value).map(([key, child]) => placeholders(child, prefix ? `${prefix}.${key}` : key)));
}

describe('translations', () => {
  it('Norwegian and English have exactly the Swedish keys', () => {
    expect(keys(nb).sort()).toEqual(keys(sv).sort());
    expect(keys(en).sort()).toEqual(keys(sv).sort());
  });

  it('every translation uses the same placeholders as the Swedish one', () => {
    expect(placeholders(nb)).toEqual(placeholders(sv));
    expect(placeholders(en)).toEqual(placeholders(sv));
  });

  it('has no empty strings', () => {
    for (const resource of [sv, nb, en]) expect(Object.values(placeholders(resource)).length).toBeGreaterThan(0);
    const empty = [sv, nb, en].flatMap((resource) => keys(resource).filter((key) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], resource) === ''));
    expect(empty).toEqual([]);
  });
});
