/**
 * decodeArticle: which encodings are accepted, that the text is not altered, and that
 * every rejection says what is wrong.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DecodeError, decodeArticle, type Decoded } from '../../src/data/decode.js';

const SEEDS = new URL('../../seeds/', import.meta.url).pathname;
const bytes = (...b: number[]): Uint8Array => Uint8Array.from(b);
const utf8 = (s: string): number[] => [...new TextEncoder().encode(s)];

describe('decodeArticle accepts', () => {
  const cases: Array<[string, Uint8Array, Decoded]> = [
    ['UTF-8 without BOM', bytes(...utf8('民生 1.68万')), { text: '民生 1.68万', encoding: 'utf-8' }],
    ['UTF-8 with BOM, stripped', bytes(0xef, 0xbb, 0xbf, ...utf8('民生')), { text: '民生', encoding: 'utf-8' }],
    // 民 U+6C11, 生 U+751F, '1' U+0031
    ['UTF-16LE with BOM', bytes(0xff, 0xfe, 0x11, 0x6c, 0x1f, 0x75, 0x31, 0x00), { text: '民生1', encoding: 'utf-16le' }],
    ['UTF-16BE with BOM', bytes(0xfe, 0xff, 0x6c, 0x11, 0x75, 0x1f, 0x00, 0x31), { text: '民生1', encoding: 'utf-16be' }],
    // GBK: 民 C3F1, 生 C9FA, 万 CDF2, full-width comma A3AC
    [
      'GBK',
      bytes(0xc3, 0xf1, 0xc9, 0xfa, 0x31, 0x38, 0x37, 0xcd, 0xf2, 0xa3, 0xac, 0x0a),
      { text: '民生187万\uff0c\n', encoding: 'gb18030' },
    ],
    // GB18030: GBK text with one character outside GBK (𠀀, four bytes 95 32 82 36), which
    // TextDecoder('gbk') refuses.
    [
      'GB18030 with a four-byte character',
      bytes(0xc8, 0xab, 0xca, 0xd0, 0xbd, 0xa8, 0xb3, 0xc9, 0xd1, 0xf8, 0xc0, 0xcf, 0xbb, 0xfa, 0xb9, 0xb9, 0x33, 0x39, 0xb8, 0xf6, 0x95, 0x32, 0x82, 0x36, 0xa1, 0xa3),
      { text: '全市建成养老机构39个𠀀。', encoding: 'gb18030' },
    ],
    // Characters are left alone: CR, full-width digits, a later U+FEFF, NBSP.
    [
      'text as it is, no normalisation',
      bytes(...utf8('a\r\n１．６８万\ufeff\u00a0(guān)')),
      { text: 'a\r\n１．６８万\ufeff\u00a0(guān)', encoding: 'utf-8' },
    ],
  ];
  for (const [name, input, expected] of cases) {
    it(name, () => assert.deepEqual(decodeArticle(input), expected));
  }

  it('every seed, exactly as Node reads it as UTF-8', () => {
    const files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt'));
    assert.equal(files.length, 5);
    for (const file of files) {
      const raw = readFileSync(join(SEEDS, file));
      assert.deepEqual(decodeArticle(raw), { text: raw.toString('utf8'), encoding: 'utf-8' }, file);
    }
  });
});

describe('decodeArticle rejects, saying why', () => {
  const cases: Array<[string, Uint8Array, RegExp]> = [
    ['empty', bytes(), /^file is empty$/],
    ['whitespace only', bytes(0x20, 0x0a, 0x09, 0x0d, 0x0a), /^file is empty \(whitespace only\)$/],
    ['only a BOM', bytes(0xef, 0xbb, 0xbf), /^file is empty/],
    ['NUL bytes', bytes(0x41, 0x42, 0x43, 0x00, 0x01, 0x02), /^file looks binary \(NUL bytes at byte 3\)$/],
    ['control characters without NUL', bytes(...utf8('ab'), 0x01, 0x02, 0x03, 0x1b, 0x7f, ...utf8('cdefgh')), /^file looks binary \(\d+% control characters\)$/],
    // 0xff is never valid UTF-8 nor a GBK lead byte.
    [
      'random bytes',
      bytes(0x41, 0x42, 0xff, 0x81, 0x30, 0xfe, 0x80, 0x90, 0x85, 0x41),
      /^not UTF-8 text \(invalid byte 0xff at offset 2\) and not GB18030\/GBK either$/,
    ],
    // Valid GBK, but rare hanzi only (GBK/3 area): noise, not Chinese text.
    [
      'GBK-decodable noise',
      bytes(0x81, 0x40, 0x82, 0x41, 0x83, 0x42, 0x84, 0x43, 0x85, 0x44),
      /^not UTF-8 text \(invalid byte 0x81 at offset 0\) and not GB18030\/GBK either$/,
    ],
    // 民生 in UTF-8, then a lead byte 0xd6 without its continuation.
    [
      'UTF-8 broken mid-file',
      bytes(0xe6, 0xb0, 0x91, 0xe7, 0x94, 0x9f, 0xd6, 0x41),
      /^not UTF-8 text \(invalid byte 0xd6 at offset 6\) and not GB18030\/GBK either$/,
    ],
    ['overlong UTF-8', bytes(0x41, 0xc0, 0x80), /invalid byte 0xc0 at offset 1\)/],
    ['UTF-8 surrogate', bytes(0x41, 0x42, 0xed, 0xa0, 0x80), /invalid byte 0xed at offset 2\)/],
    ['UTF-16LE with an odd byte out', bytes(0xff, 0xfe, 0x11, 0x6c, 0x1f), /^not valid UTF-16LE/],
    ['UTF-8 BOM then bad bytes', bytes(0xef, 0xbb, 0xbf, 0x41, 0xff), /^not valid UTF-8 \(after its BOM\) \(invalid byte at offset 4\)$/],
  ];
  for (const [name, input, message] of cases) {
    it(name, () => {
      assert.throws(
        () => decodeArticle(input),
        (e: unknown) => e instanceof DecodeError && message.test(e.message),
      );
    });
  }

  it('DecodeError is an Error named DecodeError', () => {
    try {
      decodeArticle(bytes());
      assert.fail('no error');
    } catch (e) {
      assert.ok(e instanceof Error);
      assert.equal((e as Error).name, 'DecodeError');
    }
  });
});
