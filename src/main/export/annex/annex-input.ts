/**
 * What the annex is built from: a resolved scenario, the engine's figures for it, and the
 * document's metadata. The annex never recomputes a charge: cached values are the engine's
 * figures, formulas only restate how they arise.
 */
import type { NormalizedKey, ResolvedMember, ResolvedScenario, ScenarioCharges, ScenarioResult } from '../../../shared/calc';
import type { ExportLanguage } from '../export-language';

export type Component = NormalizedKey['components'][number];
export type FeeComponent = NormalizedKey['fees'][number];
export type PoolComponent = NormalizedKey['pool'][number];
export type OverrideComponent = Extract<Component, { kind: 'override' }>;
export type Subsidy = NormalizedKey['subsidies'][number];
export type MetricRef = NormalizedKey['metrics'][number];
export type ProRataRule = NormalizedKey['proRata'];
export type Band = Extract<FeeComponent, { kind: 'banded' }>['bands'][number];
export type RoundingRule = NormalizedKey['rounding'];
export type { ResolvedMember };

export interface AdoptingDecision {
  readonly number: string;
  /** `YYYY-MM-DD`. */
  readonly date: string;
  readonly body: string;
}

export interface AnnexMetadata {
  readonly consortium: string;
  readonly cooperation: string;
  readonly agreementTitle: string;
  readonly decision: AdoptingDecision | null;
  readonly scenarioName: string;
  readonly version: string;
  /** The snapshot's content hash; null for a draft that has no locked snapshot. */
  readonly contentHash: string | null;
  readonly currency: string;
  readonly language: ExportLanguage;
  readonly exportedAt: Date;
  readonly draft: boolean;
  /** Organisation numbers by member id (the engine's facts do not carry them). */
  readonly organisationNumbers?: Readonly<Record<string, string>>;
}

export interface AnnexInput {
  readonly resolved: ResolvedScenario;
  /**
   * The engine's figures: scenarioCharges (each member-year built as its row is written; what the
   * app and the CLI pass) or a held computeScenario result (tests, the PDF's caller).
   */
  readonly result: ScenarioCharges | ScenarioResult;
  readonly metadata: AnnexMetadata;
}
