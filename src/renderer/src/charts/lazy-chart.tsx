/**
 * Charts drawn with recharts load their code (recharts and d3, some 390 kB) in a chunk of its own
 * when first shown, so a view's first render does not wait for it: the table and figures appear
 * first, and each such chart takes its place, at its final height, when its code has arrived.
 */
import { lazy, Suspense, type ComponentType, type JSX } from 'react';

export function lazyChart<P extends object>(load: () => Promise<ComponentType<P>>, heightOf: (props: P) => number): (props: P) => JSX.Element {
  const Chart = lazy(async () => ({ default: await load() }));
  return function LazyChart(props: P) {
    return (
      <Suspense fallback={<div style={{ height: heightOf(props) }} aria-hidden="true" />}>
        <Chart {...props} />
      </Suspense>
    );
  };
}
