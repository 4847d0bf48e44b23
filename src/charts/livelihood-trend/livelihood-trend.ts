import { LivelihoodTrend } from './element.js';

export { LivelihoodTrend };
// Its own problems' types: the declaration merging into ChartProblem comes with them.
export type { TrendProblem } from './messages.js';
export { LivelihoodErrorEvent, LivelihoodSelectEvent } from '../../kit/element/events.js';

// A page may load two builds (CDN and npm): the first definition wins.
if (!customElements.get('livelihood-trend')) customElements.define('livelihood-trend', LivelihoodTrend);

declare global {
  interface HTMLElementTagNameMap {
    'livelihood-trend': LivelihoodTrend;
  }
}
