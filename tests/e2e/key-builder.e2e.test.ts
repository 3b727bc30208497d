/**
 * The key builder in real Chromium against the real backend, at 1024×768: a Skaraborg key with a
 * 20 % equal share, an 80 % share by population, a fee by population band and a 50 % regional
 * subsidy of that fee. The preview's charges for 2017 are checked against figures worked out by hand
 * below; a share that does not add up is refused at its field in Swedish; the key is saved as
 * version 1 and offered in the new scenario's key picker.
 *
 * Hand computation, 2017 (demo populations, 31 Dec 2017; Falköping is an observer and pays nothing):
 *   Gullspång 5 260, Hjo 9 140, Karlsborg 6 840, Mariestad 24 260, Skövde 55 200, Tibro 11 040,
 *   Tidaholm 12 810, Töreboda 9 200; sum 133 750.
 *   Pool 800 000 kr: equal 20 % = 160 000 / 8 = 20 000 each; by population 80 % = 640 000 × pop / 133 750.
 *   Exact member totals (equal + population): Gullspång 20 000 + 25 169.35 = 45 169.35,
 *   Karlsborg 20 000 + 32 729.72 = 52 729.72, Mariestad 20 000 + 116 085.23 = 136 085.23,
 *   Skövde 20 000 + 264 134.58 = 284 134.58, Tibro 20 000 + 52 826.92 = 72 826.92,
 *   Tidaholm 81 296.45, Töreboda 64 022.43, Hjo 63 735.33.
 *   Floors add up to 799 996: 4 kronor go, by largest remainder, to Tibro (.92), Karlsborg (.72),
 *   Skövde (.58), Tidaholm (.45) → Skövde 284 135, Tibro 72 827, Karlsborg 52 730; Gullspång 45 169,
 *   Mariestad 136 085 keep their floors.
 *   Band fee (lower edge included): < 10 000 → 5 000; 10 000–20 000 → 10 000; ≥ 20 000 → 20 000.
 *   Subsidy: the region pays 50 % of the band fee in contract year 2 (all joined 1 Jan 2016, so 2017 is year 2).
 *   To pay: Skövde 284 135 + 20 000 − 10 000 = 294 135; Tibro 72 827 + 10 000 − 5 000 = 77 827;
 *   Gullspång 45 169 + 5 000 − 2 500 = 47 669; Mariestad 136 085 + 20 000 − 10 000 = 146 085.
 *   Total: 800 000 + 4 × 5 000 + 2 × 10 000 + 2 × 20 000 (= 880 000) − half of the fees (40 000) = 840 000.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FileDialogs } from '../../src/main/files/file-dialogs';
import type { CooperationSummary } from '../../src/shared/api/channels/cooperations.channels';
import { grouped, NBSP, startHarness, type Harness } from './app-harness';

let h: Harness;
let skaraborg: CooperationSummary;
/** What the stand-in save and open dialogs answer (the bridge has no native dialogs). */
let dialogAnswer: string | null = null;
const fileDialogs: FileDialogs = { chooseSavePath: () => Promise.resolve(dialogAnswer), chooseOpenPath: () => Promise.resolve(dialogAnswer) };

beforeAll(async () => {
  h = await startHarness('key-builder', { fileDialogs });
  const cooperations = await h.api('cooperations:list', {});
  const found = cooperations.find((c) => c.name.includes('Skaraborg'));
  if (!found) throw new Error('the demo workspace has no Skaraborg cooperation');
  skaraborg = found;
});
afterAll(async () => h?.close());

/** An amount in the preview table (the currency is named once above it). */
const kr = (value: number): string => grouped(value);

/** Many fields are typed one by one on a shared 2-core machine: room for a slow run (nothing asserts speed). */
const BUILDER_TIMEOUT = 240_000;

async function openBuilder(page: Page) {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.getByTestId('studio-cooperation').click();
  await page.getByRole('option', { name: skaraborg.name }).click();
  await page.getByTestId('studio-keys').click();
  await page.getByTestId('kb-editor').waitFor();
}

/** Adds a component with the keyboard: focus the picker, open it with ↓, choose. */
async function addComponent(page: Page, label: string) {
  await page.getByTestId('kb-add-component').focus();
  await page.keyboard.press('ArrowDown');
  await page.getByRole('option', { name: label, exact: true }).click();
}

/** The error text Mantine links to an input through aria-describedby. */
async function fieldError(page: Page, testId: string): Promise<string | null> {
  const field = page.getByTestId(testId);
  if ((await field.getAttribute('aria-invalid')) !== 'true') return null;
  const describedBy = (await field.getAttribute('aria-describedby')) ?? '';
  const id = describedBy.split(' ').find((d) => d.endsWith('-error')) ?? '';
  return page.locator(`[id="${id}"]`).textContent();
}

/** Inputs and buttons in the builder without an accessible name (label, aria-label, aria-labelledby or text). */
function unnamedControls(page: Page): Promise<string[]> {
  return page.getByTestId('key-builder').evaluate((root) => {
    const controls = [...root.querySelectorAll<HTMLElement>('input:not([type="hidden"]), button, textarea, [role="combobox"]')];
    return controls
      .filter((el) => {
        const labelled = (el as HTMLInputElement).labels?.length ?? 0;
        const byIds = (el.getAttribute('aria-labelledby') ?? '').split(' ').some((id) => (document.getElementById(id)?.textContent ?? '').trim() !== '');
        return labelled === 0 && !byIds && (el.getAttribute('aria-label') ?? '').trim() === '' && (el.textContent ?? '').trim() === '';
      })
      .map((el) => el.outerHTML.slice(0, 160));
  });
}

const net = (page: Page, member: string) => page.locator(`[data-testid="kb-preview-row"][data-member="${member}"] [data-cell="net"]`).textContent();

describe('key builder', () => {
  it('builds an equal share, a population share, a band fee and a subsidy; previews, refuses at the field, saves, and offers the key for a new scenario', async () => {
    const before = await h.api('keys:list', { cooperationId: skaraborg.id });
    const { page, problems } = await h.openPage('#/scenarios');
    await openBuilder(page);

    // Keyboard: the name field takes focus and Tab moves on to the key id.
    await page.getByTestId('kb-name').focus();
    await page.keyboard.type('Testnyckel 20/80');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('id');

    await page.getByTestId('kb-components[0].share').fill('20');
    await addComponent(page, 'Andel efter mått');
    // 70 % first: the shares then add up to 90 %.
    await page.getByTestId('kb-components[1].share').fill('70');
    // With the mouse this time: the error that leaving the share field shows must not move the picker from under the click.
    await page.getByTestId('kb-add-component').click();
    await page.getByRole('option', { name: 'Avgift per intervall', exact: true }).click();
    await page.getByTestId('kb-components[2].bands[0].to').fill('10000');
    await page.getByTestId('kb-components[2].bands[0].amount').fill('5000');
    await page.getByTestId('kb-components[2].add-band').click();
    expect(await page.getByTestId('kb-components[2].bands[1].from').inputValue()).toBe('10000');
    await page.getByTestId('kb-components[2].bands[1].to').fill('20000');
    await page.getByTestId('kb-components[2].bands[1].amount').fill('10000');
    await page.getByTestId('kb-components[2].add-band').click();
    await page.getByTestId('kb-components[2].bands[2].amount').fill('20000');
    // The edge rule, as the engine's band lookup decides it.
    expect(await page.getByTestId('kb-components[2].edge-rule').textContent()).toBe(`Ett värde på exakt 10${NBSP}000 hamnar i intervallet 10${NBSP}000 – 20${NBSP}000.`);

    await page.getByTestId('kb-add-subsidy').click();
    await page.getByTestId('kb-subsidies[0].funder').fill('Regionen');
    await page.getByTestId('kb-subsidies[0].component').click();
    await page.getByRole('option', { name: 'banded', exact: true }).click();
    await page.getByTestId('kb-subsidies[0].share').fill('50');
    await page.getByTestId('kb-subsidies[0].eligibility.joinedFrom').fill('2016-01-01');
    await page.getByTestId('kb-subsidies[0].eligibility.joinedTo').fill('2016-12-31');
    await page.getByTestId('kb-subsidies[0].years.contract').fill('2');

    // Saving with 20 + 70 %: refused at the second share, in Swedish, and nothing is stored.
    const calls = h.bridge.calls.length;
    await page.getByTestId('kb-save').click();
    await expect.poll(() => fieldError(page, 'kb-components[1].share')).toBe('Andelarna blir 90 %, inte 100 %.');
    expect(h.bridge.calls.slice(calls).some((c) => c.channel === 'keys:save')).toBe(false);
    expect(await page.getByTestId('kb-preview-blocked').count()).toBe(1);

    await page.getByTestId('kb-components[1].share').fill('80');
    await expect.poll(() => fieldError(page, 'kb-components[1].share')).toBeNull();
    await page.getByTestId('kb-preview-pool').fill('800 000');
    expect(await page.getByTestId('kb-preview-year').inputValue()).toBe('2017');
    await expect.poll(() => net(page, 'Skövde')).toBe(kr(294_135));
    expect(await net(page, 'Tibro')).toBe(kr(77_827));
    expect(await net(page, 'Gullspång')).toBe(kr(47_669));
    expect(await net(page, 'Mariestad')).toBe(kr(146_085));
    expect(await page.getByTestId('kb-preview-total').textContent()).toBe(kr(840_000));
    expect(await page.locator('[data-member="Falköping"]').count()).toBe(0);
    const words = (await page.getByTestId('kb-words').textContent()) ?? '';
    expect(words).toContain('20 % av kostnaden delas lika mellan de betalande medlemmarna');
    expect(words).toContain('Regionen betalar 50 % av banded');
    expect(words).toContain('avtalsår 2');
    // Every control of the builder has a name a screen reader can say (axe-core is not installed here; this is the check we can make).
    expect(await unnamedControls(page)).toEqual([]);
    await page.getByTestId('kb-components[2].add-band').scrollIntoViewIfNeeded();
    await h.screenshot(page, 'key-builder-sv');

    await page.getByTestId('kb-save').click();
    await page.getByTestId('key-builder').waitFor({ state: 'detached' });
    const after = await h.api('keys:list', { cooperationId: skaraborg.id });
    const added = after.filter((k) => !before.some((b) => b.id === k.id));
    expect(added).toEqual([expect.objectContaining({ name: 'Testnyckel 20/80', version: 1, family: 'allocation', latest: true })]);
    const stored = await h.api('keys:get', { id: added[0]!.id });
    expect(stored.definition).toMatchObject({
      components: [
        { type: 'equal', share: '20' },
        { type: 'proportional', share: '80', metric: 'population' },
        { type: 'banded', bands: [{ from: 0, to: 10000, amount: '5000' }, { from: 10000, to: 20000, amount: '10000' }, { from: 20000, amount: '20000' }] },
      ],
      subsidies: [{ funder: 'Regionen', component: 'banded', share: '50', eligibility: { joinedFrom: '2016-01-01', joinedTo: '2016-12-31' }, years: { contract: [2] } }],
    });

    // The new scenario's key picker offers it.
    await page.getByTestId('studio-new').click();
    await page.getByTestId('new-key').click();
    expect(await page.getByRole('option', { name: 'Testnyckel 20/80 · version 1' }).count()).toBe(1);
    await page.keyboard.press('Escape');
    expect(problems).toEqual([]);
    await page.context().close();
  }, BUILDER_TIMEOUT);

  it('in Norwegian: a new key from the new scenario dialog, saved and chosen there; an edited key is saved as its next version', async () => {
    const { page, problems } = await h.openPage('#/scenarios');
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.getByTestId('language-nb').click();
    await page.getByTestId('studio-cooperation').click();
    await page.getByRole('option', { name: skaraborg.name }).click();
    await page.getByTestId('studio-new').click();
    await page.getByTestId('new-key-build').click();
    await page.getByTestId('kb-editor').waitFor();
    await page.getByTestId('kb-name').fill('Lik fordeling');
    await page.getByTestId('kb-id').fill('lik');
    await page.getByTestId('kb-components[0].share').fill('100');
    await page.getByTestId('kb-preview-pool').fill('800 000');
    // 800 000 / 8 paying members = 100 000 each.
    await expect.poll(() => net(page, 'Skövde')).toBe(`100${NBSP}000`);
    // A band-free key still states its rounding in Norwegian.
    expect(await page.getByTestId('kb-words').textContent()).toContain('100 % av kostnaden deles likt');
    await h.screenshot(page, 'key-builder-nb');
    await page.getByTestId('kb-save').click();
    await page.getByTestId('key-builder').waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('new-key').inputValue()).toBe('Lik fordeling · versjon 1');

    // Saving it again from the builder stores version 2; version 1 stays as it was.
    const v1 = (await h.api('keys:list', { cooperationId: skaraborg.id })).find((k) => k.ref === 'lik')!;
    await page.getByTestId('new-key-build').click();
    await page.getByTestId('kb-start-from').click();
    await page.getByRole('option', { name: 'Lik fordeling · versjon 1' }).click();
    await expect.poll(() => page.getByTestId('kb-name').inputValue()).toBe('Lik fordeling');
    expect(await page.getByTestId('kb-version-note').textContent()).toContain('versjon 2');
    await page.getByTestId('kb-save').click();
    await page.getByTestId('key-builder').waitFor({ state: 'detached' });
    const versions = (await h.api('keys:list', { cooperationId: skaraborg.id })).filter((k) => k.ref === 'lik');
    expect(versions.map((k) => [k.version, k.latest])).toEqual([
      [1, false],
      [2, true],
    ]);
    expect((await h.api('keys:get', { id: v1.id })).definition).toMatchObject({ version: 1, name: 'Lik fordeling' });
    expect(problems).toEqual([]);
    await page.context().close();
  }, BUILDER_TIMEOUT);

  it('exports a stored key to the file main chooses, and imports a faulty file with its faults at their fields', async () => {
    const { page, problems } = await h.openPage('#/scenarios');
    await openBuilder(page);
    await page.getByTestId('kb-start-from').click();
    await page.getByRole('option', { name: /15 % lika, 85 % efter folkmängd · version 1/u }).click();
    await expect.poll(() => page.getByTestId('kb-components[1].share').inputValue()).toBe('resten av 100 %');
    dialogAnswer = join(h.workDir, 'skaraborg.key.json');
    await page.getByTestId('kb-export').click();
    await expect.poll(() => page.getByTestId('kb-file-notice').textContent()).toBe('Sparad i skaraborg.key.json.');
    const stored = (await h.api('keys:list', { cooperationId: skaraborg.id })).find((k) => k.ref === 'skaraborg-9' && k.version === 1)!;
    expect(JSON.parse(readFileSync(dialogAnswer, 'utf8'))).toEqual((await h.api('keys:get', { id: stored.id })).definition);
    // Exporting wrote a file chosen by main: the renderer's call named no path.
    expect(h.bridge.calls.filter((c) => c.channel === 'keys:exportFile').map((c) => Object.keys(c.input as object).sort())).toEqual([['cooperationId', 'definition', 'language']]);

    // A file whose shares add up to 90 % and whose band starts at 5: read, not saved, faults at their fields.
    const faulty = { ...(JSON.parse(readFileSync(dialogAnswer, 'utf8')) as Record<string, unknown>), parameters: { equalShare: '10' }, components: [
      { type: 'equal', id: 'equal', share: { param: 'equalShare' } },
      { type: 'proportional', id: 'population', share: '80', metric: 'population' },
    ], extra: true };
    dialogAnswer = join(h.workDir, 'faulty.key.json');
    writeFileSync(dialogAnswer, JSON.stringify(faulty));
    const before = await h.api('keys:list', { cooperationId: skaraborg.id });
    await page.getByTestId('kb-import').click();
    await expect.poll(() => fieldError(page, 'kb-components[1].share')).toBe('Andelarna blir 90 %, inte 100 %.');
    const notice = (await page.getByTestId('kb-file-notice').textContent()) ?? '';
    expect(notice).toContain('Läst från faulty.key.json; inte sparad än.');
    expect(notice).toContain('Hör inte till en nyckel: extra.');
    expect(await h.api('keys:list', { cooperationId: skaraborg.id })).toEqual(before);
    expect(problems).toEqual([]);
    await page.context().close();
  }, BUILDER_TIMEOUT);
});
