/**
 * Figures of problems found (an audit's, an inspection's): `违规发放…168.4万元`, `向不符合条件的
 * 17家企业发放…`, `1.27万人…重复参保`, `8个…幸福院建成后未投入使用`, a hidden camera's `6个已建成的
 * 社区养老服务中心长期闭门`. Their words say what went
 * wrong, and a subject without them reads as an achievement (`特困供养金`, `基本医疗保险参保人数`).
 * Such a figure keeps the words of the problem in its subject, and is never filed under a
 * canonical indicator of the thing itself.
 */

/** Words that make a figure a problem found. */
const PROBLEM =
  /不符合条件|违规|违纪|虚报|套取|骗取|冒领|挤占|挪用|截留|闲置|逾期|重复(?:参保|享受|收费|领取|发放)|未按(?:规定|期|时)|未投入使用|未(?:复核|分配|收回|整改|完工|验收)|超标准|超范围|多发放|多计|长期(?:闭门|关停|停用)|建而不用|安全隐患/u;
/** Words an after-clause opens with that are no part of what is counted. */
const AFTER_LEAD = /^(?:在|的)/u;
/** Earlier figures inside the words (`向不符合条件的17家企业发放`): what they count stays, the number goes. */
const EARLIER_FIGURE = /\d+(?:\.\d+)?[万亿]?(?:余|多)?(?:个|家|人|名|户|套|项|所|条|件)?/gu;
/** Words of a demand left at the end (`…改造项目要`). */
const TRAILING = /(?:要|将|需|应)$/u;
/** The longest subject kept (a chart title's worth), as the rest of the pipeline keeps. */
const MAX = 16;

/** Whether a figure's clause, before or after it, says it is a problem found. */
export function isProblem(before: string, after: string): boolean {
  return PROBLEM.test(before) || PROBLEM.test(after);
}

/**
 * The subject of a problem's figure when the one read (`subject`) dropped the words of the
 * problem: from those words to the figure (`违规发放低保金、特困供养金168.4万元`; with what is
 * counted after a 的: `不符合条件的` + `企业发放稳岗返还资金`), or the words after the figure
 * up to the problem's (`特困人员的护理补贴未按规定发放`). Undefined when `subject` says it already
 * or the clause names no problem.
 */
export function problemSubject(before: string, after: string, subject: string): string | undefined {
  if (PROBLEM.test(subject)) return undefined;
  const b = PROBLEM.exec(before);
  if (b) {
    const words = before.slice(b.index).replace(EARLIER_FIGURE, '');
    const named = (words.endsWith('的') ? words + subject : words).replace(TRAILING, '');
    return named.length <= MAX ? named : undefined;
  }
  const a = PROBLEM.exec(after);
  if (!a) return undefined;
  const words = after.replace(AFTER_LEAD, '');
  return words.length <= MAX ? words : words.slice(0, words.indexOf(a[0]) + a[0].length).slice(-MAX);
}
