import { LivelihoodProgress } from './element.js';

export { LivelihoodProgress };
// Its own problems' types: the declaration merging into ChartProblem comes with them.
export type { ProgressProblem } from './messages.js';
export { LivelihoodErrorEvent, LivelihoodSelectEvent } from '../../kit/element/events.js';

// A page may load two builds (CDN and npm): the first definition wins.
if (!customElements.get('livelihood-progress')) customElements.define('livelihood-progress', LivelihoodProgress);

declare global {
  interface HTMLElementTagNameMap {
    'livelihood-progress': LivelihoodProgress;
  }
}
