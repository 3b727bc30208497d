/**
 * The five reference consortia of DOMAIN.md, computed from the demo workspace's own facts through
 * the API. Every expected figure is worked out here, by hand, from the demo document's data.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BudgetComputation } from '../../../src/shared/api/channels/budgets.channels';
import type { ChargeExplanation, ScenarioComputation, ScenarioDetail } from '../../../src/shared/api/channels/scenarios.channels';
import type { MemberResult } from '../../../src/shared/calc';
import { createTempDir } from '../../helpers/temp-dir';
import { cooperationId, demoDocument, openDemo, orgId, population, scenarioId, type Kit } from './scenario-test-kit';

const doc = demoDocument();
const dir = createTempDir();
let kit: Kit;

beforeAll(async () => {
  kit = await openDemo(dir.file('demo.andel'));
}, 60_000);
afterAll(async () => {
  await kit.session.close();
  dir.remove();
});

const compute = (id: number, extra: Record<string, unknown> = {}): Promise<ScenarioComputation> => kit.value<ScenarioComputation>('scenarios:compute', { scenarioId: id, ...extra });

function memberOf(c: ScenarioComputation, organisationId: number): MemberResult {
  const ref = c.members.find((m) => m.organisationId === organisationId);
  const member = c.result.members.find((m) => m.id === ref?.memberId);
  if (!member) throw new Error(`organisation ${organisationId} is not in the result`);
  return member;
}

function yearOf(member: MemberResult, year: number) {
  const y = member.years.find((x) => x.year === year);
  if (!y) throw new Error(`no ${year}`);
  return { ...y, byComponent: Object.fromEntries(y.components.map((c) => [c.componentId, c.amount])) as Record<string, number>, subsidyTotal: y.subsidies };
}

/** SEK/NOK with two decimals → öre/øre, exactly. */
const ore = (text: string): number => {
  const [whole, frac = ''] = text.split('.');
  return Number(whole) * 100 + Number(frac.padEnd(2, '0'));
};

/** Rounds a non-negative fraction n/d to whole units, half up, with BigInt. */
const halfUp = (n: bigint, d: bigint): bigint => (2n * n + d) / (2n * d);

describe('every scenario of the demo workspace', () => {
  // The studio opens each of them: each must compute from the workspace's own facts, not only from the key files.
  // (In Sambruk a member of the other kind of membership is charged 0 by design, so the check is per year.)
  it.each(doc.scenarios.map((s) => [s.name, s.id] as const))('%s computes, with charges in every year that add up to its total', async (_name, id) => {
    const c = await compute(id);
    expect(c.result.years.length).toBeGreaterThan(0);
    c.result.years.forEach((year, t) => {
      const charged = c.result.members.reduce((sum, m) => sum + (m.years[t]?.gross ?? 0), 0);
      expect(charged, String(year)).toBeGreaterThan(0);
      expect(charged, String(year)).toBe(c.result.totals[t]?.gross);
    });
  });
});

describe('Skaraborg 9-gruppen: 15 % equal, 85 % by population', () => {
  const coop = cooperationId(doc, 'Skaraborg');
  const members = doc.participations.filter((p) => p.cooperationId === coop && p.role === 'member').map((p) => p.organisationId);
  const observer = doc.participations.find((p) => p.cooperationId === coop && p.role === 'observer');
  const scenario = doc.scenarios.find((s) => s.cooperationId === coop)!;
  const costs = (scenario.definition as { costs: { byYear: Record<string, string> } }).costs.byYear;

  it('has eight paying members and Falköping as observer', () => {
    expect(members).toHaveLength(8);
    expect(doc.organisations.find((o) => o.id === observer?.organisationId)?.name).toBe('Falköping');
  });

  it.each(Object.keys(costs))('adds up exactly to the pool in %s, each member the floor or ceiling of its exact share', async (yearText) => {
    const year = Number(yearText);
    const result = await compute(scenario.id);
    const pool = BigInt(costs[yearText]!); // whole SEK; the key rounds to whole SEK
    // Population as of 31 December the year before (the key's metric rule).
    const pops = new Map(members.map((id) => [id, BigInt(population(doc, id, year - 1))]));
    const P = [...pops.values()].reduce((a, b) => a + b, 0n);
    const n = BigInt(members.length);
    let sum = 0;
    for (const id of members) {
      // exact share in SEK = pool × (15/100 / n + 85/100 × p / P) = pool × (15P + 85 n p) / (100 n P)
      const num = pool * (15n * P + 85n * n * pops.get(id)!);
      const den = 100n * n * P;
      const floor = num / den;
      const ceil = num % den === 0n ? floor : floor + 1n;
      const charged = yearOf(memberOf(result, id), year).net;
      expect(charged % 100, 'whole SEK').toBe(0);
      expect([Number(floor) * 100, Number(ceil) * 100]).toContain(charged);
      sum += charged;
    }
    expect(sum).toBe(Number(pool) * 100);
    const total = result.result.totals.find((t) => t.year === year)!;
    expect(total.net).toBe(Number(pool) * 100);
    expect(total.chargedMembers).toBe(8);
    // The observer pays nothing and is left out of the key.
    const obs = result.result.members.find((m) => m.id === result.members.find((r) => r.organisationId === observer!.organisationId)?.memberId);
    expect(obs?.totalNet ?? 0).toBe(0);
  });

  it('explains a charge in words, in the language asked for', async () => {
    const skovde = orgId(doc, 'Skövde');
    const explained = await kit.value<ChargeExplanation>('scenarios:explain', { scenarioId: scenario.id, organisationId: skovde, year: 2017, language: 'en' });
    const pop = population(doc, skovde, 2016);
    expect(explained.memberName).toBe('Skövde');
    // Intl puts no-break spaces in numbers and money; compare with plain spaces.
    const words = explained.lines.join('\n').replace(/[\u00a0\u202f]/g, ' ');
    expect(words).toContain('15 % of SEK 1,000,000.00 shared by weight 1 of 8');
    expect(words).toContain(`population ${pop.toLocaleString('en-GB')} (as of 2016-12-31)`);
    const sv = await kit.value<ChargeExplanation>('scenarios:explain', { scenarioId: scenario.id, organisationId: skovde, year: 2017, language: 'sv' });
    expect(sv.lines.join('\n').replace(/[\u00a0\u202f]/g, ' ')).toContain('fördelat med vikt 1 av 8');
    expect(sv.net).toBe(explained.net);
  });

  it('a what-if equal share changes the split but not the pool, and is compared member by member', async () => {
    const what = await compute(scenario.id, { parameters: { equalShare: '50' } });
    expect(what.result.totals.map((t) => t.net)).toEqual(Object.values(costs).map((c) => ore(c)));
    const hjo = orgId(doc, 'Hjo');
    // 50 % equal: Hjo (small) pays more than with 15 %.
    const cmp = await kit.value<{ comparison: { members: { id: string; totalDelta: number }[] }; baseline: { scenarioId: number } }>('scenarios:compare', {
      scenarioId: scenario.id,
      parameters: { equalShare: '50' },
    });
    expect(cmp.baseline.scenarioId).toBe(scenario.id);
    const hjoId = what.members.find((m) => m.organisationId === hjo)!.memberId;
    expect(cmp.comparison.members.find((m) => m.id === hjoId)!.totalDelta).toBeGreaterThan(0);
    expect(cmp.comparison.members.reduce((s, m) => s + m.totalDelta, 0)).toBe(0);
  });

  it('a member leaving in a what-if is charged pro rata nothing after it left, and the pool still adds up', async () => {
    const tibro = orgId(doc, 'Tibro');
    const what = await compute(scenario.id, { memberChanges: [{ organisationId: tibro, left: '2017-12-31' }] });
    expect(yearOf(memberOf(what, tibro), 2018).net).toBe(0);
    expect(what.result.totals.find((t) => t.year === 2018)!.chargedMembers).toBe(7);
    expect(what.result.totals.find((t) => t.year === 2018)!.net).toBe(ore(costs['2018']!));
  });

  it('sweeps the equal share: every step adds up to the pool', async () => {
    const sweep = await kit.value<{ steps: { value: string; totalNet: number[] }[]; years: number[] }>('scenarios:sweep', {
      scenarioId: scenario.id,
      parameter: 'equalShare',
      values: ['0', '10', '25', '50'],
    });
    expect(sweep.steps.map((s) => s.value)).toEqual(['0', '10', '25', '50']);
    for (const step of sweep.steps) expect(step.totalNet).toEqual(sweep.years.map((y) => ore(costs[String(y)]!)));
  });
});

describe('Felles Formidlingsløsning: price bands and three-part funding', () => {
  const coop = cooperationId(doc, 'Felles Formidlings');
  const id = doc.scenarios.find((s) => s.cooperationId === coop)!.id;
  const municipalities = doc.participations.filter((p) => p.cooperationId === coop && p.role === 'member').map((p) => p.organisationId);
  // The source's table: lower bound inclusive.
  const bands: [from: number, to: number, price: number][] = [
    [0, 10_000, 20_000],
    [10_000, 20_000, 35_000],
    [20_000, 40_000, 40_000],
    [40_000, 60_000, 50_000],
    [60_000, 100_000, 75_000],
    [100_000, 500_000, 100_000],
    [500_000, Infinity, 150_000],
  ];
  const bandOf = (pop: number): number => bands.findIndex(([from, to]) => pop >= from && pop < to);

  it('358 municipalities in the source\'s band counts pay 10 000 000 NOK a year', async () => {
    expect(municipalities).toHaveLength(358);
    const pops = municipalities.map((m) => population(doc, m, 2024));
    const counts = bands.map((_, i) => pops.filter((p) => bandOf(p) === i).length);
    expect(counts).toEqual([246, 47, 39, 12, 7, 6, 1]);
    const byHand = pops.reduce((sum, p) => sum + bands[bandOf(p)]![2], 0);
    expect(byHand).toBe(10_000_000);

    const result = await compute(id);
    expect(result.result.currency).toBe('NOK');
    for (const total of result.result.totals) {
      expect(total.net).toBe(byHand * 100);
      expect(total.chargedMembers).toBe(358);
    }
    const oslo = orgId(doc, 'Oslo');
    expect(yearOf(memberOf(result, oslo), 2027).net).toBe(150_000 * 100);
  });

  it('funding 2025–2030 is 100 million NOK, of which 20 million not secured', async () => {
    const result = await compute(id);
    expect(result.result.funding.total).toBe(100_000_000 * 100);
    expect(result.result.funding.notSecured).toBe(20_000_000 * 100);
    // The same from the workspace's own funding records, summed here.
    const sources = doc.fundingSources.filter((s) => s.cooperationId === coop).map((s) => s.id);
    const amounts = doc.fundingAmounts.filter((a) => sources.includes(a.fundingSourceId) && a.year >= 2025 && a.year <= 2030);
    expect(amounts.reduce((s, a) => s + a.amount, 0)).toBe(100_000_000 * 100);
    expect(amounts.filter((a) => a.status !== 'secured').reduce((s, a) => s + a.amount, 0)).toBe(20_000_000 * 100);
  });
});

describe('Sambruk membership fees', () => {
  const coop = cooperationId(doc, 'Sambruk');
  const groupScenario = scenarioId(doc, 'gruppmedlemskap');

  it('group membership: 0.70 per inhabitant, 0.50 over 50 000, the individual fee over 250 000, pro rata from joining', async () => {
    const result = await compute(groupScenario);
    const grastorp = orgId(doc, 'Grästorp');
    expect(yearOf(memberOf(result, grastorp), 2022).byComponent['group-annual']).toBe(population(doc, grastorp, 2021) * 70);
    // Group members are invoiced through the administrative party (GITS), which itself pays nothing.
    const gits = orgId(doc, 'Gemensam Information och TjänsteSamordning (GITS)');
    expect(memberOf(result, grastorp).invoicedVia).toBe(`org-${gits}`);
    expect(memberOf(result, gits)).toMatchObject({ role: 'administrative-party', totalNet: 0 });
    // Stockholm is a member on its own, not through the group: the group key charges it nothing.
    const stockholm = orgId(doc, 'Stockholm');
    expect(memberOf(result, stockholm).totalNet).toBe(0);
    // A group member over 250 000 inhabitants pays the individual fee of the top band instead (what-if on Grästorp).
    const big = await compute(groupScenario, { metricOverrides: [{ organisationId: grastorp, year: 2021, value: 260_000 }] });
    const bigYear = yearOf(memberOf(big, grastorp), 2022);
    expect(bigYear.byComponent['large-member']).toBe(80_000 * 100);
    expect(bigYear.byComponent['group-annual']).toBeUndefined();
    // Trollhättan: over 50 000, joined 1 Sep 2022 → 4 of 12 months; one-time contribution 10 000, half paid by VGR.
    const thn = orgId(doc, 'Trollhättan');
    const pop = population(doc, thn, 2021);
    expect(pop).toBeGreaterThan(50_000);
    const y2022 = yearOf(memberOf(result, thn), 2022);
    expect(y2022.byComponent['group-annual']).toBe(Number(halfUp(BigInt(pop) * 50n * 4n, 12n)));
    expect(y2022.byComponent.contribution).toBe(10_000 * 100);
    expect(y2022.subsidyTotal).toBe(5_000 * 100);
    // The region is a member on its own (an "other organisation"): not charged by the group key.
    const vgr = orgId(doc, 'Västra Götalandsregionen');
    expect(memberOf(result, vgr).totalNet).toBe(0);
  });

  it('individual membership by population band, lower bound inclusive, from a scenario saved through the API', async () => {
    const saved = await kit.value<ScenarioDetail>('scenarios:save', {
      cooperationId: coop,
      definition: { schemaVersion: 1, id: 'sambruk-individual-api', name: 'Enskilt medlemskap 2026 (API)', currency: 'SEK', horizon: { from: 2026, to: 2026 }, key: { ref: 'sambruk-individual', version: 1 } },
    });
    const result = await compute(saved.id);
    const fee = (name: string): number => yearOf(memberOf(result, orgId(doc, name)), 2026).net;
    const band = (pop: number): number => (pop < 7_000 ? 5_000 : pop < 15_000 ? 10_000 : pop < 25_000 ? 25_000 : pop < 50_000 ? 35_000 : pop < 100_000 ? 50_000 : pop < 150_000 ? 65_000 : 80_000);
    for (const name of ['Stockholm', 'Malmö', 'Katrineholm', 'Östersund', 'Pajala']) {
      expect(fee(name), name).toBe(band(population(doc, orgId(doc, name), 2025)) * 100);
    }
    expect(fee('Sveriges Kommuner och Regioner (SKR)')).toBe(25_000 * 100);
    expect(fee('Västra Götalandsregionen')).toBe(25_000 * 100);
    // Group members (through GITS) are not charged by the individual key.
    expect(fee('Grästorp')).toBe(0);
    // Exactly 7 000 inhabitants pays the 7 000 – 15 000 fee.
    const pajala = orgId(doc, 'Pajala');
    const edge = await compute(saved.id, { metricOverrides: [{ organisationId: pajala, year: 2025, value: 7_000 }] });
    expect(yearOf(memberOf(edge, pajala), 2026).net).toBe(10_000 * 100);
  });
});

describe('the Västra Götaland offer: Lerum joins Sambruk (through GITS) and Bibblix on 1 May 2022', () => {
  const lerum = orgId(doc, 'Lerum');
  const pop2021 = population(doc, lerum, 2021); // 31 Dec 2021, the year before joining
  // Started months May–December: 8 of 12.
  const months = 8n;

  it('Sambruk: one-time contribution by band (half paid by VGR), pro-rata annual group fee, then a full indexed year', async () => {
    const result = await compute(scenarioId(doc, 'gruppmedlemskap'));
    const y1 = yearOf(memberOf(result, lerum), 2022);
    expect(pop2021).toBeGreaterThanOrEqual(25_000);
    expect(pop2021).toBeLessThan(50_000);
    expect(y1.byComponent.contribution).toBe(10_000 * 100);
    const annual1 = Number(halfUp(BigInt(pop2021) * 70n * months, 12n)); // öre
    expect(y1.byComponent['group-annual']).toBe(annual1);
    expect(y1.subsidyTotal).toBe(5_000 * 100);
    expect(y1.net).toBe(10_000 * 100 + annual1 - 5_000 * 100);
    // Year 2: the population of 31 Dec 2022 is not recorded; the scenario grows 2021's by 0.5 %, to whole inhabitants.
    const pop2022 = Number(halfUp(BigInt(pop2021) * 1005n, 1000n));
    const y2 = yearOf(memberOf(result, lerum), 2023);
    expect(y2.byComponent['group-annual']).toBe(pop2022 * 70);
    expect(y2.byComponent.contribution).toBeUndefined();
    expect(y2.subsidyTotal).toBe(0);
  });

  it('Bibblix: connection fee paid by VGR Kultur, media and management pro rata, 0.32 per inhabitant subsidy in year 1 only', async () => {
    const result = await compute(scenarioId(doc, 'Bibblix'));
    const y1 = yearOf(memberOf(result, lerum), 2022);
    expect(y1.byComponent.connection).toBe(15_000 * 100); // 35 000 – 75 000 band
    const media = Number(halfUp(BigInt(pop2021) * 100n * months, 12n));
    const management = Number(halfUp(BigInt(pop2021) * 75n * months, 12n));
    const year1Subsidy = Number(halfUp(BigInt(pop2021) * 32n * months, 12n));
    expect(y1.byComponent.media).toBe(media);
    expect(y1.byComponent.management).toBe(management);
    expect(y1.subsidyTotal).toBe(15_000 * 100 + year1Subsidy);
    expect(y1.net).toBe(media + management - year1Subsidy);
    expect(result.result.funders.map((f) => f.funder)).toContain('VGR Förvaltningen för kulturutveckling');

    const pop2022 = Number(halfUp(BigInt(pop2021) * 1005n, 1000n));
    const y2 = yearOf(memberOf(result, lerum), 2023);
    expect(y2.byComponent.media).toBe(pop2022 * 100);
    expect(y2.byComponent.management).toBe(pop2022 * 75);
    expect(y2.subsidyTotal).toBe(0);
    // From 2026 the management share is 0.65 per inhabitant; 31 Dec 2025 is recorded.
    const y5 = yearOf(memberOf(result, lerum), 2026);
    expect(y5.byComponent.management).toBe(population(doc, lerum, 2025) * 65);
  });
});

describe('Sambruk budget 2026', () => {
  it('gives a result of 67 715 SEK from the budget lines', async () => {
    const coop = cooperationId(doc, 'Sambruk');
    const lines = doc.budgetLines.filter((l) => l.cooperationId === coop && l.year === 2026);
    const byHand = lines.reduce((s, l) => s + l.amount, 0);
    expect(byHand).toBe(67_715 * 100);
    const budget = await kit.value<BudgetComputation>('budgets:compute', { cooperationId: coop, year: 2026 });
    expect(budget.result.result).toBe(67_715 * 100);
    expect(budget.result.grossResult).toBe(8_707_432 * 100);
    expect(budget.result.lines.map((l) => l.percentOfRevenue).slice(0, 3)).toEqual([21, 67, 12]);
  });
});
