/** A closed-loop load: `connections` clients, each sending its next request when the last answered. */
export interface LoadFigures {
  requests: number;
  errors: number;
  /** Milliseconds. */
  p50: number;
  p99: number;
  /** Requests per second over the run. */
  throughput: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
const round = (x: number, digits: number) => Number(x.toFixed(digits));

export async function closedLoop(request: () => Promise<void>, connections: number, seconds: number): Promise<LoadFigures> {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const end = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < end) {
        const t = performance.now();
        try {
          await request();
        } catch {
          errors++;
        }
        latencies.push(performance.now() - t);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  const sorted = latencies.sort((a, b) => a - b);
  return { requests: sorted.length, errors, p50: round(percentile(sorted, 50), 2), p99: round(percentile(sorted, 99), 2), throughput: round(sorted.length / elapsed, 1) };
}
