import { LivelihoodTable } from './element.js';

export { LivelihoodTable };
// Its own problems' types: the declaration merging into ChartProblem comes with them.
export type { TableProblem } from './messages.js';
export { LivelihoodErrorEvent, LivelihoodSelectEvent } from '../../kit/element/events.js';

// A page may load two builds (CDN and npm): the first definition wins.
if (!customElements.get('livelihood-table')) customElements.define('livelihood-table', LivelihoodTable);

declare global {
  interface HTMLElementTagNameMap {
    'livelihood-table': LivelihoodTable;
  }
}
