/**
 * A survey's or an inspection's own numbers: a 满意度测评 notice says when its fieldwork ran (`于2025年11月10日至
 * 12月10日，采用入户访问…开展…测评`), and its sample (`发放问卷6000份`, `受访者中…占31.5%`,
 * `调查中，受访者共提出意见建议1362条`) was gathered over those days, not over the year the
 * scores rate (the title's 2025年).
 */
import type { PeriodMarker } from './period.js';
import type { Period } from './types.js';

/** A span of days: `11月10日至12月10日`. */
const DAY_SPAN_LABEL = /\d日(?:至|到|—|–|-|～|~)(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日$/u;
/** Words of fieldwork in the sentence of that span. */
const FIELDWORK = /调查|测评|问卷|访问|访谈|抽样|走访/u;
/** Words of a survey's sample in a figure's sentence. */
const SAMPLE = /问卷|样本|受访|调查中|访问对象|抽样/u;

/** The fieldwork's days: the first span of days whose sentence speaks of a survey. */
export function fieldwork(text: string, markers: readonly PeriodMarker[]): Period | undefined {
  for (const mk of markers) {
    if (!mk.period.start || !mk.period.end || !DAY_SPAN_LABEL.test(mk.period.label)) continue;
    const from = Math.max(text.lastIndexOf('。', mk.start), text.lastIndexOf('\n', mk.start)) + 1;
    const to = text.indexOf('。', mk.end);
    if (FIELDWORK.test(text.slice(from, to < 0 ? undefined : to))) return mk.period;
  }
  return undefined;
}

/** Whether a figure's sentence counts the survey's sample or what it gathered. */
export const ofSample = (sentence: string) => SAMPLE.test(sentence);

/** A span of some days: `9月上旬`, `5月11日至20日`. */
const DAYS_LABEL = new RegExp(`(?:\\d月[上中下]旬|${DAY_SPAN_LABEL.source})`, 'u');
/** Words of an inspection in the sentence of that span: `对…开展了专项督查`, `暗访`, `明察暗访`. */
const INSPECTION = /督查|督导|检查|暗访|巡查|核查|调研/u;
/** A sentence whose doers are the inspectors: `督查组随机走访群众1260人次`, `检查组共抽查…`. */
const BY_INSPECTORS = /^[\s（(]*(?:市|县|区|省)?(?:督查|督导|检查|暗访|巡查|核查|调研|考核)(?:组|队|人员)/u;

/**
 * The inspection's days: the first span of days whose sentence speaks of an inspection (`9月上旬，市政府督查室…对全市
 * 十二类民生实事项目推进情况开展了专项督查`).
 */
export function inspection(text: string, markers: readonly PeriodMarker[]): Period | undefined {
  for (const mk of markers) {
    if (!mk.period.start || !mk.period.end || !DAYS_LABEL.test(mk.period.label)) continue;
    const from = Math.max(text.lastIndexOf('。', mk.start), text.lastIndexOf('\n', mk.start)) + 1;
    const to = text.indexOf('。', mk.end);
    if (INSPECTION.test(text.slice(from, to < 0 ? undefined : to))) return mk.period;
  }
  return undefined;
}

/** Whether a sentence tells what the inspectors did (`督查组随机走访群众1260人次，群众满意率为93.6%`): over the inspection's days. */
export const byInspectors = (sentence: string) => BY_INSPECTORS.test(sentence);
