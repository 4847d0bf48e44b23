/**
 * The figure a derived figure relates to: the base of a rate or share (baseFigure,
 * percentBase, placeBase), its item in a 分别 list (respectively, listBase), and what a
 * count of those reached or a breakdown is of (countedBefore, brokenDown).
 */
import type { Indicator, Observation } from './types.js';
import { TOWN, trimBefore } from './attribute.js';
import { findPlaceMentions } from './gazetteer.js';

/** How many figures back a figure looks for the one it relates to: a sentence or paragraph of figures stays linear. */
const LOOK_BACK = 12;

/** The last figure of the sentence (from `sentenceStart`) that is not itself derived from another. */
export function baseFigure(observations: readonly Observation[], starts: readonly number[], sentenceStart: number, derived: ReadonlySet<string>): Observation | undefined {
  const stop = Math.max(0, observations.length - LOOK_BACK);
  for (let i = observations.length - 1; i >= stop && starts[i]! >= sentenceStart; i--) {
    if (!derived.has(observations[i]!.indicator)) return observations[i];
  }
  return observations.at(-1);
}

/**
 * The rate or share a change in percentage points is of (`占…的比重为77.0%，比上年提高0.8个百分点`):
 * the last figure in % of its sentence, a share of something included.
 */
export function percentBase(observations: readonly Observation[], starts: readonly number[], sentenceStart: number): Observation | undefined {
  const stop = Math.max(0, observations.length - LOOK_BACK);
  for (let i = observations.length - 1; i >= stop && starts[i]! >= sentenceStart; i--) if (observations[i]!.unit === '%') return observations[i];
  return undefined;
}

/**
 * The figure a derived figure of a list of places relates to: the last one of the same place in
 * its sentence (`城中区、鱼峰区、柳江区…分别为5280人、6130人、5920人，城中区、鱼峰区分别同比增长4.6%和3.1%`).
 */
export function placeBase(observations: readonly Observation[], starts: readonly number[], sentenceStart: number, derived: ReadonlySet<string>, region: string): Observation | undefined {
  const stop = Math.max(0, observations.length - LOOK_BACK);
  for (let i = observations.length - 1; i >= stop && starts[i]! >= sentenceStart; i--) {
    if (!derived.has(observations[i]!.indicator) && observations[i]!.region === region) return observations[i];
  }
  return undefined;
}

/** Where a 分别 list's figure stands in it, of how many, and the item it counts when the words before 分别 list them. */
interface ListPlace {
  index: number;
  count: number;
  /** The words before 分别 the figure counts (`城镇居民人均可支配收入`), when they list as many items. */
  item?: string;
  /** What 分别 says of every figure of the list (`增长`), which a later figure's own clause (`和`) does not repeat. */
  relation: string;
  /** The list before 分别 is of places (`城中区、鱼峰区分别同比增长4.6%和3.1%`): it says where, the relation what. */
  places?: boolean;
}

// Not the base of a rate (8.6/10万): one figure, not two.
const NUMBER = /(?<![/／\d.])\d+(?:\.\d+)?/gu;

/** Urban and rural together, as a 分别 list of two reads them: `城乡居民…`, `2024年全市城乡低保标准…`. */
const URBAN_RURAL = /^(?:\d{4}年(?:底|末)?)?(?:全[市县区省])?城乡/u;

const LIST_JOIN = /[和、及与]/u;

/** A preposition before those a list's figures go to: `对长阳土家族自治县、五峰土家族自治县分别下达…`. */
const TO_WHOM = /^\s*[对向给为]/u;

/**
 * A figure's place in a list after 分别 (`分别达到44620元和17890元`, `分别增长4.2%和6.5%`),
 * read from its sentence before it and the rest of its clause; with the items the words
 * before 分别 name (`城镇居民和农村居民人均可支配收入`: the shared noun goes with each).
 */
export function respectively(sentenceBefore: string, rest: string): ListPlace | undefined {
  const clauseStart = Math.max(...[',', '，', ';', '；', '。'].map((c) => sentenceBefore.lastIndexOf(c))) + 1;
  const clause = sentenceBefore.slice(clauseStart);
  const at = clause.lastIndexOf('分别');
  if (at < 0) return undefined;
  const between = clause.slice(at + 2);
  const index = (between.match(NUMBER) ?? []).length;
  if (index > 0 && !LIST_JOIN.test(between.slice(-1))) return undefined;
  const count = index + 1 + (rest.split(/[,，;；。]/u, 1)[0]!.match(NUMBER) ?? []).length;
  if (count < 2) return undefined;
  // 比上年分别增加30元和45元: the comparison before 分别 is every figure's, the first's and the later ones'.
  const compared = /^(?:比|较|同比)/u.test(clause.slice(0, at)) ? clause.slice(0, at) : '';
  const relation = compared + between.split(NUMBER, 1)[0]!;
  let items = clause.slice(0, at).split(LIST_JOIN);
  // 城乡居民人均可支配收入分别增长5%和7%: the urban residents' first, then the rural.
  if (items.length === 1 && count === 2 && URBAN_RURAL.test(items[0]!)) {
    const rest = items[0]!.replace(URBAN_RURAL, '');
    // 城镇居民 and 农村居民, but 城市低保 and 农村低保.
    items = [`${rest.startsWith('居民') ? '城镇' : '城市'}${rest}`, `农村${rest}`];
    return { index, count, relation, item: items[index]! + relation };
  }
  if (items.length !== count) return { index, count, relation };
  // 洛龙区、涧西区分别竣工4所、3所: a list of places says where (places.ts), not what; so does 对长阳…、五峰…分别下达….
  const { trimmed: first, place } = trimBefore(items[0]!.replace(TO_WHOM, ''));
  // 城中区 is a name of two cities' districts, which trimBefore leaves (and the gazetteer finds only
  // within its city): a list of such names with one the gazetteer knows (鱼峰区) is of places.
  const placeLike = (w: string) => isPlaceName(w) || PLACE_LIKE.test(w.trim());
  // 齐心村、金星村分别完成农房改善120户、86户: villages or communities below the gazetteer, where each figure was
  // counted: the work, glossed with its village (农房改善（齐心村）), never the village alone.
  // (分别为, 分别达到: no work named, left to the rules below.)
  const villageWork = relation.replace(/^(?:完成|实现)/u, '');
  if (/^\p{Script=Han}{2,}$/u.test(villageWork) && !/^(?:为|是|达到?|有)/u.test(villageWork) && items.every((w) => VILLAGE_LIKE.test(w.trim()))) {
    // (其中西屏街道、水南街道分别…: 其中 opens the list, no part of the first name.)
    return { index, count, relation, item: `${villageWork}（${items[index]!.trim().replace(/^(?:其中|包括)(?=\p{Script=Han}{2})/u, '')}）` };
  }
  if (!first || place || (items.some(isPlaceName) && items.slice(0, -1).every(placeLike))) {
    // 柳南区、柳北区城乡低保对象分别为…: what the last place's item goes on to name is every figure's measure.
    // (▲平湖市、海盐县：分别新增…: a list item's colon is no measure.)
    const measure = trimBefore(items[count - 1] ?? '').trimmed.replace(LEADING_PLACE_LIKE, '').replace(/^[：:\s]+$/u, '');
    return { index, count, relation, ...(place || items[0]!.trim() ? { places: true } : {}), ...(measure ? { item: measure } : {}) };
  }
  const last = items[count - 1]!;
  // 城镇居民和农村居民人均可支配收入: the first item lacks the noun the last ends with; 婴儿死亡率、孕产妇死亡率 does not.
  const shared = last.length > first.length && first.at(-1) !== last.at(-1) ? last.slice(first.length) : '';
  return { index, count, relation, item: index === count - 1 ? last : (index === 0 ? first : items[index]!.trim()) + shared };
}

/** A period labelling a figure of a series: `1月`, `10月份`, `三季度`, `2024年`. */
const SERIES_LABEL = '(?:\\d{1,2}月份?|[一二三四]季度|\\d{4}年)';

/**
 * A series of one measure, each figure labelled by its period (`今年各月城镇新增就业分别为：1月3860人、
 * 2月3870人…`): the measure named before 分别 is every figure's (their months date them, period.ts).
 */
export const SERIES = new RegExp(`([^，,；;。：:]{2,16}?)分别(?:为|是)?[：:]?(?:${SERIES_LABEL}[^、，,；;。]*[、和及])*${SERIES_LABEL}$`, 'u');

/** A short name that ends as a county's or a district's does. */
const PLACE_LIKE = /^\p{Script=Han}{1,5}[区县市旗]$/u;

/** A village's, community's, town's or street's name (`齐心村`, `望平社区`, `水南街道`), below what the gazetteer holds. */
const VILLAGE_LIKE = /^\p{Script=Han}{2,4}(?:村|社区|镇|乡|街道)$/u;

/** …at the start of an item (`城中区城镇新增就业`), which trimBefore leaves when the gazetteer does not know it alone. */
const LEADING_PLACE_LIKE = /^\p{Script=Han}{1,4}?[区县旗](?=\p{Script=Han}{2})/u;

/** Whether `words` are a place's name and nothing else (`鱼峰区`). */
function isPlaceName(words: string): boolean {
  const w = words.trim();
  const found = findPlaceMentions(w);
  return found.length === 1 && found[0]!.start === 0 && found[0]!.end === w.length;
}

/** The figure a derived figure of a 分别 list relates to: the same place in the list of figures before it. */
export function listBase(observations: readonly Observation[], starts: readonly number[], sentenceStart: number, derived: ReadonlySet<string>, list: ListPlace): Observation | undefined {
  const own: Observation[] = [];
  for (let i = observations.length - 1; i >= 0 && starts[i]! >= sentenceStart && own.length < LOOK_BACK; i--) {
    if (!derived.has(observations[i]!.indicator)) own.unshift(observations[i]!);
  }
  return own.length >= list.count ? own[own.length - list.count + list.index] : undefined;
}

/**
 * Whether the figure before this share is the amount it is of, named inside its 占 phrase (`完成投资46.8亿元，
 * 占年度计划投资72.5亿元的64.6%`): the share is then of the figure before that one.
 */
export function shareOfAmountBefore(text: string, starts: readonly number[], sentenceStart: number, at: number): boolean {
  const last = starts.at(-1);
  if (last === undefined || last < sentenceStart) return false;
  return /占[^，,；;。！？!?\d]*$/u.test(text.slice(sentenceStart, last)) && /^[^，,；;。！？!?]*?的$/u.test(text.slice(last, at));
}

/** The last figure from `from` on that is no rate or share (`%`, `百分点`): what a later `惠及居民` is of. */
export function lastCount(observations: readonly Observation[], starts: readonly number[], from: number): Observation | undefined {
  for (let i = observations.length - 1; i >= 0 && starts[i]! >= from; i--) {
    const o = observations[i]!;
    // (最长闲置26个月，涉及资金392万元: a span of time counts nothing the sum is of.)
    if (o.unit !== '%' && o.unit !== '百分点' && !SPAN_UNIT.test(o.unit)) return o;
  }
  return undefined;
}

/** Units of a span of time. */
const SPAN_UNIT = /^(?:个月|月|天|日|年|周|小时|分钟)$/u;

/** A group of residents named alone (`其中城镇居民29730元`): of what the figure before measured. */
export const RESIDENTS = /^(?:城镇|农村|城市|乡村|城乡)?居民$/u;

/** A bare noun after a verb that relates it to the figure before (`涉及居民`, `惠及居民`, `带动就业`). */
// …普通高等学校6所，在校学生9.8万人: the students of those schools, not of every school.
export const RELATED = /^(?:(?:涉及|惠及|带动)\p{Script=Han}{1,4}|在校学生|在校生|在园幼儿|专任教师|教职工)$/u;

/**
 * The figure whose indicator a verb alone (`已完工178个`) or a leftover (`其余11所`, `另有25台`)
 * counts again: the last one of the same unit in its sentence, else in its paragraph.
 */
export function countedBefore(
  observations: readonly Observation[],
  starts: readonly number[],
  unit: string,
  paragraphStart: number,
  sentenceStart: number,
  derived: ReadonlySet<string>,
): { observation: Observation; sameSentence: boolean } | undefined {
  // 每千人口托位数为3.1个，比2020年增加1.9个，但距4.5个的规划目标: the target of what was counted, not of its rise.
  const stop = Math.max(0, observations.length - LOOK_BACK);
  for (let i = observations.length - 1; i >= stop && starts[i]! >= paragraphStart; i--) {
    const o = observations[i]!;
    if (o.unit === unit && !derived.has(o.indicator)) return { observation: o, sameSentence: starts[i]! >= sentenceStart };
  }
  return undefined;
}

/**
 * The indicator a figure led by its place breaks down: the figure before it in its sentence
 * when only the place is left (`其中章贡区1850套、赣县区760套`), or an earlier canonical
 * indicator whose name holds the words left (`章贡区新增就业5800人`: 城镇新增就业).
 */
export function brokenDown(
  rest: string,
  unit: string,
  previous: Observation | undefined,
  canonical: readonly Indicator[],
): { indicator: string; subject: string } | undefined {
  if (!rest || TOWN.test(rest)) {
    return previous && previous.unit === unit ? { indicator: previous.indicator, subject: previous.subject } : undefined;
  }
  if (rest.length < 3) return undefined;
  for (let i = canonical.length - 1; i >= 0; i--) {
    if (canonical[i]!.unit === unit && canonical[i]!.name.zh.includes(rest)) return { indicator: canonical[i]!.id, subject: rest };
  }
  return undefined;
}

/** The shares of a list measured item by item: `分别完成年度任务的86.4%和92.8%`. */
const EACH_MEASURED = /^([^。;；]*?)分别完成(?:全年|年度)(?:目标)?(?:任务|计划)的?([^。;；]*)/u;

/**
 * Whether a figure is one of the list whose shares of the year's tasks follow it: `已建设家庭
 * 养老床位4320张，完成适老化改造1856户，分别完成年度任务的86.4%和92.8%` measures both, so both
 * count this year's flow. Only the last figures before 分别, as many as its shares: a total
 * before them (`已建成综合体218个，…`) is not measured.
 */
export function measuredInList(after: string): boolean {
  const m = EACH_MEASURED.exec(after);
  if (!m) return false;
  const between = (m[1]!.match(NUMBER) ?? []).length;
  return between < (m[2]!.match(NUMBER) ?? []).length;
}
