/**
 * A survey's own numbers: a 满意度测评 notice says when its fieldwork ran (`于2025年11月10日至
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
