/**
 * Key files: exported to the path main's save dialog answers (the renderer names none), read back
 * from the path the open dialog answers, refused when the key or the file is not one — with
 * stand-in dialogs, as the browser bridge has no native ones.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../src/main/api/dispatch';
import type { HandlerMap } from '../../../src/main/api/handler-map';
import type { FileDialogRequest, FileDialogs } from '../../../src/main/files/file-dialogs';
import type { AppContext } from '../../../src/main/workspace/app-context';
import { scenariosHandlers } from '../../../src/main/handlers/scenarios.handlers';
import { WorkspaceSession } from '../../../src/main/workspace/session';
import type { ApiResult } from '../../../src/shared/api/result';
import { keySchema } from '../../../src/shared/calc';
import { fixedClock } from '../../helpers/workspace-fixtures';
import { useTempDirs } from '../../helpers/temp-dir';
import { openTestWorkspace } from '../../helpers/pg-workspace';
import { cooperationId, demoDocument } from './scenario-test-kit';

const tempDir = useTempDirs();
const doc = demoDocument();
const skaraborg = cooperationId(doc, 'Skaraborg');
const handlers = scenariosHandlers as unknown as HandlerMap<AppContext>;
let session: WorkspaceSession;
let folder: string;
let answer: string | null;
const asked: { kind: 'save' | 'open'; request: FileDialogRequest }[] = [];
const dialogs: FileDialogs = {
  chooseSavePath: (request) => (asked.push({ kind: 'save', request }), Promise.resolve(answer)),
  chooseOpenPath: (request) => (asked.push({ kind: 'open', request }), Promise.resolve(answer)),
};
const call = (channel: string, input: unknown, withDialogs = true): Promise<ApiResult<unknown>> =>
  dispatch(handlers, withDialogs ? { session, fileDialogs: dialogs } : { session }, channel, input, () => undefined);

const skaraborgKey = (): Record<string, unknown> => structuredClone(doc.distributionKeys.find((k) => k.cooperationId === skaraborg)!.definition) as Record<string, unknown>;

beforeEach(async () => {
  const dir = tempDir();
  folder = dir.path;
  session = new WorkspaceSession({ clock: fixedClock });
  await openTestWorkspace(session, dir.file('w.andel'), doc);
  asked.length = 0;
}, 60_000);
afterEach(async () => session.close());

describe('key files', () => {
  it('exports the key to the chosen file and imports it back unchanged', async () => {
    answer = join(folder, 'chosen.json');
    const exported = await call('keys:exportFile', { cooperationId: skaraborg, definition: skaraborgKey(), language: 'nb' });
    expect(exported).toEqual({ ok: true, value: { cancelled: false, fileName: 'chosen.json', bytes: readFileSync(answer).length } });
    expect(asked).toEqual([{ kind: 'save', request: { title: 'Eksporter nøkkelen', defaultName: 'skaraborg-9.v1.key.json', extensions: ['json'] } }]);
    const written = JSON.parse(readFileSync(answer, 'utf8')) as unknown;
    expect(written).toEqual(skaraborgKey());
    expect(keySchema.safeParse(written).success).toBe(true);

    const imported = await call('keys:importFile', { language: 'sv' });
    expect(imported).toEqual({ ok: true, value: { cancelled: false, fileName: 'chosen.json', definition: skaraborgKey() } });
    expect(asked[1]).toEqual({ kind: 'open', request: { title: 'Importera en nyckel', extensions: ['json'] } });
  });

  it('writes nothing for a key the engine refuses, naming the field', async () => {
    answer = join(folder, 'bad.json');
    const bad = { ...skaraborgKey(), components: [{ type: 'equal', id: 'e', share: '15' }] };
    const result = await call('keys:exportFile', { cooperationId: skaraborg, definition: bad });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code: 'INVALID_INPUT', issues: [{ path: 'definition.components[0].share' }] });
    expect(asked).toEqual([]);
    expect(() => readFileSync(answer!)).toThrow();
  });

  it('a cancelled dialog does nothing; a file that is not JSON, or not an object, is refused; no dialogs, no files', async () => {
    answer = null;
    expect(await call('keys:exportFile', { cooperationId: skaraborg, definition: skaraborgKey() })).toEqual({ ok: true, value: { cancelled: true } });
    expect(await call('keys:importFile', {})).toEqual({ ok: true, value: { cancelled: true } });
    answer = join(folder, 'not.json');
    writeFileSync(answer, '{ "schemaVersion": 1,');
    const notJson = await call('keys:importFile', {});
    expect(!notJson.ok && notJson.error.code).toBe('INVALID_INPUT');
    writeFileSync(answer, '[1, 2]');
    const notObject = await call('keys:importFile', {});
    expect(!notObject.ok && notObject.error.code).toBe('INVALID_INPUT');
    const none = await call('keys:importFile', {}, false);
    expect(!none.ok && none.error.code).toBe('FILE_ERROR');
  });
});
