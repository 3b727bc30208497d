/**
 * Distribution keys, scenarios and adopted snapshots. Money in outputs is integer minor units of
 * `currency`; decimal parameters travel as text ("15", "0.70") exactly as the key format writes them.
 */
import { z } from 'zod';
import { entityId } from '../../domain/ids';
import type { Comparison, ScenarioFactsInput, ScenarioResult } from '../../calc';
import { decimalText, idText, isoDateText, keySchema } from '../../calc/key.schema';
import { scenarioDefinitionSchema } from '../../calc/scenario.schema';
import { defaultLanguage, languages, type Language } from '../../domain/languages';
import { command, query } from '../define';
import { expectedVersion, type RowVersioned } from '../row-version';
import { LOWER_NAME } from '../../domain/field-patterns';
import { keyedCheck } from '../../i18n/zod-issues';

const year = z.number().int().min(1900).max(2200);

/** Instant what-ifs: nothing of these is stored. */
const whatIf = {
  /** Key parameters for this computation, e.g. { equalShare: "20" }. */
  parameters: z.record(idText, decimalText).optional(),
  /** A member's metric value (population by default) for one year, instead of the stored one. */
  metricOverrides: z
    .array(
      z
        .object({
          organisationId: entityId,
          metric: z.string().regex(LOWER_NAME, 'expected a lower-case metric name such as population').default('population'),
          year,
          value: z.number().int().min(0, keyedCheck('error.field.notNegative')),
        })
        .strict(),
    )
    .max(10_000)
    .optional(),
  /** Members joining, leaving or changing role in this computation only (null clears a date). */
  memberChanges: z
    .array(
      z
        .object({
          organisationId: entityId,
          joined: isoDateText.nullable().optional(),
          left: isoDateText.nullable().optional(),
          role: z.enum(['member', 'observer', 'administrative_party']).optional(),
        })
        .strict(),
    )
    .max(10_000)
    .optional(),
};

/**
 * An engine definition as a caller sends it, checked against the engine's own schema here, so the
 * contract refuses a malformed key or scenario with the field's path (`definition.components[0].share`),
 * and typed by the engine's input type (what the renderer builds, so it needs no cast). The value
 * passes on as sent (the schema's defaults are not written in): the service stores it as given,
 * after the rules a schema cannot state (currency, the key a scenario refers to, parameters).
 */
const engineDefinition = <S extends z.ZodType>(schema: S) =>
  z.record(z.string(), z.unknown()).superRefine((value, ctx) => {
    const checked = schema.safeParse(value);
    if (!checked.success) for (const found of checked.error.issues) ctx.addIssue({ ...found } as Parameters<typeof ctx.addIssue>[0]);
  }) as unknown as z.ZodType<Record<string, unknown>, z.input<S>>;
/** A key as the builder sends it: Andel sets its `version` when it is saved. */
const keyDefinition = engineDefinition(keySchema.partial({ version: true }));

const keysListInput = z.object({ cooperationId: entityId.optional() }).strict();
const byIdInput = z.object({ id: entityId }).strict();
const keysPreviewInputsInput = z.object({ cooperationId: entityId }).strict();
const keysExportFileInput = z
  .object({
    cooperationId: entityId,
    /** The key as the builder holds it (saved or not); main checks it with the engine, asks where, and writes it. */
    definition: keyDefinition,
    /** The dialog's language. */
    language: z.enum(languages).default(defaultLanguage),
  })
  .strict();
const keysImportFileInput = z.object({ language: z.enum(languages).default(defaultLanguage) }).strict();
const keysSaveInput = z
  .object({
    cooperationId: entityId,
    /** The engine's key definition (docs/key-format.md); its `version` is set by Andel. */
    definition: keyDefinition,
    note: z.string().max(4000).nullable().optional(),
    /** The newest version of this key the editor knew (its `version`); a newer one saved since refuses the save. */
    expectedVersion,
  })
  .strict();
const scenariosListInput = z.object({ cooperationId: entityId }).strict();
const scenariosSaveInput = z
  .object({
    /** Absent: a new scenario. */
    id: entityId.optional(),
    cooperationId: entityId,
    name: z.string().trim().min(1, keyedCheck('error.field.notEmpty')).max(200).optional(),
    description: z.string().max(4000).nullable().optional(),
    baselineScenarioId: entityId.nullable().optional(),
    /** The engine's scenario definition; the key is referred to as { ref, version }. */
    definition: engineDefinition(scenarioDefinitionSchema),
    expectedVersion,
  })
  .strict();
const scenariosComputeInput = z.object({ scenarioId: entityId, ...whatIf }).strict();
const scenariosCompareInput = z
  .object({
    scenarioId: entityId,
    /** Absent: the scenario's own baseline, or, with what-ifs, the stored scenario itself. */
    baselineScenarioId: entityId.optional(),
    ...whatIf,
  })
  .strict();
const scenariosSweepInput = z
  .object({
    scenarioId: entityId,
    parameter: idText,
    values: z.array(decimalText).min(1).max(201),
    ...whatIf,
  })
  .strict();
const scenariosExplainInput = z
  .object({
    scenarioId: entityId,
    organisationId: entityId,
    year,
    language: z.enum(languages).default(defaultLanguage),
    ...whatIf,
  })
  .strict();
const scenariosAdoptInput = z.object({ scenarioId: entityId, decisionId: entityId }).strict();
/** A member's own charges: its organisation, and the language of "Why this amount?". */
const chargesOwnInput = z.object({ organisationId: entityId, language: z.enum(languages).default(defaultLanguage) }).strict();
const snapshotsListInput = z.object({ scenarioId: entityId.optional(), cooperationId: entityId.optional() }).strict();

export interface KeySummary {
  id: number;
  cooperationId: number;
  name: string;
  version: number;
  /** The key's id in its definition (what scenarios refer to with { ref, version }). */
  ref: string;
  family: string;
  note: string | null;
  /** Whether this is the highest version of the key. */
  latest: boolean;
  scenarioCount: number;
}

export interface KeyDetail extends KeySummary {
  definition: unknown;
}

/** What the key builder's live preview computes with (in the renderer, with the shared engine): the cooperation's members and metrics. */
export interface KeyPreviewInputs {
  cooperationId: number;
  currency: string;
  facts: ScenarioFactsInput;
  /** Engine member id → organisation. */
  members: ScenarioMemberRef[];
}

/** A key written to the file the user chose (or nothing, when the dialog was cancelled). */
export type KeyFileExport = { cancelled: true } | { cancelled: false; fileName: string; bytes: number };

/** A key file's content as read (not checked, not saved: the builder checks it field by field). */
export type KeyFileImport = { cancelled: true } | { cancelled: false; fileName: string; definition: Record<string, unknown> };

export interface ScenarioSummary {
  id: number;
  cooperationId: number;
  name: string;
  description: string | null;
  keyId: number;
  baselineScenarioId: number | null;
  currency: string;
  horizon: { from: number; to: number };
}

export interface ScenarioDetail extends ScenarioSummary, RowVersioned {
  definition: unknown;
}

/** Which organisation each engine member id stands for. */
export interface ScenarioMemberRef {
  memberId: string;
  organisationId: number;
  name: string;
}

export interface ScenarioComputation {
  scenario: ScenarioSummary;
  members: ScenarioMemberRef[];
  /** The engine's result without explanation trails (use scenarios:explain). */
  result: ScenarioResult;
}

export interface ScenarioComparison {
  scenario: ScenarioSummary;
  /** What the scenario is compared with: another stored scenario, or the stored scenario without the what-ifs. */
  baseline: { scenarioId: number; name: string; whatIf: false };
  members: ScenarioMemberRef[];
  comparison: Comparison;
}

export interface ScenarioSweep {
  scenario: ScenarioSummary;
  parameter: string;
  members: ScenarioMemberRef[];
  years: number[];
  steps: { value: string; net: number[][]; totalNet: number[] }[];
}

export interface ChargeExplanation {
  scenarioId: number;
  organisationId: number;
  memberName: string;
  year: number;
  currency: string;
  language: Language;
  charged: boolean;
  components: { componentId: string; label: string; amount: number; subsidies: number; text: string }[];
  roundingAdjustment: number;
  /** Per-member adjustments of the scenario (signed: a discount is negative), with the reason and the line in words. */
  adjustments: { adjustmentId: string; label: string; reason: string; amount: number; text: string }[];
  gross: number;
  subsidies: number;
  net: number;
  /** Every line in words, including the rounding adjustment. */
  lines: string[];
}

export interface SnapshotSummary {
  id: number;
  scenarioId: number;
  scenarioName: string;
  cooperationId: number;
  createdAt: string;
  contentHash: string;
  decisions: { id: number; number: string; title: string; status: string }[];
}

export interface SnapshotDetail extends SnapshotSummary {
  content: unknown;
  /** SHA-256 of the stored canonical content equals contentHash. */
  hashVerified: boolean;
}

/**
 * One adopted snapshot as it charges one organisation (`charges:own`, "Our charges"): never another
 * member's row, nor a total (over `andel serve` a member viewer may ask only for its own organisation).
 * Money in integer minor units of `currency`.
 */
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

export const scenariosChannels = {
  'keys:list': query<typeof keysListInput, KeySummary[]>(keysListInput),
  'keys:get': query<typeof byIdInput, KeyDetail>(byIdInput),
  'keys:save': command<typeof keysSaveInput, KeyDetail>(keysSaveInput),
  'keys:previewInputs': query<typeof keysPreviewInputsInput, KeyPreviewInputs>(keysPreviewInputsInput),
  'keys:exportFile': command<typeof keysExportFileInput, KeyFileExport>(keysExportFileInput),
  'keys:importFile': command<typeof keysImportFileInput, KeyFileImport>(keysImportFileInput),
  'scenarios:list': query<typeof scenariosListInput, ScenarioSummary[]>(scenariosListInput),
  'scenarios:get': query<typeof byIdInput, ScenarioDetail>(byIdInput),
  'scenarios:save': command<typeof scenariosSaveInput, ScenarioDetail>(scenariosSaveInput),
  'scenarios:compute': query<typeof scenariosComputeInput, ScenarioComputation>(scenariosComputeInput),
  'scenarios:compare': query<typeof scenariosCompareInput, ScenarioComparison>(scenariosCompareInput),
  'scenarios:sweep': query<typeof scenariosSweepInput, ScenarioSweep>(scenariosSweepInput),
  'scenarios:explain': query<typeof scenariosExplainInput, ChargeExplanation>(scenariosExplainInput),
  'scenarios:adopt': command<typeof scenariosAdoptInput, SnapshotSummary>(scenariosAdoptInput),
  'snapshots:list': query<typeof snapshotsListInput, SnapshotSummary[]>(snapshotsListInput),
  'snapshots:get': query<typeof byIdInput, SnapshotDetail>(byIdInput),
  'charges:own': query<typeof chargesOwnInput, OwnAdoptedCharge[]>(chargesOwnInput),
} as const;
