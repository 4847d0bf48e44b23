import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildProgressModel, type ProgressModel, type ProgressQuery } from '../../src/charts/livelihood-progress/model.js';
import { loadDefaultDataset } from '../../src/dataset/default.js';
import { RESULTS } from '../../src/kit/model/show.js';
import { cities } from './fixtures.js';
// English strings load on demand in a chart; the tests add them as a chart does.
import { addEnglish } from '../../src/charts/livelihood-progress/messages-en.ts';
addEnglish();

const dataset = await loadDefaultDataset();
const query = (q: Partial<ProgressQuery>): ProgressQuery => ({ regions: [], indicators: [], lang: 'zh', shown: RESULTS, ...q });

function model(q: Partial<ProgressQuery>, data = dataset): ProgressModel {
  const result = buildProgressModel(data, query(q));
  if (!result.ok) throw new Error(`expected a model, got ${result.problem.kind}`);
  return result.model;
}

describe('buildProgressModel', () => {
  it('has the expected defaults: a place\'s indicators with targets, each against its target', () => {
    const m = model({ region: 'shijiazhuang' });
    assert.equal(m.heading, '石家庄市');
    assert.deepEqual(
      m.rows.map((r) => [r.key, r.valueLabel, r.targetLabel, r.shareLabel]),
      [
        ['new_urban_jobs', '88442人', '125006人', '70.75%'],
        ['shantytown_homes_completed', '11648套', '11157套', '104.4%'],
        ['shantytown_homes_started', '20290套', '22399套', '90.6%'],
      ],
    );
    assert.equal(m.maxShare, 104.4);
    // 石家庄's other plans and work under way are not figures of these rows (QA review s6, B12).
    assert.ok(m.notes.every((n) => !n.includes('未画出')), m.notes.join('|'));
  });

  it('counts as not drawn only figures of its rows\' indicators', () => {
    const m = model({ region: 'shijiazhuang', indicators: ['new_urban_jobs', 'old_compounds_renovated'] });
    // 956个 under way (2022) is old_compounds_renovated's: hidden, and counted.
    assert.deepEqual(m.notes.filter((n) => n.includes('未画出')), ['注：另有1个在建数字未画出。']);
  });

  it('takes the target figure of the same indicator, place and year, and never draws it as a bar', () => {
    const row = model({ indicator: 'shantytown_homes_started', regions: ['shijiazhuang'] }).rows[0]!;
    assert.equal(row.observation!.status, 'result');
    assert.equal(row.target!.observation!.raw, '22399套');
    assert.deepEqual(row.notes, ['目标：22399套（2022年）']);
    assert.equal(row.caption, '20290套，目标22399套');
  });

  it('derives a target from the share the article gave, and says so', () => {
    const row = model({ indicator: 'new_urban_jobs', regions: ['shijiazhuang'] }).rows[0]!;
    assert.equal(row.target!.observation, undefined);
    assert.equal(Math.round(row.target!.value), 125006);
    assert.deepEqual(row.notes, ['目标：125006人', '目标按完成比例推算（88442人 ÷ 70.75%）']);
    assert.equal(row.caption, '88442人，目标125006人（推算）');
    assert.equal(row.ariaLabel, '石家庄市：88442人，目标125006人（推算），完成目标的70.75%，2022年1月–8月11日');
  });

  it('says so in English', () => {
    const row = model({ indicator: 'shantytown_homes_started', regions: ['shijiazhuang'], lang: 'en' }).rows[0]!;
    assert.equal(row.caption, '20,290 of target 22,399');
    assert.equal(row.shareLabel, '90.6%');
  });

  it('keeps a place without a target as a row that says so', () => {
    const m = model({ indicator: 'new_urban_jobs' });
    assert.deepEqual(m.rows.map((r) => [r.label, r.shareLabel, r.caption]), [
      ['呼和浩特市', '', '6.1万人，未报告目标'],
      ['石家庄市', '70.75%', '88442人，目标125006人（推算）'],
    ]);
    assert.equal(model({ indicator: 'old_compounds_renovated' }, cities()).rows.length, 3);
  });

  it('asks for a selection when given none', () => {
    const result = buildProgressModel(dataset, query({}));
    assert.equal(!result.ok && result.problem.kind, 'missing-selection');
  });
});

describe('buildProgressModel: the period on the chart’s face', () => {
  it('names the period every row shares once, under the title and in the summary', () => {
    for (const lang of ['zh', 'en'] as const) {
      const m = model({ region: 'shijiazhuang', lang });
      assert.ok(m.rows.length > 1);
      assert.notEqual(m.commonPeriod, '');
      for (const r of m.rows) {
        assert.equal(r.period, m.commonPeriod);
        assert.equal(r.rowLabel, r.label);
      }
      assert.ok(m.summary.includes(m.commonPeriod), m.summary);
    }
  });

  it('names each row’s period by its name when periods differ', () => {
    for (const lang of ['zh', 'en'] as const) {
      const m = model({ indicator: 'old_compounds_renovated', lang }, cities());
      assert.equal(m.commonPeriod, '');
      assert.ok(new Set(m.rows.map((r) => r.period)).size > 1);
      for (const r of m.rows) {
        assert.ok(r.period && r.rowLabel.includes(r.label) && r.rowLabel.includes(r.period), r.rowLabel);
        assert.ok(m.summary.includes(r.rowLabel), m.summary);
      }
    }
  });
});
