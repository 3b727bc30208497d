import { describe, expect, it, vi } from 'vitest';
import { invokeIpcChannel as mainChannel } from '../../src/main/electron/policy/invoke-handler';
import { createInvoke, invokeIpcChannel } from '../../src/preload/invoke';
import { channelNameList } from '../../src/shared/api/channel-names';

describe('preload invoke', () => {
  it('refuses an undeclared channel with UNKNOWN_CHANNEL and sends no IPC', async () => {
    const send = vi.fn(async () => ({ ok: true, value: 'should not happen' }));
    const invoke = createInvoke(send) as (channel: unknown, input: unknown) => Promise<unknown>;
    for (const channel of ['members:drop', 'andel:invoke', '__proto__', 'constructor', 'toString', '', 42, null, undefined, { toString: () => 'members:list' }]) {
      await expect(invoke(channel, {})).resolves.toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    }
    expect(send).not.toHaveBeenCalled();
  });

  it('sends every declared channel with its input and returns main\'s reply', async () => {
    const send = vi.fn(async (channel: string) => ({ ok: true, value: channel }));
    const invoke = createInvoke(send);
    for (const channel of channelNameList) {
      await expect(invoke(channel, {} as never)).resolves.toEqual({ ok: true, value: channel });
    }
    await invoke('members:list', { search: 'Skövde' });
    expect(send).toHaveBeenLastCalledWith('members:list', { search: 'Skövde' });
    expect(send).toHaveBeenCalledTimes(channelNameList.length + 1);
  });

  it('turns a failed IPC round trip into a structured error, never a raw exception', async () => {
    const invoke = createInvoke(async () => {
      throw new Error("Error invoking remote method 'andel:invoke': Error: Refused");
    });
    await expect(invoke('workspace:info', {})).resolves.toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: expect.stringMatching(/workspace:info.*did not reach the main process/) },
    });
  });

  it('uses the same IPC channel as main', () => {
    expect(invokeIpcChannel).toBe(mainChannel);
  });
});
