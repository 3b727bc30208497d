import { describe, expect, it } from 'vitest';
import type { ShellBackend } from '../../../src/main/electron/backend';
import { createHandlers, type AppContext } from '../../../src/main/handlers/index';
import { resolveNativeBinding } from '../../../src/main/native/native-binding';
import { WorkspaceSession } from '../../../src/main/workspace/session';

// The shell codes against its own small interface; this holds the workspace layer to it, so the
// lead's wiring in src/main/index.ts type-checks.
describe('the workspace layer fits the shell', () => {
  it('WorkspaceSession and createHandlers() make a ShellBackend', () => {
    const session = new WorkspaceSession({ nativeBinding: resolveNativeBinding() });
    const backend: ShellBackend<AppContext> = {
      session,
      handlers: createHandlers(),
      context: () => ({ session }),
      createDemoWorkspace: () => undefined,
    };
    expect(backend.session.current).toBeNull();
  });
});
