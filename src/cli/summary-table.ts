import type { DocumentSummary, StageSeconds } from '../../loaders/ingest/ingest-types.js';
import { renderTable } from './text-table.js';

/** Seconds with millisecond resolution; "-" for a stage that did not run. */
const secs = (s: number | null): string => (s === null ? '-' : s.toFixed(3));

function stageLine(s: StageSeconds): string {
  return `read ${secs(s.read)}, parse ${secs(s.parse)}, validate ${secs(s.validate)}, write ${secs(s.write)}, total ${secs(s.total)}`;
}

function counted(byKey: Record<string, number>): string {
  const parts = Object.entries(byKey).filter(([, n]) => n > 0).map(([k, n]) => `${k} ${n}`);
  return parts.length ? parts.join(', ') : 'none';
}

/** One two-column table per document: what was read, what was found wrong, what was written. */
export function summaryTable(s: DocumentSummary): string {
  const rows: [string, string][] = [];
  const status = s.ok ? (s.write?.status ?? 'PARSED (dry run)') : `FAILED at ${s.failedStage ?? '?'}`;
  rows.push(['status', status]);
  if (s.error) rows.push(['error', s.error]);
  if (s.document) {
    const d = s.document;
    rows.push(['document', `${d.kind} ${d.year === d.endYear ? d.year : `${d.year}-${d.endYear}`} ${d.issuer}`]);
    rows.push(['title', d.title]);
  }
  if (s.counts) {
    const c = s.counts;
    rows.push(
      ['tables', String(c.tables)],
      ['units', String(c.units)],
      ['subject codes', String(c.codes)],
      ['projects', String(c.projects)],
      ['transfers', String(c.transfers)],
      ['plan indicators', String(c.planIndicators)],
      ['targets', String(c.targets)],
      ['money facts', String(c.facts)],
      ['indicators', `${c.projectIndicators} project, ${c.documentIndicators} department/fund`],
      ['validation issues', `${s.validationIssues.ERROR} ERROR, ${s.validationIssues.WARNING} WARNING, ${s.validationIssues.INFO} INFO`],
      ['parse issues', counted(s.parseIssues)],
    );
  }
  if (s.write) rows.push(['written', `${s.write.documentKey}: ${counted(s.write.counts)}`]);
  rows.push(['seconds', stageLine(s.seconds)]);
  return `${s.file}\n${renderTable([{ header: 'item' }, { header: 'value' }], rows)}`;
}

export function summaryTables(all: readonly DocumentSummary[]): string {
  const failed = all.filter((s) => !s.ok).length;
  const total = all.reduce((t, s) => t + s.seconds.total, 0);
  const foot = `${all.length} file(s): ${all.length - failed} ok, ${failed} failed, ${total.toFixed(2)} s\n`;
  return [...all.map(summaryTable), foot].join('\n');
}
