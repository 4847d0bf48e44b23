// First, before Lit loads: it explains a page whose Trusted Types refuse Lit's policy.
import '../../kit/element/trusted-types-check.js';
import { CityCompare } from './element.js';

export { CityCompare };
// Its own problem's type: the declaration merging into ChartProblem comes with it.
export type { CompareProblem } from './messages.js';
export { LivelihoodErrorEvent, LivelihoodSelectEvent } from '../../kit/element/events.js';

// A page may load two builds (CDN and npm): the first definition wins.
if (!customElements.get('city-compare')) customElements.define('city-compare', CityCompare);

declare global {
  interface HTMLElementTagNameMap {
    'city-compare': CityCompare;
  }
}
