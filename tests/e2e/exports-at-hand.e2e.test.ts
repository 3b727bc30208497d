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
});
