/**
 * What the scenario editor and the key builder send to save, with the version they read
 * (docs/storage-postgres.md, "Row versions"): main refuses the save when someone else has saved
 * the scenario, or a newer version of the key, since; the screen then offers to reload.
 */
import type { ChannelInput } from '../../../../shared/api/contract';
import type { KeySummary } from '../../../../shared/api/channels/scenarios.channels';

/** The editor's save of a stored scenario, from the scenario's row version its form was read at. */
export function scenarioEditorSave(
  scenario: { scenarioId: number; cooperationId: number },
  form: { name: string; description: string },
  definition: ChannelInput<'scenarios:save'>['definition'],
  seenVersion: number,
): ChannelInput<'scenarios:save'> {
  const description = form.description.trim();
  return {
    id: scenario.scenarioId,
    cooperationId: scenario.cooperationId,
    name: form.name.trim(),
    description: description === '' ? null : description,
    definition,
    expectedVersion: seenVersion,
  };
}

/**
 * The builder's save of a key: a key whose id the cooperation already has is saved as the version
 * after the newest one the builder knows, and says so (`expectedVersion`); a new id, without one.
 */
export function keyBuilderSave(
  cooperationId: number,
  definition: ChannelInput<'keys:save'>['definition'],
  note: string,
  known: readonly Pick<KeySummary, 'ref' | 'version'>[],
): ChannelInput<'keys:save'> {
  const ref = typeof definition.id === 'string' ? definition.id.trim() : '';
  const versions = known.filter((k) => k.ref === ref).map((k) => k.version);
  const trimmed = note.trim();
  return {
    cooperationId,
    definition,
    note: trimmed === '' ? null : trimmed,
    ...(versions.length > 0 ? { expectedVersion: Math.max(...versions) } : {}),
  };
}
