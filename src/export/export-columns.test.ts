import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../config/paths.js';
import { EXPORT_TABLES } from '../graph/exports/export-rows.js';
import { columnNames } from './export-columns.js';
import { FDP_COLUMNS } from './fiscal-data-package.js';

describe('export column names', () => {
  const doc = fs.readFileSync(path.join(projectRoot, 'docs', 'exports.md'), 'utf8');

  it('are snake_case, unique, and each documented in docs/exports.md', () => {
    for (const table of EXPORT_TABLES) {
      const names = columnNames(table);
      expect(new Set(names).size, table).toBe(names.length);
      for (const n of names) {
        expect(n, table).toMatch(/^[a-z][a-z0-9_]*$/);
        expect(doc, `${table}.${n}`).toContain(`\`${n}\``);
      }
    }
    // The Fiscal Data Package table lists a code and its label on one line: `x_code` / `_label`.
    const pair = (n: string) => `\`${n.replace(/_(code|label)$/, '_code')}\` / \`_label\``;
    for (const n of FDP_COLUMNS) expect(doc.includes(`\`${n}\``) || doc.includes(pair(n)), n).toBe(true);
  });
});
