/**
 * The provenance promise on articles written with full-width punctuation (QA s7, C5): a
 * figure's quote is its sentence as the article wrote it, not as the pipeline reads it.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DatasetBuilder } from '../../src/data/dataset.ts';
import { decodeArticle } from '../../src/data/decode.ts';
import { articlePlace } from '../../src/data/places.ts';
import { simplified } from '../../src/data/traditional.ts';
import { validateDataset } from '../../src/data/validate.ts';

const ARTICLES = new URL('./articles/', import.meta.url).pathname;
const files = readdirSync(ARTICLES).filter((f) => f.endsWith('.txt')).sort();
const texts = new Map<string, string>();
const builder = new DatasetBuilder();
for (const file of files) {
  const bytes = readFileSync(join(ARTICLES, file));
  const { text } = decodeArticle(bytes);
  texts.set(file.replace(/\.txt$/u, ''), text);
  const place = articlePlace(text);
  assert.ok(place && !place.ambiguous, file);
  builder.add({ file, text, sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length }, { file, region: place.region.id });
}
const dataset = builder.finish();

describe('quotes are verbatim', () => {
  it('every quote of a figure or skipped numeral is a stretch of its article as written', () => {
    const rows = [...dataset.observations, ...dataset.skipped];
    assert.ok(rows.length > 400);
    // Up to the whitespace cleaning removes: a PDF's hard wraps and letter spacing (clean.ts), so a
    // figure split by a wrap (1.6 / 8万个) is quoted whole; anything else must be there verbatim.
    const unspaced = new Map([...texts].map(([k, v]) => [k, v.replace(/\s+/gu, '')]));
    const altered = rows.filter((o) => !texts.get(o.source)!.includes(o.quote) && !unspaced.get(o.source)!.includes(o.quote.replace(/\s+/gu, '')));
    assert.deepEqual(altered.map((o) => `${o.source} ${o.raw}: ${o.quote}`), []);
  });

  it('keeps the article\'s punctuation: 明年，我们 and 来源：, not 明年,我们 and 来源:', () => {
    const plan = dataset.observations.find((o) => o.source === 'press-conference' && o.raw === '200个')!;
    assert.equal(plan.quote, '明年，我们将完成村卫生室标准化改造200个。');
    assert.equal(plan.quote.slice(...plan.quoteSpan), '200个');
    const dateline = dataset.skipped.find((s) => s.source === 'press-conference' && s.raw === '2025')!;
    assert.match(dateline.quote, /^来源：赣州市人民政府新闻办公室　发布时间：2025-10-28/u);
  });

  it('points quoteSpan at the figure in the verbatim quote', () => {
    // `raw` is the figure as read (full-width digits made ASCII: １２所 → 12所), the quote as written.
    // Compared both folded: reading keeps a sign NFKC spells out (22℃, not 22°C).
    // A traditional text's characters are read simplified (約412億元 → 约412亿元).
    const asRead = (s: string) => simplified(s.normalize('NFKC'));
    for (const o of dataset.observations) assert.equal(asRead(o.quote.slice(o.quoteSpan[0], o.quoteSpan[1])), asRead(o.raw), `${o.source} ${o.raw}`);
    assert.ok(dataset.observations.some((o) => o.quote.slice(o.quoteSpan[0], o.quoteSpan[1]) === '１２所'), 'the bulletin\'s full-width １２所 is quoted as written');
  });

  it('validates', () => {
    const report = validateDataset(dataset);
    assert.equal(report.ok, true, JSON.stringify(report));
  });
});
