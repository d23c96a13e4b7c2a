import { normaliseLine } from './normalise-line.js';

/** One line of the document as given, with its cleaned text. */
export interface SourceLine {
  /** 1-based line number in the file. */
  no: number;
  /** The line exactly as in the file (without the line break). */
  raw: string;
  /** Cleaned text (markdown/HTML removed, trimmed at the end). Leading space is kept. */
  text: string;
  /** True when the line was a markdown heading (`#` …). */
  heading: boolean;
}

export function toSourceLines(text: string): SourceLine[] {
  return text.split(/\r?\n|\r/).map((raw, i) => {
    const { text: cleaned, heading } = normaliseLine(raw);
    return { no: i + 1, raw, text: cleaned, heading };
  });
}

/** Raw text of lines [start, end] (1-based, inclusive). */
export function rawOf(lines: readonly SourceLine[], start: number, end: number): string {
  return lines
    .slice(start - 1, end)
    .map((l) => l.raw)
    .join('\n');
}
