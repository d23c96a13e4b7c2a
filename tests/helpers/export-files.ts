import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** An export fetched over HTTP and saved to a file (DuckDB cannot read http:// offline). */
export interface Fetched {
  status: number;
  contentType: string;
  bytes: Buffer;
  file: string;
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'budget-graph-export-'));
let n = 0;

export async function fetchToFile(url: string, ext: string): Promise<Fetched> {
  const res = await fetch(url);
  const bytes = Buffer.from(await res.arrayBuffer());
  const file = path.join(dir, `export-${++n}.${ext}`);
  fs.writeFileSync(file, bytes);
  return { status: res.status, contentType: res.headers.get('content-type') ?? '', bytes, file };
}

export function removeFetched(): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

/** A JSON error answer (400/404) from a fetched export. */
export const errorBody = (f: Fetched) => JSON.parse(f.bytes.toString('utf8')) as { error?: { code: string; parameter?: string; message: string }; errors?: { message: string; extensions?: { code?: string } }[] };

/** An in-memory DuckDB: a real consumer reading the exported files. */
export async function duckdb(): Promise<{ rows: (sql: string) => Promise<Record<string, string | number | boolean | null>[]>; close: () => void }> {
  const instance = await DuckDBInstance.create(':memory:');
  const conn: DuckDBConnection = await instance.connect();
  return {
    rows: async (sql) => (await conn.runAndReadAll(sql)).getRowObjectsJson() as Record<string, string | number | boolean | null>[],
    close: () => {
      conn.closeSync();
      instance.closeSync();
    },
  };
}

/** DuckDB SQL reading an exported CSV with every column as text (amounts stay exact strings). */
export const csvTable = (file: string) => `read_csv('${file}', header = true, all_varchar = true)`;
