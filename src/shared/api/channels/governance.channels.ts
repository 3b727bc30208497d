/**
 * Governance: bodies and their seats, meetings with agenda, clock, attendance and minutes, the
 * decision register and agreements with their terms, and the meeting pack.
 *
 * Outputs are shaped for the screens: the bodies overview is a tree with each body's composition
 * on a date, an agenda carries its running clock, a register row carries its display number,
 * names next to ids, and the status steps still open to it.
 */
import { z } from 'zod';
import { entityId as id } from '../../domain/ids';
import {
  agendaItemKinds,
  agreementTypes,
  attendanceStatuses,
  bodyKinds,
  decisionLinkKinds,
  decisionStatuses,
  meetingStatuses,
  seatRoles,
  type AgendaItemKind,
  type AgreementPartyRole as PartyRole,
  type AgreementType,
  type AttendanceStatus,
  type BodyKind,
  type DecisionLinkKind,
  type DecisionStatus,
  type MeetingStatus,
  type SeatRole,
} from '../../document/workspace-document.schema';
import { languages, type Language } from '../../domain/languages';
import { decisionNumberPatternRefs } from '../../governance/decision-number';
import { decisionSearchSchema } from '../../governance/decision-search';
import { voteChoices, voteRuleSchema, type VoteChoice, type VoteRule, type VoteTally } from '../../governance/vote-tally';
import { isoDate, localDateTime } from '../../iso-date';
import { command, query } from '../define';
import { expectedVersion, type RowVersioned } from '../row-version';
import { keyedCheck, keyedRefine } from '../../i18n/zod-issues';


// ---------------------------------------------------------------------------------------------
// Outputs
// ---------------------------------------------------------------------------------------------

export interface NamedRef {
  id: number;
  name: string;
}

export interface PersonView {
  id: number;
  name: string;
  title: string | null;
  organisationId: number | null;
  organisationName: string | null;
  email: string | null;
}

export interface SeatView {
  id: number;
  bodyId: number;
  personId: number;
  personName: string;
  organisationId: number | null;
  organisationName: string | null;
  role: SeatRole;
  fromDate: string | null;
  toDate: string | null;
  /** Whether the seat is held on the date the view was asked for. */
  current: boolean;
}

export interface BodyView {
  id: number;
  cooperationId: number;
  cooperationName: string;
  name: string;
  kind: BodyKind;
  mandate: string | null;
  parentBodyId: number | null;
  permanent: boolean;
  startDate: string | null;
  endDate: string | null;
  /** active: working on `asOf`; ended: its end date is past; not_started: it starts later. */
  state: 'active' | 'ended' | 'not_started';
  replacedBy: NamedRef | null;
  /** Bodies whose mandate this one took over. */
  replaces: NamedRef[];
  decisionNumberPattern: string;
  /** The pattern applied to the `asOf` year and 1, e.g. `SG 2026:1`, for the form's preview. */
  exampleNumber: string;
  /** Seats held on `asOf`, chair first, then by role and name. */
  composition: SeatView[];
}

export interface BodyTreeNode extends BodyView {
  children: BodyTreeNode[];
}

export interface BodiesTree {
  asOf: string;
  /** One entry per cooperation that has bodies (or the one asked for), roots in name order. */
  cooperations: { id: number; name: string; bodies: BodyTreeNode[] }[];
}

export interface BodyDetail extends BodyView {
  /** Every seat ever held, current ones first. */
  seats: SeatView[];
  meetings: MeetingSummary[];
  decisionCount: number;
}

export interface MeetingSummary {
  id: number;
  bodyId: number;
  bodyName: string;
  title: string;
  startsAt: string;
  place: string | null;
  link: string | null;
  status: MeetingStatus;
  itemCount: number;
  decisionItemCount: number;
  totalMinutes: number;
  /** `YYYY-MM-DDTHH:MM` when the agenda's estimates run out. */
  endsAt: string;
}

export interface AgendaDecisionRef {
  id: number;
  number: string;
  status: DecisionStatus;
  title: string;
}

export interface AgendaItemView {
  id: number;
  position: number;
  /** 1-based number on the printed agenda (§ 1, § 2 …). */
  ordinal: number;
  title: string;
  kind: AgendaItemKind;
  presenterPersonId: number | null;
  presenterName: string | null;
  estimatedMinutes: number;
  proposal: string | null;
  /** The scenario the proposal would adopt, named before any decision exists. */
  proposalScenario: { id: number; name: string } | null;
  minutes: string | null;
  /** Running clock (local time): `HH:MM`, plus days after the meeting's start date. */
  startTime: string;
  endTime: string;
  startsAt: string;
  endsAt: string;
  startDayOffset: number;
  endDayOffset: number;
  offsetMinutes: number;
  /** Register entries made for this item (a proposal, or what was decided). */
  decisions: AgendaDecisionRef[];
  /** The votes on a decision item and their tally under the body's rule; null for other items or before any vote. */
  vote: ItemVoteView | null;
  canMoveUp: boolean;
  canMoveDown: boolean;
}

export interface AttendanceView {
  personId: number;
  personName: string;
  /** The seat the person holds on the meeting's date, if any. */
  seatRole: SeatRole | null;
  organisationName: string | null;
  /** null: not recorded yet (a seat holder without an attendance entry). */
  status: AttendanceStatus | null;
  proxyPersonId: number | null;
  proxyPersonName: string | null;
}

export interface MeetingView extends MeetingSummary {
  cooperationId: number;
  cooperationName: string;
  agenda: AgendaItemView[];
  attendance: AttendanceView[];
  /** Decision items not yet recorded in the register as decided (what "record minutes" will number). */
  pendingDecisionItemIds: number[];
  /** The minutes are recorded: items can no longer be added, removed or reordered (§ numbers stay). */
  agendaFrozen: boolean;
  /** The rule the body votes by and the seats with a voting right on the meeting's date, with their weights. */
  voting: MeetingVotingView;
  /** Draft → checked by the adjusters → approved; approved locks the meeting. */
  minutesWorkflow: MinutesWorkflowView;
  /** The minutes are approved: nothing of the meeting can change. */
  locked: boolean;
}

export interface VotingRuleView {
  rule: VoteRule;
  /** The key metric that weighs a seat (its organisation's value), e.g. `population`; null: one seat one vote. */
  metric: string | null;
  /** The date the metric is read as of; null: the meeting's date. */
  referenceDate: string | null;
  /** false: the body has declared no rule and votes by a simple majority of the votes cast. */
  declared: boolean;
}

export interface VoterView {
  seatId: number;
  personId: number;
  personName: string;
  organisationName: string | null;
  role: SeatRole;
  /** The seat's weight under the rule's metric on the reference date (1 without a metric). */
  weight: number;
}

export interface MeetingVotingView extends VotingRuleView {
  /** The metric's date actually used: the rule's reference date, else the meeting's date. */
  asOf: string;
  voters: VoterView[];
}

export interface CastVoteView {
  seatId: number;
  choice: VoteChoice;
  /** The seat whose holder cast the vote for this one (a proxy), if any. */
  proxySeatId: number | null;
}

export interface ItemVoteView {
  votes: CastVoteView[];
  tally: VoteTally;
}

export interface MinutesAdjusterView {
  seatId: number;
  personName: string;
  checkedBy: string | null;
  checkedAt: string | null;
}

export interface MinutesWorkflowView {
  /** none: not recorded; recorded: decisions recorded, no draft; draft; checked: every adjuster checked; approved. */
  state: 'none' | 'recorded' | 'draft' | 'checked' | 'approved';
  draftedBy: string | null;
  draftedAt: string | null;
  approvedBy: string | null;
  approvedAt: string | null;
  /** SHA-256 of the approved minutes (the PDF in the approving language). */
  sha256: string | null;
  adjusters: MinutesAdjusterView[];
}

export interface DecisionLinkView {
  id: number;
  kind: DecisionLinkKind;
  snapshotId: number | null;
  agreementId: number | null;
  keyId: number | null;
  targetDecisionId: number | null;
  /** What it points at, for display: an agreement title, a key "name v2", a decision number, a scenario name and snapshot hash. */
  label: string;
}

export interface DecisionRow extends RowVersioned {
  id: number;
  bodyId: number;
  bodyName: string;
  cooperationId: number;
  year: number;
  sequence: number;
  /** The display number from the body's pattern, e.g. `SG 2016:1`. */
  number: string;
  decidedOn: string | null;
  meetingId: number | null;
  meetingTitle: string | null;
  /** The status of that meeting: a decision of a meeting not yet held is still being recorded. */
  meetingStatus: MeetingStatus | null;
  agendaItemId: number | null;
  agendaItemTitle: string | null;
  title: string;
  text: string;
  status: DecisionStatus;
  /** The statuses this decision may move to (superseded also needs a supersedes link). */
  allowedTransitions: DecisionStatus[];
  ownerPersonId: number | null;
  ownerName: string | null;
  reviewOn: string | null;
  tags: string[];
  links: DecisionLinkView[];
  /** Decisions that say they supersede this one. */
  supersededBy: { id: number; number: string; status: DecisionStatus }[];
}

export interface NumberingProblemView {
  bodyId: number;
  bodyName: string;
  year: number;
  missing: number[];
  duplicates: number[];
  message: string;
}

export interface DecisionList {
  rows: DecisionRow[];
  /** How many decisions the register holds before filtering. */
  total: number;
  /** Bodies and years whose numbering has gaps or duplicates (checked on the whole register). */
  numberingProblems: NumberingProblemView[];
}

export interface RecordedMinutes {
  meeting: MeetingView;
  /** The register entries written or updated, in agenda order. */
  decisions: DecisionRow[];
}

export interface AgreementPartyView {
  organisationId: number;
  organisationName: string;
  role: PartyRole;
}

export interface AgreementTermsView {
  initialEndDate: string;
  /** The earliest date the agreement can still end (with renewal), or its final end. */
  currentEndDate: string;
  /** The last day to give notice to end it on `currentEndDate`; null without renewal. */
  noticeDeadline: string | null;
  renewals: number;
  renews: boolean;
  started: boolean;
  expired: boolean;
  currentPeriod: { start: string; end: string } | null;
}

export interface AgreementView {
  id: number;
  cooperationId: number;
  cooperationName: string;
  type: AgreementType;
  title: string;
  counterpartyOrganisationId: number | null;
  counterpartyName: string | null;
  signedOn: string | null;
  startDate: string | null;
  initialTermMonths: number | null;
  renewalMonths: number | null;
  noticeMonths: number | null;
  notes: string | null;
  parties: AgreementPartyView[];
  /** The date the terms were computed for. */
  asOf: string;
  /** null for an open-ended agreement or one without a start date. */
  terms: AgreementTermsView | null;
  /** Register entries that adopt this agreement. */
  adoptedBy: { id: number; number: string; status: DecisionStatus }[];
}

export interface MeetingPackMemberLine {
  memberId: string;
  name: string;
  /** Net amounts (minor units) per year of the horizon under the proposal. */
  proposed: number[];
  /**
   * Under the current arrangement (null when there is nothing to compare with); per year, null
   * where the arrangement compared with has no figures for that year.
   */
  current: (number | null)[] | null;
  /** proposed − current per year; null for a year there is nothing to compare with (never a change against 0). */
  change: (number | null)[] | null;
  totalProposed: number;
  /** Sum of the changes over the years compared; null when no year is compared. */
  totalChange: number | null;
}

export interface MeetingPackScenarioSummary {
  /** The adopted snapshot; null for a scenario only proposed on the agenda (figures computed now). */
  snapshotId: number | null;
  scenarioId: number;
  scenarioName: string;
  keyName: string;
  /** The key in words with the parameter values the scenario uses, in the pack's language (null when it cannot be computed). */
  keyDescription: string | null;
  /** Which key, by id and version, with its parameters in force (the stored name may quote other values). */
  keyOrigin: string | null;
  /** What the comparison is against: the scenario's baseline, or the key last adopted for the cooperation. */
  comparedWith: { kind: 'baseline_scenario' | 'current_key'; name: string } | null;
  currency: string;
  exponent: number;
  years: number[];
  members: MeetingPackMemberLine[];
  /** Years of the horizon the arrangement compared with has no figures for: shown as "no comparison for <year>". */
  yearsWithoutComparison: number[];
  totals: { proposed: number[]; current: (number | null)[] | null; change: (number | null)[] | null };
  /** Set instead of figures when the scenario cannot be computed from the workspace's data. */
  problem: string | null;
}

export interface MeetingPackProposal {
  agendaItemId: number;
  ordinal: number;
  title: string;
  /** The proposal's text (the agenda item's, or the proposed register entry's). */
  text: string;
  decisionNumber: string | null;
  scenario: MeetingPackScenarioSummary | null;
}

export interface MeetingPack {
  language: Language;
  /** Every fixed word the pack prints, in `language`, so the print view needs no dictionary of its own. */
  labels: Record<string, string>;
  meeting: MeetingView;
  proposals: MeetingPackProposal[];
}

export interface WrittenFile {
  path: string;
  bytes: number;
  sha256: string;
  /** Its entry in the export log: "Show in folder" and "Open" name it (exports:reveal, exports:open). */
  exportId: number;
}

// ---------------------------------------------------------------------------------------------
// Inputs
// ---------------------------------------------------------------------------------------------

const name = z.string().trim().min(1, keyedCheck('error.field.notEmpty')).max(200);
const optionalText = (max: number) => z.string().max(max).nullable().optional();
const optionalDate = isoDate.nullable().optional();
const pattern = z
  .string()
  .max(60)
  .superRefine((value, ctx) => {
    for (const problem of decisionNumberPatternRefs(value)) ctx.addIssue({ code: 'custom', ...keyedRefine(problem.messageKey, problem.params) });
  });
const tags = z.array(z.string().trim().min(1).max(60)).max(30);
const language = z.enum(languages);

const periodCheck = <T extends { startDate?: string | null | undefined; endDate?: string | null | undefined }>(value: T, ctx: z.RefinementCtx): void => {
  if (value.startDate && value.endDate && value.endDate < value.startDate) {
    ctx.addIssue({ code: 'custom', path: ['endDate'], ...keyedRefine('error.field.endsBeforeStart', { end: value.endDate, start: value.startDate }) });
  }
};

const bodiesTreeInput = z.object({ cooperationId: id.optional(), asOf: isoDate.optional() }).strict();
const bodyGetInput = z.object({ id, asOf: isoDate.optional() }).strict();
const bodyCreateInput = z
  .object({
    cooperationId: id,
    name,
    kind: z.enum(bodyKinds),
    mandate: optionalText(4000),
    parentBodyId: id.nullable().optional(),
    permanent: z.boolean(),
    startDate: optionalDate,
    endDate: optionalDate,
    replacedByBodyId: id.nullable().optional(),
    decisionNumberPattern: pattern,
  })
  .strict()
  .superRefine(periodCheck);
const bodyUpdateInput = z
  .object({
    id,
    name: name.optional(),
    kind: z.enum(bodyKinds).optional(),
    mandate: optionalText(4000),
    parentBodyId: id.nullable().optional(),
    permanent: z.boolean().optional(),
    startDate: optionalDate,
    endDate: optionalDate,
    replacedByBodyId: id.nullable().optional(),
    decisionNumberPattern: pattern.optional(),
  })
  .strict()
  .superRefine(periodCheck);
const seatAddInput = z
  .object({
    bodyId: id,
    personId: id,
    organisationId: id.nullable().optional(),
    role: z.enum(seatRoles),
    fromDate: optionalDate,
    toDate: optionalDate,
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.fromDate && value.toDate && value.toDate < value.fromDate) {
      ctx.addIssue({ code: 'custom', path: ['toDate'], ...keyedRefine('error.field.endsBeforeStart', { end: value.toDate, start: value.fromDate }) });
    }
  });
const seatEndInput = z.object({ id, toDate: isoDate }).strict();
const personsListInput = z.object({ organisationId: id.optional() }).strict();
const personCreateInput = z
  .object({ name, title: optionalText(200), organisationId: id.nullable().optional(), email: optionalText(200) })
  .strict();

const meetingsListInput = z.object({ bodyId: id.optional(), cooperationId: id.optional() }).strict();
const meetingGetInput = z.object({ id }).strict();
const meetingCreateInput = z
  .object({ bodyId: id, title: name, startsAt: localDateTime, place: optionalText(300), link: optionalText(500) })
  .strict();
const meetingUpdateInput = z
  .object({
    id,
    title: name.optional(),
    startsAt: localDateTime.optional(),
    place: optionalText(300),
    link: optionalText(500),
    status: z.enum(meetingStatuses).optional(),
  })
  .strict();
const agendaAddInput = z
  .object({
    meetingId: id,
    title: name,
    kind: z.enum(agendaItemKinds),
    presenterPersonId: id.nullable().optional(),
    estimatedMinutes: z.number().int().min(0).max(600),
    proposal: optionalText(8000),
    /** The scenario the proposal would adopt (of the body's cooperation). */
    proposalScenarioId: id.nullable().optional(),
    /** 1-based place on the agenda; at the end when absent. */
    position: z.number().int().min(1).optional(),
  })
  .strict();
const agendaUpdateInput = z
  .object({
    id,
    title: name.optional(),
    kind: z.enum(agendaItemKinds).optional(),
    presenterPersonId: id.nullable().optional(),
    estimatedMinutes: z.number().int().min(0).max(600).optional(),
    proposal: optionalText(8000),
    /** null removes the scenario from the proposal. */
    proposalScenarioId: id.nullable().optional(),
    minutes: optionalText(8000),
  })
  .strict();
const agendaMoveInput = z.object({ id, direction: z.enum(['up', 'down']) }).strict();
const agendaRemoveInput = z.object({ id }).strict();
const attendanceSetInput = z
  .object({
    meetingId: id,
    personId: id,
    /** null removes the entry. */
    status: z.enum(attendanceStatuses).nullable(),
    proxyPersonId: id.nullable().optional(),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.status === 'proxy' && !value.proxyPersonId) ctx.addIssue({ code: 'custom', path: ['proxyPersonId'], ...keyedRefine('error.field.proxyNeedsPerson') });
    if (value.status !== 'proxy' && value.proxyPersonId) ctx.addIssue({ code: 'custom', path: ['proxyPersonId'], ...keyedRefine('error.field.onlyProxyNamesPerson') });
    if (value.proxyPersonId !== undefined && value.proxyPersonId === value.personId) ctx.addIssue({ code: 'custom', path: ['proxyPersonId'], ...keyedRefine('error.field.ownProxyPerson') });
  });
const votingRuleSetInput = z
  .object({
    bodyId: id,
    rule: voteRuleSchema,
    metric: z.string().trim().min(1).max(60).nullable(),
    referenceDate: isoDate.nullable(),
  })
  .strict();
const voteSetInput = z
  .object({
    agendaItemId: id,
    seatId: id,
    /** null removes the vote. */
    choice: z.enum(voteChoices).nullable(),
    /** The present seat whose holder votes for this (absent) seat. */
    proxySeatId: id.nullable().optional(),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.proxySeatId != null && value.proxySeatId === value.seatId) ctx.addIssue({ code: 'custom', path: ['proxySeatId'], ...keyedRefine('error.field.ownProxySeat') });
  });
const attendanceSetAllInput = z.object({ meetingId: id, status: z.enum(['present', 'absent']) }).strict();
const minutesDraftInput = z
  .object({ meetingId: id, draftedBy: name, adjusterSeatIds: z.array(id).min(1).max(4) })
  .strict()
  .superRefine((value, ctx) => {
    if (new Set(value.adjusterSeatIds).size !== value.adjusterSeatIds.length) ctx.addIssue({ code: 'custom', path: ['adjusterSeatIds'], ...keyedRefine('error.field.adjusterTwice') });
  });
const minutesCheckInput = z.object({ meetingId: id, seatId: id }).strict();
const minutesDiscardInput = z.object({ meetingId: id }).strict();
const minutesApproveInput = z.object({ meetingId: id, approvedBy: name, language: language.optional() }).strict();
const meetingCopyInput = z.object({ id, startsAt: localDateTime, title: name.optional() }).strict();
const meetingDocumentInput = z
  // No path: main writes into the exports folder next to the workspace.
  .object({ meetingId: id, document: z.enum(['minutes', 'pack']), language: language.optional() })
  .strict();
const decisionExtractInput = z.object({ decisionId: id, language: language.optional() }).strict();
const meetingCalendarInput = z.object({ meetingId: id, timeZone: z.enum(['Europe/Stockholm', 'Europe/Oslo']).optional() }).strict();
const bodyCalendarInput = z
  .object({ bodyId: id, year: z.number().int().min(1900).max(2200), timeZone: z.enum(['Europe/Stockholm', 'Europe/Oslo']).optional() })
  .strict();
const recordMinutesInput = z
  .object({
    meetingId: id,
    /** The date of the decisions; the meeting's date when absent. */
    decidedOn: isoDate.optional(),
    items: z
      .array(
        z
          .object({
            agendaItemId: id,
            outcome: z.enum(['adopted', 'rejected', 'postponed']),
            /** The register title; the agenda item's title when absent. */
            title: name.optional(),
            /** The decision text; the item's proposal when absent. */
            text: z.string().max(20000).optional(),
            /** The minutes for the item (protokollsanteckning). */
            minutes: optionalText(8000),
            ownerPersonId: id.nullable().optional(),
            reviewOn: optionalDate,
            tags: tags.optional(),
          })
          .strict(),
      )
      .max(200),
    /** Minutes for items that are not decision items, by agenda item id. */
    otherMinutes: z.array(z.object({ agendaItemId: id, minutes: z.string().max(8000).nullable() }).strict()).max(200).optional(),
  })
  .strict()
  .superRefine((value, ctx) => {
    const seen = new Set<number>();
    value.items.forEach((item, index) => {
      if (seen.has(item.agendaItemId)) ctx.addIssue({ code: 'custom', path: ['items', index, 'agendaItemId'], ...keyedRefine('error.field.itemTwice') });
      seen.add(item.agendaItemId);
    });
  });
const meetingPackInput = z.object({ meetingId: id, language: language.optional() }).strict();
const meetingPackExportInput = z
  // No path: main writes the pack into the exports folder next to the workspace (the renderer never names a file).
  .object({ meetingId: id, language: language.optional(), draft: z.boolean().optional() })
  .strict();

const decisionsListInput = decisionSearchSchema.extend({ cooperationId: id.optional() }).strict();
const decisionGetInput = z.object({ id }).strict();
const linkShape = {
  kind: z.enum(decisionLinkKinds),
  snapshotId: id.optional(),
  agreementId: id.optional(),
  keyId: id.optional(),
  targetDecisionId: id.optional(),
};
const linkFieldOf = { adopts_snapshot: 'snapshotId', adopts_agreement: 'agreementId', adopts_key: 'keyId', supersedes: 'targetDecisionId', relates_to: 'targetDecisionId' } as const;
/** Each kind names exactly its own target field. */
const linkCheck = (value: { kind: DecisionLinkKind; snapshotId?: number | undefined; agreementId?: number | undefined; keyId?: number | undefined; targetDecisionId?: number | undefined }, ctx: z.RefinementCtx): void => {
  const needed = linkFieldOf[value.kind];
  for (const key of ['snapshotId', 'agreementId', 'keyId', 'targetDecisionId'] as const) {
    if (key === needed && value[key] === undefined) ctx.addIssue({ code: 'custom', path: [key], ...keyedRefine('error.field.linkNeeds', { kind: value.kind, field: key }) });
    if (key !== needed && value[key] !== undefined) ctx.addIssue({ code: 'custom', path: [key], ...keyedRefine('error.field.linkTakes', { kind: value.kind, needed, field: key }) });
  }
};
const linkTarget = z.object(linkShape).strict().superRefine(linkCheck);
const decisionCreateInput = z
  .object({
    bodyId: id,
    title: name,
    text: z.string().max(20000),
    status: z.enum(['proposed', 'adopted', 'rejected', 'postponed']).optional(),
    decidedOn: optionalDate,
    /** The numbering year; from decidedOn, else the meeting's date, else today when absent. */
    year: z.number().int().min(1900).max(2200).optional(),
    meetingId: id.nullable().optional(),
    agendaItemId: id.nullable().optional(),
    ownerPersonId: id.nullable().optional(),
    reviewOn: optionalDate,
    tags: tags.optional(),
    links: z.array(linkTarget).max(20).optional(),
  })
  .strict();
const decisionUpdateInput = z
  .object({
    id,
    title: name.optional(),
    text: z.string().max(20000).optional(),
    ownerPersonId: id.nullable().optional(),
    reviewOn: optionalDate,
    tags: tags.optional(),
    expectedVersion,
  })
  .strict();
const decisionStatusInput = z.object({ id, status: z.enum(decisionStatuses), decidedOn: isoDate.optional() }).strict();
const decisionAddLinkInput = z.object({ decisionId: id, ...linkShape }).strict().superRefine(linkCheck);
const decisionRemoveLinkInput = z.object({ id }).strict();

const partyInput = z.object({ organisationId: id, role: z.enum(['party', 'counterparty', 'signatory']) }).strict();
const agreementFields = {
  type: z.enum(agreementTypes),
  title: name,
  counterpartyOrganisationId: id.nullable().optional(),
  signedOn: optionalDate,
  startDate: optionalDate,
  initialTermMonths: z.number().int().min(1).max(1200).nullable().optional(),
  renewalMonths: z.number().int().min(1).max(1200).nullable().optional(),
  noticeMonths: z.number().int().min(0).max(120).nullable().optional(),
  notes: optionalText(8000),
  parties: z.array(partyInput).max(500).optional(),
};
const agreementsListInput = z.object({ cooperationId: id.optional(), type: z.enum(agreementTypes).optional(), asOf: isoDate.optional() }).strict();
const agreementGetInput = z.object({ id, asOf: isoDate.optional() }).strict();
const agreementsNoticeInput = z
  .object({ months: z.number().int().min(0).max(1200), asOf: isoDate.optional(), cooperationId: id.optional() })
  .strict();
const agreementCreateInput = z.object({ cooperationId: id, ...agreementFields }).strict();
const agreementUpdateInput = z
  .object({
    id,
    type: agreementFields.type.optional(),
    title: name.optional(),
    counterpartyOrganisationId: agreementFields.counterpartyOrganisationId,
    signedOn: optionalDate,
    startDate: optionalDate,
    initialTermMonths: agreementFields.initialTermMonths,
    renewalMonths: agreementFields.renewalMonths,
    noticeMonths: agreementFields.noticeMonths,
    notes: optionalText(8000),
    /** When given, replaces all parties. */
    parties: agreementFields.parties,
  })
  .strict();

export const governanceChannels = {
  'bodies:tree': query<typeof bodiesTreeInput, BodiesTree>(bodiesTreeInput),
  'bodies:get': query<typeof bodyGetInput, BodyDetail>(bodyGetInput),
  'bodies:create': command<typeof bodyCreateInput, BodyDetail>(bodyCreateInput),
  'bodies:update': command<typeof bodyUpdateInput, BodyDetail>(bodyUpdateInput),
  'seats:add': command<typeof seatAddInput, SeatView>(seatAddInput),
  'seats:end': command<typeof seatEndInput, SeatView>(seatEndInput),
  'persons:list': query<typeof personsListInput, PersonView[]>(personsListInput),
  'persons:create': command<typeof personCreateInput, PersonView>(personCreateInput),

  'meetings:list': query<typeof meetingsListInput, MeetingSummary[]>(meetingsListInput),
  'meetings:get': query<typeof meetingGetInput, MeetingView>(meetingGetInput),
  'meetings:create': command<typeof meetingCreateInput, MeetingView>(meetingCreateInput),
  'meetings:update': command<typeof meetingUpdateInput, MeetingView>(meetingUpdateInput),
  'agenda:addItem': command<typeof agendaAddInput, MeetingView>(agendaAddInput),
  'agenda:updateItem': command<typeof agendaUpdateInput, MeetingView>(agendaUpdateInput),
  'agenda:moveItem': command<typeof agendaMoveInput, MeetingView>(agendaMoveInput),
  'agenda:removeItem': command<typeof agendaRemoveInput, MeetingView>(agendaRemoveInput),
  'attendance:set': command<typeof attendanceSetInput, MeetingView>(attendanceSetInput),
  'meetings:recordMinutes': command<typeof recordMinutesInput, RecordedMinutes>(recordMinutesInput),
  'meetings:pack': query<typeof meetingPackInput, MeetingPack>(meetingPackInput),
  'meetings:exportPack': command<typeof meetingPackExportInput, WrittenFile>(meetingPackExportInput),
  'meetings:copy': command<typeof meetingCopyInput, MeetingView>(meetingCopyInput),
  'meetings:exportPdf': command<typeof meetingDocumentInput, WrittenFile>(meetingDocumentInput),
  'meetings:exportCalendar': command<typeof meetingCalendarInput, WrittenFile>(meetingCalendarInput),
  'bodies:exportCalendar': command<typeof bodyCalendarInput, WrittenFile>(bodyCalendarInput),
  'bodies:setVotingRule': command<typeof votingRuleSetInput, VotingRuleView>(votingRuleSetInput),
  'votes:set': command<typeof voteSetInput, MeetingView>(voteSetInput),
  'attendance:setAll': command<typeof attendanceSetAllInput, MeetingView>(attendanceSetAllInput),
  'minutes:draft': command<typeof minutesDraftInput, MeetingView>(minutesDraftInput),
  'minutes:check': command<typeof minutesCheckInput, MeetingView>(minutesCheckInput),
  /** Takes an adjuster's check back (undo of minutes:check); refused once the minutes are approved. */
  'minutes:uncheck': command<typeof minutesCheckInput, MeetingView>(minutesCheckInput),
  /** Discards a draft no adjuster has checked (undo of a first minutes:draft): the minutes are recorded, not drafted. */
  'minutes:discardDraft': command<typeof minutesDiscardInput, MeetingView>(minutesDiscardInput),
  'minutes:approve': command<typeof minutesApproveInput, MeetingView>(minutesApproveInput),
  'decisions:exportExtract': command<typeof decisionExtractInput, WrittenFile>(decisionExtractInput),

  'decisions:list': query<typeof decisionsListInput, DecisionList>(decisionsListInput),
  'decisions:get': query<typeof decisionGetInput, DecisionRow>(decisionGetInput),
  'decisions:create': command<typeof decisionCreateInput, DecisionRow>(decisionCreateInput),
  'decisions:update': command<typeof decisionUpdateInput, DecisionRow>(decisionUpdateInput),
  'decisions:setStatus': command<typeof decisionStatusInput, DecisionRow>(decisionStatusInput),
  'decisions:addLink': command<typeof decisionAddLinkInput, DecisionRow>(decisionAddLinkInput),
  'decisions:removeLink': command<typeof decisionRemoveLinkInput, DecisionRow>(decisionRemoveLinkInput),

  'agreements:list': query<typeof agreementsListInput, AgreementView[]>(agreementsListInput),
  'agreements:get': query<typeof agreementGetInput, AgreementView>(agreementGetInput),
  'agreements:noticeWithin': query<typeof agreementsNoticeInput, AgreementView[]>(agreementsNoticeInput),
  'agreements:create': command<typeof agreementCreateInput, AgreementView>(agreementCreateInput),
  'agreements:update': command<typeof agreementUpdateInput, AgreementView>(agreementUpdateInput),
} as const;
