/**
 * Bytes of a scraped article → text. Decoding is the only step allowed to reject a
 * file outright, so every rejection says what is wrong with it.
 *
 * - A byte-order mark decides: UTF-8 (stripped), UTF-16LE or UTF-16BE.
 * - Without one, NUL bytes mean binary: no text encoding a news site serves writes
 *   them, and BOM-less UTF-16 is not worth guessing at.
 * - Valid UTF-8 is UTF-8. Otherwise GB18030 (the superset of GBK and GB2312) is tried,
 *   because older Chinese government sites still serve it; `TextDecoder('gbk')` would
 *   refuse its four-byte sequences. It is accepted only when the bytes look like Chinese text
 *   (see `looksLikeGbkText`), since nearly any high-byte noise decodes as GBK.
 * - Text that is empty after decoding, or over 5% control characters, is rejected.
 *
 * Characters are never changed here: dataset offsets refer to this decoded string.
 */

export class DecodeError extends Error {
  override name = 'DecodeError';
}

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';
}

/** Above this share of control characters a file is binary, not text with a few stray bytes. */
const MAX_CONTROL_SHARE = 0.05;
/**
 * GBK acceptance: share of double-byte characters that fall in the GB2312 area
 * (lead A1–F7, trail A1–FE), where all common hanzi and CJK punctuation live. Real
 * Chinese text scores well above 0.9; random high bytes score about 0.3.
 */
const MIN_GB2312_SHARE = 0.8;

export function decodeArticle(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new DecodeError('file is empty');

  let decoded: Decoded;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    decoded = { text: decodeStrict('utf-8', bytes.subarray(3), 'UTF-8 (after its BOM)'), encoding: 'utf-8' };
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    decoded = { text: decodeStrict('utf-16le', bytes.subarray(2), 'UTF-16LE (after its BOM)'), encoding: 'utf-16le' };
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    decoded = { text: decodeStrict('utf-16be', bytes.subarray(2), 'UTF-16BE (after its BOM)'), encoding: 'utf-16be' };
  } else {
    const nul = bytes.indexOf(0);
    if (nul >= 0) throw new DecodeError(`file looks binary (NUL bytes at byte ${nul})`);
    const text = tryDecode('utf-8', bytes);
    if (text !== null) {
      decoded = { text, encoding: 'utf-8' };
    } else {
      const gb = tryDecode('gb18030', bytes);
      if (gb === null || !looksLikeGbkText(bytes)) {
        const invalid = firstInvalidUtf8(bytes);
        throw new DecodeError(
          `not UTF-8 text (invalid byte 0x${hex(bytes[invalid]!)} at offset ${invalid}) and not GB18030/GBK either`,
        );
      }
      decoded = { text: gb, encoding: 'gb18030' };
    }
  }
  checkText(decoded.text);
  return decoded;
}

/** Text, or null when the bytes are not valid in that encoding. */
function tryDecode(label: string, bytes: Uint8Array): string | null {
  try {
    // ignoreBOM: any BOM is already gone, and a later U+FEFF is content, not a mark.
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function decodeStrict(label: string, bytes: Uint8Array, what: string): string {
  const text = tryDecode(label, bytes);
  if (text !== null) return text;
  const detail = label === 'utf-8' ? ` (invalid byte at offset ${3 + firstInvalidUtf8(bytes)})` : '';
  throw new DecodeError(`not valid ${what}${detail}`);
}

/** The characters `isControl` accepts, for one native scan before counting them. */
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/;

function checkText(text: string): void {
  if (!/\S/.test(text)) throw new DecodeError('file is empty (whitespace only)');
  if (!CONTROL.test(text)) return; // the usual case, answered by one native scan
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) throw new DecodeError(`file looks binary (NUL character at offset ${i})`);
    if (isControl(c)) controls++;
  }
  if (controls > text.length * MAX_CONTROL_SHARE) {
    const pct = Math.round((controls / text.length) * 100);
    throw new DecodeError(`file looks binary (${pct}% control characters)`);
  }
}

/** C0 controls other than tab, newline, form feed and carriage return; DEL; C1 controls. */
function isControl(c: number): boolean {
  if (c < 0x20) return c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d;
  return c >= 0x7f && c <= 0x9f;
}

/**
 * Offset of the first byte that starts an ill-formed UTF-8 sequence, or -1. Written
 * out because TextDecoder only says "invalid", and the error should say where.
 * Follows the Unicode well-formedness table: no overlongs, surrogates or > U+10FFFF.
 */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      else if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      else if (b === 0xf4) hi = 0x8f;
    } else return i;
    if (i + need >= n) return i;
    const second = bytes[i + 1]!;
    if (second < lo || second > hi) return i;
    for (let k = 2; k <= need; k++) {
      const cont = bytes[i + k]!;
      if (cont < 0x80 || cont > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

/**
 * Whether GBK-decodable bytes are plausibly Chinese text: most double-byte
 * characters in the GB2312 area and few control bytes. Judged on bytes because
 * rare GBK-only hanzi and common ones share the same Unicode block.
 */
function looksLikeGbkText(bytes: Uint8Array): boolean {
  let pairs = 0;
  let common = 0;
  let controls = 0;
  let chars = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    chars++;
    if (b < 0x80) {
      if (isControl(b)) controls++;
      continue;
    }
    if (b === 0x80 || b === 0xff) continue; // single-byte € and invalid lead: neither text nor pair
    const trail = bytes[i + 1];
    if (trail === undefined) break;
    if (trail >= 0x30 && trail <= 0x39) {
      i += 3; // GB18030 four-byte sequence: valid, but not evidence of Chinese text
      continue;
    }
    pairs++;
    if (b >= 0xa1 && b <= 0xf7 && trail >= 0xa1 && trail <= 0xfe) common++;
    i++;
  }
  if (controls > chars * MAX_CONTROL_SHARE) return false;
  return pairs > 0 && common >= pairs * MIN_GB2312_SHARE;
}

function hex(b: number): string {
  return b.toString(16).padStart(2, '0');
}
