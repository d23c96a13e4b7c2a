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

/** Latencies (ms), errors and seconds of load, added up over the slices of one way. */
interface Samples {
  latencies: number[];
  errors: number;
  seconds: number;
}

async function slice(request: () => Promise<void>, connections: number, seconds: number, into: Samples): Promise<void> {
  const started = performance.now();
  const end = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < end) {
        const t = performance.now();
        try {
          await request();
        } catch {
          into.errors++;
        }
        into.latencies.push(performance.now() - t);
      }
    }),
  );
  into.seconds += (performance.now() - started) / 1000;
}

function figures(s: Samples): LoadFigures {
  const sorted = s.latencies.sort((a, b) => a - b);
  return { requests: sorted.length, errors: s.errors, p50: round(percentile(sorted, 50), 2), p99: round(percentile(sorted, 99), 2), throughput: round(sorted.length / s.seconds, 1) };
}

/**
 * The same closed-loop load on several ways of asking, `seconds` each, taken in turns: `slices`
 * rounds of seconds/slices per way, so that a slow spell of a shared machine falls on every way
 * instead of on whichever ran then (the ratios between ways are what the bench reports). Then more
 * rounds, all ways still in turns, until every way has `minRequests` latencies: a query of 300 ms
 * gets only ~40 in 3 s at 4 clients, too few for a steady p50.
 */
export async function closedLoops(requests: (() => Promise<void>)[], connections: number, seconds: number, slices = 3, minRequests = 0): Promise<LoadFigures[]> {
  const samples: Samples[] = requests.map(() => ({ latencies: [], errors: 0, seconds: 0 }));
  for (let r = 0; r < slices || samples.some((s) => s.latencies.length < minRequests); r++) {
    for (const [i, request] of requests.entries()) await slice(request, connections, seconds / slices, samples[i]!);
  }
  return samples.map(figures);
}
