import { stringify } from 'csv-stringify/browser/esm/sync';

/** A table as shown: header labels and the cell texts (money as the API's exact strings, 万元). */
export interface ShownTable {
  columns: string[];
  rows: string[][];
}

/** CSV text with a UTF-8 byte-order mark, so Excel reads the Chinese correctly. */
export function csvText(table: ShownTable): string {
  return '\uFEFF' + stringify([table.columns, ...table.rows], { record_delimiter: 'windows' });
}

/** Saves the table as a .csv file through a temporary object URL (no request leaves the page). */
export function downloadCsv(table: ShownTable, fileName: string): void {
  const url = URL.createObjectURL(new Blob([csvText(table)], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
