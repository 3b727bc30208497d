import { z } from 'zod';
import type { MetricValueRecord } from '../../document/workspace-document.schema';
import { command, query } from '../define';

export type { CooperationSummary } from './cooperations.channels';

/** What the app shell needs to know about the open workspace. */
export interface WorkspaceInfo {
  path: string;
  fileName: string;
  schemaVersion: string;
  /** Row counts per table, for the status bar and `andel info`. */
  counts: Record<string, number>;
}

export interface MemberListRow {
  organisationId: number;
  name: string;
  kind: string;
  orgNumber: string | null;
  countryCode: string;
  /** Most recent population value, its year and reference date (ISO), or null when none is known. */
  population: number | null;
  populationYear: number | null;
  populationReferenceDate: string | null;
  /** Names of the cooperations the organisation takes part in, with its role in each. */
  participations: { cooperationId: number; cooperationName: string; role: string }[];
}

const entityId = z.number().int().positive();
const metricsForOrganisationInput = z
  .object({
    organisationId: entityId,
    metric: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'expected a lower-case metric name such as population').optional(),
  })
  .strict();
const openDemoInput = z.object({}).strict();
const createNewInput = z
  .object({ name: z.string().trim().min(1, 'must not be empty').max(120).regex(/^[^/\\:*?"<>|]+$/u, 'must not contain / \\ : * ? " < > |') })
  .strict();

export const workspaceChannels = {
  'workspace:info': query<z.ZodObject<Record<string, never>>, WorkspaceInfo | null>(z.object({}).strict()),
  'members:list': query<z.ZodType<{ cooperationId?: number | undefined; search?: string | undefined }>, MemberListRow[]>(
    z
      .object({
        cooperationId: z.number().int().positive().optional(),
        search: z.string().max(200).optional(),
      })
      .strict(),
  ),
  'members:setPopulation': command<
    z.ZodType<{ organisationId: number; year: number; value: number; referenceDate: string; source?: string | undefined }>,
    { organisationId: number; year: number; value: number }
  >(
    z
      .object({
        organisationId: z.number().int().positive(),
        year: z.number().int().min(1900).max(2200),
        value: z.number().int().min(0),
        referenceDate: z.iso.date(),
        source: z.string().max(500).optional(),
      })
      .strict(),
  ),
  'metrics:listForOrganisation': query<typeof metricsForOrganisationInput, MetricValueRecord[]>(metricsForOrganisationInput),
  /** Writes the demo workspace into the user's documents folder (or reuses the one there) and opens it. */
  'workspace:openDemo': command<typeof openDemoInput, WorkspaceInfo>(openDemoInput),
  /** Creates an empty workspace named `name` in the user's documents folder and opens it. */
  'workspace:createNew': command<typeof createNewInput, WorkspaceInfo>(createNewInput),
} as const;
