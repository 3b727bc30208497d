/**
 * Editing governance in real Chromium against the real backend (the demo workspace on a SQLite
 * file, served by the test bridge): a new working group with its first seat, a new meeting, a
 * decision typed straight into the register with the next number, superseding the Koha decision
 * through a new decision and a link, and an agreement's notice period, with undo.
 * Screenshots go to docs/screenshots only with ANDEL_SCREENSHOTS=1.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgreementView, BodiesTree, DecisionList, DecisionRow } from '../../src/shared/api/channels/governance.channels';
import type { Channel } from '../../src/shared/api/contract';
import { startHarness, type Harness } from './app-harness';
import { bodyNode, childBodyNames } from './body-list';

const STEERING = 'Styrgrupp Bibliotek Skaraborg 9-gruppen';
const SKARABORG = 'Bibliotek Skaraborg 9-gruppen';

/** One harness per file: the built renderer, the demo workspace on a fixed clock, the real handlers, Chromium. */
let h: Harness;

const call = <T,>(channel: string, input: unknown): Promise<T> => h.api(channel as Channel, input) as Promise<T>;
const openPage = (hash: string): Promise<{ page: Page; problems: string[] }> => h.openPage(hash);
/** Written to docs/screenshots only with ANDEL_SCREENSHOTS=1 (the harness decides). */
const shoot = (page: Page, name: string): Promise<void> => h.screenshot(page, name.replace(/\.png$/u, ''));

beforeAll(async () => {
  h = await startHarness('e2e-governance-edit', {}, { session: { clock: () => new Date('2026-11-21T10:00:00Z') } });
}, 120_000);

afterAll(async () => {
  await h?.close();
});

/** Opens a Mantine select by its test id and picks the option with this name. */
async function choose(page: Page, testId: string, option: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe('Governance editing', () => {
  it('creates a working group under the steering group, gives it a chair (a new person) and shows it in the tree', async () => {
    const { page, problems } = await openPage('#/governance');
    await bodyNode(page, STEERING).waitFor();
    await page.getByTestId('body-new').click();
    const modal = page.getByRole('dialog');
    await page.getByTestId('body-name').waitFor();
    await page.getByTestId('body-name').fill('Digitaliseringsgrupp');
    if ((await page.getByTestId('body-cooperation').inputValue()) !== SKARABORG) await choose(page, 'body-cooperation', SKARABORG);
    await choose(page, 'body-parent', STEERING);
    await page.getByTestId('body-mandate').fill('Samordnar digitala tjänster och e-medier.');
    await page.getByTestId('body-start').fill('2026-09-01');
    await page.getByTestId('body-end').fill('2027-06-30');
    // The pattern is checked as it is typed; the preview shows the first number.
    await page.getByTestId('body-pattern').fill('DG {yaer}:{n}');
    await page.getByTestId('body-name').press('Enter');
    // The pattern's problem is said in the UI's language (Swedish here), naming the placeholder as typed.
    expect(await modal.textContent()).toContain('{yaer} är ingen platshållare');
    await page.getByTestId('body-pattern').fill('DG {year}:{n}');
    expect(await modal.textContent()).toContain('Till exempel DG 2026:1');
    // Enter submits; the dialog stays open for the first seats.
    await page.getByTestId('body-name').press('Enter');
    await page.getByTestId('body-created').waitFor();
    expect(await page.getByTestId('body-created').textContent()).toContain('Digitaliseringsgrupp är skapat');

    // A person nobody has yet: typed into the picker and created on the spot.
    await page.getByTestId('seat-person').fill('Petra Nyström');
    await page.getByRole('option', { name: '+ Ny person: Petra Nyström' }).click();
    await expect.poll(() => page.getByTestId('seat-person').inputValue()).toBe('Petra Nyström');
    await choose(page, 'seat-organisation', 'Skövde');
    await choose(page, 'seat-role', 'Ordförande');
    await page.getByTestId('seat-from').fill('2026-09-01');
    await page.getByTestId('seat-from').press('Enter');
    await expect.poll(() => page.getByTestId('seat-row').count()).toBe(1);
    expect(await page.getByTestId('seat-row').textContent()).toContain('Petra Nyström');
    await shoot(page, 'governance-edit-body-sv.png');
    await page.keyboard.press('Escape');
    await page.getByTestId('body-modal').waitFor({ state: 'detached' });

    const group = bodyNode(page, 'Digitaliseringsgrupp');
    await group.waitFor();
    // It hangs under the steering group, temporary, with its chair.
    expect(await childBodyNames(bodyNode(page, STEERING))).toContain('Digitaliseringsgrupp');
    const card = group.locator(':scope > .body-card');
    expect(await card.locator('.body-permanence').textContent()).toBe('Tillfällig');
    expect(await card.locator('.composition .seat-role').allTextContents()).toEqual(['Ordförande']);
    expect(await card.locator('.composition .seat-person').allTextContents()).toEqual(['Petra Nyström']);
    expect(await card.locator('.body-numbering').textContent()).toContain('DG 2026:1');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('shows the API’s refusal beside the field: a body cannot sit under its own working group', async () => {
    const { page, problems } = await openPage('#/governance');
    await bodyNode(page, STEERING).waitFor();
    await page.getByRole('button', { name: `Ändra ${STEERING}` }).click();
    await page.getByTestId('body-form').waitFor();
    await choose(page, 'body-parent', 'Regelgrupp');
    await page.getByTestId('body-save').click();
    const field = page.getByTestId('body-parent');
    await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByTestId('body-modal').textContent()).toContain('ett organ kan inte placeras under ett av sina egna underorgan');
    await page.keyboard.press('Escape');
    await page.getByTestId('body-modal').waitFor({ state: 'detached' });
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('creates a meeting and opens its agenda; editing it is undoable', async () => {
    const { page, problems } = await openPage('#/governance/meetings');
    await page.getByTestId('meeting-new').click();
    await choose(page, 'meeting-body', STEERING);
    await page.getByTestId('meeting-title-input').fill('Styrgruppsmöte december 2026');
    await page.getByTestId('meeting-date').fill('2026-12-10');
    await page.getByTestId('meeting-time').fill('25:00');
    await page.getByTestId('meeting-place').fill('Skövde stadsbibliotek');
    await page.getByTestId('meeting-place').press('Enter');
    expect(await page.getByTestId('meeting-modal').textContent()).toContain('Skriv tiden som TT:MM');
    await page.getByTestId('meeting-time').fill('13:00');
    await page.getByTestId('meeting-time').press('Enter');
    await page.getByTestId('meeting-page').waitFor();
    expect(await page.getByTestId('meeting-title').textContent()).toBe('Styrgruppsmöte december 2026');
    expect(await page.getByTestId('meeting-page').textContent()).toContain('Skövde stadsbibliotek');
    expect(new URL(page.url()).hash).toMatch(/^#\/governance\/meetings\/\d+$/);

    await page.getByTestId('meeting-edit').click();
    await page.getByTestId('meeting-place').fill('Digitalt');
    await page.getByTestId('meeting-link').fill('https://möte.example/sg');
    await page.getByTestId('meeting-link').press('Enter');
    await page.getByTestId('meeting-modal').waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('meeting-page').textContent()).toContain('Digitalt');
    expect(await page.getByTestId('undo-button').getAttribute('aria-label')).toBe('Ångra: mötet Styrgruppsmöte december 2026');
    await page.getByTestId('undo-button').click();
    await expect.poll(() => page.getByTestId('meeting-page').textContent()).toContain('Skövde stadsbibliotek');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('registers a decision directly and gives it the next number of its body and year', async () => {
    const before = await call<DecisionList>('decisions:list', {});
    const tree = await call<BodiesTree>('bodies:tree', {});
    const steering = tree.cooperations.flatMap((c) => c.bodies).find((b) => b.name === STEERING)!;
    const used = before.rows.filter((r) => r.bodyId === steering.id && r.year === 2026).map((r) => r.sequence);
    const next = Math.max(0, ...used) + 1;
    const expected = `SG 2026:${next}`;

    const { page, problems } = await openPage('#/governance/decisions');
    await page.getByTestId('register-row').first().waitFor();
    await page.getByTestId('decision-new').click();
    await choose(page, 'decision-body', STEERING);
    await page.getByTestId('decision-date').fill('2026-11-20');
    await expect.poll(() => page.getByTestId('decision-next-number').textContent()).toBe(`Får nummer ${expected}`);
    await page.getByTestId('decision-title-input').fill('Gemensam e-boksleverantör');
    await page.getByTestId('decision-text-input').fill('Styrgruppen beslutar att upphandla en gemensam e-boksleverantör för 2027.');
    await page.getByTestId('decision-tags').fill('e-medier');
    await page.getByTestId('decision-tags').press('Enter');
    await page.getByTestId('decision-title-input').press('Enter');
    const drawer = page.getByTestId('decision-drawer');
    await page.getByRole('dialog').waitFor();
    await expect.poll(() => page.getByRole('dialog').textContent()).toContain(expected);
    expect(await page.getByTestId('decision-status').textContent()).toBe('Antaget');
    expect(await drawer.count()).toBeGreaterThan(0);
    const row = page.locator('[data-testid="register-row"]', { hasText: expected });
    expect(await row.textContent()).toContain('Gemensam e-boksleverantör');
    expect(await row.textContent()).toContain('e-medier');
    const after = await call<DecisionList>('decisions:list', {});
    expect(after.total).toBe(before.total + 1);
    expect(after.numberingProblems).toEqual([]);

    // A proposal's wording can change, and the change is undoable.
    await page.keyboard.press('Escape');
    await page.getByTestId('decision-new').click();
    await choose(page, 'decision-body', STEERING);
    await page.getByTestId('decision-status-choice').getByText('Förslag').click();
    await page.getByTestId('decision-date').fill('2026-11-20');
    await page.getByTestId('decision-title-input').fill('Utredning om öppettider');
    await page.getByTestId('decision-title-input').press('Enter');
    await expect.poll(() => page.getByRole('dialog').getByRole('heading', { level: 3 }).textContent()).toBe('Utredning om öppettider');
    await page.getByTestId('decision-edit').click();
    await page.getByTestId('decision-title-input').fill('Utredning om meröppna bibliotek');
    await page.getByTestId('decision-text-input').fill('Förslag: utred meröppet.');
    await page.getByTestId('decision-text-input').press('Control+Enter');
    await page.getByTestId('decision-modal').waitFor({ state: 'detached' });
    await expect.poll(() => page.getByRole('dialog').getByRole('heading', { level: 3 }).textContent()).toBe('Utredning om meröppna bibliotek');
    expect(await page.getByTestId('decision-text').textContent()).toBe('Förslag: utred meröppet.');
    // Ctrl+Z, as the drawer covers the header's undo button.
    expect(await page.getByTestId('undo-button').getAttribute('aria-label')).toBe(`Ångra: beslut SG 2026:${next + 1}`);
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.getByRole('dialog').getByRole('heading', { level: 3 }).textContent()).toBe('Utredning om öppettider');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('supersedes the Koha decision: a new decision, a “supersedes” link, then the status Superseded', async () => {
    const register = await call<DecisionList>('decisions:list', {});
    const koha = register.rows.find((r) => r.number === 'SG 2016:1')!;
    expect(koha.status).toBe('adopted');
    const { page, problems } = await openPage('#/governance/decisions');
    await page.getByTestId('register-row').first().waitFor();
    await page.getByTestId('decision-new').click();
    await choose(page, 'decision-body', STEERING);
    await page.getByTestId('decision-date').fill('2026-11-21');
    await page.getByTestId('decision-title-input').fill('Nytt bibliotekssystem från 2027');
    await page.getByTestId('decision-text-input').fill('Styrgruppen beslutar att byta bibliotekssystem från och med 2027.');
    await page.getByTestId('decision-save').click();
    await page.getByTestId('link-editor').waitFor();
    const newId = Number(new URL(page.url()).hash.split('/').at(-1));

    // The link editor: kind "Ersätter", the target picked by typing its number.
    expect(await page.getByTestId('link-kind').inputValue()).toBe('Ersätter');
    await page.getByTestId('link-target').fill('SG 2016:1');
    await page.getByRole('option', { name: `SG 2016:1 · ${koha.title}` }).click();
    await page.getByTestId('link-add').click();
    const links = page.getByTestId('decision-links');
    await links.waitFor();
    await expect.poll(() => links.textContent()).toContain('Ersätter: SG 2016:1');
    // And a relation to the agreement it leads to, picked from the cooperation's agreements.
    await choose(page, 'link-kind', 'Antar avtal');
    await page.getByTestId('link-target').click();
    const agreementOption = page.getByRole('option').first();
    const agreementTitle = (await agreementOption.textContent()) ?? '';
    await agreementOption.click();
    await page.getByTestId('link-target').press('Enter');
    await expect.poll(() => links.textContent()).toContain(`Antar avtal: ${agreementTitle}`);
    await shoot(page, 'governance-decision-links-sv.png');
    // Removing a link is undoable.
    await links.locator('li[data-link-kind="adopts_agreement"]').getByTestId('link-remove').click();
    await expect.poll(() => links.locator('li[data-link-kind="adopts_agreement"]').count()).toBe(0);
    await page.keyboard.press('Control+z');
    await expect.poll(() => links.locator('li[data-link-kind="adopts_agreement"]').count()).toBe(1);

    // Now the old decision may be marked superseded.
    await page.goto(`${h.bridge.url}#/governance/decisions/${koha.id}`);
    await page.getByTestId('status-actions').waitFor();
    await expect.poll(() => page.getByTestId('decision-links').textContent()).toContain('Ersatt av');
    await page.getByRole('button', { name: 'Markera som ersatt' }).click();
    await expect.poll(() => page.getByTestId('decision-status').textContent()).toBe('Ersatt');
    expect(await page.getByTestId('status-refused').count()).toBe(0);
    const stored = await call<DecisionRow>('decisions:get', { id: koha.id });
    expect(stored.status).toBe('superseded');
    expect(stored.supersededBy.map((s) => s.id)).toEqual([newId]);
    // The link that explains it cannot be removed now; the register says why.
    await page.goto(`${h.bridge.url}#/governance/decisions/${newId}`);
    await page.getByTestId('decision-links').waitFor();
    await page.locator('[data-testid="decision-links"] li[data-link-kind="supersedes"]').getByTestId('link-remove').click();
    await expect.poll(() => page.getByRole('dialog').locator('[data-error-code="CONFLICT"]').count()).toBe(1);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('edits an agreement’s notice period: the notice deadline follows, and undo puts it back', async () => {
    const asOf = '2026-06-01';
    const agreements = await call<AgreementView[]>('agreements:list', { asOf });
    const hosting = agreements.find((a) => a.title === 'Avtal om serverdrift med Skövde IT')!;
    expect(hosting.noticeMonths).toBe(6);
    expect(hosting.terms?.noticeDeadline).toBe('2026-11-30');
    const { page, problems } = await openPage('#/governance/agreements');
    await page.getByTestId('agreement-row').first().waitFor();
    await page.getByTestId('agreements-as-of').fill(asOf);
    const row = page.locator(`[data-testid="agreement-row"][data-agreement-id="${hosting.id}"]`);
    await expect.poll(() => row.locator('.deadline-cell').textContent()).toContain('2026-11-30');
    // Keyboard: focus the row, Enter opens the form.
    await row.focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('agreement-notice').waitFor();
    expect(await page.getByTestId('agreement-notice').inputValue()).toBe('6');
    await page.getByTestId('agreement-notice').fill('200');
    await page.getByTestId('agreement-notice').press('Enter');
    expect(await page.getByTestId('agreement-modal').textContent()).toContain('Ett helt antal månader mellan 0 och 120.');
    await page.getByTestId('agreement-notice').fill('3');
    await page.getByTestId('agreement-notice').press('Enter');
    await page.getByTestId('agreement-modal').waitFor({ state: 'detached' });
    const changed = await call<AgreementView>('agreements:get', { id: hosting.id, asOf });
    expect(changed.noticeMonths).toBe(3);
    expect(changed.terms?.noticeDeadline).not.toBe('2026-11-30');
    await expect.poll(() => row.locator('.deadline-cell').textContent()).toContain(changed.terms!.noticeDeadline!);
    expect(await row.locator('.num-col').textContent()).toBe('3 månader');
    expect(await page.getByTestId('undo-button').getAttribute('aria-label')).toBe('Ångra: avtalet Avtal om serverdrift med Skövde IT');
    await page.getByTestId('undo-button').click();
    await expect.poll(() => row.locator('.deadline-cell').textContent()).toContain('2026-11-30');

    // A new agreement appears in the table with its computed terms.
    await page.getByTestId('agreement-new').click();
    await page.getByTestId('agreement-title').fill('Avtal om e-böcker');
    if ((await page.getByTestId('agreement-cooperation').inputValue()) !== SKARABORG) await choose(page, 'agreement-cooperation', SKARABORG);
    await page.getByTestId('agreement-start').fill('2026-01-01');
    await page.getByTestId('agreement-term').fill('24');
    await page.getByTestId('agreement-renewal').fill('12');
    await page.getByTestId('agreement-notice').fill('6');
    await page.getByTestId('agreement-title').press('Enter');
    await page.getByTestId('agreement-modal').waitFor({ state: 'detached' });
    const created = page.locator('[data-testid="agreement-row"]', { hasText: 'Avtal om e-böcker' });
    await expect.poll(() => created.locator('.deadline-cell').textContent()).toContain('2027-06-30');
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
