import { describe, expect, it } from 'vitest';
import { computeBudget, computeScenario, computeStaffCost, describeMemberYear, explainCharge, resolveScenario } from '../../../src/shared/calc';
import type { KeyDefinitionInput, MemberResult } from '../../../src/shared/calc';
import { demo } from '../../helpers/demo-keys';
import { largestRemainder } from './helpers';

const keys = ['skaraborg-9', 'sambruk-individual', 'sambruk-group', 'bibblix', 'norway-ffl'].map((k) => demo(`${k}.key.json`) as KeyDefinitionInput);
const resolve = (scenario: unknown, facts: unknown) => resolveScenario(scenario, facts, { keys });
const run = (scenario: unknown, facts: unknown, trail = false) => computeScenario(resolve(scenario, facts), { trail });
const member = (members: readonly MemberResult[], id: string): MemberResult => {
  const m = members.find((x) => x.id === id);
  if (!m) throw new Error(`no ${id}`);
  return m;
};
const year = (m: MemberResult, y: number) => {
  const found = m.years.find((x) => x.year === y);
  if (!found) throw new Error(`no ${y}`);
  return found;
};
const comp = (m: MemberResult, y: number, id: string) => year(m, y).components.find((c) => c.componentId === id);

describe('Skaraborg 9-gruppen: 15 % equal, 85 % by population', () => {
  const result = run(demo('skaraborg-9.scenario.json'), demo('skaraborg-9.facts.json'));
  const pops: Record<string, number> = { gullspang: 5200, hjo: 9000, karlsborg: 6800, mariestad: 24000, skovde: 54000, tibro: 11000, tidaholm: 12700, toreboda: 9100 };

  it('leaves the observer out and adds up exactly to the pool (whole kronor)', () => {
    expect(result.totals[0]?.chargedMembers).toBe(8);
    expect(year(member(result.members, 'falkoping'), 2017).net).toBe(0);
    for (const t of result.totals) expect(t.gross).toBe(t.pool);
    expect(result.totals[0]?.pool).toBe(100_000_000);
  });

  it('matches a hand computation of 2017 with largest remainder in whole kronor', () => {
    // Pool 1 000 000 kr = 1 000 000 units of 1 kr; population of 2016 summed = 131 800.
    const ids = Object.keys(pops).sort();
    const total = 131_800n;
    expect(ids.reduce((s, id) => s + BigInt(pops[id] as number), 0n)).toBe(total);
    const U = 1_000_000n;
    // entitlement_i = U*15/100/8 + U*85/100*pop_i/131800 = (U*15*131800 + U*85*8*pop_i) / (100*8*131800)
    const den = 100n * 8n * total;
    const nums = ids.map((id) => U * 15n * total + U * 85n * 8n * BigInt(pops[id] as number));
    const weights = ids.map((id) => 15n * total + 85n * 8n * BigInt(pops[id] as number));
    const expected = largestRemainder(U, nums, den, ids, weights);
    ids.forEach((id, i) => expect(year(member(result.members, id), 2017).net).toBe(Number(expected[i]) * 100));
    // Spot check: Skövde = 18 750 + 850 000 * 54 000 / 131 800 = 18 750 + 348 254.93… → 367 005 kr
    expect(year(member(result.members, 'skovde'), 2017).net).toBe(367_005_00);
    // Equal part is 150 000 / 8 = 18 750 kr for everyone.
    expect(comp(member(result.members, 'hjo'), 2017, 'equal')?.amount).toBe(18_750_00);
  });

  it('shows a rounding adjustment so each breakdown adds up', () => {
    for (const m of result.members) {
      for (const y of m.years) {
        const sum = y.components.reduce((s, c) => s + c.amount, 0);
        expect(sum + y.roundingAdjustment).toBe(y.gross);
        expect(Math.abs(y.roundingAdjustment)).toBeLessThanOrEqual(100);
      }
    }
  });

  it('leaves trails out unless asked, and explains a charge in words on demand', () => {
    expect(comp(member(result.members, 'skovde'), 2017, 'equal')?.trail).toBeNull();
    const explained = explainCharge(resolve(demo('skaraborg-9.scenario.json'), demo('skaraborg-9.facts.json')), 'skovde', 2017);
    expect(explained.net).toBe(367_005_00);
    const lines = describeMemberYear(explained, 'sv', 'SEK');
    expect(lines.join(' | ')).toContain('85 %');
    // The metric in Swedish words, not its stored name "population".
    expect(lines.join(' | ')).toContain('invånare 54');
    expect(lines.join(' | ')).not.toContain('population');
  });
});

describe('Felles formidlingsløsning (Norway): price bands and three-part funding', () => {
  const result = run(demo('norway-ffl.scenario.json'), demo('norway-ffl.facts.json'), true);
  it('sums to 10 000 000 NOK a year over 358 municipalities with the source band counts', () => {
    expect(result.members).toHaveLength(358);
    // 246*20 000 + 47*35 000 + 39*40 000 + 12*50 000 + 7*75 000 + 6*100 000 + 1*150 000
    const expected = (246 * 20_000 + 47 * 35_000 + 39 * 40_000 + 12 * 50_000 + 7 * 75_000 + 6 * 100_000 + 150_000) * 100;
    expect(expected).toBe(10_000_000_00);
    for (const t of result.totals) expect(t.gross).toBe(expected);
    const counts = new Map<number, number>();
    for (const m of result.members) {
      const band = comp(m, 2025, 'price')?.trail?.band?.index as number;
      counts.set(band, (counts.get(band) ?? 0) + 1);
    }
    expect([0, 1, 2, 3, 4, 5, 6].map((b) => counts.get(b))).toEqual([246, 47, 39, 12, 7, 6, 1]);
    expect(comp(member(result.members, 'deichman'), 2025, 'price')?.amount).toBe(150_000_00);
    expect(comp(member(result.members, 'bergen'), 2025, 'price')?.amount).toBe(100_000_00);
  });
  it('gives 100 million of funding, of which 20 million not secured', () => {
    const f = result.funding;
    // (4+8+10+10+10+10) + (0+0+1+2+2+3) + (10+10+10+10+0+0) = 52 + 8 + 40
    expect(f.total).toBe(100_000_000_00);
    expect(f.notSecured).toBe(20_000_000_00);
    expect(f.uncertain).toBe(20_000_000_00);
    expect(f.secured).toBe(80_000_000_00);
    expect(f.byYear.map((y) => y.total / 100_000_000)).toEqual([14, 18, 21, 22, 12, 13]);
  });
  it('balances member charges and external funding against costs', () => {
    // 2025: members 10 M + counties 0 + state 10 M - costs 14 M = +6 M
    expect(result.balance[0]?.balance).toBe(6_000_000_00);
    expect(result.balance[0]?.plannedMemberFunding).toBe(4_000_000_00);
  });
});

describe('Sambruk fees', () => {
  // `via` puts a member in a group membership, invoiced through the administrative party "gits".
  const facts = (members: { id: string; pop?: number; category?: string }[], via?: 'gits') => ({
    members: [
      ...members.map((m) => ({ id: m.id, name: m.id, category: m.category ?? 'municipality', joined: '2010-01-01', ...(via ? { invoicedVia: via } : {}), metrics: m.pop === undefined ? {} : { population: { '2024': { value: m.pop, referenceDate: '2024-12-31' } } } })),
      ...(via ? [{ id: via, name: 'GITS', category: 'other', role: 'administrative-party', joined: '2010-01-01', metrics: {} }] : []),
    ],
  });
  const scenario = (ref: string) => ({ schemaVersion: 1, id: 's', name: 's', currency: 'SEK', horizon: { from: 2025, to: 2025 }, key: { ref } });
  const annual = (r: ReturnType<typeof run>, id: string) => year(member(r.members, id), 2025).net / 100;

  it('individual membership: bands with the lower bound inclusive, and other organisations', () => {
    const r = run(scenario('sambruk-individual'), facts([{ id: 'a', pop: 6_999 }, { id: 'b', pop: 7_000 }, { id: 'c', pop: 14_999 }, { id: 'd', pop: 15_000 }, { id: 'e', pop: 49_999 }, { id: 'f', pop: 100_000 }, { id: 'g', pop: 150_000 }, { id: 'h', category: 'other' }]));
    expect(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((id) => annual(r, id))).toEqual([5_000, 10_000, 10_000, 25_000, 35_000, 65_000, 80_000, 25_000]);
  });

  it('group membership: 0.70 up to 50 000, 0.50 above, individual fee above 250 000, other organisations individual fee', () => {
    const r = run(scenario('sambruk-group'), facts([{ id: 'a', pop: 9_452 }, { id: 'b', pop: 50_000 }, { id: 'c', pop: 50_001 }, { id: 'd', pop: 250_000 }, { id: 'e', pop: 250_001 }, { id: 'f', category: 'other' }], 'gits'), true);
    // 9 452 * 0.70 = 6 616.40; 50 000 * 0.70 = 35 000; 50 001 * 0.50 = 25 000.50; 250 000 * 0.50 = 125 000;
    // 250 001 > 250 000 pays the individual fee for "over 150 000" = 80 000; other organisation 25 000.
    expect(['a', 'b', 'c', 'd', 'e', 'f'].map((id) => annual(r, id))).toEqual([6_616.4, 35_000, 25_000.5, 125_000, 80_000, 25_000]);
    const e = comp(member(r.members, 'e'), 2025, 'large-member');
    expect(e?.trail?.override?.replaces).toEqual(['group-annual']);
    expect(comp(member(r.members, 'e'), 2025, 'group-annual')).toBeUndefined();
  });

  it('group membership: the two rates are the key\'s parameters, so a scenario can try other rates', () => {
    const members = facts([{ id: 'a', pop: 9_452 }, { id: 'c', pop: 50_001 }], 'gits');
    const tried = run({ ...scenario('sambruk-group'), parameters: { rateSmall: '0.75', rateLarge: '0.45' } }, members);
    // 9 452 * 0.75 = 7 089; 50 001 * 0.45 = 22 500.45
    expect(['a', 'c'].map((id) => annual(tried, id))).toEqual([7_089, 22_500.45]);
    expect(tried.parameters).toEqual({ rateSmall: '0.75', rateLarge: '0.45' });
  });

  it('charges each membership only by its own key: group fees to group members, individual fees to the rest', () => {
    const group = run(scenario('sambruk-group'), facts([{ id: 'a', pop: 9_452 }]), true);
    const individual = run(scenario('sambruk-individual'), facts([{ id: 'a', pop: 9_452 }], 'gits'));
    // Outside a group the group key charges nothing; inside one the individual key charges nothing.
    expect(annual(group, 'a')).toBe(0);
    expect(annual(individual, 'a')).toBe(0);
  });
});

describe('Herrljunga joins Sambruk (group) and Bibblix on 1 April 2022 in the Västra Götaland offer', () => {
  // Population 31 Dec 2021: 9 452; 31 Dec 2022: 9 498; later years grow 0.5 % a year, rounded half-up:
  // 2023: 9 498 * 1.005 = 9 545.49 → 9 545; 2024: 9 545 * 1.005 = 9 592.725 → 9 593; 2025: 9 640.965 → 9 641.
  const facts = demo('vgr-offer.facts.json');
  const sambruk = run(demo('sambruk-group-vgr.scenario.json'), facts, true);
  const bibblix = run(demo('bibblix-vgr.scenario.json'), facts);
  const hs = member(sambruk.members, 'herrljunga');
  const hb = member(bibblix.members, 'herrljunga');

  it('Sambruk: one-time contribution half paid by VGR Regionutveckling, pro-rata annual fee, then a full year', () => {
    // Contribution, band 7 000–15 000: 5 000 kr; VGR RU pays 50 % = 2 500 kr.
    const c = comp(hs, 2022, 'contribution');
    expect(c?.amount).toBe(5_000_00);
    expect(c?.subsidies.map((s) => [s.funder, s.amount])).toEqual([['VGR Regionutveckling', 2_500_00]]);
    // Annual fee 2022: 9 452 * 0.70 * 9/12 (April–December) = 4 962.30 kr
    expect(comp(hs, 2022, 'group-annual')?.amount).toBe(4_962_30);
    expect(comp(hs, 2022, 'group-annual')?.trail?.proRata).toEqual({ mode: 'month', numerator: 9, denominator: 12 });
    expect(year(hs, 2022).net).toBe(5_000_00 + 4_962_30 - 2_500_00);
    // 2023 with the updated population: 9 498 * 0.70 = 6 648.60 kr; no contribution again.
    expect(year(hs, 2023).net).toBe(6_648_60);
    expect(comp(hs, 2023, 'contribution')).toBeUndefined();
    expect(year(hs, 2024).net).toBe(6_681_50); // 9 545 * 0.70
    expect(hs.invoicedVia).toBe('gits');
    expect(sambruk.funders).toEqual([{ funder: 'VGR Regionutveckling', byYear: [2_500_00, 0, 0, 0, 0], total: 2_500_00 }]);
  });

  it('Bibblix: connection fee paid by VGR culture unit, 0.32 kr/inh subsidy in year 1, indexation in year 2, lower management fee from 2026', () => {
    expect(comp(hb, 2022, 'connection')?.amount).toBe(5_000_00);
    expect(comp(hb, 2022, 'connection')?.subsidies[0]?.amount).toBe(5_000_00);
    // Media 9 452 * 1.00 * 9/12 = 7 089.00; management 9 452 * 0.75 * 9/12 = 5 316.75;
    // subsidy 9 452 * 0.32 * 9/12 = 2 268.48 (year 1 only, prorated like the fee).
    expect(comp(hb, 2022, 'media')?.amount).toBe(7_089_00);
    expect(comp(hb, 2022, 'management')?.amount).toBe(5_316_75);
    expect(comp(hb, 2022, 'management')?.subsidies[0]?.amount).toBe(2_268_48);
    expect(year(hb, 2022).gross).toBe(5_000_00 + 7_089_00 + 5_316_75);
    expect(year(hb, 2022).net).toBe(7_089_00 + 5_316_75 - 2_268_48);
    // Year 2 (2023): population 9 498, 1.75 kr/inh, no subsidy: 16 621.50
    expect(year(hb, 2023).net).toBe(16_621_50);
    expect(year(hb, 2023).subsidies).toBe(0);
    // 2026: management 0.65 kr/inh on 9 641 = 6 266.65; media 9 641.00
    expect(comp(hb, 2026, 'management')?.amount).toBe(6_266_65);
    expect(year(hb, 2026).net).toBe(9_641_00 + 6_266_65);
    expect(bibblix.funders[0]?.byYear[0]).toBe(5_000_00 + 2_268_48);
    // The administrative party pays nothing itself.
    expect(member(bibblix.members, 'gits').totalNet).toBe(0);
  });
});

describe('Sambruk budget 2026', () => {
  const kr = (n: number) => n * 100;
  const b = computeBudget([
    { id: 'm', label: 'Medlemsavgifter', kind: 'revenue', amount: kr(4_080_000) },
    { id: 'f', label: 'Förvaltningsandelar', kind: 'revenue', amount: kr(13_086_629) },
    { id: 'mi', label: 'Mediaintäkter', kind: 'revenue', amount: kr(2_377_032) },
    { id: 'k', label: 'Köpta tjänster', kind: 'direct-cost', amount: kr(-8_459_197) },
    { id: 'mk', label: 'Mediakostnader', kind: 'direct-cost', amount: kr(-2_377_032) },
    { id: 'o', label: 'Övriga kostnader', kind: 'other-cost', amount: kr(-3_443_850) },
    { id: 'p', label: 'Personalkostnader', kind: 'other-cost', amount: kr(-5_195_867) },
  ]);
  it('gives revenue 19 543 661, gross result 8 707 432 and result 67 715', () => {
    expect(b.revenue).toBe(kr(4_080_000 + 13_086_629 + 2_377_032));
    expect(b.revenue).toBe(kr(19_543_661));
    expect(b.grossResult).toBe(kr(19_543_661 - 8_459_197 - 2_377_032));
    expect(b.grossResult).toBe(kr(8_707_432));
    expect(b.result).toBe(kr(67_715));
    // 4 080 000 / 19 543 661 = 20.9 % → 21; 13 086 629 / … = 67.0 % → 67; 2 377 032 / … = 12.2 % → 12
    expect(b.lines.slice(0, 3).map((l) => l.percentOfRevenue)).toEqual([21, 67, 12]);
  });
  it('matches the demo budget file', () => {
    const file = demo('sambruk-budget-2026.budget.json') as { lines: { amount: string }[] };
    expect(file.lines.reduce((s, l) => s + Number(l.amount), 0)).toBe(67_715);
  });
});

describe('Skaraborg project manager staff cost', () => {
  it('phases 50 % / 30 % / 20 % by month against an annual cost', () => {
    const r = computeStaffCost({
      annualCost: 600_000_00,
      proRata: 'month',
      periods: [
        { from: '2016-09-01', to: '2016-09-30', share: '50' },
        { from: '2016-10-01', to: '2016-12-31', share: '30' },
        { from: '2017-01-01', to: '2017-06-30', share: '20' },
      ],
    });
    // 600 000 * 50 % * 1/12 = 25 000; * 30 % * 3/12 = 45 000; * 20 % * 6/12 = 60 000
    expect(r.lines.map((l) => l.amount)).toEqual([25_000_00, 45_000_00, 60_000_00]);
    expect(r.byYear).toEqual({ '2016': 70_000_00, '2017': 60_000_00 });
  });
  it('prorates by day in a leap year', () => {
    const r = computeStaffCost({ annualCost: 600_000_00, proRata: 'day', periods: [{ from: '2016-09-01', to: '2016-09-30', share: '50' }] });
    // 600 000 kr * 0.5 * 30/366 = 24 590.1639… → 24 590.16 kr (to the öre, half-up)
    expect(r.total).toBe(2_459_016);
  });
  it('refuses 31 June', () => {
    expect(() => computeStaffCost({ annualCost: 1, proRata: 'day', periods: [{ from: '2018-01-01', to: '2018-06-31', share: '20' }] })).toThrow(/periods\[0\]\.to/);
  });
});
