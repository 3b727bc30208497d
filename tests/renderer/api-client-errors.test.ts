/**
 * The renderer shows API errors in the interface language: main sends a stable code, a message key
 * and parameters (and English text), the client picks the words. A missing bridge is said in the
 * interface language too. Runs the real client module against a stand-in bridge.
 */
import i18next from 'i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../src/renderer/src/api/client';

type Bridge = { invoke: (channel: string, input: unknown) => Promise<unknown> };
const globals = globalThis as unknown as { window?: { andel?: Bridge } };

beforeAll(async () => {
  await i18next.init({ lng: 'sv', resources: {} });
});

afterEach(() => {
  delete globals.window;
});

describe('API errors in the interface language', () => {
  const notFound = {
    ok: false,
    error: { code: 'NOT_FOUND', message: 'There is no meeting with id 4.', messageKey: 'error.notFound', params: { what: { messageKey: 'enum.entity.meeting' }, id: 4 } },
  };

  it('Swedish: the message chosen from the key, the code kept', async () => {
    await i18next.changeLanguage('sv');
    globals.window = { andel: { invoke: async () => notFound } };
    const result = await call('meetings:get', { id: 4 } as never);
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: 'Hittar inte mötet med id 4.' } });
  });

  it('Norwegian, and English as main wrote it', async () => {
    globals.window = { andel: { invoke: async () => notFound } };
    await i18next.changeLanguage('nb');
    expect(await call('meetings:get', { id: 4 } as never)).toMatchObject({ error: { message: 'Finner ikke møtet med id 4.' } });
    await i18next.changeLanguage('en');
    expect(await call('meetings:get', { id: 4 } as never)).toMatchObject({ error: { message: 'There is no meeting with id 4.' } });
  });

  it('a missing bridge is said in the interface language', async () => {
    await i18next.changeLanguage('sv');
    const result = await call('meetings:get', { id: 4 } as never);
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL', message: 'Andel når inte sina data: förbindelsen till programmet saknas. Starta om Andel.' } });
  });

  it('an error without a key (not converted yet) stays as main wrote it', async () => {
    await i18next.changeLanguage('sv');
    globals.window = { andel: { invoke: async () => ({ ok: false, error: { code: 'CONFLICT', message: 'Some English text.' } }) } };
    expect(await call('meetings:get', { id: 4 } as never)).toMatchObject({ error: { code: 'CONFLICT', message: 'Some English text.' } });
  });
});
