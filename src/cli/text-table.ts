/**
 * Plain-text tables for terminals. Chinese characters take two terminal columns, so padding is
 * by display width, not by string length.
 */

/** East Asian wide and fullwidth ranges (CJK, Hangul, fullwidth forms, CJK extensions). */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += WIDE.test(ch) ? 2 : 1;
  return w;
}

export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

export function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
}

export interface Column {
  header: string;
  /** Right-aligned (numbers). */
  right?: boolean;
}

/** Renders rows under a header and a rule; the last column is not padded (long messages). */
export function renderTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  const widths = columns.map((c, i) => Math.max(displayWidth(c.header), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const line = (cells: readonly string[]) =>
    columns
      .map((c, i) => {
        const text = cells[i] ?? '';
        if (i === columns.length - 1 && !c.right) return text;
        return c.right ? padStart(text, widths[i] ?? 0) : padEnd(text, widths[i] ?? 0);
      })
      .join('  ')
      .trimEnd();
  // The last column is unpadded (long messages): its rule is only as wide as its header.
  const rule = widths.map((w, i) => '-'.repeat(i === columns.length - 1 && !columns[i]?.right ? displayWidth(columns[i]?.header ?? '') : w)).join('  ');
  return [line(columns.map((c) => c.header)), rule, ...rows.map(line)].join('\n') + '\n';
}
