/**
 * The agenda clock's and the decision numbers' refusals carry catalogue keys: English text as
 * before, and the same refusal in Swedish and Norwegian for readers of those languages.
 */
import { describe, expect, it } from 'vitest';
import { agendaClock } from '../../../src/shared/governance/agenda-clock';
import { formatDecisionNumber } from '../../../src/shared/governance/decision-number';
import { AndelError, localizeError, type ApiError } from '../../../src/shared/errors';

function refusal(run: () => unknown): ApiError {
  try {
    run();
  } catch (error) {
    if (error instanceof AndelError) return error.toApiError();
    throw error;
  }
  throw new Error('expected an AndelError');
}

describe('governance checks in sv, nb and en', () => {
  it('an agenda item with a fraction of a minute', () => {
    const error = refusal(() => agendaClock('2016-12-08T09:00', [{ estimatedMinutes: 2.5 }]));
    expect(error.message).toBe('items[0].estimatedMinutes: 2.5 is not a whole number of minutes from 0');
    expect(localizeError(error, 'sv').issues).toEqual([expect.objectContaining({ path: 'items[0].estimatedMinutes', message: '2.5 är inte ett helt antal minuter från 0' })]);
    expect(localizeError(error, 'nb').issues?.[0]?.message).toBe('2.5 er ikke et helt antall minutter fra 0');
  });

  it('an agenda longer than a week (7 × 24 = 168 hours)', () => {
    // 6000 + 6000 = 12000 minutes > 7 × 24 × 60 = 10080 minutes.
    const error = refusal(() => agendaClock('2016-12-08T09:00', [{ estimatedMinutes: 6000 }, { estimatedMinutes: 6000 }]));
    expect(error.message).toBe('the agenda runs for more than 168 hours; check the estimates');
    expect(localizeError(error, 'sv').message).toBe('dagordningen pågår i mer än 168 timmar; kontrollera uppskattningarna');
    expect(localizeError(error, 'nb').issues).toEqual([expect.objectContaining({ path: 'items[1].estimatedMinutes', message: 'dagsordenen er for lang' })]);
  });

  it('a decision number for a two-digit year, and a sequence that is not a whole number', () => {
    const year = refusal(() => formatDecisionNumber('SG {year}:{n}', 16, 1));
    expect(year.message).toBe('year: 16 is not a four-digit year');
    expect(localizeError(year, 'sv').issues?.[0]?.message).toBe('16 är inte ett fyrsiffrigt år');
    expect(localizeError(year, 'nb').issues?.[0]?.message).toBe('16 er ikke et firesifret år');
    const sequence = refusal(() => formatDecisionNumber('SG {year}:{n}', 2016, 1.5));
    expect(sequence.message).toMatch(/: 1\.5 is not a decision sequence \(expected a whole number from 1\)$/u);
    expect(localizeError(sequence, 'sv').issues?.[0]?.message).toBe('1.5 är inget löpnummer för beslut (ett heltal från 1 väntades)');
  });
});
