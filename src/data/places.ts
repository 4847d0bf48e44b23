/**
 * The place each figure is about, from the gazetteer's mentions of places in the text.
 *
 * 1. The place named last before the figure in its sentence, if it lies in the article's
 *    own area (the article's place, its prefecture or province, or under them; a figure
 *    next to `北京` in a 张家口 article is not about Beijing). A later `全市`, `我市`,
 *    `全省` … in the sentence returns to the article's place; `该县`, `该区`, `该市`, and
 *    `全县`, `全区` below the article's level, point back to the last county, district or
 *    city named in the paragraph, and so do `全市` and `市区` in an article whose place is no
 *    city (a province's: `南阳市…。截至11月底，全市…` is 南阳's), and `全市` right after a
 *    county-level city under the article's (`崇州市…，覆盖全市80%的行政村` in 成都's).
 * 2. Else a sentence that speaks of the whole (`全市`, `我市`, `全区` …) is the article's.
 * 3. Else, in an official's turn of a transcript, a sentence in the first person (`明年，我们
 *    将完成村卫生室标准化改造200个`, said by `市卫生健康委副主任王丽`) is about the speaker's
 *    body: the city for a `市…` bureau, the district for a `区…` one, or the place its title
 *    names (`赣县区副区长`), whatever the sentence before named.
 * 4. Else the place named in an earlier sentence of the same paragraph carries over, and
 *    the figure is flagged `place_inferred`.
 * 5. Else the article's place.
 * A place named inside brackets holds only inside them, a place that a breakdown names
 * (`其中晋江市新增学位4000个以上`) only up to the end of its sentence (or of the part before
 * a semicolon), though `该市` may still point back to it; `全市` right after a place's
 * name (`成都全市`) is the whole of that place, and `全市` before a ranking (`该区在全市率先`)
 * does not speak of the whole. Places listed before 分别 go with the figures after it, in
 * order (`洛龙区、涧西区分别竣工4所、3所`), and so do the places a count before 分别 takes
 * up from earlier in the paragraph (`开封市、许昌市…。…两市分别新增6.9万人和5.8万人`); a count of
 * places without 分别 (`莎车县、泽普县、叶城县、巴楚县四县。…帮助四县…`) stands for them together, as
 * the smallest region holding them, to the end of its sentence.
 * A place or whole that a figure is compared with or a share of (`比许昌市多86公里`,
 * `高于全省平均水平`, `占全省新增总数的21.2%`) is not the figure's place.
 * Nor is a place inside a short quoted name (`“爱山东”APP`) or the field of a ranking
 * (`列衢州市第1名`), a counterpart of what is counted (`德阳市已与成都共建产业园区9个`,
 * `承接成都产业转移`, `到浙江就业3.26万人`, `在成都就医`), or a city an area is named after
 * (`成都都市圈`); a place right after a count, before the noun it counts (`128家宁波企业`), is
 * whose the things are; a list's total (`高新区、经济开发区、文昌湖区合计12.5万件`) is the smallest
 * region holding the places listed, else the article's.
 *
 * An article on paired assistance (东西部协作, 对口支援) or on cities grown together (同城化, 都市圈) names
 * its partner beyond its own area in a sentence with those words: the partner's places are the
 * article's too (`宁波在黔西南州援建学校14所`). `全州`, `我州` and `该州` point back to an autonomous prefecture.
 *
 * Towns are not in the gazetteer, but an article names a town with its county first
 * (`康保县张纪镇`, or a community with its street: `成华区猛追湾街道望平社区`) and later by
 * its own name (`张纪新城集中安置区，1900余户`, `住在望平社区的李婆婆`, paragraphs on): such
 * a later mention names the county, flagged `place_inferred`.
 *
 * A scene, a paragraph without figures that names a town (`早上7点半，成华区猛追湾街道望平
 * 社区的“邻里食堂”已经飘出饭菜香。`), sets the place of the paragraphs after it, flagged
 * `place_inferred`, until another place or the whole is named: the figures of a feature's
 * residents are their district's.
 */
import {
  ancestorsOf,
  codesNamed,
  detectArticlePlace,
  findPlaceMentions,
  isWithin,
  regionOf,
  resolveMention,
  resolvePlace,
  type ArticlePlace,
  type GazetteerRegion,
  type PlaceAmbiguous,
  type PlaceMention,
} from './gazetteer.js';
import type { RegionLevel } from './types.js';
import { findTurns, privateSpeakerAt, turnAt, type Turn } from './speech.js';
import { charSet, indexOfAny, isIn } from './chars.js';

/** A line opening with a list's mark: `▶…`, `●…`, `→…`. */
const BULLET_LINE = /^\s*[▶▷►●○•◆◇■□▲△★☆→✅✔➤]/u;
/** A heading or separator is at most this long; a scene holds at most this many lines on. */
const BREAK_LINE_CHARS = 30;
const MAX_SCENE_LINES = 60;
const SENTENCE_MARK = /[。！？!?；;，,]/u;
/** How much of an article's start counts as its lead when looking for its place. */
const LEAD_CHARS = 600;
/** Longer than this, or ending as a sentence ends, a first line is no title. */
const TITLE_MAX = 60;
const SENTENCE_END_AT = /[。！？!?]\s*$/u;

/**
 * The place an article is about, from its title (first non-empty line) and lead, for an
 * article no manifest describes: `成都市郫都区2024年民生实事完成情况` → 郫都区. Ambiguous
 * (with the candidates in its message) or null when the text does not say.
 */
export function articlePlace(text: string): ArticlePlace | PlaceAmbiguous | null {
  const first = text.trimStart().split('\n', 1)[0] ?? '';
  // A first line that reads as a sentence is the lead, not a title: 呼和浩特's article opens
  // with a leader's visit to 内蒙古, and its title comes later.
  const title = first.length <= TITLE_MAX && !SENTENCE_END_AT.test(first) ? first : '';
  return detectArticlePlace(title, text.slice(0, LEAD_CHARS));
}

export interface FigurePlace {
  /** Region id. */
  region: string;
  /** Carried from an earlier sentence rather than named in the figure's own. */
  inferred: boolean;
  /** Nothing in the figure's words places it: its speaker's body's place, or the article's as a last resort. */
  fallback?: 'speaker' | 'article';
  /**
   * The figure is the sum of several places (`四市`, `张店区、淄川区、博山区合计`), filed under the
   * smallest region holding them: the words naming them. Never that region's own figure.
   */
  sum?: string;
}

interface Named {
  start: number;
  end: number;
  region: GazetteerRegion;
  /** A town's own name standing for the county it was first named with. */
  inferred?: boolean;
  /** The closing bracket of an aside the place is named in, or the end of a breakdown's sentence: it holds up to there only. */
  until?: number;
  /** Named in a breakdown (`其中晋江市…`): later words can still point back to it (`该市`). */
  breakdown?: boolean;
  /** Named with a town or as one (`成华区猛追湾街道`, `望平社区`): in a paragraph without figures, a scene. */
  town?: boolean;
  /** Stands for several places together (`四市` after their list): the words, for FigurePlace.sum. */
  sum?: string;
}

// charSets, not Sets of strings: `text[i]` of a Han character is a new string each time.
const OPENING = charSet('(（');
const CLOSING = charSet(')）');
const SENTENCE_END = charSet('。！？!?\n');
/** How far a place named in an aside looks for the aside's closing bracket. */
const ASIDE_WINDOW = 200;

/**
 * The closing bracket of the aside that `at` lies in, if any: `（据市民政局统计，截至2024年
 * 底，成都全市老年助餐点已超过2000个）` names 成都 for the aside alone.
 */
function asideEnd(text: string, at: number): number | undefined {
  for (let i = at; i < Math.min(text.length, at + ASIDE_WINDOW); i++) {
    if (isIn(OPENING, text, i) || isIn(SENTENCE_END, text, i)) return undefined;
    if (isIn(CLOSING, text, i)) return i;
  }
  return undefined;
}

/** A breakdown of the figure before, right before a place's name: `其中晋江市`, `其中，南康区`. */
const BREAKDOWN_BEFORE = /其中[，,：:]?\s*$/u;
/** Where a breakdown's place stops holding: the end of its sentence or of its part before a semicolon. */
const PART_END = charSet('；;。！？!?\n');

/**
 * The end of the sentence part that a place named by a breakdown (`…新增公办学位2.6万个，
 * 其中晋江市新增学位4000个以上。`) lies in: the sentences after speak of the whole again.
 */
function breakdownEnd(text: string, start: number, end: number): number | undefined {
  if (!BREAKDOWN_BEFORE.test(text.slice(Math.max(0, start - 4), start))) return undefined;
  for (let i = end; i < Math.min(text.length, end + ASIDE_WINDOW); i++) if (isIn(PART_END, text, i)) return i;
  return Math.min(text.length, end + ASIDE_WINDOW);
}

/** A town right after its county or district: `康保县张纪镇` (the name, then 镇/乡/街道). */
const TOWN_AFTER = /^(\p{Script=Han}{2,3}?)(?:镇|乡|街道)/u;
/** Words that start no town's name: `县城乡居民`, `全区各街道`. */
const NOT_TOWN = /^[城各全所多每]/u;
/** What follows a town's name when the article names it alone: `张纪新城`, `西马乡镇干部`. */
const TOWN_SUFFIX = /^(?:镇|乡|街道|新城|新村|新区|村|社区|片区|安置区)/u;
/** A community or village right after its town: `猛追湾街道望平社区`. */
const COMMUNITY_AFTER = /^(\p{Script=Han}{2,3}?)(?:社区|村)/u;
/** Words that start or end no community's name: `街道各社区`, `镇新农村`. */
const NOT_COMMUNITY = /^[城各全所多每辖]|农$/u;
/** Towns learned per article at most: each costs a scan of the text. */
const MAX_TOWNS = 32;

/** Words for the article's place as a whole. */
const WHOLE = /全市|我市|全省|本市|市委|市政府/gu;
/**
 * A city's body (`市12345热线`, `市住建局`, `市民政局`), in a city's article: the whole city. Not 城市,
 * 都市, 超市, 农贸市场, 县市区, 市场 or 市民 (which is no body), nor a body's own lines (a turn's speaker).
 */
const CITY_BODY = /(?<![城都超门集夜股菜商闹街上下开贸全我本该各县区省\d])市(?=12345|(?![场民区县级值面容井政])\p{Script=Han}{1,5}?(?:局|委|办)(?!\p{Script=Han}{0,8}[:：]))/gu;
/**
 * Of them, the words of a city: in an article whose place is no city (a province, a county)
 * they speak of a city the paragraph names, as `该市` does.
 */
const CITY_WHOLE = new Set(['全市', '我市', '本市', '市委', '市政府']);
/** The one of them that, in a city's article, points back to a county-level city the paragraph names. */
const CITY_ALL = '全市';
/** `市区`, the city proper, likewise (not inside `城市区域` or `各市区县`). */
const CITY_PROPER = /(?<![城各])市区(?![县域])/gu;
/**
 * After `全市`, a ranking among the places of the whole (`该区还在全市率先推行…`): the place
 * ranked is the one spoken of, not the whole.
 */
const RANKED_AFTER = /^(?:范围内)?(?:占比)?(?:率先|领先|排名|排在|排第|首个|首家|第一|前列|最|第[\d一二三四五六七八九十]+[名位])/u;
/**
 * A place a ranking is among (`综合得分列衢州市第1名`, `位居全省前列`): the field, not the
 * place ranked.
 */
const RANK_FIELD_BEFORE = /(?:列|居|排|排名|排在)$/u;
const RANK_FIELD_AFTER = /^(?:范围内)?(?:第[\d一二三四五六七八九十]+[名位]?|前列|前[\d一二三四五六七八九十]+[名位]|首位)/u;
/**
 * A list of names, then what they total (`高新区、经济开发区、文昌湖区合计12.5万件`): the
 * figure is the whole's, not the last place named before the list.
 */
const PLACE_ITEM = '\\p{Script=Han}{1,10}?(?:省|市|区|县|旗|镇|乡|街道)';
const LIST_TOTAL_BEFORE = new RegExp(`((?:${PLACE_ITEM}[、和及])+${PLACE_ITEM})(?:合计|共计|总计|一共|共)[^\\d，,。；;：:]{0,6}$`, 'u');
/** A short quoted name (`“爱山东”APP`, `“幸福淄博”`): a place inside it is part of the name. */
const QUOTE_OPEN = '“「『';
const QUOTE_CLOSE = '”」』';
const QUOTED_NAME_MAX = 12;
/**
 * Words pointing back to a place named before in the paragraph (`该县`, and `全县` after
 * `康保县`); with none named, the article's own place (`全区` in a district's article).
 */
const ANAPHORA = /该县|该区|该市|该旗|全县|全区|全旗|我县|我区|该州|全州(?!县)|我州/gu;
type PlaceTest = (r: GazetteerRegion) => boolean;
const atLevel =
  (...levels: readonly RegionLevel[]): PlaceTest =>
  (r) =>
    levels.includes(r.level);
/** A city: a prefecture, or a county-level city or a municipality by its name (`巩义市`, `北京市`). */
const isCity: PlaceTest = (r) => r.level === 'prefecture' || r.name.zh.endsWith('市');
/** The places each pointing word can point back to. */
const POINTS_TO: Record<string, PlaceTest> = {
  该县: atLevel('county'),
  全县: atLevel('county'),
  我县: atLevel('county'),
  该旗: atLevel('county'),
  全旗: atLevel('county'),
  该区: atLevel('district'),
  全区: atLevel('district'),
  我区: atLevel('district'),
  该市: atLevel('prefecture', 'county'),
  // An autonomous prefecture (黔西南州): 全州 in its own article, or after it is named in a partner's.
  ...Object.fromEntries(['该州', '全州', '我州'].map((word) => [word, (r: GazetteerRegion) => r.level === 'prefecture' && r.name.zh.endsWith('自治州')])),
  ...Object.fromEntries([...CITY_WHOLE, '市区'].map((word) => [word, isCity])),
};
/**
 * Before a place or a whole, words that make it what a figure is compared with or a share
 * of (`比许昌市多86公里`, `高于全省平均水平`, `占全省新增总数的21.2%`), not what it is about.
 */
const COMPARED_BEFORE = /(?:比|较|高于|低于|多于|少于|快于|慢于|超过|超出|占)$/u;
/** …or around it: `与许昌市相比`. */
const WITH_BEFORE = /[与同]$/u;
const COMPARED_AFTER = /^[^，,；;。]{0,6}?相比/u;

/**
 * …unless the place's own figure follows, after 的 (`高于深圳市现行的每人每月150元`), where
 * a difference follows at once (`高于全市7个百分点`).
 */
const COMPARED_OWN_BEFORE = /(?:高于|低于|超过|不及|相当于)$/u;
const OWN_AFTER = /^(?:现行|目前|当前|同期)?的/u;
const CLAUSE_END = charSet('，,；;。！？!?\n');
const CLAUSE_END_RE = /[，,；;。！？!?\n]/u;

/** A place's own, after its name: `香港的`, `深圳市目前的`. */
const OTHER_OWN_AFTER = /^(?:现行|目前|当前|同期)?的/u;
/** Words that may open a clause before a place that owns what follows (`相比之下，香港的…`, `而深圳市的…`). */
const OPENS_CLAUSE = /^(?:而|但|同期|同时|此外|另外|相比之下|与此相比|对比来看)?$/u;
const SENTENCE_ENDS = charSet('。！？!?\n');

/** The words of a clause before `at`. */
function clauseLead(text: string, at: number): string {
  let i = at;
  while (i > 0 && !isIn(CLAUSE_END, text, i - 1)) i--;
  return text.slice(i, at).trim();
}

function comparedOwn(text: string, start: number, end: number): boolean {
  return COMPARED_OWN_BEFORE.test(text.slice(Math.max(0, start - 3), start)) && OWN_AFTER.test(text.slice(end, end + 3));
}

/** Whether the place or whole at [start, end) is the field a ranking is among (`列衢州市第1名`). */
function rankField(text: string, start: number, end: number): boolean {
  return RANK_FIELD_BEFORE.test(text.slice(Math.max(0, start - 2), start)) && RANK_FIELD_AFTER.test(text.slice(end, end + 6));
}

/** Whether the place at [start, end) lies inside a short quoted name and is not the whole of it (`“爱山东”`). */
function inQuotedName(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - QUOTED_NAME_MAX), start);
  const open = Math.max(...[...QUOTE_OPEN].map((q) => before.lastIndexOf(q)));
  if (open < 0 || [...QUOTE_CLOSE].some((q) => before.lastIndexOf(q) > open)) return false;
  const after = text.slice(end, end + QUOTED_NAME_MAX);
  const close = Math.min(...[...QUOTE_CLOSE].map((q) => after.indexOf(q)).filter((i) => i >= 0));
  if (!Number.isFinite(close)) return false;
  const inner = before.length - open - 1 + (end - start) + close;
  return inner <= QUOTED_NAME_MAX && inner > end - start;
}

/** Whether the place or whole at [start, end) is what something is compared with. */
function compared(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 2), start);
  return COMPARED_BEFORE.test(before) || (WITH_BEFORE.test(before) && COMPARED_AFTER.test(text.slice(end, end + 10)));
}

/**
 * A place that is only the counterpart of what is counted: a partner (`德阳市已与成都共建产业园区9个`),
 * where something comes from (`承接成都产业转移项目`, `引进成都企业投资项目`, `面向德眉资`), or where people
 * go to work or be treated (`到浙江就业3.26万人`, `眉山至成都日均通勤人口`, `在成都就医直接结算`): the
 * figure is theirs who go, as 医保 counts an insured person's treatment elsewhere to where they are insured.
 */
const PARTNER_BEFORE = /[与同]$/u;
const PARTNER_AFTER = /^[^，,；;。！？\n]{0,8}?(?:共建|结对|合作|签约|对接|携手)/u;
const SOURCE_BEFORE = /(?:承接|引进|面向)$/u;
const GOING_BEFORE = /[到赴去往至在]$/u;
const GOING_AFTER = /^[^，,；;。！？\n\d]{0,4}?(?:就业|务工|打工|上班|通勤|就医|就诊|挂职|支教|支医)/u;

function counterpart(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 2), start);
  const after = text.slice(end, end + 12);
  return (PARTNER_BEFORE.test(before) && PARTNER_AFTER.test(after)) || SOURCE_BEFORE.test(before) || (GOING_BEFORE.test(before) && GOING_AFTER.test(after));
}

/** What a place right after a count may go on into: the noun counted (`企业`, `学生`), not a verb or a mark. */
const OWNED_NOUN_AFTER = /^(?:籍)?(?:企业|学校|中小学|学生|教师|医生|医院|群众|居民|务工人员|农民工|劳动力|干部|人才|客商|游客)/u;

/** …a few characters before a count of places (`面向德眉资三市`). */
const SOURCE_NEAR = /(?:承接|引进|面向)\p{Script=Han}{0,4}$/u;

/** Between a place after 在 and another place: a verb of setting up, whose object the second place names (`新开设`, `设立`). */
const SET_UP_BETWEEN = /^[^，,；;。！？!?\n\d]{0,4}?(?:新设|新开设|开设|设立|新建|建立|建成|挂牌|认定)$/u;

/** An amount of money, and what may follow it to name the place it is spent for (`，为晴隆县`, `，用于`, `，帮助`). */
const MONEY_UNIT = /元$/u;
const SPENT_FOR_AFTER = /^(?:[，,]\s*)?(?:专门|专项|全部)?(?:为|用于|帮助|支持|援助)(?:在)?/u;

/**
 * A city's one-character name after a word of being or going there (`在甬`, `来蓉`, `赴沪`, `留穗`): the
 * gazetteer knows names of two characters or more, and a lone 甬 is a name only in such a phrase.
 * (Not 京 before 津冀 or in 京东, 津 in 津贴, nor a name of several cities such as 宁, nor 筑 as in 在筑牢.)
 */
const ONE_CHAR_CITY: Record<string, string> = { 甬: '宁波市', 沪: '上海市', 穗: '广州市', 榕: '福州市', 蓉: '成都市', 邕: '南宁市', 渝: '重庆市', 鹭: '厦门市', 京: '北京市', 津: '天津市' };
// (The verb is matched, not looked behind for: a pattern that opens with a character class is searched for fast.)
const ONE_CHAR_NAME = new RegExp(`[在来赴留驻返回抵]([${Object.keys(ONE_CHAR_CITY).join('')}])(?![${Object.keys(ONE_CHAR_CITY).join('')}冀东剧贴])`, 'gu');

function withOneCharNames(text: string, mentions: PlaceMention[]): PlaceMention[] {
  const added: PlaceMention[] = [];
  for (const m of text.matchAll(ONE_CHAR_NAME)) {
    const codes = codesNamed(ONE_CHAR_CITY[m[1]!]!);
    if (codes.length === 1) added.push({ start: m.index + 1, end: m.index + 2, name: m[1]!, candidates: codes, form: 'short' });
  }
  if (!added.length) return mentions;
  // Merged in order, leaving out one inside a longer name found (both lists are sorted: linear on any text).
  const out: PlaceMention[] = [];
  let i = 0;
  for (const a of added) {
    while (i < mentions.length && mentions[i]!.start <= a.start) out.push(mentions[i++]!);
    if (!out.length || out[out.length - 1]!.end <= a.start) out.push(a);
  }
  while (i < mentions.length) out.push(mentions[i++]!);
  return out;
}

/** `成都都市圈`, `南京都市圈`: an area named after its core city is wider than the city. */
const WIDER_AREA_AFTER = /^(?:都市圈|经济圈|城市群|都市区)/u;

/**
 * Paired assistance (东西部协作, 对口支援) and cities grown together (同城化, 都市圈): a place beyond the
 * article's named in a sentence with these words is its partner, and the partner's places are the
 * article's too: 宁波's schools built in 册亨县 are 册亨县's, 株洲's parks in a 长沙 round-up 株洲's.
 */
// (Not 一体化 or 协同发展: 京津冀一体化 names 北京 beside a 张家口 whose figures stay its own.)
const PAIRED = /东西部(?:扶贫)?协作|对口(?:支援|帮扶|合作|协作)|结对帮扶|援建|援疆|援藏|财政援助|劳务协作|消费帮扶|同城化|都市圈/u;
/** How far a partner's sentence is looked at on either side of its name (linear in the text). */
const PAIRED_WINDOW = 120;

/** The sentence around [start, end), at most PAIRED_WINDOW characters on either side. */
function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && start - from < PAIRED_WINDOW && !isIn(SENTENCE_ENDS, text, from - 1)) from--;
  let to = end;
  while (to < text.length && to - end < PAIRED_WINDOW && !isIn(SENTENCE_ENDS, text, to)) to++;
  return text.slice(from, to);
}

/**
 * A count of places before 分别 (`两市分别`, `三县分别`, `两地分别`): it pairs the places of
 * the last list of as many named before it in the paragraph with the figures after it.
 */
const COUNTED_PLACES = /([两二三四五六七八九])个?(市|县|区|地)分别/gu;
/** …and a count of places standing for them together (`四县农村劳动力`, `三市共有`), not paired by 分别. */
const COUNTED_WHOLE = /([两二三四五六七八九])个?(市|县|区)(?!分别|[级域委长])/gu;
const COUNT: Record<string, number> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const COUNTED_KIND: Record<string, PlaceTest> = { 市: isCity, 县: atLevel('county'), 区: atLevel('district'), 地: () => true };
/** How far before its count a list may end: a sentence or two, in the same paragraph. */
const COUNTED_WINDOW = 200;
/** How far back a count of places (`四市`) in a later paragraph looks for the list it names again. */
const RECALLED_WINDOW = 2000;
/** A place in a list (`平山、正定、灵寿等县`) is not the one place a figure is about… */
const LISTED_AFTER = new Set(['、', '等', '和', '及']);
const LIST_JOINER = /^[、和及]$/u;
/**
 * …unless 分别 pairs the places with the figures after it, in order (`洛龙区、涧西区分别竣工4所、3所`):
 * right after the list, or after the words of what they count, in the same clause; a list item's
 * colon may come first (`▲平湖市、海盐县：分别新增护理型床位310张、260张`).
 */
// (鼎城区、汉寿县要在10月底前分别新增…100个、60个: a deadline's date may stand between them.)
const RESPECTIVELY_AFTER = /^(?:[：:]\s*)?(?:[^，,。；;：:\d]|\d{1,4}(?=[年月日])){0,16}?分别/u;
/** Clause breaks that end the figures 分别 pairs. */
const PAIRING_ENDS = /[，,；;。！？!?\n]/u;
/** How far after 分别 its figures may lie. */
const PAIRING_WINDOW = 40;

const LOOK_BACK = 50;
/** One item of a list after its place, up to the 、 before the next (`城东学校、`): a name, no figure, no clause break. */
const LIST_ITEM_THEN = /^[^\d，,；;。：:、！？!?\n]{1,16}、$/u;
/** A digit that is no date's (`8月底前` is one): a figure between. */
const FIGURE_DIGIT = /\d(?![\d.]*(?:年|月|日|号))/u;

/** The country as a whole: `全国的这一比例是百分之九十一点二`. */
const NATION = /全国/gu;
/** …not in a title, a programme or a ranking (`全国文明城市`, `全国示范`, `全国第一`, `全国率先`). */
const NATION_TITLE = /^(?:文明|示范|先进|试点|百强|重点|优秀|首批|首个|第|率先|前列|劳模|人大|政协|两会)/u;
const SENTENCE_END_CHARS = charSet('。！？!?\n');
/** The place a figure of the country as a whole is given: none of the dataset's, so it is skipped (`nationwide`). */
export const NATIONWIDE = '';

/** The speaker's own body (`我们将完成…`, `我局`, `我委`): the first person of an official. */
const FIRST_PERSON = /我们|我局|我委|我厅|我办/gu;
/** A speaker's title that starts with the level of their body: `市卫生健康委副主任`, `区民政局负责人`. */
const BODY_LEVEL = /^(市|区|县)/u;

export class PlaceFinder {
  private readonly named: Named[] = [];
  private readonly whole: number[] = [];
  /** Where the country is spoken of as a whole (`全国的这一比例是…`): no region of the gazetteer's. */
  private readonly nation: number[] = [];
  private readonly anaphora: { at: number; word: string }[] = [];
  /** Lists of places followed by 分别, from just after 分别. */
  private readonly respectively: { at: number; places: GazetteerRegion[] }[] = [];
  /** Every list of two or more places (`开封市、许昌市`), for a later count (`两市分别`) to take up. */
  private readonly lists: { start: number; end: number; places: GazetteerRegion[] }[] = [];
  /** Codes of the article's place and everything above it. */
  private readonly chain: Set<string>;
  /** The prefecture (or province-level city) whose places count: the article's, or the one above its county. */
  private readonly scope: string | undefined;
  /** Codes of the regions beyond the article's that it names as its partners in paired assistance. */
  private readonly partners: string[] = [];
  /** Its region id, for a `市…` bureau speaking. */
  private readonly city: string | undefined;
  /** The article's own level and name, for a `区…`, `县…` or county-level city's `市…` bureau speaking. */
  private readonly level: string | undefined;
  private readonly articleName: string;
  /** A transcript's turns (speech.ts), and each official speaker's place once read. */
  private readonly turns: Turn[];
  private readonly speakers = new Map<string, string | undefined>();
  /** Where the first person is spoken (`我们`), found once: a sentence may be a page long. */
  private readonly firstPerson: number[] = [];

  /** Where each line break is, found once the first scene is looked for. */
  private lineBreaks: number[] | undefined;

  /**
   * @param figures where the article's figures start, in order: a paragraph with none that
   *   names a town is a scene. Without them, no paragraph is known to be one.
   */
  constructor(
    private readonly text: string,
    private readonly article: string,
    private readonly figures?: readonly number[],
  ) {
    const own = regionOf(article);
    const cityArticle = !own || isCity(own);
    const chain = own ? ancestorsOf(article) : [];
    this.chain = new Set(chain.map((r) => r.code));
    const city = chain.find((r) => r.level === 'prefecture') ?? chain.at(-1);
    this.scope = city?.code;
    this.city = city?.id;
    this.level = own?.level;
    this.articleName = own?.name.zh ?? '';
    this.turns = findTurns(text);
    if (this.turns.some((t) => t.official)) for (const m of text.matchAll(FIRST_PERSON)) this.firstPerson.push(m.index);
    // Short forms of counties and districts count inside the article's prefecture.
    const within = own?.code;
    const earlier: string[] = [];
    let list: Named[] = [];
    const mentions = withOneCharNames(text, findPlaceMentions(text, within ? { within } : {}));
    for (const m of mentions) {
      const r = resolveMention(m, within);
      if (!r || r.ambiguous || this.inArea(r.region) || this.partners.includes(r.region.code)) continue;
      if (PAIRED.test(sentenceAround(text, m.start, m.end))) this.partners.push(r.region.code);
    }
    for (const m of mentions) {
      const r = resolveMention(m, within, earlier);
      if (r && !r.ambiguous && comparedOwn(text, m.start, m.end)) {
        // 高于深圳市现行的每人每月150元: the other place's own figure, for the rest of its clause.
        const until = indexOfAny(text, CLAUSE_END, m.end);
        this.named.push({ start: m.start, end: m.end, region: r.region, until: until < 0 ? text.length : until });
        continue;
      }
      if (r && !r.ambiguous && !this.inArea(r.region) && OTHER_OWN_AFTER.test(text.slice(m.end, m.end + 3)) && OPENS_CLAUSE.test(clauseLead(text, m.start))) {
        // 相比之下，香港的资助安老院舍平均轮候时间约为20个月，目前仍有约1.1万名长者…: a place beyond the
        // article's, opening its clause with its own (的), owns the figures of its sentence.
        const until = indexOfAny(text, SENTENCE_ENDS, m.end);
        this.named.push({ start: m.start, end: m.end, region: r.region, until: until < 0 ? text.length : until });
        continue;
      }
      if (!r || r.ambiguous || !this.inArea(r.region) || compared(text, m.start, m.end) || rankField(text, m.start, m.end) || inQuotedName(text, m.start, m.end)) continue;
      if (counterpart(text, m.start, m.end) || WIDER_AREA_AFTER.test(text.slice(m.end, m.end + 3))) continue;
      // After 、, 和 or 及 only when the place before it was listed too (`康保县、沽源县和张北县`):
      // `章贡区1850套、赣县区760套` pairs each place with its figure.
      const last = list.at(-1);
      // 崇川区和平桥街道: a town whose name starts with 和 or 及, not a list.
      const listed = LISTED_AFTER.has(text[m.end]) && !TOWN_AFTER.test(text.slice(m.end, m.end + 6));
      if (listed || (last !== undefined && LIST_JOINER.test(text.slice(last.end, m.start)))) {
        list = last && LIST_JOINER.test(text.slice(last.end, m.start)) ? [...list, { start: m.start, end: m.end, region: r.region }] : [{ start: m.start, end: m.end, region: r.region }];
        if (list.length > 1) {
          const entry = { start: list[0].start, end: m.end, places: list.map((n) => n.region) };
          if (this.lists.at(-1)?.start === entry.start) this.lists[this.lists.length - 1] = entry;
          else this.lists.push(entry);
        }
        // 天河区、白云区、番禺区领取高龄津贴的老年人分别为…: what they count may stand between the list and 分别.
        const pairs = list.length > 1 ? RESPECTIVELY_AFTER.exec(text.slice(m.end, m.end + 24)) : null;
        if (pairs) this.respectively.push({ at: m.end + pairs[0].length, places: list.map((n) => n.region) });
        continue;
      }
      earlier.push(r.code);
      const aside = asideEnd(text, m.end);
      const part = aside === undefined ? breakdownEnd(text, m.start, m.end) : undefined;
      const until = aside ?? part;
      this.named.push({ start: m.start, end: m.end, region: r.region, ...(until === undefined ? {} : { until }), ...(part === undefined ? {} : { breakdown: true }) });
    }
    this.addTowns(text);
    // 成都全市: the whole of the place just named, not of the article's; 在全市率先: a ranking.
    const namedEnds = new Set(this.named.map((n) => n.end));
    const province = chain.find((r) => r.level === 'province');
    for (const m of text.matchAll(WHOLE)) {
      const end = m.index + m[0].length;
      if (namedEnds.has(m.index) || RANKED_AFTER.test(text.slice(end, end + 4)) || compared(text, m.index, end)) continue;
      // 全省 in a city's or a county's article is its province's, for its sentence (今年，全省…标准提高到每人每年七百元).
      if (m[0] === '全省' && province && own?.level !== 'province') {
        const until = indexOfAny(text, SENTENCE_END_CHARS, end);
        this.named.push({ start: m.index, end, region: province, until: until < 0 ? text.length : until });
      } else if ((!cityArticle && CITY_WHOLE.has(m[0])) || (m[0] === CITY_ALL && this.cityBelowBefore(m.index))) this.anaphora.push({ at: m.index, word: m[0] });
      else this.whole.push(m.index);
    }
    // 记者查阅市12345热线记录，今年1—4月，…投诉237件: a city body's own records speak of the whole city.
    if (cityArticle) {
      for (const m of text.matchAll(CITY_BODY)) if (!compared(text, m.index, m.index + 1)) this.whole.push(m.index);
      this.whole.sort((a, b) => a - b);
    }
    this.named.sort((a, b) => a.start - b.start);
    for (const m of text.matchAll(NATION)) {
      const end = m.index + m[0].length;
      if (!compared(text, m.index, end) && !NATION_TITLE.test(text.slice(end, end + 4))) this.nation.push(m.index);
    }
    const pointers = cityArticle ? [ANAPHORA] : [ANAPHORA, CITY_PROPER];
    for (const words of pointers) for (const m of text.matchAll(words)) if (!compared(text, m.index, m.index + m[0].length)) this.anaphora.push({ at: m.index, word: m[0] });
    this.anaphora.sort((a, b) => a.at - b.at);
    this.addCounted(text);
    this.addCountedWholes(text);
  }

  /**
   * Whether the place named last before `at` in its paragraph is a city under the article's
   * own (`崇州市…该市已建成…，覆盖全市80%的行政村` in 成都's article): `全市` is then that city's.
   */
  private cityBelowBefore(at: number): boolean {
    const paragraphStart = this.text.lastIndexOf('\n', at - 1) + 1;
    // A breakdown's city (其中晋江市…；全市…) no longer holds: 全市 is the whole again.
    const last = this.lastBefore(this.named, at, (n) => n.start >= paragraphStart && (n.until === undefined || at < n.until));
    return last !== undefined && !last.inferred && isCity(last.region) && last.region.id !== this.article && isWithin(last.region.code, this.article);
  }

  /** `两市分别` after `开封市、许昌市…`: the list of as many places before it in its paragraph, paired by 分别. */
  private addCounted(text: string): void {
    let i = -1;
    for (const m of text.matchAll(COUNTED_PLACES)) {
      while (i + 1 < this.lists.length && this.lists[i + 1].end <= m.index) i++;
      const list = this.lists[i];
      if (!list || m.index - list.end > COUNTED_WINDOW || text.slice(list.end, m.index).includes('\n')) continue;
      if (list.places.length !== COUNT[m[1]] || !list.places.every(COUNTED_KIND[m[2]])) continue;
      this.respectively.push({ at: m.index + m[0].length, places: list.places });
    }
    this.respectively.sort((a, b) => a.at - b.at);
  }

  /**
   * `四县`, `三市` after a list of as many places (`莎车县、泽普县、叶城县、巴楚县四县。…帮助四县农村劳动力…`):
   * the places together, for the rest of the sentence, as the smallest region holding them all.
   */
  private addCountedWholes(text: string): void {
    let i = -1;
    let added = false;
    for (const m of text.matchAll(COUNTED_WHOLE)) {
      while (i + 1 < this.lists.length && this.lists[i + 1].end <= m.index) i++;
      const fits = (l: { places: GazetteerRegion[] }) => l.places.length === COUNT[m[1]] && l.places.every(COUNTED_KIND[m[2]]);
      let list: (typeof this.lists)[number] | undefined = this.lists[i];
      if (!list || m.index - list.end > COUNTED_WINDOW || text.slice(list.end, m.index).includes('\n') || !fits(list)) {
        // 就业创业协同推进。四市全年…: the same places again, paragraphs after their list: the last list of as many
        // places of that kind.
        list = undefined;
        for (let j = i; j >= 0 && m.index - this.lists[j]!.end <= RECALLED_WINDOW; j--) {
          if (fits(this.lists[j]!)) {
            list = this.lists[j];
            break;
          }
        }
        if (!list) continue;
      }
      // 成都市…面向德眉资三市发布就业岗位: the places a figure is offered to are no place of it.
      if (counterpart(text, m.index, m.index + m[0].length) || SOURCE_NEAR.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
      const chains = list.places.map((p) => ancestorsOf(p.id));
      const region = chains[0]!.find((r) => chains.every((c) => c.some((x) => x.id === r.id)));
      if (!region) continue;
      const until = indexOfAny(text, SENTENCE_ENDS, m.index);
      this.named.push({ start: m.index, end: m.index + m[0].length, region, until: until < 0 ? text.length : until, sum: m[0] });
      added = true;
    }
    if (added) this.named.sort((a, b) => a.start - b.start);
  }

  /**
   * Towns named after their county or district (`康保县张纪镇`), and each later mention of
   * a town by its own name (`张纪新城`), added to the named places as that county's.
   */
  private addTowns(text: string): void {
    const towns = new Map<string, GazetteerRegion>();
    const learnedAt = new Set<number>();
    for (const n of this.named) {
      if (towns.size >= MAX_TOWNS) break;
      if (n.region.level !== 'county' && n.region.level !== 'district') continue;
      const town = TOWN_AFTER.exec(text.slice(n.end, n.end + 6));
      if (!town || NOT_TOWN.test(town[1])) continue;
      n.town = true;
      learnedAt.add(n.end);
      if (!towns.has(town[1])) towns.set(town[1], n.region);
      const communityAt = n.end + town[0].length;
      const community = COMMUNITY_AFTER.exec(text.slice(communityAt, communityAt + 5));
      if (!community || NOT_COMMUNITY.test(community[1])) continue;
      learnedAt.add(communityAt);
      if (!towns.has(community[1])) towns.set(community[1], n.region);
    }
    if (!towns.size) return;
    for (const [name, region] of towns) {
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
        if (learnedAt.has(at) || !TOWN_SUFFIX.test(text.slice(at + name.length, at + name.length + 3))) continue;
        this.named.push({ start: at, end: at + name.length, region, inferred: true, town: true });
      }
    }
    this.named.sort((a, b) => a.start - b.start);
  }

  /** The region a name alone stands for (a table row's `攸县`), if it is a place of the article's area. */
  regionNamed(name: string): string | undefined {
    const r = resolvePlace(name, regionOf(this.article)?.code);
    return r && !r.ambiguous && this.inArea(r.region) ? r.region.id : undefined;
  }

  /** Whether a place is the article's, above it, or inside the article's prefecture. */
  private inArea(r: GazetteerRegion): boolean {
    if (this.chain.has(r.code)) return true;
    if (this.partners.some((p) => p === r.code || isWithin(r.code, p))) return true;
    return this.scope !== undefined && isWithin(r.code, this.scope);
  }

  /**
   * The place of a figure at `at`, in a sentence starting at `sentenceStart` of a
   * paragraph starting at `paragraphStart`.
   */
  placeOf(at: number, sentenceStart: number, sentenceEnd: number, paragraphStart: number, figureEnd?: number): FigurePlace {
    const paired = this.pairedPlace(at, sentenceStart);
    if (paired) return { region: paired.id, inferred: false };
    // 128家宁波企业已到黔西南州投资兴业: a place right after the count, before the noun it counts, is whose they are.
    const owner = figureEnd === undefined ? undefined : this.ownerAfter(figureEnd);
    if (owner) return { region: owner.id, inferred: false };
    // 北仑区投入1200万元，为晴隆县改造乡镇卫生院5个: money is where it is spent, the place it is spent for.
    const spent = figureEnd === undefined ? undefined : this.spentFor(at, figureEnd);
    if (spent) return { region: spent.id, inferred: false };
    // 而全国的这一比例是百分之九十一点二: the country's, in the figure's own clause, after any place named.
    const nation = this.lastAt(this.nation, at, sentenceStart);
    if (nation >= 0 && !CLAUSE_END_RE.test(this.text.slice(nation, at)) && !this.lastBefore(this.named, at, (n) => n.start > nation)) return { region: NATIONWIDE, inferred: false };
    const total = this.listTotal(at, sentenceStart);
    if (total) return { inferred: false, ...total };
    const holds = (n: Named) => n.until === undefined || at < n.until;
    const named = this.lastBefore(this.named, at, (n) => n.start >= sentenceStart && holds(n));
    const whole = this.lastAt(this.whole, at, sentenceStart);
    const pointer = this.lastBefore(this.anaphora, at, (a) => a.at >= sentenceStart);
    const pointerAt = pointer?.at ?? -1;
    const namedAt = named?.start ?? -1;
    if (pointer && pointerAt > namedAt && pointerAt > whole) {
      const fits = POINTS_TO[pointer.word];
      const back = this.lastBefore(this.named, pointerAt, (n) => n.start >= paragraphStart && (n.until === undefined || n.breakdown === true || pointerAt < n.until) && fits(n.region));
      return { region: back ? back.region.id : this.article, inferred: false };
    }
    const items = named && namedAt > whole ? this.itemsPlace(at, sentenceStart) : undefined;
    if (items) return { region: items, inferred: false };
    if (named && namedAt > whole) return { region: (this.siteOf(named, at) ?? named).region.id, inferred: named.inferred === true, ...(named.sum ? { sum: named.sum } : {}) };
    if (whole >= sentenceStart || this.hasWholeIn(sentenceStart, sentenceEnd)) return { region: this.article, inferred: false };
    const speaker = this.speakerPlace(at);
    if (speaker && this.hasIn(this.firstPerson, sentenceStart, sentenceEnd)) return { region: speaker, inferred: false, fallback: 'speaker' };
    // “…一荤两素才十二块钱…”（字幕：镜湖区赭山街道居民　王秀英）: a resident's own figures are where they live,
    // as their caption or the clause naming them says (a guess: the words do not say it of the figure).
    const resident = this.residentPlace(at);
    if (resident) return { region: resident, inferred: true };
    const carried = this.lastBefore(this.named, sentenceStart, (n) => n.start >= paragraphStart && holds(n));
    // 孝南区11处…已全部整改，全市…46处…；承诺…12家: a whole named after the place ends it.
    const ended = carried !== undefined && this.lastAt(this.whole, sentenceStart, carried.end) >= carried.end;
    if (carried && !ended && carried.region.id !== this.article) return { region: carried.region.id, inferred: true };
    const scene = this.sceneBefore(sentenceStart, at);
    if (scene) return { region: scene.id, inferred: true };
    return { region: this.article, inferred: false, fallback: 'article' };
  }

  /** A place named right at `end` (a count's end) and going on into the noun counted: `128家宁波企业`, `18名黔西南州学生`. */
  private ownerAfter(end: number): GazetteerRegion | undefined {
    const i = lowerBound(this.named, end, (n) => n.start);
    const n = this.named[i];
    if (!n || n.start !== end || n.until !== undefined) return undefined;
    return OWNED_NOUN_AFTER.test(this.text.slice(n.end, n.end + 4)) ? n.region : undefined;
  }

  /**
   * The place a thing is set up in, when the place named last only names what it serves:
   * `在宁波新开设黔西南州农特产品展销馆86个`, `在甬新设黔西南州劳务工作站12个` are shops and stations in 宁波.
   */
  private siteOf(n: Named, at: number): Named | undefined {
    // Only the figure of the thing set up, in its clause (not 认定帮扶产品1260款 after a comma).
    if (CLAUSE_END_RE.test(this.text.slice(n.end, at))) return undefined;
    const i = lowerBound(this.named, n.start, (x) => x.start);
    const site = this.named[i - 1];
    if (!site || site.until !== undefined || this.text[site.start - 1] !== '在') return undefined;
    return SET_UP_BETWEEN.test(this.text.slice(site.end, n.start)) ? site : undefined;
  }

  /** An amount of money followed by the place it is spent for: `投入1200万元，为晴隆县…`, `安排500万元用于康保县…`. */
  private spentFor(at: number, end: number): GazetteerRegion | undefined {
    if (!MONEY_UNIT.test(this.text.slice(at, end))) return undefined;
    const m = SPENT_FOR_AFTER.exec(this.text.slice(end, end + 8));
    if (!m) return undefined;
    const n = this.named[lowerBound(this.named, end + m[0].length, (x) => x.start)];
    return n && n.start === end + m[0].length && n.until === undefined ? n.region : undefined;
  }

  /** The place named in the clause of the private person whose quotation holds `at`. */
  private residentPlace(at: number): string | undefined {
    const speaker = privateSpeakerAt(this.text, at);
    if (!speaker) return undefined;
    // 家住资阳市雁江区的市民: the place named last in the clause, the most specific (found by binary search: a
    // text of many quotations and places stays linear).
    for (let i = lowerBound(this.named, speaker.end, (n) => n.start) - 1; i >= 0 && this.named[i]!.start >= speaker.start; i--) {
      if (this.named[i]!.end <= speaker.end) return this.named[i]!.region.id;
    }
    return undefined;
  }

  /**
   * The place of a scene before `at` that still holds: walking back, only mentions of the
   * scene's own county or district (`望平社区` again) lie between, and no other place, no
   * whole (`全市`) and no pointing word (`全区`).
   */
  private sceneBefore(at: number, figure = at): GazetteerRegion | undefined {
    if (!this.figures) return undefined;
    // A bulleted line (`▶全年新招聘教师1260名`) is an item of the post's own list, not the scene's narrative.
    if (BULLET_LINE.test(this.text.slice(this.paragraphAround(figure)[0], figure))) return undefined;
    const other = Math.max(this.lastAt(this.whole, at, 0), this.lastBefore(this.anaphora, at, () => true)?.at ?? -1);
    const end = lowerBound(this.named, at, (n) => n.start);
    let region: GazetteerRegion | undefined;
    for (let i = end - 1; i >= Math.max(0, end - LOOK_BACK); i--) {
      const n = this.named[i]!;
      // A place in an aside or a breakdown holds only there: it neither sets nor ends a scene.
      if (n.until !== undefined) continue;
      if (n.start < other) return undefined;
      region ??= n.region;
      if (n.region.id !== region.id || region.id === this.article) return undefined;
      if (n.town && !this.hasFigureOutsideQuotes(...this.paragraphAround(n.start))) return this.sectionBreakBetween(n.start, at) ? undefined : region;
    }
    return undefined;
  }

  /**
   * Whether a paragraph holds a figure outside quotation marks: a resident's own words
   * (`她说：“一荤两素才12块钱…”`) do not make a scene a report.
   */
  private hasFigureOutsideQuotes(start: number, end: number): boolean {
    for (let i = lowerBound(this.figures!, start, (x) => x); i < this.figures!.length && this.figures![i]! < end; i++) {
      const at = this.figures![i]!;
      const before = this.text.slice(start, at);
      if (before.lastIndexOf('“') <= before.lastIndexOf('”')) return true;
    }
    return false;
  }

  /**
   * Whether a heading or separator lies between a scene and a figure (`━━━━━━`, `02 养老篇 👴`): a short
   * line with no sentence end and no figure of its own. A feature's scene holds paragraphs on, not into the next section.
   */
  private sectionBreakBetween(scene: number, at: number): boolean {
    let [, from] = this.paragraphAround(scene);
    for (let lines = 0; from < at; lines++) {
      if (lines > MAX_SCENE_LINES) return true;
      const [start, end] = this.paragraphAround(from + 1);
      const line = this.text.slice(start, end).trim();
      if (line && line.length <= BREAK_LINE_CHARS && !SENTENCE_MARK.test(line) && !this.hasIn(this.figures!, start, end)) return true;
      from = end;
    }
    return false;
  }

  /** The start and end of the paragraph (line) holding `at`, by binary search: a line may be a page long. */
  private paragraphAround(at: number): [number, number] {
    this.lineBreaks ??= [...this.text.matchAll(/\n/gu)].map((m) => m.index);
    const i = lowerBound(this.lineBreaks, at, (x) => x);
    return [i > 0 ? this.lineBreaks[i - 1]! + 1 : 0, this.lineBreaks[i] ?? this.text.length];
  }

  /** The place of the official whose turn `at` lies in: their title's level or the place it names. */
  private speakerPlace(at: number): string | undefined {
    const turn = turnAt(this.turns, at);
    if (!turn?.official) return undefined;
    if (!this.speakers.has(turn.speaker)) this.speakers.set(turn.speaker, this.placeOfTitle(turn.speaker));
    return this.speakers.get(turn.speaker);
  }

  private placeOfTitle(title: string): string | undefined {
    const level = BODY_LEVEL.exec(title)?.[1];
    // In a county-level city's article (瑞金市), its 市民政局 is its own.
    if (level === '市') return this.level === 'county' && this.articleName.endsWith('市') ? this.article : this.city;
    if (level) return this.level === 'district' || this.level === 'county' ? this.article : undefined;
    const within = regionOf(this.article)?.code;
    for (const m of findPlaceMentions(title, within ? { within } : {})) {
      const r = resolvePlace(m.name, within);
      if (r && !r.ambiguous && this.inArea(r.region)) return r.region.id;
    }
    return undefined;
  }

  /**
   * The place of a figure that totals a list of names right before it (`沂源县19.4万件，高新区、
   * 经济开发区、文昌湖区合计12.5万件`): the smallest region holding every place listed when each
   * is one the gazetteer knows, else the article's (functional zones are in no gazetteer).
   */
  private listTotal(at: number, sentenceStart: number): { region: string; sum: string } | undefined {
    const before = this.text.slice(Math.max(sentenceStart, at - 80), at);
    // The total word ends in 计 or 共 a few characters before the figure: most figures have none, and skip the regex's search.
    const tail = before.slice(-14);
    if (!tail.includes('计') && !tail.includes('共')) return undefined;
    const m = LIST_TOTAL_BEFORE.exec(before);
    if (!m) return undefined;
    const listStart = at - before.length + m.index;
    const listEnd = listStart + m[1]!.length;
    const items = m[1]!.split(/[、和及]/u).length;
    const list = this.lists.find((l) => l.start >= listStart && l.end <= listEnd);
    const sum = m[1]!;
    if (!list || list.places.length !== items) return { region: this.article, sum };
    const chains = list.places.map((p) => ancestorsOf(p.id).map((r) => r.id));
    return { region: chains[0]!.find((id) => chains.every((c) => c.includes(id))) ?? this.article, sum };
  }

  /**
   * Items of a list each headed by a place (`澧县城东学校、安乡县深柳镇中心小学已于8月底前投入使用，
   * 新增学位2160个`): a figure after them with no figure between is their sum, the smallest region
   * holding every place. (Not `章贡区1850套、赣县区760套`: each place has its figure.)
   */
  private itemsPlace(at: number, sentenceStart: number): string | undefined {
    const end = lowerBound(this.named, at, (n) => n.start);
    const last = this.named[end - 1];
    if (!last || last.start < sentenceStart || FIGURE_DIGIT.test(this.text.slice(last.end, at)) || /分别/u.test(this.text.slice(last.end, at))) return undefined;
    const regions = [last.region];
    let head = last;
    for (let i = end - 2; i >= 0 && this.named[i]!.start >= sentenceStart; i--) {
      const n = this.named[i]!;
      const between = this.text.slice(n.end, head.start);
      // 安乡县深柳镇: a town right after its county is the same item.
      if (!between && n.region.id === head.region.id) head = n;
      else if (LIST_ITEM_THEN.test(between)) {
        regions.push(n.region);
        head = n;
      } else break;
    }
    if (new Set(regions.map((r) => r.id)).size < 2) return undefined;
    const chains = regions.map((r) => ancestorsOf(r.id).map((a) => a.id));
    return chains[0]!.find((id) => chains.every((c) => c.includes(id)));
  }

  /**
   * The place 分别 pairs with the figure at `at`: the n-th place of the list for the n-th
   * number after 分别 in its clause (`洛龙区、涧西区分别竣工4所、3所`: 3所 is 涧西区's).
   */
  private pairedPlace(at: number, sentenceStart: number): GazetteerRegion | undefined {
    const list = this.lastBefore(this.respectively, at + 1, () => true);
    if (!list || list.at < sentenceStart || at - list.at > PAIRING_WINDOW) return undefined;
    const between = this.text.slice(list.at, at);
    if (PAIRING_ENDS.test(between)) return undefined;
    return list.places[between.match(/\d+(?:\.\d+)?/gu)?.length ?? 0];
  }

  private hasWholeIn(start: number, end: number): boolean {
    return this.hasIn(this.whole, start, end);
  }

  /** Whether a position of the sorted `positions` lies in [start, end). */
  private hasIn(positions: readonly number[], start: number, end: number): boolean {
    const i = lowerBound(positions, start, (x) => x);
    return i < positions.length && positions[i] < end;
  }

  /**
   * The last of the position-sorted `items` before `at` that `ok` accepts, looking back no
   * further than LOOK_BACK items (bounded work per figure on any text).
   */
  private lastBefore<T extends { start: number } | { at: number }>(items: readonly T[], at: number, ok: (t: T) => boolean): T | undefined {
    const pos = (t: T) => ('start' in t ? t.start : t.at);
    const end = lowerBound(items, at, pos);
    for (let i = end - 1; i >= Math.max(0, end - LOOK_BACK); i--) if (ok(items[i])) return items[i];
    return undefined;
  }

  private lastAt(sorted: readonly number[], at: number, floor: number): number {
    const i = lowerBound(sorted, at, (x) => x) - 1;
    return i >= 0 && sorted[i] >= floor ? sorted[i] : -1;
  }
}

/** Index of the first item whose position is at or after `at`. */
function lowerBound<T>(items: readonly T[], at: number, pos: (t: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pos(items[mid]) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
