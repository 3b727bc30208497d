/**
 * The words the workspace document's records take (roles, kinds, statuses), as constant lists and
 * types. Apart from the document's schema (workspace-document.schema.ts, which re-exports them), so
 * that code needing only a word list does not build the whole document schema when it loads.
 */
export const participationRoles = ['member', 'observer', 'administrative_party'] as const;
export const bodyKinds = [
  'steering_group',
  'governance_council',
  'preparatory_council',
  'working_group',
  'management_team',
  'board',
  'other',
] as const;
export const seatRoles = ['chair', 'vice_chair', 'secretary', 'member', 'observer', 'adjunct'] as const;
export const agendaItemKinds = ['information', 'discussion', 'decision'] as const;
export const attendanceStatuses = ['present', 'absent', 'proxy'] as const;
export const decisionStatuses = ['proposed', 'adopted', 'rejected', 'postponed', 'implemented', 'superseded'] as const;
export const decisionLinkKinds = ['adopts_snapshot', 'adopts_agreement', 'adopts_key', 'supersedes', 'relates_to'] as const;
export const agreementTypes = [
  'cooperation',
  'distribution_key',
  'operations_support',
  'hosting',
  'data_processing',
  'user_agreement',
  'decision_procedure',
  'other',
] as const;
export const meetingStatuses = ['planned', 'held', 'cancelled'] as const;
export const agreementPartyRoles = ['party', 'counterparty', 'signatory'] as const;
export const budgetLineKinds = ['revenue', 'cost'] as const;

/** The enum types of the records, for code that names them. */
export type ParticipationRole = (typeof participationRoles)[number];
export type BodyKind = (typeof bodyKinds)[number];
export type SeatRole = (typeof seatRoles)[number];
export type AgendaItemKind = (typeof agendaItemKinds)[number];
export type AttendanceStatus = (typeof attendanceStatuses)[number];
export type DecisionStatus = (typeof decisionStatuses)[number];
export type DecisionLinkKind = (typeof decisionLinkKinds)[number];
export type AgreementType = (typeof agreementTypes)[number];
export type MeetingStatus = (typeof meetingStatuses)[number];
export type AgreementPartyRole = (typeof agreementPartyRoles)[number];

