/**
 * Two people on one shared workspace (`andel serve`, real Chromium, the Swedish UI), on a file and,
 * where the tests have a PostgreSQL server, on PostgreSQL: Anna and Bertil open the same member;
 * Anna saves a note; Bertil's save, based on what he read before Anna's, is refused with a message
 * naming Anna, and nothing of his is written; Bertil reloads (the form now shows Anna's note), makes
 * his change again and it is saved, on top of Anna's. The same for a figure Bertil deletes after Anna
 * changed it: refused, naming Anna; after a reload his delete goes in. And for a budget's staff
 * position, a key (in the key builder) and a scenario (in the scenario editor) Anna saved while
 * Bertil had them open: his save is refused, naming Anna, and what he typed stays in the form.
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
let served: ServedDemo<{ member: { id: number; notes: string | null }; group: number }> | null = null;
let server: AndelServer;
let member: { id: number; notes: string | null };
/** The 9-gruppen's cooperation id: its budget, key and scenario are the ones both open. */
let group: number;

// A refused save is an HTTP error answer, which Chromium logs as a failed load: expected here.
const newPage = useChromium();

/** A browser session of its own (own cookies), signed in as `userName`, at `hash`. */
async function openAs(userName: string, hash: string): Promise<{ page: Page; problems: string[]; close: () => Promise<void> }> {
  const { context, page, problems } = await newPage(/\b(409|401)\b/u);
  await page.goto(`${server.url}${hash}`);
  await signIn(page, userName, PASSWORD);
  return { page, problems, close: () => context.close() };
}

/** `openAs` with the member's drawer open. */
async function openMemberAs(userName: string): Promise<{ page: Page; problems: string[]; close: () => Promise<void> }> {
  const opened = await openAs(userName, `#/members/${member.id}`);
  await opened.page.getByRole('dialog').getByTestId('organisation-form').waitFor();
  return opened;
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
    served = await serveDemo(backend, workDir, users, async (db) => ({
      member: await db.selectFrom('organisations').select(['id', 'notes']).where('name', '=', 'Skövde').executeTakeFirstOrThrow(),
      group: (await db.selectFrom('cooperations').select('id').where('name', '=', 'Bibliotek Skaraborg 9-gruppen').executeTakeFirstOrThrow()).id,
    }));
    server = served.server;
    ({ member, group } = served.found);
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

  it('refuses a budget’s staff change saved over someone else’s, naming who; what was typed stays in the form', { timeout: 300_000 }, async () => {
    const bertil = await openAs('bertil', '#/budgets');
    await bertil.page.getByTestId('budgets-cooperation').click();
    await bertil.page.getByRole('option', { name: 'Bibliotek Skaraborg 9-gruppen' }).click();
    await bertil.page.getByTestId('staff-table').waitFor({ timeout: 30_000 });
    await bertil.page.getByRole('button', { name: 'Ändra Projektledare' }).click();
    const form = bertil.page.getByTestId('staff-form');
    const cost = form.getByLabel('Kostnad för heltid per år (SEK)');
    await cost.waitFor();

    // Anna saves the same position, from the version it is at, after Bertil's form read it.
    const anna = await openAs('anna', '#/budgets');
    await anna.page.getByTestId('budgets-cooperation').waitFor({ timeout: 30_000 });
    const saved = await anna.page.evaluate(async (cooperationId) => {
      const budget = await window.andel.invoke('budgets:get', { cooperationId });
      if (!budget.ok) return budget;
      const staff = budget.value.staff.find((s) => s.role === 'Projektledare')!;
      const periods = staff.periods.map(({ from, to, percent }) => ({ from, to, percent }));
      return window.andel.invoke('staff:save', { id: staff.id, cooperationId, role: staff.role, personId: staff.personId, annualCost: staff.annualCost + 100_00, periods, expectedVersion: staff.rowVersion });
    }, group);
    expect(saved).toMatchObject({ ok: true });
    const annas = (saved as { value: { value: { annualCost: number; rowVersion: number } } }).value.value;

    await cost.fill('1');
    await form.getByTestId('staff-save').click();
    const refusal = form.locator('[role="alert"][data-error-code="CONFLICT"]');
    await refusal.waitFor({ timeout: 30_000 });
    expect(await refusal.textContent()).toContain('ändrades av anna');
    expect(await cost.inputValue()).toBe('1');
    const stored = await bertil.page.evaluate(async (cooperationId) => {
      const budget = await window.andel.invoke('budgets:get', { cooperationId });
      return budget.ok ? budget.value.staff.find((s) => s.role === 'Projektledare') ?? null : null;
    }, group);
    expect(stored).toMatchObject({ annualCost: annas.annualCost, rowVersion: annas.rowVersion });
    expect([...anna.problems, ...bertil.problems]).toEqual([]);
    await anna.close();
    await bertil.close();
  });

  it('refuses a key builder’s save when someone saved a newer version of the key since, naming who', { timeout: 300_000 }, async () => {
    const bertil = await openAs('bertil', '#/scenarios');
    await bertil.page.getByTestId('studio-cooperation').click({ timeout: 30_000 });
    await bertil.page.getByRole('option', { name: 'Bibliotek Skaraborg 9-gruppen' }).click();
    await bertil.page.getByTestId('studio-keys').click();
    await bertil.page.getByTestId('kb-editor').waitFor({ timeout: 30_000 });
    await bertil.page.getByTestId('kb-start-from').click();
    await bertil.page.getByRole('option', { name: /15 % lika, 85 % efter folkmängd · version 1/u }).click();
    await expect.poll(() => bertil.page.getByTestId('kb-version-note').textContent(), { timeout: 30_000 }).toContain('version 2');

    // Anna saves version 2 of the same key while Bertil's builder is open on version 1.
    const anna = await openAs('anna', '#/scenarios');
    await anna.page.getByRole('navigation', { name: 'Vyer' }).waitFor({ timeout: 30_000 });
    const saved = await anna.page.evaluate(async (cooperationId) => {
      const keys = await window.andel.invoke('keys:list', { cooperationId });
      if (!keys.ok) throw new Error(keys.error.message);
      const key = await window.andel.invoke('keys:get', { id: keys.value.find((k) => k.ref === 'skaraborg-9' && k.version === 1)!.id });
      if (!key.ok) throw new Error(key.error.message);
      return window.andel.invoke('keys:save', { cooperationId, definition: key.value.definition as never, note: 'Annas version', expectedVersion: 1 });
    }, group);
    expect(saved).toMatchObject({ ok: true, value: { version: 2 } });

    await bertil.page.getByTestId('kb-save').click();
    const refusal = bertil.page.getByTestId('key-builder').locator('[role="alert"][data-error-code="CONFLICT"]');
    await refusal.waitFor({ timeout: 30_000 });
    expect(await refusal.textContent()).toContain('ändrades av anna');
    // The builder stays open with Bertil's work; only Anna's version 2 was saved.
    expect(await bertil.page.getByTestId('kb-editor').count()).toBe(1);
    const versions = await bertil.page.evaluate(async (cooperationId) => {
      const keys = await window.andel.invoke('keys:list', { cooperationId });
      return keys.ok ? keys.value.filter((k) => k.ref === 'skaraborg-9').map((k) => k.version) : null;
    }, group);
    expect(versions).toEqual([1, 2]);
    expect([...anna.problems, ...bertil.problems]).toEqual([]);
    await anna.close();
    await bertil.close();
  });

  it('refuses a scenario editor’s save over someone else’s, naming who; what was typed stays in the editor', { timeout: 300_000 }, async () => {
    const anna = await openAs('anna', '#/scenarios');
    await anna.page.getByRole('navigation', { name: 'Vyer' }).waitFor({ timeout: 30_000 });
    // The 9-gruppen's scenario, as the editor reads it.
    const scenario = await anna.page.evaluate(async (cooperationId) => {
      const list = await window.andel.invoke('scenarios:list', { cooperationId });
      if (!list.ok) throw new Error(list.error.message);
      const got = await window.andel.invoke('scenarios:get', { id: list.value[0]!.id });
      if (!got.ok) throw new Error(got.error.message);
      return { ...got.value, cooperationId };
    }, group);
    const bertil = await openAs('bertil', `#/scenarios/${scenario.id}`);
    await bertil.page.getByTestId('tab-editor').click();
    const name = bertil.page.getByTestId('editor-name');
    await name.waitFor({ timeout: 30_000 });

    // Anna saves the scenario, from the version it is at, after Bertil's editor read it.
    const saved = await anna.page.evaluate(
      async (read) => window.andel.invoke('scenarios:save', { id: read.id, cooperationId: read.cooperationId, description: 'Annas beskrivning', definition: read.definition as never, expectedVersion: read.rowVersion }),
      scenario,
    );
    expect(saved).toMatchObject({ ok: true, value: { rowVersion: scenario.rowVersion + 1 } });

    await name.fill('Bertils namn');
    await bertil.page.getByTestId('editor-save').click();
    const refusal = bertil.page.locator('[role="alert"][data-error-code="CONFLICT"]');
    await refusal.waitFor({ timeout: 30_000 });
    expect(await refusal.textContent()).toContain('ändrades av anna');
    expect(await name.inputValue()).toBe('Bertils namn');
    const stored = await bertil.page.evaluate(async (id) => window.andel.invoke('scenarios:get', { id }), scenario.id);
    expect(stored).toMatchObject({ ok: true, value: { name: scenario.name, description: 'Annas beskrivning', rowVersion: scenario.rowVersion + 1 } });
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
