import { DocumentParseError } from '../errors.js';

/** Line (1-based) of a byte offset: counts LF bytes before it (valid for ASCII-compatible encodings). */
function lineOfOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function hex(bytes: Uint8Array, offset: number): string {
  return Array.from(bytes.slice(offset, offset + 4), (b) => b.toString(16).padStart(2, '0')).join(' ');
}

/** Offset of the first byte sequence that is not valid UTF-8, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len === 0) return i;
    for (let k = 1; k < len; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += len;
  }
  return -1;
}

/**
 * Decodes a document's bytes as UTF-8 (a UTF-8 BOM is dropped). Anything else throws:
 * UTF-16 (BOM or NUL-interleaved text), binary (NUL or control bytes), GBK/GB18030 and other
 * legacy encodings (invalid UTF-8 sequences), naming the line of the first offending byte.
 */
export function decodeBytes(bytes: Uint8Array, fileName: string): string {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    throw new DocumentParseError(fileName, 1, 'UTF-8 text', 'a UTF-16 byte-order mark (UTF-16 text)');
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const what = nul % 2 === 1 || bytes[nul + 2] === 0 ? 'NUL bytes (UTF-16 or binary data)' : 'a NUL byte (binary data)';
    throw new DocumentParseError(fileName, lineOfOffset(bytes, nul), 'UTF-8 text', what);
  }
  const bad = firstInvalidUtf8(bytes);
  // A multi-byte character cut by the end of the file: the file was truncated, not mis-encoded.
  if (bad >= 0 && bytes.length - bad < 4 && (bytes[bad] ?? 0) >= 0xc2 && Array.from(bytes.slice(bad + 1)).every((b) => (b & 0xc0) === 0x80)) {
    throw new DocumentParseError(fileName, lineOfOffset(bytes, bad), 'the rest of the document', 'the file ends inside a character (truncated file?)');
  }
  if (bad >= 0) {
    throw new DocumentParseError(
      fileName,
      lineOfOffset(bytes, bad),
      'UTF-8 text',
      `bytes ${hex(bytes, bad)} that are not UTF-8 (GBK/GB18030 or another legacy encoding?)`,
    );
  }
  let text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // Control characters other than tab/CR/LF/FF mark binary input.
  const ctrl = /[\u0001-\u0008\u000e-\u001f\u007f]/.exec(text);
  if (ctrl) {
    const line = text.slice(0, ctrl.index).split('\n').length;
    throw new DocumentParseError(fileName, line, 'UTF-8 text', `control character U+${ctrl[0].charCodeAt(0).toString(16).padStart(4, '0')} (binary data)`);
  }
  return text;
}
