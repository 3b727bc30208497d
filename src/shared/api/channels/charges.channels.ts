/**
 * A member's own charges: what the adopted scenarios (snapshots) of the cooperations it takes part
 * in charge IT, year by year, with "Why this amount?" — never another member's row, nor a total
 * (over `andel serve` a member viewer may ask only for its own organisation).
 */
import { z } from 'zod';
import { entityId } from '../../domain/ids';
import { defaultLanguage, languages } from '../../domain/languages';
import { query } from '../define';
import type { ChargeExplanation, SnapshotSummary } from './scenarios.channels';

const chargesOwnInput = z.object({ organisationId: entityId, language: z.enum(languages).default(defaultLanguage) }).strict();

/** One adopted snapshot as it charges the organisation (money in integer minor units of `currency`). */
export interface OwnAdoptedCharge {
  snapshotId: number;
  scenarioId: number;
  scenarioName: string;
  cooperationId: number;
  cooperationName: string;
  adoptedAt: string;
  currency: string;
  /** The decisions that adopted the snapshot (the register's). */
  decisions: SnapshotSummary['decisions'];
  /** The organisation's own row: one explanation per member it is in the scenario and per year. */
  years: ChargeExplanation[];
}

export const chargesChannels = {
  'charges:own': query<typeof chargesOwnInput, OwnAdoptedCharge[]>(chargesOwnInput),
} as const;
