/** The Skaraborg consortium of the demo, reached entirely through the governance channels. */
import { describe, expect, it } from 'vitest';
import { useDemoWorkspace } from '../../helpers/demo-workspace';
import { DECEMBER_2016_MEETING, SKARABORG, STEERING_GROUP } from './governance-fixture';

const f = useDemoWorkspace();

describe('Skaraborg 9-gruppen through the API', () => {
  it('shows the bodies as a tree with the steering group\'s composition and the working groups\' status', async () => {
    const tree = await f.value('bodies:tree', { cooperationId: SKARABORG, asOf: '2017-01-15' });
    expect(tree.cooperations).toHaveLength(1);
    const [steering] = tree.cooperations[0]?.bodies ?? [];
    expect(steering?.name).toBe('Styrgrupp Bibliotek Skaraborg 9-gruppen');
    expect(steering?.kind).toBe('steering_group');
    expect(steering?.exampleNumber).toBe('SG 2017:1');
    // Eight library directors, the IT director of Skövde, Falköping as observer, and the project manager.
    expect(steering?.composition).toHaveLength(11);
    expect(steering?.composition[0]).toMatchObject({ role: 'chair', personName: 'Bibliotekschef, Skövde', current: true });
    expect(steering?.composition.filter((s) => s.role === 'member')).toHaveLength(8);
    expect(steering?.composition.find((s) => s.role === 'observer')).toMatchObject({ personName: 'Bibliotekschef, Falköping', organisationName: 'Falköping' });
    expect(steering?.composition.find((s) => s.role === 'adjunct')?.personName).toBe('Annica Arvidsson');

    const children = new Map((steering?.children ?? []).map((c) => [c.name, c]));
    expect([...children.keys()].sort()).toEqual(
      ['Cirkulationsgrupp', 'Förvaltningsteam', 'Mångspråksgrupp', 'Mångspråksgrupp (ny gruppering)', 'Regelgrupp', 'Systemgrupp', 'Transportgrupp'].sort(),
    );
    expect(children.get('Systemgrupp')).toMatchObject({ permanent: false, state: 'active', replacedBy: { name: 'Förvaltningsteam' } });
    expect(children.get('Systemgrupp')?.composition).toHaveLength(2);
    expect(children.get('Förvaltningsteam')).toMatchObject({ permanent: true, state: 'not_started', replaces: [{ name: 'Systemgrupp' }] });
    expect(children.get('Transportgrupp')).toMatchObject({ permanent: false, state: 'ended' });
    expect(children.get('Cirkulationsgrupp')).toMatchObject({ permanent: false, state: 'active' });
    expect(children.get('Mångspråksgrupp')).toMatchObject({ state: 'active', replacedBy: { name: 'Mångspråksgrupp (ny gruppering)' } });

    // Later, the management team has taken over and the project manager's seat has ended.
    const later = await f.value('bodies:tree', { cooperationId: SKARABORG, asOf: '2018-09-01' });
    const sg = later.cooperations[0]?.bodies[0];
    expect(sg?.composition.some((s) => s.role === 'adjunct')).toBe(false);
    const team = sg?.children.find((c) => c.name === 'Förvaltningsteam');
    expect(team?.state).toBe('active');
    expect(team?.composition.map((s) => s.role)).toEqual(['chair', 'member', 'member']);
    expect(sg?.children.find((c) => c.name === 'Systemgrupp')?.state).toBe('ended');
  });

  it('shows the December 2016 meeting\'s agenda with its running clock, leading to the Koha decision', async () => {
    const meeting = await f.value('meetings:get', { id: DECEMBER_2016_MEETING });
    expect(meeting).toMatchObject({ bodyName: 'Styrgrupp Bibliotek Skaraborg 9-gruppen', startsAt: '2016-12-08T09:00', status: 'held', totalMinutes: 120, endsAt: '2016-12-08T11:00' });
    expect(meeting.agenda.map((i) => [i.ordinal, i.startTime, i.endTime, i.kind])).toEqual([
      [1, '09:00', '09:10', 'information'],
      [2, '09:10', '09:30', 'information'],
      [3, '09:30', '09:50', 'information'],
      [4, '09:50', '10:15', 'discussion'],
      [5, '10:15', '10:45', 'decision'],
      [6, '10:45', '11:00', 'discussion'],
    ]);
    const koha = meeting.agenda[4];
    expect(koha?.title).toBe('Val av bibliotekssystem');
    expect(koha?.presenterName).toBe('Annica Arvidsson');
    expect(koha?.proposal).toContain('Koha');
    expect(koha?.decisions).toEqual([expect.objectContaining({ number: 'SG 2016:1', status: 'adopted', title: 'Val av bibliotekssystem: Koha' })]);
    expect(meeting.pendingDecisionItemIds).toEqual([]);
    expect(meeting.attendance.find((a) => a.personName === 'Bibliotekschef, Tidaholm')).toMatchObject({ status: 'proxy', proxyPersonName: 'Bibliotekschef, Töreboda' });
    expect(meeting.attendance.find((a) => a.personName === 'Bibliotekschef, Karlsborg')?.status).toBe('absent');

    const decision = await f.value('decisions:get', { id: koha?.decisions[0]?.id ?? 0 });
    expect(decision).toMatchObject({ number: 'SG 2016:1', decidedOn: '2016-12-08', meetingTitle: 'Styrgruppsmöte december 2016', agendaItemTitle: 'Val av bibliotekssystem', allowedTransitions: ['implemented', 'superseded'] });

    const meetings = await f.value('meetings:list', { bodyId: STEERING_GROUP });
    expect(meetings.map((m) => m.startsAt)).toEqual(['2016-12-08T09:00', '2017-04-06T13:00', '2017-06-08T09:30', '2017-11-16T09:00']);
  });

  it('lists the five agreements with their terms, parties and adopting decisions', async () => {
    const agreements = await f.value('agreements:list', { cooperationId: SKARABORG, asOf: '2026-11-21' });
    expect(agreements.map((a) => a.type).sort()).toEqual(['cooperation', 'decision_procedure', 'distribution_key', 'hosting', 'operations_support']);
    const hosting = agreements.find((a) => a.type === 'hosting');
    expect(hosting).toMatchObject({ counterpartyName: expect.stringContaining('Skövde'), startDate: '2017-06-01', initialTermMonths: 24, renewalMonths: 12, noticeMonths: 6 });
    expect(hosting?.terms).toMatchObject({ initialEndDate: '2019-05-31', currentEndDate: '2027-05-31', noticeDeadline: '2026-11-30', renews: true, expired: false });
    expect(agreements.find((a) => a.type === 'decision_procedure')?.terms).toBeNull();
    expect(agreements.find((a) => a.type === 'distribution_key')?.adoptedBy.map((d) => d.number)).toEqual(['SG 2017:1']);
    expect(agreements.find((a) => a.type === 'operations_support')?.adoptedBy.map((d) => d.number)).toEqual(['SG 2017:3']);

    const due = await f.value('agreements:noticeWithin', { months: 1, cooperationId: SKARABORG, asOf: '2026-11-21' });
    // Server operation: 2017-06-01 + 24 months, then yearly; imCode: 2017-06-15 + 36 months, then yearly.
    expect(due.map((a) => [a.type, a.terms?.noticeDeadline, a.terms?.currentEndDate])).toEqual([
      ['hosting', '2026-11-30', '2027-05-31'],
      ['operations_support', '2026-12-14', '2027-06-14'],
    ]);
  });

  it('searches the register by text, body, year, status and tag', async () => {
    const all = await f.value('decisions:list', { cooperationId: SKARABORG });
    expect(all.rows.map((r) => r.number)).toEqual(['SG 2016:1', 'SG 2017:1', 'SG 2017:2', 'SG 2017:3', 'SG 2017:4']);
    expect(all.numberingProblems).toEqual([]);
    expect((await f.value('decisions:list', { query: 'KOHA bibliotekssystem' })).rows.map((r) => r.number)).toEqual(['SG 2016:1']);
    expect((await f.value('decisions:list', { bodyId: STEERING_GROUP, year: 2017, status: 'implemented' })).rows.map((r) => r.number)).toEqual(['SG 2017:2']);
    const superseding = (await f.value('decisions:list', { query: 'förvaltningsandel', year: 2025 })).rows[0];
    expect(superseding?.links.map((l) => [l.kind, l.label])).toContainEqual(['supersedes', 'FR Bibblix 2021:1']);
    const older = (await f.value('decisions:list', { query: 'avgiftsmodell', year: 2021 })).rows[0];
    expect(older?.supersededBy.map((d) => d.number)).toEqual(['FR Bibblix 2025:1']);
    const tagged = await f.value('decisions:list', { tag: older?.tags[0] ?? 'none' });
    expect(tagged.rows.length).toBeGreaterThan(0);
  });
});
