/**
 * Exact pool shares at magnitudes where the direct formula is not.
 *
 * A pool share is `Pool × Share × weight / (100 × Σ weights)` in minor units. The direct formula
 * `ROUND(Pool_2017*100*Share_population*D6/(Total_population_2017*100),0)` is exact only while the
 * numerator N stays well inside IEEE doubles (spreadsheets compute in doubles): a pool of
 * 13.9 million kronor, a share of 85 and a municipality of a million inhabitants make N ≈ 1.2·10^17,
 * far past 2^53, and LibreOffice then lands 0.01 below the engine in a dozen rows. Beyond
 * DIRECT_LIMIT (2^46, which also keeps LibreOffice's 15-digit approximations in ROUNDDOWN, ROUNDUP
 * and MOD away from every result) the annex writes the *split* shape instead, a long division over
 * the pool in whole blocks of powers of a block K (splitAmount below has the steps):
 *
 *   prefixes Pj = ⌊X / K^(n−1−j)⌋ (parameters PoolBlocks_2017, PoolBlocks2_2017, …; the last is X),
 *   the share as the fraction s/d of the pool (85 % = 17/20), Y = s × weight, M = d × Σ weights,
 *   per prefix the named quotient Pj·s/M (PoolPerWeight1_population_2017, …), so Gj = ROUND(quotient × weight),
 *   exact remainders E(j+1) = K·Ej + x(j+1)·Y − (G(j+1) − K·Gj)·M, and the amount G + E/M rounded once.
 *
 * Every remainder is a whole number below K·(4M + Y) < 2^52, and the final rounding (splitRound)
 * decides by the sign of whole numbers below 3.2·M, never by a division near a tie, so it is exact for
 * any rounding unit. K is the largest power of ten with K·(4M + Y) < 2^52, n the fewest digits that
 * hold the pool, so any pool the engine accepts (at most 10^13 minor units, src/shared/calc/limits.ts)
 * fits; each remainder refers to the one before once, so a formula grows linearly with n. With 12
 * million inhabitants, a share of 17/20 and pro rata by day, M ≈ 9·10^10, K = 10 000 and n = 4.
 *
 * Where no K ≥ 2 fits (M past about 5.6·10^14: a share with many decimals, pro rata by day and a large
 * population) or the split formula would pass FORMULA_MAX, the *expansion* shape (expansionAmount)
 * writes the member's weight times the constant X·s/(d·W) digit by digit instead; the same shape holds
 * percent adjustments with many decimals and shares of large charges (ratioUnits). No amount the engine
 * accepts falls back to an inexact formula.
 */
import type { RoundingRule } from './annex-input';

/** Below this every numerator of a direct formula is exact and far from LibreOffice's approximations. */
export const DIRECT_LIMIT = 2 ** 46;
/**
 * From this many rounding units LibreOffice's ROUNDDOWN and ROUNDUP misround (measured in 7.4:
 * ROUNDUP(100086322748.15,0) = 100086322748, ROUNDDOWN(100086322748.85,0) = 100086322749), so a
 * direct formula that rounds down or up stays below it; the exact shapes use ROUND only.
 */
export const DIRECT_QUOTIENT = 10 ** 9;
/** Every intermediate of the split shape stays below this. */
export const SPLIT_LIMIT = 2 ** 52;

/**
 * The block K: the largest power of ten with K·(4M + Y) < 2^52 (else 2 when that fits), or null
 * (then the direct shape stays). Every remainder of the split shape stays below K·(4M + Y).
 */
export function splitBlock(m: number, yMax: number): number | null {
  let best: number | null = null;
  for (let k = 1; k <= 15; k += 1) {
    const block = 10 ** k;
    if (block * (4 * m + yMax) >= SPLIT_LIMIT) break;
    best = block;
  }
  if (best === null && 2 * (4 * m + yMax) < SPLIT_LIMIT) best = 2;
  return best;
}

/** How many digits x in base `block` the amount needs (at least two: whole blocks and the rest). */
export function splitDigits(x: number, block: number): number {
  let digits = 2;
  while (block ** digits <= x) digits += 1;
  return digits;
}

/** T / MU rounded to a whole number with `mode`, exactly, for whole 0 ≤ T < 2^52 and MU < 2^52 (formula texts). */
export function exactRound(t: string, mu: string, mode: RoundingRule['mode']): string {
  const down = `ROUND((${t}-(${mu}-1)/2)/(${mu}),0)`;
  switch (mode) {
    case 'half-up':
      return `ROUND((${t})/(${mu}),0)`;
    case 'down':
      return down;
    case 'up':
      return `ROUND((${t}+(${mu}-1)/2)/(${mu}),0)`;
    case 'half-even': {
      // R = ROUND(T/MU) rounds a tie up; a tie is exactly 2·T = (2R − 1)·MU, and then an odd R steps back to the even one.
      const r = `ROUND((${t})/(${mu}),0)`;
      return `(${r}-(2*(${t})=(2*${r}-1)*${mu})*MOD(${r},2))`;
    }
  }
}

export interface PoolSplit {
  /**
   * The pool in whole blocks of K^(n−1), of K^(n−2), …, of K (names on the parameters sheet), and
   * last the pool itself in minor units (a formula): Pj = ⌊X / K^(n−1−j)⌋, each below K times the one before.
   */
  readonly prefixes: readonly string[];
  readonly block: number;
}

/**
 * X·Y/M rounded to `unit` minor units, as a number of rounding units, by long division over the
 * pool's prefixes Pj = ⌊X / K^(n−1−j)⌋ (digit x(j+1) = P(j+1) − K·Pj, below K):
 *
 *   Gj = ROUND(Pj·Y/M, 0)   (a float quotient: within 0.56 of Pj·Y/M, as Pj·Y/M ≤ X ≤ 10^13 and
 *                           `quotient(j)` writes it as a named Pj·s/M, kept to 15 significant
 *                           digits, times the member's weight: relative error below 6·10^-15)
 *   Ej = Pj·Y − Gj·M        (exact, |Ej| ≤ 0.56·M), by E0 = x0·Y − G0·M and
 *   E(j+1) = K·Ej + x(j+1)·Y − (G(j+1) − K·Gj)·M   (every term an exact integer below K·(4M + Y))
 *   X·Y/M = G + E/M  with G = G(n−1), E = E(n−1)
 *
 * Then the rounding to units of u (splitRound): with G = u·Q + r (0 ≤ r < u), X·Y/(M·u) = Q + f
 * where u·f = r + E/M lies in (−0.56, u − 0.44); the amount is Q, Q − 1 or Q + 1, decided by the
 * sign of a whole number such as c·M + 2E with c = r's distance to the tie clamped to −2…2 (never
 * r·M, which can pass 2^53): no division near a tie, every term below 3.2·M. Each E refers to the
 * one before once, so the formula grows linearly with the number of digits. `y` and `m` are
 * products of names and cells whose values are whole numbers.
 */
export function splitAmount(split: PoolSplit, y: string, m: string, rule: RoundingRule, quotient: (j: number) => string): string {
  const { prefixes, block: k } = split;
  const p = (j: number): string => prefixes[j] ?? '0';
  const g = (j: number): string => `ROUND(${quotient(j)},0)`;
  let e = `(${p(0)}*${y}-${g(0)}*${m})`;
  for (let j = 1; j < prefixes.length; j += 1) {
    e = `(${k}*${e}+(${p(j)}-${k}*${p(j - 1)})*${y}-(${g(j)}-${k}*${g(j - 1)})*${m})`;
  }
  return splitRound(g(prefixes.length - 1), e, m, rule);
}

/**
 * (G·M + E) / (M·u) rounded with the rule's mode, for whole G ≥ 0, M ≥ 1 and |E| ≤ 0.56·M with
 * 4·M < 2^52 (formula texts; `e` is referred to once, or twice for half-even).
 *
 * With Q = ⌊G/u⌋ and r = G − u·Q, the exact value is Q + (r + E/M)/u, and (r + E/M)/u lies in
 * (−0.56/u, 1 − 0.44/u), so the amount is Q plus:
 *   u ≥ 2: half-up [c·M + 2E ≥ 0], down −[r'·M + E < 0], up [r'·M + E > 0],
 *          half-even [c·M + 2E > 0] + [c·M + 2E = 0]·(Q odd)
 *          with c = 2r − u clamped to −2…2 and r' = MIN(r, 1): since |2E| ≤ 1.12·M, a larger factor
 *          of M decides alone, so the tested number stays below 3.2·M (never r·M, which can pass 2^53);
 *   u = 1: half-up ⌊(2E + M)/(2M)⌋ = ROUND((4E + 1)/(4M)), down −[E < 0], up [E > 0], half-even
 *          ROUND(E/M) from an odd G (ties away from it), ROUND((2E − SIGN(E))/(2M)) from an even one
 *          (ties back to it): a quotient below 0.6 whose distance from ±½, at least 1/(4M), is far
 *          more than a double's error there. Every test compares whole numbers with 0.
 */
export function splitRound(g: string, e: string, m: string, rule: RoundingRule): string {
  const u = rule.unit;
  const parity = (x: string): string => `(${x}-2*ROUND((${x}-0.5)/2,0))`;
  if (u === 1) {
    switch (rule.mode) {
      case 'half-up':
        return `(${g}+ROUND((4*${e}+1)/(4*${m}),0))`;
      case 'down':
        return `(${g}-(${e}<0))`;
      case 'up':
        return `(${g}+(${e}>0))`;
      case 'half-even':
        // Q's parity as Q − 2·⌊Q/2⌋ (ROUND of (Q − ½)/2, exact), not MOD, which LibreOffice approximates to 15 digits.
        return `(${g}+ROUND((2*${e}-(1-${parity(g)})*SIGN(${e}))/(2*${m}),0))`;
    }
  }
  const q = `ROUND((${g}-${(u - 1) / 2})/${u},0)`;
  const r = `(${g}-${u}*${q})`;
  const upper = `(MIN(MAX(2*${r}-${u},-2),2)*${m}+2*${e})`;
  switch (rule.mode) {
    case 'half-up':
      return `(${q}+(${upper}>=0))`;
    case 'down':
      return `(${q}-(MIN(${r},1)*${m}+${e}<0))`;
    case 'up':
      return `(${q}+(MIN(${r},1)*${m}+${e}>0))`;
    case 'half-even':
      return `(${q}+(${upper}>0)+(${upper}=0)*${parity(q)})`;
  }
}

/**
 * A · p / D rounded to whole rounding units, exactly, for a whole number A < 2^52 of minor units
 * (a fee, a charge), a small whole multiplier p (presence, a percentage) and a small divisor D
 * (12 or the days of the year, × 100 for a percentage, × the rounding unit): A = F·D + (A − F·D)
 * with F = ⌊A / D⌋, so A·p/D = F·p + (A − F·D)·p / D, where F·p is at most the amount and the
 * rest is a small exact number. `a` and `p` are formula texts, `d` = D.
 */
export function smallRatioAmount(a: string, p: string, d: number, mode: RoundingRule['mode']): string {
  if (d === 1) return p === '1' ? a : `${a}*${p}`;
  const f = `ROUND((${a}-${(d - 1) / 2})/${d},0)`;
  const fp = p === '1' ? f : `${f}*${p}`;
  const b = p === '1' ? `(${a}-${f}*${d})` : `(${a}-${f}*${d})*${p}`;
  switch (mode) {
    case 'half-up':
      return `${fp}+ROUND(${b}/${d},0)`;
    case 'down':
      return `${fp}+ROUNDDOWN(${b}/${d},0)`;
    case 'up':
      return `${fp}+ROUNDUP(${b}/${d},0)`;
    case 'half-even': {
      // The rest is small, so its floor K and the tie 2·(B − K·D) = D are exact; a tie goes to the even total.
      const k = `ROUNDDOWN(${b}/${d},0)`;
      return `IF(2*(${b}-${k}*${d})=${d},${fp}+${k}+MOD(${fp}+${k},2),${fp}+ROUND(${b}/${d},0))`;
    }
  }
}

/** Every intermediate of the expansion shape stays below this (so x − (B − 1)/2 is exact too). */
const EXPANSION_LIMIT = 2 ** 51;

/**
 * ⌊x / B⌋ for a whole 0 ≤ x ≤ xMax < 2^53 (formula text): below 2^51 by ROUND((x − (B − 1)/2)/B);
 * above, q = ROUND(x/B) − 1 is ⌊x/B⌋ or one less (B·q stays below x, inside 2^53), and x − B·q ≥ B says which.
 */
function floorBy(x: string, xMax: number, base: number): string {
  if (xMax < EXPANSION_LIMIT) return `ROUND((${x}-${(base - 1) / 2})/${base},0)`;
  const q = `(ROUND(${x}/${base},0)-1)`;
  return `(${q}+(${x}-${base}*${q}>=${base}))`;
}

/** The `count` digits of a whole 0 ≤ a ≤ aMax < 2^53 (formula text) in base B, lowest first, each with its largest value. */
function digitsOf(a: string, aMax: number, base: number, count: number): { text: string; max: number }[] {
  if (count === 1) return [{ text: a, max: aMax }];
  const high = floorBy(a, aMax, base);
  const low = { text: `(${a}-${base}*${high})`, max: base - 1 };
  return [low, ...digitsOf(high, Math.floor(aMax / base), base, count - 1)];
}

/** The digits of a non-negative BigInt in base B, lowest first. */
function bigDigits(x: bigint, base: bigint): number[] {
  const out: number[] = [];
  let rest = x;
  while (rest > 0n) {
    out.push(Number(rest % base));
    rest /= base;
  }
  return out;
}

/**
 * ⌊(α·A + C) / B^k⌋ for whole α and C < B^k (their digits) and the digits of A: the product digit by
 * digit, the carries from the lowest position up (each a ROUND of a whole number below 2^51 over B),
 * and the positions from B^k up added as they are (together at most the amount).
 */
function floorOfProduct(alpha: readonly number[], c: readonly number[], a: readonly { text: string }[], k: number, base: number): string {
  return floorOfSum([{ alpha, a }], c, k, base);
}

/** The expansion formula in base B with A in `count` digits, or null when a position's sum could pass 2^51. */
function expansionIn(a: string, aMax: number, n: bigint, d: bigint, mode: RoundingRule['mode'], base: number, count: number): string | null {
  if (base ** count <= aMax) return null;
  const digits = digitsOf(a, aMax, base, count);
  // A position adds at most one product per digit of A, each below B × that digit's largest value, plus C's digit and the carry.
  const sum = digits.reduce((t, digit) => t + (base - 1) * digit.max, 0);
  if (sum + base + sum / base + 1 >= EXPANSION_LIMIT) return null;
  const big = BigInt(base);
  let k = 1;
  while (big ** BigInt(k) < 8n * d * BigInt(Math.max(1, aMax))) k += 1;
  const scale = big ** BigInt(k);
  const alpha = bigDigits((n * scale) / d, big);
  const beta = (scale + 2n * d) / (4n * d);
  // Up is ⌊V + 1 − t⌋ for 0 < t < 1/d (⌈V⌉); half-up ⌊V + ½ + t⌋ for 0 < t < 1/(2d).
  const chain = (c: bigint): string => floorOfProduct(alpha, bigDigits(c, big), digits, k, base);
  switch (mode) {
    case 'down':
      return chain(beta);
    case 'up':
      return chain(scale - beta);
    case 'half-up':
      return chain(scale / 2n + beta);
    case 'half-even': {
      const up = chain(scale / 2n + beta);
      const tie = tieTest(a, aMax, n, d);
      // On a tie half-up gave the upper neighbour; an odd one steps back to the even. MOD of a whole
      // number below 2^46 is exact in LibreOffice (its 15-digit approximation only bites beyond).
      return tie === null ? up : `(${up}-${tie}*MOD(${up},2))`;
    }
  }
}

/** x⁻¹ modulo m (gcd(x, m) = 1), by the extended Euclidean algorithm. */
function inverseMod(x: bigint, m: bigint): bigint {
  let [r0, r1] = [x % m, m];
  let [s0, s1] = [1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  return ((s0 % m) + m) % m;
}

/**
 * The test (formula text, 1 or 0) that A·n/d is a tie k + ½, or null when no A ≤ aMax makes one:
 * 2·A·n ≡ d (mod 2d) has solutions only when g = gcd(2n, 2d) divides d, and then they are the A
 * with A ≡ A0 (mod P), P = 2d/g, A0 = (d/g)·(2n/g)⁻¹ mod P — one comparison of whole numbers.
 */
function tieTest(a: string, aMax: number, n: bigint, d: bigint): string | null {
  const gcd = (x: bigint, y: bigint): bigint => (y === 0n ? x : gcd(y, x % y));
  const g = gcd(2n * n, 2n * d);
  if (d % g !== 0n) return null;
  const period = (2n * d) / g;
  const a0 = ((d / g) * inverseMod((2n * n) / g, period)) % period;
  if (a0 > BigInt(aMax)) return null;
  if (period > BigInt(aMax)) return `(${a}=${a0})`;
  const p = Number(period);
  return `(${a}-${p}*${floorBy(a, aMax, p)}=${a0})`;
}

/** The shortest base and digit count per shape (chosen on a placeholder of the same length as the real text). */
const expansionChoice = new Map<string, { base: number; count: number }>();

/**
 * A·n/d rounded to a whole number with `mode`, exactly, for a whole 0 ≤ A ≤ aMax < 2^53 (formula
 * text) and any whole n ≥ 0, d ≥ 1, however large: the *expansion* shape, for what the split shape
 * cannot hold (a divisor past 2^49, a multiplier with many digits).
 *
 * V = A·n/d is a multiple of 1/d. The annex writes α = n/d to k digits in a base B (a power of ten),
 * with B^k ≥ 8·d·aMax, as the whole number α_k = ⌊n·B^k/d⌋, so A·α_k/B^k lies in (V − 1/(8d), V]; a
 * bias β = B^k/(4d) (rounded) then lands strictly between V and its neighbours on the grid of 1/(2d):
 *
 *   down  ⌊(A·α_k + β) / B^k⌋   up  ⌊(A·α_k + B^k − β) / B^k⌋   half-up  ⌊(A·α_k + B^k/2 + β) / B^k⌋
 *   half-even = half-up − tie × MOD(half-up, 2), where tie (A·n/d = k + ½) is a congruence on A (tieTest)
 *
 * each ⌊…⌋ computed digit by digit (floorOfProduct; A in one to three digits of B), every
 * intermediate a whole number below 2^51. The digits of α are constants in the formula (computed
 * exactly here); B and the number of A's digits are the pair giving the shortest formula.
 */
export function expansionAmount(a: string, aMax: number, n: bigint, d: bigint, mode: RoundingRule['mode']): string {
  if (n === 0n) return '0';
  const key = `${aMax}|${n}|${d}|${mode}|${a.length}`;
  let choice = expansionChoice.get(key);
  if (!choice) {
    const placeholder = 'A'.repeat(a.length);
    let best: { base: number; count: number; length: number } | null = null;
    for (let count = 1; count <= 3; count += 1) {
      for (let e = 1; e <= 8; e += 1) {
        const text = expansionIn(placeholder, aMax, n, d, mode, 10 ** e, count);
        if (text !== null && (best === null || text.length < best.length)) best = { base: 10 ** e, count, length: text.length };
      }
    }
    if (best === null) throw new Error(`no expansion for ${key}`);
    choice = { base: best.base, count: best.count };
    expansionChoice.set(key, choice);
  }
  return expansionIn(a, aMax, n, d, mode, choice.base, choice.count) ?? '0';
}

/** The longest formula the annex writes for one amount (Excel refuses more than 8 192 characters; the cell adds a few). */
export const FORMULA_MAX = 8_000;

/**
 * A·p/D rounded to whole units with `mode`, exactly, for a whole 0 ≤ A ≤ aMax < 2^53 and a whole
 * 0 ≤ p ≤ pMax (formula texts, `pValue` p's value): smallRatioAmount while its rest (below D·p) stays
 * within 10^14 — where LibreOffice's ROUNDDOWN / ROUNDUP of it still see every digit — and A below
 * 2^51; past that the expansion shape (p/D as digits: the formula then holds p's value, not its name).
 */
export function ratioUnits(a: string, aMax: number, p: string, pValue: number, pMax: number, d: number, mode: RoundingRule['mode']): string {
  if (aMax < 2 ** 51 && d * pMax < 1e14) return smallRatioAmount(a, p, d, mode);
  return expansionAmount(a, aMax, BigInt(pValue), BigInt(d), mode);
}

/** A pool share in the split shape where it fits (and is short enough), else the expansion shape. */
export interface PoolShareShape {
  /** The year's split of the pool with the component's named quotients, or null. */
  readonly split: { readonly split: PoolSplit; readonly y: string; readonly m: string; readonly quotient: (j: number) => string } | null;
  /** The member's weight (formula text) and the sum of all weights W (its largest value). */
  readonly weight: string;
  readonly total: number;
  /** The pool X in minor units and the share s/d of it. */
  readonly pool: number;
  readonly share: { readonly n: number; readonly d: number };
  readonly rule: RoundingRule;
}

/** X·s·w / (d·W) in rounding units, exactly (see splitAmount and expansionAmount). */
export function poolShareUnits(shape: PoolShareShape): string {
  if (shape.split) {
    const { split, y, m, quotient } = shape.split;
    const text = splitAmount(split, y, m, shape.rule, quotient);
    if (text.length <= FORMULA_MAX) return text;
  }
  const n = BigInt(shape.pool) * BigInt(shape.share.n);
  const d = BigInt(shape.share.d) * BigInt(shape.total) * BigInt(shape.rule.unit);
  return expansionAmount(shape.weight, shape.total, n, d, shape.rule.mode);
}

/** One term A·n of an expansion sum: a whole 0 ≤ A ≤ aMax < 2^53 (formula text) and a whole n ≥ 0. */
export interface ExpansionTerm {
  readonly a: string;
  readonly aMax: number;
  readonly n: bigint;
}

const ceilDiv = (x: bigint, y: bigint): bigint => (x + y - 1n) / y;

/**
 * ⌊(Σ A_t·α_t + C) / B^k⌋ for several terms (digits of each α_t and A_t, C < B^k): floorOfProduct's
 * positions with every term's products added, the carries from the lowest position up.
 */
function floorOfSum(pairs: readonly { alpha: readonly number[]; a: readonly { text: string }[] }[], c: readonly number[], k: number, base: number): string {
  const at = (p: number): string[] =>
    pairs.flatMap(({ alpha, a }) =>
      alpha.flatMap((digit, i) => {
        const text = a[p - i]?.text;
        return digit === 0 || text === undefined ? [] : [digit === 1 ? text : `${digit}*${text}`];
      }),
    );
  let carry = '';
  for (let p = 0; p < k; p += 1) {
    const terms = at(p);
    if ((c[p] ?? 0) !== 0) terms.push(String(c[p]));
    if (carry !== '') terms.push(carry);
    carry = terms.length === 0 ? '' : `ROUND((${terms.join('+')}-${(base - 1) / 2})/${base},0)`;
  }
  const top = Math.max(...pairs.map(({ alpha, a }) => alpha.length + a.length));
  const high: string[] = [];
  for (let p = k; p < top; p += 1) {
    const scale = (BigInt(base) ** BigInt(p - k)).toString();
    for (const term of at(p)) high.push(scale === '1' ? term : `${term}*${scale}`);
  }
  if (carry !== '') high.push(carry);
  return high.length === 0 ? '0' : `(${high.join('+')})`;
}

/** expansionSumUnits in base B, each A in the fewest digits that hold it (at most three), or null when a position's sum could pass 2^51. */
function expansionSumIn(terms: readonly ExpansionTerm[], d: bigint, mode: RoundingRule['mode'], base: number): string | null {
  const counts = terms.map((t) => {
    let count = 1;
    while (base ** count <= t.aMax) count += 1;
    return count;
  });
  if (counts.some((count) => count > 3)) return null;
  const digits = terms.map((t, i) => digitsOf(t.a, t.aMax, base, counts[i] ?? 1));
  // A position adds at most one product per digit of each A, each below B × that digit's largest value, plus C's digit and the carry.
  const sum = digits.flat().reduce((s, digit) => s + (base - 1) * digit.max, 0);
  if (sum + base + sum / base + 1 >= EXPANSION_LIMIT) return null;
  // X = Σ A·n / dx lies on the grid of 1/q (q = d, 2d for half-up, 4d for half-even: X = V/2 there); with
  // B^k ≥ 4q·Σ aMax the digits' X̃ lies in (X − 1/(4q), X], and ⌊X + r⌋ (X + r on the grid) is
  // ⌊X̃ + c/B^k⌋ with c = ⌈(r + 1/(2q))·B^k⌉: X̃ + c/B^k then lies strictly between X + r and the next point.
  const dx = mode === 'half-even' ? 2n * d : d;
  const q = mode === 'half-even' ? 4n * d : mode === 'half-up' ? 2n * d : d;
  const aSum = terms.reduce((s, t) => s + BigInt(t.aMax), 0n);
  const big = BigInt(base);
  let k = 1;
  while (big ** BigInt(k) < 4n * q * (aSum > 0n ? aSum : 1n)) k += 1;
  const scale = big ** BigInt(k);
  const pairs = terms.map((t, i) => ({ alpha: bigDigits((t.n * scale) / dx, big), a: digits[i] ?? [] }));
  // ⌊X + rn/rd⌋ as a chain: c = ⌈(rn/rd + 1/(2q))·B^k⌉ = ⌈(2q·rn + rd)·B^k / (2q·rd)⌉.
  const chain = (rn: bigint, rd: bigint): string => floorOfSum(pairs, bigDigits(ceilDiv((2n * q * rn + rd) * scale, 2n * q * rd), big), k, base);
  switch (mode) {
    case 'down':
      return chain(0n, 1n);
    case 'up':
      // ⌈V⌉ = ⌊V + 1 − 1/d⌋ on the grid of 1/d.
      return chain(d - 1n, d);
    case 'half-up':
      return chain(1n, 2n);
    case 'half-even':
      // With Z = (V + ½)/2: half-even(V) = 2⌊Z⌋ + [frac Z > ½] = ⌊V/2 + ¼⌋ + ⌊V/2 + ¾ − 1/(4d)⌋ (a tie k + ½ with k
      // even gives 2⌊Z⌋ = k, with k odd frac Z = 0 and k + 1; no MOD, no tie test).
      return `(${chain(1n, 4n)}+${chain(3n * d - 1n, 4n * d)})`;
  }
}

/**
 * Σ A_t·n_t / d rounded to a whole number with `mode`, exactly, for whole 0 ≤ A_t ≤ aMax_t < 2^53
 * (formula texts) and any whole n_t ≥ 0, d ≥ 1, however large: expansionAmount's shape for a sum of
 * terms, such as marginal band slices times rates with many decimals (marginal-formula.ts). Each α_t =
 * n_t/d is written to k digits of a base B; every intermediate is a whole number below 2^51 while the
 * result is (a result past 2^51 is approximate but stays far above every amount the engine accepts, so
 * a cap still holds it). Each A takes the fewest digits of B that hold it; B is the one giving the shortest formula.
 */
export function expansionSumUnits(terms: readonly ExpansionTerm[], d: bigint, mode: RoundingRule['mode']): string {
  const live = terms.filter((t) => t.n > 0n);
  if (live.length === 0) return '0';
  let best: string | null = null;
  for (let e = 1; e <= 8; e += 1) {
    const text = expansionSumIn(live, d, mode, 10 ** e);
    if (text !== null && (best === null || text.length < best.length)) best = text;
  }
  if (best === null) throw new Error(`no expansion for ${live.length} terms over ${d}`);
  return best;
}
