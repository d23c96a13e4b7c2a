import { stringify } from 'csv-stringify';
import type { Response } from 'express';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export type Cell = string | number | boolean | null;
export type FlatRow = Record<string, unknown>;
export type ExportFormat = 'csv' | 'json';

/** A cell as text: null → empty; booleans as true/false; numbers and decimal strings as they are. */
const cellText = (v: unknown): string => (v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));
const cellJson = (v: unknown): Cell => (v === undefined || v === null ? null : typeof v === 'object' ? JSON.stringify(v) : (v as Cell));

/**
 * Writes rows as CSV (UTF-8 with BOM so Excel reads Chinese; RFC 4180 quoting; CRLF) or as a JSON
 * array of objects, in the given column order, streaming: each row is written as it comes.
 * The first row is read before any header is sent, so a database failure up front is still a
 * clean JSON error; a failure later can only cut the response.
 */
export async function writeRows(res: Response, rows: AsyncIterable<FlatRow>, columns: string[], format: ExportFormat, fileName: string): Promise<void> {
  const it = rows[Symbol.asyncIterator]();
  const first = await it.next();
  async function* all(): AsyncGenerator<FlatRow> {
    if (!first.done) yield first.value;
    for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
  }
  if (format === 'csv') {
    res.status(200).type('text/csv; charset=utf-8').setHeader('content-disposition', `inline; filename="${fileName}.csv"`);
    const csv = stringify({ bom: true, header: true, columns, record_delimiter: 'windows', quoted_match: /^\s|\s$/ });
    const source = Readable.from((async function* () {
      for await (const row of all()) yield columns.map((c) => cellText(row[c]));
    })());
    await pipeline(source, csv, res);
    return;
  }
  res.status(200).type('application/json; charset=utf-8').setHeader('content-disposition', `inline; filename="${fileName}.json"`);
  const source = Readable.from((async function* () {
    yield '[';
    let n = 0;
    for await (const row of all()) {
      yield `${n++ === 0 ? '\n' : ',\n'}${JSON.stringify(Object.fromEntries(columns.map((c) => [c, cellJson(row[c])])))}`;
    }
    yield n === 0 ? ']\n' : '\n]\n';
  })());
  await pipeline(source, res);
}
