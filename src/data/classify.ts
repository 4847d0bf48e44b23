/**
 * Figure or not: each mention either becomes a figure (with the unit it is stored in)
 * or is skipped with a reason. Rules run in order; the first that applies decides.
 *
 * | rule | example | result |
 * |---|---|---|
 * | recognised phrase | `十四五`, `一县一策` | plan_name / set_phrase |
 * | registration number | `冀ICP备20013865号`, `网站标识码:1301000003` | document_number |
 * | inside site chrome or a repeated passage | menus, 002's second copy | site_chrome / duplicate |
 * | calendar | `2017年春节`, `9月底`, `2022-08-11 09:08` | date |
 * | age | `81岁`, `14周岁` | age |
 * | years as a statistic | `人均预期寿命79.2岁`, `平均年龄45.3岁` | a figure (unit 岁) |
 * | 前/最后/倒数 + 位/名 | `排名前五位`, `最后一名` | ordinal (the top or bottom N, no count) |
 * | 第 + anything | `位列第10位`, `倒数第二名`, `第十一次`, `第二幼儿园` | ordinal (a rank too: no quantity) |
 * | a rank's move in 位/名 | `排名较上年上升5位`, `名次前移3位` | ordinal |
 * | time measured | `平均办理时长2.3个工作日`, `比上年缩短0.6个工作日`, `最长闲置26个月` (not `最长不超过3个月`) | a figure (kind duration) |
 * | time span | `两年`, `24个月`, `5分钟`, `10个工作日` | duration |
 * | a session of a congress's term | `十六届人大五次会议` | ordinal |
 * | a lone Chinese 一 | `一张床`, `一个也不能少`, `一项项` | set_phrase |
 * | the size of a list the place is one of | `十件民生实事之一`, `全省5个试点城市之一` | set_phrase |
 * | a bound that names a class | `56人以上大班额继续保持清零`, `1亿元以上项目23个` | set_phrase |
 * | a ballot's or an application's rule | `最多可选10项`, `每人限选5个`, `限报1所学校` | set_phrase |
 * | a list counted again as a sentence or clause opens | `以上15个候选项目计划总投资…`, `，上述3项工程` | set_phrase |
 * | the size of a year's programme, in its name | `十件民生实事项目` | plan_name |
 * | inside a short quoted name | `“四个不摘”`, `“3年100所中小学幼儿园”项目` | set_phrase / plan_name |
 * | the minutes of a time of day | `8点30分`, `九点三十分` | date |
 * | a distance that bounds a name | `公交站点500米覆盖率`, `300米范围内` | set_phrase |
 * | no unit, after a ratio's name | `城乡居民收入比缩小至1.61`, `1.56` over a line `城乡居民收入倍差` | a figure (a ratio, unit '') |
 * | no unit, a ratio's change | `收入比为1.82，比上年缩小0.04` | a figure (unit '') |
 * | a table's or a footnote's number | `表1`, `注：1. …。2. …` | ordinal |
 * | pictures the article shows | `两张对比强烈的照片`, `5个镜头` (not `拍摄了2000余张照片`: work done) | illustration |
 * | a figure published before, withdrawn | `此前公布的6.95万人应为6.59万人`, `发布的“…6.95万人”有误` (not the 6.59万人) | superseded |
 * | no unit, none to infer | `双减“2352”模式`, `12大领域` | no_unit |
 * A number with 万/亿 but no unit takes its unit from what it counts: `6000余村民` and
 * `注册用户达360万` are people, `187万稳岗返还资金` is money.
 */
import type { Mention } from './mentions.js';
import type { ExcludedRange } from './clean.js';
import type { SkipReason } from './types.js';
import { PERSON_NOUNS, type UnitRole } from './units.js';

export type Classification =
  | { figure: false; reason: SkipReason }
  | { figure: true; unit: string; role: UnitRole };

const REGISTRATION_BEFORE = /(?:ICP备|ICP证|公网安备|标识码|备案号|许可证号?)[:：\s]*$/u;
const QUOTE_OPEN = '“「『"';
const QUOTE_CLOSE = '”」』"';
const PLAN_WORD = '(?:工程|计划|行动|项目|措施|模式|品牌|战略|方案|体系|机制|政策|路线)';
const PLAN_INSIDE = new RegExp(`${PLAN_WORD}$`, 'u');
const PLAN_AFTER = new RegExp(`^${PLAN_WORD}`, 'u');
const MONEY_CONTEXT = /(?:资金|经费|投入|补助|补贴|收入|投资|资助|预算|元)/u;
// A ratio's name, then what it did, right before the number: 收入比缩小至1.61, 收入比为2.1∶1.
// A noun before 比 (not 比2023年, "than"): the name ends in 比, 比值 or 倍差.
// 收入比由3.12缩小到2.35: both the level it came from and the one it reached, each maybe
// dated (由2020年的2.31缩小到2.12; the 年…的 keeps 收入比2020年增长, "than", out).
const RATIO_BEFORE = /[\p{Script=Han}](?:比|比值|倍差)(?:(?:由|从)(?:\d{4}年(?:底|末)?的)?\d+(?:\.\d+)?)?(?:进一步)?(?:缩小|扩大|下降|降低|提高|上升|保持|稳定|控制)?(?:至|到|为|在|由|从)?(?:\d{4}年(?:底|末)?的)?$/u;
// The ratio's figure, then its change on the year before: 收入比为1.82，比上年缩小0.04.
const RATIO_CHANGE_BEFORE = new RegExp(
  `${RATIO_BEFORE.source.slice(0, -1)}\\d+(?:\\.\\d+)?[,，;；]比(?:上年|去年)(?:末|同期)?(?:缩小|扩大|下降|降低|提高|上升|增加|减少)了?$`,
  'u',
);
// Years that are a statistic, not a person's age: 人均预期寿命79.2岁, 平均年龄45.3岁, and
// the clauses right after it that change it or hold it to a target (预期寿命78.6岁，比2020年
// 提高1.5岁，提前实现78.5岁的规划目标), or set it against another's (高于全省平均水平0.6岁); the level
// it changed from and the one it reached, each maybe dated (从2015年的79.6岁提高到2025年的82.9岁).
const STATISTIC_CLAUSE = '\\d+(?:\\.\\d+)?周?岁[,，;；](?:(?:比|较)(?:上年|去年|\\d{4}年)|同比)?(?:(?:提高|增加|延长|上升|下降|减少|缩短)了?|(?:提前)?(?:实现|达到|完成)了?|(?:超过|高于|低于)[^，,。；;：:\\d]{0,8})';
const YEAR_OF_LEVEL = '(?:\\d{4}年(?:底|末)?的)?';
const STATISTIC_CHANGE = `(?:[由从]${YEAR_OF_LEVEL}(?:\\d+(?:\\.\\d+)?岁(?:提高|增加|延长|上升|下降|减少|缩短)(?:到|至)${YEAR_OF_LEVEL})?)?`;
const STATISTIC_IN_YEARS = new RegExp(`(?:预期寿命|平均寿命|平均年龄)[^，,。；;：:\\d]{0,6}${STATISTIC_CHANGE}(?:${STATISTIC_CLAUSE}){0,3}$`, 'u');
/** A table's number (`表1　2025年…`) at a line's start, or a footnote's (`注：1. …。2. …`) in a 注 line. */
const LABEL_BEFORE = /(?:^|\n)\s*(?:附表|表|图)$/u;
const FOOTNOTE_BEFORE = /(?:^|\n)\s*注\s*[:：][^\n]*$/u;
const FOOTNOTE_AT = /(?:注\s*[:：]|[。;；])\s*$/u;
const FOOTNOTE_AFTER = /^[.．、]\s*\D/u;

/** Words before a time span that make it a time measured, not a rule's limit: `平均办理时长`, `用时`, `缩短`, `最长闲置`. */
const MEASURED_TIME_BEFORE = /(?:平均|时长|用时|耗时|缩短|压缩|提速|最长|最短)/u;
/** …unless they set a limit: `办理时限`, `最长不超过3个月`. */
const TIME_LIMIT = /时限|不超过|不得/u;

/**
 * A bound right before a noun (`56人以上大班额`, `投资1亿元以上项目23个`) names the class the
 * noun is, when the clause then counts the class or says it is gone: not a figure.
 */
const CLASS_AFTER = /^的?\p{Script=Han}{1,8}?(?:[^，,。；;！？!?\n\d]{0,8}?(?:清零|消除|归零|\d))/u;

function isClassBound(m: Mention, text: string): boolean {
  return (m.qualifier === 'at_least' || m.qualifier === 'under') && /(?:以上|以下)$/u.test(m.raw) && /^\p{Script=Han}/u.test(text.slice(m.end, m.end + 1)) && CLASS_AFTER.test(text.slice(m.end, m.end + 20));
}

/**
 * A ballot's rule, right before its number: `最多可选10项`, `每人限选5个`, `至多勾选3项` (how many a voter may tick, no count);
 * and an application's (`每名儿童限报1所学校`, `最多可报2个志愿`). Not the 限 of a time limit (`期限报告`).
 */
const BALLOT_RULE_BEFORE = /(?:最多|至多|(?<![期时权界极上下])限)(?:可|能)?(?:选|投|勾选|选择|填报|报名?)$/u;
/** A list just given, counted again as a sentence or clause opens: `以上15个候选项目计划总投资…`, `，上述3项工程`. */
const LIST_AGAIN_BEFORE = /(?:^|[。！？!?；;，,\n])\s*(?:以上|上述)$/u;

/** A congress's term before a session's number (`十六届人大五次会议`). */
const SESSION_BEFORE = /届[^，,。；;]{0,6}$/u;
/** `N件民生实事之一`: the number sizes a list the subject is one of, it counts nothing done. */
// (Not 四分之一: a fraction.)
const ONE_OF_AFTER = /^(?!分之)[^，,。；;：:]{0,10}之一/u;
/** `十件民生实事项目`: the number is part of the programme's name; its items are the figures. (十大 is no mention.) */
const PROGRAMME_AFTER = /^(?:[市省区县]级)?(?:重点)?(?:民生实事|为民办实事|惠民实事)/u;
/** The programme said again by its size: `十二类项目`, `十件实事`. */
const PROGRAMME_AGAIN = /^(?:项目|实事)/u;
/** Whether `raw` (`十二类`) named the year's programme earlier in the text (`十二类民生实事项目`). */
function programmeNamedBefore(raw: string, text: string, before: number): boolean {
  const earlier = text.slice(0, before);
  for (let at = earlier.indexOf(raw); at >= 0; at = earlier.indexOf(raw, at + 1)) {
    if (PROGRAMME_AFTER.test(earlier.slice(at + raw.length, at + raw.length + 10))) return true;
  }
  return false;
}
const PERSON_CONTEXT = new RegExp(`(?:${PERSON_NOUNS.join('|')}|人)(?:达|为|超|突破|约|共|有)?$`, 'u');

function isYear(m: Mention): boolean {
  return m.script === 'arabic' && /^\d{4}$/.test(m.raw.slice(0, 4)) && m.value >= 1900 && m.value <= 2100;
}

function numeralEnd(m: Mention): number {
  return m.end - (m.unit?.text.length ?? 0);
}

function isDate(m: Mention, text: string): boolean {
  const after = text.slice(numeralEnd(m), numeralEnd(m) + 2);
  const before = text.slice(Math.max(0, m.start - 2), m.start);
  if (m.unit?.text === '年' && isYear(m)) return true;
  if (m.unit === null) {
    if (/^[月日号]/u.test(after) && m.value >= 1 && m.value <= 31) return true;
    if (/^[-/:.]\d/u.test(after) || /\d[-/:.]$/u.test(before)) return true;
    if (/^年/u.test(after) && isYear(m)) return true;
    if (isYear(m) && /^[-—~至到]/u.test(after)) return true;
  }
  return false;
}

/** The [open, close] quote marks around a mention, at most 30 characters away on its line. */
function enclosingQuote(m: Mention, text: string): [number, number] | null {
  // Search small windows only: lastIndexOf over the whole text (or line) is quadratic.
  const window = Math.max(0, m.start - 30);
  const floor = window + text.slice(window, m.start).lastIndexOf('\n') + 1;
  const before = text.slice(floor, m.start);
  let open = -1;
  for (const q of QUOTE_OPEN) open = Math.max(open, before.lastIndexOf(q));
  if (open < 0) return null;
  // A close mark between the open mark and the mention ends that quote.
  for (const q of QUOTE_CLOSE) if (q !== before[open] && before.lastIndexOf(q) > open) return null;
  const after = text.slice(m.end, m.end + 30).split('\n')[0];
  let close = Infinity;
  for (const q of QUOTE_CLOSE) {
    const at = after.indexOf(q);
    if (at >= 0 && at < close) close = at;
  }
  return close === Infinity ? null : [floor + open, m.end + close];
}

/** A plain number after a ratio's name (收入比1.61, 2.1∶1), or alone on its line over one (`1.56` / `城乡居民收入倍差`): the ratio's first term. */
function isRatio(m: Mention, text: string): boolean {
  return m.unit === null && m.script === 'arabic' && !/[万亿]/u.test(m.raw) && m.value < 100 &&
    (RATIO_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start)) || ratioLabelBelow(m, text));
}

/** A ratio's name as an infographic's label, on the line after a number alone on its own. */
const RATIO_LABEL = /^[^\d。！？!?；;，,]{2,20}(?:比|比值|倍差)\s*$/u;
/** Whether a ratio's name labels the number from the line below (read in windows of fixed size: a line of many numbers read whole for each was quadratic). */
function ratioLabelBelow(m: Mention, text: string): boolean {
  const head = text.slice(Math.max(0, m.start - 8), m.start);
  if (!LINE_OPENS.test(head) && !(m.start <= 8 && /^\s*$/u.test(head))) return false;
  const tail = LINE_ENDS.exec(text.slice(m.end, m.end + 8));
  if (!tail) return false;
  const below = text.slice(m.end + tail[0].length, m.end + tail[0].length + 32);
  return RATIO_LABEL.test(below.split('\n', 1)[0]!);
}
/** Only spaces between a line's start (or its end) and the number. */
const LINE_OPENS = /\n[ \t\u3000]*$/u;
const LINE_ENDS = /^[ \t\u3000]*\n/u;

/** A plain number changing the ratio just given (收入比为1.82，比上年缩小0.04): a change in the ratio's terms. */
function isRatioChange(m: Mention, text: string): boolean {
  return m.unit === null && m.script === 'arabic' && !/[万亿]/u.test(m.raw) && m.value < 100 &&
    RATIO_CHANGE_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start));
}

function inferredUnit(m: Mention, text: string): Classification | null {
  if (m.personNoun) return { figure: true, unit: '人', role: 'count' };
  const hasMultiplier = /[万亿]/u.test(m.raw);
  if (!hasMultiplier) return null;
  const before = text.slice(Math.max(0, m.start - 12), m.start);
  const after = text.slice(m.end, m.end + 8);
  if (MONEY_CONTEXT.test(after.split(/[,，。;；、]/u)[0]) || MONEY_CONTEXT.test(before.split(/[,，。;；、]/u).pop() ?? '')) {
    return { figure: true, unit: '元', role: 'money' };
  }
  if (PERSON_CONTEXT.test(before)) return { figure: true, unit: '人', role: 'count' };
  return null;
}

/** A table's or a footnote's number: `表1`, the `2.` of `注：1. …。2. …`. */
function isLabel(m: Mention, text: string): boolean {
  const before = text.slice(Math.max(0, m.start - 200), m.start);
  if (LABEL_BEFORE.test(before.slice(-8))) return true;
  return FOOTNOTE_AFTER.test(text.slice(m.end, m.end + 3)) && FOOTNOTE_AT.test(before.slice(-6)) && FOOTNOTE_BEFORE.test(before);
}

/** The range of `sorted` (in order, none overlapping) that holds `at`, by binary search. */
function rangeAt(sorted: readonly ExcludedRange[], at: number): ExcludedRange | undefined {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].end <= at) lo = mid + 1;
    else hi = mid;
  }
  const r = sorted[lo];
  return r && r.start <= at ? r : undefined;
}

/** A picture's classifier, then the picture within its noun phrase: `两张对比强烈的照片`, `5个镜头`. */
const PICTURE_AFTER = /^[^，,。；;：:！？!?、\d]{0,10}?(?:照片|相片|图片|画面|镜头|插图|组图)/u;
const PICTURE_UNITS = new Set(['张', '幅', '组', '帧', '个']);
/** Work done on pictures, whose count is the work's (`拍摄了2000余张照片`, `征集老照片`, `展出…`). */
const PICTURE_WORK = /(?:拍摄|拍下|拍了|征集|收集|采集|整理|修复|展出|展示|上传|发布|收到|印制|冲洗|捐赠)了?[^，,。；;：:！？!?\d]{0,6}$/u;

/**
 * The pictures an article describes (`两张对比强烈的照片，正是…搬迁前后的样貌`): the page's own
 * illustration, as its menus are, no count of anything in the city.
 */
function isPictureShown(m: Mention, text: string): boolean {
  if (!m.unit || !PICTURE_UNITS.has(m.unit.text)) return false;
  if (!PICTURE_AFTER.test(text.slice(m.end, m.end + 14))) return false;
  const clause = text.slice(Math.max(0, m.start - 16), m.start).split(/[，,。；;：:！？!?\n]/u).at(-1)!;
  return !PICTURE_WORK.test(clause);
}

/** Words of a correction right after a figure: `此前公布的6.95万人应为6.59万人`, `发布的“…6.95万人”有误`. */
const WITHDRAWN_AFTER = /^[”"」』]?(?:数据|数字)?(?:有误|系笔误|应为|应更正为|更正为)/u;
/** …a figure published before, earlier in its sentence: `此前公布的`, `在…公众号发布的“…`. */
const PUBLISHED_BEFORE = /(?:公布|发布|刊发|披露|通报|刊登)(?:的|了)[^。！？!?\n]{0,30}$/u;

/** A figure the text says was published wrong: what replaces it is the figure; it was never true. */
function isWithdrawn(m: Mention, text: string): boolean {
  return WITHDRAWN_AFTER.test(text.slice(m.end, m.end + 8)) && PUBLISHED_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start));
}

/** A rank, then its move, right before a number of places: `排名较上年上升`, `名次前移`, `位次提升了`. */
const RANK_MOVED_BEFORE = /(?:排名|名次|位次|排位)[^，,。；;！？!?\d]{0,6}?(?:上升|提升|提高|前进|前移|下降|下滑|后退|后移|跃升)了?$/u;
/** The end of a ranking a number of places is counted from: `前`, `最后`, `倒数`. */
const RANK_END_BEFORE = /(?:前|最后|倒数)$/u;

/** An hour right before minutes: `8点`, `九点`, `9时`. */
const TIME_OF_DAY_BEFORE = /[\d零〇一二两三四五六七八九十][点时]$/u;
/** What follows a distance that bounds a name: `500米覆盖率`, `300米范围内`, `1公里半径`. */
const RADIUS_AFTER = /^(?:覆盖|范围|半径|服务圈|生活圈|以内|内)/u;

export function classifyMention(
  m: Mention,
  text: string,
  excluded: readonly ExcludedRange[],
): Classification {
  const skip = (reason: SkipReason): Classification => ({ figure: false, reason });
  if (m.preset) return skip(m.preset);
  if (REGISTRATION_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start))) {
    return skip('document_number');
  }
  const range = rangeAt(excluded, m.start);
  if (range) return skip(range.reason);
  // Before dates: 2.1∶1 reads like a time of day.
  if (isRatio(m, text) || isRatioChange(m, text)) return { figure: true, unit: '', role: 'ratio' };
  if (isDate(m, text)) return skip('date');
  if (m.unit?.role === 'age') {
    return STATISTIC_IN_YEARS.test(text.slice(Math.max(0, m.start - 60), m.start))
      ? { figure: true, unit: m.unit.unit, role: 'age' }
      : skip('age');
  }
  // 排名前五位, 前三名, 最后一名, 倒数3名: how many of the top or the bottom are meant, no count (随后5名队员 is one).
  if (RANK_END_BEFORE.test(text.slice(Math.max(0, m.start - 2), m.start)) && (m.unit?.text === '位' || m.unit?.text === '名')) return skip('ordinal');
  // 位列全市第1名, 倒数第二名, 第十一次: a place in an order, no quantity of anything (a chart would draw the worse longer).
  if (text[m.start - 1] === '第') return skip('ordinal');
  // 排名较上年上升5位, 名次前移3位: places moved in an order, no count (not 新招聘护士…增加20名, people).
  if ((m.unit?.text === '位' || m.unit?.text === '名') && RANK_MOVED_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start))) return skip('ordinal');
  if (m.unit?.role === 'time') {
    // 平均办理时长2.3个工作日, 缩短0.6个工作日: a time measured is a figure; a limit a rule sets (5个工作日内办结) is not.
    const clause = text.slice(Math.max(0, m.start - 16), m.start).split(/[，,。；;：:！？!?\n]/u).at(-1)!;
    return MEASURED_TIME_BEFORE.test(clause) && !TIME_LIMIT.test(clause + m.raw) ? { figure: true, unit: m.unit.unit, role: m.unit.role } : skip('duration');
  }
  // 市十六届人大五次会议: the session's number within a congress's term, not meetings held.
  if (m.unit?.text === '次' && SESSION_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start)) && text.startsWith('会议', m.end)) return skip('ordinal');
  if (m.script === 'chinese' && m.value === 1 && m.qualifier === 'exact') return skip('set_phrase');
  if (ONE_OF_AFTER.test(text.slice(m.end, m.end + 14))) return skip('set_phrase');
  if (isClassBound(m, text)) return skip('set_phrase');
  if (BALLOT_RULE_BEFORE.test(text.slice(Math.max(0, m.start - 6), m.start))) return skip('set_phrase');
  if (LIST_AGAIN_BEFORE.test(text.slice(Math.max(0, m.start - 4), m.start))) return skip('set_phrase');
  if (PROGRAMME_AFTER.test(text.slice(m.end, m.end + 10))) return skip('plan_name');
  // 十二类项目中，已提前完成…的3类: the programme named before (全市十二类民生实事项目) said again, not a count.
  if (PROGRAMME_AGAIN.test(text.slice(m.end, m.end + 4)) && programmeNamedBefore(m.raw, text, m.start)) return skip('plan_name');
  // 此前公布的6.95万人应为6.59万人: the withdrawn figure (a chart must not show it).
  if (isWithdrawn(m, text)) return skip('superseded');
  const quote = enclosingQuote(m, text);
  if (quote !== null) {
    const inner = text.slice(quote[0] + 1, quote[1]);
    if (PLAN_INSIDE.test(inner) || PLAN_AFTER.test(text.slice(quote[1] + 1, quote[1] + 3))) {
      return skip('plan_name');
    }
    // A name holds no sentence's punctuation: “以前停车一个月要三百块。” is words said.
    if (inner.length <= 12 && !/[。！？!?，,…]/u.test(inner)) return skip('set_phrase');
  }
  // 8点30分, 九点三十分, 9时30分: the minutes of a time of day, no score.
  if (m.unit?.role === 'score' && TIME_OF_DAY_BEFORE.test(text.slice(Math.max(0, m.start - 3), m.start))) return skip('date');
  // 公交站点500米覆盖率, 300米范围内: a distance that bounds a name, no length of anything.
  if (m.unit?.role === 'length' && RADIUS_AFTER.test(text.slice(m.end, m.end + 4))) return skip('set_phrase');
  if (isPictureShown(m, text)) return skip('illustration');
  if (m.unit) return { figure: true, unit: m.unit.unit, role: m.unit.role };
  if (m.unit === null && isLabel(m, text)) return skip('ordinal');
  if (m.unit === null && m.script === 'arabic' && m.raw.length >= 9 && /^\d+$/.test(m.raw)) {
    return skip('document_number');
  }
  return inferredUnit(m, text) ?? skip('no_unit');
}
