/**
 * The chart's strings in English, with the kit's: loaded on demand when the chart is in
 * English (its element's `english`), so a page in Chinese does not download them.
 */
import { addEnglish as addKitEnglish } from '../../kit/model/messages-en.js';
import { clip, enName } from '../../kit/model/messages.js';
import { tableMessages, type TableMessages, type TableProblem } from './messages.js';
import { tableProblems } from './problems.js';

const en: TableMessages = {
  columns: { place: 'Place', subject: 'Subject', value: 'Value', period: 'Period', status: 'Status', checked: 'Checked', quote: 'Sentence' },
  filterLabel: 'Filter',
  matching: (shown, total) => (shown === total ? `${total} figure(s)` : `${shown} of ${total} figure(s) match`),
  more: (count, left) => `Show ${count} more (${left} left)`,
  sourceHeading: (title) => `Figures in ${title}`,
};

const enProblem = (p: TableProblem): string =>
  p.kind === 'table-needs-selection'
    ? 'Set the region (one place’s figures), indicator (one indicator’s) or source (one article’s) attribute.'
    : `Unknown source "${clip(p.id)}".${p.suggestions.length ? ` Did you mean ${p.suggestions.map((s) => `${s.id} (${enName(s.name)})`).join(', ')}?` : ' Check the source attribute.'}`;

/** Adds the kit's English and the chart's (called: see the kit's messages-en.ts). */
export function addEnglish(): void {
  addKitEnglish();
  tableMessages.add('en', en);
  tableProblems.add('en', enProblem);
}
