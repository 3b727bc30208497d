/**
 * "Direct cost" (passes straight through, counted in the gross result) is a property of a budget
 * line that the user sets, not a consequence of two category names: stored in the workspace, set
 * for existing lines by the migration from the old category rule, carried by the workspace document.
 */
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createWorkspaceFile } from '../../../src/main/db/create-workspace';
import { openWorkspace } from '../../../src/main/db/open-workspace';
import { exportDocument } from '../../../src/main/document/export-document';
import { importDocument } from '../../../src/main/document/import-document';
import { useDemoWorkspace } from '../../helpers/demo-workspace';
import { loadRichFixture } from '../../helpers/workspace-fixtures';

const f = useDemoWorkspace();

async function exportFrom(path: string) {
  const opened = await openWorkspace(path);
  try {
    return await exportDocument(opened.db);
  } finally {
    await opened.close();
  }
}
const SAMBRUK = 2;

// Sambruk 2026 (DOMAIN.md, SEK): revenue 4 080 000 + 13 086 629 + 2 377 032 = 19 543 661;
// direct costs (purchased services 8 459 197 and media passed through 2 377 032):
// gross result 19 543 661 − 8 459 197 − 2 377 032 = 8 707 432 kr = 870 743 200 öre.
const GROSS_2026 = (1_954_366_100 - 845_919_700 - 237_703_200);

describe('a direct cost is a property of the line', () => {
  it('keeps the gross result when the media costs are filed under another category name', async () => {
    const budget = await f.value('budgets:get', { cooperationId: SAMBRUK });
    const media = budget.lines.find((l) => l.year === 2026 && l.category === 'media_costs');
    expect(media?.direct).toBe(true);
    const { percentOfRevenue: _p, rowVersion, ...line } = media!;
    await f.value('budgetLines:save', { ...line, category: 'media', expectedVersion: rowVersion });
    const after = await f.value('budgets:get', { cooperationId: SAMBRUK });
    expect(after.totals.find((t) => t.year === 2026)?.grossResult).toBe(GROSS_2026);
    expect(GROSS_2026).toBe(870_743_200);
  });

  it('counts a line as direct exactly when the user says so, whatever its category', async () => {
    const budget = await f.value('budgets:get', { cooperationId: SAMBRUK });
    const purchased = budget.lines.find((l) => l.year === 2026 && l.category === 'purchased_services')!;
    const { percentOfRevenue: _p, rowVersion, ...line } = purchased;
    const saved = await f.value('budgetLines:save', { ...line, direct: false, expectedVersion: rowVersion });
    expect(saved.value.direct).toBe(false);
    expect(saved.previous?.direct).toBe(true);
    const after = await f.value('budgets:get', { cooperationId: SAMBRUK });
    // Purchased services no longer direct: gross 19 543 661 − 2 377 032 = 17 166 629 kr; the result is unchanged.
    expect(after.totals.find((t) => t.year === 2026)).toMatchObject({ grossResult: 1_954_366_100 - 237_703_200, result: 6_771_500 });
  });

  it('refuses a revenue line marked as a direct cost', async () => {
    const result = await f.call('budgetLines:save', { cooperationId: SAMBRUK, year: 2026, kind: 'revenue', category: 'grants', label: 'Bidrag', amount: 100, direct: true });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('INVALID_INPUT');
  });
});

describe('the workspace file and document carry the flag', () => {
  it('sets the flag of existing lines from the old category rule when an older file is migrated', async () => {
    const path = f.dir.file('old.andel');
    await createWorkspaceFile(path, { name: 'Old', defaultCurrency: 'SEK', locale: 'sv' }, {
      migrateTo: '2026-11-21-0002-lookup-indexes',
      fill: async (trx) => {
        await sql`INSERT INTO cooperations (id, name, kind, currency, description, start_date, end_date, host_organisation_id) VALUES (1, 'C', 'association', 'SEK', NULL, NULL, NULL, NULL)`.execute(trx);
        const lines: [string, string, number][] = [['revenue', 'media_revenue', 100], ['cost', 'purchased_services', -10], ['cost', 'media_costs', -20], ['cost', 'media', -30], ['cost', 'staff', -40]];
        for (const [position, [kind, category, amount]] of lines.entries()) {
          await sql`INSERT INTO budget_lines (cooperation_id, year, kind, category, label, amount, position) VALUES (1, 2026, ${kind}, ${category}, ${category}, ${amount}, ${position})`.execute(trx);
        }
      },
    });
    const opened = await openWorkspace(path);
    const rows = await opened.db.selectFrom('budgetLines').select(['category', 'direct']).orderBy('position').execute();
    await opened.close();
    expect(rows).toEqual([
      { category: 'media_revenue', direct: 0 },
      { category: 'purchased_services', direct: 1 },
      { category: 'media_costs', direct: 1 },
      { category: 'media', direct: 0 },
      { category: 'staff', direct: 0 },
    ]);
  });

  it('exports the flag, imports it back unchanged, and derives it for a document written before it existed', async () => {
    const doc = loadRichFixture() as { budgetLines: Record<string, unknown>[] };
    for (const line of doc.budgetLines) delete line.direct;
    doc.budgetLines.push({ ...doc.budgetLines[0], id: 900, kind: 'cost', category: 'purchased_services', amount: -5, direct: false });
    const path = f.dir.file('from-old-doc.andel');
    await importDocument(path, doc);
    const exported = await exportFrom(path);
    const flags = exported.budgetLines.map((l) => [l.category, l.kind, l.direct]);
    for (const [category, kind, direct] of flags) {
      if (category === 'purchased_services' && direct === false) continue;
      expect(direct).toBe(kind === 'cost' && (category === 'purchased_services' || category === 'media_costs'));
    }
    expect(exported.budgetLines.find((l) => l.id === 900)?.direct).toBe(false);
    // Lossless: a second round trip gives the same document.
    const again = f.dir.file('again.andel');
    await importDocument(again, exported);
    expect(await exportFrom(again)).toEqual(exported);
  });
});
