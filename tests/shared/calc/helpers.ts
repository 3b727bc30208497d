import { AndelError } from '../../../src/shared/errors';

/** Independent largest remainder over exact rationals num_i / den (BigInt), for checking the engine. */
export function largestRemainder(units: bigint, nums: bigint[], den: bigint, ids: string[], weights: bigint[]): bigint[] {
  const floors = nums.map((n) => n / den);
  const rems = nums.map((n, i) => n - (floors[i] as bigint) * den);
  let left = units - floors.reduce((a, b) => a + b, 0n);
  const order = ids.map((_, i) => i).sort((a, b) => {
    const ra = rems[a] as bigint;
    const rb = rems[b] as bigint;
    if (ra !== rb) return ra > rb ? -1 : 1;
    const wa = weights[a] as bigint;
    const wb = weights[b] as bigint;
    if (wa !== wb) return wa > wb ? -1 : 1;
    return (ids[a] as string) < (ids[b] as string) ? -1 : 1;
  });
  const out = [...floors];
  for (const i of order) {
    if (left <= 0n) break;
    out[i] = (out[i] as bigint) + 1n;
    left--;
  }
  return out;
}

/** The AndelError `run` throws (any other throw is passed on); fails when it throws nothing. */
export function refusal(run: () => unknown): AndelError {
  try {
    run();
  } catch (error) {
    if (error instanceof AndelError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}
