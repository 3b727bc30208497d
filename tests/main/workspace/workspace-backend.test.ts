import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src/main/api/dispatch';
import { createWorkspaceBackend } from '../../../src/main/workspace/workspace-backend';
import { useTempDirs } from '../../helpers/temp-dir';

const demoDocumentPath = fileURLToPath(new URL('../../../resources/demo/demo-workspace.json', import.meta.url));
const tempDir = useTempDirs();

describe('the backend the Electron shell serves', () => {
  it('writes the demo, opens it and answers API calls through the contract', async () => {
    const backend = createWorkspaceBackend({ demoDocumentPath });
    const file = tempDir().file('demo.andel');
    await backend.createDemoWorkspace(file);
    await backend.session.open(file);
    try {
      expect(backend.session.current).toBe(file);
      const reply = await dispatch(backend.handlers, backend.context(), 'members:list', { search: 'Skövde' });
      expect(reply.ok).toBe(true);
      const rows = reply.ok ? (reply.value as { name: string; population: number | null }[]) : [];
      expect(rows.map((r) => r.name)).toContain('Skövde');
      expect(rows.find((r) => r.name === 'Skövde')?.population).toBeGreaterThan(50_000);
    } finally {
      await backend.session.close();
    }
  });

  it('asks for the Electron build of better-sqlite3 only inside Electron', () => {
    // Under Node no nativeBinding is chosen, so construction must not throw even without .electron-native.
    expect(() => createWorkspaceBackend({ demoDocumentPath, versions: { ...process.versions } })).not.toThrow();
    expect(() => createWorkspaceBackend({ demoDocumentPath, versions: { ...process.versions, electron: '0.0.0-missing' } })).toThrow(/npm start/);
  });
});
