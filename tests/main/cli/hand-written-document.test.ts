/**
 * The path a treasurer's script takes: a small workspace document written by hand (only the
 * collections it needs), `andel import-json`, then `andel scenario --format json`. The expected
 * figures are worked out here with BigInt, independently of the engine.
 */
import { writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { runAndel } from '../../helpers/cli';
import { createTempDir } from '../../helpers/temp-dir';

const dir = createTempDir();
afterAll(() => dir.remove());

const andel = (...args: string[]) => runAndel(args);

const members = [
  { id: 1, name: 'Alfa', population: 12_345 },
  { id: 2, name: 'Beta', population: 54_321 },
  { id: 3, name: 'Gamma', population: 7_007 },
];
const observer = { id: 4, name: 'Delta', population: 30_000 };
const poolOre = 123_456_789n; // 1 234 567,89 kr

const key = {
  schemaVersion: 1,
  id: 'test-15-85',
  version: 1,
  name: '15 % lika, 85 % efter folkmängd',
  family: 'allocation',
  parameters: { equalShare: '15' },
  rounding: { unit: '0.01', mode: 'half-up' },
  components: [
    { type: 'equal', id: 'equal', share: { param: 'equalShare' } },
    { type: 'proportional', id: 'population', share: 'rest', metric: { name: 'population', yearOffset: -1, asOf: '12-31' } },
  ],
};
const scenario = {
  schemaVersion: 1,
  id: 'test-2025',
  name: 'Test 2025',
  currency: 'SEK',
  horizon: { from: 2025, to: 2025 },
  key: { ref: 'test-15-85', version: 1 },
  costs: { byYear: { '2025': '1234567.89' } },
};
const document = {
  format: 'andel-workspace',
  formatVersion: 1,
  workspace: { name: 'Handskriven', defaultCurrency: 'SEK', locale: 'sv' },
  organisations: [...members, observer].map((m) => ({ id: m.id, name: m.name, kind: 'municipality', orgNumber: null, officialCode: null, countryCode: 'SE', notes: null })),
  metricValues: [...members, observer].map((m) => ({ id: m.id, organisationId: m.id, metric: 'population', year: 2024, value: m.population, referenceDate: '2024-12-31', source: 'test' })),
  cooperations: [{ id: 1, name: 'Testsamverkan', kind: 'consortium', currency: 'SEK', description: null, startDate: null, endDate: null, hostOrganisationId: null }],
  participations: [
    ...members.map((m) => ({ id: m.id, cooperationId: 1, organisationId: m.id, role: 'member', joinedOn: '2020-01-01', leftOn: null, viaOrganisationId: null, notes: null })),
    { id: 4, cooperationId: 1, organisationId: 4, role: 'observer', joinedOn: '2020-01-01', leftOn: null, viaOrganisationId: null, notes: null },
  ],
  distributionKeys: [{ id: 1, cooperationId: 1, name: key.name, version: 1, definition: key, note: null }],
  scenarios: [{ id: 1, cooperationId: 1, name: scenario.name, description: null, keyId: 1, baselineScenarioId: null, definition: scenario }],
};

/** Largest remainder over exact shares pool × (15/100/n + 85/100 × p/P), in öre, ties to the larger remainder then the smaller id. */
function expectedShares(): Map<string, bigint> {
  const n = BigInt(members.length);
  const total = members.reduce((s, m) => s + BigInt(m.population), 0n);
  const den = 100n * n * total;
  const exact = members.map((m) => ({ name: m.name, num: poolOre * (15n * total + 85n * n * BigInt(m.population)) }));
  const floors = exact.map((e) => ({ ...e, floor: e.num / den, rem: e.num % den }));
  let left = poolOre - floors.reduce((s, f) => s + f.floor, 0n);
  const order = [...floors].sort((a, b) => (b.rem > a.rem ? 1 : b.rem < a.rem ? -1 : 0));
  const result = new Map(floors.map((f) => [f.name, f.floor]));
  for (const f of order) {
    if (left === 0n) break;
    result.set(f.name, f.floor + 1n);
    left--;
  }
  return result;
}

describe('a hand-written workspace document, imported and computed from the command line', { timeout: 120_000 }, () => {
  it('allocates the pool exactly, by 15/85, leaving the observer out', () => {
    const docPath = dir.file('hand.json');
    const file = dir.file('hand.andel');
    writeFileSync(docPath, JSON.stringify(document, null, 2));
    const imported = andel('import-json', file, '--from', docPath);
    expect(imported.status, imported.stderr).toBe(0);

    const run = andel('scenario', file, '--cooperation', 'Testsamverkan', '--scenario', 'Test 2025', '--format', 'json');
    expect(run.status, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout) as { members: { name: string; years: { year: number; net: number; charged: boolean }[] }[] };
    const expected = expectedShares();
    for (const [name, amount] of expected) {
      const row = out.members.find((m) => m.name === name)?.years.find((y) => y.year === 2025);
      expect(row?.net, name).toBe(Number(amount));
    }
    const delta = out.members.find((m) => m.name === 'Delta');
    expect(delta?.years.every((y) => y.net === 0) ?? true).toBe(true);
    const sum = out.members.reduce((s, m) => s + (m.years.find((y) => y.year === 2025)?.net ?? 0), 0);
    expect(sum).toBe(Number(poolOre));
  });

  it('refuses a document with an impossible date, naming the field, and writes no file', () => {
    const bad = structuredClone(document);
    bad.participations[0]!.joinedOn = '2018-06-31';
    const docPath = dir.file('bad.json');
    writeFileSync(docPath, JSON.stringify(bad));
    const run = andel('import-json', dir.file('bad.andel'), '--from', docPath);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/participations\[0\]\.joinedOn/);
    expect(run.stderr).toMatch(/2018-06-31/);
    expect(dir.list()).not.toContain('bad.andel');
  });
});
