/**
 * Rules that take effect after an article is published (`自2026年4月1日起`): the standards
 * they set are plans from that day; the standards they replace (`原为100元`) stood until
 * the day before.
 *
 * A rule's day is named in the figure's own sentence (`自2026年4月1日起，标准调整为…200元`),
 * or in the lead of an article that explains the rules (a 政策解读: `《办法》…自2026年4月1日起
 * 施行`). Then a standard in a paragraph that cites them (`根据《办法》第五条…每人每月300元`,
 * `低于…的1.5倍`), and what a sentence counts once they apply (`调整后全市预计惠及约42万人`),
 * are from that day too; the paragraph's counts of last year and of now are not. The
 * standard they replace stood since the day the article says (`现行高龄津贴标准自2021年起执行`).
 */
import { isIsoDate } from './iso-date.js';

export interface InForce {
  /** As written: `自2026年4月1日起`. */
  label: string;
  /** ISO day. */
  date: string;
}

/** `自2026年4月1日起`, `今年1月1日起`, `自明年1月1日起`: the year in digits, or said relative to publication. */
const IN_FORCE_FROM = /自?(?:(\d{4})|(今|明))年(\d{1,2})月(\d{1,2})日起/gu;
/** The lead's sentence that puts the rules in force: `…自2026年4月1日起施行`. */
const RULES_IN_FORCE = /自(\d{4})()年(\d{1,2})月(\d{1,2})日起(?:正式)?(?:施行|实施|执行)/u;
/** How much of an article's start is its lead. */
const LEAD_CHARS = 800;
/** A paragraph citing the rules: `根据《办法》第五条`, `《办法》第三条规定`. */
const CITES_RULES = /(?:根据|按照|依据)《|《[^》\n]{1,30}》第[一二三四五六七八九十百零\d]+条/u;
/** A standard, in the clause before a figure: a per-head rate or a 标准. */
const STANDARD = /每[人户生名]每[月年天日]|标准/u;
/** The rules applied, earlier in the figure's sentence. */
const ONCE_APPLIED = /(?:调整|实施|施行)后[^。！？!?]*$/u;
const SENTENCE_START = /[^。！？!?]*$/u;
/** The start of a sentence as a reader takes it, through its semicolons. */
const FULL_SENTENCE_START = /[^。！？!?\n]*$/u;
/** A sentence opened by the day something takes effect: `自2027年1月1日起，`. */
const OPENS_WITH_DAY = /^\s*自?(?:\d{4}|今|明)年\d{1,2}月\d{1,2}日起(?=[，,])/u;
/** A level that changes, right before the figure: the one it starts from (`由`) or reaches (`提高到`, `降至`). */
const RULES_CHANGE = /(?:由|从)(?:每[^，,；;。\d]{1,4})?$|(?:提高|提升|调整|上调|下调|降低|降|增加)(?:到|至|为)(?:每[人户年月]+)?$/u;
/** Terms a 医保 or benefit rule sets: `报销比例`, `起付线`, `封顶线`, `支付限额`. */
const RULE_TERMS = /报销比例|支付比例|起付线|封顶线|支付限额|补助标准|缴费标准/u;
/** By how much a term differs from another's, right before the figure: `降低`, `提高`. */
const DIFFERS_BY = /(?:降低|提高|下调|上调|下浮|上浮)$/u;
/** A time of its own in a sentence: then the change is that time's, not the rules'. */
const DATED = /\d{4}年|[今去]年|截至|截止|以来|\d{1,2}月/u;
const NOW = /现行|目前|当前/u;

/** The ISO day an IN_FORCE_FROM match names, its 今年 / 明年 read against publication. */
function dateOf(m: RegExpExecArray | RegExpMatchArray, published: string): string {
  const year = m[1] ?? String(Number(published.slice(0, 4)) + (m[2] === '明' ? 1 : 0));
  return `${year}-${m[3]!.padStart(2, '0')}-${m[4]!.padStart(2, '0')}`;
}

function dayOf(m: RegExpExecArray | RegExpMatchArray, published: string | null): InForce | undefined {
  if (!published) return undefined;
  const date = dateOf(m, published);
  return isIsoDate(date) && date > published ? { label: m[0].replace(/(?:正式)?(?:施行|实施|执行)$/u, ''), date } : undefined;
}

/** The day the rules an article explains take effect, from its lead, when it is after publication. */
export function rulesInForce(text: string, published: string | null): InForce | undefined {
  const m = RULES_IN_FORCE.exec(text.slice(0, LEAD_CHARS));
  return m ? dayOf(m, published) : undefined;
}

/**
 * The day from which a figure holds, if a rule sets it: one named in its sentence before
 * it, or the article's `rules` for a standard of a paragraph citing them or a count once
 * they apply.
 */
export function inForceFrom(
  at: { sentenceBefore: string; paragraphBefore: string; clauseBefore: string; multiple: boolean },
  rules: InForce | undefined,
  published: string | null,
): InForce | undefined {
  const sentence = at.sentenceBefore.slice(at.sentenceBefore.search(SENTENCE_START));
  const own = [...sentence.matchAll(IN_FORCE_FROM)].at(-1);
  if (own) return dayOf(own, published);
  // 自2027年1月1日起，…由80%提高到85%；在二级…由65%提高到70%: a day opening a sentence holds past its semicolons.
  const opening = OPENS_WITH_DAY.exec(at.paragraphBefore.slice(at.paragraphBefore.search(FULL_SENTENCE_START)));
  if (opening) return dayOf([...opening[0].matchAll(IN_FORCE_FROM)][0]!, published);
  // 高于深圳市现行的…150元: a standard in force now, somewhere, is not one these rules set.
  if (!rules || NOW.test(at.clauseBefore)) return undefined;
  if (CITES_RULES.test(at.paragraphBefore) && (at.multiple || STANDARD.test(at.clauseBefore))) return rules;
  // 三是提高封顶线。…年度最高支付限额由15万元提高到20万元: a level the explainer says changes, with no time of its own, is the rules'
  // change; and so is a term of the rules set against another (省外住院的，报销比例比市内…降低10个百分点；未备案的降低20个百分点).
  const full = at.paragraphBefore.slice(at.paragraphBefore.search(FULL_SENTENCE_START));
  // (Only a standard or a term of the rules: `参保人数由370万人增加到382.6万人` is what happened.)
  const ruleTerm = RULE_TERMS.test(full) || STANDARD.test(full);
  const setAgainst = full.includes('比') && DIFFERS_BY.test(at.clauseBefore);
  if (ruleTerm && (RULES_CHANGE.test(at.clauseBefore) || setAgainst) && !DATED.test(full)) return rules;
  return ONCE_APPLIED.test(sentence) ? rules : undefined;
}

/**
 * A standard changed on a day before publication, named in the figure's own sentence
 * (`自2025年7月1日起，…最低标准由每人每月163元提高到178元`, in a report of January 2026), or opening it
 * (`今年1月1日起，全市…最低标准由每人每月200元提高到218元`, said in November): that day.
 */
export function changedOn(sentenceBefore: string, published: string | null): InForce | undefined {
  if (!published) return undefined;
  const sentence = sentenceBefore.slice(sentenceBefore.search(SENTENCE_START));
  const m = [...sentence.matchAll(IN_FORCE_FROM)].at(-1);
  if (!m || !(m[0].startsWith('自') || sentence.slice(0, m.index).trim() === '')) return undefined;
  const date = dateOf(m, published);
  return isIsoDate(date) && date <= published ? { label: m[0], date } : undefined;
}

/** The ISO day before `date`. */
export function dayBefore(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - 86400000).toISOString().slice(0, 10);
}

/** `现行高龄津贴标准自2021年起执行`: since when the standards now in force have held. */
const CURRENT_SINCE = /现行[^。！？!?\n]{0,20}?标准自(\d{4})年(?:(\d{1,2})月)?(?:(\d{1,2})日)?起(?:执行|施行|实施)/u;

/** The ISO day the standards in force at publication started, if the article says. */
export function standardsSince(text: string): string | undefined {
  const m = CURRENT_SINCE.exec(text);
  if (!m) return undefined;
  const date = `${m[1]}-${(m[2] ?? '1').padStart(2, '0')}-${(m[3] ?? '1').padStart(2, '0')}`;
  return isIsoDate(date) ? date : undefined;
}
