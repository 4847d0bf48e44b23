/**
 * What a figure is about: its subject (as the article names it), place, category and
 * canonical indicator.
 *
 * Subject: Chinese puts the counted noun after the classifier (`359个老年助餐点`) or
 * before the number (`增加寄宿制学位1.68万个`). The clause after the figure is used when
 * it starts with a noun, else the clause before it, trimmed of place names, time words
 * and verbs. A subject that only says how a number relates to the previous figure
 * (`增长5.1%`, `完成年度任务的90.58%`, `覆盖率达95%`) is joined to that figure's
 * subject and indicator.
 */
import { charSet, isIn } from './chars.js';
import { findPlaceMentions } from './gazetteer.js';
import { glossaryName } from './english-name.js';
import { CATEGORY_KEYWORDS, INDICATORS, PLACES, TO_DO_AFTER, TO_DO_BEFORE, type IndicatorEntry } from './lexicon.js';
import type { Indicator, IndicatorKind, LocalizedName } from './types.js';
import { quantityOf } from './units.js';

/** Words that end a noun phrase after a figure (`3个长者食堂共供餐…`: a total's 共 before its verb, not 公共, 共享). */
const AFTER_STOP =
  /(?:(?<!公)共(?:计|有)?(?=[供组开举接服为完发惠吸帮收办])|完成|实现|得到|享受|覆盖|参与|加入|掌握|开展|遍布|解决|搭建|组建|建立|打造|形成|推动|成为|获|入选|参加|接受|受益|助力|(?<!健康)促进|帮助|有序|稳步|顺利|进展|加快|加紧|推进|预计|力争|确保|争取|用于|已|正|将|存在|在|的|和|及|与|或|等|为|是|被|因|均|全部|同步|进行|从|达到|达|成功|提供|实施|继续|保持|门口|周边|附近|迎来|通过|让|使|\d|,|。|[|｜])/u;
/** Leading words of a clause before a figure that are not part of what is counted. */
/**
 * Leading words of a clause before a figure that are not part of what is counted, as
 * one sticky alternation that `stripLeading` applies again and again. Never `(…)+`:
 * alternatives that overlap (共计/共/计) under a repetition backtrack exponentially.
 */
const BEFORE_LEAD =
  /(?:(?:低于|高于|优于|超过)《[^》]{1,30}》(?:确定|提出|规定)?的?|(?:截至|截止)?目前|以来|调整后|在\p{Script=Han}{1,10}?的?(?:帮助|支持|帮扶|指导|带动|推动)下|今年(?:以来|上半年|内)?|去年(?:以来)?|如今|现在|包括|各月|各季度|逐月|单月|当月|同时|此外|其中|另外|一年来|四年间|年末|年底前?|全年|\d{4}年(?:以来|起|来)?|(?:全市(?:上下)?|全省|全区|全县)(?:有(?![效线机序关害毒益偿色限])(?=\p{Script=Han}{2}))?|[两三四五六七八九十](?:市|县|区|地)|过去[两三四五六七八九十]年|[两三四五六七八九十]年(?:来|间|累计)|我市|我区|该县|该市|市委|市政府|省会|已经|已|累计|共计|共有|共(?!同)|总计|合计|先后|分别|还|并|但是?|而且?|且|再|又|目前已|仅今年前\d+个月|拥有|现有|计划|力争|确保|预计|拟|(?:年度)?任务为|年度(?:目标|任务)(?:为|是)?|仅(?![占为有])|[一二三四五六七八九十]是|本年度?(?![末底])|我们|该区|该镇|该街道|各(?:镇街|乡镇|街道|县区|区县|县市区|地)|明年|下一步|(?:前三|[一二三四])季度|上半年|下半年|本学期|新学期|本月|下月)/uy;
/** A change to a level (`失业率控制在5%`, `收入比缩小至1.61`): what changes is the subject, not the verb. */
const TO_LEVEL = ['缩小', '扩大', '下降', '降低', '提高', '提升', '上升', '增长', '增加', '减少', '增', '升'].flatMap((v) => [`${v}至`, `${v}到`]);
/** Trailing words of a clause before a figure (`…共计`, `保持在`), longest first. */
const BEFORE_TRAIL = [...TO_LEVEL, '已完工', '已竣工', '已建成', '已开工', '已投用', '今年', '去年', '明年', '完成', '保持在', '保持', '稳定在', '控制在', '维持在', '进一步', '降至', '降到', '可达', '达到', '超过', '突破', '力争', '预计', '确保', '共计', '累计', '分别', '总计', '合计', '人数', '还有', '统一', '翻了', '翻', '仅为', '已', '还', '将', '达', '为', '是', '约', '近', '超', '逾', '共', '计', '有', '的', '了', '仅', '均为', '均'];
/**
 * Verbs a subject drops (`建成…`, `完成…`); not `新建`, `增加`, which say the things counted are new (新建老年助餐点: what was
 * added, not all there are), nor `筹集` of things (筹集保障性租赁住房8420套: homes raised in the year, never the stock of them).
 */
const VERB_LEAD =
  /^(?:建成|完成|实施|改造|筹集(?=\p{Script=Han}{0,4}(?:资金|经费))|建设|创建|组建|确定|组建了|设置|投入|筹措|更换|配置|培育|举办|促成|提供|开发|推出|办结|惠及|带动|解决|开展|整合|收集|上线|覆盖|同步|组建|出台|制定|开设|对(?!口))/u;

/** Change verbs between a level and the one it reached (`由3.12缩小到`). */
// (由每人每月780元调整为820元: a standard set anew is a change too.)
// (降至: `起付线由600元降至500元`.)
const CHANGED_TO = '(?:(?:缩小|扩大|下降|降低|降|减少|提高|提升|增加|增长|上升|调整|上调|下调)(?:到|至)了?|调整为)';
/** The year a level is of, between the change's words and it (`由2020年的2.46人增加到2024年的2.92人`). */
const LEVEL_YEAR = '(?:\\d{4}年(?:底|末)?的?)?';
/** The words before a level a change starts from (`收入比由`) or reaches (`收入比由3.12缩小到`): the name, then 由 or 从. */
/** When a change takes effect, opening the words before 由 (`计划自2027年1月1日起`). */
const TAKES_EFFECT_LEAD = /^(?:计划|拟|将|预计)?(?:自|从)[^，,；;。由]*?(?:起|开始)(?:执行|实施)?/u;
/** A standard's unit between 由 and its amount (`由每个托位每年2000元提高到2400元`). */
const PER_UNIT = '(?:每[^由从，,；;。\\d]{1,8}?)?';
// (满意率由节目现场的68.5%提高到86.0%: where or when the first level was taken, said with 的.)
const LEVEL_WHEN = `(?:${LEVEL_YEAR}|\\p{Script=Han}{2,6}的)`;
export const LEVELS = new RegExp(`^(.+?)(?:由|从)${LEVEL_WHEN}${PER_UNIT}(?:\\d+(?:\\.\\d+)?[万亿]?(?:[%‰]|\\p{Script=Han}{1,2}?)?${CHANGED_TO}${LEVEL_YEAR}${PER_UNIT})?$`, 'u');
/** A level a change starts from, before what it reached: `由3.12`, then `缩小到2.35`. */
export const FROM_LEVEL_AFTER = new RegExp(`^(?:[%‰]|\\p{Script=Han}{1,2}?)?${CHANGED_TO}\\d`, 'u');

/** A multiple of an earlier year's level, right before it: `是去年的`, `相当于2020年同期的`. */
const MULTIPLE_OF_BASE = /^(?:是|为|相当于)((?:上年|去年|今年|\d{4}年)(?:同期|末|底)?)的$/u;
/** A doubling's words before its count (`床位数比2020年翻了`, `翻两`): what doubled, and its base. */
const DOUBLED = /^(.*?)(比(?:上年|去年|\d{4}年)(?:同期|末|底)?)?翻了?$/u;

/** Growth on last year's budget (`比上年预算数增长1.2%`, or `增长0.8%` right after `比上年预算数增加4.8亿元`). */
export const GROWTH_ON_BUDGET = { suffix: 'growth_on_budget', name: { zh: '比上年预算数增长', en: 'growth on the previous budget' }, kind: 'change' } as const;

/** Derived changes of the figure before in its own unit, more or less than a base. */
const RISE_OR_FALL: ReadonlySet<string> = new Set(['increase', 'rise', 'decrease', 'fall']);
/** How a subject relates to the previous figure: suffixes for the derived indicator. */
const DERIVED: ReadonlyArray<readonly [RegExp, string, LocalizedName, IndicatorKind]> = [
  // 支出安排147.6亿元，比上年预算数增长1.2%, 比上年预算数增加4.8亿元: a budget against last year's budget,
  // not against what was spent (another measure: the change on last year's spending).
  [/^比(?:上年|去年)预算数?增长$/u, GROWTH_ON_BUDGET.suffix, GROWTH_ON_BUDGET.name, GROWTH_ON_BUDGET.kind],
  [/^比(?:上年|去年)预算数?(?:增加|提高|上升|多)$/u, 'increase_on_budget', { zh: '比上年预算数增加', en: 'increase on the previous budget' }, 'change'],
  // 比上一轮体检提高2.5个百分点: a checkup's change on the last checkup's reading, as 比上年's on the year before.
  [/^(?:同比|比(?:上年|去年|\d{4}年)(?:同期)?)?增长$|^同比?(?:增加|提高|上升)$|^(?:增加|提高|上升)$|^比上一?(?:轮|次|期)\p{Script=Han}{0,4}?(?:增长|增加|提高|上升)$/u, 'growth', { zh: '增长率', en: 'growth' }, 'change'],
  // 环比: on the period before (a quarter, a month), another measure than 同比's on the year before.
  [/^环比(?:增长|增加|提高|上升)$/u, 'growth_on_period', { zh: '环比增长率', en: 'growth on the previous period' }, 'change'],
  [/^(?:同比|比(?:上年|去年)(?:同期)?)?(?:下降|减少|降低)$|^比上一?(?:轮|次|期)\p{Script=Han}{0,4}?(?:下降|减少|降低)$/u, 'decline', { zh: '下降率', en: 'decline' }, 'change'],
  [/^完成[^，,；;。的]{0,4}?(?:目标)?(?:任务|目标|计划)的?$/u, 'target_share', { zh: '完成年度任务比例', en: 'share of annual target' }, 'share'],
  // 收入完成286.4亿元，为预算的101.2%; 支出…完成调整预算的97.9%: the share of the budget done.
  [/^(?:为|完成)(?:年初|调整)?预算的?$/u, 'budget_share', { zh: '完成预算比例', en: 'share of budget' }, 'share'],
  [/^覆盖率$/u, 'coverage', { zh: '覆盖率', en: 'coverage' }, 'rate'],
  // 占一般公共预算支出的比重, 占全省新增总数的: a share of some whole (never 占地, land taken).
  [/^占(?!地)[^，,；;。]{0,14}?(?:比重|比例)?$/u, 'share', { zh: '占比', en: 'share' }, 'share'],
  // 但距4.5个的规划目标仍差1.4个, 较目标值相差0.9个: how far the figure before falls short of its target.
  [/^(?:但|仍)?(?:距离?|较|离)?的?(?:规划|约束性|预期性?)?目标值?(?:仍|还)?相?差$/u, 'target_gap', { zh: '距目标差距', en: 'gap to target' }, 'change'],
  // 比2020年累计增长28.5%: growth over several years, not a year's.
  [/^比(?:\d{4}年|上年|去年)累计增长$/u, 'cumulative_growth', { zh: '累计增长率', en: 'cumulative growth' }, 'change'],
  [/^年均增长$/u, 'annual_growth', { zh: '年均增长率', en: 'average annual growth' }, 'change'],
  // 比许昌市多86公里: how much more than another place did, the figure before's.
  [/^比(?!上年|去年|\d{4}年|[一二三四上]季度|上月|上半年|年初)\p{Script=Han}{2,10}(?<!减)(?:多|少)$/u, 'difference', { zh: '之差', en: 'difference' }, 'change'],
  [/^比(?:上年|去年)(?:末|同期)?(?:增加|提高|上升|多)$/u, 'increase', { zh: '比上年增加', en: 'increase on previous year' }, 'change'],
  // A stock against the year before's (常住人口526.1万人，比上年末减少1.3万人): an amount, not a rate.
  [/^比(?:上年|去年)末(?:减少|下降|降低)$|^比(?:上年|去年)(?:同期)?少$/u, 'decrease', { zh: '比上年减少', en: 'decrease on previous year' }, 'change'],
  // Against another base (比2020年, 比一季度末) or none (增加3100人): a rise or fall in the figure's unit, named so.
  // (A time measured grows longer or shorter: 平均办理时长2.3个工作日，比2024年缩短0.6个工作日.)
  [/^比(?:\d{4}年|[一二三四上]季度|上月|上半年|年初)末?(?:同期)?(?:增加|提高|上升|多|延长)$/u, 'rise', { zh: '增加', en: 'increase' }, 'change'],
  [/^比(?:\d{4}年|[一二三四上]季度|上月|上半年|年初)末?(?:同期)?(?:减少|下降|降低|少|缩短)$/u, 'fall', { zh: '下降', en: 'decrease' }, 'change'],
  // A ratio or a gap that narrows or widens (收入比为1.82，比上年缩小0.04): a change in its terms, not a rate.
  // 住院人次占比65.32%，高于全省平均水平16.16个百分点: how far the figure before is above (or below) an average.
  // (低于全国0.3个百分点, 高于全省最低标准30元: the wider region's own level or standard, named as the article says it.)
  [/^(?:高于|超过|超出)(?:(?:全国|全省|全市|全区|省|市|区)?(?:的)?平均(?:水平|值)?|(?:全国|全省|全市)(?:的)?(?:最低)?(?:标准|水平)?)$/u, 'above_average', { zh: '高于平均水平', en: 'above the average' }, 'change'],
  [/^低于(?:(?:全国|全省|全市|全区|省|市|区)?(?:的)?平均(?:水平|值)?|(?:全国|全省|全市)(?:的)?(?:最低)?(?:标准|水平)?)$/u, 'below_average', { zh: '低于平均水平', en: 'below the average' }, 'change'],
  [/^比(?:上年|去年)(?:末|同期)?缩小$/u, 'narrowing', { zh: '比上年缩小', en: 'narrowing on previous year' }, 'change'],
  [/^比(?:上年|去年)(?:末|同期)?扩大$/u, 'widening', { zh: '比上年扩大', en: 'widening on previous year' }, 'change'],
];

/** A rise or fall in an amount (`增加30元`) or in points is a difference, not a rate of growth. */
function inUnit(derived: NonNullable<SubjectParts['derived']>, unit: string, relation: string): NonNullable<SubjectParts['derived']> {
  // 增长了1.6倍 is growth, a multiple of the base.
  if (unit === '%' || unit === '倍' || !unit) return derived;
  const lastYear = /比(?:上年|去年)/u.test(relation);
  const as = derived.suffix === 'growth' ? (lastYear ? 'increase' : 'rise') : derived.suffix === 'decline' ? (lastYear ? 'decrease' : 'fall') : undefined;
  const entry = as && DERIVED.find((d) => d[1] === as);
  return entry ? { suffix: entry[1], name: entry[2], kind: entry[3] } : derived;
}

export interface SubjectParts {
  /** The noun phrase the figure counts. */
  subject: string;
  /** Whether the subject was read after the figure or before it. */
  from: 'after' | 'before';
  /** Set when the subject only relates the figure to the previous one. */
  derived?: { suffix: string; name: LocalizedName; kind: IndicatorKind };
  /** The clause before named a place first (`章贡区新增就业`, `其中章贡区`), or only a town: the place is not the subject. */
  placeLed?: boolean;
  /** The things counted are those something covers (`覆盖242个乡镇卫生院的…医共体`): no count of all there are. */
  covered?: true;
}

/** A number in a clause before a figure, and what it counts or dates (`6个`, `11月底`). */
const EARLIER_NUMBER = /\d+(?:\.\d+)?/gu;
// (A deadline's 前 goes with its date: 力争6月底前新建驿站 counts 驿站, not 前新建驿站.)
const EARLIER_TAIL = /[^\p{Script=Han}\d]*[余多]?[万亿]?[余多]?(?:周岁|个月|月份|年度|人次|分钟|公里|千米|平方米|\p{Script=Han})?(?:底|末|初|中旬|上旬|下旬)?(?:之前|以前|前(?!\p{Script=Han}?[期身]))?/uy;
/** An age (`65岁以上`, `3岁以下`, `80至89周岁`): part of who is counted, never an earlier figure. */
const AGE = /^(?:[至到~～—－-]\d{1,3})?[^\p{Script=Han}\d]*(?:周岁|岁)/u;
/** A distance or time that bounds a rate or an area (`公交站点500米覆盖率`, `15分钟健身圈`), or a hotline's number (`12345热线`): part of a name. */
const RADIUS = /^(?:米|公里|千米|分钟)(?=\p{Script=Han})|^热线/u;
/** An item's number (`1.教育支出`, `2、社会保障`): no figure, and no classifier after it. */
const ITEM_MARK = /^[.．、](?!\d)/u;
/** A government hotline's number (`12345投诉`, `12315举报`): part of a name, no earlier figure counting its next character. */
const HOTLINE = /^123\d\d$/u;
const QUOTE_OPEN = /[“「『]/gu;
const QUOTE_CLOSE = /[”」』]/gu;

/**
 * `s` after the last earlier figure in it (29名专家长期驻点6个乡: 乡, not 名专家…), keeping
 * an age (`65岁以上老年人`) and a number inside a quoted name (`“15分钟健身圈”`), which
 * belong to what is counted.
 */
function afterEarlierFigures(s: string): string {
  let cut = 0;
  /** Where the last earlier figure starts, and the cut before it. */
  let lastStart = 0;
  let cutBefore = 0;
  for (const m of s.matchAll(EARLIER_NUMBER)) {
    const end = m.index + m[0].length;
    // 比2020年翻了一番: the year compared with is part of the comparison, not an earlier figure.
    if (AGE.test(s.slice(end)) || RADIUS.test(s.slice(end)) || HOTLINE.test(m[0]) || (s[m.index - 1] === '比' && s[end] === '年')) continue;
    // 1.教育支出22.3亿元: a list item's number, not a figure that counts 教.
    if (m.index === 0 && /^[.．]\p{Script=Han}/u.test(s.slice(end))) {
      cut = end + 1;
      continue;
    }
    const head = s.slice(0, m.index);
    if ((head.match(QUOTE_OPEN) ?? []).length > (head.match(QUOTE_CLOSE) ?? []).length) continue;
    // 资阳临空经济区2021年以来累计落地项目: a year since which, inside the words, is no earlier figure; who did it stays.
    if (/\p{Script=Han}$/u.test(head) && YEAR_SINCE.test(s.slice(m.index))) continue;
    if (!head.trim() && ITEM_MARK.test(s.slice(end))) {
      cut = end + 1;
      continue;
    }
    EARLIER_TAIL.lastIndex = end;
    cutBefore = cut;
    lastStart = m.index;
    cut = end + EARLIER_TAIL.exec(s)![0].length;
  }
  // 招收初一新生12个班540人: one character after the earlier figure is its noun (班); both count what came before it.
  if (cut > 0 && ONE_NOUN.test(s.slice(cut)) && lastStart > cutBefore) return s.slice(cutBefore, lastStart);
  return s.slice(cut);
}
/** A year since which, and words after it (`2021年以来累计`). */
const YEAR_SINCE = /^\d{4}年(?:以来|起)(?=\p{Script=Han})/u;
/** A single noun character left after an earlier figure: its classifier's noun (`12个班`). */
const ONE_NOUN = /^\p{Script=Han}$/u;
/** What a noun after a figure starts with: a character, or an age's digits. */
const NOUN_START = /^[\d\p{Script=Han}]/u;
/** What people did, all the words after their count say (`4200多人就业`): no name of who they are. */
const DID_ALONE = /^(?:就业|再就业|增收|脱贫|务工|创业|就近就业|转移就业|返乡就业)$/u;
/** Who or what brought it about, right before the count (`带动当地`, `吸纳周边`). */
const DROVE = /(?:带动|吸纳|吸引|帮助|促进)(?:了)?(?:当地|本地|周边|附近|农村|村民|群众){0,2}$/u;
/** Places counted, then what visitors did there (`学校检查校园安全`). */
const VISITED_FOR = /^(\p{Script=Han}{2,6}?)(检查|督查|巡查|调研|督导|指导)(\p{Script=Han}{2,8})$/u;
/** A verb of going somewhere opening the words after a figure (`赴黔西南州挂职`). */
const GOES_TO = /^(?:赴|前往|奔赴)\p{Script=Han}/u;
/** An age that opens the words after a figure (`60岁以上老年人`). */
const AGE_AFTER = /^\d{1,3}(?:周)?岁(?:及以上|以上|以下)?(?=\p{Script=Han})/u;
const GLOSS = /[(（][^)）]{1,4}[)）]/gu;
// Regexes with \p{…} are module constants, not literals in the functions: esbuild turns
// such a literal into `new RegExp(…)`, which would compile it again on every call.

/** First characters of place names: most clauses start with none, and skip the loop. */
const PLACE_INITIALS = charSet(PLACES.map((p) => p.name.zh[0]).join(''));

/** `s` without the place names it starts with, tried in PLACES order (河北省石家庄市…). */
function stripLeadingPlaces(s: string): string {
  if (!isIn(PLACE_INITIALS, s, 0)) return s;
  for (const p of PLACES) if (s.startsWith(p.name.zh)) s = s.slice(p.name.zh.length);
  return s;
}

/** A town or subdistrict named alone (`马鞍街道`): where a figure is, not what it counts. */
export const TOWN = /^\p{Script=Han}{2,5}(?:街道|镇)$/u;

/**
 * `s` without a full division name it starts with (`章贡区新增就业`: 章贡区 is the figure's
 * place, which places.ts reads; 新增就业 is what it counts), and whether there was one.
 */
function stripLeadingDivision(s: string): { rest: string; place: boolean } {
  const first = findPlaceMentions(s.slice(0, 12))[0];
  if (first?.start !== 0) return { rest: s, place: false };
  const rest = s.slice(first.end);
  // A short form (赣州前三季度…) only where words that open a clause follow it: 南康 alone may begin a name.
  if (first.form === 'full' || stripLeading(rest, BEFORE_LEAD) !== rest) return { rest, place: true };
  return { rest: s, place: false };
}

/** `s` without the matches of the sticky `re` it starts with, one after another. */
function stripLeading(s: string, re: RegExp): string {
  let at = 0;
  for (;;) {
    re.lastIndex = at;
    const m = re.exec(s);
    if (!m || !m[0]) return s.slice(at);
    at += m[0].length;
  }
}

/** Trailing words by their last character, each list in the words' order: a clause's end is tried against a few, not all. */
type TrailingWords = ReadonlyMap<string, readonly string[]>;
function byLastChar(words: readonly string[]): TrailingWords {
  const map = new Map<string, string[]>();
  for (const w of words) map.set(w.at(-1)!, [...(map.get(w.at(-1)!) ?? []), w]);
  return map;
}
const BEFORE_TRAIL_BY_LAST = byLastChar(BEFORE_TRAIL);

/** `s` without the `words` it ends with, one after another, longest first. */
/** Words that end in a trailing word but are whole (`违法行为32起`: not 违法行 and 为; `低于全省平均`: not 平; `签约`). */
// (重点人群家庭医生签约38.6万人: 签约 is a word, not 签 and an 约 of about.)
const NOUN_ENDING_TRAIL = /行为$|平均$|[签预节合公契制]约$/u;
function stripTrailing(s: string, words: TrailingWords): string {
  for (let end = s.length; ; ) {
    if (NOUN_ENDING_TRAIL.test(s.slice(0, end))) return s.slice(0, end);
    const word = words.get(s[end - 1]!)?.find((w) => s.endsWith(w, end));
    if (!word) return s.slice(0, end);
    end -= word.length;
  }
}

const QUOTE_MARKS = /[“”「」『』"]/gu;
/** The phrases of a headline before the last space between words of two characters or more. */
const HEADLINE_PHRASE = /^.*\p{Script=Han}{2}[ \u3000]+(?=\p{Script=Han}{2})/u;

/** A street opening a clause, with more after it (`猛追湾街道今年新建…`): where, not what. (A 镇 cannot be told from 城镇.) */
const TOWN_LEAD = /^(?:\p{Script=Han}{2,5})?街道(?![级办])(?=\p{Script=Han}{2})/u;
/**
 * A place word that has what is counted (`全区有…`, `社区有常住居民`): the verb goes; a part of the place below the
 * gazetteer (社区, 村) stays, or its residents would read as the whole district's (QA s14: 社区常住居民, not 常住居民).
 */
const PLACE_HAS = /^(?:(社区|小区|街道|村|镇)|辖区|全市|全区|全县)内?共?有(?=\p{Script=Han}{2})/u;
/** Time words inside a name (`区级财政今年以来投入`), not comparisons (比去年同期). */
/** A span of time and 就 in the words before a figure (`两年就`, `三个月便`): how fast, not what. */
const SPAN_THEN = /[一二两三四五六七八九十\d]+个?(?:年|月|天|周)(?:时间)?(?:就|便|即)(?!将)/u;
const TIME_INSIDE = /(?<=\p{Script=Han})(?<![比较与])(?:今年|去年|明年|\d{4}年(?=以来|起))(?:以来|起)?(?:累计)?(?!同期)(?=\p{Script=Han})/gu;
/**
 * An adverb of how little or how much ending the words before a price in speech (`一荤两素才`, `一餐只要`,
 * `请保姆一个月要`): no part of what is priced. (Not the 才 of 人才, nor 要 but after a span of time.)
 */
const SPEECH_TAIL = /(?:(?<![人英天专口])才|只要|就要|只需|也就|(?<=[月天周年次餐顿])要)$/u;
/** 各 ending the words before a figure (`城市书房各`): the count is each item's. */
const EACH_END = /(?<=\p{Script=Han}{2})各$/u;
/** Adverbs of 'also, again' between who and a verb of two characters ending the words (`老年人还能再优惠`). */
const INNER_ADVERB = /(?<=\p{Script=Han}{2})(?:还能再|还能|还可以?|还要|又能)(?=\p{Script=Han}{2}$)/u;
/** A standard's unit written before its amount (`低保标准提高到每人每月760元`): kept as a gloss on the name. */
const PER_HEAD = /(每人每(?:月|年))$/u;

/** What is compared, then another's own figure (`标准高于深圳市现行的每人每月150元`): the figure is of the same measure. */
const OTHERS_OWN = /^(.{2,}?)(?:高于|低于|超过|不及|相当于)\p{Script=Han}{2,8}?(?:现行|目前|当前|同期)?的/u;

/** A list's mark opening a line (`●义务教育…`, `▶全年新招聘…`, `→新增…`): no part of what is counted. */
const BULLET_LEAD = /^[●○•◆◇■□▲△▶▷►★☆→➤✅✔]+\s*/u;

/** What may stand beside a number alone on its line: a direction (`↑5.1%`), a sign, spaces. */
const NUMBER_LINE_REST = /^[\s↑↓⬆⬇+＋\-－]*$/u;
/** A label line: short, no digits, no sentence end. */
const LABEL_LINE = /^[^\d０-９。！？!?；;]{2,30}$/u;

/** How many characters about a number alone on its line its marks (bullets, arrows, spaces) take at most. */
const LINE_MARKS = 16;

/**
 * The label of a number written alone on its line, as infographic posts are transcribed
 * (`1.68万个` / `新增中小学学位`, `↑5.1%` / `城镇居民人均可支配收入`): the next line when it is a
 * label, else the line before (`→其中农村助餐点` / `37个`). A rise or fall sign names a change.
 */
export function numberLineLabel(text: string, start: number, end: number): string | undefined {
  // A number alone on its line has a few marks about it at most: looked for within a window, as a
  // line of many figures would otherwise be read whole for each (quadratic).
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (start - lineStart > LINE_MARKS) return undefined;
  const nl = text.indexOf('\n', end);
  const lineEnd = nl < 0 ? text.length : nl;
  if (lineEnd - end > LINE_MARKS) return undefined;
  const lead = text.slice(lineStart, start);
  if (!NUMBER_LINE_REST.test(lead) || !NUMBER_LINE_REST.test(text.slice(end, lineEnd))) return undefined;
  const line = (from: number, step: 1 | -1): string | undefined => {
    // The nearest line with words, across one blank line at most.
    for (let i = 0, at = from; i < 2 && at >= 0 && at <= text.length; i++) {
      const a = step > 0 ? at : text.lastIndexOf('\n', at - 1) + 1;
      const b = step > 0 ? (text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at)) : at;
      const s = text.slice(a, b).trim();
      if (s) return s;
      at = step > 0 ? b + 1 : a - 1;
    }
    return undefined;
  };
  const next = line(lineEnd + 1, 1);
  const previous = lineStart > 0 ? line(lineStart - 1, -1) : undefined;
  const label = next && LABEL_LINE.test(next) ? next : previous && LABEL_LINE.test(previous) && BULLET_LEAD.test(previous) ? previous : undefined;
  if (!label) return undefined;
  const name = label.replace(BULLET_LEAD, '').replace(/^其中[，,]?/u, '').replace(QUOTE_MARKS, '').trim();
  const change = /[↑⬆]/u.test(lead) ? '增长' : /[↓⬇]/u.test(lead) ? '下降' : '';
  return name + (change && !name.endsWith(change) ? change : '');
}

export function trimBefore(clause: string): { trimmed: string; place: boolean } {
  const others = OTHERS_OWN.exec(clause.trim().replace(BULLET_LEAD, ''));
  const bare = clause.trim().replace(BULLET_LEAD, '');
  let s = stripLeadingPlaces(others ? others[1] + bare.slice(others[0].length) : bare);
  // 项目｜目标｜进度: a table row's cell ends at its separator.
  s = afterEarlierFigures(s.slice(Math.max(s.lastIndexOf('|'), s.lastIndexOf('｜')) + 1));
  // 开学第一天 开化县新增学位2160个: in a headline a space ends a phrase, as after a figure (not 全　市, a name spaced out).
  s = s.replace(HEADLINE_PHRASE, '');
  s = stripLeading(s, BEFORE_LEAD);
  s = stripLeadingPlaces(s);
  const division = stripLeadingDivision(s);
  s = stripLeading(division.rest, BEFORE_LEAD);
  // 猛追湾街道今年新建…, 社区有常住居民: a town or street, or a place that has, before what is counted.
  s = stripLeading(s.replace(TOWN_LEAD, '').replace(PLACE_HAS, '$1'), BEFORE_LEAD);
  // 区级财政今年以来投入…: when is the period's to say, not the name's.
  s = s.replace(TIME_INSIDE, '');
  // A quoted name (`“15分钟健身圈”覆盖率`) is part of the noun; its marks are not.
  // 仅占城市社区的, 仅为: how little is the report's tone, not the name.
  s = s.replace(/仅(?=占|为|有)/gu, '');
  // 80岁以上老人占三成: a share of who comes before 占.
  if (/.{2}占$/u.test(s)) s = `${s}比`;
  // 一荤两素才十二块钱, 一个月车费也就40多元: how little is the speaker's tone, not the name
  // (the adverb alone, `只要10块钱`, stays: extract.ts names that price by the clause before).
  s = s.replace(SPEECH_TAIL, '') || s;
  // 老年人还能再优惠2元: how much more is the speaker's tone; who and what remain (老年人优惠).
  s = s.replace(INNER_ADVERB, '');
  // “三年十万大学生留呼工程”两年就完成8.4万人: how fast (两年就) is the report's tone, not the name.
  s = s.replace(SPAN_THEN, '') || s;
  // 建设口袋公园、城市书房各30个: each of the things listed, said as a gloss (城市书房（各）), never 城市书房各.
  const each = EACH_END.test(s);
  if (each) s = s.slice(0, -1);
  const trailed = stripTrailing(s, BEFORE_TRAIL_BY_LAST);
  const per = PER_HEAD.exec(trailed)?.[1];
  const stem = stripTrailing(per ? trailed.slice(0, -per.length) : s, BEFORE_TRAIL_BY_LAST).replace(QUOTE_MARKS, '').trim();
  const trimmed = (per && stem ? `${stem}（${per}）` : stem) + (each && stem ? '（各）' : '');
  return { trimmed, place: division.place || TOWN.test(trimmed) };
}

/**
 * Leading words of a subject that say when or how, not what (`建成后将新增床位`, `另有`,
 * `年底前再完成`, `正在施工`, `其余`, the 前 of a deadline cut before it: `2026年底|前建成`): a sticky alternation, applied again and again.
 */
const PARTICLE_LEAD = /(?:(?:建成|投用|完工|竣工)?后|(?:之|以)?前(?![一二三四五六七八九十\d])|另有|另|(?:年|月)?底前?|年内|届时|要?再(?!就业)|还|又|将|可(?!支配)|已|正在|全面|全部|其余|剩余|剩下的?|其他)/uy;

/**
 * The noun a clause before a figure ends with: without its leading particles and verb,
 * but with the verb when what is left is a bare word of two characters (`带动就业`, `提供岗位`).
 */
function nounBefore(trimmed: string): string {
  const s = stripLeading(trimmed, PARTICLE_LEAD);
  // 正在建设的配售型保障性住房项目: what is built, without the relative clause.
  // 惠及困难群众21万人次: those a benefit reached, not every needy person.
  const noun = BENEFIT.test(s) || WORKED_ON_LEAD.test(s) ? s : s.replace(LIGHT_VERB_INSIDE, '').replace(VERB_LEAD, '').replace(/^的/u, '');
  // 新建和改造农村公路: both verbs say what was done; never a subject that opens with 和.
  if (!noun || /^[和、及与]/u.test(noun)) return s;
  return noun.length > 2 ? noun : s;
}

/** A light verb inside a clause (`…的问题开展专项治理12项`, `秋季首批招收初一新生`): what is counted is its object, not what comes before it. */
const LIGHT_VERB_INSIDE = /^\p{Script=Han}{1,12}?(?<!新)(?:开展|实施|招收)了?(?=\p{Script=Han}{2})/u;

/** The service after the people a figure counts (`…重度残疾人提供居家托养和康复服务`, `为2.3万人次困难群众实施临时救助`). */
// (对80所寄宿学校进行改造: the work done on the things, as 实施综合改造.)
// (为辖区16.2万名60岁以上老年人建立了电子健康档案: what was set up for them.)
const SERVED = /^\s*(?:提供|实施|进行|开展|建立)了?(\p{Script=Han}{2,12})/u;

const BENEFIT = /^惠及/u;
/** 为 or 对 right before the people or things a service reaches, a scope between (`为全区3.6万余名…学生提供课后延时服务`). */
// (对辖区内22所农村学校进行提质改造, 对2000年底前建成的86个…实施综合改造: a place's inside, or the things' own 的 clause, between.)
const SERVED_BY = /[为对](?:全市|全区|全县|全省|全镇|辖区内?|区内|市内|县内|本市|本区|本县)?(?:[^，,；;。为对]{1,16}的)?$/u;

/** Verbs right before a figure that undo or clear what it counts: the count is of that work, not of the things. */
const UNDONE = /(?:拆除|清理|清除|整治|取缔|关停|腾退)$/u;
/**
 * Verbs right before a figure of work done on things that stood before it (`改造提升了645个老旧小区`,
 * `更换4300套多功能课桌椅`) or of those a benefit reached (`惠及1.3万余名农村学生`): the count is of that work,
 * not the stock, and a table row reads the subject, so it keeps the verb (改造提升老旧小区).
 */
// (Not 新建, 建成: new things are the things; nor 提升 alone, a level's verb: 提升至86%.)
const WORKED_ON = /(?:新建[和、及])?(?:改造提升|提升改造|提质改造|升级改造|提档升级|改造|更换|翻新|维修|修缮|惠及)了?$/u;
/** The same verbs opening the words before a figure (`改造老旧燃气管网139公里`): kept as they are. */
const WORKED_ON_LEAD = /^(?:改造提升|提升改造|提质改造|升级改造|提档升级|改造|更换|翻新|维修|修缮)(?=\p{Script=Han}{2})/u;

/** A clause that spends money, ending right before the amount: `市本级财政每年投入`. */
const SPENDS = /(?:投入|投资|筹措|筹集|安排|拨付|下达|发放)$/u;
/** What a share covers (`覆盖城市社区`), the 的 before the share gone. */
const COVERS = /^覆盖\p{Script=Han}{2,10}$/u;
/** `…项目中` ending the words after a figure: among them (not 集中, 其中). */
const AMONG = /(?<=\p{Script=Han}{2})(?<![集其心])中$/u;
/** `一支` / `一个` before a figure: one group of that many (`一支120人的队伍`). */
const ONE_OF_KIND = /一(?:支|个|批|只)$/u;
/** Recipients (向…, or a phrase with 的), then what is paid out to them. */
// (…2000元的标准发放运营补贴: the standard's words, cut at its amount, before what is paid.)
const PAID_TO = /^(?:(?:向|为|给|对).+|.*的\p{Script=Han}{0,4}|标准)((?:发放|拨付|下达|提供)\p{Script=Han}{2,10})$/u;
/** 的 and a short noun ending the words after a figure's first noun (`…的村卫生室`, then a stop). */
// Not a frame or a measure of what came before (`645个老旧小区的基础上`, `…的目标`, `…的比例`).
const OF_NOUN = /^的(?![^，,；;。、]*\d)(?!基础|前提|情况|同时|过程|背景|条件|要求|目标|标准|水平|比例|比重|规模|任务|计划|一半|总数|数量|照片|图片|画面|镜头)(\p{Script=Han}{2,6}?)(?=$|[，,；;。、和及与]|同步|均|已|正在|全部|进行)/u;
/** 的 and what covers the things before it, to the clause's end (`…乡镇卫生院的紧密型县域医共体`). */
const COVERED_BY = /^\s*[“「]?\p{Script=Han}{2,12}?[”」]?(?:[(（][^)）]{1,12}[)）])?的(\p{Script=Han}{2,10})(?=$|[，,；;。])/u;
/** 的 and the work done on the things before it, what is counted (`…老人的居家适老化改造任务`), to the clause's end. */
const WORK_OF = /^的(\p{Script=Han}{0,8}?(?:改造|修缮|维修|整治|治理|安置|搬迁|提升|建设))(?:任务|工程|项目)?(?=$|[，,；;。])/u;
/** A school or hospital, all a clause before a figure says (`职高`, `全县13个乡镇小学的`, trimmed). */
const INSTITUTION = /^\p{Script=Han}{0,6}(?:学校|小学|中学|初中|高中|职高|普高|中职|技校|大学|高校|幼儿园|医院|卫生院)$/u;
/** The people of a school or hospital, counted after the figure. */
const PEOPLE_OF = /^(?:考生|学生|新生|毕业生|在校生|教师|教职工|职工|医护人员|医生|护士|幼儿|患者)$/u;

/** A verb of work after what is counted (`…热力开展`, `…广泛开展`). */
const WORK_VERB = /^(?:开展|举办|推进|实施|进行|落实|展开)/u;
/**
 * A deadline or a comparison ending the words after a figure, before their own predicate or number
 * (`835万元临时救助资金年底前全部统筹使用`, `312套公共租赁住房闲置超过1年`): when, or how long, not what is counted.
 */
const AFTER_TAIL = /(?<=\p{Script=Han}{2})(?:(?:年|月)底前|年内|之前|超过|不足|低于|高于)$/u;
/** Things, then what they have not done or do not have, to the clause's end (`城市社区未配建达标的养老服务设施`); not 未来, 未成年. */
const NEGATED_AFTER = /^(\p{Script=Han}{2,8}?)((?:尚|仍|还)?未(?!来|成年)[^，,；;。\d]{1,16}?)(?=[，,；;。]|$)/u;
/** A word of manner right before that verb, which a subject drops (`品牌招聘活动热力`). */
const MANNER_TAIL = /(?<=\p{Script=Han}{2})(?:热力|火热|广泛|深入|持续|扎实|积极|全面|陆续|相继|集中|密集|大力|高效|常态化|多频次)$/u;

/**
 * A noun, what it went through, and when (`行政村搬迁前后`, `社区改造后`): the noun is counted, named with
 * the work it went through (搬迁行政村), and the time says only which state a picture or account shows.
 */
const EVENT_TIME = /^(\p{Script=Han}{2,8}?)(搬迁|改造|建设|建成|安置|整治|合并|撤并|改建|扩建|治理|拆除|提升改造|提质改造)(?:前后|之前|之后|以前|以后|前|后)$/u;
/** 的 and a clause of who did what, to the clause's end, after a share (`的机构全年亏损`). */
const SHARE_OF_AFTER = /^的([^，,；;。\d的（）()]{3,10})(?=[，,；;。]|$)/u;
/** A target named right after its amount (`4.5个的规划目标`): the figure is that target. */
const TARGET_OF_AFTER = /^的((?:规划|约束性|预期性?|年度)?目标)(?!任务)/u;
/** A level's name right before it (`每千人口…托位数达到`), for a target named after the figure. */
const LEVEL_NAMED = /^(?:对照|对标|按照|参照|距离?)?(?:到\d{4}年(?:底|末)?)?(\p{Script=Han}[^，,；;。]{1,30}?)(?:达到|提高到|提升到|降至|降到|缩小到|控制在)$/u;
/** What falls short, after the figure: `5900个托位的缺口`. */
const GAP_AFTER = /^([^，,；;。的\d]{1,10})的(缺口|差距)/u;
/** A standard after its amount, then what it pays: `2000元的标准发放运营补贴`. */
const STANDARD_AFTER = /^的(?:补助|补贴)?标准(?:发放|给予|拨付|补助)([^，,；;。\d]{2,10})/u;
/** The unit of a standard before its amount: `按每个普惠托位每年`. */
const PER_UNIT_BEFORE = /(每[^，,；;。\d按]{1,10})$/u;
/** Words of a spending clause that say when, not who spends: the period says those. */
const SPEND_TIME = /每年|累计|共计|全年|今年|去年/gu;

/** Money raised or spent with no spender or purpose of its own (`筹措资金`, `投入`). */
const BARE_FUNDS = /^(?:筹措|筹集|投入|投资|拨付)(?:资金|经费)?$/u;
/**
 * The clause right after such a sum, when it builds something: what it built, named before its count
 * (`，新建、改建高标准城镇寄宿制学校24所`) or after it (`，建成82个研学实践基地`).
 */
const WORK_NEXT =
  /^[，,](?:新建|改建|改扩建|扩建|建成|建设|改造|打造|购置)(?:、(?:新建|改建|改扩建|扩建|改造))?(?:(\p{Script=Han}{2,12}?)\d|\d+(?:\.\d+)?[万亿]?[余多]?(?:个|所|家|处|座|套|张|条|间|栋)(\p{Script=Han}{2,10}?)(?=[，,；;。、]|$))/u;
/** The clause after such a sum, when it works on things it counts: `，对辖区内22所农村学校进行提质改造`. */
const WORK_ON_NEXT = /^[，,](?:对|为)(?:辖区内|全市|全区|全县|全镇)?\d+(?:\.\d+)?[万]?[余多]?(?:个|所|家|处|座|套|条|间|栋|户)(\p{Script=Han}{2,10}?)(?:进行|实施|开展)(?:了)?(\p{Script=Han}{2,6}?)(?=[，,；;。]|$)/u;
/** What a sum allocated with no name of its own pays for, in the clause after it: `安排1.8亿元，支持新建…幼儿园15所`. */
// (累计投入两亿元用于养老事业硬件建设: 用于 right after the sum too.)
const PURPOSE_NEXT = /^(?:[，,](?:专项)?(?:用于|支持|重点支持)|用于)(?:开展)?([^，,；;。\d]{2,12})/u;

/**
 * The subject of a figure from the clause before it (`before`), the words after it in its
 * clause (`after`) and, for a sum allocated, the rest of its sentence (`next`).
 */
/** Words after a level saying only that it stays (`不变`, `保持不变`). */
const UNCHANGED = /^(?:保持|维持)?不变$/u;

export function findSubject(before: string, afterFigure: string, personNoun: string | null, unit = '', next = '', raw = '', listed = false): SubjectParts {
  // 76.3%｜市民政局: a table row's cell ends at its separator; the next cell is another column's.
  // 一顿饭只要8元钱: 钱 after a sum is the sum's word, not a thing after it.
  const after = afterFigure.replace(/[|｜][^]*$/u, '').replace(unit === '元' ? /^钱(?!\p{Script=Han})/u : /$^/u, '');
  // 加装电梯二百一十七部，是去年的一点五倍: a multiple of an earlier year's level, of the figure before.
  const ofBase = unit === '倍' ? MULTIPLE_OF_BASE.exec(before.trim()) : null;
  if (ofBase) return { subject: `为${ofBase[1]}的倍数`, from: 'before', derived: { suffix: 'multiple_of_base', name: { zh: '为基期的倍数', en: 'multiple of the base period' }, kind: 'change' } };
  // 助餐点数量比2020年翻了一番: what doubled and on what, said whole (翻番, 翻两番), never a fragment ending in 比.
  const doubled = raw.endsWith('番') ? DOUBLED.exec(before.trim()) : null;
  if (doubled) {
    const noun = doubled[1] ? trimBefore(doubled[1]).trimmed : '';
    const said = `${doubled[2] ?? ''}翻${raw === '一番' ? '' : raw.slice(0, -1)}番`;
    return noun.length >= 2
      ? { subject: noun + said, from: 'before' }
      : { subject: said, from: 'before', derived: { suffix: 'doubling', name: { zh: '翻番', en: 'times over' }, kind: 'change' } };
  }
  // 收入比由3.12缩小到2.35: both levels are of what comes before 由, whatever follows them.
  const levels = LEVELS.exec(before.trim());
  // 计划自2027年1月1日起由…提高到: when the change takes effect is no part of the name.
  const levelName = levels?.[1]?.replace(TAKES_EFFECT_LEAD, '');
  if (levels?.[1] !== undefined) return { subject: levelName ? trimBefore(levelName).trimmed : '', from: 'before' };
  const trimmedBefore = trimBefore(before);
  const place = trimmedBefore.place;
  // 占年度计划投资72.5亿元的64.6%: the amount a share is of is named without the 占 of the share.
  const trimmed = /^占/u.test(trimmedBefore.trimmed) && /^的\d/u.test(after) ? trimmedBefore.trimmed.slice(1) : trimmedBefore.trimmed;
  // An amount spent is named by who spends it (`市本级财政每年投入1000万元合作开展…`), not by
  // what follows it (`合作`): but `投入` alone, with no spender, keeps the words after it.
  // …育有3岁以下婴幼儿的家庭发放育儿补贴2460万元: an amount paid out is named by what is paid, not by its recipients.
  const paid = unit === '元' ? PAID_TO.exec(trimmed) : null;
  if (paid) return { subject: paid[1]!, from: 'before' };
  if (unit === '元' && (SPENDS.test(trimmed) || BARE_FUNDS.test(trimmed))) {
    const spender = trimmed.replace(SPEND_TIME, '');
    if (SPENDS.test(trimmed) && spender.length > 2) return { subject: spender.slice(-16), from: 'before' };
    const purpose = PURPOSE_NEXT.exec(next)?.[1];
    if (purpose) return { subject: `${purpose}资金`, from: 'before' };
    // 累计投入3000余万元，建成82个研学实践基地: the sum is named by what the clause after it built.
    const work = WORK_NEXT.exec(next);
    const built = work?.[1] ?? work?.[2];
    if (built) return { subject: `${built}${spender}`.slice(-16), from: 'before' };
    // 投入资金2.3亿元，对辖区内22所农村学校进行提质改造: named by the things and the work done on them.
    const worked = WORK_ON_NEXT.exec(next);
    if (worked) return { subject: `${worked[1]}${worked[2]}${spender}`.slice(-16), from: 'before' };
  }
  // 比上年分别增加30元和45元: 分别 says the list pairs up, not what the relation is.
  const relation = trimmed.replace(/分别/gu, '');
  // 覆盖城市社区的九成以上: the share of those the figure before reaches.
  if (unit === '%' && COVERS.test(relation)) return { subject: relation, from: 'before', derived: { suffix: 'coverage', name: { zh: '覆盖率', en: 'coverage' }, kind: 'rate' } };
  for (const [re, suffix, name, kind] of DERIVED) {
    if (!re.test(relation)) continue;
    // 比许昌市多: a difference is named by what it is compared with, which no fixed word says.
    // 为预算的101.2% says what 完成预算的98.6% says: the subject says it one way.
    // …受理392.1万件，占80.6%: a bare 占 is said 占比 (电话渠道受理占比, not 电话渠道受理占).
    // 比上年多2600个: a rise said as a rise (新增学位比上年增加), not a comparison's adjective (比上年多).
    const said = suffix === 'budget_share' ? relation.replace(/^为/u, '完成') : suffix === 'target_gap' ? name.zh : suffix === 'share' && relation === '占' ? '占比' : RISE_OR_FALL.has(suffix) ? relation.replace(/多$/u, '增加').replace(/(?<!减)少$/u, '减少') : relation;
    // (高于全省平均水平: which average, as the article says it.)
    const ownName = suffix === 'difference' || suffix === 'above_average' || suffix === 'below_average';
    return { subject: said, from: 'before', derived: inUnit({ suffix, name: ownName ? { zh: relation, en: name.en } : name, kind }, unit, relation) };
  }
  if (personNoun) {
    const verb = trimmed.replace(/^.*?(惠及|带动|覆盖|服务|帮助|吸引)$/u, '$1');
    return { subject: (VERB_LEAD.test(verb) ? verb : '') + personNoun, from: 'after' };
  }
  // 距4.5个的规划目标, 提前完成55%的约束性目标: the target of what the figure before measured
  // (…托位数达到6个的目标: the level named before it, a target of it).
  // 约三分之一的机构全年亏损: a share of those the clause after names by what they did (机构全年亏损比例).
  const shareOf = unit === '%' && !trimmed ? SHARE_OF_AFTER.exec(after) : null;
  if (shareOf) return { subject: `${shareOf[1]}比例`, from: 'after' };
  const target = TARGET_OF_AFTER.exec(after);
  const namedLevel = target && LEVEL_NAMED.exec(before.trim())?.[1];
  if (target) return { subject: namedLevel ? `${trimBefore(namedLevel).trimmed}${target[1]}` : target[1]!, from: 'after' };
  // 仍有约5900个托位的缺口: what is short, named with the shortfall.
  const gap = GAP_AFTER.exec(after);
  if (gap) return { subject: gap[1]! + gap[2]!, from: 'after' };
  // 按每个普惠托位每年2000元的标准发放运营补贴: the amount is the standard of what is paid out.
  const standard = STANDARD_AFTER.exec(after);
  const per = standard && PER_UNIT_BEFORE.exec(trimmed)?.[1];
  if (standard) return { subject: `${standard[1]}标准${per ? `（${per}）` : ''}`, from: 'after' };
  // 城镇新增就业3.2万人 民生实事项目稳步推进: in a headline a space ends the figure's phrase;
  // 组建了一支120人的志愿者队伍: what is counted comes after 的.
  const words = /^\s/u.test(after) ? '' : ONE_OF_KIND.test(trimmed) ? after.replace(/^的/u, '') : after;
  // 尚有17个城市社区未配建达标的养老服务设施: the things counted, glossed with what they still lack (never cut at 达).
  // (A gloss too long for a title's 16 characters: the words joined, a long name the pipeline flags.)
  const lacking = NEGATED_AFTER.exec(words);
  const lacks = lacking?.[2]!.replace(/的/gu, '') ?? '';
  if (lacking) return { subject: lacking[1]!.length + lacks.length + 2 <= 16 ? `${lacking[1]}（${lacks}）` : lacking[1] + lacks, from: 'after' };
  // 16.2万名60岁以上老年人: the age is part of who is counted.
  const age = AGE_AFTER.exec(words)?.[0] ?? '';
  let stop = words.slice(age.length).search(AFTER_STOP);
  // 1.2万余户育有3岁以下婴幼儿的家庭: an age inside the noun phrase is part of it, not the next figure.
  const inner = stop > 0 ? AGE_AFTER.exec(words.slice(age.length + stop))?.[0] : undefined;
  if (inner) {
    const more = words.slice(age.length + stop + inner.length).search(AFTER_STOP);
    stop = more < 0 ? words.length - age.length : stop + inner.length + more;
  }
  // 示范县(区): a bracketed gloss is no part of the name.
  // 8个片区更新项目中，5个已完工: 中 says "of them", no part of the noun.
  // 767个一体化管理的村卫生室: what is counted is the noun after 的, its attribute a gloss (村卫生室（一体化管理）),
  // never 一体化管理 alone.
  // 超12场次品牌招聘活动热力开展: how the work was done (热力, 广泛) is no part of what was counted.
  const manner = stop >= 0 && WORK_VERB.test(words.slice(age.length + stop)) ? MANNER_TAIL : undefined;
  const written = (stop < 0 ? words : words.slice(0, age.length + stop)).replace(GLOSS, '').trim().replace(AMONG, '').replace(manner ?? /$^/u, '').replace(AFTER_TAIL, '');
  // 11个行政村搬迁前后的样貌: the villages that were moved, not their looks before and after.
  // 覆盖242个乡镇卫生院(社区卫生服务中心)的紧密型县域医共体: the centres it covers, named with what covers them
  // (the bracket, which the words after the figure stop at, is read from the rest of the sentence).
  const coverer = /覆盖$/u.test(trimmed) ? COVERED_BY.exec(next)?.[1] : undefined;
  if (coverer && written.length >= 2 && NOUN_START.test(written)) return { subject: `${written}（${coverer}覆盖）`, from: 'after', covered: true };
  const event = EVENT_TIME.exec(written);
  // 深入全县48所学校检查校园安全: the places visited, glossed with what was done there (学校（检查校园安全）), never
  // the schools as if they inspected.
  const visited = event ? null : VISITED_FOR.exec(written);
  const own = event ? event[2]! + event[1]! : visited ? `${visited[1]}（${visited[2]}${visited[3]}）` : written;
  // 3964户特殊困难老人的居家适老化改造任务: the work done for them is counted, named with them (households of people, 家庭).
  const workOf = stop >= 0 && !event && own.length >= 2 && !/\d/u.test(own) ? WORK_OF.exec(words.slice(age.length + stop)) : null;
  const attributed = stop >= 0 && !event && !workOf ? OF_NOUN.exec(words.slice(age.length + stop)) : null;
  const household = unit === '户' && /人$/u.test(own) ? '家庭' : '';
  const head = workOf ? `${own}${household}${workOf[1]}` : attributed && own.length >= 2 && own.length <= 6 && !/\d/u.test(own) ? `${attributed[1]}（${own}）` : own;
  // 人才412名赴黔西南州挂职: where they went, not who; the words before name them. (Not 120名赴乡村学校支教的教师:
  // who is counted follows 的.)
  const wentTo = GOES_TO.test(head) && !(stop >= 0 && words.slice(age.length + stop).startsWith('的'));
  // 报销比例保持55%不变: that it stays is no name; the words before are.
  if (head.length >= 1 && NOUN_START.test(head) && !wentTo && !UNCHANGED.test(head)) {
    // 拆除2210万平方米私搭乱建: what was done to it is part of what is counted.
    // 改造提升了645个老旧小区: the work done on them too (改造提升老旧小区).
    const done = UNDONE.test(trimmed) ? trimmed.match(UNDONE)![0] : WORKED_ON.test(trimmed) ? trimmed.match(WORKED_ON)![0].replace(/了$/u, '') : '';
    // 为1.8万名重度残疾人提供居家托养和康复服务: people counted as those served, named with the service
    // (对86个城镇老旧小区实施综合改造: things, named with the work).
    const service = SERVED_BY.test(before.trim()) ? (SERVED.exec(stop < 0 ? '' : words.slice(age.length + stop))?.[1] ?? '') : '';
    // 职高77名考生, 乡镇小学的400余名学生: the people of the school named right before them, not all of them.
    // (Not the last of a list: 48所中小学、幼儿园的2.6万余名学生 are all the schools' pupils.)
    const of = !listed && INSTITUTION.test(trimmed) && PEOPLE_OF.test(head) ? trimmed : '';
    // 带动当地4200多人就业: people a project got into work, named with what got them there, never 就业 alone (QA s13 A3).
    const drove = DID_ALONE.test(head) ? DROVE.exec(trimmed)?.[0] : undefined;
    if (drove) return { subject: `${drove}${head}`.slice(0, 16), from: 'after' };
    return { subject: (done + of + head + service).slice(0, 16), from: 'after' };
  }
  return { subject: nounBefore(trimmed), from: 'before', ...(place ? { placeLed: true } : {}) };
}

/** The first category in CATEGORY_KEYWORDS order whose keywords `text` holds, if any. */
export function categoryOf(text: string): string | undefined {
  for (const [id, re] of CATEGORY_KEYWORDS) if (re.test(text)) return id;
  return undefined;
}

/** The category of the first of `texts` that has one, else `other`. */
export function findCategory(...texts: string[]): string {
  for (const text of texts) {
    const id = categoryOf(text);
    if (id !== undefined) return id;
  }
  return 'other';
}

/**
 * The lexicon entry for a figure. `narrow` is the clause up to the figure and the noun
 * it counts; `wide` runs on to the next number, for nouns the figure comes before
 * (`3964户特殊困难老人的居家适老化改造任务`); `paragraph` is the context some entries
 * also require (`已开工20290套` means homes only inside a paragraph on 棚户区); `earlier`
 * is the figure's sentence before its own clause, whose last clause (`新建幼儿园29所`)
 * some entries require; `rest` is its clause after it, which says what was done to the
 * things counted (`…达到基本标准`).
 */
/** The last clause of `text`, without the comma or semicolon that ends it. */
function lastClause(text: string): string {
  const end = /[,;]\s*$/u.test(text) ? text.search(/[,;]\s*$/u) : text.length;
  return text.slice(Math.max(text.lastIndexOf(',', end - 1), text.lastIndexOf(';', end - 1)) + 1, end);
}

// An entry holds figures of its own unit's quantity only (3800户 of 家庭养老床位建设 are households,
// not beds in 张): a unit that would not convert never files a figure under it (units.ts).
const INDICATORS_BY_UNIT = new Map<string, IndicatorEntry[]>();
for (const e of INDICATORS) {
  for (const u of e.units) if (quantityOf(u) === quantityOf(e.unit)) INDICATORS_BY_UNIT.set(u, [...(INDICATORS_BY_UNIT.get(u) ?? []), e]);
}

export function findIndicator(narrow: string, wide: string, paragraph: string, unit: string, earlier = '', rest = ''): IndicatorEntry | undefined {
  const entries = INDICATORS_BY_UNIT.get(unit);
  if (!entries) return undefined;
  // Work not yet done (需改造的老旧小区共612个, 尚余133个小区待改造) is no entry's: a chart would add it to what was done.
  if (TO_DO_BEFORE.test(narrow) || TO_DO_AFTER.test(rest)) return undefined;
  return firstMatch(entries, narrow, paragraph, earlier, rest) ?? firstMatch(entries, wide, paragraph, earlier, rest);
}

function firstMatch(entries: readonly IndicatorEntry[], text: string, paragraph: string, earlier: string, rest: string): IndicatorEntry | undefined {
  for (const e of entries) {
    if (
      e.clause.test(text) &&
      (!e.sentence || e.sentence.test(paragraph)) &&
      (!e.lead || e.lead.test(lastClause(earlier))) &&
      (!e.predicate || e.predicate.test(rest) || (e.done?.test(text) ?? false))
    ) {
      return e;
    }
  }
  return undefined;
}

/**
 * An indicator for a subject the lexicon does not know. Its id carries category,
 * subject and unit (`employment:零工驿站:个`): the same words in another category are
 * another thing (`投入` for schools is not `投入` for elderly care).
 */
export function subjectIndicator(subject: string, unit: string, kind: IndicatorKind, category: string): Indicator {
  const label = subject || '未命名';
  // English only where the glossary covers the whole subject (english-name.ts); else the Chinese.
  const en = glossaryName(label, unit);
  return {
    id: `${category}:${label}:${unit}`,
    name: { zh: label, en: en ?? label },
    category,
    unit,
    kind,
    canonical: false,
    ...(en ? { translation: 'glossary' as const } : {}),
  };
}

export function derivedIndicator(
  base: Indicator,
  derived: NonNullable<SubjectParts['derived']>,
  unit: string,
): Indicator {
  return {
    id: `${base.id}.${derived.suffix}`,
    name: { zh: `${base.name.zh}${derived.name.zh}`, en: `${base.name.en}, ${derived.name.en}` },
    category: base.category,
    unit,
    kind: derived.kind,
    canonical: base.canonical,
    ...(base.translation ? { translation: base.translation } : {}),
  };
}
