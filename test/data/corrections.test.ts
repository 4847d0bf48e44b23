/**
 * Corrections: an editor's decisions applied to a freshly built dataset, reported when
 * stale, refused when they conflict, and kept through validation and packing.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { applyCorrections, CorrectionsError, parseCorrections, type Correction } from '../../src/data/corrections.ts';
import { DatasetBuilder } from '../../src/data/dataset.ts';
import { regionOf } from '../../src/data/gazetteer.ts';
import { packDataset, unpackDataset } from '../../src/data/pack.ts';
import type { Dataset, Observation } from '../../src/data/types.ts';
import { validateDataset } from '../../src/data/validate.ts';

const ARTICLE = [
  '石家庄市民生实事进展情况',
  '2022-08-11 09:08 来源：石家庄新闻网',
  '今年以来，全市城镇新增就业88442人，完成全年任务的70.75%。',
  '今年全市共计改造956个老旧小区，目前已全部进场施工。',
  '2021年，全市改造老旧小区645个。',
  '全市还将建设体育场地200个。',
].join('\n');

function build(text = ARTICLE): { dataset: Dataset; sha: string } {
  const sha = createHash('sha256').update(text).digest('hex');
  const builder = new DatasetBuilder();
  builder.add({ file: 'sjz.txt', text, sha256: sha, bytes: Buffer.byteLength(text) }, { file: 'sjz.txt', region: 'shijiazhuang' });
  return { dataset: builder.finish(), sha };
}

const figure = (d: Dataset, raw: string): Observation => {
  const o = d.observations.find((x) => x.raw === raw);
  assert.ok(o, `${raw} is a figure`);
  return o;
};

const file = (corrections: Partial<Correction>[]) => ({ format: 'livelihood-corrections/1' as const, corrections: corrections as Correction[] });

describe('applying corrections', () => {
  const { dataset, sha } = build();
  const at = (raw: string) => ({ source: sha, span: figure(dataset, raw).span, raw });

  it('sets status, period, subject and a label of its own, and says what was changed', () => {
    const before = figure(dataset, '645个');
    const { dataset: after, report } = applyCorrections(
      dataset,
      file([{ ...at('645个'), status: 'result', period: { label: '2021年', start: '2021-01-01', end: '2021-12-31' }, subject: '老旧小区改造', label: { zh: '完成改造的老旧小区', en: 'Old compounds renovated (done)' }, checked: true }]),
    );
    const o = figure(after, '645个');
    assert.equal(report.applied, 1);
    assert.equal(report.checked, 1);
    assert.equal(o.subject, '老旧小区改造');
    assert.equal(o.indicator, `${before.category}:完成改造的老旧小区:个`);
    assert.deepEqual(after.indicators.find((i) => i.id === o.indicator)!.name, { zh: '完成改造的老旧小区', en: 'Old compounds renovated (done)' });
    assert.deepEqual(o.corrected, ['subject', 'indicator']); // the period and status were already so
    assert.equal(o.checked, true);
    assert.equal(o.id, before.id, 'ids do not change');
    assert.equal(figure(dataset, '645个').subject, before.subject, 'the input is not changed');
    assert.equal(validateDataset(after).ok, true);
  });

  it('turns an ongoing figure into a result an editor vouches for', () => {
    const { dataset: after } = applyCorrections(dataset, file([{ ...at('956个'), status: 'result', checked: true }]));
    const o = figure(after, '956个');
    assert.equal(o.status, 'result');
    assert.deepEqual(o.corrected, ['status']);
  });

  it('keeps a figure left out among the skipped numerals, so the accounting still adds up', () => {
    const { dataset: after, report } = applyCorrections(dataset, file([{ ...at('200个'), include: false, note: '计划，不是成绩' }]));
    assert.equal(report.excluded, 1);
    assert.equal(after.observations.some((o) => o.raw === '200个'), false);
    const skipped = after.skipped.find((s) => s.raw === '200个')!;
    assert.equal(skipped.reason, 'excluded_by_editor');
    assert.equal(after.observations.length + after.skipped.length, dataset.observations.length + dataset.skipped.length);
    assert.equal(validateDataset(after).ok, true);
    // Applied again to the corrected dataset (as `add` does): the same, not stale.
    const again = applyCorrections(after, file([{ ...at('200个'), include: false }]));
    assert.deepEqual(again.report, { applied: 1, checked: 0, excluded: 1, stale: [] });
    assert.deepEqual(again.dataset, after);
  });

  it('moves a figure to a place the gazetteer knows, with its ancestors', () => {
    const { dataset: after } = applyCorrections(dataset, file([{ ...at('88442人'), region: 'pingshan' }]), regionOf);
    assert.equal(figure(after, '88442人').region, 'pingshan');
    assert.ok(after.regions.some((r) => r.id === 'pingshan'));
    assert.equal(validateDataset(after).ok, true);
  });

  it('reports a correction whose article changed, by name, and applies the rest', () => {
    const edited = build(ARTICLE.replace('956个', '960个'));
    const corrections = file([{ ...at('956个'), file: 'sjz.txt', status: 'result' }]);
    const stale = applyCorrections(edited.dataset, corrections);
    assert.equal(stale.report.applied, 0);
    assert.equal(stale.report.stale.length, 1);
    assert.match(stale.report.stale[0]!.reason, /SHA-256/);
    // Same article, a correction pointing at a span with another figure now.
    const moved = applyCorrections(dataset, file([{ source: sha, span: figure(dataset, '645个').span, raw: '645套' }]));
    assert.match(moved.report.stale[0]!.reason, /now reads 645个/);
  });

  it('refuses two corrections of one figure, and an unknown region or indicator', () => {
    assert.throws(() => applyCorrections(dataset, file([{ ...at('956个'), status: 'result' }, { ...at('956个'), status: 'plan' }])), /corrected twice/);
    assert.throws(() => applyCorrections(dataset, file([{ ...at('956个'), region: 'atlantis' }])), /unknown region "atlantis"/);
    assert.throws(() => applyCorrections(dataset, file([{ ...at('956个'), indicator: 'no_such' }])), (e: Error) => e instanceof CorrectionsError && /give a label/.test(e.message));
  });

  it('packs and unpacks what an editor decided', () => {
    const { dataset: after } = applyCorrections(dataset, file([{ ...at('956个'), status: 'result', checked: true }, { ...at('645个'), checked: true }]));
    assert.deepEqual(unpackDataset(packDataset(after)), { ...after, skipped: [] });
  });
});

describe('reading a corrections file', () => {
  const sha = 'a'.repeat(64);
  const ok = { source: sha, span: [1, 4], raw: '956个' };
  const read = (json: unknown) => () => parseCorrections(json, 'c.json');

  it('reads a valid file', () => {
    assert.equal(parseCorrections({ format: 'livelihood-corrections/1', corrections: [ok] }, 'c.json').corrections.length, 1);
  });

  it('names the file, the entry and the field of every mistake', () => {
    assert.throws(read({ corrections: [] }), /^CorrectionsError: c\.json: format: expected "livelihood-corrections\/1"/);
    assert.throws(read({ format: 'livelihood-corrections/1', corrections: [{ ...ok, source: 'abc' }] }), /c\.json: corrections\[0\]\.source: expected the article's SHA-256/);
    assert.throws(read({ format: 'livelihood-corrections/1', corrections: [{ ...ok, span: [4, 1] }] }), /corrections\[0\]\.span/);
    assert.throws(read({ format: 'livelihood-corrections/1', corrections: [ok, { ...ok, status: 'done' }] }), /corrections\[1\]\.status: expected one of result, plan, target, ongoing/);
    assert.throws(read({ format: 'livelihood-corrections/1', corrections: [{ ...ok, staus: 'plan' }] }), /corrections\[0\]\.staus: unknown field/);
    assert.throws(read({ format: 'livelihood-corrections/1', corrections: [{ ...ok, period: { label: '2024年', start: '2024-13-01' } }] }), /period\.start: expected a date/);
    assert.throws(read({ format: 'livelihood-corrections/1', corrections: [{ ...ok, label: { zh: '托位' } }] }), /label: expected \{zh, en\}/);
  });
});
