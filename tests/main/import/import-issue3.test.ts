/**
 * Import, the cases from issue 3: an unquoted thousands separator in a comma file is a row with
 * more cells than the header (an error naming the row, never 57 for 57 000); Swedish Excel's
 * "13 097,0" (space, NBSP or narrow NBSP grouping) reads as 13 097; a fraction is refused; the
 * preview tells a new figure from a changed one and shows the previous year's; and an import is
 * undone in one step.
 */
import { describe, expect, it } from 'vitest';
import { parseCount } from '../../../src/main/import/import-plan';
import { localizeError } from '../../../src/shared/errors';
import { dbContentHash } from '../../helpers/db-content-hash';
import { useDemoWorkspace } from '../../helpers/demo-workspace';

const f = useDemoWorkspace();
const utf8 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');

async function populationOf(name: string, year: number): Promise<number | null> {
  const row = await f.ctx.session.db
    .selectFrom('metricValues as m')
    .innerJoin('organisations as o', 'o.id', 'm.organisationId')
    .select('m.value')
    .where('o.name', '=', name)
    .where('m.metric', '=', 'population')
    .where('m.year', '=', year)
    .executeTakeFirst();
  return row?.value ?? null;
}

describe('reading counts', () => {
  it.each([
    ['13 097,0', 13097],
    ['13\u00a0097,0', 13097],
    ['13\u202f097,0', 13097],
    ['1 234 567,00', 1234567],
    ['13097,0', 13097],
  ])('reads Swedish Excel output %j as %d', (text, expected) => {
    expect(parseCount(text)).toEqual({ value: expected });
  });

  it.each([['13 097,5'], ['13\u00a0097,25'], ['13097,5'], ['12,5']])('refuses the fraction %j: a population is whole', (text) => {
    expect(parseCount(text)).toEqual({ error: expect.objectContaining({ messageKey: 'error.import.fraction' }) });
  });
});

describe('a row with more cells than the header', () => {
  it('is an error naming the row, not 57 for "57,000"', async () => {
    const text = 'Kommun,Folkmängd\nHjo,9150\nSkövde,57,000\nTibro,11050\n';
    const preview = await f.value('import:preview', { fileName: 'comma.csv', contentBase64: utf8(text), options: { year: 2018 } });
    expect(preview.delimiter).toBe(',');
    expect(preview.errors).toMatchObject([{ row: 3, column: null, messageKey: 'error.import.extraCells', params: { cells: 3, columns: 2 } }]);
    expect(preview.rows.find((r) => r.row === 3)?.action).toBe('error');
    const before = await dbContentHash(f.ctx.session.db);
    const commit = await f.call('import:commit', { fileName: 'comma.csv', contentBase64: utf8(text), mapping: preview.mapping, options: preview.options });
    expect(commit.ok).toBe(false);
    if (!commit.ok) expect(localizeError(commit.error, 'sv').issues?.[0]?.message).toContain('3 celler');
    expect(await dbContentHash(f.ctx.session.db)).toBe(before);
    expect(await populationOf('Skövde', 2018)).toBeNull();
  });
});

describe('the preview', () => {
  it('tells a new figure from a changed one, and shows the figure before and the previous year’s', async () => {
    // The demo holds Hjo 9 140, Skövde 55 200 and Tibro 11 040 for 2017, and 9 080, 54 550, 11 000 for 2016.
    const text = 'Kommun;Folkmängd\nHjo;9 140\nSkövde;55 300\n';
    const changed = await f.value('import:preview', { fileName: 'a.csv', contentBase64: utf8(text), options: { year: 2017 } });
    expect(changed.rows.map((r) => [r.organisationName, r.action, r.previousPopulation, r.previousYearPopulation])).toEqual([
      ['Hjo', 'unchanged', 9140, 9080],
      ['Skövde', 'update', 55200, 54550],
    ]);
    const added = await f.value('import:preview', { fileName: 'b.csv', contentBase64: utf8('Kommun;Folkmängd\nTibro;11 100,0\n'), options: { year: 2018 } });
    expect(added.rows.map((r) => [r.organisationName, r.action, r.population, r.previousPopulation, r.previousYearPopulation])).toEqual([['Tibro', 'add', 11100, null, 11040]]);
    expect(added.summary).toEqual({ create: 0, add: 1, update: 0, unchanged: 0, error: 0 });
  });
});

describe('undoing an import', () => {
  it('puts back every figure and removes the organisations it created, in one step', async () => {
    const text = 'Kommun;Folkmängd\nSkövde;55 300\nTibro;11 100\nAtlantis;57 000\n';
    const options = { year: 2017, createMissing: true };
    const preview = await f.value('import:preview', { fileName: 'c.csv', contentBase64: utf8(text), options });
    const result = await f.value('import:commit', { fileName: 'c.csv', contentBase64: utf8(text), mapping: preview.mapping, options: preview.options });
    expect(result).toMatchObject({ created: 1, updated: 2, organisationsCreated: 1 });
    expect(await populationOf('Skövde', 2017)).toBe(55300);
    const reverted = await f.value('import:revert', { changes: result.changes, createdOrganisationIds: result.createdOrganisationIds });
    expect(reverted).toEqual({ restored: 2, removed: 1, organisationsRemoved: 1 });
    expect(await populationOf('Skövde', 2017)).toBe(55200);
    expect(await populationOf('Tibro', 2017)).toBe(11040);
    expect(await populationOf('Atlantis', 2017)).toBeNull();
    // The data is as before; only the audit trail has grown (the import and its undo).
    const audit = await f.ctx.session.db.selectFrom('auditLog').select(['entity', 'action']).orderBy('id', 'desc').limit(4).execute();
    expect(audit.map((a) => `${a.entity}:${a.action}`)).toEqual(['organisation:delete', 'metric_value:delete', 'metric_value:update', 'metric_value:update']);
    const again = await f.call('import:revert', { changes: result.changes, createdOrganisationIds: result.createdOrganisationIds });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('refuses to undo a figure that changed since, writing nothing', async () => {
    const text = 'Kommun;Folkmängd\nSkövde;55 300\n';
    const preview = await f.value('import:preview', { fileName: 'd.csv', contentBase64: utf8(text), options: { year: 2017 } });
    const result = await f.value('import:commit', { fileName: 'd.csv', contentBase64: utf8(text), mapping: preview.mapping, options: preview.options });
    await f.ctx.session.db.updateTable('metricValues').set({ value: 55400 }).where('id', '=', result.changes[0]!.metricValueId).execute();
    const before = await dbContentHash(f.ctx.session.db);
    const refused = await f.call('import:revert', { changes: result.changes, createdOrganisationIds: result.createdOrganisationIds });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', messageKey: 'error.import.changedSince' } });
    expect(await dbContentHash(f.ctx.session.db)).toBe(before);
  });
});
