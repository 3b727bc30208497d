/** Contract types the services speak, re-exported so each service imports them from one place. */
export type { ParsedInput as ParsedInputOf } from '../../shared/api/contract';
export type { CooperationSummary } from '../../shared/api/channels/cooperations.channels';
export type { MemberListRow } from '../../shared/api/channels/members.channels';
export type { WorkspaceInfo } from '../../shared/api/channels/workspace.channels';
