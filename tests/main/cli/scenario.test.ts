/**
 * `andel scenario`, `keys` and `adopt` as users run them: a separate process on a real demo
 * workspace file. Expected figures are computed here from the demo document's own data.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkspaceDocument } from '../../../src/shared/document/workspace-document.schema';
import { canonicalJson } from '../../../src/main/document/canonical-json';
import { runAndel, type CliResult } from '../../helpers/cli';
import { createTempDir } from '../../helpers/temp-dir';
import { loadDemoDocument, demoDocumentPath } from '../../helpers/workspace-fixtures';

const doc = loadDemoDocument() as WorkspaceDocument;
const dir = createTempDir();
const file = dir.file('demo.andel');

const andel = (...args: string[]): CliResult => runAndel(args, { ANDEL_DEBUG: '' });

/** A tiny CSV reader for the CLI's output (quotes only where needed). */
function parseCsv(text: string): Record<string, string>[] {
  const rows = text.trimEnd().split('\n').map((line) => {
    const cells: string[] = [];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i]!;
      if (quoted) {
        if (ch === '"' && line[i + 1] === '"') {
          cell += '"';
          i++;
        } else if (ch === '"') quoted = false;
        else cell += ch;
      } else if (ch === '"') quoted = true;
      else if (ch === ',') {
        cells.push(cell);
        cell = '';
      }
      else cell += ch;
    }
    cells.push(cell);
    return cells;
  });
  const [header, ...body] = rows;
  return body.map((cells) => Object.fromEntries(header!.map((h, i) => [h, cells[i] ?? ''])));
}

beforeAll(() => {
  // The demo document without the demo's own adoption, so the scenarios start un-adopted.
  const demo = andel('import-json', file, '--from', demoDocumentPath);
  expect(demo.status, demo.stderr).toBe(0);
}, 120_000);
afterAll(() => dir.remove());

describe('andel scenario', { timeout: 120_000 }, () => {
  const coop = doc.cooperations.find((c) => c.name.includes('Skaraborg'))!;
  const scenario = doc.scenarios.find((s) => s.cooperationId === coop.id)!;
  const costs = (scenario.definition as { costs: { byYear: Record<string, string> } }).costs.byYear;
  const members = doc.participations.filter((p) => p.cooperationId === coop.id && p.role === 'member').map((p) => p.organisationId);

  it('prints CSV: one row per member and year with component columns, major units with a dot, then the totals', () => {
    // The cooperation's name in other case: matched case-insensitively.
    const out = andel('scenario', file, '--cooperation', coop.name.toUpperCase(), '--scenario', scenario.name, '--format', 'csv');
    expect(out.status, out.stderr).toBe(0);
    expect(out.stdout.split('\n')[0]).toBe('member,organisation_id,year,equal,population,rounding_adjustment,gross,subsidies,net');
    const rows = parseCsv(out.stdout);
    expect(rows).toHaveLength(8 * 2 + 2);
    expect(rows.map((r) => r.member)).not.toContain('Falköping');
    for (const [yearText, cost] of Object.entries(costs)) {
      const year = Number(yearText);
      const pops = new Map(members.map((id) => [id, BigInt(doc.metricValues.find((m) => m.organisationId === id && m.year === year - 1)!.value)]));
      const P = [...pops.values()].reduce((a, b) => a + b, 0n);
      let sum = 0n;
      for (const row of rows.filter((r) => r.year === yearText && r.member !== 'TOTAL')) {
        expect(row.net).toMatch(/^\d+\.\d{2}$/);
        const pool = BigInt(cost);
        const num = pool * (15n * P + 85n * 8n * pops.get(Number(row.organisation_id))!);
        const den = 800n * P;
        const floor = num / den;
        const net = BigInt(row.net!.replace('.', ''));
        expect([floor * 100n, (floor + (num % den === 0n ? 0n : 1n)) * 100n]).toContain(net);
        expect(BigInt(row.equal!.replace('.', '')) + BigInt(row.population!.replace('.', '')) + BigInt(row.rounding_adjustment!.replace('.', ''))).toBe(net);
        sum += net;
      }
      expect(sum).toBe(BigInt(cost) * 100n);
      expect(rows.find((r) => r.member === 'TOTAL' && r.year === yearText)!.net).toBe(`${cost}.00`);
    }
  });

  it('prints JSON in minor units, for one year with --year', () => {
    const out = andel('scenario', file, '--cooperation', coop.name, '--scenario', scenario.name, '--format', 'json', '--year', '2018');
    expect(out.status, out.stderr).toBe(0);
    const json = JSON.parse(out.stdout) as { units: string; years: number[]; members: { years: { net: number }[] }[]; totals: { year: number; net: number }[] };
    expect(json.units).toBe('minor');
    expect(json.years).toEqual([2018]);
    expect(json.members).toHaveLength(8);
    expect(json.members.reduce((s, m) => s + m.years[0]!.net, 0)).toBe(Number(costs['2018']) * 100);
    expect(json.totals).toEqual([expect.objectContaining({ year: 2018, net: Number(costs['2018']) * 100 })]);
  });

  it('the Norwegian price bands total 10 000 000.00 NOK a year', () => {
    const ffl = doc.cooperations.find((c) => c.currency === 'NOK')!;
    const out = andel('scenario', file, '--cooperation', ffl.name, '--scenario', doc.scenarios.find((s) => s.cooperationId === ffl.id)!.name, '--format', 'csv');
    expect(out.status, out.stderr).toBe(0);
    const totals = parseCsv(out.stdout).filter((r) => r.member === 'TOTAL');
    expect(totals.map((r) => [r.year, r.net])).toEqual([2025, 2026, 2027, 2028, 2029, 2030].map((y) => [String(y), '10000000.00']));
  });

  it('finds a cooperation and a scenario by a part of the name, ignoring case and accents, but never guesses between two', () => {
    const byPart = andel('scenario', file, '--cooperation', 'skaraborg', '--scenario', '2017', '--format', 'json');
    expect(byPart.status, byPart.stderr).toBe(0);
    expect((JSON.parse(byPart.stdout) as { scenario: { name: string } }).scenario.name).toBe(scenario.name);
    const accents = andel('keys', file, '--cooperation', 'FORENINGEN SAMBRUK', '--json');
    expect(accents.status, accents.stderr).toBe(0);
    const sambruk = doc.scenarios.filter((s) => s.cooperationId === doc.cooperations.find((c) => c.name.includes('Sambruk'))!.id);
    expect(sambruk.length).toBeGreaterThan(1);
    const ambiguous = andel('scenario', file, '--cooperation', 'sambruk', '--scenario', 'sambruk');
    expect(ambiguous.status).toBe(1);
    expect(ambiguous.stderr).toContain('"sambruk" fits more than one scenario of Föreningen Sambruk: ');
    for (const s of sambruk) expect(ambiguous.stderr).toContain(`"${s.name}"`);
  });

  it('an unknown name lists the available ones; a bad option fails; errors go to stderr with a non-zero exit', () => {
    const unknown = andel('scenario', file, '--cooperation', 'Nine group', '--scenario', 'x');
    expect(unknown.status).toBe(1);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toContain('there is no cooperation named "Nine group". Available: "Bibliotek Skaraborg 9-gruppen", "Föreningen Sambruk"');
    const noScenario = andel('scenario', file, '--cooperation', coop.name, '--scenario', 'Budget 2099');
    expect(noScenario.stderr).toContain(`Available: "${scenario.name}"`);
    expect(andel('scenario', file, '--cooperation', coop.name, '--scenario', scenario.name, '--format', 'xml').status).toBe(1);
    expect(andel('scenario', file, '--cooperation', coop.name, '--scenario', scenario.name, '--year', '2030').stderr).toContain('outside the scenario');
    expect(andel('scenario', file, '--cooperation', coop.name).status).toBe(2);
  });

  it('keys lists the keys; adopt creates a snapshot whose hash the exported document confirms', () => {
    const keys = andel('keys', file, '--cooperation', 'föreningen sambruk', '--json');
    expect(keys.status, keys.stderr).toBe(0);
    expect((JSON.parse(keys.stdout) as { ref: string }[]).map((k) => k.ref).sort()).toEqual(['sambruk-group', 'sambruk-individual']);

    const adopted = andel('adopt', file, '--cooperation', coop.name, '--scenario', scenario.name, '--decision', 'sg 2017:1');
    expect(adopted.status, adopted.stderr).toBe(0);
    const hash = /SHA-256 ([0-9a-f]{64})/.exec(adopted.stdout)?.[1];
    expect(hash).toBeDefined();
    const refused = andel('adopt', file, '--cooperation', coop.name, '--scenario', scenario.name, '--decision', 'STY 2025:1');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('Available: "SG 2016:1"');

    expect(andel('export-json', file, '--out', dir.file('after.json')).status).toBe(0);
    const exported = JSON.parse(readFileSync(dir.file('after.json'), 'utf8')) as WorkspaceDocument;
    expect(exported.snapshots).toHaveLength(1);
    expect(exported.snapshots[0]!.contentHash).toBe(hash);
    expect(createHash('sha256').update(canonicalJson(exported.snapshots[0]!.content), 'utf8').digest('hex')).toBe(hash);
    expect(exported.decisionLinks.filter((l) => l.kind === 'adopts_snapshot')).toEqual([
      expect.objectContaining({ decisionId: doc.decisions.find((d) => d.number === 'SG 2017:1')!.id, snapshotId: exported.snapshots[0]!.id }),
    ]);
  });
});
