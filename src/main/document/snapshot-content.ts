/**
 * What an adopted snapshot must hold to be used again (an annex of the adopted figures, a meeting
 * pack): the scenario it came from and the engine's input. A snapshot is immutable and checked by
 * its hash, but a hand-written workspace document can carry a hash that matches content of any
 * shape (the document format leaves `content` open); such content is refused where it is used, with
 * the snapshot and the field named, never met as an internal error.
 */
import { z } from 'zod';
import { resolveScenario, type KeyDefinitionInput, type ScenarioDefinitionInput, type ScenarioFactsInput } from '../../shared/calc';
import { AndelError, ref } from '../../shared/errors';
import { formatPath } from '../../shared/calc/parse';

const record = z.record(z.string(), z.unknown());

export const snapshotContentSchema = z
  .object({
    scenario: z.object({ id: z.number().int(), name: z.string(), cooperationId: z.number().int(), cooperationName: z.string() }).passthrough(),
    input: z.object({ definition: record, keys: z.array(record), facts: record }).passthrough(),
  })
  .passthrough();

export interface SnapshotContent {
  scenario: { id: number; name: string; cooperationId: number; cooperationName: string };
  input: { definition: ScenarioDefinitionInput; keys: KeyDefinitionInput[]; facts: ScenarioFactsInput };
}

/** Problems with a snapshot's content, as paths below `prefix` and messages; [] when it can be used. */
export function snapshotContentProblems(content: unknown, prefix: string): { path: string; message: string }[] {
  const parsed = snapshotContentSchema.safeParse(content);
  if (!parsed.success) return parsed.error.issues.map((found) => ({ path: formatPath(prefix, found.path), message: found.message }));
  const { input } = parsed.data;
  try {
    resolveScenario(input.definition as unknown as ScenarioDefinitionInput, input.facts as unknown as ScenarioFactsInput, { keys: input.keys as unknown as KeyDefinitionInput[] });
    return [];
  } catch (error) {
    if (!(error instanceof AndelError)) throw error;
    const found = error.issues ?? [{ path: '', message: error.message }];
    return found.map((i) => ({ path: [`${prefix}.input`, i.path].filter(Boolean).join('.'), message: i.message }));
  }
}

/** The content of a stored snapshot, checked; a damaged one is refused naming the snapshot. */
export function readSnapshotContent(snapshotId: number, content: unknown): SnapshotContent {
  const problems = snapshotContentProblems(content, 'content');
  if (problems.length > 0) {
    throw new AndelError('CONFLICT', ref('error.snapshot.unusable', { id: snapshotId, problems: problems.slice(0, 3).map((p) => `${p.path}: ${p.message}`).join('; ') }), problems.slice(0, 20));
  }
  return content as SnapshotContent;
}
