/**
 * `invoicing:export` and `register:export` as the Exports view calls them: files in the "Andel
 * exports" folder next to the workspace, logged with their real SHA-256, never replacing an earlier
 * export of the same second, and nothing logged when the file cannot be written.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WorkspaceDocument } from '../../../src/shared/document/workspace-document.schema';
import { useDemoWorkspace } from '../../helpers/demo-workspace';
import { sha256File } from '../../helpers/file-hash';
import { fixedClock, loadDemoDocument } from '../../helpers/workspace-fixtures';

const f = useDemoWorkspace();
const demo = loadDemoDocument() as WorkspaceDocument;
const workspace = (): string => f.dir.file('demo.andel');
/** The fixed clock's moment as the local clock shows it ("2026-11-21 13:00:00" in Stockholm), colons as dots. */
const clockAsShown = (): string => fixedClock().toLocaleString('sv-SE').replaceAll(':', '.');

describe('export channels', { timeout: 60_000 }, () => {
  const bibblix = () => demo.scenarios.find((s) => s.name === 'Bibblix i VGR-erbjudandet')!;

  it('invoicing:export writes the basis next to the workspace and logs it; a second export in the same second gets its own file', async () => {
    const first = await f.value('invoicing:export', { scenarioId: bibblix().id, language: 'nb', year: 2023 });
    expect(dirname(first.path)).toBe(join(dirname(workspace()), 'Andel exports'));
    // The name in the export's language (nb) and the time as this machine's clock shows it, not UTC.
    expect(first.fileName).toBe(`Bibblix i VGR-erbjudandet - fakturagrunnlag - 2023 - utkast - nb - ${clockAsShown()}.xlsx`);
    expect(sha256File(first.path)).toBe(first.sha256);
    const second = await f.value('invoicing:export', { scenarioId: bibblix().id, language: 'nb', year: 2023 });
    expect(second.fileName).toBe(`Bibblix i VGR-erbjudandet - fakturagrunnlag - 2023 - utkast - nb - ${clockAsShown()} (2).xlsx`);
    expect(sha256File(first.path)).toBe(first.sha256);
    const log = await f.value('exports:list', {});
    expect(log.map((e) => [e.kind, e.fileName, e.sha256, e.scenarioId])).toEqual([
      ['invoicing_basis', second.fileName, second.sha256, bibblix().id],
      ['invoicing_basis', first.fileName, first.sha256, bibblix().id],
    ]);
  });

  it('invoicing:export refuses a year outside the horizon, and writes and logs nothing', async () => {
    const result = await f.call('invoicing:export', { scenarioId: bibblix().id, year: 2040 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code: 'INVALID_INPUT', issues: [{ path: 'year' }] });
    expect(await f.value('exports:list', {})).toEqual([]);
  });

  it('register:export writes the register of one cooperation and logs it', async () => {
    const skaraborg = demo.cooperations.find((c) => c.name === 'Bibliotek Skaraborg 9-gruppen')!;
    const file = await f.value('register:export', { cooperationId: skaraborg.id, language: 'en' });
    expect(file.fileName).toBe(`Bibliotek Skaraborg 9-gruppen - decision register - en - ${clockAsShown()}.xlsx`);
    expect(sha256File(file.path)).toBe(file.sha256);
    expect(file).toMatchObject({ kind: 'decision_register', snapshotId: null, scenarioId: null });
    const missing = await f.call('register:export', { cooperationId: 999 });
    expect(missing.ok).toBe(false);
  });

  it('logs nothing when the folder cannot be written', async () => {
    // The exports folder's place holds a file: main cannot create the folder there.
    const blocker = join(dirname(workspace()), 'Andel exports');
    writeFileSync(blocker, 'a file where a folder should be');
    const result = await f.call('register:export', { language: 'sv' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('FILE_ERROR');
    expect(await f.value('exports:list', {})).toEqual([]);
  });
});
