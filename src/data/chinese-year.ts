/**
 * Years written digit by digit in Chinese numerals (`二〇二五年`, as statistical bulletins
 * and official titles write them), read as Arabic digits, one character for one, so that
 * every offset into the text still holds and the year patterns (`\d{4}年`) read them.
 */

/** A year of the 1900s or 2000s right before 年: `一九九八年`, `二〇二五年` (`○` and `零` are written for 〇 too). */
const CHINESE_YEAR = /(?:一九|二[〇○零])[〇○零一二三四五六七八九]{2}(?=年)/gu;
/** Each digit's value is its place here; ○ and 零 are zeros too. */
const DIGITS = '〇一二三四五六七八九';

/** `text` with its years in Chinese numerals written in Arabic digits; the same length. */
export function arabicYears(text: string): string {
  return text.replace(CHINESE_YEAR, (year) => [...year].map((c) => String(Math.max(0, DIGITS.indexOf(c)))).join(''));
}
