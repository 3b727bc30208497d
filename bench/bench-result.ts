/** One measured figure of `npm run bench`. */
export interface BenchResult {
  name: string;
  /** Median of the timed runs (after warm-up). */
  median: number;
  unit: 'ms' | 'MB' | 'KB';
  runs: number;
  /** CPU time (user + system) of the same runs' median, in ms, where measured. */
  cpu?: number;
  /** The 1-minute load average while it was measured (the highest over its runs). */
  load?: number;
  /** The target the issue sets, in the same unit, if any. */
  target?: number;
  note?: string;
}

export interface BenchModule {
  run(): Promise<BenchResult[]>;
}

/** Held against CPU time where it was measured: on a shared machine the wall clock also counts
 * the other processes' turns, so a wall-time verdict says more about the neighbours than the code. */
export function verdict(result: BenchResult): string {
  if (result.target === undefined) return '';
  const held = result.cpu ?? result.median;
  return `${held <= result.target ? 'met' : 'NOT met'} (${result.cpu === undefined ? 'wall' : 'CPU'})`;
}
