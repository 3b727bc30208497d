/**
 * Words for the governance enums, in the interface language, and the colour each status wears.
 * The API speaks in codes (`steering_group`, `adopted`); people read these.
 */
import type { TFunction } from 'i18next';
import type {
  AgendaItemKind,
  AgreementType,
  AttendanceStatus,
  BodyKind,
  DecisionLinkKind,
  DecisionStatus,
  SeatRole,
} from '../../../../shared/document/workspace-document.schema';

export type { AgendaItemKind, AgreementType, AttendanceStatus, BodyKind, DecisionLinkKind, DecisionStatus, SeatRole };

export const bodyKindLabel = (t: TFunction, kind: BodyKind): string => t(`governance.bodyKind.${kind}` as 'governance.bodyKind.other');
export const seatRoleLabel = (t: TFunction, role: SeatRole): string => t(`governance.seatRole.${role}` as 'governance.seatRole.member');
export const agendaKindLabel = (t: TFunction, kind: AgendaItemKind): string => t(`governance.agendaKind.${kind}` as 'governance.agendaKind.information');
export const attendanceLabel = (t: TFunction, status: AttendanceStatus): string => t(`governance.attendance.${status}` as 'governance.attendance.present');
export const decisionStatusLabel = (t: TFunction, status: DecisionStatus): string => t(`governance.status.${status}` as 'governance.status.adopted');
/** The verb on a status button: "Mark as implemented". */
export const decisionStatusAction = (t: TFunction, status: DecisionStatus): string => t(`governance.statusAction.${status}` as 'governance.statusAction.adopted');
export const linkKindLabel = (t: TFunction, kind: DecisionLinkKind): string => t(`governance.linkKind.${kind}` as 'governance.linkKind.supersedes');
export const agreementTypeLabel = (t: TFunction, type: AgreementType): string => t(`governance.agreementType.${type}` as 'governance.agreementType.other');

export const statusColor: Record<DecisionStatus, string> = {
  proposed: 'blue',
  adopted: 'teal',
  rejected: 'red',
  postponed: 'yellow',
  implemented: 'gray',
  superseded: 'dark',
};

export const agendaKindColor: Record<AgendaItemKind, string> = {
  information: 'gray',
  discussion: 'indigo',
  decision: 'orange',
};

/** Today as an ISO date in the computer's own time zone (a chair's "today", not UTC's). */
export function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

