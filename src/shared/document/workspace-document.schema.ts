/**
 * The workspace document: a versioned, lossless JSON form of a whole Andel workspace.
 *
 * It is the stable surface for scripting and checking (`andel export-json`, `andel import-json`)
 * and the form the demo workspace ships in. Every record carries an integer `id` unique within its
 * collection; references are by id. Money is always integer minor units (öre/øre) of the
 * cooperation's currency. Dates are `YYYY-MM-DD`. Distribution keys and scenario definitions are
 * embedded as the engine's own JSON (see docs/key-format.md) and validated by the engine on import.
 *
 * Documented for users in docs/workspace-document.md — keep the two in step.
 */
import { z } from 'zod';
import { entityId as id } from '../domain/ids';
import { languages } from '../domain/languages';
import { isoDate, localDateTime } from '../iso-date';
import { decisionNumberPatternRefs } from '../governance/decision-number';
import { fieldRefine, keyedCheck, keyedRefine } from '../i18n/zod-issues';
import { COUNTRY_CODE, CURRENCY_CODE, LOWER_NAME, SHA256_HEX } from '../domain/field-patterns';
import { voteChoices, voteRuleSchema } from '../governance/vote-tally';
import { fundingStatusSchema } from '../calc/scenario.schema';

export const DOCUMENT_FORMAT = 'andel-workspace';
export const DOCUMENT_VERSION = 1;

const ref = id;
const optionalRef = id.nullable();
const text = (max = 500) => z.string().max(max);
const name = z.string().trim().min(1, keyedCheck('error.field.notEmpty')).max(200);
const minorUnits = z.number().int().refine(Number.isSafeInteger, fieldRefine('error.field.amountTooLarge'));
const optionalDate = isoDate.nullable();
const percent = z.number().min(0).max(100);
const currency = z.string().regex(CURRENCY_CODE, 'expected an ISO 4217 code such as SEK or NOK');

export const organisationKinds = [
  'municipality',
  'region',
  'county',
  'federation',
  'association',
  'state_agency',
  'company',
  'other',
] as const;

// The record words live in record-words.ts (loadable without building this schema); re-exported here.
import { agendaItemKinds, agreementPartyRoles, agreementTypes, attendanceStatuses, bodyKinds, budgetLineKinds, decisionLinkKinds, decisionStatuses, meetingStatuses, participationRoles, seatRoles } from './record-words';
export * from './record-words';
/** The engine's funding statuses: a scenario's funding and a budget's funding sources speak the same words. */
export const fundingStatuses = fundingStatusSchema.options;
export type FundingStatus = (typeof fundingStatuses)[number];

export const organisationSchema = z
  .object({
    id,
    name,
    kind: z.enum(organisationKinds),
    /** Swedish organisationsnummer or Norwegian organisasjonsnummer, as written. */
    orgNumber: text(40).nullable(),
    /** Statistical municipality/region code (e.g. SCB kommunkod 1496, SSB kommunenummer 0301). */
    officialCode: text(20).nullable(),
    countryCode: z.string().regex(COUNTRY_CODE, 'expected a two-letter country code such as SE or NO'),
    notes: text(4000).nullable(),
  })
  .strict();

export const metricValueSchema = z
  .object({
    id,
    organisationId: ref,
    /** `population` first; any metric a key may use (branches, loans, pupils…). */
    metric: z.string().regex(LOWER_NAME, 'expected a lower-case metric name such as population'),
    year: z.number().int().min(1900).max(2200),
    value: z.number().int().min(0, keyedCheck('error.field.notNegative')),
    referenceDate: isoDate,
    source: text(500).nullable(),
  })
  .strict();

export const cooperationSchema = z
  .object({
    id,
    name,
    kind: z.enum(['consortium', 'service', 'project', 'association', 'platform', 'other']),
    currency,
    description: text(4000).nullable(),
    startDate: optionalDate,
    endDate: optionalDate,
    /** The organisation that runs or hosts the cooperation (invoices, employs staff), if any. */
    hostOrganisationId: optionalRef,
    /** SE or NO; left out when not set (documents written before it existed). */
    countryCode: z.enum(['SE', 'NO']).optional(),
    /** The day the cooperation was archived; left out while it is active. */
    archivedOn: isoDate.optional(),
  })
  .strict();

export const participationSchema = z
  .object({
    id,
    cooperationId: ref,
    organisationId: ref,
    role: z.enum(participationRoles),
    joinedOn: optionalDate,
    leftOn: optionalDate,
    /** Group membership: the administrative party through which this member takes part and is invoiced. */
    viaOrganisationId: optionalRef,
    notes: text(2000).nullable(),
  })
  .strict();

export const personSchema = z
  .object({ id, name, title: text(200).nullable(), organisationId: optionalRef, email: text(200).nullable() })
  .strict();

export const bodySchema = z
  .object({
    id,
    cooperationId: ref,
    name,
    kind: z.enum(bodyKinds),
    mandate: text(4000).nullable(),
    parentBodyId: optionalRef,
    permanent: z.boolean(),
    startDate: optionalDate,
    endDate: optionalDate,
    /** The body that took over this one's mandate (e.g. a management team replacing the system group). */
    replacedByBodyId: optionalRef,
    /** How decisions are numbered, e.g. `SG {year}:{n}` or `SG {year}:{n:3}` (zero-padded). */
    decisionNumberPattern: z
      .string()
      .max(60)
      .superRefine((pattern, ctx) => {
        for (const problem of decisionNumberPatternRefs(pattern)) ctx.addIssue({ code: 'custom', ...keyedRefine(problem.messageKey, problem.params) });
      }),
  })
  .strict();

export const seatSchema = z
  .object({
    id,
    bodyId: ref,
    personId: ref,
    /** The organisation the person represents on the body. */
    organisationId: optionalRef,
    role: z.enum(seatRoles),
    fromDate: optionalDate,
    toDate: optionalDate,
  })
  .strict();

export const meetingSchema = z
  .object({
    id,
    bodyId: ref,
    title: text(200),
    startsAt: localDateTime,
    place: text(300).nullable(),
    link: text(500).nullable(),
    status: z.enum(meetingStatuses),
  })
  .strict();

export const agendaItemSchema = z
  .object({
    id,
    meetingId: ref,
    position: z.number().int().min(1),
    title: name,
    kind: z.enum(agendaItemKinds),
    presenterPersonId: optionalRef,
    estimatedMinutes: z.number().int().min(0).max(600),
    /** The proposal (förslag till beslut) for decision items. */
    proposal: text(8000).nullable(),
    minutes: text(8000).nullable(),
    /** The scenario the proposal would adopt; left out when none. */
    proposalScenarioId: optionalRef.optional(),
  })
  .strict();

export const attendanceSchema = z
  .object({
    id,
    meetingId: ref,
    personId: ref,
    status: z.enum(attendanceStatuses),
    proxyPersonId: optionalRef,
  })
  .strict();

/** The rule a body votes by: one per body, keyed by `bodyId` (it has no id of its own). */
export const bodyVotingRuleSchema = z
  .object({
    bodyId: ref,
    /** The conditions a proposal must meet (shared/governance/vote-tally), checked on import. */
    rule: voteRuleSchema,
    /** The key metric that weighs a seat (its organisation's value), e.g. `population`; null: one seat one vote. */
    metric: z.string().regex(LOWER_NAME, 'expected a lower-case metric name such as population').nullable(),
    /** The date the metric is read as of; null: the meeting's date. */
    referenceDate: optionalDate,
  })
  .strict();

export const voteSchema = z
  .object({
    id,
    agendaItemId: ref,
    seatId: ref,
    choice: z.enum(voteChoices),
    /** The seat whose holder cast this vote as proxy; null when cast in person. */
    proxySeatId: optionalRef,
  })
  .strict()
  .refine((vote) => vote.proxySeatId === null || vote.proxySeatId !== vote.seatId, {
    ...fieldRefine('error.field.ownProxySeat'),
    path: ['proxySeatId'],
  });

const sha256Hex = z.string().regex(SHA256_HEX, 'expected a SHA-256 of 64 hexadecimal characters (0–9, a–f)');

/**
 * The approved minutes as Andel froze them: the language, the meeting as it was shown (its agenda
 * with the tallies, the voting rule and seats) and the decisions. Only the parts Andel reads back
 * are checked; the rest is kept as it is.
 */
const approvedMinutesContentSchema = z.looseObject({
  language: z.enum(languages),
  meeting: z.looseObject({
    id,
    agenda: z.array(z.looseObject({ id })),
    attendance: z.array(z.looseObject({})),
    voting: z.looseObject({ voters: z.array(z.looseObject({})) }),
  }),
  decisions: z.array(z.looseObject({ id })),
});

/** The minutes' workflow of a meeting: one per meeting, keyed by `meetingId`. */
export const meetingMinutesSchema = z
  .object({
    meetingId: ref,
    draftedBy: name,
    draftedAt: z.iso.datetime(),
    approvedBy: name.nullable(),
    approvedAt: z.iso.datetime().nullable(),
    /** SHA-256 (hex) of the approved minutes PDF. */
    sha256: sha256Hex.nullable(),
    /** The minutes as approved (what the PDF is made from), frozen; null until approved. */
    content: approvedMinutesContentSchema.nullable(),
  })
  .strict()
  .refine((m) => m.content === null || m.content.meeting.id === m.meetingId, {
    ...fieldRefine('error.field.minutesOfOtherMeeting'),
    path: ['content', 'meeting', 'id'],
  })
  .refine(
    (m) => {
      const approval = [m.approvedBy, m.approvedAt, m.sha256, m.content];
      return approval.every((value) => value === null) || approval.every((value) => value !== null);
    },
    { ...fieldRefine('error.field.approvalTogether'), path: ['approvedAt'] },
  );

/** A seat chosen to check a meeting's minutes (justerare), and who checked when. */
export const minutesAdjusterSchema = z
  .object({
    id,
    meetingId: ref,
    seatId: ref,
    checkedBy: name.nullable(),
    checkedAt: z.iso.datetime().nullable(),
  })
  .strict()
  .refine((a) => (a.checkedBy === null) === (a.checkedAt === null), {
    ...fieldRefine('error.field.checkTogether'),
    path: ['checkedAt'],
  });

export const decisionSchema = z
  .object({
    id,
    bodyId: ref,
    year: z.number().int().min(1900).max(2200),
    /** Sequence within body and year: 1, 2, 3… without gaps. */
    sequence: z.number().int().min(1),
    /** The number as displayed, from the body's pattern (e.g. `SG 2016:7`). */
    number: text(80),
    decidedOn: optionalDate,
    meetingId: optionalRef,
    agendaItemId: optionalRef,
    title: name,
    text: text(20000),
    status: z.enum(decisionStatuses),
    ownerPersonId: optionalRef,
    reviewOn: optionalDate,
    tags: z.array(z.string().trim().min(1).max(60)).max(30),
  })
  .strict();

export const decisionLinkSchema = z
  .object({
    id,
    decisionId: ref,
    kind: z.enum(decisionLinkKinds),
    snapshotId: optionalRef,
    agreementId: optionalRef,
    keyId: optionalRef,
    targetDecisionId: optionalRef,
  })
  .strict();

export const agreementSchema = z
  .object({
    id,
    cooperationId: ref,
    type: z.enum(agreementTypes),
    title: name,
    /** The outside party (supplier, host) where there is one. */
    counterpartyOrganisationId: optionalRef,
    signedOn: optionalDate,
    startDate: optionalDate,
    /** Initial term in months (e.g. 24), or null when open-ended. */
    initialTermMonths: z.number().int().min(1).max(1200).nullable(),
    /** Automatic renewal period in months after the initial term (e.g. 12), or null for none. */
    renewalMonths: z.number().int().min(1).max(1200).nullable(),
    /** Notice period in months before the current end date (e.g. 6). */
    noticeMonths: z.number().int().min(0).max(120).nullable(),
    notes: text(8000).nullable(),
  })
  .strict();

export const agreementPartySchema = z
  .object({ id, agreementId: ref, organisationId: ref, role: z.enum(agreementPartyRoles) })
  .strict();

export const budgetLineSchema = z
  .object({
    id,
    cooperationId: ref,
    year: z.number().int().min(1900).max(2200),
    kind: z.enum(budgetLineKinds),
    /** A stable category for grouping and charts (membership_fees, purchased_services, staff…). */
    category: z.string().regex(LOWER_NAME),
    label: name,
    /** Signed: revenue positive, cost negative. */
    amount: minorUnits,
    position: z.number().int().min(0),
    /**
     * A direct cost: bought in for resale or passed straight through, counted in the gross result.
     * Export always writes it; a document written before it existed leaves it out, and import then
     * derives it by the old category rule (legacyDirectCost).
     */
    direct: z.boolean().optional(),
  })
  .strict()
  .refine((line) => (line.kind === 'revenue' ? line.amount >= 0 : line.amount <= 0), {
    ...fieldRefine('error.field.revenueLinesSign'),
    path: ['amount'],
  })
  .refine((line) => !(line.kind === 'revenue' && line.direct === true), {
    ...fieldRefine('error.field.onlyCostDirect'),
    path: ['direct'],
  });

/**
 * The rule Andel used before "direct" was a property of the line: a cost in one of these two
 * categories was direct. Kept only to read older workspace files and documents.
 */
export const LEGACY_DIRECT_COST_CATEGORIES: readonly string[] = ['purchased_services', 'media_costs'];

export function legacyDirectCost(line: { kind: string; category: string }): boolean {
  return line.kind === 'cost' && LEGACY_DIRECT_COST_CATEGORIES.includes(line.category);
}

export const staffAllocationSchema = z
  .object({
    id,
    cooperationId: ref,
    role: name,
    personId: optionalRef,
    /** The full-time annual cost of the position, minor units. */
    annualCost: minorUnits.refine((v) => v >= 0, fieldRefine('error.field.notNegative')),
    periods: z
      .array(z.object({ from: isoDate, to: isoDate, percent }).strict())
      .min(1)
      .refine((periods) => periods.every((p) => p.from <= p.to), fieldRefine('error.field.periodBackwards')),
  })
  .strict();

export const fundingSourceSchema = z
  .object({
    id,
    cooperationId: ref,
    name,
    funderOrganisationId: optionalRef,
    purpose: text(500).nullable(),
  })
  .strict();

export const fundingAmountSchema = z
  .object({
    id,
    fundingSourceId: ref,
    year: z.number().int().min(1900).max(2200),
    amount: minorUnits.refine((v) => v >= 0, fieldRefine('error.field.notNegative')),
    status: z.enum(fundingStatuses),
  })
  .strict();

export const distributionKeySchema = z
  .object({
    id,
    cooperationId: ref,
    name,
    version: z.number().int().min(1),
    /** The engine's key definition (docs/key-format.md), validated by the engine on import. */
    definition: z.unknown(),
    note: text(4000).nullable(),
  })
  .strict();

export const scenarioSchema = z
  .object({
    id,
    cooperationId: ref,
    name,
    description: text(4000).nullable(),
    keyId: ref,
    baselineScenarioId: optionalRef,
    /** The engine's scenario definition (docs/key-format.md), validated by the engine on import. */
    definition: z.unknown(),
  })
  .strict();

export const snapshotSchema = z
  .object({
    id,
    scenarioId: ref,
    createdAt: z.iso.datetime(),
    /** SHA-256 (hex) of `content`, canonical JSON. */
    contentHash: sha256Hex,
    /** What was adopted, frozen: the resolved scenario input and its result. */
    content: z.unknown(),
  })
  .strict();

export const exportLogSchema = z
  .object({
    id,
    exportedAt: z.iso.datetime(),
    kind: z.enum(['annex', 'invoicing_basis', 'decision_register', 'meeting_pack', 'workspace_document', 'other']),
    snapshotId: optionalRef,
    scenarioId: optionalRef,
    fileName: text(500),
    sha256: sha256Hex,
  })
  .strict();

export const auditEntrySchema = z
  .object({
    id,
    at: z.iso.datetime(),
    entity: z.string().max(60),
    entityId: z.number().int().nullable(),
    action: z.enum(['create', 'update', 'delete']),
    before: z.unknown(),
    after: z.unknown(),
    /** Who made the change (a server user or the desktop's OS user); absent for older entries. */
    actor: z.string().min(1).max(200).optional(),
  })
  .strict();

export const workspaceDocumentSchema = z
  .object({
    format: z.literal(DOCUMENT_FORMAT),
    formatVersion: z.literal(DOCUMENT_VERSION),
    workspace: z.object({ name, defaultCurrency: currency, locale: z.enum(languages) }).strict(),
    // A collection left out of a hand-written document is empty; export always writes every one.
    organisations: z.array(organisationSchema).default([]),
    metricValues: z.array(metricValueSchema).default([]),
    cooperations: z.array(cooperationSchema).default([]),
    participations: z.array(participationSchema).default([]),
    persons: z.array(personSchema).default([]),
    bodies: z.array(bodySchema).default([]),
    seats: z.array(seatSchema).default([]),
    meetings: z.array(meetingSchema).default([]),
    agendaItems: z.array(agendaItemSchema).default([]),
    attendance: z.array(attendanceSchema).default([]),
    // Votes and the minutes' workflow; left out of documents written before they existed.
    bodyVotingRules: z.array(bodyVotingRuleSchema).default([]),
    votes: z.array(voteSchema).default([]),
    meetingMinutes: z.array(meetingMinutesSchema).default([]),
    minutesAdjusters: z.array(minutesAdjusterSchema).default([]),
    decisions: z.array(decisionSchema).default([]),
    decisionLinks: z.array(decisionLinkSchema).default([]),
    agreements: z.array(agreementSchema).default([]),
    agreementParties: z.array(agreementPartySchema).default([]),
    budgetLines: z.array(budgetLineSchema).default([]),
    staffAllocations: z.array(staffAllocationSchema).default([]),
    fundingSources: z.array(fundingSourceSchema).default([]),
    fundingAmounts: z.array(fundingAmountSchema).default([]),
    distributionKeys: z.array(distributionKeySchema).default([]),
    scenarios: z.array(scenarioSchema).default([]),
    snapshots: z.array(snapshotSchema).default([]),
    exportLog: z.array(exportLogSchema).default([]),
    auditLog: z.array(auditEntrySchema).default([]),
  })
  .strict();

export type WorkspaceDocument = z.infer<typeof workspaceDocumentSchema>;
export type OrganisationRecord = z.infer<typeof organisationSchema>;
export type MetricValueRecord = z.infer<typeof metricValueSchema>;
export type CooperationRecord = z.infer<typeof cooperationSchema>;
export type ParticipationRecord = z.infer<typeof participationSchema>;
export type PersonRecord = z.infer<typeof personSchema>;
export type BodyRecord = z.infer<typeof bodySchema>;
export type SeatRecord = z.infer<typeof seatSchema>;
export type MeetingRecord = z.infer<typeof meetingSchema>;
export type AgendaItemRecord = z.infer<typeof agendaItemSchema>;
export type AttendanceRecord = z.infer<typeof attendanceSchema>;
export type DecisionRecord = z.infer<typeof decisionSchema>;
export type DecisionLinkRecord = z.infer<typeof decisionLinkSchema>;
export type AgreementRecord = z.infer<typeof agreementSchema>;
export type AgreementPartyRecord = z.infer<typeof agreementPartySchema>;
export type BudgetLineRecord = z.infer<typeof budgetLineSchema>;
export type StaffAllocationRecord = z.infer<typeof staffAllocationSchema>;
export type FundingSourceRecord = z.infer<typeof fundingSourceSchema>;
export type FundingAmountRecord = z.infer<typeof fundingAmountSchema>;
export type DistributionKeyRecord = z.infer<typeof distributionKeySchema>;
export type ScenarioRecord = z.infer<typeof scenarioSchema>;
export type SnapshotRecord = z.infer<typeof snapshotSchema>;
export type ExportLogRecord = z.infer<typeof exportLogSchema>;

/** The collections of a document, in the order they are written and imported (referenced before referring). */
export const documentCollections = [
  'organisations',
  'metricValues',
  'cooperations',
  'participations',
  'persons',
  'bodies',
  'seats',
  'meetings',
  'agendaItems',
  'attendance',
  'bodyVotingRules',
  'votes',
  'meetingMinutes',
  'minutesAdjusters',
  'agreements',
  'agreementParties',
  'budgetLines',
  'staffAllocations',
  'fundingSources',
  'fundingAmounts',
  'distributionKeys',
  'scenarios',
  'snapshots',
  'decisions',
  'decisionLinks',
  'exportLog',
  'auditLog',
] as const satisfies readonly (keyof WorkspaceDocument)[];

export type DocumentCollection = (typeof documentCollections)[number];

/**
 * The field that identifies a record within its collection: `id`, except for the two collections
 * that hold at most one record per body or meeting and are keyed by it.
 */
export const collectionKeyFields: Record<DocumentCollection, string> = {
  ...(Object.fromEntries(documentCollections.map((collection) => [collection, 'id'])) as Record<DocumentCollection, string>),
  bodyVotingRules: 'bodyId',
  meetingMinutes: 'meetingId',
};
