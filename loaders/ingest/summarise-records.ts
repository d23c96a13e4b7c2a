import type { ParsedDocument, ParseIssue, Severity, ValidationIssue } from '../records/types.js';
import type { DocumentIdentity, RecordCounts } from './ingest-types.js';

export function documentIdentity(doc: ParsedDocument): DocumentIdentity {
  const { kind, year, endYear, issuer, city, title, contentHash } = doc.document;
  return { kind, year, endYear, issuer, city, title, contentHash };
}

export function recordCounts(doc: ParsedDocument): RecordCounts {
  return {
    tables: doc.tables.length,
    units: doc.units.length,
    codes: doc.codes.length,
    projects: doc.projects.length,
    transfers: doc.transfers.length,
    planIndicators: doc.planIndicators.length,
    targets: doc.targets.length,
    facts: doc.facts.length,
    projectIndicators: doc.projects.reduce((n, p) => n + p.indicators.length, 0),
    documentIndicators: doc.indicators.length,
    statedFigures: doc.statedFigures.length,
  };
}

export function emptySeverityCounts(): Record<Severity, number> {
  return { ERROR: 0, WARNING: 0, INFO: 0 };
}

export function issuesBySeverity(issues: readonly ValidationIssue[]): Record<Severity, number> {
  const out = emptySeverityCounts();
  for (const i of issues) out[i.severity]++;
  return out;
}

/** Parse issues counted by code, codes in alphabetical order (stable output). */
export function issuesByCode(issues: readonly ParseIssue[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const code of issues.map((i) => i.code).sort()) out[code] = (out[code] ?? 0) + 1;
  return out;
}
