/**
 * The contract checks a key or scenario definition against the engine's schema before any service
 * runs: a malformed one is refused with the field's path, in the reader's language, and nothing is
 * written; a well-formed one passes on as sent (the key's `version` is Andel's to set).
 */
import { describe, expect, it } from 'vitest';
import { localizeError } from '../../../src/shared/errors';
import { dbContentHash } from '../../helpers/db-content-hash';
import { useDemoWorkspace } from '../../helpers/demo-workspace';

const f = useDemoWorkspace();
const SKARABORG = 1;

const key = (components: unknown[]) => ({ schemaVersion: 1 as const, id: 'contract-probe', name: 'Probe', family: 'allocation' as const, components });

describe('definitions at the contract', () => {
  it('refuses a key whose share is a number, at definition.components[0].share, writing nothing', async () => {
    const before = await dbContentHash(f.ctx.session.db);
    const result = await f.call('keys:save', { cooperationId: SKARABORG, definition: key([{ id: 'eq', type: 'equal', share: 100 }]) } as never);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_INPUT');
    // Refused by the contract's parse (dispatch's message), before the service's own check.
    expect(result.error.messageKey).toBe('error.api.invalidInputAt');
    expect(result.error.issues?.map((i) => i.path)).toEqual(['definition.components[0].share']);
    // The issue reads in Swedish too (the catalogue's words, not zod's English).
    expect(localizeError(result.error, 'sv').issues?.[0]?.message).not.toBe(result.error.issues?.[0]?.message);
    expect(await dbContentHash(f.ctx.session.db)).toBe(before);
  });

  it('refuses a scenario whose horizon year is text, at definition.horizon.from', async () => {
    const keys = await f.value('keys:list', { cooperationId: SKARABORG });
    const stored = keys[0]!;
    const result = await f.call('scenarios:save', {
      cooperationId: SKARABORG,
      definition: { schemaVersion: 1, id: 'probe', name: 'Probe', currency: 'SEK', horizon: { from: '2026', to: 2027 }, key: { ref: stored.ref, version: stored.version } },
    } as never);
    expect(result.ok ? [] : result.error.issues?.map((i) => i.path)).toEqual(['definition.horizon.from']);
    expect(result.ok ? '' : result.error.messageKey).toBe('error.api.invalidInputAt');
  });

  it('passes a well-formed key without a version on, and Andel numbers it', async () => {
    const saved = await f.value('keys:save', { cooperationId: SKARABORG, definition: { ...key([]), components: [{ id: 'eq', type: 'equal', share: 'rest' }] } });
    expect(saved.version).toBe(1);
    // Stored as sent plus its version: the schema's defaults (rounding, proRata, …) are not written in.
    expect(Object.keys(saved.definition as object).sort()).toEqual(['components', 'family', 'id', 'name', 'schemaVersion', 'version']);
  });
});
