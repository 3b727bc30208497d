/**
 * A small evaluator of spreadsheet formula text in IEEE doubles, as a spreadsheet computes it, for
 * the annex's exact shapes: numbers, names (looked up in `vars`), + − × /, comparisons (TRUE = 1),
 * unary minus and ROUND, ROUNDDOWN, ROUNDUP, MIN, MAX, MOD, SUM, IF, SIGN, ABS. ROUND(x,0) rounds half away
 * from zero on the double (std::round, what LibreOffice's ROUND does for 0 decimals).
 *
 * It also watches exactness: every +, − and × whose operands are whole or half-whole numbers is
 * recomputed in BigInt, and a double result that differs (a sum or product past 2^53) is recorded in
 * `inexact`. It is written from the spreadsheet's rules, not from the formula builders, so a test can
 * hold the builders' text against a BigInt computation of the engine's rule.
 */
type Token = { kind: 'num'; value: number } | { kind: 'name'; value: string } | { kind: 'op'; value: string };

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? '';
    if (ch === ' ') {
      i += 1;
    } else if (/[0-9.]/.test(ch)) {
      let j = i;
      while (j < text.length && /[0-9.]/.test(text[j] ?? '')) j += 1;
      if (/[eE]/.test(text[j] ?? '')) {
        j += 1;
        if (/[+-]/.test(text[j] ?? '')) j += 1;
        while (j < text.length && /[0-9]/.test(text[j] ?? '')) j += 1;
      }
      out.push({ kind: 'num', value: Number(text.slice(i, j)) });
      i = j;
    } else if (/[A-Za-z_]/.test(ch)) {
      let j = i;
      while (j < text.length && /[A-Za-z0-9_.]/.test(text[j] ?? '')) j += 1;
      out.push({ kind: 'name', value: text.slice(i, j) });
      i = j;
    } else {
      const two = text.slice(i, i + 2);
      if (two === '<=' || two === '>=' || two === '<>') {
        out.push({ kind: 'op', value: two });
        i += 2;
      } else {
        out.push({ kind: 'op', value: ch });
        i += 1;
      }
    }
  }
  return out;
}

const TWO_53 = 2n ** 53n;

export interface Evaluation {
  readonly value: number;
  /** Operations on whole (or half-whole) numbers whose double result was not exact. */
  readonly inexact: string[];
}

/** Evaluates `formula` (without the leading `=`) with `vars` for its names. */
export function evaluateFormula(formula: string, vars: Readonly<Record<string, number>>): Evaluation {
  const tokens = tokenize(formula);
  let pos = 0;
  const inexact: string[] = [];
  const peek = (): Token | undefined => tokens[pos];
  const expectOp = (op: string): void => {
    const t = tokens[pos];
    if (t?.kind !== 'op' || t.value !== op) throw new Error(`expected ${op} at token ${pos} of ${formula.slice(0, 200)}`);
    pos += 1;
  };
  // Whole and half-whole doubles as BigInt halves, to check + − × exactly.
  const halves = (x: number): bigint | null => (Number.isInteger(x * 2) && Math.abs(x) < 2 ** 60 ? BigInt(x * 2) : null);
  const checked = (op: string, a: number, b: number, result: number): number => {
    const ha = halves(a);
    const hb = halves(b);
    if (ha === null || hb === null) return result;
    let exactHalves: bigint | null = null;
    if (op === '+') exactHalves = ha + hb;
    else if (op === '-') exactHalves = ha - hb;
    else if (op === '*' && (ha * hb) % 2n === 0n) exactHalves = (ha * hb) / 2n;
    if (exactHalves === null) return result;
    const ok = (exactHalves < 0n ? -exactHalves : exactHalves) <= TWO_53 * 2n && BigInt(result * 2) === exactHalves;
    if (!ok || !Number.isFinite(result)) inexact.push(`${a} ${op} ${b} = ${result}`);
    return result;
  };
  const roundHalfAway = (x: number): number => Math.sign(x) * Math.round(Math.abs(x)) + 0;
  const call = (name: string, args: number[]): number => {
    const [a = 0, b = 0, c = 0] = args;
    switch (name.toUpperCase()) {
      case 'ROUND':
        if (b !== 0) {
          const f = 10 ** b;
          return roundHalfAway(a * f) / f;
        }
        return roundHalfAway(a);
      case 'ROUNDDOWN':
        return Math.trunc(a);
      case 'ROUNDUP':
        return Math.sign(a) * Math.ceil(Math.abs(a));
      case 'SIGN':
        return Math.sign(a) + 0;
      case 'ABS':
        return Math.abs(a);
      case 'MIN':
        return Math.min(...args);
      case 'MAX':
        return Math.max(...args);
      case 'MOD':
        return a - b * Math.floor(a / b);
      case 'SUM':
        return args.reduce((s, x) => checked('+', s, x, s + x), 0);
      case 'IF':
        return a !== 0 ? b : c;
      default:
        throw new Error(`unknown function ${name}`);
    }
  };
  const primary = (): number => {
    const t = peek();
    if (!t) throw new Error('unexpected end');
    if (t.kind === 'num') {
      pos += 1;
      return t.value;
    }
    if (t.kind === 'name') {
      pos += 1;
      const next = peek();
      if (next?.kind === 'op' && next.value === '(') {
        pos += 1;
        const args: number[] = [];
        if (!(peek()?.kind === 'op' && peek()?.value === ')')) {
          args.push(comparison());
          while (peek()?.kind === 'op' && peek()?.value === ',') {
            pos += 1;
            args.push(comparison());
          }
        }
        expectOp(')');
        return call(t.value, args);
      }
      const v = vars[t.value];
      if (v === undefined) throw new Error(`no value for ${t.value}`);
      return v;
    }
    if (t.value === '(') {
      pos += 1;
      const v = comparison();
      expectOp(')');
      return v;
    }
    if (t.value === '-') {
      pos += 1;
      return -primary();
    }
    if (t.value === '+') {
      pos += 1;
      return primary();
    }
    throw new Error(`unexpected ${t.value} at token ${pos}`);
  };
  // One level of left-associative binary operators: `next` parses each operand, `apply` combines two.
  const level =
    (ops: readonly string[], next: () => number, apply: (op: string, a: number, b: number) => number) =>
    (): number => {
      let v = next();
      for (;;) {
        const t = peek();
        if (t?.kind !== 'op' || !ops.includes(t.value)) return v;
        pos += 1;
        v = apply(t.value, v, next());
      }
    };
  const term = level(['*', '/'], primary, (op, a, b) => (op === '*' ? checked('*', a, b, a * b) : a / b));
  const sum = level(['+', '-'], term, (op, a, b) => (op === '+' ? checked('+', a, b, a + b) : checked('-', a, b, a - b)));
  const compare: Record<string, (a: number, b: number) => boolean> = { '=': (a, b) => a === b, '<>': (a, b) => a !== b, '<': (a, b) => a < b, '>': (a, b) => a > b, '<=': (a, b) => a <= b, '>=': (a, b) => a >= b };
  const comparison = level(Object.keys(compare), sum, (op, a, b) => (compare[op]?.(a, b) ? 1 : 0));
  const value = comparison();
  if (pos !== tokens.length) throw new Error(`trailing tokens at ${pos} of ${formula.slice(0, 200)}`);
  return { value, inexact };
}

/** n/d rounded to a whole number with `mode` in BigInt (n, d ≥ 0): the engine's rule, written independently. */
export function roundRatio(n: bigint, d: bigint, mode: 'half-up' | 'half-even' | 'down' | 'up'): bigint {
  const q = n / d;
  const r = n - q * d;
  switch (mode) {
    case 'down':
      return q;
    case 'up':
      return r > 0n ? q + 1n : q;
    case 'half-up':
      return 2n * r >= d ? q + 1n : q;
    case 'half-even':
      return 2n * r > d || (2n * r === d && q % 2n === 1n) ? q + 1n : q;
  }
}
