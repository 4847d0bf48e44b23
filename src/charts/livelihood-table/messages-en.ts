/**
 * The chart's strings in English, with the kit's: loaded on demand when the chart is in
 * English (its element's `english`), so a page in Chinese does not download them.
 */
import { addEnglish as addKitEnglish } from '../../kit/model/messages-en.js';
import { tableMessages, type TableMessages } from './messages.js';

const en: TableMessages = {
  columns: { place: 'Place', subject: 'Subject', value: 'Value', period: 'Period', status: 'Status', checked: 'Checked', quote: 'Sentence' },
  result: 'result',
  filterLabel: 'Filter',
  matching: (shown, total) => (shown === total ? (total === 1 ? '1 figure' : `${total} figures`) : `${shown} of ${total} ${total === 1 ? 'figure matches' : 'figures match'}`),
  more: (count, left) => `Show ${count} more (${left} left)`,
  sourceHeading: (title) => `Figures in ${title}`,
  rowTitle: (place, subject) => `${place}, ${subject}`,
};

/** Adds the kit's English and the chart's (called: see the kit's messages-en.ts). */
export function addEnglish(): void {
  addKitEnglish();
  tableMessages.add('en', en);
}
