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

/**
 * A month in Chinese numerals before 月 (`十一月`, `一至十一月`, `截至十一月底`), and the first month of a span (`一至十一月`), read as
 * Arabic digits of the same length: 十一 → 11, 十二 → 12, 一…九 → 1…9 (十月: TENTH_MONTH).
 */
const CHINESE_MONTH = /(?<![零〇一二两三四五六七八九十百千万亿])(?:十[一二]|[一二三四五六七八九])(?=月|[至到—－\-~](?:十[一二]?|[一二三四五六七八九])月)/gu;

/**
 * 十月: one character for two digits. Written `0`, which no month is: `monthOf` reads it as 10.
 * Not a numeral's last character (二十月), nor 十月怀胎 (a set phrase).
 */
const TENTH_MONTH = /(?<![零〇一二两三四五六七八九十百千万亿\d])十(?=月(?!怀胎))/gu;

/** `text` with its years and months in Chinese numerals written in Arabic digits; the same length. */
export function arabicDates(text: string): string {
  return arabicYears(text)
    .replace(CHINESE_MONTH, (month) => (month.length === 2 ? `1${DIGITS.indexOf(month[1]!)}` : String(DIGITS.indexOf(month))))
    .replace(TENTH_MONTH, '0');
}

/** A month's number as `arabicDates` wrote it: `0` is 十月. */
export const monthOf = (digits: string): number => Number(digits) || 10;
