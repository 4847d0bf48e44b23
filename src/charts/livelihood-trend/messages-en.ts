/**
 * The chart's strings in English, with the kit's: loaded on demand when the chart is in
 * English (its element's `english`), so a page in Chinese does not download them.
 */
import { addEnglish as addKitEnglish } from '../../kit/model/messages-en.js';
import { trendMessages, type TrendMessages } from './messages.js';

const figures = (n: number) => (n === 1 ? '1 figure' : `${n} figures`);

const en: TrendMessages = {
  tableHeaders: ['Place', 'Period', 'Value', 'Source'],
  summary: (heading, series) =>
    `${heading}: ${series.map((s) => `${s.label}: ${s.points.map((p) => `${p.value} (${p.period})`).join(', ')}`).join('; ')}.`,
  onePoint: 'A figure for one period only: one point is not a trend.',
  onePointEach: 'Each place has a figure for one period only: these points are not a trend, only side by side.',
  undated: (n) => `Not shown: ${figures(n)} without a date, which cannot be placed on a time axis.`,
  otherUnits: (n, units) => `Not shown: ${figures(n)} in another unit (${units.join(', ')}).`,
  notJoined: (places) =>
    `Note: ${places.map((p) => `${p.label}’s figures cover periods of different length (${p.periods.join(', ')})`).join('; ')}, so they are not joined: the difference is not a rise or fall.`,
  statusesNotJoined: (places) =>
    `Note: results are not joined to plans, targets or work under way (${places.join(', ')}): the difference is not a rise or fall.`,
};

/** Adds the kit's English and the chart's (called: see the kit's messages-en.ts). */
export function addEnglish(): void {
  addKitEnglish();
  trendMessages.add('en', en);
}
