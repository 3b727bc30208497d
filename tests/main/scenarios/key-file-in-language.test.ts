/**
 * The key-file import's refusals carry catalogue keys: the same English as before, and the whole
 * sentence in Swedish and Norwegian. Real files, a real workspace, the channel through the dispatcher.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../src/main/api/dispatch';
import type { HandlerMap } from '../../../src/main/api/handler-map';
import type { FileDialogs } from '../../../src/main/files/file-dialogs';
import type { AppContext } from '../../../src/main/workspace/app-context';
import { scenariosHandlers } from '../../../src/main/handlers/scenarios.handlers';
import { WorkspaceSession } from '../../../src/main/workspace/session';
import { localizeError, type ApiError } from '../../../src/shared/errors';
import { fixedClock } from '../../helpers/workspace-fixtures';
import { useTempDirs } from '../../helpers/temp-dir';
import { openTestWorkspace } from '../../helpers/pg-workspace';
import { demoDocument } from './scenario-test-kit';

const tempDir = useTempDirs();
const handlers = scenariosHandlers as unknown as HandlerMap<AppContext>;
let session: WorkspaceSession;
let folder: string;
let answer: string | null;
const dialogs: FileDialogs = { chooseSavePath: () => Promise.resolve(answer), chooseOpenPath: () => Promise.resolve(answer) };

async function refusal(withDialogs = true): Promise<ApiError> {
  const result = await dispatch(handlers, withDialogs ? { session, fileDialogs: dialogs } : { session }, 'keys:importFile', {}, () => undefined);
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
}

beforeEach(async () => {
  const dir = tempDir();
  folder = dir.path;
  session = new WorkspaceSession({ clock: fixedClock });
  await openTestWorkspace(session, dir.file('w.andel'), demoDocument());
}, 60_000);
afterEach(async () => session.close());

describe('key-file refusals in sv, nb and en', () => {
  it('a file that is not a key object, one too large, and no dialog at all', async () => {
    answer = join(folder, 'list.json');
    writeFileSync(answer, '[1, 2]');
    const notKey = await refusal();
    expect(notKey.message).toBe('list.json does not hold a key: expected a JSON object.');
    expect(localizeError(notKey, 'sv').message).toBe('list.json innehåller ingen nyckel: ett JSON-objekt väntades.');
    expect(localizeError(notKey, 'nb').issues).toEqual([expect.objectContaining({ path: 'file', message: 'ikke et nøkkelobjekt' })]);

    // 2 MiB = 2 × 1024 × 1024 = 2097152 bytes is the most a key file may hold; one byte more is refused.
    answer = join(folder, 'big.json');
    writeFileSync(answer, ' '.repeat(2 * 1024 * 1024 + 1));
    const big = await refusal();
    expect(big.message).toBe('big.json is 2097153 bytes; a key file is at most 2097152 bytes.');
    expect(localizeError(big, 'nb').message).toBe('big.json er 2097153 byte; en nøkkelfil er høyst 2097152 byte.');

    const none = await refusal(false);
    expect(none.code).toBe('FILE_ERROR');
    expect(localizeError(none, 'sv').message).toBe('Andel har ingen fildialog här: nyckelfiler kan bara exporteras och importeras i skrivbordsappen.');
  });

  it('a file that is not JSON keeps the parser\'s detail after the translated words', async () => {
    answer = join(folder, 'broken.json');
    writeFileSync(answer, '{ "schemaVersion": 1,');
    const error = await refusal();
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toMatch(/^broken\.json is not a JSON file: .+/u);
    expect(localizeError(error, 'sv').message).toMatch(/^broken\.json är inte en JSON-fil: .+/u);
    expect(localizeError(error, 'sv').issues?.[0]?.message).toBe('inte JSON');
  });
});
