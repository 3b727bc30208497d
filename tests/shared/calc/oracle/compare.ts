/**
 * Puts the live engine's result and the oracle's side by side in one plain shape (numbers as
 * BigInt text), so a difference reads as "member m01, 2021, component f2: 1200 != 1199".
 */
import type { ScenarioResult } from '../../../../src/shared/calc';
import type { OracleResult } from './oracle';

const s = (v: bigint | number | null): string | null => (v === null ? null : String(v));

/** Differences between the engine's result and the oracle's (empty when they agree to the öre). */
export function differences(live: ScenarioResult, o: OracleResult): string[] {
  const out: string[] = [];
  const same = (label: string, got: unknown, want: unknown): void => {
    const g = JSON.stringify(got);
    const w = JSON.stringify(want);
    if (g !== w) out.push(`${label}: engine ${g} != oracle ${w}`);
  };
  same('members', live.members.map((m) => m.id).sort(), [...o.members.keys()].sort());
  for (const m of live.members) {
    const rows = o.members.get(m.id);
    if (!rows) continue;
    let totalGross = 0n;
    let totalNet = 0n;
    m.years.forEach((y, t) => {
      const r = rows[t];
      if (!r) return out.push(`${m.id} ${y.year}: no oracle row`);
      const at = `${m.id} ${y.year}`;
      same(`${at} year`, y.year, r.year);
      same(`${at} charged`, y.charged, r.charged);
      same(`${at} components`, y.components.map((c) => [c.componentId, s(c.amount), s(c.subsidies.reduce((a, b) => a + b.amount, 0))]), r.components.map((c) => [c.componentId, s(c.amount), s(c.subsidies)]));
      same(`${at} poolTotal`, s(y.poolTotal), s(r.poolTotal));
      same(`${at} roundingAdjustment`, s(y.roundingAdjustment), s(r.roundingAdjustment));
      same(`${at} adjustments`, y.adjustments.map((a) => s(a.amount)), r.adjustments.map(s));
      same(`${at} adjustment`, s(y.adjustment), s(r.adjustments.reduce((a, b) => a + b, 0n)));
      same(`${at} gross/subsidies/net`, [y.gross, y.subsidies, y.net].map(s), [r.gross, r.subsidies, r.net].map(s));
      totalGross += r.gross;
      totalNet += r.net;
    });
    same(`${m.id} totals`, [s(m.totalGross), s(m.totalNet)], [s(totalGross), s(totalNet)]);
  }
  same(
    'totals',
    live.totals.map((t) => [t.year, s(t.costs), s(t.pool), s(t.gross), s(t.subsidies), s(t.net), s(t.adjustments), t.chargedMembers]),
    o.totals.map((t) => [t.year, s(t.costs), s(t.pool), s(t.gross), s(t.subsidies), s(t.net), s(t.adjustments), t.chargedMembers]),
  );
  live.totals.forEach((t, i) => {
    const ot = o.totals[i];
    if (!ot) return;
    // The engine may list a component nobody was charged as 0; the oracle lists charged components only.
    for (const id of new Set([...Object.keys(t.byComponent), ...Object.keys(ot.byComponent)])) {
      const got = String(t.byComponent[id] ?? 0);
      const want = String(ot.byComponent[id] ?? 0n);
      if (got !== want) out.push(`totals ${t.year} byComponent ${id}: engine ${got} != oracle ${want}`);
    }
  });
  const funders = [...o.funders.entries()].filter(([, v]) => v.some((x) => x !== 0n));
  same(
    'funders',
    live.funders.filter((f) => f.byYear.some((x) => x !== 0)).map((f) => [f.funder, f.byYear.map(s), s(f.total)]).sort(),
    funders.map(([f, v]) => [f, v.map(s), s(v.reduce((a, b) => a + b, 0n))]).sort(),
  );
  same('funding', live.funding.byYear.map((f) => [f.year, s(f.secured), s(f.expected), s(f.uncertain), s(f.total)]), o.funding.map((f) => [f.year, s(f.secured), s(f.expected), s(f.uncertain), s(f.secured + f.expected + f.uncertain)]));
  same(
    'balance',
    live.balance.map((b) => [b.year, s(b.memberCharges), s(b.subsidies), s(b.externalFunding), s(b.plannedMemberFunding), s(b.balance)]),
    o.balance.map((b) => [b.year, s(b.memberCharges), s(b.subsidies), s(b.externalFunding), s(b.plannedMemberFunding), s(b.balance)]),
  );
  return out;
}
