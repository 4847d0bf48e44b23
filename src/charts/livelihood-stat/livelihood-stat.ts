import { LivelihoodStat } from './element.js';

export { LivelihoodStat };
// Its own problems' types: the declaration merging into ChartProblem comes with them.
export type { StatProblem } from './messages.js';
export { LivelihoodErrorEvent, LivelihoodSelectEvent } from '../../kit/element/events.js';

// A page may load two builds (CDN and npm): the first definition wins.
if (!customElements.get('livelihood-stat')) customElements.define('livelihood-stat', LivelihoodStat);

declare global {
  interface HTMLElementTagNameMap {
    'livelihood-stat': LivelihoodStat;
  }
}
