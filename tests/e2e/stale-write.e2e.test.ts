/**
 * Two people on one shared workspace (`andel serve`, real Chromium, the Swedish UI), on a file and,
 * where the tests have a PostgreSQL server, on PostgreSQL: Anna and Bertil open the same member;
 * Anna saves a note; Bertil's save, based on what he read before Anna's, is refused with a message
 * naming Anna, and nothing of his is written; Bertil reloads (the form now shows Anna's note), makes
 * his change again and it is saved, on top of Anna's. The same for a figure Bertil deletes after Anna
 * changed it: refused, naming Anna; after a reload his delete goes in.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AndelServer } from '../../src/main/server/http-server';
import { serveDemo, servedBackends, signIn, useChromium, type ServedDemo } from './serve-harness';

const PASSWORD = 'a long shared secret';

let workDir: string;
let served: ServedDemo<{ id: number; notes: string | null }> | null = null;
let server: AndelServer;
let member: { id: number; notes: string | null };

// A refused save is an HTTP error answer, which Chromium logs as a failed load: expected here.
const newPage = useChromium();

/** A browser session of its own (own cookies), signed in as `userName`, with the member's drawer open. */
async function openMemberAs(userName: string): Promise<{ page: Page; problems: string[]; close: () => Promise<void> }> {
  const { context, page, problems } = await newPage(/\b(409|401)\b/u);
  await page.goto(`${server.url}#/members/${member.id}`);
  await signIn(page, userName, PASSWORD);
  await page.getByRole('dialog').getByTestId('organisation-form').waitFor();
  return { page, problems, close: () => context.close() };
}

async function writeNote(page: Page, text: string): Promise<void> {
  const notes = page.getByRole('dialog').getByTestId('org-notes');
  await notes.fill(text);
  await page.getByRole('dialog').getByTestId('org-save').click();
}

async function storedNotes(page: Page): Promise<unknown> {
  return page.evaluate(async (id) => window.andel.invoke('organisations:get', { id }), member.id);
}

describe.each(servedBackends())('two people save the same member on %s', (backend) => {
  beforeAll(async () => {
    workDir = await mkdtemp(join(tmpdir(), 'andel-stale-e2e-'));
    // Two treasurers, Anna and Bertil, on the demo workspace; Skövde is the member both open.
    const users = ['anna', 'bertil'].map((userName) => ({ userName, password: PASSWORD, role: 'treasurer' }));
    served = await serveDemo(backend, workDir, users, (db) => db.selectFrom('organisations').select(['id', 'notes']).where('name', '=', 'Skövde').executeTakeFirstOrThrow());
    server = served.server;
    member = served.found;
  }, 300_000);
  afterAll(async () => {
    await served?.close();
    served = null;
    await rm(workDir, { recursive: true, force: true });
  });

  it('refuses the second save, naming who saved first; after a reload the change goes in', { timeout: 300_000 }, async () => {
    // Both open the member before either saves: both forms are based on version 1.
    const anna = await openMemberAs('anna');
    const bertil = await openMemberAs('bertil');

    await writeNote(anna.page, 'Annas anteckning');
    await expect.poll(async () => storedNotes(anna.page), { timeout: 30_000 }).toMatchObject({ ok: true, value: { notes: 'Annas anteckning', rowVersion: 2 } });

    await writeNote(bertil.page, 'Bertils anteckning');
    const refusal = bertil.page.getByRole('dialog').locator('[role="alert"][data-error-code="CONFLICT"]');
    await refusal.waitFor({ timeout: 30_000 });
    const text = (await refusal.textContent()) ?? '';
    expect(text).toContain('Någon annan har sparat en ändring');
    expect(text).toContain('ändrades av anna');
    expect(text).toContain('version 1, nu 2');
    expect(text).toContain('Ingenting sparades');
    // What Bertil typed stays in his form, and nothing of it was written.
    expect(await bertil.page.getByRole('dialog').getByTestId('org-notes').inputValue()).toBe('Bertils anteckning');
    expect(await storedNotes(bertil.page)).toMatchObject({ ok: true, value: { notes: 'Annas anteckning', rowVersion: 2 } });

    await bertil.page.getByRole('button', { name: 'Läs in igen' }).click();
    await expect.poll(async () => bertil.page.getByRole('dialog').getByTestId('org-notes').inputValue(), { timeout: 30_000 }).toBe('Annas anteckning');
    await expect.poll(async () => refusal.count()).toBe(0);

    await writeNote(bertil.page, 'Annas anteckning. Bertils tillägg');
    await expect.poll(async () => storedNotes(bertil.page), { timeout: 30_000 }).toMatchObject({ ok: true, value: { notes: 'Annas anteckning. Bertils tillägg', rowVersion: 3 } });
    expect(await refusal.count()).toBe(0);

    const trail = await anna.page.evaluate(async (id) => window.andel.invoke('audit:list', { entity: 'organisation', entityId: id, limit: 5 }), member.id);
    expect(trail).toMatchObject({ ok: true, value: { entries: [{ actor: 'bertil', after: { notes: 'Annas anteckning. Bertils tillägg' } }, { actor: 'anna', after: { notes: 'Annas anteckning' } }] } });
    expect([...anna.problems, ...bertil.problems]).toEqual([]);
    await anna.close();
    await bertil.close();
  });

  it('refuses the delete of a figure someone changed since it was read, naming who; after a reload the delete goes in', { timeout: 300_000 }, async () => {
    const bertil = await openMemberAs('bertil');
    const anna = await openMemberAs('anna');
    const figures = async (page: Page) =>
      ((await page.evaluate(async (organisationId) => window.andel.invoke('metrics:listForOrganisation', { organisationId }), member.id)) as { value: Figure[] }).value;
    // A figure of a year Skövde has no other figure for: its delete button is named by the year alone.
    const before = await figures(anna.page);
    const figure = before.find((f) => before.filter((other) => other.year === f.year).length === 1)!;
    const deleteButton = bertil.page.getByRole('dialog').getByRole('button', { name: `Ta bort värdet för ${figure.year}` });
    await deleteButton.waitFor({ timeout: 30_000 });

    // Anna corrects the figure after Bertil's drawer read it.
    const { metric, year, referenceDate } = figure;
    const corrected = { organisationId: member.id, metric, year, value: figure.value + 1, referenceDate, expectedVersion: figure.rowVersion };
    expect(await anna.page.evaluate(async (input) => window.andel.invoke('metrics:upsert', input), corrected)).toMatchObject({ ok: true });

    await deleteButton.click();
    const refusal = bertil.page.getByRole('dialog').locator('[role="alert"][data-error-code="CONFLICT"]');
    await refusal.waitFor({ timeout: 30_000 });
    expect(await refusal.textContent()).toContain('ändrades av anna');
    // Anna's figure is still there, as she saved it.
    const same = (f: Figure) => f.metric === metric && f.year === year;
    expect((await figures(bertil.page)).find(same)).toMatchObject({ value: figure.value + 1, rowVersion: figure.rowVersion + 1 });

    // After a reload Bertil sees Anna's value, and his delete removes it.
    await refusal.getByTestId('stale-reload').click();
    await expect.poll(async () => refusal.count(), { timeout: 30_000 }).toBe(0);
    await deleteButton.click();
    await expect.poll(async () => (await figures(bertil.page)).some(same), { timeout: 30_000 }).toBe(false);
    expect(await refusal.count()).toBe(0);
    expect([...anna.problems, ...bertil.problems]).toEqual([]);
    await anna.close();
    await bertil.close();
  });
});

interface Figure {
  metric: string;
  year: number;
  value: number;
  referenceDate: string;
  rowVersion: number;
}
