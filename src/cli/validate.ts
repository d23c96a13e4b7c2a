import { ingestFile } from '../../loaders/ingest-file.js';
import type { Config } from '../config/env.js';
import { UserFacingError } from '../errors.js';
import type { Logger } from '../log/logger.js';
import { issuesTable, parseIssuesTable } from './issues-table.js';
import { writeStdout } from './write-stdout.js';

/**
 * `budget-graph validate <file>`: parse and validate, no database. Prints every validation issue
 * and exits 0 even when there are some (they describe the document); exits 1 when the file
 * cannot be read or parsed.
 */
export async function validate(file: string, opts: { json?: boolean }, _config: Config, log: Logger): Promise<void> {
  const { summary: s, parsed, validationIssues } = await ingestFile(file, { mode: 'DRY_RUN', log });
  if (!s.ok || !parsed || !s.document) throw new UserFacingError(s.error ?? `${file}: could not be parsed.`);
  if (opts.json) {
    await writeStdout(JSON.stringify({ file, document: s.document, validationIssues, parseIssues: parsed.issues }, null, 2) + '\n');
    return;
  }
  const d = s.document;
  const v = s.validationIssues;
  const head =
    `${file}: ${d.kind} ${d.year} ${d.issuer}\n` +
    `${validationIssues.length} validation issue(s): ${v.ERROR} ERROR, ${v.WARNING} WARNING, ${v.INFO} INFO; ` +
    `${parsed.issues.length} parse issue(s)${parsed.issues.length ? ` (${Object.entries(s.parseIssues).map(([c, n]) => `${c} ${n}`).join(', ')})` : ''}\n`;
  const parts = [head];
  if (validationIssues.length) parts.push(issuesTable(validationIssues));
  if (parsed.issues.length) parts.push('parse issues\n' + parseIssuesTable(parsed.issues));
  await writeStdout(parts.join('\n'));
}
