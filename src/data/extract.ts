/**
 * One article → its figures and skipped numerals. The steps, in order:
 *
 *   1. (before)        cleanText strips pinyin glosses, normalises width, marks site
 *                      chrome and repeated passages (clean.ts)
 *   2. findMentions    numerals with their units and qualifiers (mentions.ts)
 *   3. classifyMention figure, or skipped with a reason (classify.ts); a number alone in a
 *                      table's cell takes its column's or row's unit (tables.ts)
 *   4. attribute       subject, place, period, category, indicator (attribute.ts, period.ts);
 *                      a table by place or by measure gives them itself (tableFigure).
 *                      Helpers by what they decide: the frames headings set (sections.ts),
 *                      the figure a derived one relates to (relations.ts), the subject's
 *                      words (subject-words.ts), a figure's period and status as its words
 *                      adjust them (figure-period.ts), figures said again (said-again.ts)
 *   5. provenance      raw-file span and the quoted sentence
 *
 * Every mention ends up in exactly one of `observations` or `skipped`.
 */
import { isIsoDate } from './iso-date.js';
import { changedOn, dayBefore, inForceFrom, rulesInForce, standardsSince } from './in-force.js';
import { isProblem, problemSubject } from './problems.js';
import { canonicalIndicator, entryOf, filedByMeasure, inTown } from './measure.js';
import { categoryOf, derivedIndicator, findIndicator, findSubject, GROWTH_ON_BUDGET, LEVELS, numberLineLabel, subjectIndicator } from './attribute.js';
import { INDICATORS, type IndicatorEntry } from './lexicon.js';
import { charSet, isIn } from './chars.js';
import { classifyMention } from './classify.js';
import type { CleanText } from './clean.js';
import { findMentions, type Mention } from './mentions.js';
import { findOnAir, onAirAt } from './on-air.js';
import { byInspectors, fieldwork, inspection, ofSample } from './survey.js';
import { alongsideLevel, AS_OF_PUBLICATION, assignPeriod, averageToDeadline, changedFrom, changeSinceBase, dayEvent, findPeriodMarkers, levelOfStanding, limitInForce, pairedLevel, planTarget, rateAtSpanEnd, standardThisYear, stockPeriod, titlePlan, unmarked, UNSTATED, yearsTarget } from './period.js';
import { NATIONWIDE, PlaceFinder, townOpening } from './places.js';
import { ancestorsOf, findPlaceMentions, regionOf } from './gazetteer.js';
import { CARRIED_ON, findStatus, SELECTION_DONE, statusBefore } from './status.js';
import { clauseAfter, clauseBefore, sentenceAt, splitSentences, type Span } from './sentences.js';
import { ArticleLimitError, MAX_NUMERAL_CHARS, MAX_NUMERALS_PER_ARTICLE, MAX_QUOTE_CHARS, QUOTE_CONTEXT, READ_WINDOW } from './limits.js';
import type { Flag, Indicator, IndicatorKind, Observation, Period, Qualifier, Skipped, SkipReason } from './types.js';
import { kindOfUnit, quantityOf, type UnitRole } from './units.js';
import { quotedSpeechStart } from './speech.js';
import { findScopeHeadings, needsScope, scopeAt, type ScopeHeading } from './scope.js';
import { cellUnit, columnOf, findTables, inOrderColumn, inUnitColumn, negative, ratedRow, readCell, rowHeadOf, tablePlaceAt, type Table, type TablePlace } from './tables.js';
import { findSections, framesOf, sectionAt, type Section } from './sections.js';
import { actedGloss, figurativeChange, partnerGloss, beforeDe, headingNamed, ofAbbreviatedPlaces, oldCompounds, programmeInvestment, benefitElsewhere, COLUMN_GLOSS, GLOSS, GLOSS_OF_UNIT, MAX_SUBJECT, ofTwoKinds, onlyPlace, OWN_VERB, ownPredicate, subjectUnclear, sumNamed, tailOf, tierOfStandard, townNamed } from './subject-words.js';
import { datedLikeBody, datedLikeFirstSaid, earlierSaid, namedIn, restatedFigure } from './said-again.js';
import { baseFigure, brokenDown, countedBefore, lastCount, listBase, measuredInList, percentBase, placeBase, RELATED, RESIDENTS, respectively, SERIES, shareOfAmountBefore } from './relations.js';
import { caseOfNoDay, columnStatus, DEADLINE_BEFORE, deadlineAfter, deadlineBefore, fromLevel, inYearToDate, levelPeriod, namesThisYear, ongoingNow, periodForStatus, periodParagraphStart, programmeStart, recursEachYear, workedExample, yearEarlier, yearToDate } from './figure-period.js';

export interface ArticleContext {
  source: string;
  /** Region id of the article as a whole. */
  region: string;
  /** Publication date (YYYY-MM-DD) that relative periods resolve against. */
  published: string | null;
}

export interface Extraction {
  observations: Observation[];
  skipped: Skipped[];
  /** Every indicator the observations use, canonical or made from a subject. */
  indicators: Indicator[];
  /** Numerals found: always observations.length + skipped.length. */
  numerals: number;
  skippedByReason: Partial<Record<SkipReason, number>>;
}

const OPEN_QUOTE = charSet('“「『"');

/**
 * What every mention in one sentence shares, worked out once per sentence rather than
 * once per mention: a sentence often holds several figures.
 */
class SentenceContext {
  /** The sentence trimmed, as it is read (cleaned), and its offset in the text. */
  readonly quote: string;
  readonly quoteStart: number;
  /** The line the sentence starts on. */
  readonly paragraphStart: number;
  readonly paragraph: string;
  private category: string | undefined | null = null;

  constructor(
    private readonly text: string,
    readonly span: Span,
  ) {
    const whole = text.slice(span.start, span.end);
    this.quote = whole.trim();
    this.quoteStart = span.start + (whole.length - whole.trimStart().length);
    this.paragraphStart = text.lastIndexOf('\n', span.start - 1) + 1;
    const paragraphEnd = text.indexOf('\n', span.end - 1);
    this.paragraph = text.slice(this.paragraphStart, paragraphEnd < 0 ? text.length : paragraphEnd);
  }

  /** categoryOf the sentence's text (up to a window of it), looked up once. */
  sentenceCategory(): string | undefined {
    if (this.category === null) {
      this.category = categoryOf(this.text.slice(this.span.start, Math.min(this.span.end, this.span.start + 4 * READ_WINDOW)));
    }
    return this.category;
  }

  private asWritten: string | undefined;

  /** The sentence trimmed, in the article's own characters (clean.ts), copied once. */
  written(clean: CleanText): string {
    this.asWritten ??= clean.asWritten(this.quoteStart, this.quoteStart + this.quote.length);
    return this.asWritten;
  }

  /** The paragraph, or for a very long one the stretch of it around `at`. */
  paragraphAround(at: number): string {
    if (this.paragraph.length <= 4 * READ_WINDOW) return this.paragraph;
    const from = Math.max(0, at - this.paragraphStart - 2 * READ_WINDOW);
    return this.paragraph.slice(from, from + 4 * READ_WINDOW);
  }
}

interface Located {
  span: [number, number];
  quote: string;
  quoteSpan: [number, number];
}

/** A numeral as written, cut to MAX_NUMERAL_CHARS and marked with `…` where cut. */
function bounded(raw: string): string {
  return raw.length > MAX_NUMERAL_CHARS ? `${raw.slice(0, MAX_NUMERAL_CHARS)}…` : raw;
}

/**
 * Where a mention sits: its raw-file span, and its sentence as the quote — or, for a
 * sentence longer than MAX_QUOTE_CHARS, a window of QUOTE_CONTEXT characters either
 * side, so that a page-long "sentence" of figures does not copy itself into each one.
 * The quote is the article's own characters (`明年，我们`, not the `明年,我们` it is read
 * as), one for one with the cleaned text, so `quoteSpan` holds for both.
 */
function locate(clean: CleanText, sentence: SentenceContext, m: Mention): Located {
  const span: [number, number] = [clean.toRaw(m.start), clean.toRaw(m.end - 1) + 1];
  const start = m.start - sentence.quoteStart;
  const end = m.end - sentence.quoteStart;
  const length = sentence.quote.length;
  if (length <= MAX_QUOTE_CHARS) return { span, quote: sentence.written(clean), quoteSpan: [start, end] };
  const from = Math.max(0, start - QUOTE_CONTEXT);
  const to = Math.min(length, Math.min(end, start + MAX_NUMERAL_CHARS) + QUOTE_CONTEXT);
  const head = from > 0 ? '…' : '';
  const shown = Math.min(end, to);
  return {
    span,
    quote: `${head}${clean.asWritten(sentence.quoteStart + from, sentence.quoteStart + to)}${to < length ? '…' : ''}`,
    quoteSpan: [head.length + start - from, head.length + shown - from],
  };
}

/** How far the rest of a figure's clause is read for what was done (its list's predicate). */
const LIST_REST_CHARS = 80;
const CLAUSE_END = /[,，;；。!?！？\n]/u;

/** Whether the noun after a figure ends at a predicate (已建起, 同步进行), not at 的 or a conjunction. */
function countsOwnNoun(after: string, subject: string): boolean {
  const at = after.indexOf(subject);
  return at >= 0 && /^\s*(?:已|正|将|均|全部|同步|进行|完成|实现|达到|达|建起|建成)/u.test(after.slice(at + subject.length));
}

/** `s` up to its first digit: the words a figure comes before, up to the next number. */
function upToDigit(s: string): string {
  const digit = s.search(/\d/u);
  return digit < 0 ? s : s.slice(0, digit);
}

/** Values computed once per key. */
class Memo<K, V> {
  private readonly values = new Map<K, V>();

  get(key: K, compute: () => V): V {
    if (this.values.has(key)) return this.values.get(key) as V;
    const value = compute();
    this.values.set(key, value);
    return value;
  }
}

function kindFor(role: UnitRole, clause: string): IndicatorKind {
  if (role === 'money' && /人均/u.test(clause)) return 'per_capita';
  if (role === 'percent' && /占比|比重|占/u.test(clause)) return 'share';
  return kindOfUnit(role);
}

/** Words of a change over a period, in a figure's clause: `比上一轮体检提高`, `增加`, `同比下降`. */
const CHANGED_OVER = /提高|提升|增加|增长|上升|下降|减少|降低|新增|新建|比[上去]|同比|较[上去]/u;

/** A subject that is only a verb of completion counts what the figure before it counted. */
const COUNTED_AGAIN = /^(?:全年|实际|已经?|累计|超额)?(?:完成|建成|竣工|完工|开工|投用|建成投用|完工投用|施工|改造|建设|新建|新增|筹集|筹建|在建|投入运营|投运|拨付|到位|发放|支出)?$|^(?:总数|总量)$|^(?:超额)?完成(?:了)?(?:年初|全年|年度)?(?:计划|目标|任务|目标任务)$|^(?:去年|上年)?同期(?:为|是)?$|^(?:去年|上年)?同期(?:仅|只|共)?(?:已经?)?(?:完成|建成|竣工|完工|开工|新增|新建|改造|投用)$|^(?:规划|约束性|预期性?|年度)?目标$|^原(?:标准)?(?:（[^）]*）)?$/u;
/**
 * 超额完成年初计划的6所: the plan the figure before was measured against, in its unit. (原为100元:
 * the old level of the standard before; 去年同期为4.52万人: the same measure a year before; 其中
 * 三季度发放1.47亿元: a part of the sum paid out before.)
 */
const PLAN_OF_BEFORE = /(?:计划|目标|任务)$/u;
/** A verb of work done in the same part of an earlier year, the thing left to the figure before (同期完工, 同期仅建成). */
const SAME_TIME_DONE = /^(?:去年|上年)?同期(?:仅|只|共)?(?:已经?)?(?:完成|建成|竣工|完工|开工|新增|新建|改造|投用)$/u;
/** …as the sentence says it, with the year: `去年同期仅建成`. */
const SAME_TIME_WORDS = /(?:去年|上年)?同期[^，,；;。\d]{1,6}$/u;
/** A part of a building and its state, right after a count of buildings: `主体结构已封顶`, `主体工程已完工`. */
const PART_DONE_AFTER = /^\s*((?:主体结构|主体工程|主体)(?:已经?|均已|全部)(?:封顶|完工|完成|竣工))/u;
/** A named area opening a figure's name: `成都都市圈`, `资阳临空经济区`, `长三角城市群`. */
const NAMED_AREA = /^(\p{Script=Han}{2,8}?(?:都市圈|经济圈|城市群|经济区|经济带|新区|都市区|示范区))/u;
/** Pupils or staff with no kind of school named: `毕业生`, `招生`, `在校生`. */
const PUPILS_ALONE = /^(?:毕业生|招生|在校生|在校学生|专任教师|教职工)$/u;
/** Classes with nothing said of whose: `编班`, `班级数`. */
const CLASSES_ALONE = /^(?:编班|班级|班级数|教学班|开设班级|开班)$/u;
/** A kind of school: `公办小学`, `民办初中`, `普通高中`. */
const SCHOOL_KIND = /(?:公办|民办|普通|职业)?(?:小学|初中|高中|中学|幼儿园|中职学校)/gu;
/** …and the kind a figure of them names first: `普通高中招生` → 普通高中. */
const PUPILS_OF_KIND = /^(\p{Script=Han}{2,8}?)(?:毕业生|招生|在校生|在校学生|专任教师|教职工)$/u;
/** People served, with nothing said of by whom: `服务灵活就业人员`, `服务老年人`. */
const SERVED_ONLY = /^(?:累计)?服务\p{Script=Han}{2,8}$/u;
/** Places that serve people, the verb that made them aside: `(建成)零工市场`, `老年食堂`, `就业服务站`. */
const SERVER = /^(?:已?(?:新建|建成|改造|新增|建设))?(\p{Script=Han}{2,10}(?:市场|食堂|助餐点|中心|服务站|驿站|工作站|机构|饭堂))$/u;
/** The words right before a level compared with: `比去年同期的`, `比上年的`, `比2026年度的`. */
const COMPARED_LEVEL = /比((?:去年|上年)同期|上年|去年|上年末|\d{4}年(?:度|同期|末|底)?)的$/u;
/** …and the gloss that level's name takes: `新增学位（去年同期）`. */
const COMPARED_GLOSS = /（((?:去年|上年)同期|上年|去年|上年末|\d{4}年(?:度|同期|末|底)?)）$/u;
/** The words that say a measure is a wider region's, or of the same time: `同期全省`, `全国`. */
const WHOLE_LEAD = /^(?:(?:同期|当期)(?:全省|全国|全市|全区|\p{Script=Han}{2,3}[省市])|全省|全国|全市|全区)(?=\p{Script=Han}{2})/u;
/** Beds, with nothing said of whose: `床位`, `床位数`. */
const BEDS_ALONE = /^(?:床位|床位数|床位总数)$/u;
/** A name of an institution with beds: `养老机构`, `日间照料中心`, `中心卫生院`. */
const INSTITUTION = /(?:养老机构|照料中心|服务中心|医院|养老院|敬老院|卫生院|福利院|护理院)$/u;
/** …opening a clause: `望平社区日间照料中心明年扩建完成后`. */
const INSTITUTION_OPENING = /^\s*(\p{Script=Han}{2,12}?(?:养老机构|照料中心|服务中心|医院|养老院|敬老院|卫生院|福利院|护理院))/u;

/** The institutions beds are of: those the figure just before counted, or those the clause before opens with. */
function institutionBefore(previous: Observation | undefined, clause: string): string | undefined {
  const counted = previous?.subject.replace(GLOSS, '').replace(/^(?:共有|现有|有)/u, '');
  if (counted && INSTITUTION.test(counted) && /^[家所个座]$/u.test(previous!.unit)) return counted;
  return INSTITUTION_OPENING.exec(clause)?.[1];
}

/** A line that reports progress on the target line before it: `完成情况：`, `进展情况：`, `推进情况：`. */
const PROGRESS_LINE = /^\s*(?:完成|进展|推进|实施|落实)情况[：:]/u;
/** What sets a part apart and names nothing counted (`研究生学历`, `女性`, `中共党员`, `高级职称`; not 学位, also a school place). */
const PART_BY_TRAIT = /^\p{Script=Han}{0,6}(?:学历|职称|女性|男性|党员|户籍)$/u;
/** The gloss that makes a subject a plan's or target's amount: `每千人口托位数（规划目标）`. */
const OF_PLAN_GLOSS = /（[^）]*(?:计划|目标|任务)）$/u;
/** 全市总数达到986个: the whole stock of what the figure before added to. */
const TOTAL = /^(?:总数|总量)$/u;
/** Whether a figure read before starts in [from, to): `starts` ascending. */
function figureIn(starts: readonly number[], from: number, to: number): boolean {
  for (let i = starts.length - 1; i >= 0 && starts[i]! >= from; i--) if (starts[i]! < to) return true;
  return false;
}
/**
 * Whether a table's measure names something: words, whose numbers (if any) are no figures
 * (`15分钟生活圈覆盖率`'s duration, `每千人口3岁以下婴幼儿托位数`'s age); not a year (`2024年`)
 * nor words holding a figure of their own.
 */
function namesByWords(measure: string): boolean {
  let words = measure;
  for (const m of findMentions(measure)) {
    if (classifyMention(m, measure, []).figure) return false;
    words = words.replace(m.raw, '');
  }
  return (words.match(/\p{Script=Han}/gu)?.length ?? 0) >= 2;
}

/** How many indicators made from words a bare rate looks back through, at least: its search stays linear. */
const RATE_LOOK_BACK = 32;
/** A rate named by its kind and one word of what it is of (`项目知晓率`, `群众满意率`), too short for a name but where a bare rate may look. */
const SHORT_RATE = /^\p{Script=Han}{2}\p{Script=Han}{1,3}率$/u;
/** A rate named by its kind alone (`覆盖率`, `完成率`, `改造完成率`): of something named before. */
const BARE_RATE = /^\p{Script=Han}{1,4}率$/u;
/** People a survey reached (`栏目组随机回访群众`, `入户调查居民`, `电话回访办件群众`): the survey's kind. */
const SURVEYED = /^.*(回访|走访|调查|测评|访问|问卷)[^，,；;。\d]{0,8}(?:群众|居民|市民|对象|用户|家长|患者|老人|企业|办件人|来电人|诉求人)$/u;

/**
 * The indicator, of those the article has used (latest first), whose name ends in the bare rate
 * `rate` and whose other words (or their last four characters or more) the paragraph names:
 * `覆盖率` in a paragraph on `社区养老服务设施` is `社区养老服务设施覆盖率`.
 */
function rateNamed(rate: string, unit: string, paragraph: string, used: readonly Indicator[]): Indicator | undefined {
  for (let i = used.length - 1; i >= 0; i--) {
    const name = used[i]!.name.zh;
    if (used[i]!.unit !== unit || name.length <= rate.length || !name.endsWith(rate)) continue;
    const thing = name.slice(0, -rate.length);
    for (let k = thing.length; k >= Math.min(4, thing.length); k--) if (paragraph.includes(thing.slice(-k))) return used[i];
  }
  return undefined;
}

/** A state of work right after a figure with no noun (`9所已完成主体建设`, `5个均已竣工`): which things it counts. */
const WORK_STATE_AFTER = /^\s*(?:均|全部)?(已(?:完成|完工|竣工|建成|开工|投用|投入使用|交付)[^，,；;。\d]{0,6})(?=$|[，,；;。])/u;

/** A part of a place's area (`老城区`, `城区`, `农村`), no measure of its own. */
const AREA_PART = /^(?:老城区|主城区|中心城区|城区|县城|城镇|农村|乡村|建成区)$/u;

/** A price's adverb, naming nothing: `只要10块钱`, `才5元`, `仅需2元` (read `需` once 仅 is trimmed as a lead). */
/** A withdrawn figure and the words that correct it, ending the words before the right one (此前公布的6.95万人应为). */
const CORRECTED = /(\d[\d.,]*[^\d，,。；;、\s“”"]{0,3}?)[”"」』]?(?:数据|数字)?(?:应为|应更正为|更正为)$/u;
/** A rate or bound of what insurance pays, with nothing said of where: `报销比例`, `政策范围内费用报销比例`, `起付线`. */
const COVER_RATE = /^(?:政策范围内)?(?:费用)?(?:报销比例|支付比例|起付线|起付标准|封顶线|最高支付限额)$/u;
/** A clause saying where care is taken: `(参保人)在二级定点医疗机构住院`. */
const CARE_SETTING = /在(\p{Script=Han}{2,20}?)(住院|就医|就诊|门诊)$/u;
/** Funding alone, with no one named: `资助`, `全额资助`. */
const FUNDED_ALONE = /^(?:累计|共)?(?:全额|定额|部分)?资助$/u;
/** Who pays nothing of their own contribution, and who pays it: `…等困难群众个人缴费部分由医疗救助资金全额资助`. */
const CONTRIBUTION_FUNDED = /(?:^|等)(?:全[省市县区])?([^、，,\d]{2,8}?)个人缴费(?:部分)?(?:由|通过)(\p{Script=Han}{2,8}?)(?:资金|基金)?(?:给予)?(?:全额|定额|部分)?资助$/u;
/** A step of a work, its thing and the step (`路面铺设`, `入户评估`, `管网敷设`). */
const WORK_STEP = /^\p{Script=Han}{2,4}(?:铺设|敷设|评估|勘察|摸排|排查|招标|设计|验收|拆除|浇筑|硬化)$/u;
/** The verbs opening the name of a work, before its thing: `改造提升(农村公路)`, `新建(口袋公园)`. */
const WORK_LEAD = /^(?:(?:改造|提升|新建|改建|扩建|建设|完成|实施|推进)[、和及]?)+/u;
/** An investment alone: `完成投资`, `累计完成投资`. */
const INVESTED_ALONE = /^(?:全年|累计|实际)?完成(?:年度)?投资$/u;
/** The verbs before the name of projects counted: `(共同)推进`, `实施`, `开工`. */
const PROJECT_LEAD = /^(?:(?:共同|集中|重点)?(?:推进|实施|开工|建设|谋划|新开工|续建|储备)(?:了)?)+/u;
/** A meal alone, priced: `一顿饭`, `每餐`, `一份套餐`. */
const MEAL_ALONE = /^(?:一顿饭?|每顿饭?|一餐饭?|每餐|一份饭|一份套餐|一份)$/u;
/** A place that serves meals, with the kind of its diners: `老年食堂`, `长者饭堂`, `助餐点`. */
const CANTEEN = /(?:老年|长者|社区|爱心|幸福|助老|村级)?(?:食堂|饭堂|助餐点|餐厅)/gu;
/** How far before its sentence a canteen's fuller name may be. */
const CANTEEN_WINDOW = 300;
const ONLY_PRICE = /^(?:只要|只需要?|仅需|仅要|需要?|只花|才|只收|仅收)$/u;

/** A backlog's name, the work still to do on the things it counts: `需改造的城镇老旧小区`, `待改造`, `尚需整治的`. */
const BACKLOG_NAME = /^((?:需要?|待|尚需要?|仍需要?|还需要?|未)(改造|整治|提升|改建|修缮|加装|建设))(的?)(?=\p{Script=Han}{2})/u;
/** …written as a gloss (`城镇老旧小区（需改造）`), as a backlog's subject is kept. */
const BACKLOG_GLOSS = /（(?:需要?|待|尚需要?|仍需要?|还需要?|未)(改造|整治|提升|改建|修缮|加装|建设)）$/u;

/** The schedule's benchmark before its figure (`比序时进度（`), or ahead of or behind it (`…（83.3%）快`). */
const SCHEDULE = /比序时进度[（(]$|比序时进度[（(][^）)]*[）)]([快慢])$/u;
/** Words of the district's or county's whole, not the town's: `全区农村居民人均可支配收入为47950元`. */
const DISTRICT_WHOLE = /全区|全县|全市|区级|县级/u;
/** A line's label naming a place inside a town: `▶镇海社区：`, `1.大同社区：`. */
const PLACE_LABEL = /^\s*(?:[▶●▲■◆•·\-—]|\d{1,2}[.、．])?\s*(\p{Script=Han}{2,6}(?:社区|村))[：:]/u;
/** A town's own report: its title opens with the town's name (`震泽镇2025年工作总结`), after a post's label (`【民生简报】鹭江街道11月…`). */
const TOWN_TITLE = /^\s*(?:【[^】]{1,10}】\s*)?(\p{Script=Han}{2,4}?(?:镇|乡|街道))(?!办|党委|政府|人民)/u;

/** The town a report is about, when its title opens with one and the article's place is a county or district. */
function articleTown(text: string, region: string): string | undefined {
  const level = regionOf(region)?.level;
  if (level !== 'county' && level !== 'district') return undefined;
  return TOWN_TITLE.exec(text.slice(0, text.indexOf('\n') >>> 0))?.[1];
}

/** A measure with no thing of its own (`总面积`, `总投资`): of the things the figure before counted. */
// (办理跨市公积金贷款3860笔、金额19.6亿元: the loans' amount, never 金额 alone; QA s13 A3.)
const ATTRIBUTE_ALONE = /^总?(?:面积|建筑面积|占地面积|投资|长度|里程|金额)$/u;
/** A body's name and nothing else (`市公安局交警支队`, `区卫健委`). */
const ORG_ONLY = /^\p{Script=Han}{1,12}(?:局|厅|委|办|支队|大队|中心|公司|医院|法院|检察院)$/u;
/** A measure of a body, its name first (`市民政局满意率`): the measure. */
const ORG_MEASURE = /^\p{Script=Han}{1,12}(?:局|厅|委|办|支队|大队|中心|公司|医院|法院|检察院)(\p{Script=Han}{1,6}(?:率|度|指数|得分))$/u;
/** An audit's sample: `抽查了…专项资金`, `抽查2024年度就业补助资金`. */
const SAMPLED = /抽查|抽样/u;
/** A sample's verb, then the things sampled right before their count (`督查组抽查养老机构`): not 检查 or 走访, work as often as samples. */
// (Not 探访, a service as often: 上门探访独居老人2.6万人次.)
const SAMPLED_BEFORE = /(?:暗访|暗查|抽检|抽查|抽样)\p{Script=Han}{2,12}$/u;
/** Who did something, ending the words before its verb: `督查组`, `市场监管局`, `问政记者`. */
const DOER_END = /(?:局|委|办|组|队|站|中心|记者|人员|部门)$/u;
/**
 * Things a reporter or inspector visited, a sample, not all there are nor work done on them: the verb
 * right before the count (`问政记者暗访城区5家农贸市场`) or after the things (`在孝南区5所小学门口蹲点`).
 */
// (Not 暗访发现的3处问题: what the visit found is counted, not visited.)
const VISITED_BEFORE = /(暗访|走访|探访|暗查|抽检|巡查|(?:随机)?抽查|检查|督查)(?:(?!发现)[^，,；;。\d]){0,8}$/u;
const VISITED_AFTER = /^\p{Script=Han}{1,12}?(?:门口|周边|附近|现场)?(蹲点|暗访|走访|探访)/u;
/** Places listed, then their sum: `高新区、经济开发区、文昌湖区合计`. */
const LIST_TOTAL = /(?:\p{Script=Han}{1,6}(?:区|县|市|镇|乡|街道)[、和及])+\p{Script=Han}{1,6}(?:区|县|市|镇|乡|街道)(?:合计|共计|总计)$/u;
/** The part of a clause before a figure that a list (、) does not break: `违规发放低保金、特困供养金`. */
const PART_OF_CLAUSE_BREAK = charSet('，,；;。：:');
/** Where that part of `s` starts: found walking back from the end (a regex `[^…]*$` tries every start from the front). */
function partOfClauseStart(s: string): number {
  let i = s.length;
  while (i > 0 && !isIn(PART_OF_CLAUSE_BREAK, s, i - 1)) i--;
  return i;
}

/**
 * A bound separated from its figure by what the figure is a multiple or share of
 * (`不低于当地低保标准的1.3倍`): the figure is that bound, and its subject comes before it.
 */
const BOUND_OF = /(不低于|不少于|至少|不超过|不高于)[^，,；;。\d]{1,16}的$/u;
const BOUND_QUALIFIER: Record<string, Qualifier> = { 不低于: 'at_least', 不少于: 'at_least', 至少: 'at_least', 不超过: 'under', 不高于: 'under' };

/** Work done on things already counted, all their clause says (`立行立改`, `已完成维修`, `全部整改到位`). */
const DONE_TO_THINGS = /^(?:目前已|已经?|全部)?(?:立行立改|完成维修|完成整改|整改到位|整改|维修|修复|处置|销号|办结|化解)\p{Script=Han}{0,4}$/u;

/** Closing quote marks, and how far back the quoted name they end is looked for. */
const CLOSE_QUOTE = charSet('”」』');
const OPEN_QUOTE_BEFORE = /[“「『][^“「『”」』，,；;。]{1,20}$/u;

/**
 * The clause before a figure with the quoted name it opens with (`各镇街“15分钟健身圈”覆盖率`):
 * a quotation mark ends a clause for sentences.ts, but not a name.
 */
function withQuotedName(text: string, before: string, clauseEnd: number, floor: number): string {
  const clauseStart = clauseEnd - before.length;
  // 新建“共富工坊”45家: the clause is the quoted name itself; read it from the words before its opening mark.
  if (clauseStart > floor && isIn(OPEN_QUOTE, text, clauseStart - 1) && isIn(CLOSE_QUOTE, text, clauseEnd)) {
    return clauseBefore(text, clauseStart - 1, floor) + text.slice(clauseStart - 1, clauseEnd + 1);
  }
  if (clauseStart <= floor || !isIn(CLOSE_QUOTE, text, clauseStart - 1)) return before;
  const open = OPEN_QUOTE_BEFORE.exec(text.slice(Math.max(floor, clauseStart - 22), clauseStart - 1));
  if (!open) return before;
  const openAt = clauseStart - 1 - open[0].length;
  return clauseBefore(text, openAt, floor) + text.slice(openAt, clauseStart) + before;
}

/**
 * `城镇新增就业88442人，完成全年任务的70.75%`, `截至7月底已筹集4380套，完成年度计划的73%`: a
 * figure measured against the year's target or plan counts that year's flow; so does one
 * measured against the year's schedule to date (`其中4件项目进度超过序时进度`).
 */
const ANNUAL_TARGET_AFTER = /^[^。;]{0,8}?(?:(?:完成|占)(?:全年|年度)(?:目标)?(?:任务|计划)|(?:超过?|快于|高于|领先|落后于?|慢于|低于|滞后于?)序时进度)/u;

/** `完成年度计划的73%`: a share of the year's plan. */
const ANNUAL_PLAN_SHARE = /(?:完成|占)(?:全年|年度)(?:目标)?计划的?$/u;

/** A subject that is only what was done (建成, 开工, 建成投用), with the thing counted left to the context. */
/** A bare verb of a state reached (`建成投用`, `竣工`), not of work begun or going on (`新建`, `建设`). */
const STATE_REACHED = /^(?:建成投用|建成|投用|竣工|交付|投入运营|投运)$/u;
/** A name that says the work itself (`棚改安置房建成`, `新建幼儿园`, `村卫生室建设`). */
const WORK_IN_NAME = /建|改|投用|竣工|完成|交付|运营|开工|（/u;
const BARE_VERB = /^(?:新建|建成|开工|投用|建设|完成|交付|竣工|建成投用|开工建设|筹集|筹建|在建|投入运营|投运)$/u;
/** A sentence that names its topic first (`保障性租赁住房方面，今年全市计划筹集6000套`): what its bare verbs count. */
const TOPIC = /^\s*(?:在)?(\p{Script=Han}{2,12}?)方面[，,]/u;
/** Work done so far, in the figure's own clause: `已完成老旧小区改造`, `累计建成`. */
const DONE_SO_FAR = /(?:已经?|累计|先后)(?:完成|建成|改造|实施|新建|建设)[^，,；;。]*$/u;
/** How far back (characters before the figure's paragraph) a programme's start is looked for. */
const PROGRAMME_WINDOW = 600;

/**
 * A sentence about one person named by a title of address (`81岁的邓婆婆`, `村民王大爷`), up to the figure:
 * not a list of examples (`张大爷等300余名老人`).
 */
const ONE_PERSON = /^[^。！？!?]{0,16}?\p{Script=Han}(?:婆婆|大爷|阿姨|奶奶|爷爷|大妈|大叔|大姐|大哥|师傅|老汉|伯伯)(?!等|们)/u;

/**
 * A sentence that tells a scene: a person named by age or generation (`72岁的沈阿姨`, `90后小伙小周`; not a group, `为80岁的老人`), one of the
 * family words of ONE_PERSON, or one place's manager speaking (`社区食堂负责人介绍`).
 */
const SCENE = /\d{1,3}岁的(?![^，,。；;]{0,6}?(?:老人|老年人|群众|人群|儿童|学生|孩子)(?!家))|[0-9０-９]{2}后(?:小伙|姑娘|青年|夫妇|宝妈)|(?:食堂|企业|工厂|学校|医院|门店|超市|站点?)\p{Script=Han}{0,3}负责人(?:介绍|说|表示|告诉)/u;
const scene = (paragraph: string) => SCENE.test(paragraph) || ONE_PERSON.test(paragraph);

/** A period its words say is the whole span's (`全年`, `十四五期间`, `“十三五”时期`, `2026年度`): it keeps its end, even after publication. */
const WHOLE_SPAN = /全年|期间|时期|年度/u;
/** A place below the gazetteer glossing a figure's work (`新增老年助餐点（水南街道）`): the place whose figure it is. */
const LOCAL_GLOSS = /（(\p{Script=Han}{2,4}(?:村|社区|镇|乡|街道))）$/u;
/** A year's cohort (`今年我市高校毕业生规模达到5.8万人`): known ahead, the whole year's, never a count to date. */
const YEARS_COHORT = /毕业生(?:规模|人数|总量)?(?:将|预计)?(?:达到?|为|约|有|超过)?$/u;
/** What the things counted reached, after them in their clause: `…达到服务基层行推荐标准`, `…达到基本标准`. */
const MET_STANDARD = /^[^，,；;。]*?达到([^，,；;。、]{0,10}?标准)/u;
/** A state the things a figure counts reach, ending their clause with no object (`全部开工`, `均已建成`). */
const STATE_END = /(?:全部|全都|均|都|已经?|陆续|相继|将|要)*(开工|完工|竣工|建成|投用|投入使用|交付使用)$/u;
/** Words of a plan before its figure: `确保`, `力争`, `计划`. */
const PLAN_WORD = /确保|力争|争取|计划|预计/u;
/** A list 对 opens, up to the figure (`对40个社区卫生服务中心、74个`): things a verb after the list acts on. */
const WORKED_LIST_BEFORE = /[对](?:\d+(?:\.\d+)?[万亿]?[余多]?\p{Script=Han}?[^、，,；;。\d]{1,14}、)*$/u;
/** The work done on them, ending their clause: `…同步进行了建设`, `…实施提升改造`. */
const WORK_ON_LIST = /(?:实施|进行)了?(\p{Script=Han}{2,6})$/u;

/** Words before a level reached, with no name of their own (`，达到一万五千根`). */
const LEVEL_REACHED = /^\s*(?:已|总数|总量)?(?:达到|达|增至|增加到|提高到|升至)$/u;
/** A change of a named measure on an earlier base (`公共充电桩数量比去年翻番`, `…比上年增长`): the measure. */
const CHANGE_OF = /^(\p{Script=Han}{2,}?)(?:比(?:上年|去年|\d{4}年)(?:同期|末|底)?|同比)(?:翻[两三四]?番|增长|增加|提高|上升)$/u;

/** A clause that opens in the past (`以前请人背下楼就要50元`; not `过去一年`, a period): undated, not as of publication. */
const PAST = /^\s*(?:以前|从前|此前|过去(?![一两二三四五六七八九十\d]+个?年))/u;
/** A sentence (or a quotation's) that opens in the past and does not come back to now before the figure. */
const PAST_SENTENCE = /^[\s“「]*(?:以前|从前)(?![^。！？!?；;]*(?:现在|如今|目前))[^。！？!?；;]*$/u;

/**
 * Whether the last 每年 before a figure says it recurs: not when a 每 before it in its clause makes it a
 * standard's unit (`按每个普惠托位每年2000元的标准`), nor when another figure stands between (`…每年2000元的标准
 * 发放运营补贴2520万元`: the sum paid is the year's, not a yearly amount).
 */
/** Up to the clause's last verb of adjusting: what follows is its object (`研究提高普惠托育运营补贴标准`). */
const LAST_VERB = /^.*(?:提高|调整|提升|完善|研究|制定|落实|执行|出台|明确)/u;

/** An agreement in a sentence: what it commits to spend each year is a plan (`签订了《…协议书》`, `签约`, `合作备忘录`). */
const AGREEMENT = /协议|协定|备忘录|签订|签署|签约/u;

/** A visit or a sample that finds (a reporter's or an inspector's): `记者在…门口蹲点`, `问政记者暗访`, `抽检…`. */
const VISIT_WORDS = '明察暗访|暗访|暗查|蹲点|探访|(?:随机)?抽查|(?:随机)?抽检|抽样检[查测]';
const VISIT = new RegExp(VISIT_WORDS, 'gu');
/** What a visit found, said before the figure: `发现`, `共发现拥堵点`, `暗访发现的`. */
const FOUND = new RegExp(`^(?:${VISIT_WORDS})?(?:共|还|又|先后|累计)?(?:发现|查出|查找出)了?的?`, 'u');
/** …or said as the clause before, the figure's own clause only saying there are some: `暗访发现，共有6个…`. */
const FOUND_ACROSS = /(?:发现|查出)[，,]\s*(?:共|还|又|其中|累计)?(?:有|计)?$/u;
/** The end of a set's name that says a part of it follows: `500名退役军人中`, `…当中`. */
const AMONG_END = /(?:当中|之中|中有|中|里)$/u;
/** What members of a set did, a whole clause with no number: `实现就业`, `考取教师资格证`. */
const SET_MEMBERS_DID = /^((?:已|已经|均|全部|顺利|成功)?(?:实现|考上|考取|取得|获得|完成|通过|找到|参加|参与|签约|入职|就业|返岗|脱贫|康复|出院|上岗|升学|录取)\p{Script=Han}{0,8})$/u;
/** A count of people (`77名`, `44人`), not of their visits (`人次`). */
const PEOPLE_UNIT = /^(?:名|人|位)$/u;
/** A sample's name (`抽查养老机构`, `暗访农贸市场`): the things sampled. */
// (Its doer before it too: `市场监管局抽检餐饮单位`, `记者暗访城区餐饮单位`: the last verb's things.)
const SAMPLE_NAME = /^\p{Script=Han}{0,8}?(?:暗访|走访|探访|暗查|抽检|巡查|(?:随机)?抽查|检查|督查)((?:(?!暗访|走访|探访|暗查|抽检|巡查|抽查|检查|督查)\p{Script=Han}){2,12})$/u;
/** A set whose members a figure counts: `十大项目中有`, `全市12个县区中有`. */
const MEMBERS_OF = /([\p{Script=Han}\d]{2,14}?)中有$/u;
/** Work verbs a table cell opens with, then the thing it counts (`已新增学位`), never a verb itself (`已完成`). */
const CELL_WORK = '(?:新增|新建|改扩建|改造提升|改造|建成投用|建成|完成|完工|开工|在建|投用|竣工|提升|增加|实现|建设)';
const CELL_OWN = new RegExp(`^(?:已经?|累计|共)?(${CELL_WORK}*)((?!${CELL_WORK}|已|累计|共)\\p{Script=Han}{2,8})$`, 'u');
/** Those a service reached, right before their count (`覆盖新生`, `惠及老人`). */
const REACHED_BY = /^(?:覆盖|惠及|服务)\p{Script=Han}{2,6}$/u;
/** A clause ending with the service it gives (`…免费开展视力筛查`). */
const SERVICE_END = /(?:开展|实施|提供|组织)了?(\p{Script=Han}{2,8})$/u;
/** A set named in a clause ending 中, then members counted clause by clause (`…指标中，5项已提前完成，`), to the figure. */
const SET_THEN_MEMBERS = /([^，,；;。]{2,30}?)中[，,](?:[^，,；;。\d]{0,12}[\d一二三四五六七八九十]+[项个家所条件类][^，,；;。\d]*[，,])*(?=[^，,；;。\d]{0,12}$)/u;
/** What members of a set did, said before their count (已全面完成2件, 超序时进度推进6件, 进度滞后1件). */
const MEMBERS_DID_BEFORE = /^(?:已经?|均|全部)?\p{Script=Han}{0,10}(?:完成|推进|实施|滞后|落后|开工|完工|建成|达标)$/u;
/** …or after it, a whole clause of how it goes (按计划在下半年集中实施). */
const MEMBERS_DOING_AFTER = /^(\p{Script=Han}{2,14}(?:推进|实施))$/u;
/** Words before a member's count that say only that it is another (另有1件…). */
const ANOTHER_MEMBER = /^(?:另有|还有|尚有|其余|剩余)?$/u;
/** The set's size before its noun: 十大, 12个, 全市12个. */
const SET_SIZE = /^(?:全[市省区县])?(?:[\d一二三四五六七八九十百]+[大个项类家所件]?)?/u;
/** What the members counted did or reached, a whole clause: `满意度提高`, `达到省级标准`, `完成年度任务`. */
const MEMBERS_DID = /^(\p{Script=Han}{0,10}(?:提高|提升|上升|增长|增加|下降|降低|减少|达标|合格|滞后|落后|超过\p{Script=Han}{1,8}|达到\p{Script=Han}{1,8}|完成\p{Script=Han}{0,8}))$/u;
/** A clause that ranks what it names (`市民政局满意率最低`, `其中7月受理量最高`), and the bare level after it (`为`, `达`). */
const SUPERLATIVE_END = /^\s*(?:其中|而|但|另外)?[，,]?\s*(.+?)(?:最高|最低|最多|最少|最大|最小|最快|最慢)$/u;
const BARE_LEVEL = /^(?:为|达|达到|是|仅为|只有)?$/u;
/**
 * The rest of the problems counted before (`其余4个正在整改`, `剩余3件尚未办结`): named by what is still to
 * do, not by the words of those fixed (`整改到位`). (Works: `其余11所正在建设` stays schools_built, under way.)
 */
const REMAINDER = /(?:其余|剩余|尚余|剩下的?)$/u;
const STILL_AFTER = /^(?:正在|仍在|尚未|仍未|未)(?:整改|处置|处理|办理|办结|核查|化解|销号)(?=中?[，,；;。]|中?$)/u;
/** A plan's deadline said once for its sentence: `将在8月底前`, `将于10月底前` (not `力争10月底前`, a clause's own). */
const PLAN_DEADLINE = /(?:将在|将于|要在)(?:(?:\d{4})年|今年|明年)?(?:\d{1,2}月(?:\d{1,2}日|底|末)?|年(?:底|末))(?:之前|以前|前)(?=[^，,；;。]*[，,])/u;
/** …or opening its sentence: `9月底前，县卫健局将…开展视力筛查，覆盖新生3120人`. */
const DEADLINE_HEAD = /^\s*((?:(?:\d{4})年|今年)?\d{1,2}月(?:底|末)?(?:之前|以前|前))[，,]/u;

/** 全年 and 年末 alone: dated by the year of publication when no year is named near them. */
const YEAR_BY_PUBLICATION = /^(?:全年|年末)$/u;

/** A subject long enough to be a name (农村自来水普及率): shorter ones (投入资金, 新增) mean what their category says. */
const MIN_NAME = 6;

/** The measure whose growth a subject names: `地区生产总值增长`, `城镇居民人均可支配收入增长`. */
const GROWTH_OF = /^(.{4,})(?:同比)?增长$/u;

/** The lexicon's indicator a name alone stands for, in any unit. */
function canonicalNamed(name: string): Indicator | undefined {
  const entry = INDICATORS.find((e) => e.clause.test(name) && !e.lead && !e.predicate && !e.sentence);
  return entry && canonicalIndicator(entry);
}

/** The rest of a list of conditions or groups that share the noun of who is counted (`、糖尿病患者`). */
const SHARED_NOUN = /^[、和及](?:\p{Script=Han}{1,8}?)(?:患者|人员|老年人|老人|儿童|学生|群众|家庭|残疾人|对象)/u;
/** 让5000余人次劳动者掌握…: people counted by what the clause before did for them, which their noun does not say. */
const MADE_TO = /(?:让|使)\s*$/u;
/** A rate of work done or reached, which the things counted before it in its sentence name (`完工率`, `签约率`). */
const PROGRESS_RATE = /^(?:完成|完工|开工|竣工|签约|覆盖|参与|办结|入住|使用|达标|投用|整改)率$/u;

/** The last count in the sentence from `from` that names things, not those a work reached (`涉及居民`) nor a span or a rate. */
function thingsCounted(observations: readonly Observation[], starts: readonly number[], from: number): Observation | undefined {
  for (let i = observations.length - 1; i >= 0 && starts[i]! >= from; i--) {
    const o = observations[i]!;
    if (o.unit === '%' || o.unit === '百分点' || /^(?:个月|月|天|日|年|周|小时|分钟)$/u.test(o.unit)) continue;
    return RELATED.test(o.subject.replace(/^.*?(?=涉及|惠及|带动)/u, '')) ? undefined : o;
  }
  return undefined;
}

/** A thing's name and a rate of it, the words they share said once (重点人群家庭医生签约 + 签约率 → …签约率). */
function mergedName(thing: string, rate: string): string {
  for (let k = Math.min(thing.length, rate.length - 1); k > 0; k--) if (thing.endsWith(rate.slice(0, k))) return thing + rate.slice(k);
  return thing + rate;
}
/** An average per one of something, all the words before an amount (`村均`, `户均`, `校均`). */
const PER_ONE = /^[村户人校店场社]均$/u;
/** Each class, ending the words before a count of people (`小学每班`). */
const PER_CLASS = /每(?:个)?班$/u;
/** A flow's name: its verb of adding and the things (`新增学位`, `新建老年助餐点`). */
const ADDED_WHOLE = /^(新增|新建|新开工|新开通|筹集|建成)(\p{Script=Han}{2,12})$/u;
/** 其中 opening the clauses a figure is in, to it. */
const PART_CLAUSE = /其中[^。；;]*$/u;
/** What a place opened adds or holds (`新增床位`, `可容纳学生`). */
const CAPACITY = /^(?:新增|可?容纳|可?提供)(?:床位|学位|学生|幼儿|老人|座位)$/u;
/** A hospital or school opening or being built, the whole clause before such a figure (`市第一人民医院新院区建成投用`). */
const OPENED = /^([^，,；;。\d]{2,20}(?:医院|院区|卫生院|学校|中学|小学|幼儿园|校区|养老院|敬老院|福利院))[^，,；;。]{0,10}(?:建成|投用|投入使用|完工|启用|在建|开工|开学)[^，,；;。\d]{0,4}$/u;

/** `words` without the places they open with (`芜湖市第二人民医院` → 第二人民医院, `县第一中学` → 第一中学). */
function stripPlaces(words: string): string {
  const first = findPlaceMentions(words)[0];
  const rest = first?.start === 0 ? words.slice(first.end) : words;
  return rest.replace(/^[市县区镇]/u, '');
}
/** The whole of one school or hospital, right before a count (`全校412名`, `全院`). */
const WHOLE_INSTITUTION = /全(?:校|园|院)\s*$/u;
/** A school or hospital named in a sentence, the first (`池淮镇中心小学校长…`). */
const NAMED_INSTITUTION = /(\p{Script=Han}{2,12}?(?:小学|中学|学校|幼儿园|医院|卫生院))/u;
/** Units of people counted, whose parts a 其中 names. */
const PEOPLE_COUNT = /^(?:人|名|位|人次)$/u;
/** A part of a place below the gazetteer opening a name (`社区常住居民`). */
const PLACE_PART = /^(?:社区|小区|村|街道)(?=\p{Script=Han}{2})/u;
/** A kind named alone (`咨询类`, `住房城乡建设类`). */
const KIND_ONLY = /^[^（）\d]{1,12}类$/u;
/** A sentence opening with what its kinds are kinds of (`从诉求类型看`, `从投诉内容来看`). */
const KIND_TOPIC = /从(\p{Script=Han}{2,4}?)(?:类型|内容|类别|来源|性质|领域)(?:上|来)?看/gu;
/** A kind of work named by its bare noun, with at most a verb of doing it (`完成评估`, `开展体检`). */
const BARE_WORK = /^(?:完成|开展|进行|组织|实施)?(评估|体检|筛查|鉴定|检测|认定)$/u;
/** Words that open a clause before the name of a work, no part of it (`开展…`, `由…`, `对…`). */
const WORK_NAME_LEAD = /^.*(?:开展|进行|完成|组织|实施|通过|经过|参加|接受|申请|由|的|对|为|和|及|与)/u;

/** The last name of that work in `text`, its words before the noun (`失能等级评估`), if any. */
function namedWork(text: string, noun: string): string | undefined {
  for (let at = text.lastIndexOf(noun); at > 0; at = text.lastIndexOf(noun, at - 1)) {
    const words = /\p{Script=Han}{1,8}$/u.exec(text.slice(Math.max(0, at - 8), at))?.[0].replace(WORK_NAME_LEAD, '') ?? '';
    if (words.length >= 2 && !BARE_WORK.test(words + noun)) return words + noun;
  }
  return undefined;
}
/** 兴仁市的薏仁米…已进入宁波1300余家商超: the places something entered, counted; what entered is the clause's subject, no part of their name (QA s13 A3). */
const ENTERED = /(?:进入|入驻|进驻|走进|打入|摆上|上架)\p{Script=Han}{0,6}\s*$/u;

/** A table column of what stands at a date: `现行有效件数`, `现有床位数`, `年末参保人数`, `期末余额`. */
const STANDING_COLUMN = /^(?:现行有效|现有|实有|年末|期末|年底)/u;
/** A level a change reached, right before it: `由…163元提高到178元`, `调整为每人每月920元`. */
const RAISED_TO = /(?:提高到|提高至|提升到|提升至|调整为|调整到|调整至|上调至|上调到|增加到|增加至)[^，,；;。\d]{0,8}$/u;

/** Capacity a project adds once finished (`建成后将新增床位500张`): when is not said. */
const ONCE_BUILT = /(?:建成|投用|投运|完工|竣工)后[^，,；;。]*$/u;

/** What was done to things named again (`…项目已完工`): kept as a gloss on their name. */
const DONE_AFTER = /^\s*(?:均|全部)?(已(?:完工|竣工|建成|开工|投用|完成|投入使用))/u;
/** Organisations, then what of theirs a figure's clause speaks of (`单位资源`, `部门数据`). */
const ORG_WITH = /^(单位|部门|企业|机构|医院|银行|高校)(资源|数据|信息|系统|事项|业务)$/u;
/** Verbs that bring organisations' resources together (`整合`, `接入`). */
const JOIN_VERB = /整合|接入|汇聚|归集|联通|对接|共享|打通/gu;

/** A word listed before the clause of a figure with 、, short and with no figure of its own (`新建`, `组建市`, `全区新建`). */
const SHARED_ITEM = /^(?:全[市区县省]|我[市区县省])?\p{Script=Han}{1,3}$/u;
/**
 * A verb of building ending the words before 、, when the words after it open with another (`今年全市新建、改扩建…`,
 * `1.新建、改造…`): both verbs share the object, whatever says when or where before the first.
 */
const SHARED_VERB = /(?:新改扩建|新改建|改扩建|新建|改建|扩建|改造|提升|建设|修缮)$/u;
/** A verb of work right before the first item of a list and its figure (`宁波在黔西南州援建学校14所`); not one of having (配备). */
const LIST_VERB = /(新改扩建|改扩建|新建|改建|援建|改造提升|提升改造|改造|建成|新增|增设|新开通|开通|新开工|修缮|更换|加装|购置)\p{Script=Han}{2,12}?[\d一二两三四五六七八九十百千万]+[^、]*$/u;
/** Words of an item that does work of its own (`新增床位`, `实现就业`), not a noun the list's verb acts on. */
const OWN_WORK = /[建改增装设修换购配开]|就业|实现|完成|开展|发放|提供|培训|服务|救助|参保|受益|惠及|覆盖|达到|参加|接种|检查|筛查|办理|受理/u;
const SHARED_VERB_NEXT = /^(?:新改扩建|新改建|改扩建|新建|改建|扩建|改造|提升|建设|修缮)/u;

/** A place's part of the wider region's total of one measure: not a share of another whole (`民生支出占一般公共预算支出`). */
const SHARE_OF_WIDER = { suffix: 'share_of_wider_region', name: { zh: '占上级地区总量比重', en: 'share of the wider region\'s total' }, kind: 'share' } as const;
/** A holder named before 占 in the share's own clause (`我市占全省的`, `其中烟台市占`), not a bare `占我区31.8%`. */
const HOLDER_BEFORE = /^[^，,；;。：:]+占[^，,；;。\d]*$/u;
/** `占我区`, `占全省新增总数`, `占全市已新增学位`: the whole a share is of, named by the wider region's words. */
const OF_WIDER = /^占(?:我|全)(省|自治区|区|市)(的)?(.*)$/u;

/**
 * `占我区` said of a figure of `region`, with the wider region named (`占内蒙古自治区比重`), when its words
 * say which: 省 the province; 区 (自治区) the province of a prefecture in an autonomous region; 市 the
 * prefecture of a district or county (a county-level city's 全市 is its own). Else undefined.
 */
function shareOfWider(relation: string, region: string): string | undefined {
  const m = OF_WIDER.exec(relation);
  const own = regionOf(region);
  if (!m || !own) return undefined;
  const [, level, , rest] = m;
  const [, parent, grand] = ancestorsOf(region);
  const wider =
    level === '省' || level === '自治区' ? [parent, grand].find((r) => r?.level === 'province' && (level === '省' ? r.name.zh.endsWith('省') : r.name.zh.endsWith('自治区'))) :
    level === '区' ? (own.level === 'prefecture' && parent?.name.zh.endsWith('自治区') ? parent : undefined) :
    (own.level === 'district' || own.level === 'county') && !own.name.zh.endsWith('市') && parent?.level === 'prefecture' ? parent : undefined;
  return wider ? `占${wider.name.zh}${rest || '比重'}` : undefined;
}

/** What a table's figure reads and adds to of the article being extracted (tableFigure). */
interface TableArticle {
  ctx: ArticleContext;
  sections: readonly Section[];
  places: PlaceFinder;
  tablePlaces: Memo<Table, string>;
  /** Each by-place table's figures by row and column, for a 同比 column to find the figure it is the growth of. */
  rowFigures: ReadonlyMap<string, Observation>;
  indicators: Map<string, Indicator>;
  derivedIds: Set<string>;
  canonicalUsed: Indicator[];
  madeFor: (subject: string, unit: string, kind: IndicatorKind, category: string) => Indicator;
}

/**
 * A figure in a table by place or by measure (tables.ts): its row's place and its column's
 * measure, or the title's place and its row's measure; the lexicon's indicator when it
 * knows the measure; a 同比 column's figure the growth of the row's figure before it; the
 * period its column heading names (`1—6月`), else its table's. A row that names no place
 * of the article's area is the article's, flagged; a measure that names nothing (a year,
 * a bare 同比) is flagged.
 */
function tableFigure(article: TableArticle, m: Mention, c: { unit: string; role: UnitRole }, at: TablePlace, where: Located): Observation {
  const { table, row } = at;
  const column = table.columns[at.column!]!;
  const flags: Flag[] = [];
  const base = column.growthOf === undefined ? undefined : article.rowFigures.get(`${row.start}:${column.growthOf}`);
  const derived = base ? findSubject(column.measure, '', null, c.unit).derived : undefined;
  let indicator: Indicator;
  const { measure, period: dated } = readCell(at, article.ctx.published);
  let subject = measure;
  if (base && derived) {
    indicator = derivedIndicator(article.indicators.get(base.indicator)!, derived, c.unit);
    article.derivedIds.add(indicator.id);
    subject = base.subject + column.measure;
  } else {
    const entry = findIndicator(measure, measure, measure, c.unit);
    const category = entry?.category ?? categoryOf(measure) ?? categoryOf(table.title) ?? 'other';
    indicator = entry
      ? canonicalIndicator(entry)
      : article.madeFor(measure, c.unit, kindFor(c.role, measure), category);
    if (entry && !article.derivedIds.has(entry.id) && !article.indicators.has(entry.id)) article.canonicalUsed.push(indicator);
  }
  // A growth is over its figure's period.
  const period = base && derived ? base.period : levelOfStanding(dated ?? sectionAt(article.sections, m.start)?.period ?? { label: UNSTATED }, measure);
  const status = columnStatus(column.heading) ?? 'result';
  // 新增普惠托位 by district beside 年末托位数: what the period added is not what stands at its end.
  indicator = filedByMeasure(indicator, period, status, measure);
  article.indicators.set(indicator.id, indicator);
  if (column.growthOf !== undefined ? !derived : !subject || !namesByWords(subject)) flags.push('subject_unclear');
  const region = table.byPlace ? (row.region ?? article.ctx.region) : article.tablePlaces.get(table, () => article.places.placeOf(table.frameStart, table.frameStart, table.start, table.frameStart).region);
  if (table.byPlace && row.region === undefined) flags.push('place_inferred');
  if (!period.start && !period.end) flags.push('period_unstated');
  return {
    id: `${article.ctx.source}:${where.span[0]}`,
    indicator: indicator.id,
    region,
    source: article.ctx.source,
    value: m.value,
    qualifier: m.qualifier,
    unit: c.unit,
    raw: m.raw,
    subject,
    category: indicator.category,
    period,
    span: where.span,
    quote: where.quote,
    quoteSpan: where.quoteSpan,
    status,
    ...(flags.length ? { flags } : {}),
  };
}

export function extractArticle(clean: CleanText, ctx: ArticleContext): Extraction {
  const text = clean.text;
  const sentences = splitSentences(text);
  const observations: Observation[] = [];
  const skipped: Skipped[] = [];
  const indicators = new Map<string, Indicator>();
  const skippedByReason: Partial<Record<SkipReason, number>> = {};
  const mentions = findMentions(text);
  if (mentions.length > MAX_NUMERALS_PER_ARTICLE) {
    throw new ArticleLimitError(
      `the article holds ${mentions.length} numerals; the limit is ${MAX_NUMERALS_PER_ARTICLE} per article (split it into several files)`,
    );
  }
  const sections = findSections(text, ctx.published, clean.excluded);
  const frames = framesOf(sections);
  // A transcript summed up after its event (on-air.ts): what was said there is as of that day.
  const onAir = findOnAir(text, ctx.published);
  const markers = findPeriodMarkers(text, ctx.published, frames, onAir && ((at) => (onAirAt(text, onAir, at) ? onAir.day : undefined)));
  const plan = titlePlan(text.trimStart().split('\n', 1)[0]!);
  // A 政策解读's rules, in force from a day after publication (in-force.ts).
  const rules = rulesInForce(text, ctx.published);
  /** The town a town's own report is about (`震泽镇2025年工作总结…`), when its place is the town's county or district. */
  const town = articleTown(text, ctx.region);
  /** …and that county's or district's name, which a clause of the district's own names (`2026年吴江区计划…`). */
  const districtName = regionOf(ctx.region)?.name.zh;
  /** Since when the standards a rule replaces held, looked up at the first replaced one. */
  let replacedSince: { date: string | undefined } | undefined;
  /** A survey's fieldwork days (survey.ts), looked up at the first figure that needs them. */
  let surveyDays: { period: Period | undefined } | undefined;
  /** An inspection's days (survey.ts), looked up at the first figure that needs them. */
  let inspectionDays: { period: Period | undefined } | undefined;
  // Where figures are: a paragraph without any that names a town is a scene (places.ts).
  // Each mention classified once: the figures' starts here and the loop below both need it.
  const classes = new Map(mentions.map((m) => [m, classifyMention(m, text, clean.excluded)]));
  const figureStarts = mentions.filter((m) => classes.get(m)!.figure).map((m) => m.start);
  const places = new PlaceFinder(text, ctx.region, figureStarts);
  const paragraphCategories = new Memo<number, string | undefined>();
  let context: SentenceContext | undefined;
  /** The sentence of the last observation. */
  let previousSentence: Span | undefined;
  /** The place of a figure said again (restatedFigure), for the rest of its sentence's figures of its unit. */
  let restatedIn: { sentence: Span; region: string; unit: string; things: string } | undefined;
  /** Where each observation's figure starts in the cleaned text. */
  const starts: number[] = [];
  /** Indicators of sums of places, by id: the lexicon's measure each was kept from (sumKept). */
  const sumsKept = new Map<string, IndicatorEntry>();
  /** Indicators that relate a figure to another (`….growth`, `….target_share`). */
  const derivedIds = new Set<string>();
  /** The lexicon's indicators the article has used so far, in order: at most the lexicon's size. */
  const canonicalUsed: Indicator[] = [];
  /**
   * Indicators made from a subject, by subject: one measure named the same way twice in an
   * article is one indicator (农村自来水普及率 96.8% and its 2030 target 98%), though the
   * words around each put it in another category.
   */
  const madeBySubject = new Map<string, Indicator>();
  /** Indicators made for a figure, by its words, unit, place and name: the same figure said again is that measure. */
  const saidBefore = new Map<string, Indicator>();
  /** The last indicators made (at most 2 × RATE_LOOK_BACK), where a bare rate looks for its measure. */
  const madeRecently: Indicator[] = [];
  const madeFor = (subject: string, unit: string, kind: IndicatorKind, category: string): Indicator => {
    const same = subject.length >= MIN_NAME ? madeBySubject.get(subject) : undefined;
    if (same && same.unit === unit && same.kind === kind) return same;
    const made = subjectIndicator(subject, unit, kind, category);
    if (subject.length >= MIN_NAME && !same) madeBySubject.set(subject, made);
    // 项目知晓率 (84.3%) is short for a name, but a bare 知晓率 later (its 2026 target) is the same rate.
    if ((subject.length >= MIN_NAME && !same) || (!same && SHORT_RATE.test(subject))) {
      madeRecently.push(made);
      if (madeRecently.length > 2 * RATE_LOOK_BACK) madeRecently.splice(0, RATE_LOOK_BACK);
    }
    return made;
  };

  const tables = findTables(text, clean.asWritten, (name) => places.regionNamed(name), ctx.region, ctx.published);
  const tablePlaces = new Memo<Table, string>();
  /** Section headings and the scope of the books each names (`（二）市本级…`), found at the first figure in money. */
  let scopeHeadings: ScopeHeading[] | undefined;
  /** Each by-place table's figures by row and column, for a 同比 column to find the figure it is the growth of. */
  const rowFigures = new Map<string, Observation>();
  /** The names of the article's table rows: a sentence naming a measure so names it clearly, however long. */
  const tableNames = new Set<string>();
  const tableArticle: TableArticle = { ctx, sections, places, tablePlaces, rowFigures, indicators, derivedIds, canonicalUsed, madeFor };

  // Each mention is read by a function of its own, called from the loop below: a loop this long inside
  // extractArticle had TurboFan compile the whole article's function twice (on-stack replacement too), ~1 s of CPU each.
  const readMention = (found: Mention): void => {
    const inTable = tablePlaceAt(tables, found.start);
    // `-1.5` alone in a table's cell: a fall, the minus part of the figure.
    let m = inTable && inTable.cellStart === found.start - 1 && negative(inTable, text) ? { ...found, start: found.start - 1, raw: text.slice(found.start - 1, found.end), value: -found.value } : found;
    const sentence = sentenceAt(sentences, m.start);
    if (context?.span !== sentence) context = new SentenceContext(text, sentence);
    const where = locate(clean, context, m);
    let c = m === found ? classes.get(found)! : classifyMention(m, text, clean.excluded);
    // 孕产妇死亡率｜1/10万｜10.2: the 1 of a 单位 cell is part of the unit.
    if (c.figure && inUnitColumn(inTable)) c = { figure: false, reason: 'set_phrase' };
    // A number alone in a table's cell is in its column's unit (`城镇新增就业（人）`, `（万人）`) or its row's
    // (`城镇新增就业｜万人｜3.86`); with neither, or in a cell the reader cannot split (`2,100`), the table is not read.
    if (!c.figure && c.reason === 'no_unit' && inTable) {
      const given = inTable.bare ? cellUnit(inTable) : undefined;
      // (序号｜…, …｜排名: row numbers and ranks are ordinals.)
      c = given ? { figure: true, unit: given.unit.unit, role: given.unit.role } : { figure: false, reason: inOrderColumn(inTable) ? 'ordinal' : 'unread_table' };
      // 172.36 in 万人: 1723600 people, not 1723600.0000000002.
      if (given) m = { ...m, value: Number((m.value * given.scale).toPrecision(15)) };
    }
    if (!c.figure) {
      skipped.push({ source: ctx.source, raw: bounded(m.raw), reason: c.reason, span: where.span, quote: where.quote });
      skippedByReason[c.reason] = (skippedByReason[c.reason] ?? 0) + 1;
      return;
    }
    // A number alone in its cell is read by the table; one inside words (`新增就业5800人`) by its words, as in a sentence.
    if (inTable?.bare && inTable.column && (inTable.table.byPlace || (inTable.table.byMeasure && inTable.column !== inTable.table.unitColumn))) {
      const observation = tableFigure(tableArticle, m, c, inTable, where);
      rowFigures.set(`${inTable.row.start}:${inTable.column}`, observation);
      if (!observation.flags?.includes('subject_unclear')) tableNames.add(observation.subject);
      observations.push(observation);
      starts.push(m.start);
      previousSentence = sentence;
      return;
    }

    // Attribution reads at most READ_WINDOW characters either side of the figure.
    const floor = Math.max(sentence.start, m.start - READ_WINDOW);
    const ceiling = Math.min(sentence.end, m.end + READ_WINDOW);
    let before = clauseBefore(text, m.start, floor);
    let beforeEnd = m.start;
    // 上千个“空心村”: the counted noun may sit inside quotes.
    const quotedAfter = isIn(OPEN_QUOTE, text, m.end);
    const clause1 = clauseAfter(text, quotedAfter ? m.end + 1 : m.end, ceiling);
    // 为20名高血压、糖尿病患者检测: a list that shares the noun of who is counted.
    const shared = SHARED_NOUN.exec(text.slice((quotedAfter ? m.end + 1 : m.end) + clause1.length, ceiling));
    const after = shared && !quotedAfter && /^\p{Script=Han}{1,6}$/u.test(clause1) ? clause1 + shared[0] : clause1;
    // 百余场“订单式”“定向式”培训: one quoted word of several is no name of what is counted.
    const quotedPart = quotedAfter && /^[”」』][、和]?[“「『]/u.test(text.slice(m.end + 1 + after.length, m.end + 4 + after.length));
    // 张纪新城集中安置区,1900余户: a figure alone in its clause counts the clause before.
    if (!before.trim() && !after.trim() && m.start - 1 > floor) {
      before = clauseBefore(text, m.start - 1, floor);
      beforeEnd = m.start - 1;
    }
    // 新建、改建高标准城镇寄宿制学校24所, 组建市、县防贫中心17个: short words listed with 、 share the
    // object the figure counts (both verbs, both levels); a longer item, or one with a figure, is a list of its own.
    let listed = false;
    const listMark = beforeEnd - before.length - 1;
    if (listMark > floor && text[listMark] === '、') {
      const item = clauseBefore(text, listMark, floor);
      const verb = SHARED_VERB_NEXT.test(before) ? SHARED_VERB.exec(item)?.[0] : undefined;
      if (SHARED_ITEM.test(item) && findPlaceMentions(item).length === 0) before = `${item}、${before}`;
      else if (verb) before = `${verb}、${before}`;
      else {
        listed = true;
        // 改造城镇老旧小区86个、农村危房3460户, 援建学校14所、乡镇卫生院和村卫生室23个: a verb of work opening the
        // list is each item's, when an item is a bare noun (the work done on them, never their stock).
        let first = item;
        for (let at = listMark - item.length - 1; at > floor && text[at] === '、'; at -= first.length + 1) first = clauseBefore(text, at, floor);
        const opening = LIST_VERB.exec(first)?.[1];
        if (opening && /^\p{Script=Han}{2,10}$/u.test(before) && !OWN_WORK.test(before)) before = opening + before;
      }
    }
    const sentenceBefore = text.slice(floor, m.start);
    const { paragraphStart } = context;
    const paragraph = context.paragraphAround(m.start);
    // The words that name what is counted: a table row's first cell, or the clause with the quoted name it opens with.
    // 城镇居民和农村居民人均可支配收入分别达到44620元和17890元: the nth figure of a 分别 list counts the nth item.
    const list = respectively(sentenceBefore, text.slice(m.end, ceiling));
    // (SERIES only where 分别 is said: most sentences do not, and the regex would search them from every start.)
    const named = list?.item ?? (list?.index || list?.places ? list.relation : undefined) ?? (sentenceBefore.includes('分别') ? SERIES.exec(sentenceBefore)?.[1] : undefined) ?? (inTable?.table.byPlace ? undefined : rowHeadOf(inTable)) ?? withQuotedName(text, before, beforeEnd, floor);
    // 不低于当地低保标准的1.3倍: a bound written before what the figure is a multiple or share of.
    const bound = m.qualifier === 'exact' ? BOUND_OF.exec(named) : null;
    // 1.68万个 / 新增中小学学位: a number alone on its line is named by the label line after it.
    const label = inTable ? undefined : numberLineLabel(text, m.start, m.end);
    // 其他处理（自然人）, 总计（总计）: a row's name glossed with its column (tables.ts rowHeadOf) is the name whole.
    // (老年助餐服务满意度 under 满意度（%）: the row's thing and its column's rate, a name the table gives, however long.)
    const glossedRow = inTable?.bare && !list && !inTable.table.byPlace && named === rowHeadOf(inTable) && (COLUMN_GLOSS.test(named) || ratedRow(inTable));
    if (glossedRow && ratedRow(inTable)) tableNames.add(named);
    let read = label !== undefined ? { subject: label, from: 'after' as const } : glossedRow ? { subject: named, from: 'before' as const } : findSubject(bound ? named.slice(0, bound.index) : named, after, m.personNoun, c.unit, text.slice(m.end, ceiling), m.raw, listed);
    // 义务教育学校新改扩建｜新增学位12000个: a cell that names its own thing, not the row's, counts that thing.
    const cellOwn = inTable && !inTable.bare && !list && !label && named === rowHeadOf(inTable) ? CELL_OWN.exec(text.slice(inTable.cellStart, m.start)) : null;
    if (cellOwn && !named.includes(cellOwn[2]!)) read = { subject: `${cellOwn[1]}${cellOwn[2]}（${named}）`, from: 'before' };
    // 发布的“1—9月全市城镇新增就业6.95万人”有误，…此前公布的6.95万人应为6.59万人: the corrected figure counts what the
    // withdrawn one did, named where the sentence first gives it (城镇新增就业), never 应.
    const withdrawn = !label && !list && read.from === 'before' ? CORRECTED.exec(sentenceBefore) : null;
    const firstSaid = withdrawn ? sentenceBefore.indexOf(withdrawn[1]!) : -1;
    const correctedClause = firstSaid > 0 ? clauseBefore(text, floor + firstSaid, floor) : '';
    const corrected = correctedClause ? findSubject(correctedClause, '', m.personNoun, c.unit) : undefined;
    if (corrected && corrected.from === 'before' && !corrected.derived && corrected.subject.length >= 2 && !/\d/u.test(corrected.subject)) read = corrected;
    // 会同…研究提高普惠托育运营补贴标准，计划自2027年1月1日起由…2000元: a level changed with no name of its
    // own (nothing before 由 but a time) takes the noun of the clause before.
    // “两荤一素一汤，只要10块钱”: a price said with only its adverb is the price of what the clause before names.
    const onlyPrice = c.role === 'money' && !read.derived && read.from === 'before' && ONLY_PRICE.test(read.subject);
    const bareClause = !label && !list && read.from === 'before' && !read.derived && (onlyPrice || (read.subject.length < 2 && LEVELS.test(before.trim()))) && beforeEnd - before.length - 1 > floor;
    const previousClause = bareClause ? clauseBefore(text, beforeEnd - before.length - 1, floor) : '';
    const object = previousClause.replace(LAST_VERB, '');
    if (previousClause && !/\d/u.test(previousClause)) read = { subject: (object.length >= 2 ? object : previousClause).slice(-16), from: 'before' };
    // “家门口的食堂开了5年了，一顿饭8块钱”: a meal's price, named by the canteen its sentence names (老年食堂每餐价格, the
    // fuller name the text gave just before when the speaker says 食堂 alone), never 一顿饭 as if meals were counted.
    const canteen = c.role === 'money' && !label && !list && read.from === 'before' && !read.derived && MEAL_ALONE.test(read.subject) ? [...sentenceBefore.matchAll(CANTEEN)].at(-1)?.[0] : undefined;
    const fullCanteen = canteen ? [...text.slice(Math.max(0, sentence.start - CANTEEN_WINDOW), sentence.start).matchAll(CANTEEN)].map((x) => x[0]).filter((x) => x.length > canteen.length && x.endsWith(canteen)).at(-1) : undefined;
    if (canteen) read = { subject: `${fullCanteen ?? canteen}每餐价格`, from: 'before' };
    // 在二级定点医疗机构住院，报销比例由65%提高到70%: a rate of cover after a clause saying where care is taken is that
    // setting's, glossed so (报销比例（二级定点医疗机构住院）), never every patient's.
    const setting = !label && !list && read.from === 'before' && !read.derived && COVER_RATE.test(read.subject) && beforeEnd - before.length - 1 > floor ? CARE_SETTING.exec(clauseBefore(text, beforeEnd - before.length - 1, floor)) : null;
    // (Only when the whole fits a chart's title: 政策范围内费用报销比例（一级及以下…） would be cut to its end.)
    if (setting && read.subject.length + setting[1]!.length + setting[2]!.length + 2 <= MAX_SUBJECT) read = { subject: `${read.subject}（${setting[1]!}${setting[2]!}）`, from: 'before' };
    // 困难群众个人缴费部分由医疗救助资金全额资助，预计全市资助约11.3万人: those funded are those whose own contribution is
    // paid, that is funded to join the insurance (资助参保困难群众（医疗救助）), never a bare 资助.
    const funded = !label && !list && read.from === 'before' && !read.derived && PEOPLE_UNIT.test(c.unit.slice(-1)) && FUNDED_ALONE.test(read.subject) && beforeEnd - before.length - 1 > floor ? CONTRIBUTION_FUNDED.exec(clauseBefore(text, beforeEnd - before.length - 1, floor)) : null;
    if (funded) read = { subject: `资助参保${funded[1]!}（${funded[2]!}）`, from: 'before' };
    // 其中市民政局满意率最低，为56.0%: named by the clause that ranks it, the ranking word aside.
    const rankedBy = !label && !list && BARE_LEVEL.test(before.trim()) && beforeEnd - before.length - 1 > floor ? SUPERLATIVE_END.exec(clauseBefore(text, beforeEnd - before.length - 1, floor)) : null;
    if (rankedBy && !/\d/u.test(rankedBy[1]!) && rankedBy[1]!.length >= 2) read = { subject: rankedBy[1]!.slice(-16), from: 'before' };
    // …总体满意度分别为94.1%、93.5%；亭湖区最低，为88.2%: a place ranked alone is ranked on the measure of the
    // figure before it in its sentence (its clauses split by ；), so all the places share it (the place is the figure's region).
    const rankedPlace = rankedBy && places.regionNamed(rankedBy[1]!.trim()) !== undefined ? observations.at(-1) : undefined;
    const rankedOn = rankedPlace && !/[。！？!?\n]/u.test(text.slice(starts.at(-1)!, m.start)) && rankedPlace.unit === c.unit && !places.regionNamed(rankedPlace.subject) ? rankedPlace : undefined;
    if (rankedOn) read = { subject: rankedOn.subject, from: 'before' };
    // 村级集体经济总收入达到1.68亿元，村均730万元: the average per village of the total just counted, never 村 alone.
    const perOne = !label && !list ? PER_ONE.exec(before.trim())?.[0] : undefined;
    const totalBefore = perOne && observations.at(-1) && previousSentence === sentence && observations.at(-1)!.unit === c.unit ? observations.at(-1) : undefined;
    if (totalBefore && totalBefore.subject) read = { subject: `${totalBefore.subject.replace(GLOSS, '').replace(/总(?=收入|额|量|投资|资产|支出)/u, '')}（${perOne}）`, from: 'before' };
    // 十大项目中有8个满意度提高: a count of the members of a set that did or reached something, not of the change.
    const members = !label && !list ? MEMBERS_OF.exec(before.trim()) : null;
    const set = members?.[1]!.split('的').at(-1)!.replace(SET_SIZE, '') ?? '';
    const didWhat = set.length >= 2 ? MEMBERS_DID.exec(after) : null;
    if (didWhat) read = { subject: `${set}（${didWhat[1]}）`, from: 'after' };
    // 10项…主要指标中，5项已提前完成，3项基本完成，2项进展滞后: members of the set the clause before names, in its
    // classifier, by what they did (no clause of their own before the figure).
    // (十件实事中，已全面完成2件，超序时进度推进6件，另有1件按计划在下半年集中实施: what they did said before the count.)
    const didBefore = MEMBERS_DID_BEFORE.test(before.trim()) ? before.trim() : undefined;
    const setOf = !didWhat && !label && !list && (ANOTHER_MEMBER.test(before.trim()) || didBefore) ? SET_THEN_MEMBERS.exec(sentenceBefore)?.[1]?.split('的').at(-1) : undefined;
    const sized = setOf ? setOf.indexOf(c.unit) : -1;
    const ofSet = sized > 0 && /[\d一二三四五六七八九十]$/u.test(setOf!.slice(0, sized)) ? setOf!.replace(SET_SIZE, '') : '';
    const memberDid = ofSet.length >= 2 ? (didBefore ? [didBefore, didBefore] : MEMBERS_DID.exec(after) ?? MEMBERS_DOING_AFTER.exec(after)) : null;
    if (memberDid) read = { subject: `${ofSet}（${memberDid[1]}）`, from: 'after' };
    // 职高77名考生44人考上本科院校: people counted right after the people of a set just named are of that set.
    const setBefore = observations.at(-1);
    const setNoun = setBefore && PEOPLE_UNIT.test(setBefore.unit) && PEOPLE_UNIT.test(c.unit) ? text.slice(starts.at(-1)! + setBefore.raw.length, m.start).replace(AMONG_END, '') : '';
    if (/^\p{Script=Han}{1,6}$/u.test(setNoun) && setBefore!.subject.endsWith(setNoun) && read.from === 'after' && read.subject && !read.derived && !read.subject.startsWith(setBefore!.subject)) {
      read = { ...read, subject: setBefore!.subject + read.subject };
    }
    // 1200名应届毕业生980人实现就业: read as the set's noun again, the figure counts those of the set who did
    // what follows (应届毕业生实现就业), not the set once more.
    const didOfSet = /^\p{Script=Han}{1,6}$/u.test(setNoun) && read.from === 'before' && !read.derived && read.subject.replace(AMONG_END, '').endsWith(setNoun) ? SET_MEMBERS_DID.exec(after)?.[1] : undefined;
    if (didOfSet) read = { subject: setBefore!.subject + didOfSet, from: 'after' };
    // 记者在孝南区5所小学门口蹲点，共发现拥堵点3处: what an observer found on a visit is a sample, not the place's total.
    // (发现屋面渗漏、雨污管网未分流等问题11处: the clause, not the list item, says it was found.)
    const visit = FOUND.test(sentenceBefore.split(/[，,；;：:]/u).at(-1)!.trim()) || FOUND_ACROSS.test(sentenceBefore) ? [...sentenceBefore.matchAll(VISIT)].at(-1) : undefined;
    const observed = visit && !read.derived ? `${read.subject.replace(FOUND, '')}（${visit[0]}发现）` : undefined;
    // 分别提高到每人每月780元和580元: a later figure of the list counts what the first counted.
    const parts = list?.index && !list.item && !read.derived ? { ...read, subject: '' } : read;
    // What the lexicon reads: the clause up to the figure and the noun it counts.
    let clause = named + m.raw + (parts.from === 'after' ? parts.subject : '');
    if (read === corrected) clause = correctedClause + m.raw;
    const previous = observations.at(-1);
    const sameSentence = previous !== undefined && previousSentence === sentence;
    // 人均消费支出25580元，增长5.1%，其中城镇居民29730元: the urban residents' spending, not
    // their income; read by the lexicon as if written out (城镇居民人均可支配收入).
    if (parts.from === 'before' && RESIDENTS.test(parts.subject)) {
      const measure = countedBefore(observations, starts, c.unit, paragraphStart, sentence.start, derivedIds)?.observation.subject.split('居民').at(-1);
      if (measure && !RESIDENTS.test(measure)) {
        parts.subject += measure;
        clause = parts.subject + m.raw;
      }
    }

    let indicator: Indicator;
    // Whether the things counted did something their clause only points back to (享受到这一政策红利).
    let actedElsewhere = false;
    /** A bare rate of progress with no things counted before it in its sentence to be the rate of. */
    let rateOfNothing = false;
    /** A rate of progress named by the things counted before it, whose own name is a guess (flagged): so is the rate's. */
    let rateOfGuessed = false;
    /** The figure is the town's own, in a town's report filed under its district. */
    let townsOwn = false;
    /** A sum of places (places.ts), kept from the lexicon's measure it would have had: its parts are of that one. */
    let sumKept: IndicatorEntry | undefined;
    /** …and the place inside it whose figure it is: the town, or a community a line is labelled by. */
    let ownPlace: string | undefined;
    /** Named by a measure of the article's own (a bare rate read as one), not by its words here. */
    let namedByArticle = false;
    const place = places.placeOf(m.start, sentence.start, sentence.end, paragraphStart, m.end);
    // 全国的这一比例是…: the country's, compared with; no place of the dataset's, so accounted for as skipped.
    if (place.region === NATIONWIDE) {
      skipped.push({ source: ctx.source, raw: bounded(m.raw), reason: 'nationwide', span: where.span, quote: where.quote });
      skippedByReason.nationwide = (skippedByReason.nationwide ?? 0) + 1;
      return;
    }
    let region = place.region;
    // 对11处问题立行立改 after 暗访孝南区…发现…问题11处: a figure said again, nothing placing it, is where it
    // was found; and so is the part of it its sentence goes on to count (目前已完成维修7处).
    const restated = place.fallback ? restatedFigure(observations, starts, text, m) : undefined;
    const partOfRestated = !restated && place.fallback && restatedIn?.sentence === sentence && restatedIn.unit === c.unit ? restatedIn : undefined;
    if (restated) restatedIn = { sentence, region: restated.region, unit: c.unit, things: restated.subject.replace(GLOSS, '') };
    region = restated?.region ?? partOfRestated?.region ?? region;
    let subject = parts.subject;
    // 新增学位3240个，比去年同期的2150个增加1090个: the level compared with is the same measure at that time, said so
    // (新增学位（去年同期）), never the rise after it (增加).
    const comparedAt = sameSentence && !parts.derived && previous.unit === c.unit ? COMPARED_LEVEL.exec(sentenceBefore)?.[1] : undefined;
    if (comparedAt && previous!.subject) subject = `${previous!.subject.replace(GLOSS, '')}（${comparedAt}）`;
    // …named by the things found, with what is done to them now (雨污管网未分流等问题（立行立改）, …（完成维修）).
    const saidOf = restated ? after.slice(namedIn(after, restatedIn!.things)) : '';
    const doneNow = restated ? DONE_TO_THINGS.exec(saidOf)?.[0] : partOfRestated && parts.from === 'before' ? DONE_TO_THINGS.exec(subject)?.[0] : undefined;
    if (doneNow) subject = `${restatedIn!.things}（${doneNow.replace(/^(?:已经?|目前已)/u, '')}）`;
    // (对暗访发现的8处问题，…: nothing more said of them in their clause, the figure before said again, named as it was.)
    else if (restated && !saidOf) subject = restated.subject;
    /**
     * What is counted was read from elsewhere, the pipeline's guess: an indicator from an earlier
     * sentence, or a noun from the clause before, which counts a figure of its own
     * (`覆盖介休市18个试点村,3.4万余人`: people, not villages).
     */
    // (A later figure of a 分别 list is no guess: the list says what it counts.)
    // (A number there that is no figure, `2000年底前建成需改造的城镇老旧小区共612个`'s date, counts nothing.)
    let guessed = !!bound || !list && beforeEnd !== m.start && parts.from === 'before' && figureIn(starts, beforeEnd - before.length, beforeEnd) && !isIn(OPEN_QUOTE, text, beforeEnd - before.length - 1);
    // 涉及居民2.1万户 after 改造城镇老旧小区236个: the residents of that work, not residents in general.
    // (…已完工63个，完工率41.4%，惠及居民1.9万户: the residents of the works, not of the rate between.)
    const works = sameSentence && parts.from === 'before' && RELATED.test(subject) ? lastCount(observations, starts, sentence.start) : undefined;
    // (改造小区（已完工）: of those works, named without the state the count of them was in; 校舍改造项目（未按期完工）:
    // of those, the gloss after the whole name.)
    const worksGloss = works ? (/（[^（）]*）$/u.exec(works.subject)?.[0] ?? '') : '';
    if (works) subject = works.subject.slice(0, works.subject.length - worksGloss.length) + subject + (worksGloss.startsWith('（已') ? '' : worksGloss);
    // 为…新生免费开展视力筛查，覆盖新生3120人: those a service reached, named with the service the clause before gives.
    const service = !works && parts.from === 'before' && REACHED_BY.test(subject) && beforeEnd - before.length - 1 > floor ? SERVICE_END.exec(clauseBefore(text, beforeEnd - before.length - 1, floor))?.[1] : undefined;
    if (service && !/\d/u.test(service)) subject = service + subject;
    // 已建成零工市场18家，…，累计服务灵活就业人员23.7万人次: those served by the places the sentence just counted, named by
    // them (零工市场服务灵活就业人员), never all served in the city.
    const servedBy = !works && !(service && !/\d/u.test(service)) && sameSentence && !parts.derived && parts.from === 'before' && SERVED_ONLY.test(subject) && /^[家个处所座间]$/u.test(previous.unit) ? SERVER.exec(previous.subject.replace(/[（(][^（）()]*[）)]$/u, ''))?.[1] : undefined;
    if (servedBy && !subject.startsWith(servedBy)) subject = servedBy + subject.replace(/^累计/u, '');
    // 其余5所正在施工，其中4所主体结构已封顶: those of the things just counted whose main structure is done, glossed
    // so (新建改扩建学校（主体结构已封顶）), never 主体结构 as the thing counted.
    const partDone = sameSentence && !parts.derived && parts.from === 'after' && previous.unit === c.unit && previous.subject ? PART_DONE_AFTER.exec(after)?.[1] : undefined;
    if (partDone) subject = `${previous!.subject.replace(GLOSS, '')}（${partDone}）`;
    // 成都都市圈实现地区生产总值3.02万亿元，…，年末常住人口达到3012万人: a named area the sentence opened with is every
    // figure's of it, filed under the region holding it (成都都市圈常住人口), never that region's own.
    const area = sameSentence && !parts.derived && subject ? NAMED_AREA.exec(previous.subject)?.[1] : undefined;
    if (area && !subject.includes(area) && !/^[\s，,]*(?:其中|全省|全市)/u.test(text.slice(previous!.span[1], m.start))) subject = area + subject;
    // 全年普通高中招生1420人，毕业生1350人: pupils of the kind of school the figure before counted them of, never all graduates.
    // (…招生5200人，在校生3.1万人: the pupils of that kind, not the intake's — a people figure before is no works.)
    const schoolKind = sameSentence && !parts.derived && PUPILS_ALONE.test(parts.subject) && PEOPLE_UNIT.test(previous.unit.slice(-1)) ? PUPILS_OF_KIND.exec(previous.subject)?.[1] : undefined;
    if (schoolKind) subject = schoolKind + parts.subject;
    // 全区公办小学计划招收一年级新生9860人，编班219个: classes alone after pupils just counted are of the schools the
    // clause of those pupils names (公办小学编班), never all classes of the place.
    const classesOf = !schoolKind && sameSentence && !parts.derived && CLASSES_ALONE.test(subject) && PEOPLE_UNIT.test(previous.unit.slice(-1)) ? [...clauseBefore(text, starts.at(-1)!, sentence.start).matchAll(SCHOOL_KIND)].at(-1)?.[0] : undefined;
    if (classesOf) subject = classesOf + subject;
    // 109所义务教育学校新改扩建项目进展顺利，31个项目已完工: the projects just named, those done, not 项目 alone.
    const namedAgain = sameSentence && parts.from === 'after' && !parts.derived && subject.length >= 2 && previous.subject.length > subject.length && previous.subject.endsWith(subject);
    if (namedAgain) {
      const done = DONE_AFTER.exec(after.slice(after.indexOf(subject) + subject.length))?.[1];
      subject = previous.subject + (done ? `（${done}）` : '');
    }
    // 目标任务：新建标准化村卫生室15个。/ 完成情况：15个村卫生室已全部建成: the things of the target line named again on its
    // progress line are the target's (新建标准化村卫生室), so a result and its target share one measure; never 村卫生室, a stock.
    const targetLine = !namedAgain && parts.from === 'after' && !parts.derived && subject.length >= 2 && PROGRESS_LINE.test(text.slice(paragraphStart, paragraphStart + 8)) ? countedBefore(observations, starts, c.unit, text.lastIndexOf('\n', paragraphStart - 2) + 1, paragraphStart, derivedIds)?.observation : undefined;
    const targetAgain = targetLine && targetLine.subject.length > subject.length && targetLine.subject.endsWith(subject) ? targetLine : undefined;
    if (targetAgain) subject = targetAgain.subject;
    // 目标任务：改造提升农村公路85公里。/ 完成情况：已完成路面铺设31公里: a step of work alone on a progress line is a step of
    // the target's work, named by its thing (农村公路路面铺设) or the lexicon's name of it (适老化改造入户评估), never a stock.
    const stepTarget = !namedAgain && !targetAgain && parts.from === 'before' && !parts.derived && WORK_STEP.test(subject) && PROGRESS_LINE.test(text.slice(paragraphStart, paragraphStart + 8)) ? countedBefore(observations, starts, c.unit, text.lastIndexOf('\n', paragraphStart - 2) + 1, paragraphStart, derivedIds)?.observation : undefined;
    const stepIndicator = stepTarget ? indicators.get(stepTarget.indicator) : undefined;
    const stepThing = stepTarget ? (stepIndicator?.canonical ? stepIndicator.name.zh : stepTarget.subject.replace(GLOSS, '').replace(WORK_LEAD, '')) : '';
    // (新建雨污分流管网 / 管网敷设: the thing said once, 雨污分流管网敷设.)
    const stepNamed = stepThing.length >= 2 && !subject.includes(stepThing) ? (stepThing.endsWith(subject.slice(0, -2)) ? stepThing + subject.slice(-2) : stepThing + subject) : '';
    if (stepNamed && stepNamed.length <= MAX_SUBJECT) subject = stepNamed;
    // 市民政局满意率最低，为56.0%，市公安局交警支队最高，为79.5%: a body alone, after another body's measure in
    // the same sentence and unit, is measured by it (市公安局交警支队满意率), not a figure of the body.
    const bodyMeasure = sameSentence && !parts.derived && previous.unit === c.unit && ORG_ONLY.test(subject) ? ORG_MEASURE.exec(previous.subject) : null;
    if (bodyMeasure && !subject.endsWith(bodyMeasure[1]!)) subject += bodyMeasure[1]!;
    // 东台市、建湖县总体满意度分别为94.1%、93.5%…；亭湖区最低，为88.2%: a place alone, after another place's figure in
    // the same sentence and unit, is measured as it was (总体满意度, filed with it), not named by the place.
    // (A semicolon between is no end of the comparison: no 。 and no line between them.)
    else if (previous && !parts.derived && previous.unit === c.unit && previous.region !== region && previous.subject && !/[。！？!?\n]/u.test(text.slice(previous.span[1], m.start)) && onlyPlace(subject)) subject = previous.subject;
    // 新建、改建高标准城镇寄宿制学校24所,总面积24.7万平方米: a measure alone of the things just counted is theirs.
    const attributeOf = sameSentence && !parts.derived && previous.unit !== c.unit && ATTRIBUTE_ALONE.test(subject) && previous.subject && !/[的了,，]/u.test(previous.subject) ? previous : undefined;
    if (attributeOf) subject = attributeOf.subject.replace(GLOSS, '').replace(/^(?:(?:新建|改建|扩建|改扩建|新改扩建|建成|建设|改造|办理|发放)[、和及]?)+/u, '') + subject;
    // 共有养老机构21家，床位2380张; 日间照料中心…扩建完成后，床位将从20张增加到45张: beds alone are the
    // institutions' the sentence just counted or opened with, never all the place's beds.
    const bedsOf = !attributeOf && !parts.derived && BEDS_ALONE.test(subject) ? institutionBefore(sameSentence ? previous : undefined, beforeEnd - before.length - 1 > floor ? clauseBefore(text, beforeEnd - before.length - 1, floor) : '') : undefined;
    if (bedsOf) subject = bedsOf + subject;
    // 全年四市共同推进同城化重大项目124个，完成投资1630亿元: an investment alone right after projects just counted is
    // theirs (同城化重大项目完成投资), never all the place's investment.
    const projects = !attributeOf && sameSentence && !parts.derived && INVESTED_ALONE.test(subject) && /^[个项]$/u.test(previous.unit) ? previous.subject.replace(GLOSS, '').replace(PROJECT_LEAD, '') : '';
    if (/^\p{Script=Han}{2,12}项目$/u.test(projects) && projects.length + subject.length <= MAX_SUBJECT) subject = projects + subject.replace(/^(?:全年|累计|实际)/u, '');
    // 承诺提档升级的12家农贸市场已完成9家: the things of the figure right before, named again before this one, those done.
    const namedBefore = sameSentence && parts.from === 'before' && !parts.derived && subject.length >= 2 && previous.subject.length > subject.length && previous.subject.endsWith(subject) ? named.trim() : '';
    const at = namedBefore ? namedBefore.lastIndexOf(previous!.raw + subject) : -1;
    const doneOf = at >= 0 ? namedBefore.slice(at + previous!.raw.length + subject.length) : '';
    if (/^已经?(?:完成|完工|竣工|建成|开工|投用)$/u.test(doneOf)) subject = `${previous!.subject}（${doneOf}）`;
    // 整合人社、医保…等50余家单位资源: the agencies are counted, their resources are what was done with them.
    const org = c.unit === '家' && parts.from === 'after' ? ORG_WITH.exec(subject) : null;
    if (org) {
      const verb = [...sentenceBefore.slice(sentenceBefore.search(/[^，,；;。]*$/u)).matchAll(JOIN_VERB)].at(-1)?.[0] ?? '';
      subject = `${org[1]}（${verb}${org[2]}）`;
    }
    // 增长4.6%，完成年度目标的86.5%: a share of the year's target is of the jobs, not of their growth.
    const base =
      parts.derived && sameSentence
        ? ((c.unit === '百分点' ? percentBase(observations, starts, sentence.start) : undefined) ??
          // 迎江区、大观区覆盖率分别为92.3%、89.7%: a place's figure of a 分别 list derives from that place's own, never another's.
          (list?.places ? placeBase(observations, starts, sentence.start, derivedIds, region) : undefined) ??
          (list?.places ? undefined : list && listBase(observations, starts, sentence.start, derivedIds, list)) ??
          (list?.places ? undefined : shareOfAmountBefore(text, starts, sentence.start, m.start) ? baseFigure(observations.slice(0, -1), starts.slice(0, -1), sentence.start, derivedIds) : undefined) ??
          (list?.places ? undefined : baseFigure(observations, starts, sentence.start, derivedIds)))
        : undefined;
    // 地区生产总值增长6%左右 with no figure before it: the growth of what the article counted
    // under that name (地区生产总值完成68.4亿元), or of the lexicon's (城镇居民人均可支配收入).
    const grows = !base && c.unit === '%' ? GROWTH_OF.exec(parts.subject)?.[1] : undefined;
    const grown = grows ? (madeBySubject.get(grows) ?? canonicalNamed(grows)) : undefined;
    // 达到完整社区建设标准的仅28个，覆盖率22.4% where the article measures 完整社区覆盖率: that measure,
    // not a coverage of the count before (one figure, one indicator).
    const coverageNamed = base && parts.derived?.suffix === 'coverage' && BARE_RATE.test(parts.subject) ? rateNamed(parts.subject, c.unit, context.paragraphAround(m.start), [...canonicalUsed, ...madeRecently]) : undefined;
    if (grown) {
      indicator = derivedIndicator(grown, { suffix: 'growth', name: { zh: '增长率', en: 'growth' }, kind: 'change' }, c.unit);
      derivedIds.add(indicator.id);
    } else if (coverageNamed) {
      indicator = coverageNamed;
      subject = coverageNamed.name.zh;
      namedByArticle = true;
    } else if (parts.derived && base) {
      // 比上年预算数增加4.8亿元，增长0.8%: the growth said after it is on the same budget.
      const onBudget = parts.derived.suffix === 'growth' && sameSentence && previous.indicator.endsWith('.increase_on_budget');
      // 新增城镇就业6.1万人，占我区31.8%: the place's part of the wider region's total, named by that region.
      const wider = parts.derived.suffix === 'share' ? shareOfWider(parts.subject, base.region) : undefined;
      indicator = derivedIndicator(indicators.get(base.indicator)!, wider ? SHARE_OF_WIDER : onBudget ? GROWTH_ON_BUDGET : parts.derived, c.unit);
      derivedIds.add(indicator.id);
      // 每千人口托位数（规划目标）, 仍差1.4个: the gap is of the measure, whichever of its figures came last;
      // so is the share done of 城镇新增就业（年度目标任务）.
      const measure = parts.derived.suffix === 'target_gap' || parts.derived.suffix === 'target_share' ? base.subject.replace(/（[^）]*）$/u, '') : base.subject;
      // (…比去年同期的2150个增加1090个: the rise of the measure on that level, 新增学位比去年同期增加.)
      const comparedBase = COMPARED_GLOSS.exec(base.subject);
      // 同期全省城镇新增就业112.6万人，我市占全省的6.5%: the part a place within the base's region holds of it is that place's.
      const held = parts.derived.suffix === 'share' && HOLDER_BEFORE.test(before) && ancestorsOf(place.region).slice(1).some((r) => r?.id === base.region);
      region = held ? place.region : base.region;
      // …named as the place's part of the measure (城镇新增就业占全省), never as the whole's (同期全省城镇新增就业占全省).
      // (…最低标准 高于全省最低标准: the standard said once, 最低标准高于全省.)
      const standardAgain = /(?:最低)?标准$/u.exec(parts.subject)?.[0];
      const relation = standardAgain && measure.endsWith(standardAgain) ? parts.subject.slice(0, -standardAgain.length) : parts.subject;
      subject = comparedBase ? `${base.subject.slice(0, comparedBase.index)}比${comparedBase[1]}${relation.replace(/^比\p{Script=Han}*?(?=增加|减少|提高|下降|增长)/u, '')}` : (held ? measure.replace(WHOLE_LEAD, '') : measure) + (wider ?? relation);
    } else {
      // The clause on to the next number, for a noun the figure counts through 的
      // (3964户特殊困难老人的…改造任务); past a predicate (162个行政村已建起…驿站) it counts its own noun.
      const wide = parts.from === 'after' && countsOwnNoun(after, parts.subject) ? clause : before + m.raw + upToDigit(after);
      const earlier = sentenceBefore.slice(0, sentenceBefore.length - before.length);
      // What was done to the things counted comes after the whole list (40个…、74个…、767个…同步进行了建设).
      const rest = ownPredicate(text.slice(m.end, m.end + LIST_REST_CHARS).split(CLAUSE_END, 1)[0]!);
      // 公共充电桩数量比去年翻了一番，达到一万五千根: the level reached is of what changed, named before the change.
      const changed = !subject && sameSentence && LEVEL_REACHED.test(named) ? CHANGE_OF.exec(previous.subject)?.[1] : undefined;
      if (changed) subject = changed;
      const topic = changed ?? (BARE_VERB.test(subject) ? TOPIC.exec(text.slice(sentence.start, m.start))?.[1] : undefined);
      // 违规发放…168.4万元, 1.27万人…重复参保: a problem found keeps its words, and no lexicon entry counts it.
      const clausePart = sentenceBefore.slice(partOfClauseStart(sentenceBefore));
      const problem = isProblem(clausePart, after);
      let sample = false;
      if (problem) subject = problemSubject(clausePart, after, subject) ?? subject;
      // 失能等级评估由第三方机构开展…。全市共完成评估5.2万人次: the work the paragraph named, not the bare word again.
      const bareWork = problem ? null : BARE_WORK.exec(subject);
      const workNamed = bareWork ? namedWork(text.slice(paragraphStart, m.start - before.length), bareWork[1]!) : undefined;
      if (workNamed) subject = workNamed;
      // 市第一人民医院新院区建成投用，新增床位1500张: what one hospital or school opened adds or holds, named by it,
      // never the city's beds or pupils.
      const opener = CAPACITY.test(subject) && beforeEnd - before.length - 1 > floor ? OPENED.exec(clauseBefore(text, beforeEnd - before.length - 1, floor).trim())?.[1] : undefined;
      // (鄞州区援建的册亨县甬册实验学校9月建成开学: the school, after who built it.)
      const institution = opener ? stripPlaces(opener.split('的').at(-1)!) : '';
      if (institution.length >= 2 && !subject.startsWith(institution)) subject = tailOf(institution + subject.replace(/^可/u, ''));
      // 社区有常住居民1.1万人，其中60岁以上老人2870人; 日均就餐260人次，其中80岁以上老人占三成: a part of the people just
      // counted is of them, the community's or the diners', never the district's (QA s14).
      const partOfPeople = sameSentence && !parts.derived && PART_CLAUSE.test(text.slice(sentence.start, m.start)) && PEOPLE_COUNT.test(previous.unit) ? previous.subject.replace(GLOSS, '') : '';
      const placePart = PLACE_PART.exec(partOfPeople)?.[0];
      if (placePart && PEOPLE_UNIT.test(c.unit) && !subject.startsWith(placePart)) subject = placePart + subject;
      else if (partOfPeople && c.unit === '%' && /占比$/u.test(subject) && !subject.startsWith(partOfPeople)) subject = `${partOfPeople}中${subject}`;
      // 池淮镇中心小学校长…介绍，…全校412名学生全部实现午间在校就餐: the whole of the school its sentence named, never the county's.
      const wholeOf = WHOLE_INSTITUTION.test(before) ? NAMED_INSTITUTION.exec(text.slice(sentence.start, m.start))?.[1] : undefined;
      const ofInstitution = wholeOf ? stripPlaces(wholeOf.replace(/^(?:据|在|经|由|从|对|向|当)/u, '')) : '';
      if (ofInstitution.length >= 2 && !subject.startsWith(ofInstitution)) subject = ofInstitution + subject;
      // …黔西南籍务工人员达到5.7万人，人均月收入超过5200元: a per-head amount of the people just counted is theirs.
      const perHeadOf = sameSentence && /^人均/u.test(subject) && PEOPLE_COUNT.test(previous.unit) ? previous.subject.replace(GLOSS, '').split('的').at(-1)! : '';
      if (perHeadOf.length >= 2 && !PLACE_PART.test(perHeadOf) && !OWN_WORK.test(perHeadOf)) subject = perHeadOf + subject;
      // 从诉求类型看，咨询类212.6万件: a kind of what the sentence's opening names (咨询类诉求), never the kind alone.
      // (Its sentence runs on past semicolons: 咨询类…；求助类… are kinds of it too.)
      const kinds = KIND_ONLY.test(subject) ? [...text.slice(paragraphStart, m.start).matchAll(KIND_TOPIC)].at(-1) : undefined;
      const kindOf = kinds && !/[。！？!?]/u.test(text.slice(paragraphStart + kinds.index + kinds[0].length, m.start)) ? kinds[1] : undefined;
      if (kindOf) subject += kindOf;
      // 小学每班不超过45人: the size of a class, and its cap when bounded (小学班额（上限）), never 小学每班.
      if (PEOPLE_UNIT.test(c.unit) && PER_CLASS.test(subject)) subject = subject.replace(PER_CLASS, '班额') + (m.qualifier === 'under' ? '（上限）' : '');
      // 已整改到位19个…；其余4个正在整改: the rest of the problems are named by what is still to do, not by what the others did.
      const still = REMAINDER.test(before) ? STILL_AFTER.exec(after) : null;
      if (still) subject = still[0];
      // 高新区、经济开发区、文昌湖区合计12.5万件: the sum of the places listed (places.ts gives it their whole),
      // named by them, never one of them nor the whole's own figure of the measure.
      // (Every sum word ends in 计: a clause that does not is spared the regex's search.)
      const total = clausePart.endsWith('计') ? LIST_TOTAL.exec(clausePart)?.[0].replace(/^其中/u, '') : undefined;
      if (total) subject = total;
      // 抽查了…社会救助专项资金6.38亿元: the sum sampled, not the whole fund.
      else if (SAMPLED.test(clausePart) && !SAMPLED.test(subject)) {
        subject = `抽查${subject}`;
        // 督查组随机抽查12家养老机构: things inspected, right before the count, are a sample: no lexicon stock or flow of them.
        sample = parts.from === 'after' && VISITED_BEFORE.test(clausePart);
      } else if (parts.from === 'before' && c.role === 'count' && SAMPLED_BEFORE.test(subject)) {
        // 督查组抽查养老机构15家, 市场监管局抽检餐饮单位60家: the things sampled named before the count, no stock of
        // them, named as a sample after them is (抽查养老机构), who sampled aside (not 食品 of 食品抽检).
        const verbAt = SAMPLED_BEFORE.exec(subject)!.index;
        if (DOER_END.test(subject.slice(0, verbAt))) subject = subject.slice(verbAt);
        sample = true;
      } else if (parts.from === 'after' && subject) {
        // 暗访城区5家农贸市场 (5家), then 提档升级…已完成9家: a sample visited is another measure than the work done.
        const visitedBefore = VISITED_BEFORE.exec(clausePart)?.[1];
        const visitedAfter = visitedBefore ? undefined : VISITED_AFTER.exec(after.split(CLAUSE_END, 1)[0]!)?.[1];
        if (visitedBefore && !subject.includes(visitedBefore)) subject = `${visitedBefore}${subject}`;
        else if (visitedAfter && !subject.includes(visitedAfter)) subject = `${subject}（${visitedAfter}）`;
        sample = visitedBefore !== undefined || visitedAfter !== undefined;
      }
      // 比序时进度（83.3%）快6.7个百分点: the schedule's benchmark, and how far ahead of it (or behind) the work is.
      const schedule = SCHEDULE.exec(clausePart);
      if (schedule) subject = schedule[1] ? `${schedule[1]}于序时进度` : '序时进度';
      // 震泽镇…：全镇城镇新增就业1860人 in a town's report, filed under its district (towns are below the
      // gazetteer): the town's figure, named so, never the district's canonical one (全区… stays the district's).
      // (A resident's own words quoted are no figure of the town's: `“…只要10块钱…”`.)
      // (全区层面，2026年吴江区计划实施民生实事项目50项: the district named in the clause, by name too, is the district's.)
      // (…，总投资约85亿元 after it: a measure of the district's things is the district's.)
      const ofDistrictThings = attributeOf !== undefined && town !== undefined && !attributeOf.subject.startsWith(town);
      townsOwn = town !== undefined && region === ctx.region && !DISTRICT_WHOLE.test(clausePart) && !(districtName && clausePart.includes(districtName)) && !ofDistrictThings && quotedSpeechStart(text, m.start) === undefined;
      // ▶镇海社区：本月新开工加装电梯2部: a line labelled by a place inside the town is that place's.
      if (townsOwn) ownPlace = PLACE_LABEL.exec(text.slice(text.lastIndexOf('\n', m.start) + 1, m.start))?.[1] ?? town;
      // 分乡镇看，古市镇农村常住居民人均可支配收入32650元 in a county's bulletin: a town its words open with
      // owns the figure as in a town's own report, never the county's measure of the lexicon.
      // (西屏街道、水南街道分别新增老年助餐点4个、3个: each figure's work glossed with its street, relations.ts.)
      const glossed = town === undefined && region === ctx.region ? LOCAL_GLOSS.exec(subject) : null;
      if (glossed) subject = subject.slice(0, glossed.index);
      const opening = glossed?.[1] ?? (town === undefined && region === ctx.region ? townOpening(subject) : undefined);
      if (opening) [townsOwn, ownPlace] = [true, opening];
      // The lexicon knows a town's measures as it knows the district's (长者食堂, 加装电梯): filed apart (inTown).
      // (覆盖242个乡镇卫生院的…医共体: those covered, never the stock of 乡镇卫生院.)
      // 新增学位2160个，其中义务教育学位1680个、学前教育学位480个: parts of what was added are added too (新增义务教育学位),
      // never a stock of them.
      const whole = sameSentence && !parts.derived ? ADDED_WHOLE.exec(previous.subject.replace(GLOSS, '')) : null;
      if (whole && PART_CLAUSE.test(text.slice(sentence.start, m.start)) && subject.length >= 3 && !OWN_WORK.test(subject) && subject.endsWith(whole[2]!.slice(-2))) subject = whole[1] + subject;
      const found = problem || total || parts.covered || sample ? undefined : findIndicator(topic ? topic + clause : clause, topic ? topic + wide : wide, paragraph, c.unit, earlier, rest);
      // 成都、德阳、眉山、资阳四市城镇新增就业41.2万人, 张店区、淄川区、博山区合计新增就业1.2万人: a sum of places
      // (places.ts), filed under the region holding them, is never that region's measure of the lexicon: named by them.
      const sumOfPlaces = found && place.sum ? sumNamed(place.sum, subject) : undefined;
      if (sumOfPlaces && !subject.includes(sumOfPlaces)) subject = `${sumOfPlaces}${subject}`;
      // 援建…乡镇卫生院和村卫生室23个: things of two kinds counted together are neither kind's measure.
      const entry = sumOfPlaces || (found && ofTwoKinds(subject, c.unit)) ? undefined : found;
      if (sumOfPlaces) sumKept = found;
      // 需改造的城镇老旧小区: the things, glossed with the work they wait for (城镇老旧小区（需改造）), a name.
      const backlog = entry ? null : BACKLOG_NAME.exec(subject);
      if (backlog?.[3]) subject = `${subject.slice(backlog[0].length)}（${backlog[1]}）`;
      // 迎江区、大观区覆盖率分别为92.3%、89.7% after 全市社区养老服务设施覆盖率为86.4%: a bare rate is the
      // article's measure of that name, when the paragraph names what it is the rate of.
      // 栏目组随机回访群众150人，满意率…86.0%: a bare rate after the people a survey reached in its sentence is
      // that survey's (回访满意率), not a rate of anything else the paragraph named.
      // 基本医疗保险参保人数672.5万人，参保率稳定在96%以上: a bare rate whose act the figure just before counted is
      // that count's rate (基本医疗保险参保率), never a 参保率 of no insurance named.
      const actCounted = !entry && c.unit === '%' && sameSentence && !parts.derived && previous.unit !== '%' && BARE_RATE.test(subject) && subject.length >= 3 ? previous.subject.replace(GLOSS, '') : '';
      if (actCounted && actCounted.length > subject.length - 1 && actCounted.endsWith(subject.slice(0, -1))) subject = actCounted + '率';
      const people = !entry && BARE_RATE.test(subject) ? lastCount(observations, starts, sentence.start) : undefined;
      const surveyed = people && PEOPLE_UNIT.test(people.unit) ? SURVEYED.exec(people.subject)?.[1] : undefined;
      const rated = entry || surveyed || !BARE_RATE.test(subject) ? undefined : rateNamed(subject, c.unit, paragraph, [...canonicalUsed, ...madeRecently]);
      if (surveyed) subject = surveyed + subject;
      else if (rated) {
        subject = rated.name.zh;
        namedByArticle = true;
      } else if (c.unit === '%' && PROGRESS_RATE.test(subject)) {
        // 已完工63个，完工率41.4%; 完成：2635个 完成率109.8%: the rate of the things just counted in its sentence
        // (改造小区完工率), never a bare 完工率 a chart could not place. (Not those a work reached, 涉及居民1.3万户,
        // nor a count named only by the rate's own work, 已整改到位103个 → 整改率.)
        const things = thingsCounted(observations, starts, sentence.start);
        const thing = things?.subject.replace(GLOSS, '') ?? '';
        // (已开工38个，开工率90.5% after 改造老旧小区（已开工）, a guess flagged: 改造老旧小区开工率, flagged too, never a bare 开工率.)
        if (thing && !thing.startsWith(subject.slice(0, -1))) {
          subject = mergedName(thing, subject);
          rateOfGuessed = things!.flags?.includes('subject_unclear') ?? false;
        }
        // (完工率不低于60% after 涉及居民1.3万户: a rate of nothing named, flagged.)
        else if (!thing) rateOfNothing = true;
      }
      // A name longer than a chart title holds: the lexicon's, or its end (where Chinese puts the noun).
      // (特殊困难老年人家庭适老化改造｜…｜100% under 完成率: a row's name and its column's rate, as the table gives it,
      // is never cut to 殊困难…完成率.)
      subject = ofAbbreviatedPlaces(subject, clausePart);
      if (subject.replace(GLOSS_OF_UNIT, '').length > MAX_SUBJECT && !(glossedRow && subject === named)) subject = entry ? entry.name.zh : tailOf(subject);
      // 标准调整为：80至89周岁每人每月200元: a tier names who the standard is for; the standard is what is counted.
      subject = tierOfStandard(subject, sentenceBefore, text.slice(paragraphStart, m.start)) ?? subject;
      // 27所乡级基层卫生医疗机构达到服务基层行推荐标准: those that met a standard, never all there are.
      // 100余名新就业形态劳动者加入工会, 3972所村卫生室、168所…达到基本标准: those that joined or met it, not all
      // there are, whatever the lexicon files them under.
      const standard = parts.from === 'after' || entry ? null : MET_STANDARD.exec(rest);
      const partner = parts.from === 'after' ? partnerGloss(rest) : undefined;
      const acted = partner !== undefined ? partner : parts.from === 'after' ? actedGloss(rest) : standard ? `达到${standard[1]!.slice(-4)}` : undefined;
      actedElsewhere = acted === null;
      if (acted && !subject.includes('标准') && !subject.endsWith('）') && !subject.endsWith(acted)) subject = `${subject}（${acted}）`;
      // 309个老旧小区完成了“华丽变身”: a figure of speech for the work the lexicon counts, said as that work (老旧小区改造),
      // never the things alone, a stock (QA s13 B1).
      if (entry && parts.from === 'after' && !acted && figurativeChange(rest) && !WORK_IN_NAME.test(subject)) subject = entry.name.zh;
      // 对40个社区卫生服务中心、74个乡镇卫生院…同步进行了建设: each item of a list 对 opens is named with the work
      // done on it, as findSubject names one (对86个城镇老旧小区实施综合改造).
      const work = parts.from === 'after' && !acted && WORKED_LIST_BEFORE.test(clausePart) ? WORK_ON_LIST.exec(rest)?.[1] : undefined;
      if (work && !subject.includes(work)) subject = subject.replace(/(?=（[^（）]*）$)|$/u, work);
      // 确保9月底前126个小区全部开工: a plan's things in the state its clause ends on, the work planned, not all there
      // are. (A state reached, 8所学校已开工, is said by the figure's status and period: no gloss.)
      const planned = DEADLINE_BEFORE.test(clausePart) || PLAN_WORD.test(clausePart);
      const reached = planned && parts.from === 'after' && !acted && !work && !entry ? STATE_END.exec(rest) : null;
      if (reached && !/\d/u.test(rest.slice(0, reached.index)) && !OWN_VERB.test(rest.slice(0, reached.index)) && !subject.endsWith('）')) subject = `${subject}（${reached[1]}）`;
      // 计划完成投资8.4亿元 in a report on 十件民生实事: the programme's investment, never a bare 完成投资.
      subject = programmeInvestment(subject, text.slice(0, m.start), sentenceBefore) ?? subject;
      // 其余26个小区正在施工 under 城镇老旧小区改造: those compounds' renovation, never every compound of the place.
      subject = oldCompounds(subject, text.slice(0, m.start)) ?? subject;
      // 完成适老化改造500户 under 九、特殊困难老年人家庭适老化改造: whose homes, as the section's heading says.
      subject = headingNamed(subject, text.slice(0, m.start)) ?? subject;
      if (townsOwn) subject = townNamed(ownPlace!, subject);
      // As findCategory(subject, clause, sentence, paragraph), with the sentence's and
      // the paragraph's categories looked up once for all the figures they hold. (A
      // paragraph is keyed by start and length: a sentence that takes a closing quote
      // from the next line sees a longer paragraph than its neighbours.)
      const category =
        entry?.category ??
        categoryOf(subject) ??
        categoryOf(clause) ??
        context.sentenceCategory() ??
        paragraphCategories.get(paragraphStart * (text.length + 1) + paragraph.length, () => categoryOf(paragraph)) ??
        'other';
      // 其中章贡区1850套 after 4260套, 章贡区新增就业5800人 after the city's 城镇新增就业: the place is where, not what.
      const broken = parts.placeLed ? brokenDown(subject, c.unit, sameSentence ? previous : undefined, canonicalUsed) : undefined;
      // 已完工178个 after 计划改造城镇老旧小区236个: a verb alone (or 其余, 另有) counts what a figure before it counted.
      // (完成情况：已开工38个 under 目标任务：改造老旧小区42个: a progress line goes on from the target line before it.)
      const countFrom = PROGRESS_LINE.test(text.slice(paragraphStart, paragraphStart + 8)) ? text.lastIndexOf('\n', paragraphStart - 2) + 1 : paragraphStart;
      const sameUnit = !entry && !broken ? countedBefore(observations, starts, c.unit, countFrom, sentence.start, derivedIds) : undefined;
      // 共承办热线转办诉求268.5万件。张店区承办67.8万件: a place and the verb again count what the verb counted.
      const repeated = parts.placeLed && subject.length >= 2 && sameUnit !== undefined && sameUnit.observation.subject.length > subject.length && sameUnit.observation.subject.startsWith(subject);
      const again = !subject || COUNTED_AGAIN.test(subject) || repeated ? sameUnit : undefined;
      // 全市15分钟生活圈覆盖率为81.6%。其中桐城市、潜山市老城区分别为76.2%、73.8%: places' parts of town
      // measured as the paragraph's figure before, a measure of its own (15分钟生活圈覆盖率（老城区）).
      const area = (parts.placeLed || list?.places) && !again && !broken && AREA_PART.test(subject) && sameUnit ? sameUnit.observation.subject.replace(GLOSS, '') : undefined;
      // 新增婴幼儿托位1356个，其中普惠性托位1020个: a part named by its own noun is not more of the whole.
      const part = entry !== undefined && sameSentence && entryOf(previous.indicator) === entry && /^\s*其中/u.test(named) && subject !== previous.subject;
      if (rated) {
        indicator = rated;
      } else if (entry && !part) {
        indicator = canonicalIndicator(entry);
        // 建成12141套, 已开工20290套: a verb alone names nothing; the lexicon knows what it counts
        // (as it does for a later figure of a 分别 list, whose own clause names nothing).
        // 新建幼儿园29所,新增学位8000个: what the clause before says is counted is the lexicon's name, not the bare 新增学位.
        // 目前已建成投用81个 (球类运动场地): the things in the state the verb says, when the lexicon's name has no verb.
        const reachedState = BARE_VERB.exec(subject)?.[0].match(STATE_REACHED)?.[0];
        if (!subject || BARE_VERB.test(subject) || (entry.lead && !subject.includes(entry.name.zh))) subject = townsOwn ? townNamed(ownPlace!, entry.name.zh) : entry.name.zh;
        if (reachedState && !WORK_IN_NAME.test(subject)) subject = `${subject}（${reachedState}）`;
      } else if (broken) {
        indicator = indicators.get(broken.indicator)!;
        subject = broken.subject;
      } else if (area) {
        subject = `${area}（${subject}）`;
        indicator = madeFor(subject, c.unit, kindFor(c.role, clause), indicators.get(sameUnit!.observation.indicator)?.category ?? category);
      } else if (again) {
        const bareVerb = subject;
        // 计划改造城镇老旧小区120个，实际完成128个: the same thing, counted again.
        indicator = indicators.get(again.observation.indicator)!;
        // 预计…可达3.6个 after 4.5个的规划目标: the thing counted again, not its target.
        // (9家正在加紧施工 after 其中6家已竣工试营业: of all of them, not of those opened.)
        const counted = again.observation.subject.replace(OF_PLAN_GLOSS, '').replace(/（已[^（）]*）$/u, '');
        // 新增…210个，全市总数达到986个: the total of the thing, not of what was added.
        // 15家便民市场已全部开工建设,其中6家已竣工试营业: those of them in that state, not more of all of them.
        const state = !bareVerb ? WORK_STATE_AFTER.exec(after)?.[1] : undefined;
        subject = TOTAL.test(subject) ? (entryOf(indicator.id)?.name.zh ?? indicator.name.zh) + subject : PLAN_OF_BEFORE.test(subject) ? `${counted}（${subject.replace(/^(?:超额)?完成了?/u, '')}）` : state ? `${counted.replace(GLOSS, '')}（${state}）` : counted;
        // 计划建设球类运动场地150个，已竣工96个: those in the state the verb says, when the name has no verb.
        const reachedAgain = STATE_REACHED.exec(bareVerb.replace(/^已经?/u, ''))?.[0];
        if (reachedAgain && !state && !WORK_IN_NAME.test(subject)) subject = `${subject}（${reachedAgain}）`;
        // 改造城镇老旧小区152个，已开工148个: those begun or finished of them, said so (改造小区（已开工）), never the
        // bare 开工, nor the same name as all of them.
        else if (!state && !subject.endsWith('）') && /^(?:已经?)?(?:开工|完工)$/u.test(bareVerb)) subject = `${subject}（已${bareVerb.replace(/^已经?/u, '')}）`;
        // 已完工12个…，去年同期完工7个: last year's count of the same work in that state, said so (改造老旧小区（去年同期完工）),
        // never a bare 同期完工 that names no thing.
        else if (!state && SAME_TIME_DONE.test(bareVerb)) subject = `${subject.replace(GLOSS, '')}（${SAME_TIME_WORDS.exec(sentenceBefore)?.[0] ?? bareVerb}）`;
        // 需改造的城镇老旧小区共612个，已改造479个: the work done of a backlog is no more of the backlog;
        // it is the work, the lexicon's where it knows it (老旧小区改造).
        const backlog = bareVerb && !TOTAL.test(bareVerb) ? BACKLOG_GLOSS.exec(counted) : null;
        if (backlog) {
          const thing = counted.replace(BACKLOG_GLOSS, '');
          const verb = bareVerb.replace(/^已经?/u, '') || backlog[1]!;
          const work = findIndicator(verb + thing + m.raw, verb + thing + m.raw, paragraph, c.unit);
          subject = `${thing}（已${verb}）`;
          indicator = work ? canonicalIndicator(work) : madeFor(subject, c.unit, indicator.kind, indicator.category);
        }
        // From an earlier sentence it is a guess, unless the paragraph goes place by place through the
        // measure just named (`共承办热线转办诉求…。张店区承办67.8万件，…；淄川区41.2万件、…`): its verb, or none.
        const placeByPlace = region !== again.observation.region && (!bareVerb || again.observation.subject.includes(bareVerb));
        guessed = (!again.sameSentence && !placeByPlace) || (again.observation.flags?.includes('subject_unclear') ?? false);
      } else {
        // No noun of its own and no figure of its unit before it (`60岁以上老年人口98.6万人，超八成的行政村…`):
        // the previous figure's noun and the words after this one, a guess.
        // (…13个公办幼儿园新改扩建项目全部开工,9所已完成主体建设: a state of work after it says which of
        // those things it counts, those in that state — no guess; never of a length or sum before: 120公里, 35座.)
        const state = !subject && sameSentence && previous.subject && quantityOf(previous.unit) === quantityOf(c.unit) ? WORK_STATE_AFTER.exec(after)?.[1] : undefined;
        if (state) subject = `${previous!.subject.replace(GLOSS, '')}（${state}）`;
        else if (!subject && sameSentence) {
          subject = previous.subject + after.split(/[,;。]/u)[0].slice(0, 8);
          guessed = true;
        }
        // 新招聘教师126名，其中研究生学历18名: a part named only by what sets it apart is of the whole before it.
        if (sameSentence && previous.unit === c.unit && /^\s*其中/u.test(named) && PART_BY_TRAIT.test(subject)) subject = `${previous.subject}（${subject}）`;
        indicator = madeFor(subject, c.unit, kindFor(c.role, clause), category);
      }
    }
    // 暗访发现，共有6个已建成的…中心长期闭门: the things found named after the figure, read later, glossed so.
    // 抽查12家养老机构，发现3家存在消防隐患: no noun of its own, the figure counts of the sample just named
    // in its sentence (养老机构（随机抽查发现）); the bare verb 发现 is no name.
    const sampleBefore = sameSentence && previous.unit === c.unit ? SAMPLE_NAME.exec(previous.subject)?.[1] : undefined;
    const foundOf = subject.replace(FOUND, '') ? subject : sampleBefore;
    const foundName = observed?.startsWith('（') && foundOf && !foundOf.endsWith('）') ? foundOf + observed : observed;
    if (foundName && !foundName.startsWith('（') && !derivedIds.has(indicator.id)) {
      subject = foundName;
      indicator = madeFor(subject, c.unit, indicator.kind, indicator.category);
    }
    if (rankedOn && !derivedIds.has(rankedOn.indicator)) {
      indicator = indicators.get(rankedOn.indicator)!;
      subject = rankedOn.subject;
    }
    // 满意率由节目现场的68.5%提高到86.0% after 平均满意率为68.5%: the level a change starts from, an earlier figure
    // said again, is that figure's measure (the night's vote), whatever the change is compared with.
    // (Not an earlier figure of other things that happens to be written the same: 停车位从40个 after 在建40个 小区.)
    const changedName = fromLevel(before, after) ? LEVELS.exec(before.trim())?.[1]!.slice(-2) : undefined;
    const levelAgain = changedName ? earlierSaid(observations, starts, text, m, (o) => o.subject.includes(changedName)) : undefined;
    if (levelAgain && !derivedIds.has(levelAgain.indicator) && !derivedIds.has(indicator.id)) {
      indicator = indicators.get(levelAgain.indicator)!;
      subject = levelAgain.subject;
      region = levelAgain.region;
    }
    // 市本级…其中：教育支出21.4亿元 beside 全市's 教育支出98.7亿元: the city's own books are a measure of their own.
    const scope = c.role === 'money' || c.role === 'percent' || c.role === 'points' ? scopeAt(text, (scopeHeadings ??= findScopeHeadings(text)), m.start, sentence.start) : undefined;
    if (scope && !derivedIds.has(indicator.id) && needsScope(subject, scope)) {
      subject = scope + subject;
      indicator = madeFor(subject, c.unit, indicator.kind, indicator.category);
    }
    // 其中成都市27万人，德阳市…分别新增6.1万人 after 四市…城镇新增就业41.2万人: a place's part of a sum of places is
    // the place's own figure of the measure the sum was kept from.
    if (sumKept) sumsKept.set(indicator.id, sumKept);
    const ofSum = place.sum ? undefined : sumsKept.get(indicator.id);
    if (ofSum) {
      indicator = canonicalIndicator(ofSum);
      subject = ofSum.name.zh;
    }
    if (targetAgain && subject === targetAgain.subject && !derivedIds.has(targetAgain.indicator)) indicator = indicators.get(targetAgain.indicator)!;
    // (新增学位（去年同期）: the measure the figure before counts, at that earlier time.)
    if (comparedAt && subject.endsWith(`（${comparedAt}）`) && !derivedIds.has(previous!.indicator)) indicator = indicators.get(previous!.indicator)!;
    if (indicator.canonical && !townsOwn && !derivedIds.has(indicator.id) && !indicators.has(indicator.id)) canonicalUsed.push(indicator);

    const section = sectionAt(sections, m.start);
    // A person's own words are dated only by what they say: the report's markers outside the quotation
    // (今年, the title's year) do not date `一年可以省下近5000元` or `以前请人背下楼就要50元`.
    const quoteStart = quotedSpeechStart(text, m.start);
    let period = assignPeriod(markers, quoteStart ?? periodParagraphStart(text, paragraphStart), m.start, ctx.published);
    // 市民政局局长周丽：全市已建成…94个 on air on 29 May: as of that day; 节目最后，…满意率为68.5%: on that day.
    const aired = quoteStart === undefined ? onAirAt(text, onAir, m.start) : undefined;
    if (aired === 'night' || (aired && period.label === AS_OF_PUBLICATION)) period = { label: '播出时', ...(aired === 'turn' ? {} : { start: onAir!.day }), end: onAir!.day };
    // `以前请人背下楼就要50元`: a clause about the past, with no date, is neither now nor the section's year;
    // so are the clauses after it in a sentence that opens so (`以前孩子去县城上学，…，再转2趟公交`).
    const past = unmarked(period) && (PAST.test(before) || PAST_SENTENCE.test(text.slice(Math.max(sentence.start, quoteStart ?? 0), m.start)));
    if (past) period = { label: UNSTATED };
    // 李先生来电反映…，热线当天转办，…2天内完成维修。李先生说：“…现在屋里有22℃。”: a case told by its own days, with no date,
    // and the words of one in it: their now is that case's, not publication's.
    if (quoteStart !== undefined && !period.start && caseOfNoDay(text.slice(Math.max(paragraphStart, quoteStart - READ_WINDOW), quoteStart), markers, paragraphStart, quoteStart)) period = { label: UNSTATED };
    // A figure with no time marker of its own takes its section's or the article's year.
    // (A scene the reporter saw, told in the present — `72岁的沈阿姨每天中午都到社区食堂吃饭`, `食堂负责人介绍，食堂每天供应
    // 午餐约260份`, `90后小伙小周刚刚入职，月收入7800元` — is as of publication, as a quotation is, not of the section's year.)
    const framed = !past && unmarked(period) && section?.period !== undefined && !scene(text.slice(floor, ceiling));
    if (framed && quoteStart === undefined) period = section!.period!;
    // 发放问卷6000份 in a survey's notice: over the days of its fieldwork, not the year the scores rate.
    if ((framed || unmarked(period)) && quoteStart === undefined && (surveyDays ??= { period: fieldwork(text, markers) }).period && ofSample(text.slice(sentence.start, ceiling))) {
      period = surveyDays.period!;
    }
    // 督查组随机走访群众1260人次，群众满意率为93.6% in a 督查通报: over the inspection's days (9月上旬), not the
    // 截至8月底 its paragraph opened with, unless the sentence dates itself.
    if (quoteStart === undefined && byInspectors(text.slice(sentence.start, Math.min(m.start, sentence.start + 16))) && !markers.some((mk) => mk.start >= sentence.start && mk.end <= m.start)) {
      period = (inspectionDays ??= { period: inspection(text, markers) }).period ?? period;
    }
    // 本轮体检以2024年为数据年份 … 全市125个城市社区中，…仅28个: a checkup's measures stand at its data year's end,
    // unless their clause says they changed over it (比上一轮体检提高3.8个百分点).
    const ownWords = before.slice(Math.max(...['，', ',', '；', ';'].map((c) => before.lastIndexOf(c))) + 1);
    const dataYearLevel = framed && quoteStart === undefined && section!.dataYear === true && !CHANGED_OVER.test(ownWords);
    if (dataYearLevel && period.start && period.end) period = { label: period.label, end: period.end };
    // 截至目前 inside a review of this year (`今年以来` in the title), in a paragraph about this
    // year's programme: January to publication.
    if (
      !period.start &&
      period.end &&
      /目前|当前/u.test(period.label) &&
      section?.period?.start?.slice(0, 4) === period.end.slice(0, 4) &&
      namesThisYear(text.slice(Math.max(paragraphStart, m.start - 4 * READ_WINDOW), m.start), period.end)
    ) {
      period = { ...period, start: section.period.start };
    }
    period = inYearToDate(period, text.slice(Math.max(paragraphStart, m.start - 4 * READ_WINDOW), m.start), text.slice(m.end, ceiling), ctx.published);
    const measured = parts.derived?.suffix === 'target_share' || ANNUAL_PLAN_SHARE.test(before) || ANNUAL_TARGET_AFTER.test(text.slice(m.end, ceiling)) || measuredInList(text.slice(m.end, ceiling));
    period = yearToDate(period, measured);
    // One 截至目前 before a list reads one way: `新增就业88442人，完成全年任务的70.75%，失业人员
    // 实现再就业36671人` are all this year's so far (a running total loses its start below). (Not after a change,
    // whose start is its base's: 卫生技术人员1862人，比上年末增加74人，其中执业（助理）医师768人 stands at 年末.)
    const { start: prevStart, end: prevEnd, label: prevLabel } = sameSentence && indicators.get(previous.indicator)?.kind !== 'change' ? previous.period : {};
    if (!period.start && period.end && prevLabel === period.label && prevEnd === period.end && prevStart === `${period.end.slice(0, 4)}-01-01`) {
      period = { ...period, start: prevStart };
    }
    // A yearly amount (`市本级财政每年投入1000万元`) is a rate per year, not a total to a date.
    const yearly = recursEachYear(before);
    if (yearly) period = { label: '每年' };
    let status = findStatus({
      before: sentenceBefore,
      after: text.slice(m.end, ceiling),
      planSection: section?.plan ?? false,
      targetSection: section?.target ?? false,
      published: ctx.published,
      periodStart: period.start,
      // Publication dates a figure no words date only by default: under a plan heading it is still a plan.
      periodEnd: unmarked(period) ? undefined : period.end,
      // 完成年度任务的1.3倍, like …的105%: measured against the task, not the task itself.
      percent: c.role === 'percent' || c.role === 'multiple',
      money: c.unit === '元',
      raw: m.raw,
    });
    // 签订了《战略合作框架协议书》，市本级财政每年投入1000万元合作开展…: what an agreement commits each
    // year is a standing commitment, a plan, not a result of a period (近三年每年新增就业1万人 stays a result).
    if (status === 'result' && yearly && AGREEMENT.test(text.slice(sentence.start, ceiling))) status = 'plan';
    // 安排教育经费5.6亿元，同比增长8.3%，占…19.2%: the change or share of a plan is planned with it.
    if (status === 'result' && base?.status === 'plan' && parts.derived?.suffix !== 'target_share' && statusBefore(before) === undefined) status = 'plan';
    // 项目｜目标｜进度: a figure in a table's 目标 column is the year's objective, in a 计划 column its plan.
    status = columnStatus(columnOf(inTable)?.heading) ?? status;
    // 距100%的目标 in a checkup of 2024's data: a standard restated, of no year.
    if (dataYearLevel && status === 'target') period = { label: UNSTATED };
    // 359个 / 老年助餐点（累计）: a number alone on its line is a stock when its label says so.
    const words = label ?? before;
    period = changeSinceBase(rateAtSpanEnd(stockPeriod(periodForStatus(period, status, ctx.published), words, c.unit, text.slice(m.end, ceiling), sentenceBefore), before, c.unit), before, sentenceBefore);
    // 信息内容｜本年制发件数｜…｜现行有效件数: a column of what stands (现行有效, 现有, 年末) is a stock at the period's end.
    const column = columnOf(inTable);
    if (column && STANDING_COLUMN.test(column.measure) && period.start && period.end) period = { label: period.label, end: period.end };
    period = alongsideLevel(yearsTarget(levelOfStanding(averageToDeadline(period, before, ctx.published), words), before), before, c.unit, sameSentence ? previous.period : undefined);
    period = dayEvent(limitInForce(planTarget(period, before, text.slice(m.end, ceiling), c.unit, plan, sentenceBefore), before, m.raw), before, text.slice(m.end, ceiling));
    // 五年来…收入比由3.12缩小到2.35: levels at the span's two ends, not flows over it.
    const levelled = pairedLevel(levelPeriod(period, before, text.slice(m.end, ceiling), c.unit), before, c.unit);
    /** A level at one end of a span of years, or of a change between two named years: dated so, whatever follows. */
    const endOfSpan = levelled !== period;
    period = levelled;
    // 梳理形成2026年市级民生实事候选项目15个 in a call for next year's candidates: what the call brought in, done now.
    if (status === 'plan' && section?.plan && SELECTION_DONE.test(before) && statusBefore(before) === undefined) {
      status = 'result';
      period = ctx.published ? { label: AS_OF_PUBLICATION, end: ctx.published } : { label: UNSTATED };
    } else if (status === 'plan' && fromLevel(before, text.slice(m.end, ceiling))) {
      // 床位将从20张增加到45张: the level a plan starts from is where things stand now.
      status = 'result';
      period = ctx.published ? { label: AS_OF_PUBLICATION, end: ctx.published } : { label: UNSTATED };
    } else if (status === 'result' && !period.start && period.end && !endOfSpan && fromLevel(before, text.slice(m.end, ceiling))) {
      // 现在…停车位从40个增加到了95个: 95 is now; 40 stood before the work, on a day not said.
      period = { label: UNSTATED };
    } else if (status === 'result' && fromLevel(before, text.slice(m.end, ceiling))) {
      // 今年起，…由5元提高到6元: 5元 stood until the change took effect.
      period = changedFrom(period) ?? period;
    }
    // 养老床位达到3.2万张，相当于去年的1.2倍: a multiple of the figure before holds when that figure does.
    if (parts.derived?.suffix === 'multiple_of_base' && base) ({ period, status } = { period: base.period, status: base.status ?? status });
    // A plan's deadline may follow it in its sentence (`15家便民市场…预计11月底之前全部建成投用`):
    // that date, not the 截至目前 of the sentence before.
    const planYear = section?.plan ? frames(m.start)?.year : undefined;
    // …or earlier in its sentence, over the plan's clauses (`我们将在8月底前为…18所中小学增设护学岗，新增停车泊位不少于600个`).
    const sentenceDeadline = () => (status === 'plan' && !DEADLINE_BEFORE.test(before) ? deadlineBefore(period, PLAN_DEADLINE.exec(sentenceBefore)?.[0] ?? '', ctx.published, planYear, c.unit === '%', text.slice(m.end, ceiling)) : undefined);
    const due = status === 'plan' || status === 'target' ? deadlineBefore(period, before, ctx.published, planYear, c.unit === '%', text.slice(m.end, ceiling), m.raw) ?? deadlineBefore(period, DEADLINE_HEAD.exec(sentenceBefore)?.[1] ?? '', ctx.published, planYear, c.unit === '%', text.slice(m.end, ceiling)) ?? sentenceDeadline() : undefined;
    if (due) period = due;
    // (承诺，7月15日前完成…12家…，年底前实现…: a deadline before the figure is its own; a later clause's is another plan's.)
    else if ((status === 'plan' || status === 'target') && !period.start) period = deadlineAfter(text.slice(m.end, ceiling), ctx.published, planYear) ?? period;
    // 年末全市共有养老机构120家 in an article of March with no year named: a result stands at
    // the end of the year gone by, not of the year under way (which has not ended).
    if (status === 'result' && !section?.period && YEAR_BY_PUBLICATION.test(period.label) && ctx.published && period.end && period.end > ctx.published && ctx.published.slice(5) < '07-01') {
      period = yearEarlier(period);
    }
    // What is done was done by publication: a result framed by the year of a report published
    // within it (`2025年十大民生实事项目进展`, published in December) runs to publication. (A year
    // the figure's own words name keeps its calendar bounds.)
    if (framed && status === 'result' && ctx.published && period.end && period.end > ctx.published && (!period.start || period.start <= ctx.published)) {
      period = { ...period, end: ctx.published };
    }
    // 2022年,…完成3964户…改造任务, published 2022-08-11: a year named as when, and what is done was done by
    // publication (QA s12 B5). Not 全年 or 十四五期间, which say the figure is the whole span's (a total told ahead).
    if (status === 'result' && ctx.published && period.start && period.end && period.start <= ctx.published && period.end > ctx.published && !WHOLE_SPAN.test(period.label)) {
      period = { ...period, end: ctx.published };
    }
    // 今年我市高校毕业生规模达到5.8万人: a year's cohort is the year's, told ahead of its end.
    if (period.start?.endsWith('-01-01') && period.end?.startsWith(period.start.slice(0, 5)) && YEARS_COHORT.test(before)) {
      period = { ...period, end: `${period.start.slice(0, 4)}-12-31` };
    }
    // 今年…补助标准提高到每人每年七百元: the year it is paid for; …。…低保标准提高到每人每月905元: the level in force.
    if (status === 'result') period = standardThisYear(period, before, () => markers.some((mk) => mk.start >= sentence.start && mk.end <= m.start));
    // (结转下年度继续办理4件: open at the end of the year reported, which keeps its year.)
    if (status === 'ongoing' && !CARRIED_ON.test(before)) period = ongoingNow(period, text.slice(paragraphStart, m.start), before, ctx.published);
    // 自2026年4月1日起，标准调整为…200元（原为100元）, published in March: the new standard is a plan
    // from that day, the old one (原为) stood until the day before.
    const takesEffect = inForceFrom(
      { sentenceBefore, paragraphBefore: text.slice(paragraphStart, m.start), clauseBefore: before, multiple: c.role === 'multiple' },
      rules,
      ctx.published,
    );
    if (takesEffect && status !== 'target') {
      // …and so did the level a change starts from (`自2027年1月1日起由每个托位每年2000元提高到2400元`).
      const was = /原为[^，,。；;]*$/u.test(before) || fromLevel(before, text.slice(m.end, ceiling));
      status = was ? 'result' : 'plan';
      const since = was ? (replacedSince ??= { date: standardsSince(text) }).date : undefined;
      period = was ? { label: '原标准', ...(since && since < takesEffect.date ? { start: since } : {}), end: dayBefore(takesEffect.date) } : { label: takesEffect.label, start: takesEffect.date };
    }
    // 自2025年7月1日起，…标准由每人每月163元提高到178元, reported in 2026: the new standard holds from that day,
    // the old one until the day before. (Only a level changed: a count in such a sentence keeps its period.)
    const changed = !takesEffect && status === 'result' ? changedOn(sentenceBefore, ctx.published) : undefined;
    if (changed) {
      const was = /原为[^，,。；;]*$/u.test(before) || fromLevel(before, text.slice(m.end, ceiling));
      if (was) period = { label: '原标准', end: dayBefore(changed.date) };
      else if (RAISED_TO.test(before)) period = { label: changed.label, start: changed.date };
    }
    // …unless the sentence dates the opening (`预计明年开馆，建成后藏书容量可达100万册`).
    if (status === 'plan' && ONCE_BUILT.test(before) && !(period.start && ctx.published && period.start > ctx.published)) period = { label: UNSTATED };
    // 2018年起,张家口开启了…老旧小区改造工程。…截至目前,全市已完成老旧小区改造700余个: a running total
    // since the programme the article said began then, not a level of unknown span.
    if (status === 'result' && !period.start && period.end && DONE_SO_FAR.test(before)) {
      const since = programmeStart(text.slice(Math.max(0, paragraphStart - PROGRAMME_WINDOW), sentence.start), subject);
      if (since && since <= period.end) period = { ...period, start: since };
    }
    // 假设他…住院，发生医疗费用3万元。按新政策计算，…可报销约2.1万元: a worked example, nothing done, of no date.
    const example = workedExample(text.slice(paragraphStart, m.start));
    if (example) {
      if (status === 'result') status = 'plan';
      period = { label: UNSTATED };
    }
    // Dates that are no dates (`1—14月`) or contradict each other (`2030年以来` in an article
    // of 2024): the words stay, the dates go, and the figure is flagged.
    const contradictory =
      (period.start !== undefined && !isIsoDate(period.start)) ||
      (period.end !== undefined && !isIsoDate(period.end)) ||
      (!!period.start && !!period.end && period.start > period.end);
    if (contradictory) period = { label: period.label };
    // 新建老年助餐点12个 beside 老年助餐点总数达到359个: a flow and a stock of one thing are two measures.
    indicator = filedByMeasure(indicator, period, status, before + parts.subject);
    /** The indicator as the lexicon names it, before a town's own is filed apart: its name is as clear. */
    const asLexicon = indicator;
    // (One made from words too long to carry the town's name, `独居老人免费安装燃气报警器`, is the town's all the same.)
    if (townsOwn && !derivedIds.has(indicator.id) && (indicator.canonical || !subject.startsWith(ownPlace!))) indicator = inTown(indicator, ownPlace!);
    // 200名市民代表 at the opening and again at the end (节目最后，200名市民代表…): one figure said twice is
    // one measure, whatever category the words around each suggest (a name too short for madeFor to join).
    const said = `${m.raw}|${c.unit}|${region}|${subject}`;
    if (!indicator.canonical && !derivedIds.has(indicator.id)) {
      const again = saidBefore.get(said);
      if (again && again.kind === indicator.kind) indicator = again;
      else if (!again) saidBefore.set(said, indicator);
    }
    indicators.set(indicator.id, indicator);
    const flags: Flag[] = [];
    const unclear = actedElsewhere || rateOfNothing || rateOfGuessed || beforeDe(after, subject, parts.from) || benefitElsewhere(after, subject, parts.from) || (parts.from === 'after' && (quotedPart || MADE_TO.test(named) || ENTERED.test(named)));
    // 全市社区养老服务设施覆盖率为86.4% below a table row of that name: the article's measure, named clearly.
    const articleName = namedByArticle || tableNames.has(subject.replace(GLOSS, ''));
    if (guessed || (subjectUnclear(subject, asLexicon, base, unclear) && !(articleName && !base))) flags.push('subject_unclear');
    if (place.inferred) flags.push('place_inferred');
    if ((!period.start && !period.end && period.label === UNSTATED) || contradictory) flags.push('period_unstated');
    if (quoteStart !== undefined) flags.push('quoted');
    // 2024年,81岁的邓婆婆…医保直接报销了50%以上的医疗费用: one person's case, told by the article, not its statistic.
    else if (example || ONE_PERSON.test(text.slice(sentence.start, m.start))) flags.push('anecdote');

    observations.push({
      id: `${ctx.source}:${where.span[0]}`,
      indicator: indicator.id,
      region,
      source: ctx.source,
      value: m.value,
      qualifier: bound ? BOUND_QUALIFIER[bound[1]!]! : m.qualifier,
      unit: c.unit,
      raw: m.raw,
      subject,
      category: indicator.category,
      period,
      span: where.span,
      quote: where.quote,
      quoteSpan: where.quoteSpan,
      status,
      ...(flags.length ? { flags } : {}),
    });
    starts.push(m.start);
    previousSentence = sentence;
  };
  for (const found of mentions) readMention(found);
  datedLikeBody(observations, starts, text);
  datedLikeFirstSaid(observations, starts, text);
  // A headline's figure dated as the body's one measures what it does: the indicator it was first filed under may be left unused.
  const used = new Set(observations.map((o) => o.indicator));

  return {
    observations,
    skipped,
    indicators: [...indicators.values()].filter((i) => used.has(i.id)),
    numerals: mentions.length,
    skippedByReason,
  };
}
