/**
 * Everything that can stop a chart from drawing, as data. Loading and model building
 * return or throw these; `messages.ts` turns one into a sentence in the chart's
 * language (a chart's own problems, its `messages.ts`), and the `livelihood-error`
 * event carries it with that sentence.
 */
import type { ValidationIssue } from '../../data/issue.js';
import type { LocalizedName } from '../../data/types.js';
import type { HiddenCount } from '../model/show.js';
import type { DatasetIndex } from '../model/dataset-index.js';

/** An id the dataset does know, offered when the given one is unknown. */
export interface Suggestion {
  id: string;
  name: LocalizedName;
}

/** What an unknown id's suggestions are chosen from: ids and their names. */
export type Candidate = Suggestion;

/**
 * An unknown id's problem, its `suggestions` filled in by `withSuggestions` (suggest.ts),
 * which a chart loads with the problem's message: the edit distances are no part of a
 * chart's first file. Until then the candidates wait here.
 */
export function unknownIdProblem<K extends string>(kind: K, id: string, candidates: () => Iterable<Candidate>): { kind: K; id: string; suggestions: Suggestion[] } {
  const problem = { kind, id, suggestions: [] };
  pendingSuggestions.set(problem, candidates);
  return problem;
}

export const pendingSuggestions = new WeakMap<object, () => Iterable<Candidate>>();

/** A `no-data` problem's dataset, whose names its ids are said by (suggest.ts `withSuggestions`, loaded with the messages). */
export const pendingNames = new WeakMap<object, DatasetIndex>();

/** Problems any chart can have; the kit's messages say each of them. */
export type SharedProblem =
  | { kind: 'unknown-indicator'; id: string; suggestions: Suggestion[] }
  | { kind: 'unknown-region'; id: string; suggestions: Suggestion[] }
  | { kind: 'unknown-category'; id: string; suggestions: Suggestion[] }
  /** A word of the `statuses` attribute that is not a status. */
  | { kind: 'unknown-status'; id: string; known: string[] }
  /**
   * The selection is valid but no observation it draws matches it; `hidden` counts the
   * figures that match but are not drawn (plans, targets, uncertain …); `named` says the
   * selection with the places', indicators' and categories' names (its message uses it).
   */
  | { kind: 'no-data'; selection: string; hidden?: HiddenCount; named?: Record<'zh' | 'en', string> }
  | { kind: 'fetch-failed'; url: string; status?: number; reason?: string }
  | { kind: 'fetch-timeout'; url: string; ms: number }
  | { kind: 'invalid-json'; url: string; reason: string }
  /** `origin` is the URL, or 'dataset' for a dataset set from script. */
  | { kind: 'invalid-dataset'; origin: string; issues: ValidationIssue[] }
  /** The chart would draw `count` marks, more than `limit` (MAX_MARKS, limits.ts). */
  | { kind: 'too-many-marks'; count: number; limit: number }
  /** A bug or an environment failure; `reason` is the thrown message. */
  | { kind: 'unexpected'; reason: string };

/**
 * Problems only one chart has, by kind. A chart declares its own by merging into this
 * interface, beside their messages (`src/charts/<tag>/messages.ts`), so the kit names
 * none of them:
 *
 *     declare module '../../kit/element/problem.js' {
 *       interface ChartProblems {
 *         'too-few-points': { kind: 'too-few-points'; count: number };
 *       }
 *     }
 */
export interface ChartProblems {}

export type ChartProblem = SharedProblem | ChartProblems[keyof ChartProblems];

export type ProblemKind = ChartProblem['kind'];

/** A ChartProblem thrown through promise chains (fetch, loading a dataset). */
export class ChartError extends Error {
  override readonly name = 'ChartError';
  constructor(readonly problem: ChartProblem) {
    super(problem.kind);
  }
}

/** The problem behind anything caught, so no error reaches the host page raw. */
export function toProblem(error: unknown): ChartProblem {
  if (error instanceof ChartError) return error.problem;
  let reason: string;
  try {
    reason = error instanceof Error ? error.message : String(error);
  } catch {
    reason = Object.prototype.toString.call(error); // an object with no way to be text
  }
  return { kind: 'unexpected', reason };
}

/** A model builder's answer: the model, or why there is none. */
export type Resolved<T> = { ok: true; model: T } | { ok: false; problem: ChartProblem };

/** A model with its layout at `width`, what most charts draw; or why there is none. */
export function laidOut<M, L>(resolved: Resolved<M>, layout: (model: M, width: number) => L, width: number): Resolved<{ model: M; layout: L }> {
  return resolved.ok ? { ok: true, model: { model: resolved.model, layout: layout(resolved.model, width) } } : resolved;
}
