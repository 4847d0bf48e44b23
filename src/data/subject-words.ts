/**
 * The words of a figure's subject: cut to a chart title's length (tailOf), named with the
 * town (townNamed) or the places summed (sumNamed), glossed with what was done (actedGloss),
 * and judged clear or not (subjectUnclear, beforeDe, benefitElsewhere).
 */
import type { Indicator, Observation } from './types.js';
import { findIndicator } from './attribute.js';
import { findPlaceMentions } from './gazetteer.js';

/** The longest subject kept: a chart title's worth. */
export const MAX_SUBJECT = 16;

/** The town's whole, which its name says instead: `全镇`, `我镇`. */
const TOWN_WHOLE = /^(?:全镇|我镇|全乡|我乡|全街道)/u;

/** Whether `words` are a place's name and nothing else (`亭湖区`). */
export function onlyPlace(words: string): boolean {
  const found = findPlaceMentions(words);
  return found.length === 1 && found[0]!.start === 0 && found[0]!.end === words.length;
}

/** A visit and where (`问政记者暗访孝南区`): the place. */
const VISITED_PLACE = /(?:暗访|走访|探访|蹲点|巡查)(\p{Script=Han}{2,8})$/u;

/**
 * A town's own figure named by the town (`鹭江街道网格员入户走访`), when the name fits whole
 * beside it; else its own words uncut (`镇海社区新增长者食堂助餐点`, never `鹭江街道海社区…`): the
 * indicator names the town.
 */
export function townNamed(town: string, subject: string): string {
  // (在镇海社区新增…: the community is the name's place, not a preposition's; 社区已累计加装电梯 on
  // 镇海社区's line: its 社区 is that one.)
  const level = /(?:社区|村)$/u.exec(town)?.[0];
  const own = subject.replace(TOWN_WHOLE, '').replace(level ? new RegExp(`^(?:全|本|该)?${level}(?=\\p{Script=Han}{2})`, 'u') : /$^/u, '').replace(/^镇(?=\p{Script=Han}{3})/u, '').replace(/^[在于](?=\p{Script=Han}{2,6}(?:社区|村|小区))/u, '');
  if (own.startsWith(town)) return tailOf(own);
  return town.length + own.length <= MAX_SUBJECT ? town + own : tailOf(own);
}

/** Whether a subject joins things of two kinds the lexicon knows apart (`乡镇卫生院和村卫生室`; not `新建、改扩建中小学`). */
export function ofTwoKinds(subject: string, unit: string): boolean {
  const parts = subject.replace(GLOSS, '').split(/[和及与、]/u);
  if (parts.length < 2 || parts.some((p) => p.length < 2)) return false;
  const kinds = parts.map((p) => findIndicator(p, p, '', unit)?.id);
  return kinds.every((k) => k !== undefined) && new Set(kinds).size > 1;
}

const CHINESE_COUNT = ['', '', '两', '三', '四', '五', '六', '七', '八', '九', '十'];
/**
 * The places a sum is of, as a subject opens with them: all of them when they fit (`张店区、淄川区、博山区`),
 * else the first and how many (`张店区等三区`): never a cut list that names some as all.
 */
export function sumNamed(sum: string, subject: string): string {
  if (sum.length + subject.length <= MAX_SUBJECT) return sum;
  const names = sum.split(/[、和及]/u);
  const kinds = new Set(names.map((n) => n.at(-1)));
  const count = CHINESE_COUNT[names.length];
  if (names.length < 2 || !count) return sum;
  return `${names[0]}等${count}${kinds.size === 1 ? [...kinds][0] : '地'}`;
}

/** The end of a long subject, not starting inside a number (`60岁以上…`, never `0岁以上…`). */
export function tailOf(subject: string, max = MAX_SUBJECT): string {
  // 本年新收政府信息公开申请数量（自然人）: a table column's gloss is kept whole, as a unit's is.
  const gloss = GLOSS_OF_UNIT.exec(subject)?.[0] ?? COLUMN_GLOSS.exec(subject)?.[0] ?? '';
  const stem = subject.slice(0, subject.length - gloss.length);
  if (stem.length <= max) return subject;
  // 这个老城区街道的60岁以上老人占常住人口: past a relative clause's 的, where the noun phrase begins.
  const de = stem.lastIndexOf('的');
  if (de >= 0 && stem.length - de - 1 <= max && stem.length - de - 1 >= 4) return stem.slice(de + 1) + gloss;
  // 新时代文明实践所共组织志愿服务活动: the organiser and what it held, without the verb between, when that fits.
  const joined = stem.replace(JOINING_VERB, '');
  if (joined !== stem && joined.length <= max) return joined + gloss;
  let from = stem.length - max;
  while (from > 0 && /[\d.]/u.test(stem[from - 1]!)) from--;
  // 以上独居老人免费安装…: a cut starts after the word it would split, never inside it (上独居老人…).
  const boundary = WORD_END.exec(stem.slice(Math.max(0, from - 1), from + 4));
  if (boundary && from > 0) {
    const at = Math.max(0, from - 1) + boundary.index + boundary[0].length;
    if (at >= from && stem.length - at >= 4) from = at;
  }
  return stem.slice(from) + gloss;
}

/** A verb joining an organiser (a 所, 站, 中心…) and what it held, inside a long name (`…实践所共组织志愿服务活动`). */
const JOINING_VERB = /(?<=\p{Script=Han}(?:所|站|馆|室|队|会|中心|街道|社区))共?(?:组织|开展|举办)(?=\p{Script=Han}{2})/u;

/**
 * Words a long name may be cut after: a bound, 的, a preposition or a list's joint, or a noun of people that ends
 * a word (…人口|家庭医生…: never 口家庭医生…).
 */
const WORD_END = /以上|以下|以内|的|[为向对给在和及、]|人口|人员|群众|困难|家庭/u;

/**
 * What the things counted did or had done, right after them (and the rest of their 、 list) in their clause:
 * `…加入工会`, `…逐步完成治理任务`, `…搬进“新家园”`, `…实现“出棚进楼”的幸福跨越`, `…享受到这一政策红利`.
 */
const ACTED = /(?:逐步|陆续|先后|相继|顺利|成功|率先|均|全部|都|已经?)*(达到|加入|完成|实现|享受到?|搬进|搬入|迁入|住进|入住)([^，,；;。、]{1,12})/u;

/** A verb inside the words before such a predicate: another predicate, an item's own (`…完成改造、168所…达到…`). */
// (Not words a noun may hold: 搬迁群众, 改造项目, 建设任务.)
export const OWN_VERB = /已|正在|建成|开展|进行|实施|提供|投入|获得|参加|达标|开工|完工|竣工|投用/u;

/** A list item after the figure's own noun: its number and noun (`168所社区卫生服务站`). */
const LIST_ITEM = /^\d+(?:\.\d+)?[万亿]?[余多]?\p{Script=Han}?\p{Script=Han}{1,12}$/u;

/** Words no gloss keeps: a pointer back (这一), a quote's marks, what closes the object (的…, 任务). */
// (完成年度任务: the year's task, no work named; nothing is left to gloss.)
const ACTED_OBJECT_END = /(?:的|并(?=[对向在为与将把])).*$|(?:年度|全年|年初)?(?:目标)?(?:任务|计划)$/u;

/** Figures of speech for a change (`完成华丽变身`, `实现蝶变`, `焕然一新`): no gloss of what was done. */
const FIGURATIVE = /变身|蝶变|嬗变|蜕变|华丽|焕然|焕新|新颜|涅槃|跨越/u;

/** A benefit named only by pointing back (`享受到这一政策红利`, `享受到这项便利`): which, the clause does not say. */
const POINTS_BACK = /^了?(?:这一|这项|这些|这个|该|此|其)/u;

/**
 * The words after a figure up to the end of its own list item when that item says what its things did
 * (`20个村卫生室完成标准化改造、15个…达到基本标准`: not the standard the next item met), else all of them.
 */
export function ownPredicate(rest: string): string {
  const next = /、(?=\d)/u.exec(rest);
  if (!next) return rest;
  const own = rest.slice(0, next.index);
  return OWN_VERB.test(own) || ACTED.test(own) ? own : rest;
}

/**
 * What the things a figure counts did or had done (`加入工会`, `完成治理`), said after them in their clause,
 * across the rest of their 、 list (`3972所村卫生室、168所社区卫生服务站达到基本标准`: both met it), never
 * an item's own predicate (`…完成改造、168所…达到基本标准`: the first did not meet it).
 */
export function actedGloss(rest: string): string | null | undefined {
  const m = ACTED.exec(rest);
  if (!m) return undefined;
  const [own, ...items] = rest.slice(0, m.index).split('、');
  // (13个乡镇小学的400余名学生…实现进城上学: a figure between, whose things did it.)
  if (OWN_VERB.test(own!) || /\d/u.test(own!) || items.some((item) => !LIST_ITEM.test(item) || OWN_VERB.test(item))) return undefined;
  // (null: they did something the clause only points back to, a guess what.)
  if (POINTS_BACK.test(m[2]!)) return null;
  const object = m[2]!.replace(/[“”「」『』"]/gu, '').replace(/^了/u, '').replace(ACTED_OBJECT_END, '');
  // (完成华丽变身, 实现蝶变: a figure of speech says no work; the things are named without it.)
  if (FIGURATIVE.test(object)) return undefined;
  if (m[1] === '达到') return /标准$/u.test(object) ? `达到${object.slice(-4)}` : undefined;
  // (承诺提档升级的12家农贸市场已完成9家: another figure, how many of them did it, no gloss of theirs.)
  if (object.length < 2 || /\d/u.test(object)) return undefined;
  return `${m[1]!.replace(/到$/u, '')}${object}`.slice(0, 10);
}

/** The things counted, then whom they pair or sign with (`中小学与望谟县的学校结对`, `医疗机构与托育机构签订合作协议`). */
const PARTNERED = /(?:已经?|均|都|全部|共同)?(与|同|跟)(\p{Script=Han}[^，,；;。\d]{1,30}?)(结对(?:帮扶)?|结成[^，,；;。]{1,6}|签订[^，,；;。]{1,8}|签约|开展合作|合作|对接)(?=$|[，,；;。])/u;
/** The things counted, then where they went to invest (`宁波企业已到黔西南州投资兴业`). */
/** The places counted, then what was set up at their gates (`中小学校门口设置“护学岗”`). */
const SET_UP_AT = /(门口|周边|附近)(设置|设立|安装|开设|配备|增设)[“”"「」]?(\p{Script=Han}{2,8}?)[“”"「」]?(?=$|[，,；;。])/u;
const WENT_TO_INVEST = /(?:已经?|均|都|先后|陆续)?(到|赴)(\p{Script=Han}{2,8}?)(投资兴业|投资|兴业|落户|设厂|建厂)(?=$|[，,；;。])/u;

/**
 * Whom the things a figure counts paired with, where they went to invest or what was set up at them, said after them in their
 * clause (`38所中小学与望谟县的学校结对` → 与望谟县学校结对, `128家宁波企业已到黔西南州投资兴业`, `26所中小学校门口设置护学岗`): what they
 * are counted for, which the noun alone drops (QA s13 A3). Null when it is too long for a gloss: the
 * chart then flags the figure rather than name the things alone.
 */
export function partnerGloss(rest: string): string | null | undefined {
  const m = PARTNERED.exec(rest) ?? WENT_TO_INVEST.exec(rest) ?? SET_UP_AT.exec(rest);
  // (The words before it are the things' name, no verb of theirs: 结对 is what the counted things did.)
  if (!m || OWN_VERB.test(rest.slice(0, m.index)) || /\d/u.test(rest.slice(0, m.index))) return undefined;
  const gloss = `${m[1]}${m[2]!.replace(/的/gu, '')}${m[3]}`;
  return gloss.length <= 12 ? gloss : null;
}

/** Whether the things a figure counts went through a change said only as a figure of speech (`完成了“华丽变身”`). */
export function figurativeChange(rest: string): boolean {
  const m = ACTED.exec(rest);
  return !!m && FIGURATIVE.test(m[2]!) && !OWN_VERB.test(rest.slice(0, m.index));
}

const PEOPLE_LIST = /^\p{Script=Han}{1,6}、\p{Script=Han}{1,8}?(?:患者|人员|老年人|老人|儿童|学生|群众|家庭|残疾人|对象)$/u;

/** Money named by what it paid for (`研学实践基地投入`, `…学校筹措资金`): the verb of money ending it is no part of the name's length. */
const FUNDS_TAIL = /(?:筹措|筹集|投入|投资|拨付)(?:资金|经费)?$/u;

/** A zone's name opening a label (`资阳临空经济区落地项目`): where, as a town's name is, no part of the name's length. */
const ZONE_LEAD = /^\p{Script=Han}{2,6}?(?:经济区|开发区|高新区|产业园区?|工业园区?|保税区|示范区|试验区)(?=\p{Script=Han}{2})/u;

/** A hospital's or school's name opening a label (`第一人民医院新院区新增床位`): whose, no part of the name's length. */
const INSTITUTION_LEAD = /^\p{Script=Han}{2,10}(?:医院|院区|卫生院|学校|中学|小学|幼儿园|校区)(?=(?:新增|容纳|提供)\p{Script=Han}{2})/u;

/** The short words of such a list, no part of the name's length. */
const LISTED_LEAD = /^(?:\p{Script=Han}{1,3}、)+/u;

/** Short words listed before the noun they share (`新建、改建…学校`, `市、县防贫中心`): one name, not a list of things. */
const SHARED_HEAD_LIST = /^(?:\p{Script=Han}{1,3}、)+\p{Script=Han}{2,}$/u;

/**
 * Bare words for places and administrative units: counted (`9个省份18个城市的…岗位资源`,
 * `全市14个县区已组建…`), they say where something happens, not what is counted.
 */
const PLACE_WORD = /^(?:省|省份|城市|市|县|区|县区|区县|乡|镇|乡镇|村|行政村|自然村|街道|社区|村居)$/u;

/**
 * A subject that is no clean noun phrase naming what is counted: empty, a clause (的,
 * 了, punctuation), or, for an indicator made from it (which charts label with it), long
 * or only a place word; a canonical indicator names the figure by the lexicon's name
 * (`城镇居民人均可支配收入` is long and clear). A figure derived from the one before
 * (`增长5.1%`) is as clear as that one.
 */
export function subjectUnclear(subject: string, indicator: Indicator, base: Observation | undefined, modifier = false): boolean {
  if (base) return base.flags?.includes('subject_unclear') ?? false;
  // A list is no name, unless its items share the noun of who is counted (高血压、糖尿病患者).
  // (高龄津贴标准（80至89周岁，每人每月）: a tier's gloss pairs who and the unit, no list.)
  if (!subject || /[的了,，]/u.test(subject.replace(TIER_GLOSS, '')) || (subject.includes('、') && !PEOPLE_LIST.test(subject) && !SHARED_HEAD_LIST.test(subject.replace(GLOSS, '')))) return true;
  // 问政记者暗访孝南区3个…小区: who visited where, not what was counted.
  const visited = VISITED_PLACE.exec(subject)?.[1];
  if (visited && onlyPlace(visited)) return true;
  // 十大项目中有8个满意度提高: things counted by what rose for them, no thing named (投诉信件下降20.88% is a rate, named).
  if (!indicator.canonical && indicator.unit !== '%' && /^\p{Script=Han}{2,4}(?:提高|下降|上升)$/u.test(subject)) return true;
  // 大东坝镇增速最快，增长8.4%: a change alone names nothing that changed.
  if (CHANGE_ALONE.test(subject)) return true;
  return !indicator.canonical && (modifier || SPEAKER_ONLY.test(subject) || COMPARED_ONLY.test(subject) || [...subject.replace(GLOSS, '')].length < 2 || subject.replace(GLOSS, '').replace(ZONE_LEAD, '').replace(INSTITUTION_LEAD, '').replace(LISTED_LEAD, '').replace(NEW_VERB, '').replace(WORKS_INSIDE, '').replace(FUNDS_TAIL, '').length > 10 || PLACE_WORD.test(subject.replace(GLOSS, '')) || NO_NOUN.test(subject.replace(GLOSS, '').replace(TOWN_LEAD_NAME, '')));
}

/** A change with nothing said to change: `增长`, `同比增长`, `比上年增加`. */
const CHANGE_ALONE = /^(?:同比|比上年|比去年)?(?:增长|增加|减少|下降|提高|上升|降低|增幅|增速)$/u;

/**
 * Words of speech that name no thing priced or counted: the speaker (`我和老伴每月在食堂花`, `自己只掏`, `上门陪我…`),
 * where (`屋里`), or a span of time and what it costs (`一个月能省下`, `每个月能领`, `一次`).
 */
const SPEAKER_ONLY = /^(?:我|自己|咱|俺)|(?:陪|给|帮|带|让|跟)我|^(?:屋里|家里|屋子里|家中)$|^(?:每|一)个?(?:月|天|周|年|次|餐|顿)(?:能|可以?|就|才|只|也)?(?:省下?|领|花|掏|交|付|要)?$/u;

/** A comparison with nothing compared (`比年初计划多出`, `增速高于城镇居民`, `超出配备标准`): what differs, the words before do not say. */
const COMPARED_ONLY = /^(?:比(?![例重率])|较(?![大高低小多少好差])|增速|增幅|超出)(?=\p{Script=Han})/u;

/** Who one tier of a standard is for (`80至89周岁`, `100周岁以上`, `重度失能`), glossed with the standard's unit. */
const TIER = /^((?:\d+至\d+|\d+)周岁(?:以上|以下)?|[轻中重]度失能|半失能|失能)（(每人每[月年])）$/u;

/** The gloss tierOfStandard writes: the tier, then the unit. */
const TIER_GLOSS = /（[^（），]{2,10}，每人每[月年]）$/u;

/** A standard set out tier by tier after a colon (`标准调整为：`, `补贴标准分为三档：`), to the figure. */
const TIERS_AFTER = /标准[^。；;：:]{0,8}[：:][^。]*$/u;

/** A benefit a paragraph names (`按月领取高龄津贴`, `可申请养老服务补贴`), and the verb before it that is no part of it. */
const BENEFIT_NAMED = /\p{Script=Han}{2,6}(?:津贴|补贴|补助金|救助金|抚恤金)/gu;

const BENEFIT_VERB = /^.*(?:领取|发放|申请|享受|给予)/u;

/**
 * The name of a standard's tier (`高龄津贴标准（80至89周岁，每人每月）`): the benefit the paragraph named last
 * before the colon that sets out the tiers, or the bare 标准 when it named none.
 */
export function tierOfStandard(subject: string, sentenceBefore: string, paragraphBefore: string): string | undefined {
  const tier = TIER.exec(subject);
  const tiers = tier ? TIERS_AFTER.exec(sentenceBefore) : null;
  if (!tier || !tiers) return undefined;
  const head = paragraphBefore.slice(0, Math.max(0, paragraphBefore.length - sentenceBefore.length + tiers.index));
  const benefit = [...head.matchAll(BENEFIT_NAMED)].at(-1)?.[0].replace(BENEFIT_VERB, '') ?? '';
  return `${benefit.length >= 2 ? benefit : ''}标准（${tier[1]}，${tier[2]}）`;
}

/** A verb that says the things counted are new (`新建社区嵌入式托育机构`): part of the name, not of its length. */
// (So is work done on things that stood, attribute.ts WORKED_ON: 改造城镇老旧小区涉及居民.)
const NEW_VERB = /^(?:新建改建|新建[和、及]?改造(?:提升)?|新改扩建|新改建|新建|增加|改造提升|提升改造|提质改造|升级改造|提档升级|改造|更换|翻新|维修|修缮|惠及)/u;

/** The same words of building inside a name (`义务教育学校新改扩建项目`): no part of its length either. */
const WORKS_INSIDE = /新改扩建|新建改建|新改建|改扩建/u;

/** A unit glossed on a name (`城乡低保标准（每人每月）`): no part of its length. */
export const GLOSS_OF_UNIT = /（每人每[月年]）$/u;

/** Any gloss ending a name (`（每人每月）`, `（达到基本标准）`, `（一体化管理）`): no part of the name's length. */
export const GLOSS = /（[^（）]{1,12}）$/u;

/** A table column's gloss on its row's name (tables.ts rowHeadOf): `（自然人）`, `（本年制发件数）`. */
export const COLUMN_GLOSS = /（[^（）]{1,10}）$/u;

/** A street's or town's name opening a subject (townNamed: `鹭江街道办结`): the rest names the thing, or nothing. */
const TOWN_LEAD_NAME = /^\p{Script=Han}{2,4}(?:街道|镇|乡)(?=\p{Script=Han}{2})/u;

/** What names no thing: a verb alone (`覆盖`, `完工`), a clause with its predicate (`活动已开展演出`), or where from (`超八成来自民营企业`). */
// (改造任务, 建设工程: the work of the year, but on what, the clause does not say.)
// (各类业务, 报名参加学生: kinds of anything, taking part in what, the subject does not say.)
const NO_NOUN = /^(?:完成|建成|竣工|完工|投用|投运|施工|开工|建设|新增|改造|覆盖|惠及|带动|实现|涉及|办结|受理|办理)+(?:任务|工程|项目)?$|已|正在|^来自|^(?:各类|各项|各种)?(?:业务|事项|问题|情况)$|^(?:报名)?参加\p{Script=Han}{1,3}$|^(?:总)?(?:面积|投入|投资)$/u;

/**
 * Whether the words after a figure, taken as its subject, go on with 的: `两张对比强烈的照片`
 * counts photos, not 对比强烈, and `13个乡镇小学的400余名学生` may count either. Which noun is
 * counted is then the pipeline's guess.
 */
export function beforeDe(after: string, subject: string, from: 'before' | 'after'): boolean {
  const at = after.indexOf(subject);
  return from === 'after' && at >= 0 && after.slice(at + subject.length).trimStart().startsWith('的');
}

/**
 * Whether the words after a figure count people only as those who enjoy a benefit the
 * figure's clause does not name (`21.5万名患者享受到这项便利`, `2.97万名幼儿从中受益`): a chart
 * titled 患者 says nothing of what they got.
 */
export function benefitElsewhere(after: string, subject: string, from: 'before' | 'after'): boolean {
  const at = after.indexOf(subject);
  return from === 'after' && at >= 0 && subject.length <= 3 && /^\s*(?:全部|均|都)?(?:享受|受益|从中|获益)/u.test(after.slice(at + subject.length));
}

/** An investment named by no thing: 完成投资, 实际完成投资, 年度计划投资, (计划)总投资. */
const BARE_INVESTMENT = /^(?:全年|实际|累计)?(?:完成投资|(?:年度)?计划(?:总)?投资|总投资)$/u;
/** A satisfaction named by no thing: 群众满意度, 满意率. */
const BARE_SATISFACTION = /^(?:群众|市民|居民)?满意(?:度|率)$/u;
/** A 民生实事 programme as the text names it, with its size: 十件民生实事, 十二类民生实事, 市级重点民生实事. */
const PROGRAMME_NAME = /(?:[\d一二三四五六七八九十]+[件项类大]|十大)?(?:重点)?(?:民生实事|为民办实事|惠民实事)/gu;

/**
 * A bare investment of a report on a 民生实事 programme is the programme's (十件民生实事完成投资), named by it as
 * the text last did before the figure; a total (总投资) only when its own sentence names the programme, since
 * a project's total (第二中学新校区…总投资3.8亿元) is as common. Undefined when it is no bare investment or no
 * programme is named.
 */
export function programmeInvestment(subject: string, textBefore: string, sentenceBefore: string): string | undefined {
  const satisfaction = BARE_SATISFACTION.test(subject);
  if (!BARE_INVESTMENT.test(subject) && !satisfaction) return undefined;
  // (…十件民生实事项目全部按期完成，…，群众满意度达到97.2%: the people's verdict on the programme its sentence names.)
  const where = subject.endsWith('总投资') || satisfaction ? sentenceBefore : textBefore;
  const named = [...where.matchAll(PROGRAMME_NAME)].at(-1)?.[0];
  return named ? named + subject : undefined;
}

/** 小区 alone, glossed with a state, or with a rate of progress: `小区`, `小区（已完工）`, `小区完工率`. */
const BARE_COMPOUNDS = /^小区(?=$|（[^（）]*）$|(?:完工|开工|完成)率$)/u;
/** How far back the words that say which compounds a bare 小区 means may be. */
const COMPOUNDS_WINDOW = 300;

/**
 * A bare 小区 where the words just before speak of 老旧小区 (其余26个小区正在施工 under 城镇老旧小区改造) means
 * those: named as the lexicon names the work (老旧小区改造) when its renovation is what they speak of, never
 * 小区 alone, which reads as every compound of the place. Undefined when the subject is no bare 小区 or
 * nothing before names 老旧小区.
 */
export function oldCompounds(subject: string, textBefore: string): string | undefined {
  if (!BARE_COMPOUNDS.test(subject)) return undefined;
  const window = textBefore.slice(-COMPOUNDS_WINDOW);
  if (!window.includes('老旧小区')) return undefined;
  return (/老旧小区改造|改造\p{Script=Han}{0,2}老旧小区/u.test(window) ? '老旧小区改造' : '老旧小区') + subject.slice(2);
}

const COUNT_OF: Record<string, number> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5 };
/** A count of places after their names run together (德眉资三市: 德阳、眉山、资阳). */
const PLACES_COUNTED = /[两二三四五](?:市|县|区|地)/gu;

/** The run-together names of a count of places in `words` (德眉资 of 德眉资三市), one character a place, and where they start. */
function abbreviatedPlaces(words: string): { name: string; at: number; end: number } | undefined {
  for (const m of words.matchAll(PLACES_COUNTED)) {
    const n = COUNT_OF[m[0][0]!]!;
    const at = m.index! - n;
    const name = words.slice(at, m.index);
    if (at >= 0 && /^\p{Script=Han}+$/u.test(name) && !/[全各等共有市省区县十第]/u.test(name) && !/[\d一二三四五六七八九十]/u.test(words[at - 1] ?? '')) return { name, at, end: m.index! + m[0].length };
  }
  return undefined;
}

/**
 * A figure of places named run together (德眉资三市共有152所中小学, 德眉资三市参保人员…627万人次), filed under the
 * region that holds them, is named by them: the count word dropped from a name that has them (德眉资参保人员…),
 * or their names put before one that has not (德眉资中小学…), never a label the holding province seems to own.
 */
export function ofAbbreviatedPlaces(subject: string, clauseBefore: string): string {
  const inName = abbreviatedPlaces(subject);
  if (inName) return subject.slice(0, inName.at) + inName.name + subject.slice(inName.end);
  const before = abbreviatedPlaces(clauseBefore);
  return before && !subject.includes(before.name) ? before.name + subject : subject;
}

/** A numbered section heading on a line of its own: `九、特殊困难老年人家庭适老化改造`. */
const SECTION_HEADING = /^[一二三四五六七八九十]{1,3}、(\p{Script=Han}{2,16})$/gmu;

/**
 * A figure's name the end of its section's heading says in full (完成适老化改造500户 under 九、特殊困难老年人家庭适老化改造):
 * the heading's, which says whose; undefined when the name is no such end.
 */
export function headingNamed(subject: string, textBefore: string): string | undefined {
  if (subject.length < 2) return undefined;
  const heading = [...textBefore.matchAll(SECTION_HEADING)].at(-1)?.[1];
  return heading && heading !== subject && heading.endsWith(subject) ? heading : undefined;
}
