/**
 * Figures of problems found (src/data/problems.ts): an audit's or an inspection's figures
 * keep the words that say what went wrong, and are never filed under the canonical
 * indicator of the thing itself (an enrolment, homes built), which would chart them as
 * achievements. The real sentences of test/data/articles/audit-report.txt, and a made-up
 * 医保 inspection notice of another province.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { DatasetBuilder } from '../../src/data/dataset.ts';
import { problemSubject } from '../../src/data/problems.ts';
import type { Dataset, Observation } from '../../src/data/types.ts';

function build(text: string, region: string): Dataset {
  const builder = new DatasetBuilder();
  builder.add({ file: 'a.txt', text, sha256: 'e'.repeat(64), bytes: text.length }, { file: 'a.txt', region });
  return builder.finish();
}
function figure(dataset: Dataset, raw: string, nth = 1): Observation {
  const found = dataset.observations.filter((o) => o.raw === raw)[nth - 1];
  assert.ok(found, `${raw} #${nth} is a figure`);
  return found;
}
const canonical = (dataset: Dataset, o: Observation) => dataset.indicators.find((i) => i.id === o.indicator)!.canonical;

describe('an audit report (天水市, audit-report.txt)', () => {
  const dataset = build(readFileSync(new URL('articles/audit-report.txt', import.meta.url), 'utf8'), 'tianshui');
  it('keeps the words of the problem in the subject', () => {
    assert.equal(figure(dataset, '168.4万元').subject, '违规发放低保金、特困供养金');
    assert.equal(figure(dataset, '326名').subject, '特困人员的护理补贴未按规定发放');
    assert.equal(figure(dataset, '17家').subject, '不符合条件的企业发放稳岗返还资金');
    assert.equal(figure(dataset, '37.9万元').subject, '不符合条件的企业发放稳岗返还资金');
    assert.equal(figure(dataset, '174名').subject, '不符合条件的老年人发放高龄津贴');
    assert.equal(figure(dataset, '17个', 2).subject, '未按期完工的老旧小区改造项目');
  });
  it('files no problem under the canonical indicator of what it is about', () => {
    // 1.27万人 who are insured twice are no count of the insured; 8 homes built and unused no count of homes.
    for (const [raw, nth] of [['1.27万人', 1], ['8个', 1], ['17个', 2]] as const) {
      const o = figure(dataset, raw, nth);
      assert.equal(canonical(dataset, o), false, `${raw}: ${o.indicator}`);
    }
    assert.equal(figure(dataset, '1.27万人').subject, '职工医保和城乡居民医保重复参保');
    assert.equal(figure(dataset, '8个').subject, '农村互助幸福院建成后未投入使用');
    // The plan the audit measured against stays the thing's own.
    assert.equal(figure(dataset, '71个').indicator, 'old_compounds_renovated');
  });
});

describe('an inspection notice of another style (邵阳市 医保飞行检查)', () => {
  const dataset = build(
    [
      '邵阳市医疗保障局关于2025年定点医药机构飞行检查情况的通报',
      '发布时间：2025-12-10 09:00　来源：邵阳市医疗保障局',
      '今年以来，全市共检查定点医药机构860家，其中双清区有23家定点药店串换药品、违规结算医保基金41.6万元；全市有3100人在职工医保和居民医保之间重复参保，已全部清理；另有9家医院超标准收费，多收取费用18.3万元。全市基本医疗保险参保人数达到612万人。',
    ].join('\n'),
    'shaoyang_hunan',
  );
  it('keeps the problem in the subject, the count of the insured canonical', () => {
    assert.equal(figure(dataset, '3100人').subject, '职工医保和居民医保之间重复参保');
    assert.equal(canonical(dataset, figure(dataset, '3100人')), false);
    assert.equal(figure(dataset, '612万人').indicator, 'medical_insurance_enrolled');
    assert.match(figure(dataset, '41.6万元').subject, /违规结算医保基金/u);
    assert.match(figure(dataset, '9家').subject, /超标准收费/u);
  });
});

describe('problemSubject', () => {
  it('leaves a subject that says the problem, and a clause with none', () => {
    assert.equal(problemSubject('', '', '套取职业技能培训补贴'), undefined);
    assert.equal(problemSubject('全市新建', '', '养老床位'), undefined);
  });
  it('takes the problem before the figure, with what is counted after its 的', () => {
    assert.equal(problemSubject('向不符合条件的', '', '家庭发放租赁补贴'), '不符合条件的家庭发放租赁补贴');
  });
});
