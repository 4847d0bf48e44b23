/**
 * Two scopes of one place's books (scope.ts): `市本级` (the city government's own budget) and
 * `全市` give two figures for one measure, one city and one year, so they must never share an
 * indicator. The real 宜昌市 budget report, and a county's of our own in another layout.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { DatasetBuilder } from '../../src/data/dataset.ts';
import { decodeArticle } from '../../src/data/decode.ts';
import type { Dataset, Observation } from '../../src/data/types.ts';

function build(text: string, region: string): Dataset {
  const builder = new DatasetBuilder();
  builder.add({ file: 's.txt', text, sha256: 'e'.repeat(64), bytes: text.length }, { file: 's.txt', region });
  return builder.finish();
}

function figureIn(dataset: Dataset, text: string, raw: string, nth = 1): Observation {
  let at = -1;
  for (let i = 0; i < nth; i++) at = text.indexOf(raw, at + 1);
  const o = dataset.observations.find((x) => x.span[0] === at);
  assert.ok(o, `${raw} #${nth} is a figure`);
  return o;
}

describe('the 宜昌市 budget report (test/data/articles/budget-report.txt)', () => {
  const { text } = decodeArticle(readFileSync(new URL('./articles/budget-report.txt', import.meta.url)));
  const dataset = build(text, 'yichang');
  const fig = (raw: string, nth = 1) => figureIn(dataset, text, raw, nth);

  it('files the 市本级 section\'s sector spending apart from the whole city\'s, with its growth', () => {
    for (const [city, own] of [['98.7亿元', '21.4亿元'], ['112.5亿元', '26.7亿元'], ['56.3亿元', '12.9亿元']] as const) {
      assert.notEqual(fig(city).indicator, fig(own).indicator, `${city} and ${own}`);
      assert.ok(fig(own).subject.startsWith('市本级'), fig(own).subject);
      assert.ok(!fig(city).subject.includes('本级'), fig(city).subject);
    }
    assert.notEqual(fig('3.6%').indicator, fig('1.8%').indicator);
    assert.ok(fig('1.8%').indicator.startsWith(fig('21.4亿元').indicator));
  });

  it('files the 2026 市本级 items (1.教育支出22.3亿元) with the 2025 市本级 figures, not with the city\'s', () => {
    assert.equal(fig('22.3亿元').indicator, fig('21.4亿元').indicator);
    assert.equal(fig('22.3亿元').subject, '市本级教育支出');
  });

  it('keeps a standard per person one measure across the sections: it is the residents\', whatever books pay it', () => {
    assert.equal(fig('700元').indicator, fig('730元').indicator);
  });
});

describe('a county\'s budget of our own: the scope named in a sentence, and a whole named inside a scoped section', () => {
  const text = [
    '关于开化县2024年预算执行情况的报告',
    '发布时间：2025-01-20',
    '（一）全县预算执行情况',
    '全县一般公共预算支出52.6亿元。其中，教育支出9.8亿元，增长4.1%。',
    '（二）县本级预算执行情况',
    '教育支出3.2亿元，增长2.0%。全县学生资助资金1.1亿元。',
    '县本级一般公共预算支出31.4亿元，其中卫生健康支出2.6亿元。',
  ].join('\n');
  const dataset = build(text, 'kaihua');
  const fig = (raw: string, nth = 1) => figureIn(dataset, text, raw, nth);

  it('a section heading scopes its figures; 全县 in its sentence speaks of the whole again', () => {
    assert.deepEqual(
      ['9.8亿元', '3.2亿元', '1.1亿元', '31.4亿元'].map((raw) => fig(raw).subject),
      ['教育支出', '县本级教育支出', '学生资助资金', '县本级一般公共预算支出'],
    );
    assert.notEqual(fig('9.8亿元').indicator, fig('3.2亿元').indicator);
  });

  it('a sentence that names the scope scopes the figures after it', () => {
    // (The first 2.6亿元 lies inside 52.6亿元.)
    assert.equal(fig('2.6亿元', 2).subject, '县本级卫生健康支出');
  });
});
