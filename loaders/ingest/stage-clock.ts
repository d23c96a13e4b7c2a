import type { Stage, StageSeconds } from './ingest-types.js';

/** Times the stages of one file (performance.now: monotonic, milliseconds → seconds). */
export class StageClock {
  private readonly started = performance.now();
  private readonly seconds: Record<Stage, number | null> = { read: null, parse: null, validate: null, write: null };

  /** Runs `work` as `stage`, recording its seconds even when it throws. */
  async time<T>(stage: Stage, work: () => T | Promise<T>): Promise<T> {
    const t0 = performance.now();
    try {
      return await work();
    } finally {
      this.seconds[stage] = (performance.now() - t0) / 1000;
    }
  }

  result(): StageSeconds {
    return { ...this.seconds, total: (performance.now() - this.started) / 1000 };
  }
}
