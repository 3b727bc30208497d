/**
 * A session on a fresh copy of the demo workspace, with a fixed clock, and typed helpers to call
 * channels through the real dispatcher (input parsing, handlers, result envelope).
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch';
import { createHandlers, type AppContext } from '../../src/main/handlers/index';
import { WorkspaceSession } from '../../src/main/workspace/session';
import type { ApiResult } from '../../src/shared/api/result';
import type { Channel, ChannelInput, ChannelOutput } from '../../src/shared/api/contract';
import { openTestWorkspace } from './pg-workspace';
import { useTempDirs, type TempDir } from './temp-dir';
import { demoDocumentPath, fixedClock } from './workspace-fixtures';

const demoDocument = readFileSync(demoDocumentPath, 'utf8');
const handlers = createHandlers();

export interface DemoWorkspaceFixture {
  ctx: AppContext;
  /** The test's own folder; the workspace is `dir.file('demo.andel')`. */
  dir: TempDir;
  call(channel: string, input?: unknown): Promise<ApiResult<unknown>>;
  value<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>;
}

/** Call at the top of a test file: every test gets its own demo workspace. */
export function useDemoWorkspace(): DemoWorkspaceFixture {
  const tempDir = useTempDirs('andel-demo-');
  const fixture = {} as DemoWorkspaceFixture;
  beforeEach(async () => {
    fixture.dir = tempDir();
    fixture.ctx = { session: new WorkspaceSession({ clock: fixedClock }) };
    // A file, or a PostgreSQL database under the postgres test project (tests/helpers/pg-workspace.ts).
    await openTestWorkspace(fixture.ctx.session, fixture.dir.file('demo.andel'), JSON.parse(demoDocument) as unknown);
  });
  afterEach(async () => fixture.ctx.session.close());
  fixture.call = (channel, input) => dispatch(handlers, fixture.ctx, channel, input, (error) => console.error(error));
  fixture.value = async (channel, input) => {
    const result = await fixture.call(channel, input);
    if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}${result.error.issues ? ` ${JSON.stringify(result.error.issues)}` : ''}`);
    return result.value as never;
  };
  return fixture;
}
