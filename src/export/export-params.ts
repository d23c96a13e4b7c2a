import { z } from 'zod';
import { DocumentKind, Direction, MoneyKind, TableRole } from '../graph/analytics/vocabulary.js';
import type { ExportTable } from '../graph/exports/export-rows.js';

/** Query parameters arrive as strings (a repeated one as an array): take one non-empty string. */
const text = z.string().trim().min(1).max(200);
const year = z.coerce.number().int().min(1900).max(2200);
const bool = z.enum(['true', 'false']).transform((v) => v === 'true');
const code = z.string().regex(/^\d{1,9}$/, 'expected a subject code prefix of digits');
const format = z.enum(['csv', 'json']).default('csv');

const common = { format, city: text.optional(), year: year.optional(), documentKey: text.optional() };

/** One strict schema per export: an unknown or malformed parameter is a 400 naming it. */
export const EXPORT_PARAMS: Record<ExportTable, z.ZodType<Record<string, string | number | boolean | undefined> & { format: 'csv' | 'json' }>> = {
  facts: z.strictObject({
    ...common,
    documentKind: z.enum(Object.values(DocumentKind)).optional(),
    department: text.optional(),
    unit: text.optional(),
    kind: z.enum(Object.values(MoneyKind)).optional(),
    direction: z.enum(Object.values(Direction)).optional(),
    tableRole: z.enum(Object.values(TableRole)).optional(),
    subjectCode: code.optional(),
    fundSource: text.optional(),
    includeSubtotals: bool.default(false),
  }),
  projects: z.strictObject({ ...common, department: text.optional() }),
  indicators: z.strictObject({ ...common, scope: z.enum(['PROJECT', 'DEPARTMENT', 'FUND']).optional() }),
  transfers: z.strictObject({ ...common, subjectCode: code.optional() }),
  'validation-issues': z.strictObject({
    ...common,
    rule: text.optional(),
    severity: z.enum(['ERROR', 'WARNING', 'INFO']).optional(),
    stage: z.enum(['PARSE', 'VALIDATION']).optional(),
  }),
};

/** The format parameter alone (saved queries and the Fiscal Data Package take other parameters). */
export const formatParam = z.strictObject({ format });

/** One sentence naming the first bad parameter, for a 400 answer. */
export function describeIssue(error: z.ZodError): { parameter: string; message: string } {
  const issue = error.issues[0];
  if (issue?.code === 'unrecognized_keys') {
    return { parameter: issue.keys.join(', '), message: `Unknown query parameter: ${issue.keys.join(', ')}.` };
  }
  const parameter = String(issue?.path[0] ?? 'query');
  return { parameter, message: `Query parameter ${parameter} is invalid: ${issue?.message ?? 'bad value'}.` };
}
