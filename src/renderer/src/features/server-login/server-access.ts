/**
 * What the signed-in role of a served workspace may see. The server's policy decides every call
 * (src/main/server/policy.ts); the page only follows the list of channels the session names, so it
 * offers neither a view nor a button whose channel the server would refuse. In the desktop app
 * there is no signed-in user and everything is offered.
 */
import { createContext, useContext } from 'react';
import type { ServerSessionUser } from '../../../../preload/andel-api';
import type { Channel } from '../../../../shared/api/contract';
import type { NavigationTarget } from '../../app/navigation';
import { governanceTabs, type GovernanceTab } from '../../router/routes';

export interface ServerAccess {
  user: ServerSessionUser;
  /** Ends the session on the server; the page then shows the login page. */
  signOut(): Promise<void>;
}

/** The channels a view reads when it opens: without every one of them it is not offered. */
export const viewChannels: Readonly<Record<NavigationTarget, readonly Channel[]>> = {
  members: ['members:list'],
  scenarios: ['scenarios:list', 'studio:inputs'],
  // The decision register is the section's least: a member viewer reads it and no other tab.
  governance: ['decisions:list'],
  budgets: ['budgets:get'],
  exports: ['exports:list'],
  cooperations: ['cooperations:list', 'cooperations:listParticipants', 'organisations:list'],
  charges: ['charges:own'],
};

/** The channel each governance tab reads when it opens. */
const governanceTabChannels: Readonly<Record<GovernanceTab, Channel>> = {
  bodies: 'bodies:tree',
  meetings: 'meetings:list',
  decisions: 'decisions:list',
  agreements: 'agreements:list',
};

/** The governance tabs `user` may open, in their order (all of them in the desktop app). */
export function governanceTabsFor(user: ServerSessionUser | null): GovernanceTab[] {
  return governanceTabs.filter((tab) => mayCall(user, governanceTabChannels[tab]));
}

/** Views for one role only: "Our charges" is a member viewer's own organisation's (staff read the scenarios). */
const viewerOnlyViews: readonly NavigationTarget[] = ['charges'];

/** Whether the page may offer `channel` to `user` (null: the desktop app, everything). */
export function mayCall(user: ServerSessionUser | null, channel: Channel): boolean {
  return user?.channels === undefined || user.channels.includes(channel);
}

export function mayOpenView(user: ServerSessionUser | null, view: NavigationTarget): boolean {
  if (viewerOnlyViews.includes(view) && user?.role !== 'member_viewer') return false;
  return viewChannels[view].every((channel) => mayCall(user, channel));
}

/** A member viewer may open one member: its own organisation. */
export function mayOpenMember(user: ServerSessionUser | null, organisationId: number): boolean {
  return user?.role !== 'member_viewer' || user.organisationId === organisationId;
}

const ServerAccessContext = createContext<ServerAccess | null>(null);
export const ServerAccessProvider = ServerAccessContext.Provider;

/** The signed-in user of a served workspace and its sign-out, or null in the desktop app. */
export function useServerAccess(): ServerAccess | null {
  return useContext(ServerAccessContext);
}

/** `mayCall` for the signed-in user of this page. */
export function useMayCall(): (channel: Channel) => boolean {
  const access = useServerAccess();
  return (channel) => mayCall(access?.user ?? null, channel);
}
