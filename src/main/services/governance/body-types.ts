/** The enum types of governance records, as the workspace document declares them. */
export type {
  AgendaItemKind,
  AgreementType,
  AttendanceStatus,
  BodyKind,
  DecisionLinkKind,
  DecisionStatus,
  MeetingStatus,
  SeatRole,
} from '../../../shared/document/workspace-document.schema';
