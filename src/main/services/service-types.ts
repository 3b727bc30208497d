/** Contract types the services speak, re-exported so each service imports them from one place. */
export type { ParsedInput as ParsedInputOf } from '../../shared/api/contract';
export type { CooperationSummary, MemberListRow, WorkspaceInfo } from '../../shared/api/channels/workspace.channels';
