/**
 * The chart's strings in English, with the kit's: loaded on demand when the chart is in
 * English (its element's `english`), so a page in Chinese does not download them.
 */
import { addEnglish as addKitEnglish } from '../../kit/model/messages-en.js';
import { barMessages, distinctLabels, SUMMARY_LIST_MAX, type BarMessages } from './messages.js';

const en: BarMessages = {
  tableHeaders: (noun) => [noun === 'region' ? 'Region' : 'Indicator', 'Value', 'Period', 'Source'],
  regionHeading: (region, category, unit) =>
    `${category ? `${region}: ${category}` : region}${unit ? ` (${unit})` : ''}`,
  summary({ heading, items, missing, notShown, noun }) {
    const plural = (n: number) => `${n} ${noun === 'region' ? 'region' : 'indicator'}${n === 1 ? '' : 's'}`;
    const tail = (notShown > 0 ? ` ${plural(notShown)} with figures not shown.` : '') + (missing > 0 ? ` ${plural(missing)} not reported.` : '');
    if (items.length === 0) return `${heading}: no data.${tail}`;
    if (items.length === 1) return `${heading}: ${items[0]!.label}, ${items[0]!.value}.${tail}`;
    if (!distinctLabels(items)) {
      const more = items.length > SUMMARY_LIST_MAX ? `; ${items.length} bars in all` : '';
      return `${heading}: ${items.slice(0, SUMMARY_LIST_MAX).map((i) => `${i.label} ${i.value}${i.period ? `, ${i.period}` : ''}`).join('; ')}${more}.${tail}`;
    }
    const top = items[0]!;
    const bottom = items[items.length - 1]!;
    const middle =
      items.length <= SUMMARY_LIST_MAX
        ? items.slice(1, -1).map((i) => `; ${i.label} ${i.value}`).join('')
        : `; ${plural(items.length)} in all`;
    return `${heading}: ${top.label} is highest at ${top.value}${middle}; ${bottom.label} is lowest at ${bottom.value}.${tail}`;
  },
};

/** Adds the kit's English and the chart's (called: see the kit's messages-en.ts). */
export function addEnglish(): void {
  addKitEnglish();
  barMessages.add('en', en);
}
