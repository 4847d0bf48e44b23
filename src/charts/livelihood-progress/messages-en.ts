/**
 * The chart's strings in English, with the kit's: loaded on demand when the chart is in
 * English (its element's `english`), so a page in Chinese does not download them.
 */
import { addEnglish as addKitEnglish } from '../../kit/model/messages-en.js';
import { progressMessages, type ProgressMessages } from './messages.js';

const en: ProgressMessages = {
  against: (result, target, derived) => `${result} of ${derived ? 'a derived ' : ''}target ${target}`,
  about: (target) => `≈${target}`,
  noTarget: 'no target reported',
  targetNote: (target, period) => `Target: ${target}${period ? ` (${period})` : ''}`,
  derivedNote: (result, share) => `Target derived from the share done (${result} ÷ ${share})`,
  shareOf: (share) => `${share} of target`,
  tableHeaders: (noun) => [noun === 'region' ? 'Region' : 'Indicator', 'Done', 'Target', 'Share of target', 'Period', 'Source'],
  withPeriod: (label, period) => `${label} (${period})`,
  summary: (heading, period, items) => `${heading}${period ? `, ${period}` : ''}: ${items.map((i) => `${i.label} ${i.share}`).join('; ')}.`,
};

/** Adds the kit's English and the chart's (called: see the kit's messages-en.ts). */
export function addEnglish(): void {
  addKitEnglish();
  progressMessages.add('en', en);
}
