/**
 * The graph stage the orchestration calls. Temporary: loaders/graph/write-document.ts is being
 * written on main; until it is merged, writing reports that it is unavailable.
 */
import type { GraphExecutor } from '../../src/graph/executor.js';
import type { ParsedDocument, ValidationIssue } from '../records/types.js';
import type { WriteResult } from './ingest-types.js';

export type DocumentWriter = (db: GraphExecutor, doc: ParsedDocument, issues: ValidationIssue[]) => Promise<WriteResult>;

export const writeDocument: DocumentWriter = () => Promise.reject(new Error('the graph writer (loaders/graph/write-document.ts) is not merged yet'));
