/**
 * Figures said again: a count restated later in an article (by a sound bite, an answer, a
 * follow-up on what a visit found) takes the date of the body's or of its first saying,
 * and is found by how it was written.
 */
import { GLOSS } from './subject-words.js';
import type { Mention } from './mentions.js';
import type { Observation } from './types.js';
import { READ_WINDOW } from './limits.js';
import { entryOf } from './measure.js';
import { unmarked } from './period.js';

/**
 * A headline's figure that no words of its own date, repeated in the body (`开学第一天 开化县新增学位2160个`
 * over `今年，…新增学位2160个`), is the body's figure: it takes the period the body gives it.
 */
export function datedLikeBody(observations: Observation[], starts: readonly number[], text: string): void {
  const titleStart = text.search(/\S/u);
  const titleEnd = titleStart < 0 ? -1 : text.indexOf('\n', titleStart);
  if (titleEnd < 0) return;
  for (let i = 0; i < observations.length && starts[i] < titleEnd; i++) {
    const headline = observations[i];
    if (!unmarked(headline.period)) continue;
    const body = observations.find((o, j) => starts[j] > titleEnd && o.raw === headline.raw && o.unit === headline.unit);
    if (!body || unmarked(body.period)) continue;
    headline.period = body.period;
    // Dated as the body's figure, it measures what that one does (a flow, not a stock at publication).
    const entry = entryOf(headline.indicator);
    if (entry && entry === entryOf(body.indicator)) headline.indicator = body.indicator;
    const flags = headline.flags?.filter((f) => f !== 'period_unstated');
    if (flags?.length) headline.flags = flags;
    else delete headline.flags;
  }
}

/** Words that point back to what was counted before: `暗访发现的3处问题`, `承诺提档升级的12家农贸市场`, `上述…的`. */
const SAID_BEFORE_OF = /(?:暗访|曝光|发现|承诺|反映|上述|前述)[^，,；;。！？!?\d]{0,8}的$/u;

/** …or the object of the work on what a hidden camera found: `暗访结束后，我们已组织施工单位对11处问题立行立改`. */
const ON_FOUND = /(?:暗访|曝光)[^。！？!?]*对$/u;

/**
 * A count said again in a later paragraph with words that point back to it (`暗访发现的3处问题` after `5月下旬，…暗访…发现3处问题`,
 * `承诺提档升级的12家农贸市场已完成9家` after `承诺，7月15日前完成城区12家农贸市场提档升级`) is the first one: its period.
 */
export function datedLikeFirstSaid(observations: Observation[], starts: readonly number[], text: string): void {
  /** The first figure of each number and unit (in text order, as the figures are). */
  const firstSaid = new Map<string, number>();
  // The last line break before each figure, found in one pass over the text (the figures are in its order).
  let lineBreak = -1;
  let scanned = 0;
  for (let i = 0; i < observations.length; i++) {
    const at = starts[i]!;
    const o = observations[i]!;
    const key = `${o.raw}|${o.unit}`;
    const j = firstSaid.get(key);
    if (j === undefined) firstSaid.set(key, i);
    if (at < scanned) lineBreak = text.lastIndexOf('\n', at);
    else for (; scanned < at; scanned++) if (text[scanned] === '\n') lineBreak = scanned;
    const paragraphStart = lineBreak + 1;
    const sentence = text.slice(Math.max(paragraphStart, at - READ_WINDOW), at).split(/[。！？!?]/u).at(-1)!;
    if (!SAID_BEFORE_OF.test(sentence) && !ON_FOUND.test(sentence)) {
      restated(observations, starts, text, i, paragraphStart);
      continue;
    }
    const first = j === undefined || starts[j]! >= paragraphStart ? undefined : observations[j]!;
    if (first && first.status === o.status) o.period = first.period;
  }
}

/** How far back a restated count looks for the paragraph before it, and on for the end of its sentence. */
const RESTATED_NOW_WINDOW = 4 * READ_WINDOW;

/** A line that only labels what follows in a script: `【同期声】`, `【正文】`. */
const CUE_LINE = /^\s*【[^】]{1,8}】\s*$/u;

/** A marker of now: what a sound bite or an answer says stands (`目前`, `截至目前`, `如今`). */
const NOW_LABEL = /^(?:截至|截止)?(?:目前|当前)$|^如今$|^现在$/u;

/**
 * `今年，我市改造城镇老旧小区一百零三个…` then, in the sound bite after it, `“目前，一百零三个小区已经全部开工，完工九十六个…”`:
 * a count said again right after, under a marker of now, of the things the first one counted (the noun after it in
 * the first's subject), is the first one, its period and status; the counts after it in its sentence, read as of
 * the same now, are parts of it, over the same span.
 */
function restated(observations: Observation[], starts: readonly number[], text: string, i: number, paragraphStart: number): void {
  const o = observations[i]!;
  if (o.period.start || !NOW_LABEL.test(o.period.label) || paragraphStart < 1) return;
  // The paragraph before, past blank lines and a script's cue lines (looked for within RESTATED_NOW_WINDOW).
  const floor = Math.max(0, paragraphStart - RESTATED_NOW_WINDOW);
  const lineStartOf = (at: number) => Math.max(floor, text.lastIndexOf('\n', at - 1) + 1);
  let end = paragraphStart - 1;
  for (;;) {
    const lineStart = lineStartOf(end);
    const line = text.slice(lineStart, end);
    if (lineStart === floor || (line.trim() && !CUE_LINE.test(line))) break;
    end = lineStart - 1;
  }
  const before = lineStartOf(end);
  const noun = /^\p{Script=Han}{1,4}/u.exec(text.slice(starts[i]! + o.raw.length, starts[i]! + o.raw.length + 4))?.[0];
  let first: Observation | undefined;
  for (let j = i - 1; j >= 0 && starts[j]! >= before; j--) {
    const p = observations[j]!;
    if (starts[j]! < end && p.raw === o.raw && p.unit === o.unit && p.period.start !== undefined) first = p;
  }
  if (!first || !noun || !first.subject.includes(noun.slice(0, 2))) return;
  const now = o.period;
  o.period = first.period;
  o.status = first.status;
  const sentenceEnd = text.slice(starts[i]!, starts[i]! + RESTATED_NOW_WINDOW).search(/[。！？!?\n]/u);
  for (let j = i + 1; j < observations.length && (sentenceEnd < 0 || starts[j]! < starts[i]! + sentenceEnd); j++) {
    const part = observations[j]!;
    if (part.unit === o.unit && !part.period.start && part.period.label === now.label && part.period.end === now.end && part.status === 'result') part.period = { ...part.period, start: first.period.start };
  }
}

/** How far back (characters) a figure said again is looked for: the film's finds, then the official's answer. */
const RESTATED_WINDOW = 600;

/** Words before a figure that point back to things already counted: `对`, `针对`, `上述`, `暗访发现的`. */
const BACK_TO_COUNTED = /(?:对|针对|就|上述|前述|以上|这|该|这些|的)$/u;

/** How many characters `words` open with that `name` holds (`问题立行立改` in `…等问题`: 2). */
export function namedIn(words: string, name: string): number {
  let n = 0;
  while (n < words.length && name.includes(words.slice(0, n + 1))) n++;
  return n;
}

/**
 * An earlier figure of the article the one at `m` says again (`暗访…发现…问题11处` … `对11处问题立行立改`):
 * the same number and unit, in a clause pointing back, before a noun of the earlier one's name.
 * (Not another sentence's count of other things: `新建幼儿园3所` … `对3所小学进行改造`.)
 */
export function restatedFigure(observations: readonly Observation[], starts: readonly number[], text: string, m: Mention): Observation | undefined {
  if (!BACK_TO_COUNTED.test(text.slice(Math.max(0, m.start - 4), m.start))) return undefined;
  const noun = /^\p{Script=Han}{2,8}/u.exec(text.slice(m.end, m.end + 8))?.[0];
  return noun ? earlierSaid(observations, starts, text, m, (o) => o.subject.replace(GLOSS, '').includes(noun.slice(0, 2))) : undefined;
}

/** The last figure of an earlier sentence, at most RESTATED_WINDOW back, written as `m` is (`11处`, `68.5%`). */
export function earlierSaid(observations: readonly Observation[], starts: readonly number[], text: string, m: Mention, fits: (o: Observation) => boolean = () => true): Observation | undefined {
  for (let i = observations.length - 1; i >= 0 && starts[i]! >= m.start - RESTATED_WINDOW; i--) {
    const o = observations[i]!;
    if (o.raw === m.raw && /[。！？!?\n]/u.test(text.slice(starts[i]!, m.start)) && fits(o)) return o;
  }
  return undefined;
}
