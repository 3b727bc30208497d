/**
 * Issue 4/9 item 9: budget sums beyond 2^53 were silently inexact (two revenue lines of
 * 9 007 199 254 740 991 and 2 öre showed a revenue of …992). The sums are now exact (BigInt), and a
 * change that would make a total leave the exactly representable range is refused, writing nothing.
 */
import { describe, expect, it } from 'vitest';
import { localizeError } from '../../../src/shared/errors';
import { dbContentHash } from '../../helpers/db-content-hash';
import { useDemoWorkspace } from '../../helpers/demo-workspace';

const f = useDemoWorkspace();
const MAX = Number.MAX_SAFE_INTEGER; // 2^53 − 1 = 9 007 199 254 740 991

describe('budget sums beyond 2^53', () => {
  it('refuses a line that would make the year revenue 2^53 + 1, in sv/nb/en, writing nothing', async () => {
    const cooperation = await f.value('cooperations:create', { name: 'Stora summor', kind: 'other', currency: 'SEK', countryCode: 'SE' });
    const line = { cooperationId: cooperation.id, year: 2030, kind: 'revenue' as const, category: 'membership_fees', label: 'Avgifter' };
    await f.value('budgetLines:save', { ...line, amount: MAX });
    const before = await dbContentHash(f.ctx.session.db);
    // 9 007 199 254 740 991 + 2 = 9 007 199 254 740 993 = 2^53 + 1, which a double cannot hold.
    const result = await f.call('budgetLines:save', { ...line, label: 'Mer', amount: 2 });
    if (result.ok) throw new Error(`accepted: ${JSON.stringify(result.value).slice(0, 200)}`);
    expect(result.error.code).toBe('INVALID_INPUT');
    expect(result.error.messageKey).toBe('error.budget.sumTooLarge');
    expect(localizeError(result.error, 'sv').message).toContain('2030');
    expect(localizeError(result.error, 'nb').message).toContain('2030');
    expect(localizeError(result.error, 'en').message).toContain('2030');
    expect(await dbContentHash(f.ctx.session.db)).toBe(before);
    // The budget as it stands is still read exactly.
    const budget = await f.value('budgets:get', { cooperationId: cooperation.id });
    expect(budget.totals.find((t) => t.year === 2030)?.revenue).toBe(MAX);
  });

  it('keeps sums that stay in range exact: MAX − 1 and 1 make MAX', async () => {
    const cooperation = await f.value('cooperations:create', { name: 'Nästan stora', kind: 'other', currency: 'SEK', countryCode: 'SE' });
    const line = { cooperationId: cooperation.id, year: 2030, kind: 'revenue' as const, category: 'membership_fees', label: 'A' };
    await f.value('budgetLines:save', { ...line, amount: MAX - 1 });
    await f.value('budgetLines:save', { ...line, label: 'B', amount: 1 });
    const budget = await f.value('budgets:get', { cooperationId: cooperation.id });
    // (2^53 − 2) + 1 = 2^53 − 1
    expect(budget.totals.find((t) => t.year === 2030)?.revenue).toBe(MAX);
  });
});
