import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildProgressModel, derivedTarget, type ProgressModel, type ProgressQuery } from '../../src/charts/livelihood-progress/model.js';
import { loadDefaultDataset } from '../../src/dataset/default.js';
import { RESULTS } from '../../src/kit/model/show.js';
import { cities } from './fixtures.js';
import { readFileSync } from 'node:fs';
import { DatasetBuilder } from '../../src/data/dataset.js';
import { isRelatedIndicator } from '../../src/kit/model/related.js';
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
        ['new_urban_jobs', '88442人', '约12.5万人', '70.75%'],
        ['shantytown_homes_completed', '11648套', '约11160套', '104.4%'],
        // The article's own 90.58% (20290 of 22399), as the stat shows it, not 90.6% (QA C3).
        ['shantytown_homes_started', '20290套', '22399套', '90.58%'],
      ],
    );
    assert.equal(m.maxShare, 104.4);
    // 石家庄's other plans and work under way are not figures of these rows (QA review s6, B12).
    assert.ok(m.notes.every((n) => !n.includes('未画出')), m.notes.join('|'));
  });

  it('rows a lexicon flow (新增托位 → childcare_places.added) against its target, never taking it for a derived figure (QA s14 C2)', () => {
    const text = readFileSync(new URL('../data/articles/district-half-year.txt', import.meta.url), 'utf8');
    const builder = new DatasetBuilder();
    builder.add({ file: 'lc.txt', text, sha256: 'c'.repeat(64), bytes: text.length }, { file: 'lc.txt', region: 'licheng_jinan' });
    const m = model({ region: 'licheng_jinan' }, builder.finish());
    const places = m.rows.find((r) => r.key === 'childcare_places.added');
    assert.ok(places, m.rows.map((r) => r.key).join(', '));
    assert.deepEqual([places.valueLabel, places.targetLabel], ['210个', '800个']);
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
    // The bar is drawn against the exact quotient; the words say only what 70.75% supports (QA review s11, finding 6).
    assert.equal(Math.round(row.target!.value), 125006);
    assert.deepEqual(row.notes, ['目标：约12.5万人', '目标按完成比例推算（88442人 ÷ 70.75%）']);
    assert.equal(row.caption, '88442人，目标约12.5万人（推算）');
    assert.equal(row.ariaLabel, '石家庄市：88442人，目标约12.5万人（推算），完成目标的70.75%，2022年1月–8月11日');
    const en = model({ indicator: 'new_urban_jobs', regions: ['shijiazhuang'], lang: 'en' }).rows[0]!;
    assert.equal(en.caption, '88,442 people of a derived target ≈125K people');
    assert.ok(!en.ariaLabel.includes('125,006'), en.ariaLabel);
  });

  it('writes a share as the article did where it agrees, else to two decimals as every number (QA C3)', () => {
    const started = (value: number, keepShare: boolean) => {
      const ds = structuredClone(dataset);
      ds.observations.find((o) => o.id === '004_ccece93cdd1aa1d0:2693')!.value = value;
      if (!keepShare) ds.observations = ds.observations.filter((o) => o.id !== '004_ccece93cdd1aa1d0:2707');
      return model({ indicator: 'shantytown_homes_started', regions: ['shijiazhuang'] }, ds).rows[0]!.shareLabel;
    };
    // 20290 of 22399 is 90.584%: the article's 90.58%, or, were it not there, the same by the rule.
    assert.equal(started(20290, true), '90.58%');
    assert.equal(started(20290, false), '90.58%');
    // A made-up 20000 of 22399 (89.29%): the article's 90.58% no longer agrees and is not used.
    assert.equal(started(20000, true), '89.29%');
    assert.equal(started(22399, false), '100%');
  });

  it('says so in English', () => {
    const row = model({ indicator: 'shantytown_homes_started', regions: ['shijiazhuang'], lang: 'en' }).rows[0]!;
    // The unit noun as Chinese shows it (QA s12 C1; before: 20,290 of target 22,399).
    assert.equal(row.caption, '20,290 homes of target 22,399 homes');
    assert.equal(row.shareLabel, '90.58%');
  });

  it('names the unit in English as Chinese does, derived targets too (QA s12 C1)', () => {
    // Before: 11,648 of a derived target ≈11.16K (zh: 11648套，目标约11160套（推算）).
    const row = model({ indicator: 'shantytown_homes_completed', regions: ['shijiazhuang'], lang: 'en' }).rows[0]!;
    assert.match(row.caption, /^11,648 homes of a derived target ≈[\d.,K]+ homes$/);
  });

  it('keeps a place without a target as a row that says so', () => {
    const m = model({ indicator: 'new_urban_jobs' });
    assert.deepEqual(m.rows.map((r) => [r.label, r.shareLabel, r.caption]), [
      ['呼和浩特市', '', '6.1万人，未报告目标'],
      ['石家庄市', '70.75%', '88442人，目标约12.5万人（推算）'],
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

describe('derivedTarget', () => {
  const share = (value: number, raw: string) => ({ ...dataset.observations[0]!, value, raw, unit: '%' });
  it('rounds to the fewest significant digits the share’s precision supports', () => {
    // 88442 ÷ 70.75%: 125006.1, anywhere in 124997.5–125015.2.
    assert.equal(derivedTarget(88442, share(70.75, '70.75%')), 125000);
    // 11648 ÷ 104.4%: 11157.1, anywhere in 11151.7–11162.4.
    assert.equal(derivedTarget(11648, share(104.4, '104.4%')), 11160);
  });

  it('keeps more digits for a more precise share, fewer for a coarser one', () => {
    // 3000 ÷ 60%: exactly 5000, anywhere in 4958.7–5042.0: one digit is already inside.
    assert.equal(derivedTarget(3000, share(60, '60%')), 5000);
    // 1234 ÷ 61.7%: 2000.0, anywhere in 1998.4–2001.6.
    assert.equal(derivedTarget(1234, share(61.7, '61.7%')), 2000);
    // 1234 ÷ 61.73%: 1999.03, anywhere in 1998.9–1999.2: four digits.
    assert.equal(derivedTarget(1234, share(61.73, '61.73%')), 1999);
    // A share written in words gives its decimals from its value: 八成 is 80, ±0.5.
    assert.equal(derivedTarget(4000, share(80, '八成')), 5000);
  });
});

describe('isRelatedIndicator', () => {
  it('is a figure measured against another, not a lexicon measure of its own', () => {
    for (const id of ['new_urban_jobs.growth', 'new_urban_jobs.target_share', 'elderly_meal_points.added.growth', 'rural_disposable_income_per_capita@古市镇.growth', 'health:床位:张.increase']) {
      assert.equal(isRelatedIndicator(id), true, id);
    }
    for (const id of ['new_urban_jobs', 'childcare_places.added', 'old_compounds_renovated.cumulative', 'elderly_meal_points.added@鹭江街道', 'health:床位:张']) {
      assert.equal(isRelatedIndicator(id), false, id);
    }
  });
});
