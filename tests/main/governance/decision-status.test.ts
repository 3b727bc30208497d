/** Every status step the register forbids is refused through the API with CONFLICT, a clear message, and no write. */
import { describe, expect, it } from 'vitest';
import { decisionStatuses, decisionTransitions, type DecisionStatus } from '../../../src/shared/governance/decision-status';
import { dbContentHash } from '../../helpers/db-content-hash';
import { useDemoWorkspace } from '../../helpers/demo-workspace';
import { STEERING_GROUP } from './governance-fixture';

const f = useDemoWorkspace();

/** Creates a decision and walks it to `status` along allowed steps; returns its id. */
async function decisionIn(status: DecisionStatus): Promise<number> {
  const create = (title: string, s: 'proposed' | 'adopted' | 'rejected' | 'postponed') =>
    f.value('decisions:create', { bodyId: STEERING_GROUP, title, text: 'text', status: s, ...(s === 'proposed' ? { year: 2024 } : { decidedOn: '2024-03-01' }) });
  switch (status) {
    case 'proposed':
    case 'adopted':
    case 'rejected':
    case 'postponed':
      return (await create(`In ${status}`, status)).id;
    case 'implemented': {
      const d = await create('To implement', 'adopted');
      await f.value('decisions:setStatus', { id: d.id, status: 'implemented' });
      return d.id;
    }
    case 'superseded': {
      const old = await create('Old rule', 'adopted');
      await f.value('decisions:create', { bodyId: STEERING_GROUP, title: 'New rule', text: 'replaces', status: 'adopted', decidedOn: '2024-06-01', links: [{ kind: 'supersedes', targetDecisionId: old.id }] });
      await f.value('decisions:setStatus', { id: old.id, status: 'superseded' });
      return old.id;
    }
  }
}

const forbidden = decisionStatuses.flatMap((from) => decisionStatuses.filter((to) => !decisionTransitions[from].includes(to)).map((to) => [from, to] as const));

describe('decision status changes', () => {
  it('covers every forbidden pair (%i of them)', () => {
    expect(forbidden.length).toBe(36 - Object.values(decisionTransitions).reduce((n, list) => n + list.length, 0));
  });

  it.each(forbidden)('%s → %s is refused with CONFLICT and nothing is written', async (from, to) => {
    const id = await decisionIn(from);
    const before = await dbContentHash(f.ctx.session.db);
    const result = await f.call('decisions:setStatus', { id, status: to });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('CONFLICT');
    const allowed = decisionTransitions[from].length === 0 ? 'none' : decisionTransitions[from].join(', ');
    expect(result.error.message).toBe(`A decision that is ${from} ${from === to ? `is already ${to}` : `cannot become ${to}`}; allowed from ${from}: ${allowed}`);
    expect(await dbContentHash(f.ctx.session.db)).toBe(before);
    expect((await f.value('decisions:get', { id })).status).toBe(from);
  });

  it('walks every allowed step', async () => {
    for (const from of decisionStatuses) {
      for (const to of decisionTransitions[from]) {
        if (to === 'superseded') continue; // needs a link; below
        const id = await decisionIn(from);
        const row = await f.value('decisions:setStatus', { id, status: to });
        expect(row.status).toBe(to);
      }
    }
  });

  it('marks a decision superseded only when an adopted decision links to it as superseding', async () => {
    const old = await decisionIn('adopted');
    const before = await dbContentHash(f.ctx.session.db);
    const bare = await f.call('decisions:setStatus', { id: old, status: 'superseded' });
    expect(bare).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: `Decision ${old} can only be marked superseded with a link from the decision that supersedes it; none links to it` } });
    expect(await dbContentHash(f.ctx.session.db)).toBe(before);

    const proposal = await f.value('decisions:create', { bodyId: STEERING_GROUP, title: 'Proposal', text: '', year: 2024, links: [{ kind: 'supersedes', targetDecisionId: old }] });
    const notInForce = await f.call('decisions:setStatus', { id: old, status: 'superseded' });
    expect(notInForce).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('adopted or implemented') } });

    await f.value('decisions:setStatus', { id: proposal.id, status: 'adopted', decidedOn: '2024-09-01' });
    const superseded = await f.value('decisions:setStatus', { id: old, status: 'superseded' });
    expect(superseded.supersededBy).toEqual([{ id: proposal.id, number: proposal.number, status: 'adopted' }]);
    expect(superseded.allowedTransitions).toEqual([]);

    // The link that explains it cannot be removed any more.
    const link = (await f.value('decisions:get', { id: proposal.id })).links.find((l) => l.kind === 'supersedes');
    expect(await f.call('decisions:removeLink', { id: link?.id ?? 0 })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('keeps the wording of a decided decision, while owner, review date and tags stay editable', async () => {
    const id = await decisionIn('adopted');
    expect(await f.call('decisions:update', { id, text: 'rewritten' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const row = await f.value('decisions:update', { id, ownerPersonId: 1, reviewOn: '2025-03-01', tags: ['system'] });
    expect(row).toMatchObject({ ownerName: 'Annica Arvidsson', reviewOn: '2025-03-01', tags: ['system'] });
    const proposed = await decisionIn('proposed');
    expect((await f.value('decisions:update', { id: proposed, text: 'rewritten' })).text).toBe('rewritten');
  });
});
