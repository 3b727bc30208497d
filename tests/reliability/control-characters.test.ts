/**
 * Issue 4/9 item 9: a NUL character in a name was stored as it came (organisations, cooperations:
 * create and update all answered ok — reproduced before the fix) and later broke what read it.
 * Every string of every channel's input now refuses control characters with INVALID_INPUT naming
 * the field; tab, line feed and carriage return stay allowed (notes have lines).
 */
import { describe, expect, it } from 'vitest';
import type { ApiResult } from '../../src/shared/api/result';
import { localizeError, type ApiError } from '../../src/shared/errors';
import { dbContentHash } from '../helpers/db-content-hash';
import { useDemoWorkspace } from '../helpers/demo-workspace';

const f = useDemoWorkspace();

function refusal(result: ApiResult<unknown>): ApiError {
  if (result.ok) throw new Error(`accepted: ${JSON.stringify(result.value).slice(0, 200)}`);
  return result.error;
}

describe('control characters in names and texts', () => {
  const cases: [string, string, (id: number) => Record<string, unknown>][] = [
    ['organisations:create', 'name', () => ({ name: 'Gull\u0000spång', kind: 'municipality', countryCode: 'SE' })],
    ['organisations:update', 'name', () => ({ id: 1, name: 'Gull\u0000spång' })],
    ['organisations:update', 'notes', () => ({ id: 1, notes: 'line one\nline\u0007two' })],
    ['cooperations:create', 'name', () => ({ name: 'Co\u0000op', kind: 'other', currency: 'SEK', countryCode: 'SE' })],
    ['cooperations:update', 'name', (id) => ({ id, name: 'X\u001bY' })],
  ];
  for (const [channel, field, input] of cases) {
    it(`${channel} refuses a control character in ${field}, naming the field, and writes nothing`, async () => {
      const cooperations = await f.value('cooperations:list', {});
      const before = await dbContentHash(f.ctx.session.db);
      const error = refusal(await f.call(channel, input(cooperations[0]!.id)));
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.issues?.[0]?.path).toBe(field);
      // "Gull\u0000spång": the NUL is the 5th character; "line one\nline\u0007two": the bell is the 14th.
      const expected = field === 'notes' ? { char: 'U+0007', position: 14 } : channel.startsWith('cooperations:update') ? { char: 'U+001B', position: 2 } : channel === 'cooperations:create' ? { char: 'U+0000', position: 3 } : { char: 'U+0000', position: 5 };
      expect(error.issues?.[0]?.params).toEqual(expected);
      expect(localizeError(error, 'sv').message).toContain(`${field}: innehåller ett styrtecken (${expected.char})`);
      expect(localizeError(error, 'nb').message).toContain(`${field}: inneholder et kontrolltegn (${expected.char})`);
      expect(localizeError(error, 'en').message).toContain(`${field}: contains a control character (${expected.char})`);
      expect(await dbContentHash(f.ctx.session.db)).toBe(before);
    });
  }

  it('keeps tabs and line breaks in notes', async () => {
    const value = await f.value('organisations:update', { id: 1, notes: 'first line\r\nsecond\tline' });
    expect(value.notes).toBe('first line\r\nsecond\tline');
  });
});
