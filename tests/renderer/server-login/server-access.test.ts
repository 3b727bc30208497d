/** What the served page offers a role: views and controls follow the channels the session names. */
import { describe, expect, it } from 'vitest';
import type { ServerSessionUser } from '../../../src/preload/andel-api';
import { governanceTabsFor, mayCall, mayOpenMember, mayOpenView } from '../../../src/renderer/src/features/server-login/server-access';
import { navigationItems } from '../../../src/renderer/src/app/navigation';

// A member viewer's channels as docs/server.md lists them (written out, not read from the policy).
const viewer: ServerSessionUser = {
  userName: 'skovde',
  role: 'member_viewer',
  organisationId: 5,
  channels: ['workspace:info', 'members:list', 'cooperations:list', 'snapshots:list', 'decisions:list', 'decisions:get', 'organisations:get', 'metrics:listForOrganisation', 'participations:listForOrganisation', 'scenarios:explain', 'charges:own'],
};

/** "Our charges" is a member viewer's own organisation's: neither the desktop nor staff have one. */
const notOwnCharges = (name: string): boolean => name !== 'charges';

describe('what the page offers', () => {
  it('offers everything but a member’s own charges in the desktop app (no signed-in user) and to a session that names no list', () => {
    expect(navigationItems.filter((item) => mayOpenView(null, item.name)).map((item) => item.name)).toEqual(navigationItems.map((item) => item.name).filter(notOwnCharges));
    expect(mayCall(null, 'metrics:upsert')).toBe(true);
    expect(mayCall({ userName: 'old', role: 'chair', organisationId: null }, 'metrics:upsert')).toBe(true);
    expect(mayOpenMember(null, 2)).toBe(true);
  });

  it('offers a member viewer the members view, the decision register and its own charges only, and its own member only', () => {
    expect(navigationItems.filter((item) => mayOpenView(viewer, item.name)).map((item) => item.name)).toEqual(['members', 'governance', 'charges']);
    expect(governanceTabsFor(viewer)).toEqual(['decisions']);
    expect(mayCall(viewer, 'decisions:create')).toBe(false);
    expect(mayCall(viewer, 'metrics:upsert')).toBe(false);
    expect(mayCall(viewer, 'members:list')).toBe(true);
    expect(mayOpenMember(viewer, 5)).toBe(true);
    expect(mayOpenMember(viewer, 2)).toBe(false);
  });

  it('offers a chair every view but a member’s own charges, and not the register’s writes', () => {
    const chair: ServerSessionUser = { ...viewer, userName: 'ordf', role: 'chair', organisationId: null, channels: [...viewer.channels!, 'scenarios:list', 'studio:inputs', 'bodies:tree', 'decisions:list', 'meetings:list', 'budgets:get', 'exports:list', 'cooperations:listParticipants', 'organisations:list'] };
    expect(navigationItems.filter((item) => mayOpenView(chair, item.name)).map((item) => item.name)).toEqual(navigationItems.map((item) => item.name).filter(notOwnCharges));
    expect(mayCall(chair, 'organisations:update')).toBe(false);
    // No agreements:list in this list: the agreements tab is not offered.
    expect(governanceTabsFor(chair)).toEqual(['bodies', 'meetings', 'decisions']);
    expect(governanceTabsFor(null)).toEqual(['bodies', 'meetings', 'decisions', 'agreements']);
    expect(mayOpenMember(chair, 2)).toBe(true);
  });
});
