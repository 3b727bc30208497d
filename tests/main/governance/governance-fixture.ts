/**
 * A session on a fresh copy of the demo workspace, with a fixed clock, and typed helpers to call
 * channels through the real dispatcher (input parsing, handlers, result envelope).
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach } from 'vitest';
import { dispatch } from '../../../src/main/api/dispatch';
import { createHandlers, type AppContext } from '../../../src/main/handlers/index';
import { WorkspaceSession } from '../../../src/main/workspace/session';
import type { ApiResult } from '../../../src/shared/api/result';
import type { Channel, ChannelInput, ChannelOutput } from '../../../src/shared/api/contract';
import { useTempDirs, type TempDir } from '../../helpers/temp-dir';
import { demoDocumentPath, fixedClock } from '../../helpers/workspace-fixtures';

const demoDocument = readFileSync(demoDocumentPath, 'utf8');
const handlers = createHandlers();

export interface GovernanceFixture {
  ctx: AppContext;
  dir: TempDir;
  call(channel: string, input?: unknown): Promise<ApiResult<unknown>>;
  value<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>;
}

/** Call at the top of a test file: every test gets its own demo workspace. */
export function useDemoWorkspace(): GovernanceFixture {
  const tempDir = useTempDirs('andel-gov-');
  const fixture = {} as GovernanceFixture;
  beforeEach(async () => {
    fixture.dir = tempDir();
    fixture.ctx = { session: new WorkspaceSession({ clock: fixedClock }) };
    await fixture.ctx.session.createFromDocument(fixture.dir.file('demo.andel'), JSON.parse(demoDocument) as unknown);
  });
  afterEach(async () => fixture.ctx.session.close());
  fixture.call = (channel, input) => dispatch(handlers, fixture.ctx, channel, input, (error) => console.error(error));
  fixture.value = async (channel, input) => {
    const result = await fixture.call(channel, input);
    if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
    return result.value as never;
  };
  return fixture;
}

export const SKARABORG = 1;
export const STEERING_GROUP = 1;
export const DECEMBER_2016_MEETING = 1;
