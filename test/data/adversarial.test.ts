/**
 * Every pipeline stage stays linear on text built to make regexes backtrack or loops
 * go quadratic: each input is timed at two sizes, four times apart, and a stage fails
 * when its time grows by more than 10× (linear is 4×, quadratic 16×). Each time is the
 * processor time of the fastest of five runs: other load on the machine neither adds to
 * it nor, being the fastest, noise. An exponential pattern does not finish at all and
 * hits the test's timeout.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from '../../src/data/clean.ts';
import { extractArticle } from '../../src/data/extract.ts';
import { findMentions } from '../../src/data/mentions.ts';
import { findPeriodMarkers } from '../../src/data/period.ts';
import { readMetadata } from '../../src/data/metadata.ts';
import { splitSentences } from '../../src/data/sentences.ts';
import { cpuMs } from './cpu-time.js';

/** Text of about `n` characters. */
const INPUTS: Record<string, (n: number) => string> = {
  'repeated 共计 before a figure': (n) => `石家庄市今年新建学校。人${'共计'.repeat(n / 2)}人5个学校。`,
  'repeated 余': (n) => `新建学校${'余'.repeat(n)}5所。`,
  'repeated 十': (n) => `新建学校${'十'.repeat(n)}所。`,
  'repeated 万': (n) => `新建学校5${'万'.repeat(n)}所。`,
  'repeated 一县一策': (n) => '一县一策'.repeat(n / 4),
  'repeated 十四五': (n) => '十四五'.repeat(n / 3),
  'a run of digits': (n) => `新建学校${'1'.repeat(n)}所。`,
  'one long line of figures': (n) => '新建学校25所'.repeat(n / 7),
  'one long line of prose': (n) => '全市民生实事稳步推进'.repeat(n / 10),
  'alternating 1一': (n) => '1一'.repeat(n / 2),
  'many short lines': (n) => '民生\n'.repeat(n / 3),
  'unclosed quotes and brackets': (n) => '“(【'.repeat(n / 3),
  'a scene, then many paragraphs of figures': (n) => `井陉县微水镇的清晨。\n${'新建学校5所。\n'.repeat(n / 8)}`,
  'towns and figures on one line': (n) => '井陉县微水镇新建学校5所，'.repeat(n / 13) + `\n${'新建学校5所。'.repeat(n / 7)}`,
  'quotations with their speakers after them': (n) => '“今年省了200元。”王大爷说，“明年还要省。”'.repeat(n / 24),
  'a menu line of pipes': (n) => `关于我们${'|a'.repeat(n / 2)} 中`,
  'a table of many rows': (n) => `地区  新建（个）  同比增长（%）\n${'章贡区  5  -1.5\n'.repeat(n / 14)}`,
  // One long line of numbers: a label looked for on the line below each must not read the line whole each time.
  'one line of plain numbers': (n) => `${'1 '.repeat(n / 2)}\n城乡居民收入倍差`,
  'one line of figures': (n) => `${'5个，'.repeat(n / 3)}\n新增学位`,
};

const STAGES: Record<string, (text: string) => unknown> = {
  clean: (text) => cleanText(text),
  metadata: (text) => readMetadata(cleanText(text)),
  sentences: (text) => splitSentences(text),
  mentions: (text) => findMentions(text),
  periods: (text) => findPeriodMarkers(text, '2024-06-30'),
  extract: (text) => extractArticle(cleanText(text), { source: 's', region: 'shijiazhuang', published: '2024-06-30' }),
};

function fastest(run: () => void, times = 5): number {
  let best = Infinity;
  for (let i = 0; i < times; i++) best = Math.min(best, cpuMs(run));
  return best;
}

const SMALL = 4_000;
const LARGE = 16_000;
/** Below this, times are noise and say nothing about growth. */
const FLOOR_MS = 25;

describe('every stage is linear on adversarial input', () => {
  for (const [what, make] of Object.entries(INPUTS)) {
    it(what, { timeout: 20_000 }, () => {
      const small = make(SMALL);
      const large = make(LARGE);
      for (const [stage, run] of Object.entries(STAGES)) {
        run(small); // warm up
        const a = fastest(() => run(small));
        const b = fastest(() => run(large));
        assert.ok(b < FLOOR_MS || b < 10 * Math.max(a, FLOOR_MS / 10), `${stage}: ${a.toFixed(1)} ms → ${b.toFixed(1)} ms for 4× the text`);
      }
    });
  }
});
