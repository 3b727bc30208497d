import { describe, expect, it } from 'vitest';
import { clockRange, splitDateTime } from '../../../src/renderer/src/features/governance/format';
import { parseHash, routeHash, type Route } from '../../../src/renderer/src/router/routes';

describe('governance routes', () => {
  it.each<[string, Route]>([
    ['#/governance', { name: 'governance' }],
    ['#/governance/bodies', { name: 'governance', view: 'bodies' }],
    ['#/governance/meetings', { name: 'governance', view: 'meetings' }],
    ['#/governance/meetings/3', { name: 'governance', view: 'meetings', id: 3 }],
    ['#/governance/meetings/3/pack', { name: 'governance', view: 'meetings', id: 3, pack: true }],
    ['#/governance/decisions/12', { name: 'governance', view: 'decisions', id: 12 }],
    ['#/governance/agreements', { name: 'governance', view: 'agreements' }],
  ])('%s parses and prints back the same', (hash, route) => {
    expect(parseHash(hash)).toEqual(route);
    expect(routeHash(route)).toBe(hash);
  });

  it.each(['#/governance/3', '#/governance/bodies/3', '#/governance/agreements/1', '#/governance/decisions/1/pack', '#/governance/meetings/0', '#/governance/meetings/x', '#/governance/meetings/1/pack/2'])(
    '%s leads nowhere',
    (hash) => {
      expect(parseHash(hash).name).toBe('not-found');
    },
  );
});

describe('agenda clock text', () => {
  it('splits a local date-time and marks times on a later day', () => {
    expect(splitDateTime('2016-12-08T09:00')).toEqual({ date: '2016-12-08', time: '09:00' });
    expect(clockRange('09:00', '09:10', 0, 0)).toBe('09:00–09:10');
    expect(clockRange('23:50', '00:20', 0, 1)).toBe('23:50–00:20 (+1)');
  });
});
