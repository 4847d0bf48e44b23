/**
 * The chart's strings in English, with the kit's: loaded on demand when the chart is in
 * English (its element's `english`), so a page in Chinese does not download them.
 */
import { addEnglish as addKitEnglish } from '../../kit/model/messages-en.js';
import { compareMessages, LIST, type CompareMessages } from './messages.js';
import { enNames } from './selection-notes.js';


const en: CompareMessages = {
  heading: (regions, category) => `${category ? `${category}: ` : ''}${LIST('en').format(regions)} compared`,
  cellTitle: (indicator, region) => `${indicator}, ${region}`,
  indicatorHeader: 'Indicator',
  tableCell: (value, period) => (period ? `${value} (${period})` : value),
  periodsDiffer: (names, index) => `Note: periods differ between places for ${enNames(names, index)}; each value is labelled with its period.`,
  notShared: (count) => `Not shown: ${count} more item${count === 1 ? '' : 's'} reported by only one of these places.`,
  summary({ heading, rows, total }) {
    const spelled = rows.map((r) => `${r.label}: ${r.cells.map((c) => `${c.label} ${c.value}`).join(', ')}`).join('; ');
    const more = total > rows.length ? `; ${total} indicators in all` : '';
    return `${heading}. ${spelled}${more}.`;
  },
};

/** Adds the kit's English and the chart's (called: see the kit's messages-en.ts). */
export function addEnglish(): void {
  addKitEnglish();
  compareMessages.add('en', en);
}
