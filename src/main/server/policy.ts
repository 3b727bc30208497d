/**
 * THE role policy of the Andel server: for every channel of the contract, which roles may call it,
 * and whether (and how) a member viewer may. One table; a channel
 * missing from it is refused to everyone (and tests/main/server/policy.test.ts fails until it is
 * given a rule). Everything not granted here is refused (FORBIDDEN) before the handler runs.
 *
 * Member viewers see the register and their own organisation only:
 *  - `register`: the shared register of members and cooperations (names, kinds, populations,
 *    participations), which scenarios were adopted, and the decision register (every numbered
 *    decision, its text and links); nothing in it is one member's charge;
 *  - `ownOrganisation`: the input's `organisationId` must be the viewer's own (its charge
 *    explained, its metrics and participations);
 *  - `ownId`: the input's `id` must be the viewer's own organisation.
 */
import { channelNameList } from '../../shared/api/channel-names';
import type { Channel } from '../../shared/api/contract';
import { AndelError, ref } from '../../shared/errors';
import type { ServerUser, StaffRole } from './roles';

export type ViewerRule = 'register' | 'ownOrganisation' | 'ownId';

export interface ChannelRule {
  /** The roles (besides the member viewer) allowed; empty: no one over the server. */
  staff: readonly StaffRole[];
  viewer?: ViewerRule;
}

const everyone: readonly StaffRole[] = ['administrator', 'treasurer', 'project_manager', 'chair'];
/** Members, organisations, cooperations, population and imports: the register's keepers. */
const registrars: readonly StaffRole[] = ['administrator', 'treasurer'];
/** Budgets, keys and scenarios: money planning. */
const planners: readonly StaffRole[] = ['administrator', 'treasurer', 'project_manager'];
/** Bodies, meetings, decisions, agreements and adoption: governance. */
const governance: readonly StaffRole[] = ['administrator', 'chair'];
/** Changes the file the server serves, or needs the desktop's file dialogs: never over the server. */
const desktopOnly: readonly StaffRole[] = [];

const read: ChannelRule = { staff: everyone };
const register: ChannelRule = { staff: everyone, viewer: 'register' };
const ownOrganisation: ChannelRule = { staff: everyone, viewer: 'ownOrganisation' };

// Keyed by name (not typed by Channel) so a rule can be written before its channel lands in the contract.
export const channelPolicy: Readonly<Record<string, ChannelRule | undefined>> = {
  'workspace:info': register,
  'workspace:openDemo': { staff: desktopOnly },
  'workspace:createNew': { staff: desktopOnly },
  // Opens a window on the desktop: the server's own desktop, over HTTP.
  'workspace:connectServer': { staff: desktopOnly },
  // Over the server there is no menu: allowed to staff, it changes nothing (the context has no window language).
  'workspace:setLanguage': read,
  'audit:list': read,
  'members:list': register,
  'members:setPopulation': { staff: registrars },
  'metrics:listForOrganisation': ownOrganisation,
  'metrics:upsert': { staff: registrars },
  'metrics:delete': { staff: registrars },
  'participations:listForOrganisation': ownOrganisation,
  'participations:update': { staff: registrars },
  'organisations:get': { staff: everyone, viewer: 'ownId' },
  'organisations:list': read,
  'organisations:reference': read,
  'organisations:create': { staff: registrars },
  'organisations:update': { staff: registrars },
  'organisations:delete': { staff: registrars },
  'cooperations:list': register,
  'cooperations:get': read,
  'cooperations:listParticipants': read,
  'cooperations:create': { staff: registrars },
  'cooperations:update': { staff: registrars },
  'cooperations:archive': { staff: registrars },
  'cooperations:delete': { staff: registrars },
  'cooperations:addMembers': { staff: registrars },
  'cooperations:addParticipant': { staff: registrars },
  'cooperations:changeParticipant': { staff: registrars },
  'cooperations:endParticipant': { staff: registrars },
  'cooperations:removeParticipants': { staff: registrars },
  'import:preview': { staff: registrars },
  'import:commit': { staff: registrars },
  'import:revert': { staff: registrars },
  'persons:list': read,
  'persons:create': { staff: governance },
  'bodies:tree': read,
  'bodies:get': read,
  'bodies:create': { staff: governance },
  'bodies:update': { staff: governance },
  'seats:add': { staff: governance },
  'seats:end': { staff: governance },
  'meetings:list': read,
  'meetings:get': read,
  'meetings:pack': read,
  'meetings:create': { staff: governance },
  'meetings:update': { staff: governance },
  'meetings:recordMinutes': { staff: governance },
  'meetings:exportPack': { staff: governance },
  'meetings:exportPdf': { staff: governance },
  'meetings:exportCalendar': { staff: governance },
  'meetings:copy': { staff: governance },
  'bodies:exportCalendar': { staff: governance },
  'bodies:setVotingRule': { staff: governance },
  'votes:set': { staff: governance },
  'attendance:setAll': { staff: governance },
  'minutes:draft': { staff: governance },
  'minutes:check': { staff: governance },
  'minutes:uncheck': { staff: governance },
  'minutes:discardDraft': { staff: governance },
  'minutes:approve': { staff: governance },
  'decisions:exportExtract': { staff: governance },
  'agenda:addItem': { staff: governance },
  'agenda:moveItem': { staff: governance },
  'agenda:removeItem': { staff: governance },
  'agenda:updateItem': { staff: governance },
  'attendance:set': { staff: governance },
  // The decision register is public record: a member viewer reads every entry (docs/server.md).
  'decisions:list': register,
  'decisions:get': register,
  'decisions:create': { staff: governance },
  'decisions:update': { staff: governance },
  'decisions:setStatus': { staff: governance },
  'decisions:addLink': { staff: governance },
  'decisions:removeLink': { staff: governance },
  'agreements:list': read,
  'agreements:get': read,
  'agreements:noticeWithin': read,
  'agreements:create': { staff: governance },
  'agreements:update': { staff: governance },
  'keys:list': read,
  'keys:get': read,
  'keys:previewInputs': read,
  'keys:save': { staff: planners },
  'keys:exportFile': { staff: desktopOnly },
  'keys:importFile': { staff: desktopOnly },
  'scenarios:list': read,
  'scenarios:get': read,
  'scenarios:compute': read,
  'scenarios:compare': read,
  'scenarios:sweep': read,
  'scenarios:explain': ownOrganisation,
  'scenarios:save': { staff: planners },
  'scenarios:adopt': { staff: governance },
  'snapshots:list': register,
  'snapshots:get': read,
  // Only the organisation's own row of each adopted snapshot, and no totals: see docs/server.md.
  'charges:own': ownOrganisation,
  'studio:inputs': read,
  'budgets:get': read,
  'budgets:compute': read,
  'budgetLines:save': { staff: planners },
  'budgetLines:delete': { staff: planners },
  'funding:save': { staff: planners },
  'funding:delete': { staff: planners },
  'staff:save': { staff: planners },
  'staff:delete': { staff: planners },
  'exports:list': read,
  // They open a file or folder with the desktop's own programs: on a server that would be the server's desktop.
  'exports:open': { staff: desktopOnly },
  'exports:reveal': { staff: desktopOnly },
  'annex:export': { staff: registrars },
  'invoicing:export': { staff: registrars },
  'register:export': { staff: registrars },
};

const forbidden = (user: ServerUser, channel: Channel): AndelError =>
  new AndelError('FORBIDDEN', ref('error.server.forbidden', { role: ref(`server.role.${user.role}`), channel }));

/** Throws FORBIDDEN unless `user`'s role may call `channel` at all (before its input is even parsed). */
export function authorizeChannel(user: ServerUser, channel: Channel): void {
  const rule = channelPolicy[channel] ?? { staff: desktopOnly };
  const allowed = user.role === 'member_viewer' ? rule.viewer !== undefined : rule.staff.includes(user.role);
  if (!allowed) throw forbidden(user, channel);
}

/**
 * Throws FORBIDDEN unless `user` may call `channel` with this (already parsed) input. Runs after the
 * contract's parse, so a member viewer's organisation check reads the same value the handler gets.
 */
export function authorize(user: ServerUser, channel: Channel, input: unknown): void {
  authorizeChannel(user, channel);
  const rule = channelPolicy[channel];
  if (user.role !== 'member_viewer' || rule?.viewer === 'register') return;
  const field = rule?.viewer === 'ownId' ? 'id' : 'organisationId';
  const asked = (input as Record<string, unknown> | null)?.[field];
  if (asked !== user.organisationId) throw new AndelError('FORBIDDEN', ref('error.server.otherOrganisation'));
}

/** Every channel `user`'s role may call at all (what the served renderer offers it; the server still checks each call). */
export function channelsFor(user: ServerUser): Channel[] {
  return channelNameList.filter((channel) => {
    const rule = channelPolicy[channel];
    return rule !== undefined && (user.role === 'member_viewer' ? rule.viewer !== undefined : rule.staff.includes(user.role));
  });
}
