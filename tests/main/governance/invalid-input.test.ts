/** Invalid input to any governance channel is INVALID_INPUT (with the field's path) and writes nothing. */
import { describe, expect, it } from 'vitest';
import { channelNameList } from '../../../src/shared/api/channel-names';
import { dbContentHash } from '../../helpers/db-content-hash';
import { useDemoWorkspace } from '../../helpers/demo-workspace';

const f = useDemoWorkspace();

describe('invalid governance input', () => {
  it('every governance channel is in the contract and has a handler', () => {
    for (const channel of ['bodies:tree', 'seats:add', 'meetings:recordMinutes', 'meetings:pack', 'decisions:setStatus', 'agreements:noticeWithin']) {
      expect(channelNameList).toContain(channel);
    }
  });

  it.each([
    ['bodies:create', { cooperationId: 1, name: 'X', kind: 'working_group', permanent: true, decisionNumberPattern: 'X {yaer}:{n}' }, 'decisionNumberPattern'],
    ['bodies:create', { cooperationId: 1, name: 'X', kind: 'committee', permanent: true, decisionNumberPattern: 'X {year}:{n}' }, 'kind'],
    ['bodies:create', { cooperationId: 1, name: 'X', kind: 'working_group', permanent: true, decisionNumberPattern: 'X {year}:{n}', startDate: '2018-01-01', endDate: '2017-12-31' }, 'endDate'],
    ['bodies:update', { id: 2, parentBodyId: 2 }, 'parentBodyId'],
    ['bodies:update', { id: 1, parentBodyId: 2 }, 'parentBodyId'],
    ['seats:add', { bodyId: 1, personId: 1, role: 'member', fromDate: '2018-01-01', toDate: '2017-01-01' }, 'toDate'],
    ['seats:add', { bodyId: 1, personId: 1, role: 'king' }, 'role'],
    ['seats:end', { id: 11, toDate: '2016-08-31' }, 'toDate'],
    ['meetings:create', { bodyId: 1, title: 'X', startsAt: '2017-06-31T09:00' }, 'startsAt'],
    ['meetings:create', { bodyId: 1, title: '  ', startsAt: '2017-06-30T09:00' }, 'title'],
    ['agenda:addItem', { meetingId: 1, title: 'X', kind: 'decision', estimatedMinutes: -5 }, 'estimatedMinutes'],
    ['agenda:addItem', { meetingId: 1, title: 'X', kind: 'decision', estimatedMinutes: 601 }, 'estimatedMinutes'],
    ['agenda:moveItem', { id: 1, direction: 'sideways' }, 'direction'],
    ['attendance:set', { meetingId: 1, personId: 6, status: 'proxy' }, 'proxyPersonId'],
    ['attendance:set', { meetingId: 1, personId: 6, status: 'present', proxyPersonId: 7 }, 'proxyPersonId'],
    ['meetings:recordMinutes', { meetingId: 1, items: [{ agendaItemId: 5, outcome: 'implemented' }] }, 'items[0].outcome'],
    ['meetings:recordMinutes', { meetingId: 1, items: [{ agendaItemId: 5, outcome: 'adopted' }, { agendaItemId: 5, outcome: 'rejected' }] }, 'items[1].agendaItemId'],
    ['meetings:exportPack', { meetingId: 1, path: '/tmp/pack.xlsx' }, 'input'], // the renderer names no file: main does
    ['decisions:create', { bodyId: 1, title: 'X', text: '', status: 'adopted', decidedOn: '2018-06-31' }, 'decidedOn'],
    ['decisions:create', { bodyId: 1, title: 'X', text: '', status: 'adopted' }, 'decidedOn'],
    ['decisions:create', { bodyId: 1, title: 'X', text: '', status: 'superseded', decidedOn: '2018-06-30' }, 'status'],
    ['decisions:create', { bodyId: 1, title: 'X', text: '', year: 2018, links: [{ kind: 'supersedes', agreementId: 1 }] }, 'links[0].targetDecisionId'],
    ['decisions:create', { bodyId: 1, title: 'X', text: '', meetingId: 5, year: 2018 }, 'meetingId'],
    ['decisions:create', { bodyId: 1, title: 'X', text: '', agendaItemId: 4, year: 2018 }, 'agendaItemId'],
    ['decisions:addLink', { decisionId: 1, kind: 'supersedes', targetDecisionId: 1 }, 'input'],
    ['decisions:addLink', { decisionId: 1, kind: 'adopts_agreement', agreementId: 96 }, 'input'],
    ['decisions:update', { id: 1, tags: ['ok', ''] }, 'tags[1]'],
    ['decisions:list', { status: 'done' }, 'status'],
    ['agreements:create', { cooperationId: 1, type: 'hosting', title: 'X', renewalMonths: 0 }, 'renewalMonths'],
    ['agreements:create', { cooperationId: 1, type: 'hosting', title: 'X', startDate: '2019-02-29' }, 'startDate'],
    ['agreements:create', { cooperationId: 1, type: 'hosting', title: 'X', renewalMonths: 12 }, 'renewalMonths'],
    ['agreements:create', { cooperationId: 1, type: 'hosting', title: 'X', parties: [{ organisationId: 1, role: 'party' }, { organisationId: 1, role: 'party' }] }, 'parties[1]'],
    ['agreements:noticeWithin', { months: -1 }, 'months'],
    ['bodies:tree', { asOf: '2017-02-30' }, 'asOf'],
  ])('%s %j → INVALID_INPUT at %s, nothing written', async (channel, input, path) => {
    const before = await dbContentHash(f.ctx.session.db);
    const result = await f.call(channel, input);
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    if (!result.ok) expect(result.error.issues?.map((i) => i.path)).toContain(path);
    expect(await dbContentHash(f.ctx.session.db)).toBe(before);
  });

  it.each([
    ['bodies:get', { id: 999 }],
    ['seats:add', { bodyId: 1, personId: 999, role: 'member' }],
    ['meetings:get', { id: 999 }],
    ['agenda:updateItem', { id: 999, title: 'x' }],
    ['decisions:setStatus', { id: 999, status: 'adopted' }],
    ['decisions:addLink', { decisionId: 1, kind: 'adopts_key', keyId: 999 }],
    ['agreements:update', { id: 999, title: 'x' }],
  ])('%s %j → NOT_FOUND, nothing written', async (channel, input) => {
    const before = await dbContentHash(f.ctx.session.db);
    expect(await f.call(channel, input)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await dbContentHash(f.ctx.session.db)).toBe(before);
  });
});
