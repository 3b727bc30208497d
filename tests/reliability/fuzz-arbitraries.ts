/**
 * Generators of bad API inputs for the fuzz test. Two sources:
 *  - garbage: any JSON-ish value, huge strings, NaN/Infinity, deep nesting, prototype-pollution keys;
 *  - near misses: an input shaped like the channel's schema (walked from its zod definition) with
 *    one thing wrong: a field missing, an extra field, or a field replaced by a bad value (wrong
 *    type, negative, NaN, Infinity, a huge string, an impossible date, deep nesting, __proto__).
 * The walk knows zod 4's definition types; unknown ones fall back to garbage.
 */
import fc from 'fast-check';
import type { z } from 'zod';

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  valueType?: z.ZodType;
  keyType?: z.ZodType;
  entries?: Record<string, string | number>;
  values?: unknown[];
  items?: z.ZodType[];
  left?: z.ZodType;
  right?: z.ZodType;
  getter?: () => z.ZodType;
  format?: string;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** A deeply nested value: [[[[…]]]] or {a:{a:{…}}}. */
export function deepNesting(depth: number, asObject: boolean): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = asObject ? { a: value } : [value];
  return value;
}

/** Objects whose own keys are __proto__ / constructor / prototype, as JSON.parse (and IPC) would deliver them. */
const pollution = fc.constantFrom(
  JSON.parse('{"__proto__": {"polluted": true}}') as unknown,
  JSON.parse('{"constructor": {"prototype": {"polluted": true}}}') as unknown,
  JSON.parse('{"__proto__": null, "id": 1}') as unknown,
  JSON.parse('{"prototype": {"polluted": true}, "name": "x"}') as unknown,
);

export const badScalars: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(NaN, Infinity, -Infinity, -1, -0, 0, 1.5, -2147483649, 2 ** 53, Number.MAX_VALUE, Number.MIN_VALUE, 1e308),
  fc.constantFrom('', ' ', '\u0000', '2023-02-30', '2023-13-01', '2024-02-30', '0000-00-00', '9999-99-99', '2023-2-3', 'NaN', 'null', '1e400', '../../etc/passwd', "'; DROP TABLE organisations; --"),
  fc.constantFrom('x'.repeat(100_001), 'å'.repeat(70_000), '\u{1F600}'.repeat(30_000)),
  fc.constantFrom(null, undefined, true, false),
  fc.constantFrom(deepNesting(2000, false), deepNesting(2000, true), [], {}),
  fc.string({ maxLength: 40 }),
  fc.integer(),
  fc.double(),
);

export const garbage: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: badScalars },
  { weight: 2, arbitrary: pollution },
  { weight: 3, arbitrary: fc.anything({ maxDepth: 4, withNullPrototype: true, withObjectString: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true }) },
  { weight: 2, arbitrary: fc.dictionary(fc.string({ maxLength: 12 }), badScalars, { maxKeys: 5 }) },
);

/** A plausible value for `schema` (often valid, not always): small ids that exist in the fixture, real dates. */
export function plausible(schema: z.ZodType, depth = 0): fc.Arbitrary<unknown> {
  if (depth > 6) return fc.constant(null);
  const def = defOf(schema);
  switch (def.type) {
    case 'object': {
      const shape = def.shape ?? {};
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [key, child] of Object.entries(shape)) record[key] = plausible(child, depth + 1);
      return fc.record(record, { requiredKeys: Object.keys(shape).filter((key) => !isOptional(shape[key]!)) });
    }
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return def.innerType ? plausible(def.innerType, depth + 1) : garbage;
    case 'pipe':
      return def.in ? plausible(def.in, depth + 1) : garbage;
    case 'lazy':
      return def.getter ? plausible(def.getter(), depth + 1) : garbage;
    case 'array':
      return def.element ? fc.array(plausible(def.element, depth + 1), { maxLength: 3 }) : garbage;
    case 'tuple':
      return fc.tuple(...(def.items ?? []).map((item) => plausible(item, depth + 1)));
    case 'record':
      return def.valueType ? fc.dictionary(fc.constantFrom('a', 'b', 'population', 'equalShare'), plausible(def.valueType, depth + 1), { maxKeys: 2 }) : garbage;
    case 'union':
      return def.options && def.options.length > 0 ? fc.oneof(...def.options.map((option) => plausible(option, depth + 1))) : garbage;
    case 'intersection':
      return def.left ? plausible(def.left, depth + 1) : garbage;
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries ?? { a: 'a' }));
    case 'literal':
      return fc.constantFrom(...(def.values ?? [null]));
    case 'string':
      return fc.constantFrom('2024-01-01', '2019-06-30', 'Skövde', 'population', '15', '0.70', 'a', '2024-01-01T10:00', 'member', 'SEK');
    case 'number':
    case 'int':
      return fc.oneof(fc.integer({ min: 1, max: 6 }), fc.constantFrom(2024, 2019, 1000, 0));
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    default:
      return garbage;
  }
}

function isOptional(schema: z.ZodType): boolean {
  const type = defOf(schema).type;
  return type === 'optional' || type === 'default' || type === 'prefault';
}

/** One thing wrong with a plausible input. */
export function nearMiss(schema: z.ZodType): fc.Arbitrary<unknown> {
  const shape = defOf(schema).type === 'object' ? (defOf(schema).shape ?? {}) : null;
  if (!shape) return garbage;
  const keys = Object.keys(shape);
  const base = plausible(schema) as fc.Arbitrary<Record<string, unknown>>;
  const withoutField = keys.length > 0 ? fc.tuple(base, fc.constantFrom(...keys)).map(([value, key]) => {
    const copy = { ...value };
    delete copy[key];
    return copy;
  }) : base;
  const extraField = fc.tuple(base, fc.constantFrom('extra', '__proto__', 'constructor', 'id2', ''), badScalars).map(([value, key, bad]) => {
    const copy: Record<string, unknown> = { ...value };
    Object.defineProperty(copy, key, { value: bad, enumerable: true, configurable: true, writable: true });
    return copy;
  });
  const badField = keys.length > 0 ? fc.tuple(base, fc.constantFrom(...keys), fc.oneof(badScalars, pollution, fc.constant(deepNesting(500, true)))).map(([value, key, bad]) => ({ ...value, [key]: bad })) : base;
  return fc.oneof(withoutField, extraField, { weight: 3, arbitrary: badField });
}

/** What the fuzz test sends to a channel: a near miss most of the time, plain garbage otherwise. */
export function badInputFor(schema: z.ZodType): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 3, arbitrary: nearMiss(schema) }, { weight: 1, arbitrary: garbage });
}
