/**
 * An adopted snapshot whose content is not what Andel adopts (a hand-written workspace document
 * can carry a matching hash over content of any shape — the rich fixture's snapshot holds only a
 * scenario and a result) is refused where it is used, naming the snapshot; never INTERNAL.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch';
import { createHandlers } from '../../src/main/handlers/index';
import { WorkspaceSession } from '../../src/main/workspace/session';
import { openTestWorkspace } from '../helpers/pg-workspace';
import { createTempDir } from '../helpers/temp-dir';
import { loadRichFixture } from '../helpers/workspace-fixtures';

const dir = createTempDir('andel-snapshot-content-');
afterAll(() => dir.remove());

describe('a snapshot whose content Andel cannot use', () => {
  it('is refused by the annex export with the snapshot named, not as an internal error', async () => {
    const session = new WorkspaceSession();
    const document = loadRichFixture();
    await openTestWorkspace(session, dir.file('rich.andel'), document);
    const handlers = createHandlers();
    try {
      const snapshot = document.snapshots[0]!;
      const reply = await dispatch(handlers, { session }, 'annex:export', { snapshotId: snapshot.id, language: 'sv' });
      expect(reply).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining(`Snapshot ${snapshot.id} cannot be used`) } });
      expect(JSON.stringify(reply)).toContain('content.input');
    } finally {
      await session.close();
    }
  });
});
