/**
 * The hand-written keys of test/data/articles/ are consistent with their texts: every
 * entry is found at its nth occurrence, starts and ends on a number's boundary, and every
 * run of digits (ASCII or full-width) is accounted for by exactly one entry. This checks
 * the key against the text only; what the pipeline reads is meaning.test.ts's business.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const ARTICLES = new URL('./articles/', import.meta.url).pathname;
const STATUSES = ['result', 'plan', 'target', 'ongoing'];
const REASONS = ['date', 'ordinal', 'age', 'plan_name', 'set_phrase', 'duration', 'site_chrome', 'nationwide', 'superseded'];
const DIGIT = /[0-9０-９]/u;
const ISO = /^\d{4}-\d{2}-\d{2}$/u;

interface Entry {
  text: string;
  nth?: number;
}
interface Key {
  article: string;
  figures: Array<Entry & { status: string; period: unknown; place: string }>;
  not_figures: Array<Entry & { reason: string }>;
}

/** Start of the nth occurrence, counting occurrences inside longer ones (as meaning.test does). */
function occurrence(text: string, needle: string, nth: number): number {
  let at = -1;
  for (let i = 0; i < nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

/** A digit or a decimal point between digits would continue the number across the edge. */
function continuesNumber(text: string, at: number): boolean {
  const c = text[at];
  if (c === undefined) return false;
  if (DIGIT.test(c)) return true;
  return (c === '.' || c === '．') && DIGIT.test(text[at - 1] ?? '') && DIGIT.test(text[at + 1] ?? '');
}

describe('hand-written article keys', () => {
  for (const file of readdirSync(ARTICLES).filter((f) => f.endsWith('.expected.json')).sort()) {
    const key = JSON.parse(readFileSync(join(ARTICLES, file), 'utf8')) as Key;
    const text = readFileSync(join(ARTICLES, key.article), 'utf8');
    it(`${key.article}: every entry is found on number boundaries and every digit run is covered once`, () => {
      const problems: string[] = [];
      const covered = new Array<number>(text.length).fill(0);
      for (const entry of [...key.figures, ...key.not_figures]) {
        const nth = entry.nth ?? 1;
        const at = occurrence(text, entry.text, nth);
        if (at < 0) {
          problems.push(`${entry.text} #${nth}: not in the text`);
          continue;
        }
        const end = at + entry.text.length;
        if (DIGIT.test(entry.text[0]!) && continuesNumber(text, at - 1)) problems.push(`${entry.text} #${nth}: starts inside a number`);
        if (DIGIT.test(entry.text.at(-1)!) && continuesNumber(text, end)) problems.push(`${entry.text} #${nth}: ends inside a number`);
        for (let i = at; i < end; i++) if (DIGIT.test(text[i]!)) covered[i]!++;
      }
      for (let i = 0; i < text.length; i++) {
        if (!DIGIT.test(text[i]!) || covered[i] === 1) continue;
        const line = text.slice(text.lastIndexOf('\n', i) + 1, text.indexOf('\n', i) >>> 0).slice(0, 60);
        problems.push(`digit ${text[i]} at ${i} covered ${covered[i]} times: ${line}`);
      }
      for (const f of key.figures) {
        if (!STATUSES.includes(f.status)) problems.push(`${f.text}: status ${f.status}`);
        const p = f.period as { start: string | null; end: string | null } | 'unknown';
        const dateOk = (d: string | null) => d === null || ISO.test(d);
        if (p !== 'unknown' && !(dateOk(p?.start) && dateOk(p?.end))) problems.push(`${f.text}: period ${JSON.stringify(p)}`);
        if (!f.place) problems.push(`${f.text}: no place`);
      }
      for (const n of key.not_figures) if (!REASONS.includes(n.reason)) problems.push(`${n.text}: reason ${n.reason}`);
      assert.deepEqual(problems, []);
    });
  }
});
