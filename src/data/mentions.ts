/**
 * Quantity mentions: a numeral with the unit or classifier written after it and any
 * qualifier that follows the unit (`200个以上`). This module decides what counts as a
 * numeral at all, which is what the accounting (numerals = figures + skipped) counts:
 *
 * - every run of Arabic digits;
 * - a run of Chinese numerals when it is clearly a number: followed by a unit or
 *   classifier (`两个`, `十余万群众`), carrying a qualifier (`近万`, `上千`, `数万`),
 *   written as tenths (`八成`), or after 第 (`第十一次`);
 * - plan names (`十四五`) and numbered set phrases (`一县一策`, `一刻钟`), recognised
 *   whole, so that classification can skip them with their reason.
 * Chinese numeral characters inside ordinary words (`万家灯火`, `统一`, `一起`) are
 * words, not numerals, and are not counted.
 */
import { charSet, isIn } from './chars.js';
import { MAX_NUMERAL_CHARS } from './limits.js';
import { parseNumeral, qualifierBefore, scanNumerals } from './numeral.js';
import type { Qualifier, SkipReason } from './types.js';
import { PERSON_NOUNS, unitAt, type UnitDef } from './units.js';

export interface Mention {
  /** Offsets in the cleaned text, covering qualifiers, numeral, unit. */
  start: number;
  end: number;
  raw: string;
  value: number;
  qualifier: Qualifier;
  unit: UnitDef | null;
  /** A person noun standing in for the classifier: 6000余村民 → 村民. */
  personNoun: string | null;
  script: 'arabic' | 'chinese';
  /** Set when scanning already knows the mention is not a figure. */
  preset: SkipReason | null;
}

/** A fraction's terms (四分之一, 三分之二, 10分之3): numeral characters, at most FRACTION_TERM either side of 分之. */
const FRACTION_CHARS = charSet('零〇一二两三四五六七八九十百0123456789');
/** A decimal part after a fraction's second term: `百分之九十五点六`. */
const FRACTION_DECIMALS = /^点[零〇一二两三四五六七八九]+/u;
const FRACTION_TERM = 4;

/** A fraction's term: Arabic digits or a Chinese numeral. */
function chineseOrArabic(s: string): number {
  return /^\d+$/u.test(s) ? Number(s) : (parseNumeral(s)?.value ?? 0);
}

/** 翻了一番 (doubled), 翻两番 (four times): a multiple written as doublings. */
const DOUBLED_BEFORE = /翻了?$/u;

/** Whole phrases recognised before numerals: numbered slogans and plan names. */
const PHRASES: ReadonlyArray<readonly [RegExp, SkipReason]> = [
  // Five-year plans: 十四五, 十三五, 十五五.
  [/十[一二三四五六七八九]五/gu, 'plan_name'],
  // 一县一策, 一老一小, 一村一驿站: "one X, one Y" slogans.
  // (Not a numeral's own characters: 一百一十.)
  [/一(?![零〇一二两三四五六七八九十百千万亿])\p{Script=Han}一\p{Script=Han}{1,2}/gu, 'set_phrase'],
  // Names with a numeral inside: 一刻钟便民生活圈 ("a quarter hour"), 冬季两项 (biathlon).
  [/一刻钟|冬季两项/gu, 'set_phrase'],
  // 四套班子: a county's or city's four leading bodies (party committee, congress, government, CPPCC).
  [/[二两三四五]套班子/gu, 'set_phrase'],
  // 三项社会保险 (pension, unemployment and injury insurance), 五险一金: the set of insurances, not a count.
  [/[三五]项社会保险|[三四五六]险[一二]金/gu, 'set_phrase'],
  // 两节期间, 双节: the Spring Festival and New Year, not two of 节 (lessons, 4300节精品课程).
  [/两节|双节/gu, 'set_phrase'],
  // A survey's method, no livelihood figure: 在95%的置信度下, 抽样误差不超过±1.3个百分点, 误差±3%.
  // (A number's first digit only: tried at every digit of a long run, the pattern would be quadratic.)
  [/(?<![\d.])\d+(?:\.\d+)?[%％]的?置信(?:度|水平)|置信(?:度|水平)(?:为|是|达到)?\d+(?:\.\d+)?[%％]|(?:抽样)?误差(?:不超过|不大于|小于|为|在|控制在)?[±＋]?\d+(?:\.\d+)?(?:个百分点|[%％])|[±]\d+(?:\.\d+)?(?:个百分点|[%％])/gu, 'set_phrase'],
  // “很满意”“满意”“基本满意”三项合计: a count of the answers just quoted, how a rate is computed.
  [/(?<=[”"])[两二三四五六七八九十]项(?=合计|相加|之和|加总)/gu, 'set_phrase'],
];

const TRAILING_QUALIFIERS: ReadonlyArray<readonly [string, Qualifier]> = [
  ['以上', 'at_least'],
  ['左右', 'approx'],
  ['以下', 'under'],
  // 控制在5.2%以内: at most that, not that.
  ['以内', 'under'],
  ['之多', 'over'],
];

/** First characters of TRAILING_QUALIFIERS: after most units there is none to look for. */
const TRAILING_QUALIFIER_START = charSet(TRAILING_QUALIFIERS.map(([word]) => word[0]).join(''));

/** A person noun starting at lastIndex (sticky). */
const PERSON_NOUN_AT = new RegExp(`(?:${PERSON_NOUNS.join('|')})`, 'uy');

function personNounAt(text: string, at: number): string | null {
  PERSON_NOUN_AT.lastIndex = at;
  return PERSON_NOUN_AT.exec(text)?.[0] ?? null;
}

/** Whether any of `sorted` (in text order, none overlapping) overlaps [start, end). */
function overlapsAny(sorted: readonly Mention[], start: number, end: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo].start < end;
}

/** Phrase mentions and written-out fractions, in text order; an earlier pattern's match wins over a later one it overlaps. */
function phraseMentions(text: string): Mention[] {
  let found: Mention[] = [];
  for (const [re, reason] of PHRASES) {
    const matches: Mention[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (overlapsAny(found, start, end)) continue;
      matches.push({
        start,
        end,
        raw: m[0],
        value: Number.NaN,
        qualifier: 'exact',
        unit: null,
        personNoun: null,
        script: 'chinese',
        preset: reason,
      });
    }
    found = matches.length ? [...found, ...matches].sort((a, b) => a.start - b.start) : found;
  }
  // 占常住人口的四分之一: a fraction is a share, in %. Found from its 分之, so a long run of
  // numerals is never scanned again from each of its characters.
  const fractions: Mention[] = [];
  for (let at = text.indexOf('分之'); at >= 0; at = text.indexOf('分之', at + 2)) {
    let from = at;
    while (from > at - FRACTION_TERM && from > 0 && isIn(FRACTION_CHARS, text, from - 1)) from--;
    let to = at + 2;
    while (to < at + 2 + FRACTION_TERM && isIn(FRACTION_CHARS, text, to)) to++;
    if (from === at || to === at + 2) continue;
    if (text[to] === '点') to += FRACTION_DECIMALS.exec(text.slice(to, to + 6))?.[0].length ?? 0;
    const [whole, part] = [chineseOrArabic(text.slice(from, at)), chineseOrArabic(text.slice(at + 2, to))];
    // 三分之二 never exceeds 1, but 百分之一百零四点二 may: a percentage over 100.
    if (!whole || !part || (part > whole && whole !== 100) || overlapsAny(found, from, to)) continue;
    const prefix = qualifierBefore(text, from);
    const start = from - (prefix?.length ?? 0);
    if (prefix && overlapsAny(found, start, from)) continue;
    fractions.push({
      start,
      end: to,
      raw: text.slice(start, to),
      value: Math.round((part / whole) * 1e4) / 100,
      qualifier: prefix?.qualifier ?? 'exact',
      unit: { text: '', unit: '%', role: 'percent' },
      personNoun: null,
      script: /\d/u.test(text.slice(from, to)) ? 'arabic' : 'chinese',
      preset: null,
    });
  }
  if (fractions.length) {
    found = [...found, ...fractions].sort((a, b) => a.start - b.start);
  }
  return found;
}

/** Classifiers that make a count after Arabic digits only: `27起`, `8期`, but `一起` (together) and `二期供热项目` (a phase's name). */
const ARABIC_ONLY_UNITS = new Set(['起', '期']);

export function findMentions(text: string): Mention[] {
  const phrases = phraseMentions(text);
  const mentions: Mention[] = [...phrases];
  let p = 0; // index into phrases, both lists being in text order
  let last = 0; // end of the last numeral mention
  for (const t of scanNumerals(text)) {
    while (p < phrases.length && phrases[p].end <= t.start) p++;
    if (p < phrases.length && phrases[p].start < t.end) continue;
    // The 10万 of 8.5/10万 is the unit's base, inside the mention before.
    if (t.start < last) continue;

    let end = t.end;
    let unit: UnitDef | null = null;
    if (t.tenths) {
      unit = { text: '成', unit: '%', role: 'percent' };
    } else {
      unit = unitAt(text, end) ?? null;
      if (unit) end += unit.text.length;
    }
    let value = t.value;
    if (!unit && text[end] === '番' && DOUBLED_BEFORE.test(text.slice(Math.max(0, t.start - 2), t.start))) {
      unit = { text: '番', unit: '倍', role: 'multiple' };
      end += 1;
      value = 2 ** t.value;
    }
    let qualifier = t.qualifier;
    if (isIn(TRAILING_QUALIFIER_START, text, end)) {
      for (const [word, q] of TRAILING_QUALIFIERS) {
        if (text.startsWith(word, end)) {
          if (qualifier === 'exact') qualifier = q;
          end += word.length;
          break;
        }
      }
    }
    const personNoun = unit ? null : personNounAt(text, end);

    if (t.script === 'chinese') {
      // A bare 千 / 万 is a word (千家万户, 万众); 近万, 千余 and 上千 are numbers.
      const bareMagnitude = /^[百千万亿]+$/u.test(t.raw) && t.qualifier === 'exact';
      const isNumber =
        !bareMagnitude &&
        ((unit !== null && !ARABIC_ONLY_UNITS.has(unit.text)) ||
        t.qualifier !== 'exact' ||
        text[t.start - 1] === '第' ||
        (personNoun !== null && t.value >= 10));
      if (!isNumber) continue;
    }
    mentions.push({
      start: t.start,
      end,
      raw: text.slice(t.start, end),
      value,
      qualifier,
      unit,
      personNoun,
      script: t.script,
      preset: t.outOfRange || t.end - t.start > MAX_NUMERAL_CHARS ? 'out_of_range' : null,
    });
    last = end;
  }
  return mentions.sort((a, b) => a.start - b.start);
}
