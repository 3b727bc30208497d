/**
 * The cost-sharing engine's public entry. Workspace code builds `facts` from its database,
 * stores scenario definitions and keys as JSON text, and calls resolveScenario then
 * computeScenario (explainCharge for one member-year with its trail). See docs/key-format.md for
 * the JSON formats and the rounding rules.
 */
export { keySchema, componentSchema, subsidySchema, KEY_SCHEMA_VERSION } from './key.schema';
export type { KeyDefinition, KeyDefinitionInput, ComponentDefinition, SubsidyDefinition } from './key.schema';
export { parameterUsers, type ParameterUse } from './parameter-users';
export { scenarioDefinitionSchema, SCENARIO_SCHEMA_VERSION } from './scenario.schema';
export type { ScenarioDefinition, ScenarioDefinitionInput, FundingStatus, AdjustmentDefinition } from './scenario.schema';
export { adjustmentSchema } from './scenario.schema';
export { factsSchema, memberFactsSchema } from './facts.schema';
export type { ScenarioFacts, ScenarioFactsInput, MemberFacts, MemberFactsInput } from './facts.schema';
export type { Edge, NormalizedKey, ProRataMode } from './key.types';
export type { MetricProjection, ResolvedScenario, ResolvedMember } from './resolved.types';
export type * from './result.types';
export { resolveScenario, validateKey } from './resolve-scenario';
export type { ResolveOptions } from './resolve-scenario';
export { chargesOfResult, computeScenario, explainCharge, scenarioCharges, streamScenario } from './compute-scenario';
export type { ScenarioCharges, ScenarioStream } from './compute-scenario';
export { computeFigures } from './figures';
export type { ComputeOptions } from './compute-scenario';
export { sweepParameter, sweepValues, withParameters } from './sweep';
export type { SweepStep } from './sweep';
export { compareWithBaseline, compareYear } from './compare';
export type { Comparison, MemberDelta, YearDelta } from './compare';
export { describeTrail, describeCharge, describeMemberYear, describeAdjustment } from './describe-trail';
export type { TrailLanguage } from './describe-trail';
export { computeBudget, exactNumber, exactSum } from './budget';
export type { BudgetLine, BudgetLineKind, BudgetResult } from './budget';
export { computeStaffCost } from './staff-cost';
export type { StaffCostInput, StaffCostResult } from './staff-cost';
export { allocate } from './allocate';
export type { Allocation, PoolPart } from './allocate';
export { minorToText, currencyExponent } from './money';
export type { Money } from './money';
export type { Ratio, RoundingRule, RoundingMode } from './exact';
