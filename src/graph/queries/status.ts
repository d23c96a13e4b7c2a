import { cypher } from '../cypher-files.js';
import type { GraphExecutor } from '../executor.js';

export interface ServerInfo {
  name: string;
  version: string;
  edition: string;
}

export interface GraphCounts {
  nodes: number;
  relationships: number;
  documents: number;
}

export async function serverInfo(db: GraphExecutor): Promise<ServerInfo> {
  const [row] = await db.read(cypher('status/server-info'));
  return row as unknown as ServerInfo;
}

export async function graphCounts(db: GraphExecutor): Promise<GraphCounts> {
  const [row] = await db.read(cypher('status/graph-counts'));
  return row as unknown as GraphCounts;
}
