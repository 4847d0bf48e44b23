/**
 * The chart's strings in English, with the kit's: loaded on demand when the chart is in
 * English (its element's `english`), so a page in Chinese does not download them.
 */
import { addEnglish as addKitEnglish } from '../../kit/model/messages-en.js';
import { statMessages, type StatMessages } from './messages.js';

const en: StatMessages = {
  related(suffix, v, name) {
    switch (suffix) {
      case 'growth':
        return `up ${v}`;
      case 'decline':
        return `down ${v}`;
      case 'target_share':
        return `${v} of the year's target`;
      case 'coverage':
        return `coverage ${v}`;
      case 'share':
        return `${v} of the total`;
      // 占我区31.8%: the place's part of its province's (or prefecture's) total.
      case 'share_of_wider_region':
        return `${v} of the wider region's total`;
      case 'increase':
        return `${v} more than the year before`;
      case 'decrease':
        return `${v} less than the year before`;
      // Against another base than the year before (比2020年, 比一季度末), or none.
      case 'rise':
        return `${v} more`;
      case 'fall':
        return `${v} less`;
      case 'growth_on_period':
        return `up ${v} on the previous period`;
      // A ratio's change (收入比…比上年缩小0.04): its terms, not a rate.
      case 'narrowing':
        return `${v} narrower than the year before`;
      case 'widening':
        return `${v} wider than the year before`;
      default:
        return `${name}: ${v}`;
    }
  },
  toggle: (open) => (open ? 'Hide sentence ▴' : 'Sentence ▾'),
  tableHeaders: (noun) => [noun === 'region' ? 'Region' : 'Indicator', 'Value', 'Period', 'Related figure', 'Source'],
  summary: (heading, items, more) =>
    `${heading ? `${heading}: ` : ''}${items.map((i) => `${i.label} ${i.value}`).join('; ')}${more ? `; ${more} more` : ''}.`,
};

/** Adds the kit's English and the chart's (called: see the kit's messages-en.ts). */
export function addEnglish(): void {
  addKitEnglish();
  statMessages.add('en', en);
}
