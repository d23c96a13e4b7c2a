import type { IndicatorRecord, ParsedDocument, SourceRef, ValidationIssue } from '../records/types.js';
import { canonicalOrgName, codeKey, departmentKey, documentKey, fundSourceKey, governmentKey, governmentLevel, normName, unitKey } from './keys.js';

/** True the first time `key` is seen in `seen` (and remembers it). */
const firstOf = (seen: Set<string>, key: string) => !seen.has(key) && Boolean(seen.add(key));

/** Provenance properties every per-document node carries. */
const where = (s: SourceRef) => ({ startLine: s.startLine, endLine: s.endLine, raw: s.raw });

/**
 * The properties of a node or relationship the statement CREATEs, without the null ones: on a new
 * record `SET x += {p: null}` stores nothing, so they are parameter bytes for nothing.
 */
function present(props: Record<string, unknown>): Record<string, unknown> {
  // A loop, not Object.entries/fromEntries: this runs for every row (~50k per 100 documents).
  const out: Record<string, unknown> = {};
  for (const key in props) if (props[key] !== null && props[key] !== undefined) out[key] = props[key];
  return out;
}

/** The distinct `{key, name}` of `items` (the first name of a key wins, as the first MERGE would). */
function distinctByKey(items: { key: string | null; name: string | null }[]): { key: string; name: string | null }[] {
  const out = new Map<string, { key: string; name: string | null }>();
  for (const { key, name } of items) if (key !== null && !out.has(key)) out.set(key, { key, name });
  return [...out.values()];
}

/**
 * The parameter rows of every cypher/ingest statement for one document (pure). Keys of the
 * document's own records are sent as their suffix (`k`: "fact:…", "table:3"): the statements prefix
 * them with `<document key>#`, so the document key is sent once per document, not once per row.
 */
export function toRows(doc: ParsedDocument, issues: ValidationIssue[]) {
  const d = doc.document;
  const city = d.city;
  const docKey = documentKey(d);
  const depKey = departmentKey(city, d.issuer);
  const tableSuffix = (index: number) => `table:${index}`;

  // Two projects may share a name in one document: the second gets "#2" in its cross-document key.
  const seen = new Map<string, number>();
  const projectKeys = new Map<string, string>();
  for (const p of doc.projects) {
    const base = `${depKey}|${normName(p.name)}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    projectKeys.set(p.key, n === 1 ? base : `${base}#${n}`);
  }

  const indicatorRow = (i: IndicatorRecord, k: string, owner: string | null, scope: string) => ({
    k,
    owner,
    props: present({
      scope,
      level1: i.level1,
      level2: i.level2,
      name: i.name,
      operator: i.operator,
      target: i.target,
      unitOfMeasure: i.unitOfMeasure,
      targetRaw: i.raw,
      year: d.year,
      ...where(i.source),
    }),
  });

  // A code's later rows with the same spelling (or parent) would add nothing: merge-codes skips them.
  const uses = new Set<string>();
  const parents = new Set<string>();

  const recipient = (name: string) => ({ key: `${governmentKey(city)}|${normName(name)}`, name, level: governmentLevel(name) });

  const facts = doc.facts.map((f) => ({
    k: `fact:${f.key}`,
    t: tableSuffix(f.table.index),
    codeKey: f.subjectScheme && f.subjectCode ? codeKey(f.subjectScheme, f.subjectCode) : null,
    unitKey: f.unitName ? unitKey(city, f.unitName) : null,
    sourceKey: f.sourceOfFunds ? fundSourceKey(f.sourceOfFunds) : null,
    // unit ('万元') is set by create-facts.
    props: present({
      amount: f.amount,
      amountRaw: f.amountRaw,
      unitRaw: f.unitRaw,
      year: f.year,
      direction: f.direction,
      kind: f.kind,
      sourceOfFunds: f.sourceOfFunds,
      subjectScheme: f.subjectScheme,
      subjectCode: f.subjectCode,
      rowIndex: f.rowIndex,
      rowLabel: f.rowLabel,
      column: f.column.join('/'),
      isSubtotal: f.isSubtotal,
      tableRole: f.table.role,
      ...where(f.source),
    }),
  }));

  const projects = doc.projects.map((p) => ({
    k: `project:${p.key}`,
    projectKey: projectKeys.get(p.key)!,
    name: p.name,
    unitKey: p.unitName ? unitKey(city, p.unitName) : null,
    unitName: p.unitName,
    recipients: p.recipients.map(recipient),
    props: present({
      name: p.name,
      year: d.year,
      totalFunds: p.totalFunds,
      fiscalFunds: p.fiscalFunds,
      otherFunds: p.otherFunds,
      unit: '万元',
      period: p.period,
      basis: p.basis,
      goalText: p.goalText,
      disbursementPlan: p.disbursementPlan,
      supervisingDepartment: p.supervisingDepartment,
      isTransfer: p.isTransfer,
      ...where(p.source),
    }),
  }));

  return {
    documentKey: docKey,
    doc: {
      key: docKey,
      cityKey: governmentKey(city),
      city,
      provinceKey: d.province ? governmentKey(d.province) : null,
      province: d.province,
      departmentKey: depKey,
      departmentName: canonicalOrgName(d.issuer) === normName(d.issuer) ? d.issuer : canonicalOrgName(d.issuer),
      // Not `present`: on a stored document (a new version) SET += null removes the old value.
      props: {
        kind: d.kind,
        year: d.year,
        endYear: d.endYear,
        issuer: d.issuer,
        city: d.city,
        title: d.title,
        name: d.title,
        contentHash: d.contentHash,
        fileName: d.fileName,
        lineCount: d.lineCount,
      },
    },
    units: doc.units.map((u) => ({
      key: unitKey(city, u.name),
      name: u.name,
      props: present({ fundingType: u.fundingType, staffCount: u.staffCount, year: u.year, ...where(u.source) }),
    })),
    codes: doc.codes.map((c) => ({
      firstUse: firstOf(uses, `${codeKey(c.scheme, c.code)}|${c.name}`),
      firstParent: firstOf(parents, `${codeKey(c.scheme, c.code)}|${c.parentCode}`),
      key: codeKey(c.scheme, c.code),
      parentKey: c.parentCode ? codeKey(c.scheme, c.parentCode) : null,
      parentCode: c.parentCode,
      scheme: c.scheme,
      code: c.code,
      level: c.level,
      name: c.name,
      ...where(c.source),
    })),
    tables: doc.tables.map((t) => ({ k: tableSuffix(t.index), props: present({ role: t.role, title: t.title, index: t.index, startLine: t.source.startLine, endLine: t.source.endLine }) })),
    // The units and fund sources the facts name, once each: merged before create-facts, which only
    // matches them (one MERGE per unit instead of one per fact).
    // Names travel only here: create-facts matches units and sources by key.
    factUnits: distinctByKey(facts.map((f, i) => ({ key: f.unitKey, name: doc.facts[i]!.unitName }))),
    factSources: distinctByKey(facts.map((f, i) => ({ key: f.sourceKey, name: doc.facts[i]!.sourceOfFunds }))),
    facts,
    projects,
    indicators: [
      ...doc.projects.flatMap((p) => p.indicators.map((i, n) => indicatorRow(i, `project:${p.key}:indicator:${n}`, `project:${p.key}`, 'PROJECT'))),
      ...doc.indicators.map((i, n) => indicatorRow(i, `indicator:${n}`, null, d.kind === 'FUND_BUDGET' ? 'FUND' : 'DEPARTMENT')),
    ],
    transfers: doc.transfers.map((t, n) => ({
      k: `transfer:${n}`,
      recipient: recipient(t.recipient),
      // The payer is printed per row (单位名称): a unit of the department, or the department itself.
      payerUnitKey: normName(t.payer) === normName(d.issuer) ? null : unitKey(city, t.payer),
      payerUnitName: t.payer,
      codeKey: t.subjectCode ? codeKey('FUNCTIONAL', t.subjectCode) : null,
      code: t.subjectCode,
      codeName: t.subjectName,
      project: t.projectKey ? `project:${t.projectKey}` : null,
      projectLink: t.projectLink ?? null,
      props: present({
        payer: t.payer,
        recipient: t.recipient,
        subjectCode: t.subjectCode,
        subjectName: t.subjectName,
        sourceBudget: t.sourceBudget,
        transferType: t.transferType,
        projectName: t.projectName,
        amount: t.amount,
        unit: '万元',
        year: d.year,
        ...where(t.source),
      }),
    })),
    planIndicators: doc.planIndicators.map((p, n) => ({
      k: `plan-indicator:${n}`,
      props: present({
        panel: p.panel,
        name: p.name,
        unitOfMeasure: p.unitOfMeasure,
        baseValue: p.baseValue,
        baseYear: p.baseYear,
        targetValue: p.targetValue,
        targetYear: p.targetYear,
        targetOperator: p.targetOperator ?? null,
        actualValue: p.actualValue ?? null,
        cumulative: p.cumulative,
        nature: p.nature,
        ...where(p.source),
      }),
    })),
    targets: doc.targets.map((t, n) => ({
      k: `target:${n}`,
      props: present({ text: t.text, name: t.subject, subject: t.subject, operator: t.operator, value: t.value, unitOfMeasure: t.unitOfMeasure, year: t.year, ...where(t.source) }),
    })),
    statedFigures: doc.statedFigures.map((s, n) => ({
      k: `stated:${n}`,
      props: present({ subject: s.subject, subjectCode: s.subjectCode, amount: s.amount, previousAmount: s.previousAmount, change: s.change, changePercent: s.changePercent, unit: '万元', ...where(s.source) }),
    })),
    issues: [
      ...issues.map((i, n) => ({
        k: `issue:${n}`,
        facts: i.factKeys.map((fk) => `fact:${fk}`),
        props: present({ stage: 'VALIDATION', rule: i.rule, severity: i.severity, message: i.message, expected: i.expected, actual: i.actual, difference: i.difference, unit: i.unit ?? '万元', table: i.table, startLine: i.startLine, endLine: i.endLine }),
      })),
      ...doc.issues.map((i, n) => ({
        k: `parse-issue:${n}`,
        facts: [] as string[],
        props: present({ stage: 'PARSE', rule: i.code, severity: i.severity, message: i.message, table: i.table, startLine: i.startLine, endLine: i.endLine }),
      })),
    ],
  };
}

export type DocumentRows = ReturnType<typeof toRows>;
