/** One measured figure of `npm run bench`. */
export interface BenchResult {
  name: string;
  /** Median of the timed runs (after warm-up). */
  median: number;
  unit: 'ms' | 'MB' | 'KB';
  runs: number;
  /** The target the issue sets, in the same unit, if any. */
  target?: number;
  note?: string;
}

export interface BenchModule {
  run(): Promise<BenchResult[]>;
}
