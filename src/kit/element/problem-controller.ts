/**
 * A chart's problems as events: `livelihood-error` fires once, after the update that
 * first shows a problem, and again only for a new one. Anything thrown while building
 * the chart becomes a problem too (one object while the same error recurs):
 * bad input never breaks the host page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LivelihoodErrorEvent } from './events.js';
import { toProblem, type ChartProblem } from './problem.js';

export class ProblemController implements ReactiveController {
  #reported?: ChartProblem;
  #thrown?: ChartProblem;

  /** `current` gives the problem the last render showed (if any); `describe` its message. */
  readonly #host: ReactiveControllerHost & EventTarget;
  readonly #current: () => ChartProblem | undefined;
  readonly #describe: (problem: ChartProblem) => string;

  constructor(host: ReactiveControllerHost & EventTarget, current: () => ChartProblem | undefined, describe: (problem: ChartProblem) => string) {
    this.#host = host;
    this.#current = current;
    this.#describe = describe;
    host.addController(this);
  }

  hostUpdated(): void {
    const problem = this.#current();
    if (problem === this.#reported) return;
    this.#reported = problem;
    if (problem) this.#host.dispatchEvent(new LivelihoodErrorEvent(problem, this.#describe(problem)));
  }

  /**
   * The problem for a thrown error: the same object while the same error recurs (each
   * update throws a new one), so it is reported once.
   */
  fromError(error: unknown): ChartProblem {
    const problem = toProblem(error);
    if (!this.#thrown || JSON.stringify(this.#thrown) !== JSON.stringify(problem)) this.#thrown = problem;
    return this.#thrown;
  }
}
