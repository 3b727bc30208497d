/**
 * A federation council of six municipalities for the vote and minutes tests (unit and e2e): the
 * populations on 2025-12-31, the rule's reference date, add up to 100 000, and the first four hold
 * 46 000 — so four yes votes meet "two thirds of the members" and fail "half of the population".
 */
export const FEDERATION_MEMBERS = [
  { org: 'Alfa kommun', population: 10_000, person: 'Anna Alm' },
  { org: 'Beta kommun', population: 12_000, person: 'Bo Berg' },
  { org: 'Gamma kommun', population: 8_000, person: 'Cecilia Ceder' },
  { org: 'Delta kommun', population: 16_000, person: 'David Dahl' },
  { org: 'Epsilon kommun', population: 30_000, person: 'Eva Ek' },
  { org: 'Zeta kommun', population: 24_000, person: 'Fredrik Fors' },
] as const;
