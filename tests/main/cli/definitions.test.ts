/**
 * `andel key export|import`, `scenario-def export|import` and `budget` as users run them: a
 * separate process on a real demo workspace file. Expected figures come from the demo document.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkspaceDocument } from '../../../src/shared/document/workspace-document.schema';
import { runAndel, type CliResult } from '../../helpers/cli';
import { createTempDir } from '../../helpers/temp-dir';
import { demoDocumentPath, loadDemoDocument } from '../../helpers/workspace-fixtures';

const doc = loadDemoDocument() as WorkspaceDocument;
const dir = createTempDir();
const file = dir.file('demo.andel');
const andel = (...args: string[]): CliResult => runAndel(args, { ANDEL_DEBUG: '' });

beforeAll(() => {
  const created = andel('import-json', file, '--from', demoDocumentPath);
  expect(created.status, created.stderr).toBe(0);
}, 120_000);
afterAll(() => dir.remove());

const skaraborg = doc.cooperations.find((c) => c.name.includes('Skaraborg'))!;
const skaraborgKey = doc.distributionKeys.find((k) => k.cooperationId === skaraborg.id)!;
const skaraborgScenario = doc.scenarios.find((s) => s.cooperationId === skaraborg.id)!;

describe('andel key export|import', { timeout: 120_000 }, () => {
  it('exports the stored definition, and imports a changed one as the next version', () => {
    const exported = andel('key', 'export', file, '--cooperation', 'skaraborg', '--key', 'skaraborg-9');
    expect(exported.status, exported.stderr).toBe(0);
    const definition = JSON.parse(exported.stdout) as Record<string, unknown> & { parameters: Record<string, string>; version: number };
    expect(definition).toEqual(skaraborgKey.definition);

    // 20 % equal instead of 15 %: saved as version 2 of the same key.
    const changed = dir.file('key-20.json');
    writeFileSync(changed, JSON.stringify({ ...definition, parameters: { ...definition.parameters, equalShare: '20' } }));
    const imported = andel('key', 'import', file, '--cooperation', 'skaraborg', '--from', changed, '--note', '20/80');
    expect(imported.status, imported.stderr).toBe(0);
    expect(imported.stdout).toContain(`version ${skaraborgKey.version + 1}`);

    const out = dir.file('key-v2.json');
    const again = andel('key', 'export', file, '--cooperation', 'skaraborg', '--key', String(definition['name']), '--out', out);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toContain(out);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual({ ...definition, parameters: { equalShare: '20' }, version: skaraborgKey.version + 1 });
    const first = andel('key', 'export', file, '--cooperation', 'skaraborg', '--key', 'skaraborg-9', '--version', '1');
    expect(JSON.parse(first.stdout)).toEqual(skaraborgKey.definition);
  });

  it('refuses a key the engine refuses, naming the field, and stores nothing', () => {
    const bad = dir.file('key-bad.json');
    const definition = skaraborgKey.definition as { components: Record<string, unknown>[] };
    writeFileSync(bad, JSON.stringify({ ...definition, id: 'skaraborg-bad', components: [{ ...definition.components[0], share: 'femton' }, definition.components[1]] }));
    const refused = andel('key', 'import', file, '--cooperation', 'skaraborg', '--from', bad);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('definition.components[0].share');
    expect(refused.stderr).toContain('[INVALID_INPUT]');
    const list = andel('keys', file, '--cooperation', 'skaraborg', '--json');
    expect((JSON.parse(list.stdout) as { ref: string }[]).some((k) => k.ref === 'skaraborg-bad')).toBe(false);

    const missing = andel('key', 'export', file, '--cooperation', 'skaraborg', '--key', 'nonesuch');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('--key: there is no key "nonesuch"');
  });
});

describe('andel scenario-def export|import', { timeout: 120_000 }, () => {
  it('exports the stored definition, imports it as a new scenario and over a stored one', () => {
    const exported = andel('scenario-def', 'export', file, '--cooperation', 'skaraborg', '--scenario', skaraborgScenario.name);
    expect(exported.status, exported.stderr).toBe(0);
    const definition = JSON.parse(exported.stdout) as Record<string, unknown>;
    expect(definition).toEqual(skaraborgScenario.definition);

    const copy = dir.file('scenario.json');
    writeFileSync(copy, JSON.stringify({ ...definition, id: 'skaraborg-copy' }));
    const added = andel('scenario-def', 'import', file, '--cooperation', 'skaraborg', '--from', copy, '--name', 'Kopia från fil');
    expect(added.status, added.stderr).toBe(0);
    expect(added.stdout).toMatch(/^Added scenario "Kopia från fil"/u);
    // The copy computes as the original: the same total for each year.
    const original = JSON.parse(andel('scenario', file, '--cooperation', 'skaraborg', '--scenario', skaraborgScenario.name, '--format', 'json').stdout) as { totals: unknown[] };
    const imported = JSON.parse(andel('scenario', file, '--cooperation', 'skaraborg', '--scenario', 'Kopia från fil', '--format', 'json').stdout) as { totals: unknown[] };
    expect(imported.totals).toEqual(original.totals);

    // Over the stored copy: a horizon one year shorter.
    const horizon = definition['horizon'] as { from: number; to: number };
    const costs = (definition['costs'] as { byYear: Record<string, string> }).byYear;
    writeFileSync(copy, JSON.stringify({ ...definition, id: 'skaraborg-copy', horizon: { from: horizon.from, to: horizon.from }, costs: { byYear: { [String(horizon.from)]: costs[String(horizon.from)] } } }));
    const replaced = andel('scenario-def', 'import', file, '--cooperation', 'skaraborg', '--from', copy, '--replace', 'Kopia från fil');
    expect(replaced.status, replaced.stderr).toBe(0);
    expect(replaced.stdout).toContain(`Replaced scenario "Kopia från fil"`);
    expect(replaced.stdout).toContain(`${horizon.from}–${horizon.from}`);
  });

  it('refuses a definition with each problem named by its field, and stores nothing', () => {
    const bad = dir.file('scenario-bad.json');
    const definition = skaraborgScenario.definition as Record<string, unknown> & { horizon: { from: number } };
    writeFileSync(bad, JSON.stringify({ ...definition, id: 'bad', horizon: { from: definition.horizon.from, to: definition.horizon.from - 1 }, currency: 'sek' }));
    const refused = andel('scenario-def', 'import', file, '--cooperation', 'skaraborg', '--from', bad, '--name', 'Felaktig');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('definition.currency');
    expect(refused.stderr).toContain('[INVALID_INPUT]');
    const list = andel('scenario', file, '--cooperation', 'skaraborg', '--scenario', 'Felaktig');
    expect(list.status).toBe(1);

    writeFileSync(bad, '[1, 2]');
    const notObject = andel('scenario-def', 'import', file, '--cooperation', 'skaraborg', '--from', bad);
    expect(notObject.status).toBe(1);
    expect(notObject.stderr).toContain('--from');
  });
});

describe('andel budget', { timeout: 120_000 }, () => {
  const sambruk = doc.cooperations.find((c) => c.name.includes('Sambruk'))!;
  const lines = doc.budgetLines.filter((l) => l.cooperationId === sambruk.id && l.year === 2025);
  // By hand from the document: revenue is the sum of the revenue lines, direct costs of the lines marked direct, the result of all lines.
  const revenue = lines.filter((l) => l.kind === 'revenue').reduce((s, l) => s + l.amount, 0);
  const direct = lines.filter((l) => l.kind === 'cost' && (l as { direct?: boolean }).direct === true).reduce((s, l) => s + l.amount, 0);
  const result = lines.reduce((s, l) => s + l.amount, 0);

  it('prints a year with its result as JSON (minor units)', () => {
    const run = andel('budget', file, '--cooperation', 'sambruk', '--year', '2025', '--format', 'json');
    expect(run.status, run.stderr).toBe(0);
    const budget = JSON.parse(run.stdout) as { units: string; years: number[]; lines: unknown[]; totals: { year: number; revenue: number; directCosts: number; grossResult: number; result: number }[] };
    expect(budget.units).toBe('minor');
    expect(budget.years).toEqual([2025]);
    expect(budget.lines).toHaveLength(lines.length);
    expect(budget.totals).toEqual([expect.objectContaining({ year: 2025, revenue, directCosts: direct, grossResult: revenue + direct, result })]);
  });

  it('prints it as a table in major units, and refuses a year without a budget', () => {
    const run = andel('budget', file, '--cooperation', 'sambruk', '--year', '2025');
    expect(run.status, run.stderr).toBe(0);
    const major = (minor: number) => `${minor < 0 ? '-' : ''}${Math.floor(Math.abs(minor) / 100)}.${String(Math.abs(minor) % 100).padStart(2, '0')}`;
    expect(run.stdout).toMatch(new RegExp(`^result\\s+${major(result).replace('.', '\\.')}$`, 'mu'));
    expect(run.stdout).toMatch(new RegExp(`^revenue\\s+${major(revenue).replace('.', '\\.')}$`, 'mu'));
    for (const l of lines) expect(run.stdout).toContain(l.label);

    const none = andel('budget', file, '--cooperation', 'sambruk', '--year', '1999');
    expect(none.status).toBe(1);
    expect(none.stderr).toContain('--year: Föreningen Sambruk has no budget for 1999');
    const format = andel('budget', file, '--cooperation', 'sambruk', '--format', 'csv');
    expect(format.status).toBe(1);
    expect(format.stderr).toContain('--format');
  });
});
