/**
 * Figures stated as a level: a ratio written without a unit (城乡居民收入比缩小至1.61) is a
 * figure, and a change to a level (失业率控制在5%左右) names what changes, not the verb.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DatasetBuilder } from '../../src/data/dataset.ts';

const ARTICLE = [
  '湖州市2025年政府工作报告（摘要）',
  '2025-01-20 来源：湖州日报',
  '去年，全体居民人均可支配收入达到6.8万元，增长5.3%，城乡居民收入比缩小至1.61，城镇调查失业率保持在4.5%以下。南浔区城乡收入比为1.52∶1，继续保持全市最低。普通高中录取率提高到68.2%，比上年提高2个百分点。',
  '今年的主要预期目标是：城镇调查失业率控制在5%左右，力争城乡居民收入比进一步缩小到1.59。',
].join('\n');

function build() {
  const builder = new DatasetBuilder();
  builder.add({ file: 'huzhou.txt', text: ARTICLE, sha256: 'a'.repeat(64), bytes: ARTICLE.length }, { file: 'huzhou.txt', region: 'huzhou' });
  return builder.finish();
}

describe('figures stated as a level', () => {
  const dataset = build();
  const figure = (raw: string) => {
    const found = dataset.observations.find((o) => o.raw === raw);
    assert.ok(found, `${raw} is a figure`);
    return found;
  };

  it('reads a ratio without a unit as a figure of the ratio, unit ""', () => {
    for (const [raw, status, year, region] of [['1.61', 'result', '2024', 'huzhou'], ['1.59', 'plan', '2025', 'huzhou'], ['1.52', 'result', '2024', 'nanxun']] as const) {
      const o = figure(raw);
      assert.equal(o.value, Number(raw));
      assert.equal(o.unit, '');
      assert.equal(o.indicator, 'urban_rural_income_ratio');
      assert.equal(o.status ?? 'result', status, raw);
      assert.equal(o.period.start?.slice(0, 4), year, raw);
      assert.equal(o.region, region, raw);
    }
    assert.equal(dataset.indicators.find((i) => i.id === 'urban_rural_income_ratio')?.kind, 'ratio');
  });

  it('names what reaches the level, not the verb that took it there', () => {
    assert.deepEqual(
      ['1.61', '1.59', '4.5%以下', '5%左右', '68.2%'].map((raw) => figure(raw).subject),
      ['城乡居民收入比', '城乡居民收入比', '城镇调查失业率', '城镇调查失业率', '普通高中录取率'],
    );
  });

  it('reads 以内 as an upper bound, not an exact level or a subject (QA review s7)', () => {
    const builder = new DatasetBuilder();
    const text = '赣州市2025年前三季度城镇新增就业3.2万人，城镇调查失业率控制在5.2%以内。';
    builder.add({ file: 'ganzhou.txt', text, sha256: 'b'.repeat(64), bytes: text.length }, { file: 'ganzhou.txt', region: 'ganzhou_jiangxi' });
    const o = builder.finish().observations.find((f) => f.value === 5.2)!;
    assert.deepEqual([o.raw, o.qualifier, o.subject], ['5.2%以内', 'under', '城镇调查失业率']);
  });

  it('reads 比上年提高 as a change on the figure before it, and accounts for the 1 of 1.52∶1', () => {
    const change = figure('2个百分点');
    assert.equal(change.indicator, `${figure('68.2%').indicator}.increase`);
    assert.equal(change.unit, '百分点');
    const one = dataset.skipped.filter((s) => s.raw === '1');
    assert.equal(one.length, 1);
    assert.equal(one[0]!.reason, 'no_unit');
  });
});
