/**
 * The events every livelihood chart emits. Both bubble and cross shadow roots, so a
 * page can listen on any ancestor; both are in HTMLElementEventMap, so listeners are
 * typed.
 */
import type { Observation } from '../../data/types.js';
import type { ChartProblem } from './problem.js';

/** A mark was chosen (click, tap, Enter or Space); `detail` is its observation. */
export class LivelihoodSelectEvent extends CustomEvent<Observation> {
  static readonly type = 'livelihood-select';
  constructor(observation: Observation) {
    super(LivelihoodSelectEvent.type, { detail: observation, bubbles: true, composed: true });
  }
}

/** What a `livelihood-error` carries: the problem, and its message in the chart's language. */
export type LivelihoodErrorDetail = ChartProblem & { message: string };

/** The chart shows an inline error instead of drawing; `detail.message` says why. */
export class LivelihoodErrorEvent extends CustomEvent<LivelihoodErrorDetail> {
  static readonly type = 'livelihood-error';
  constructor(problem: ChartProblem, message: string) {
    super(LivelihoodErrorEvent.type, { detail: { ...problem, message }, bubbles: true, composed: true });
  }
}

/**
 * The chart drew for the first time (its chart, or its message). A chart far from the
 * viewport draws when scrolled near, after its `updateComplete` has resolved: this
 * event says when.
 */
export class LivelihoodRenderEvent extends Event {
  static readonly type = 'livelihood-render';
  constructor() {
    super(LivelihoodRenderEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'livelihood-render': LivelihoodRenderEvent;
    'livelihood-select': LivelihoodSelectEvent;
    'livelihood-error': LivelihoodErrorEvent;
  }
}
