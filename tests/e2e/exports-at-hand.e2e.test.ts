/**
 * Exports at hand: after an export the view offers "Visa i mappen" and "Öppna", which hand the
 * file just written (found by main from its export-log entry) to the desktop — here a recording
 * stand-in for Electron's shell. A file that has gone since is refused in Swedish beside the buttons.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FileShell } from '../../src/main/files/file-shell';
import { startHarness, type Harness } from './app-harness';

const calls: string[] = [];
const shell: FileShell = {
  showInFolder: (path) => void calls.push(`show ${path}`),
  openPath: (path) => {
    calls.push(`open ${path}`);
    return Promise.resolve('');
  },
};

let h: Harness;
beforeAll(async () => {
  h = await startHarness('exports-at-hand', { fileShell: shell });
}, 180_000);
afterAll(async () => h?.close());

const POLL = { timeout: 30_000 };

describe('after an export', () => {
  it('"Visa i mappen" and "Öppna" hand the written file to the desktop', async () => {
    const { page, problems } = await h.openPage('#/exports');
    await page.getByTestId('exports-register').click();
    const result = page.getByTestId('exports-result');
    await result.waitFor(POLL);
    const path = (await page.getByTestId('exports-result-path').textContent())!.trim();
    await result.getByRole('button', { name: 'Visa i mappen' }).click();
    await expect.poll(() => calls.length, POLL).toBe(1);
    await result.getByRole('button', { name: 'Öppna' }).click();
    await expect.poll(() => calls.length, POLL).toBe(2);
    expect(calls).toEqual([`show ${path}`, `open ${path}`]);
    // The file named in Swedish, as the export was written in Swedish.
    expect(path).toMatch(/beslutsregister/iu);

    // Gone since: refused in Swedish, nothing handed to the desktop.
    rmSync(path);
    await result.getByRole('button', { name: 'Öppna' }).click();
    await expect.poll(() => result.getByText('finns inte längre i').count(), POLL).toBe(1);
    expect(calls).toHaveLength(2);
    expect(problems).toEqual([]);
    await page.context().close();
  }, 180_000);

  it('the meeting pack\'s PDF: "Visa i mappen" and "Öppna" hand the file just written to the desktop', async () => {
    const cooperation = (await h.api('cooperations:list', {})).find((c) => c.name.includes('Skaraborg'))!;
    const meeting = (await h.api('meetings:list', { cooperationId: cooperation.id }))[0]!;
    const { page, problems } = await h.openPage(`#/governance/meetings/${meeting.id}/pack`);
    await page.locator('[data-testid="pack-export"]:not([disabled])').click(POLL);
    const written = page.getByTestId('pack-written');
    await written.waitFor(POLL);
    // The export log's one meeting pack is the file just written; main joins its name to the exports folder.
    const entry = (await h.api('exports:list', {})).find((e) => e.kind === 'meeting_pack')!;
    expect(await written.textContent()).toContain(entry.fileName);
    const before = calls.length;
    await written.getByRole('button', { name: 'Visa i mappen' }).click();
    await written.getByRole('button', { name: 'Öppna' }).click();
    await expect.poll(() => calls.length, POLL).toBe(before + 2);
    const [shown, opened] = calls.slice(before);
    expect(shown).toMatch(/^show \//u);
    expect(shown!.endsWith(entry.fileName)).toBe(true);
    expect(opened).toBe(shown!.replace(/^show /u, 'open '));
    expect(problems).toEqual([]);
    await page.context().close();
  }, 180_000);
});
