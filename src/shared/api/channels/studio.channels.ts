/**
 * What the scenario studio needs besides the scenario channels: the inputs of a scenario
 * (definition, the keys it may refer to and the workspace facts), so the renderer can run the
 * engine itself and a slider updates the charts within a frame, without a round trip per step.
 */
import { z } from 'zod';
import type { KeyDefinitionInput, ScenarioDefinitionInput, ScenarioFactsInput } from '../../calc';
import { command, query } from '../define';
import type { ScenarioMemberRef } from './scenarios.channels';

const entityId = z.number().int().positive();

const studioInputsInput = z.object({ scenarioId: entityId }).strict();
const annexExportInput = z
  .object({
    /** A draft annex of a stored scenario… */
    scenarioId: entityId.optional(),
    /** …or the annex of an adopted snapshot (its content hash goes on the cover). */
    snapshotId: entityId.optional(),
    language: z.enum(['sv', 'nb', 'en']).default('sv'),
    // No folder from the renderer: main writes to "Andel exports" next to the workspace file.
  })
  .strict()
  .refine((v) => (v.scenarioId === undefined) !== (v.snapshotId === undefined), { message: 'give either scenarioId or snapshotId', path: ['scenarioId'] });
const exportsListInput = z.object({}).strict();

export interface StudioInputs {
  scenarioId: number;
  cooperationId: number;
  cooperationName: string;
  name: string;
  description: string | null;
  keyId: number;
  baselineScenarioId: number | null;
  /** The stored engine definition (docs/key-format.md). */
  definition: ScenarioDefinitionInput;
  /** Every key of the cooperation, any version (what `definition.key` may refer to). */
  keys: KeyDefinitionInput[];
  facts: ScenarioFactsInput;
  /** Engine member id → organisation. */
  members: ScenarioMemberRef[];
  /** Problems in the stored data that change the figures, shown beside them. */
  warnings: StudioDataWarning[];
}

/**
 * A member invoiced via an organisation that is not an administrative party of the cooperation
 * (older data; saving it is refused now): the engine ignores the link, so the member is not a
 * group member and is charged nothing by a group fee.
 */
export interface StudioDataWarning {
  kind: 'invoicedViaNotParty';
  memberName: string;
  viaName: string;
}

export interface ExportLogEntry {
  id: number;
  exportedAt: string;
  kind: string;
  snapshotId: number | null;
  scenarioId: number | null;
  fileName: string;
  sha256: string;
}

export interface ExportedFile extends ExportLogEntry {
  /** Absolute path of the file written. */
  path: string;
  bytes: number;
}

export const studioChannels = {
  'studio:inputs': query<typeof studioInputsInput, StudioInputs>(studioInputsInput),
  'annex:export': command<typeof annexExportInput, ExportedFile>(annexExportInput),
  'exports:list': query<typeof exportsListInput, ExportLogEntry[]>(exportsListInput),
} as const;
