/**
 * `andel annex`, `invoicing` and `register` as users run them: a separate process on a real demo
 * workspace file. Every export must be in the workspace's export log with the file's real
 * SHA-256; the annex must recompute in LibreOffice to the figures `andel scenario --format json`
 * prints (one recalculation: LibreOffice is slow on CI); the invoicing basis's quarters must add up
 * to each member's yearly charge; the register must read back with its decisions.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportLogEntry } from '../../../src/shared/api/channels/exports.channels';
import { createKysely } from '../../../src/main/db/kysely-instance';
import { openImmutable } from '../../../src/main/db/sqlite-connection';
import { annexLabels } from '../../../src/main/export/annex/annex-labels';
import { exportLabels } from '../../../src/main/export/export-labels';
import { runAndel, type CliResult } from '../../helpers/cli';
import { sha256File } from '../../helpers/file-hash';
import type { CellScalar } from '../../helpers/libreoffice';
import { readValues, recalculateWithLibreOffice } from '../../helpers/libreoffice';
import { createTempDir } from '../../helpers/temp-dir';
import { demoDocumentPath } from '../../helpers/workspace-fixtures';
import { majorToMinor } from '../../helpers/xlsx-files';

const dir = createTempDir('andel-exports-cli-');
const file = dir.file('demo.andel');

const SKARABORG = 'Bibliotek Skaraborg 9-gruppen';
const SKARABORG_SCENARIO = 'Skaraborg 9-gruppen 2017–2018';
const BIBBLIX = 'Bibblix';
const BIBBLIX_SCENARIO = 'Bibblix i VGR-erbjudandet';

const andel = (...args: string[]): CliResult => runAndel(args, { ANDEL_DEBUG: '' });

/** A row of the export log, as the contract declares it. */
type LogRow = ExportLogEntry;

/** The workspace's export log, read through an immutable view (the file stays untouched). */
async function exportLog(): Promise<LogRow[]> {
  const db = createKysely(openImmutable(file, {}));
  try {
    return await db.selectFrom('exportLog').select(['id', 'exportedAt', 'kind', 'snapshotId', 'scenarioId', 'fileName', 'sha256']).orderBy('id').execute();
  } finally {
    await db.destroy();
  }
}

interface ScenarioJson {
  years: number[];
  components: { id: string; label: string }[];
  members: { name: string; years: { year: number; charged: boolean; gross: number; net: number; components: Record<string, number> }[] }[];
  totals: { year: number; net: number }[];
}

function scenarioJson(cooperation: string, scenario: string): ScenarioJson {
  const out = andel('scenario', file, '--cooperation', cooperation, '--scenario', scenario, '--format', 'json');
  expect(out.status, out.stderr).toBe(0);
  return JSON.parse(out.stdout) as ScenarioJson;
}

type Values = Record<string, Record<string, CellScalar>>;

/** The rows of a sheet's table below the header row whose column A reads `firstHeader`: header text → value. */
function tableRows(values: Values, sheet: string, firstHeader: string): Record<string, CellScalar>[] {
  const cells = values[sheet] ?? {};
  const at = (column: string, row: number): CellScalar => cells[`${column}${row}`] ?? null;
  const rowsOf = Object.keys(cells).map((address) => Number(/\d+$/.exec(address)?.[0]));
  const last = Math.max(...rowsOf);
  const headerRow = rowsOf.filter((row) => at('A', row) === firstHeader).sort((a, b) => a - b)[0];
  if (headerRow === undefined) throw new Error(`${sheet}: no header row starting with "${firstHeader}"`);
  const columns = Object.keys(cells)
    .filter((address) => Number(/\d+$/.exec(address)?.[0]) === headerRow)
    .map((address) => ({ letter: /^[A-Z]+/.exec(address)?.[0] ?? '', header: String(cells[address]) }));
  const rows: Record<string, CellScalar>[] = [];
  for (let row = headerRow + 1; row <= last; row += 1) {
    if (at('A', row) === null) continue;
    rows.push(Object.fromEntries(columns.map((c) => [c.header, at(c.letter, row)])));
  }
  return rows;
}

/** exceljs reads a formula whose cached value is 0 back without a result. */
const minor = (value: CellScalar): number => majorToMinor(value === null ? 0 : (value as number), 2);

beforeAll(() => {
  // The demo document without the demo's own adoption, so the scenarios start un-adopted.
  const demo = andel('import-json', file, '--from', demoDocumentPath);
  expect(demo.status, demo.stderr).toBe(0);
}, 120_000);
afterAll(() => dir.remove());

describe('andel annex', { timeout: 180_000 }, () => {
  it('exports a draft when the scenario has not been adopted, says so on stderr, and logs the file with its SHA-256', async () => {
    const out = dir.file('skaraborg-draft.xlsx');
    const run = andel('annex', file, '--cooperation', SKARABORG, '--scenario', SKARABORG_SCENARIO, '--lang', 'sv', '--out', out);
    expect(run.status, run.stderr).toBe(0);
    // The note is in the language of --lang (Swedish here), as are the command's other lines.
    expect(run.stderr).toMatch(/^andel: obs: .*har inte fastställts.*UTKAST/u);
    expect(run.stdout).toContain(' (utkast) till ');
    expect(existsSync(out)).toBe(true);
    expect(run.stdout).toContain(`SHA-256 ${sha256File(out)}`);
    const log = await exportLog();
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ kind: 'annex', snapshotId: null, fileName: 'skaraborg-draft.xlsx', sha256: sha256File(out) });
    expect(log[0]?.scenarioId).toBeGreaterThan(0);
    // Every sheet carries the draft marker (it is in the page header of each).
    const values = await readValues(out);
    const draft = exportLabels('sv').common.draft;
    for (const [sheet, cells] of Object.entries(values)) expect(Object.values(cells).some((v) => typeof v === 'string' && v.includes(draft)), sheet).toBe(true);
  });

  it('after adoption exports the snapshot, and LibreOffice recomputes it to the figures of `andel scenario --format json`', async () => {
    const adopt = andel('adopt', file, '--cooperation', SKARABORG, '--scenario', SKARABORG_SCENARIO, '--decision', 'SG 2017:1');
    expect(adopt.status, adopt.stderr).toBe(0);
    const snapshotId = Number(/Snapshot (\d+)/u.exec(adopt.stdout)?.[1]);
    const contentHash = /SHA-256 ([0-9a-f]{64})/u.exec(adopt.stdout)?.[1];

    const out = dir.file('skaraborg-annex.xlsx');
    const run = andel('annex', file, '--cooperation', SKARABORG, '--scenario', SKARABORG_SCENARIO, '--lang', 'en', '--out', out);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain(`(snapshot ${snapshotId})`);
    const logged = (await exportLog()).at(-1);
    expect(logged).toMatchObject({ kind: 'annex', snapshotId, fileName: 'skaraborg-annex.xlsx', sha256: sha256File(out) });

    const expected = scenarioJson(SKARABORG, SKARABORG_SCENARIO);
    const labels = annexLabels('en');
    const recalculated = await recalculateWithLibreOffice(out);
    const values = await readValues(recalculated);
    // The cover names the adopted snapshot's content hash.
    expect(Object.values(values[labels.sheets.cover] ?? {}).some((v) => typeof v === 'string' && contentHash !== undefined && v.includes(contentHash))).toBe(true);
    let checked = 0;
    for (const year of expected.years) {
      const rows = tableRows(values, `${labels.sheets.members} ${year}`, labels.members.member);
      const totalAt = rows.findIndex((r) => r[labels.members.member] === labels.members.total);
      expect(totalAt).toBeGreaterThan(0);
      const memberRows = rows.slice(0, totalAt);
      const paying = expected.members.filter((m) => m.years.some((y) => y.year === year && y.charged));
      expect(memberRows).toHaveLength(paying.length);
      for (const member of paying) {
        const row = memberRows.find((r) => r[labels.members.member] === member.name);
        expect(row, `${member.name} ${year}`).toBeDefined();
        const figures = member.years.find((y) => y.year === year);
        expect(minor(row?.[labels.members.toPay] ?? null), `${member.name} ${year} to pay`).toBe(figures?.net);
        expect(minor(row?.[labels.members.gross] ?? null), `${member.name} ${year} charged`).toBe(figures?.gross);
        checked += 1;
      }
      const total = rows.find((r) => r[labels.members.member] === labels.members.total);
      expect(minor(total?.[labels.members.toPay] ?? null), `total ${year}`).toBe(expected.totals.find((t) => t.year === year)?.net);
    }
    expect(checked).toBe(16);
  });

  it('refuses to replace an existing --out unless --force, and logs nothing when it refuses', async () => {
    const out = dir.file('existing.xlsx');
    writeFileSync(out, 'a file someone keeps');
    const before = sha256File(out);
    const logBefore = await exportLog();
    const refused = andel('annex', file, '--cooperation', SKARABORG, '--scenario', SKARABORG_SCENARIO, '--lang', 'sv', '--out', out);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toBe('');
    // Messages follow --lang: Swedish here.
    expect(refused.stderr).toContain('finns redan; ingenting skrevs. Ange --force för att ersätta den.');
    expect(refused.stderr).toContain('[CONFLICT]');
    expect(sha256File(out)).toBe(before);
    expect(await exportLog()).toEqual(logBefore);

    const forced = andel('annex', file, '--cooperation', SKARABORG, '--scenario', SKARABORG_SCENARIO, '--lang', 'sv', '--out', out, '--force');
    expect(forced.status, forced.stderr).toBe(0);
    expect(sha256File(out)).not.toBe(before);
    expect((await exportLog()).at(-1)).toMatchObject({ kind: 'annex', fileName: 'existing.xlsx', sha256: sha256File(out) });
    expect(dir.list().filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses a bad --lang with a clear message and writes nothing', async () => {
    const out = dir.file('bad-lang.xlsx');
    const logBefore = await exportLog();
    const run = andel('annex', file, '--cooperation', SKARABORG, '--scenario', SKARABORG_SCENARIO, '--lang', 'de', '--out', out);
    expect(run.status).toBe(2); // a value --lang never takes: the command line is wrong
    expect(run.stderr).toContain('andel: --lang: "de" is not an export language; use sv (Swedish), nb (Norwegian Bokmål) or en (English)');
    expect(existsSync(out)).toBe(false);
    expect(await exportLog()).toEqual(logBefore);
  });

  it('refuses an unknown snapshot, and --draft with --snapshot', () => {
    const out = dir.file('never.xlsx');
    const unknown = andel('annex', file, '--cooperation', SKARABORG, '--scenario', SKARABORG_SCENARIO, '--lang', 'sv', '--out', out, '--snapshot', '999');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/--snapshot: ”999” är ingen version av ”Skaraborg 9-gruppen 2017–2018”. Versioner: \d+; eller ”latest”/u);
    const both = andel('annex', file, '--cooperation', SKARABORG, '--scenario', SKARABORG_SCENARIO, '--lang', 'sv', '--out', out, '--snapshot', 'latest', '--draft');
    expect(both.status).toBe(1);
    expect(both.stderr).toContain('--draft och --snapshot utesluter varandra');
    expect(existsSync(out)).toBe(false);
  });
});

describe('andel invoicing', { timeout: 120_000 }, () => {
  it("writes the Bibblix invoicing basis whose quarters add up exactly to each member's yearly charge", async () => {
    const out = dir.file('bibblix-invoicing.xlsx');
    const run = andel('invoicing', file, '--cooperation', BIBBLIX, '--scenario', BIBBLIX_SCENARIO, '--lang', 'en', '--out', out);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain('DRAFT');
    expect((await exportLog()).at(-1)).toMatchObject({ kind: 'invoicing_basis', snapshotId: null, fileName: 'bibblix-invoicing.xlsx', sha256: sha256File(out) });

    const expected = scenarioJson(BIBBLIX, BIBBLIX_SCENARIO);
    const words = annexLabels('en').invoicing;
    const total = exportLabels('en').common.total;
    const values = await readValues(out);
    const rows = tableRows(values, Object.keys(values)[0] ?? '', words.invoiceTo).filter((r) => r[words.invoiceTo] !== total && r[words.member] !== null);
    expect(rows.length).toBeGreaterThan(0);
    const management = expected.components.find((c) => c.id === 'management')?.label;
    expect(management).toBeDefined();
    let quarterly = 0;
    for (const member of expected.members) {
      for (const year of member.years) {
        const lines = rows.filter((r) => r[words.member] === member.name && r[words.year] === year.year);
        const invoiced = lines.reduce((sum, r) => sum + minor(r[words.toInvoice] ?? null), 0);
        expect(invoiced, `${member.name} ${year.year}`).toBe(year.net);
        // The management fee is invoiced quarterly in advance: its quarters add up to the year's fee exactly.
        const quarters = lines.filter((r) => r[words.component] === management);
        if ((year.components.management ?? 0) === 0) continue;
        quarterly += 1;
        expect(quarters.every((r) => r[words.period] !== words.yearly), `${member.name} ${year.year} quarterly`).toBe(true);
        expect(quarters.reduce((sum, r) => sum + minor(r[words.amount] ?? null), 0), `${member.name} ${year.year} quarters`).toBe(year.components.management);
      }
    }
    expect(quarterly).toBeGreaterThan(0);
  });

  it('--year limits the basis to one year of the horizon, and a year outside it is refused', async () => {
    const expected = scenarioJson(BIBBLIX, BIBBLIX_SCENARIO);
    const year = expected.years[1] ?? 0;
    const out = dir.file('bibblix-invoicing-year.xlsx');
    const run = andel('invoicing', file, '--cooperation', BIBBLIX, '--scenario', BIBBLIX_SCENARIO, '--lang', 'sv', '--out', out, '--year', String(year), '--frequency', 'quarterly');
    expect(run.status, run.stderr).toBe(0);
    const words = annexLabels('sv').invoicing;
    const values = await readValues(out);
    const rows = tableRows(values, Object.keys(values)[0] ?? '', words.invoiceTo).filter((r) => typeof r[words.year] === 'number');
    expect(new Set(rows.map((r) => r[words.year]))).toEqual(new Set([year]));
    expect(rows.every((r) => r[words.period] !== words.yearly)).toBe(true);
    const sum = rows.reduce((s, r) => s + minor(r[words.toInvoice] ?? null), 0);
    expect(sum).toBe(expected.totals.find((t) => t.year === year)?.net);

    const outside = andel('invoicing', file, '--cooperation', BIBBLIX, '--scenario', BIBBLIX_SCENARIO, '--lang', 'sv', '--out', dir.file('never.xlsx'), '--year', '1999');
    expect(outside.status).toBe(1);
    expect(outside.stderr).toContain('--year: 1999 ligger utanför scenariots period');
    expect(existsSync(dir.file('never.xlsx'))).toBe(false);
  });
});

describe('andel register', { timeout: 120_000 }, () => {
  it('writes the decision register of a cooperation that reads back with the Koha decision, and logs it', async () => {
    const out = dir.file('register.xlsx');
    const run = andel('register', file, '--cooperation', SKARABORG, '--lang', 'sv', '--out', out);
    expect(run.status, run.stderr).toBe(0);
    expect((await exportLog()).at(-1)).toMatchObject({ kind: 'decision_register', snapshotId: null, scenarioId: null, fileName: 'register.xlsx', sha256: sha256File(out) });
    const columns = exportLabels('sv').decisionRegister.columns;
    const values = await readValues(out);
    const rows = tableRows(values, Object.keys(values)[0] ?? '', columns.number);
    const koha = rows.find((r) => r[columns.title] === 'Val av bibliotekssystem: Koha');
    expect(koha).toMatchObject({ [columns.number]: 'SG 2016:1', [columns.body]: 'Styrgrupp Bibliotek Skaraborg 9-gruppen' });
    // Only Skaraborg's bodies: Bibblix's council is not in it. The adoption made above is a link.
    expect(rows.some((r) => String(r[columns.body]).includes('Bibblix'))).toBe(false);
    const adopting = rows.find((r) => r[columns.number] === 'SG 2017:1');
    expect(String(adopting?.[columns.links])).toContain(SKARABORG_SCENARIO);
  });
});
