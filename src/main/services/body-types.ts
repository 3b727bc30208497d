/** The enum types of governance records, as the workspace document declares them. */
import type {
  agendaItemKinds,
  agreementTypes,
  attendanceStatuses,
  bodyKinds,
  decisionLinkKinds,
  decisionStatuses,
  seatRoles,
} from '../../shared/document/workspace-document.schema';

export type BodyKind = (typeof bodyKinds)[number];
export type SeatRole = (typeof seatRoles)[number];
export type AgendaItemKind = (typeof agendaItemKinds)[number];
export type AttendanceStatus = (typeof attendanceStatuses)[number];
export type DecisionStatus = (typeof decisionStatuses)[number];
export type DecisionLinkKind = (typeof decisionLinkKinds)[number];
export type AgreementType = (typeof agreementTypes)[number];
export type MeetingStatus = 'planned' | 'held' | 'cancelled';
