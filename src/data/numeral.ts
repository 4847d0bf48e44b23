/**
 * Numerals in Chinese running text: Arabic (`1.68万`, `291.58亿`) and Chinese
 * (`两亿`, `十余万`, `一千二百`, `八成`), with their multipliers and the qualifiers
 * written around them (`近`, `约`, `超`, `逾`, `不足`, `余`, `多`, `上千`, `数万`).
 *
 * `parseNumeral` reads one numeral string; `scanNumerals` finds candidate numerals in
 * text. Units and trailing qualifiers written after the unit (`200个以上`) belong to
 * mentions (see mentions.ts).
 */
import { charSet, indexOfAny, isIn } from './chars.js';
import type { Qualifier } from './types.js';

export interface ParsedNumeral {
  value: number;
  qualifier: Qualifier;
  /** `成` means tenths: 八成 → 80 with unit %. */
  tenths: boolean;
}

export interface NumeralToken extends ParsedNumeral {
  /** Set when the numeral is too large for a double (309 digits, 5万万…万): counted, never a figure. */
  outOfRange: boolean;
  start: number;
  end: number;
  raw: string;
  script: 'arabic' | 'chinese';
}

// Maps rather than object literals: looking a freshly cut one-character string up with
// `in` or `[]` on an object makes V8 internalise it first, which was measurable here.
const DIGIT = new Map<string, number>([
  ['零', 0], ['〇', 0], ['一', 1], ['二', 2], ['两', 2], ['三', 3], ['四', 4], ['五', 5], ['六', 6], ['七', 7], ['八', 8], ['九', 9],
]);
const SMALL_UNIT = new Map<string, number>([['十', 10], ['百', 100], ['千', 1000]]);
const BIG_UNIT = new Map<string, number>([['万', 1e4], ['亿', 1e8]]);

/** Qualifiers written before the number, longest first. */
const PREFIX_QUALIFIERS: ReadonlyArray<readonly [string, Qualifier]> = [
  ['不超过', 'under'],
  ['不少于', 'at_least'],
  ['不低于', 'at_least'],
  ['不高于', 'under'],
  ['超过', 'over'],
  ['突破', 'over'],
  ['不足', 'under'],
  ['不到', 'under'],
  ['至少', 'at_least'],
  // A table's target cell: `≥14`, `≤5.0` (not less, not more than).
  ['≥', 'at_least'],
  ['≤', 'under'],
  ['将近', 'approx'],
  ['近', 'approx'],
  ['约', 'approx'],
  ['超', 'over'],
  ['逾', 'over'],
  // 上千 "upwards of a thousand", 数万 / 几十 "several ten-thousands": a lower bound
  // is all the text gives, so the value is the bound itself.
  ['上', 'at_least'],
  ['数', 'over'],
  ['几', 'over'],
];

/** Prefixes that only qualify a bare magnitude: 上千, 数万, 几十 (not 上2个). */
const MAGNITUDE_ONLY_PREFIXES = new Set(['上', '数', '几']);

const CN_CHARS = '零〇一二两三四五六七八九十百千万亿';
/** Digits after a Chinese decimal point: `三十八点六亿`, `零点三`, `一百零四点二`. */
const CN_DECIMALS = '零〇一二两三四五六七八九';
const ARABIC = String.raw`\d+(?:\.\d+)?`;
const ROUGH = '[余多]';
const MULT = '[十百千万亿]';

/**
 * The numeral itself. The Chinese branch allows 余/多 between magnitudes (`十余万`); the
 * Arabic branch allows it before or after the multiplier (`3000余万`, `3亿多`). Prefix
 * qualifiers are looked up before a match rather than matched by the regex: a regex
 * that starts with an optional alternation is tried at every character and was the
 * pipeline's hot spot.
 */
const CORE_SOURCE =
  `(?:(${ARABIC})(${ROUGH})?(${MULT}*)(${ROUGH})?` +
  // A decimal point 点 and its digits, but not a time of day (八点三十分, 三点五分钟, 九点半).
  `|([${CN_CHARS}]+)(?:点([${CN_DECIMALS}]+)(?![十百千分刻时钟半]))?(${ROUGH})?([万亿]*)(${ROUGH})?)` +
  `(成)?`;
/**
 * Sticky: scanNumerals finds where a numeral can start with a plain character loop and
 * runs the regex only there. Searched for with a global regex, V8 tried the whole
 * alternation at every character of the text, and that search was most of the scan.
 */
const CORE = new RegExp(CORE_SOURCE, 'yu');
const WHOLE = new RegExp(`^(${PREFIX_QUALIFIERS.map(([p]) => p).join('|')})?${CORE_SOURCE}$`, 'u');

/** Value of a run of Chinese numeral characters, or NaN when it is not a number. */
export function chineseValue(text: string): number {
  let total = 0; // completed 亿 groups
  let section = 0; // completed 万 groups inside the current 亿 group
  let group = 0; // value below 万
  let digit: number | null = null;
  let lastSmall = Infinity;
  if (text.length === 0) return NaN;
  for (const ch of text) {
    const d = DIGIT.get(ch);
    const unit = d === undefined ? SMALL_UNIT.get(ch) : undefined;
    if (d !== undefined) {
      // 零 only holds a place (一千零五); two real digits in a row are no number (一二).
      if (d === 0) continue;
      if (digit !== null) return NaN;
      digit = d;
    } else if (unit !== undefined) {
      if (unit >= lastSmall) return NaN;
      group += (digit ?? 1) * unit;
      lastSmall = unit;
      digit = null;
    } else if (ch === '万') {
      section += (group + (digit ?? 0)) * 1e4 || 1e4;
      group = 0;
      digit = null;
      lastSmall = Infinity;
    } else if (ch === '亿') {
      total += (section + group + (digit ?? 0)) * 1e8 || 1e8;
      section = 0;
      group = 0;
      digit = null;
      lastSmall = Infinity;
    } else {
      return NaN;
    }
  }
  return total + section + group + (digit ?? 0);
}

/** The value of the digits after a Chinese decimal point: 六 → 0.6, 零五 → 0.05. */
function decimalsValue(digits: string): number {
  let text = '0.';
  for (const ch of digits) text += DIGIT.get(ch);
  return Number(text);
}

function multiplier(chars: string): number {
  let m = 1;
  for (const ch of chars) m *= SMALL_UNIT.get(ch) ?? BIG_UNIT.get(ch) ?? 1;
  return m;
}

/** Rounds away binary noise: 1.68 * 10000 → 16800, not 16799.999999999996. */
function tidy(n: number): number {
  return Number.isInteger(n) ? n : Number.parseFloat(n.toPrecision(12));
}

/** Last characters of the prefix qualifiers: before most numerals there is none to look for. */
const PREFIX_ENDS = charSet(PREFIX_QUALIFIERS.map(([p]) => p.at(-1)).join(''));

/** The longest prefix qualifier written right before `at`. */
function prefixBefore(text: string, at: number): string | undefined {
  if (at === 0 || !isIn(PREFIX_ENDS, text, at - 1)) return undefined;
  const prefix = PREFIX_QUALIFIERS.find(([p]) => text.startsWith(p, at - p.length))?.[0];
  // The end of a word, no qualifier: 签约1.2万人 (signed up), 预约300人次, 最近3年 (大约, 接近 are).
  const before = prefix && text[at - prefix.length - 1];
  return before && WORD_ENDS[prefix]?.includes(before) ? undefined : prefix;
}

/** Characters that make a one-character qualifier the end of a word: 签约, 节约, 预约, 最近, 附近. */
const WORD_ENDS: Readonly<Record<string, string>> = { 约: '签节预制合条契公履违特相邀集', 近: '最附邻' };

/** The qualifier written right before `at` (`超过`, `近`), and its length; for numbers read elsewhere (fractions). */
export function qualifierBefore(text: string, at: number): { qualifier: Qualifier; length: number } | undefined {
  const prefix = prefixBefore(text, at);
  const qualifier = prefix && !MAGNITUDE_ONLY_PREFIXES.has(prefix) ? prefixQualifier(prefix) : undefined;
  return qualifier ? { qualifier, length: prefix!.length } : undefined;
}

function prefixQualifier(prefix: string | undefined): Qualifier | undefined {
  return prefix ? PREFIX_QUALIFIERS.find(([p]) => p === prefix)?.[1] : undefined;
}

interface Groups {
  prefix?: string;
  arabic?: string;
  arabicRough1?: string;
  arabicMult?: string;
  arabicRough2?: string;
  chinese?: string;
  chineseDecimals?: string;
  chineseRough1?: string;
  chineseMult?: string;
  chineseRough2?: string;
  cheng?: string;
}

/** The capture groups of CORE, which start at index `at` of the match. */
function groupsOf(m: RegExpExecArray, prefix: string | undefined, at: number): Groups {
  return {
    prefix,
    arabic: m[at],
    arabicRough1: m[at + 1],
    arabicMult: m[at + 2],
    arabicRough2: m[at + 3],
    chinese: m[at + 4],
    chineseDecimals: m[at + 5],
    chineseRough1: m[at + 6],
    chineseMult: m[at + 7],
    chineseRough2: m[at + 8],
    cheng: m[at + 9],
  };
}

function interpret(g: Groups): ParsedNumeral | null {
  let value: number;
  let rough: boolean;
  if (g.arabic !== undefined) {
    value = Number.parseFloat(g.arabic) * multiplier(g.arabicMult ?? '');
    rough = Boolean(g.arabicRough1 || g.arabicRough2);
  } else if (g.chinese !== undefined) {
    // 十余万: the 余 sits between 十 and 万, so value the parts separately.
    const head = chineseValue(g.chinese) + (g.chineseDecimals ? decimalsValue(g.chineseDecimals) : 0);
    value = head * multiplier(g.chineseMult ?? '');
    rough = Boolean(g.chineseRough1 || g.chineseRough2);
  } else {
    return null;
  }
  if (!Number.isFinite(value)) return { value: Number.NaN, qualifier: 'exact', tenths: false };
  if (g.prefix && MAGNITUDE_ONLY_PREFIXES.has(g.prefix)) {
    // 上千 / 数万: only a bare magnitude may follow.
    if (g.arabic !== undefined || !/^[十百千万亿]+$/u.test(g.chinese ?? '')) return null;
  }
  const qualifier: Qualifier = prefixQualifier(g.prefix) ?? (rough ? 'over' : 'exact');
  const tenths = g.cheng !== undefined;
  return { value: tidy(tenths ? value * 10 : value), qualifier, tenths };
}

/** Where a numeral can start: CORE's two branches begin with a digit or a Chinese numeral. */
const NUMERAL_START = charSet(`0123456789${CN_CHARS}`);

/** Parses exactly one numeral (`近6亿`, `十余万`, `超八成`); null when `raw` is not one. */
export function parseNumeral(raw: string): ParsedNumeral | null {
  const m = WHOLE.exec(raw);
  const parsed = m ? interpret(groupsOf(m, m[1], 2)) : null;
  return parsed && Number.isFinite(parsed.value) ? parsed : null;
}

/**
 * Every numeral candidate in `text`, left to right. A candidate whose prefix does not
 * make sense (`上2`) is kept without its prefix, so no digit is ever skipped.
 */
export function scanNumerals(text: string): NumeralToken[] {
  const tokens: NumeralToken[] = [];
  for (let at = indexOfAny(text, NUMERAL_START, 0); at >= 0; at = indexOfAny(text, NUMERAL_START, CORE.lastIndex)) {
    // Both branches of CORE start with one numeral character, so the match cannot fail.
    CORE.lastIndex = at;
    const m = CORE.exec(text)!;
    const prefix = prefixBefore(text, m.index);
    let start = m.index;
    let parsed = prefix ? interpret(groupsOf(m, prefix, 1)) : null;
    if (parsed) start -= prefix!.length;
    else parsed = interpret(groupsOf(m, undefined, 1));
    if (!parsed) continue;
    const end = m.index + m[0].length;
    // Fields listed, not spread: object spread here made scanning three times slower.
    tokens.push({
      value: parsed.value,
      qualifier: parsed.qualifier,
      tenths: parsed.tenths,
      outOfRange: Number.isNaN(parsed.value),
      start,
      end,
      raw: text.slice(start, end),
      script: m[1] !== undefined ? 'arabic' : 'chinese',
    });
  }
  return tokens;
}
