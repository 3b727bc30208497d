/**
 * Older data in the studio, in real Chromium: group members invoiced via an organisation that no
 * longer takes part as administrative party are charged no group fee, and the studio says so
 * beside the figures instead of silently showing 0,00.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './app-harness';

let h: Harness;
const GITS = 'Gemensam Information och TjänsteSamordning (GITS)';

beforeAll(async () => {
  h = await startHarness('studio-warnings');
}, 120_000);
afterAll(async () => h?.close());

describe('the studio on older data', () => {
  it('warns that the members invoiced via a party that no longer takes part are charged no group fee', async () => {
    const sambruk = (await h.api('cooperations:list', {})).find((c) => c.name === 'Föreningen Sambruk')!;
    const group = (await h.api('scenarios:list', { cooperationId: sambruk.id })).find((s) => s.name.includes('gruppmedlemskap'))!;
    const clean = await h.openPage(`#/scenarios/${group.id}`);
    await clean.page.getByTestId('charges-table').waitFor();
    expect(await clean.page.getByTestId('studio-data-warnings').count()).toBe(0);
    await clean.page.context().close();

    // As a workspace written before the check could hold it: GITS gone, its members still name it.
    const gits = await h.session.db.selectFrom('organisations').select('id').where('name', '=', GITS).executeTakeFirstOrThrow();
    await sql`DELETE FROM participations WHERE organisation_id = ${gits.id} AND cooperation_id = ${sambruk.id}`.execute(h.session.db);
    const { page, problems } = await h.openPage(`#/scenarios/${group.id}`);
    const warning = page.getByTestId('studio-data-warnings');
    await warning.waitFor();
    const text = (await warning.textContent()) ?? '';
    expect(text).toContain('Uppgifterna behöver rättas');
    expect(text).toContain(`${GITS} faktureras för 9 medlemmar`);
    expect(text).toContain('Alingsås');
    await h.screenshot(page, 'studio-data-warnings-sv');
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
