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
