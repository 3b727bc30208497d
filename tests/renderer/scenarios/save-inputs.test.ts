/**
 * The scenario editor and the key builder send the version they read with their save
 * (`expectedVersion`), so main can refuse a save over someone else's (docs/storage-postgres.md,
 * "Row versions"). The channel side is tested in tests/main/db/row-versions-channels.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { expectedVersion } from '../../../src/shared/api/row-version';
import { keyBuilderSave, scenarioEditorSave } from '../../../src/renderer/src/features/scenarios/save-inputs';

const definition = { id: 'sc-1', name: 'Plan', currency: 'SEK' } as never;

describe('scenarioEditorSave', () => {
  it('carries the row version the editor read, the form trimmed, a version the contract accepts', () => {
    const input = scenarioEditorSave({ scenarioId: 7, cooperationId: 2, rowVersion: 99 } as never, { name: '  Plan B ', description: '   ' }, definition, 4);
    // The version is the one handed in (the form's), not the inputs' current one (99).
    expect(input).toEqual({ id: 7, cooperationId: 2, name: 'Plan B', description: null, definition, expectedVersion: 4 });
    expect(expectedVersion.safeParse(input.expectedVersion).success).toBe(true);
  });
});

describe('keyBuilderSave', () => {
  const known = [
    { ref: 'skaraborg-9', version: 1 },
    { ref: 'skaraborg-9', version: 3 },
    { ref: 'other', version: 8 },
  ];

  it('a key the cooperation has: expectedVersion is the newest version of that key the builder knows (3, not 8)', () => {
    const input = keyBuilderSave(2, { id: 'skaraborg-9', name: 'K' } as never, ' note ', known);
    expect(input).toEqual({ cooperationId: 2, definition: { id: 'skaraborg-9', name: 'K' }, note: 'note', expectedVersion: 3 });
  });

  it('a new key id: no expectedVersion, an empty note is null', () => {
    const input = keyBuilderSave(2, { id: 'brand-new', name: 'N' } as never, '  ', known);
    expect(input).toEqual({ cooperationId: 2, definition: { id: 'brand-new', name: 'N' }, note: null });
    expect('expectedVersion' in input).toBe(false);
  });
});
