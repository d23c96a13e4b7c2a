/** Characters with a meaning in Lucene query syntax; user text is escaped so they match literally. */
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function escapeLucene(text: string): string {
  // AND / OR / NOT are operators only in upper case: lower-casing them keeps them plain words
  // (the analyzers lower-case anyway).
  return text.replace(SPECIAL, (c) => `\\${c}`).replace(/\b(AND|OR|NOT)\b/g, (w) => w.toLowerCase());
}

/** Number of characters as a reader counts them (code points, so 𠀀 is one). */
export const charCount = (text: string) => [...text].length;
