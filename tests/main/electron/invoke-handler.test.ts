import { describe, expect, it, vi } from 'vitest';
import type { HandlerMap } from '../../../src/main/api/handler-map';
import { createInvokeHandler } from '../../../src/main/electron/policy/invoke-handler';
import { channelNameList } from '../../../src/shared/api/channel-names';
import { AndelError } from '../../../src/shared/errors';
import { fileEntry } from './fixtures';

type Ctx = { id: string };

function setup() {
  const list = vi.fn(() => []);
  // Every channel answers with its name; two are overridden for the cases below.
  const handlers = Object.fromEntries(channelNameList.map((channel) => [channel, vi.fn(() => channel)])) as unknown as HandlerMap<Ctx>;
  Object.assign(handlers, {
    'members:list': list,
    'workspace:info': vi.fn(() => {
      throw new AndelError('NO_WORKSPACE', 'No workspace is open.');
    }),
  });
  const log = vi.fn();
  const context = vi.fn(() => ({ id: 'ctx' }));
  const handle = createInvokeHandler<Ctx>({ entry: fileEntry, handlers, context, log });
  return { handle, handlers, list, log, context };
}

const trusted = { url: fileEntry.indexUrl, isTopLevel: true };

describe('andel:invoke handler', () => {
  it('dispatches a call from the app page with the current context', async () => {
    const { handle, list } = setup();
    await expect(handle(trusted, 'members:list', {})).resolves.toEqual({ ok: true, value: [] });
    expect(list).toHaveBeenCalledWith({}, { id: 'ctx' });
  });

  it('returns the structured errors of dispatch', async () => {
    const { handle } = setup();
    await expect(handle(trusted, 'members:drop', {})).resolves.toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    await expect(handle(trusted, 'members:list', { search: 5 })).resolves.toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    await expect(handle(trusted, 'workspace:info', {})).resolves.toEqual({
      ok: false,
      error: { code: 'NO_WORKSPACE', message: 'No workspace is open.' },
    });
  });

  it.each([
    ['a foreign page', { url: 'https://evil.example/', isTopLevel: true }],
    ['an iframe of the app', { url: fileEntry.indexUrl, isTopLevel: false }],
    ['a destroyed frame', null],
  ])('refuses %s without running anything', async (_name, frame) => {
    const { handle, list, log, context } = setup();
    await expect(handle(frame, 'members:list', {})).rejects.toThrow(/Refused/);
    expect(list).not.toHaveBeenCalled();
    expect(context).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledOnce();
  });
});
