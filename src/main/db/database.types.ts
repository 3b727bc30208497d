/**
 * The typed view of a workspace file for Kysely. Columns are snake_case in SQLite and camelCase
 * here (the connection uses CamelCasePlugin). Booleans are INTEGER 0/1 and JSON fields are TEXT
 * holding canonical JSON; repositories convert both at the edge.
 */
import type { Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { AgreementRecord, ExportLogRecord } from '../../shared/document/workspace-document.schema';

type Id = Generated<number>;

export interface MetaTable {
  id: number;
  format: string;
  workspaceName: string;
  defaultCurrency: string;
  locale: string;
  createdAt: string;
}

export interface OrganisationTable {
  id: Id;
  name: string;
  kind: string;
  orgNumber: string | null;
  officialCode: string | null;
  countryCode: string;
  notes: string | null;
}

export interface MetricValueTable {
  id: Id;
  organisationId: number;
  metric: string;
  year: number;
  value: number;
  referenceDate: string;
  source: string | null;
}

export interface CooperationTable {
  id: Id;
  name: string;
  kind: string;
  currency: string;
  description: string | null;
  startDate: string | null;
  endDate: string | null;
  hostOrganisationId: number | null;
  countryCode: string | null;
  archivedOn: string | null;
}

export interface ParticipationTable {
  id: Id;
  cooperationId: number;
  organisationId: number;
  role: string;
  joinedOn: string | null;
  leftOn: string | null;
  viaOrganisationId: number | null;
  notes: string | null;
}

export interface PersonTable {
  id: Id;
  name: string;
  title: string | null;
  organisationId: number | null;
  email: string | null;
}

export interface BodyTable {
  id: Id;
  cooperationId: number;
  name: string;
  kind: string;
  mandate: string | null;
  parentBodyId: number | null;
  permanent: number;
  startDate: string | null;
  endDate: string | null;
  replacedByBodyId: number | null;
  decisionNumberPattern: string;
}

export interface SeatTable {
  id: Id;
  bodyId: number;
  personId: number;
  organisationId: number | null;
  role: string;
  fromDate: string | null;
  toDate: string | null;
}

export interface MeetingTable {
  id: Id;
  bodyId: number;
  title: string;
  startsAt: string;
  place: string | null;
  link: string | null;
  status: string;
}

export interface AgendaItemTable {
  id: Id;
  meetingId: number;
  position: number;
  title: string;
  kind: string;
  presenterPersonId: number | null;
  estimatedMinutes: number;
  proposal: string | null;
  minutes: string | null;
  /** The scenario the proposal would adopt (set before the meeting). */
  proposalScenarioId: number | null;
}

export interface AttendanceTable {
  id: Id;
  meetingId: number;
  personId: number;
  status: string;
  proxyPersonId: number | null;
}

export interface DecisionTable {
  id: Id;
  bodyId: number;
  year: number;
  sequence: number;
  number: string;
  decidedOn: string | null;
  meetingId: number | null;
  agendaItemId: number | null;
  title: string;
  text: string;
  status: string;
  ownerPersonId: number | null;
  reviewOn: string | null;
  /** JSON array of strings. */
  tags: string;
}

export interface DecisionLinkTable {
  id: Id;
  decisionId: number;
  kind: string;
  snapshotId: number | null;
  agreementId: number | null;
  keyId: number | null;
  targetDecisionId: number | null;
}

/** The document's agreement record (docs/workspace-document.md), its type stored as text. */
export interface AgreementTable extends Omit<AgreementRecord, 'id' | 'type'> {
  id: Id;
  type: string;
}

export interface AgreementPartyTable {
  id: Id;
  agreementId: number;
  organisationId: number;
  role: string;
}

export interface BudgetLineTable {
  id: Id;
  cooperationId: number;
  year: number;
  kind: string;
  category: string;
  label: string;
  amount: number;
  position: number;
  /** 0/1: a direct cost (counted in the gross result). */
  direct: number;
}

export interface StaffAllocationTable {
  id: Id;
  cooperationId: number;
  role: string;
  personId: number | null;
  annualCost: number;
}

export interface StaffAllocationPeriodTable {
  id: Id;
  staffAllocationId: number;
  position: number;
  fromDate: string;
  toDate: string;
  percent: number;
}

export interface FundingSourceTable {
  id: Id;
  cooperationId: number;
  name: string;
  funderOrganisationId: number | null;
  purpose: string | null;
}

export interface FundingAmountTable {
  id: Id;
  fundingSourceId: number;
  year: number;
  amount: number;
  status: string;
}

export interface DistributionKeyTable {
  id: Id;
  cooperationId: number;
  name: string;
  version: number;
  definition: string;
  note: string | null;
}

export interface ScenarioTable {
  id: Id;
  cooperationId: number;
  name: string;
  description: string | null;
  keyId: number;
  baselineScenarioId: number | null;
  definition: string;
}

export interface SnapshotTable {
  id: Id;
  scenarioId: number;
  createdAt: string;
  contentHash: string;
  content: string;
}

/** The document's export log record, its kind stored as text. */
export interface ExportLogTable extends Omit<ExportLogRecord, 'id' | 'kind'> {
  id: Id;
  kind: string;
}

export interface AuditLogTable {
  id: Id;
  at: string;
  entity: string;
  entityId: number | null;
  action: string;
  before: string;
  after: string;
  /** Who made the change: the server's signed-in user or the desktop's OS user; null for older entries. */
  actor: string | null;
}

/** The rule a body votes by (migration 0702): JSON conditions, the weighing metric and its date. */
export interface BodyVotingRuleTable {
  bodyId: number;
  rule: string;
  metric: string | null;
  referenceDate: string | null;
}

export interface VoteTable {
  id: Id;
  agendaItemId: number;
  seatId: number;
  choice: string;
  proxySeatId: number | null;
}

export interface MeetingMinutesTable {
  meetingId: number;
  draftedBy: string;
  draftedAt: string;
  approvedBy: string | null;
  approvedAt: string | null;
  sha256: string | null;
  /** The minutes as approved (canonical JSON), what the PDF and its SHA-256 are made from. */
  content: string | null;
}

export interface MinutesAdjusterTable {
  id: Id;
  meetingId: number;
  seatId: number;
  checkedBy: string | null;
  checkedAt: string | null;
}

export interface Database {
  meta: MetaTable;
  organisations: OrganisationTable;
  metricValues: MetricValueTable;
  cooperations: CooperationTable;
  participations: ParticipationTable;
  persons: PersonTable;
  bodies: BodyTable;
  seats: SeatTable;
  meetings: MeetingTable;
  agendaItems: AgendaItemTable;
  attendance: AttendanceTable;
  decisions: DecisionTable;
  decisionLinks: DecisionLinkTable;
  agreements: AgreementTable;
  agreementParties: AgreementPartyTable;
  budgetLines: BudgetLineTable;
  staffAllocations: StaffAllocationTable;
  staffAllocationPeriods: StaffAllocationPeriodTable;
  fundingSources: FundingSourceTable;
  fundingAmounts: FundingAmountTable;
  distributionKeys: DistributionKeyTable;
  scenarios: ScenarioTable;
  snapshots: SnapshotTable;
  exportLog: ExportLogTable;
  auditLog: AuditLogTable;
  bodyVotingRules: BodyVotingRuleTable;
  votes: VoteTable;
  meetingMinutes: MeetingMinutesTable;
  minutesAdjusters: MinutesAdjusterTable;
}

/**
 * The tables of the domain, as SQLite names them (for counts and content hashes), in the order
 * `andel info` prints them. Not derived from the document's `documentCollections`: those are
 * camelCase, in import order, and leave out tables the document does not carry (meta, users,
 * sessions); a test checks this list against the file's tables.
 */
export const workspaceTables = [
  'meta',
  'organisations',
  'metric_values',
  'cooperations',
  'participations',
  'persons',
  'bodies',
  'seats',
  'meetings',
  'agenda_items',
  'attendance',
  'decisions',
  'decision_links',
  'agreements',
  'agreement_parties',
  'budget_lines',
  'staff_allocations',
  'staff_allocation_periods',
  'funding_sources',
  'funding_amounts',
  'distribution_keys',
  'scenarios',
  'snapshots',
  'export_log',
  'audit_log',
  'body_voting_rules',
  'votes',
  'meeting_minutes',
  'minutes_adjusters',
] as const;

export type WorkspaceTableName = (typeof workspaceTables)[number];

export type MetaRow = Selectable<MetaTable>;
export type OrganisationRow = Selectable<OrganisationTable>;
export type NewOrganisation = Insertable<OrganisationTable>;
export type OrganisationUpdate = Updateable<OrganisationTable>;
export type MetricValueRow = Selectable<MetricValueTable>;
export type CooperationRow = Selectable<CooperationTable>;
export type NewCooperation = Insertable<CooperationTable>;
export type CooperationUpdate = Updateable<CooperationTable>;
export type NewParticipation = Insertable<ParticipationTable>;
export type AuditLogRow = Selectable<AuditLogTable>;
export type NewAuditEntry = Insertable<AuditLogTable>;
