// First, before Lit loads: it explains a page whose Trusted Types refuse Lit's policy.
import '../../kit/element/trusted-types-check.js';
import { LivelihoodBar } from './element.js';

export { LivelihoodBar };
// Its own problems' types: the declaration merging into ChartProblem comes with them.
export type { BarProblem, UnitGroup } from './messages.js';
export { LivelihoodErrorEvent, LivelihoodSelectEvent } from '../../kit/element/events.js';

// A page may load two builds (CDN and npm): the first definition wins.
if (!customElements.get('livelihood-bar')) customElements.define('livelihood-bar', LivelihoodBar);

declare global {
  interface HTMLElementTagNameMap {
    'livelihood-bar': LivelihoodBar;
  }
}
