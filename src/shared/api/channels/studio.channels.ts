/**
 * What the scenario studio needs besides the scenario channels: the inputs of a scenario
 * (definition, the keys it may refer to and the workspace facts), so the renderer can run the
 * engine itself and a slider updates the charts within a frame, without a round trip per step.
 */
import { z } from 'zod';
import { entityId } from '../../domain/ids';
import type { KeyDefinitionInput, ScenarioDefinitionInput, ScenarioFactsInput } from '../../calc';
import { query } from '../define';
import type { RowVersioned } from '../row-version';
import type { ScenarioMemberRef } from './scenarios.channels';


const studioInputsInput = z.object({ scenarioId: entityId }).strict();

/** `rowVersion`: the scenario row's, sent back as `expectedVersion` when the editor saves it. */
export interface StudioInputs extends RowVersioned {
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

export const studioChannels = {
  'studio:inputs': query<typeof studioInputsInput, StudioInputs>(studioInputsInput),
} as const;
