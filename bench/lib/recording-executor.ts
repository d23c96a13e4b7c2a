/**
 * An executor that can note the statements it reads (text and parameters) while `recording` is on,
 * so the bench can replay what one API request sent straight through the driver: the database's
 * share of that request, without GraphQL or HTTP.
 */
import type { Statement } from '../../src/graph/cypher-files.js';
import { GraphExecutor, type Params, type Row } from '../../src/graph/executor.js';

export interface RecordedRead {
  st: Statement;
  params: Params;
}

export class RecordingExecutor extends GraphExecutor {
  recording = false;
  recorded: RecordedRead[] = [];

  override read(st: Statement, params: Params = {}, operation?: string): Promise<Row[]> {
    if (this.recording) this.recorded.push({ st, params });
    return super.read(st, params, operation);
  }

  /** The reads `work` made while recording. */
  async record(work: () => Promise<unknown>): Promise<RecordedRead[]> {
    this.recorded = [];
    this.recording = true;
    try {
      await work();
    } finally {
      this.recording = false;
    }
    return this.recorded;
  }
}
