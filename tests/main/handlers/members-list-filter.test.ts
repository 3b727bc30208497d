/**
 * members:list filters in SQL: by cooperation (any role) and by search words, each word the start
 * of a word of the name, organisation number or official code, case-insensitive (å ä ö too).
 * Real SQLite workspace from the rich fixture (12 organisations; cooperation 1 holds ids 1–9,
 * cooperation 2 holds Oslo kommune and Staten v/ Digitaliseringsdirektoratet), plus two added here.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../src/main/api/dispatch';
import { createHandlers, type AppContext } from '../../../src/main/handlers/index';
import { WorkspaceSession } from '../../../src/main/workspace/session';
import { useTempDirs } from '../../helpers/temp-dir';
import { fixedClock, loadRichFixture } from '../../helpers/workspace-fixtures';
import { openTestWorkspace } from '../../helpers/pg-workspace';

const tempDir = useTempDirs();
const handlers = createHandlers();
let ctx: AppContext;

type Row = { organisationId: number; name: string; participations: { cooperationId: number; role: string }[] };

async function names(input: { cooperationId?: number; search?: string }): Promise<string[]> {
  const result = await dispatch(handlers, ctx, 'members:list', input, () => undefined);
  if (!result.ok) throw new Error(`members:list failed: ${result.error.code} ${result.error.message}`);
  return (result.value as Row[]).map((r) => r.name);
}

beforeEach(async () => {
  ctx = { session: new WorkspaceSession({ clock: fixedClock }) };
  await openTestWorkspace(ctx.session, tempDir().file('w.andel'), loadRichFixture());
  await ctx.session.db
    .insertInto('organisations')
    .values([
      { name: 'Alingsås', kind: 'municipality', orgNumber: '212000-1512', officialCode: '1489', countryCode: 'SE', notes: 'Skövde is not here' },
      { name: 'Nya Sköldinge församling', kind: 'other', orgNumber: null, officialCode: null, countryCode: 'SE', notes: null },
    ])
    .execute();
});
afterEach(async () => ctx.session.close());

describe('members:list filters', () => {
  it('matches the start of words, whatever the case, å ä ö included', async () => {
    // "Skö" starts "Skövde" and the second word of "Nya Sköldinge församling"; nothing in "Alingsås".
    expect(await names({ search: 'Skö' })).toEqual(['Nya Sköldinge församling', 'Skövde']);
    expect(await names({ search: 'SKÖ' })).toEqual(['Nya Sköldinge församling', 'Skövde']);
    expect(await names({ search: 'skö' })).toEqual(['Nya Sköldinge församling', 'Skövde']);
    expect(await names({ search: 'ALINGSÅS' })).toEqual(['Alingsås']);
    // Letters inside a word are not the start of one: "ås" is in "Alingsås", "kövde" in "Skövde".
    expect(await names({ search: 'ås' })).toEqual([]);
    expect(await names({ search: 'kövde' })).toEqual([]);
    // Notes are not searched (Alingsås's note names Skövde).
    expect(await names({ search: 'Skövde' })).toEqual(['Skövde']);
  });

  it('needs every word, each in any field, in any order; numbers and codes by their parts', async () => {
    expect(await names({ search: 'kommune oslo' })).toEqual(['Oslo kommune']);
    expect(await names({ search: '  oslo   kommune ' })).toEqual(['Oslo kommune']);
    // "oslo" and "1645" are each somebody's, but not the same organisation's.
    expect(await names({ search: 'oslo 1645' })).toEqual([]);
    // 212000-1645 is Gullspång's organisation number: the part after the hyphen is a word.
    expect(await names({ search: '1645' })).toEqual(['Gullspång']);
    expect(await names({ search: '958 935' })).toEqual(['Oslo kommune']);
    // Official code 1496 is Skövde's; "Skövde 1496" matches with one word per field.
    expect(await names({ search: 'skövde 1496' })).toEqual(['Skövde']);
    // After "v/" starts a word.
    expect(await names({ search: 'digital' })).toEqual(['Staten v/ Digitaliseringsdirektoratet']);
    // GLOB's own characters are plain characters in a search.
    expect(await names({ search: '*' })).toEqual([]);
    expect(await names({ search: '?jo' })).toEqual([]);
    expect(await names({ search: '[h]jo' })).toEqual([]);
  });

  it('filters by cooperation, with or without a search, keeping each member\'s participations', async () => {
    expect(await names({ cooperationId: 2 })).toEqual(['Oslo kommune', 'Staten v/ Digitaliseringsdirektoratet']);
    expect(await names({ cooperationId: 1, search: 'falk' })).toEqual(['Falköping']);
    expect(await names({ cooperationId: 2, search: 'falk' })).toEqual([]);
    // 14 organisations in all; cooperation 1 has the nine of ids 1–9 (Falköping as an observer).
    expect(await names({})).toHaveLength(14);
    expect(await names({ cooperationId: 1 })).toHaveLength(9);
    const result = await dispatch(handlers, ctx, 'members:list', { cooperationId: 2, search: 'staten' }, () => undefined);
    expect(result.ok && (result.value as Row[]).map((r) => r.participations.map((p) => [p.cooperationId, p.role]))).toEqual([[[2, 'administrative_party']]]);
  });
});
