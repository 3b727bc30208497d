/**
 * A member viewer (Skövde's) signed in to `andel serve` calls EVERY channel of the contract (the
 * generated channel list): each is refused, or is one of the register's reads, or is answered only
 * for Skövde (and refused for another organisation). The expected sets are written out here from
 * docs/server.md, not read from the policy table; and every channel must have a rule in the table.
 */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AndelServer } from '../../../src/main/server/http-server';
import { channelPolicy } from '../../../src/main/server/policy';
import { channelNameList } from '../../../src/shared/api/channel-names';
import { WorkspaceSession } from '../../../src/main/workspace/session';
import { openTestWorkspace } from '../../helpers/pg-workspace';
import { useTempDirs } from '../../helpers/temp-dir';
import { loadRichFixture } from '../../helpers/workspace-fixtures';
import { addFixtureUsers, HJO, login, serve, SKOVDE, type Client } from './server-kit';

const tempDir = useTempDirs('andel-viewer-');
let session: WorkspaceSession;
let server: AndelServer;
let viewer: Client;

beforeEach(async () => {
  const dir = tempDir().path;
  session = new WorkspaceSession();
  await openTestWorkspace(session, join(dir, 'shared.andel'), loadRichFixture());
  await addFixtureUsers(session);
  server = await serve(dir, session);
  viewer = await login(server.url, 'skovde');
});
afterEach(async () => {
  await server?.close();
  await session?.close();
});

/** The register every member may read: names, kinds, populations, cooperations, which scenarios were adopted, the decisions. */
const registerReads = ['workspace:info', 'members:list', 'cooperations:list', 'snapshots:list', 'decisions:list'];

/** Reads about one organisation: the input naming it, for Skövde and for Hjo. */
const ownReads: Record<string, (organisationId: number) => unknown> = {
  'metrics:listForOrganisation': (organisationId) => ({ organisationId }),
  'participations:listForOrganisation': (organisationId) => ({ organisationId }),
  'organisations:get': (id) => ({ id }),
  // "Why this amount?": Skövde's charge in the fixture's Budget 2017 (scenario 1).
  'scenarios:explain': (organisationId) => ({ scenarioId: 1, organisationId, year: 2017, language: 'sv' }),
  // "Our charges": its own row of every adopted snapshot.
  'charges:own': (organisationId) => ({ organisationId, language: 'sv' }),
};

describe('a member viewer against every channel', () => {
  it('has a rule in the one policy table for every channel of the contract', () => {
    expect(channelNameList.filter((channel) => channelPolicy[channel] === undefined)).toEqual([]);
  });

  it('is refused every channel but the register’s reads and its own organisation’s', async () => {
    const answered: string[] = [];
    for (const channel of channelNameList) {
      const reply = await viewer.invoke(channel, {});
      if (reply.json.ok === false && reply.json.error.code === 'FORBIDDEN') {
        expect(reply.json.error.messageKey, channel).toBe('error.server.forbidden');
        continue;
      }
      answered.push(channel);
    }
    // An empty input for an own-organisation read fails the contract's parse before any data is read.
    // decisions:get, one entry of the decision register, answers its empty input with the contract's refusal.
    expect(answered.sort()).toEqual([...registerReads, 'decisions:get', ...Object.keys(ownReads)].sort());
    expect(registerReads.every((channel) => channelNameList.includes(channel as never))).toBe(true);
  });

  it('reads the register', async () => {
    for (const channel of registerReads) {
      const reply = await viewer.invoke(channel, {});
      expect(reply.json.ok, channel).toBe(true);
    }
    const members = (await viewer.invoke('members:list', {})).json.value as { organisationId: number }[];
    expect(members.some((m) => m.organisationId === SKOVDE) && members.some((m) => m.organisationId === HJO)).toBe(true);
    // The whole decision register, every entry readable on its own, and nothing in it writable.
    const fixture = loadRichFixture();
    const register = (await viewer.invoke('decisions:list', {})).json.value as { rows: { id: number; number: string }[] };
    expect(register.rows.map((r) => r.id).sort((a, b) => a - b)).toEqual(fixture.decisions.map((d) => d.id).sort((a, b) => a - b));
    const entry = await viewer.invoke('decisions:get', { id: 3 });
    expect(entry.json.value.number, entry.text).toBe('SG 2017:1');
    const write = await viewer.invoke('decisions:update', { id: 3, title: 'Ändrad', expectedVersion: 1 });
    expect(write.json.error).toMatchObject({ code: 'FORBIDDEN', messageKey: 'error.server.forbidden' });
  });

  it('reads its own organisation only', async () => {
    const fixture = loadRichFixture();
    for (const [channel, input] of Object.entries(ownReads)) {
      const other = await viewer.invoke(channel, input(HJO));
      expect(other.json.error, channel).toMatchObject({ code: 'FORBIDDEN', messageKey: 'error.server.otherOrganisation' });
      const own = await viewer.invoke(channel, input(SKOVDE));
      expect(own.json.ok, `${channel}: ${own.text}`).toBe(true);
    }
    const metrics = (await viewer.invoke('metrics:listForOrganisation', { organisationId: SKOVDE })).json.value as { id: number; organisationId: number }[];
    expect(metrics.map((m) => m.id).sort((a, b) => a - b)).toEqual(fixture.metricValues.filter((m) => m.organisationId === SKOVDE).map((m) => m.id).sort((a, b) => a - b));
    const participations = (await viewer.invoke('participations:listForOrganisation', { organisationId: SKOVDE })).json.value as { id: number }[];
    expect(participations.map((p) => p.id).sort((a, b) => a - b)).toEqual(fixture.participations.filter((p) => p.organisationId === SKOVDE).map((p) => p.id).sort((a, b) => a - b));
    expect((await viewer.invoke('organisations:get', { id: SKOVDE })).json.value.name).toBe('Skövde');
    const explained = (await viewer.invoke('scenarios:explain', ownReads['scenarios:explain']!(SKOVDE))).json.value as { organisationId: number; memberName: string };
    expect([explained.organisationId, explained.memberName]).toEqual([SKOVDE, 'Skövde']);
  });

  it('sees its own row of an adopted scenario, never another member’s figures', async () => {
    // The chair adopts Budget 2017 (scenario 1) by the proposed decision SG 2017:1 (id 3).
    const chair = await login(server.url, 'ordf');
    const adopted = await chair.invoke('scenarios:adopt', { scenarioId: 1, decisionId: 3 });
    expect(adopted.json.ok, adopted.text).toBe(true);
    const reply = await viewer.invoke('charges:own', { organisationId: SKOVDE, language: 'sv' });
    expect(reply.json.ok, reply.text).toBe(true);
    // The fixture's own hand-made snapshot holds no member list, so only the new adoption charges Skövde.
    const charges = reply.json.value as { snapshotId: number; cooperationName: string; decisions: { number: string }[]; years: { organisationId: number; memberName: string; year: number; net: number; components: { componentId: string; amount: number }[] }[] }[];
    expect(charges.map((c) => [c.snapshotId, c.cooperationName, c.decisions.map((d) => d.number)])).toEqual([[adopted.json.value.id, 'Skaraborgs bibliotek (9-gruppen)', ['SG 2017:1']]]);
    const [year] = charges[0]!.years;
    expect(charges[0]!.years).toHaveLength(1);
    expect([year!.organisationId, year!.memberName, year!.year]).toEqual([SKOVDE, 'Skövde', 2017]);
    // By hand: 1 200 000 kr = 120 000 000 öre in 2017; key 15 % equal over the 8 members (Falköping
    // is an observer), 85 % by 2017 population. Populations 2017: 5337 + 9137 + 6937 + 24037 + 54837
    // + 10937 + 12837 + 9337 = 133 396, Skövde 54 837.
    //   equal: 18 000 000 / 8 = 2 250 000; population: 102 000 000 × 54 837 / 133 396 ≈ 41 930 597.6;
    //   together ≈ 44 180 597.6 öre = 441 805.98 kr; the key rounds to 100 kr (10 000 öre), the pool's
    //   remainder moving at most one such unit: 441 800 kr ± 100 kr.
    const lika = year!.components.find((c) => c.componentId === 'lika')!.amount;
    expect(Math.abs(lika - 2_250_000)).toBeLessThanOrEqual(10_000);
    expect(year!.net % 10_000).toBe(0);
    expect(Math.abs(year!.net - 44_180_597.6)).toBeLessThanOrEqual(10_000);
    // No other member is named anywhere in the reply.
    const others = loadRichFixture().organisations.filter((o) => o.id !== SKOVDE).map((o) => o.name);
    expect(others.filter((name) => reply.text.includes(name))).toEqual([]);
    // Another organisation's charges are refused; a staff member may read any member's.
    const other = await viewer.invoke('charges:own', { organisationId: HJO, language: 'sv' });
    expect(other.json.error).toMatchObject({ code: 'FORBIDDEN', messageKey: 'error.server.otherOrganisation' });
    const hjo = (await chair.invoke('charges:own', { organisationId: HJO })).json.value as { years: { memberName: string }[] }[];
    expect(hjo.map((c) => c.years.map((y) => y.memberName))).toEqual([['Hjo']]);
  });
});
