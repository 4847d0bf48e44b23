/**
 * A county's or district's article that goes town by town (`分乡镇看，古市镇…`): a town's
 * figure is the town's, filed under the county (towns are below the gazetteer) but never as
 * the county's measure of the lexicon; the lexicon reads a 统计公报's 城镇常住居民 / 农村常住居民.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DatasetBuilder } from '../../src/data/dataset.ts';
import { figures } from './figures.ts';

const bulletin = (title: string, body: string, region: string) => figures(`${title}\n发布时间：2026-03-20\n\n${body}\n`, region);

describe('a town a figure\'s words open with', () => {
  it('the real bulletin: 古市镇\'s and 象溪镇\'s rural incomes are theirs, the county\'s 城镇/农村常住居民 incomes its own (松阳县)', () => {
    const fig = bulletin(
      '2025年松阳县国民经济和社会发展统计公报',
      '全年全体居民人均可支配收入38640元，比上年增长6.2%。按常住地分，城镇常住居民人均可支配收入52380元，增长5.3%；农村常住居民人均可支配收入28960元，增长7.1%。分乡镇看，古市镇农村常住居民人均可支配收入32650元，居全县首位；象溪镇农村常住居民人均可支配收入27430元，增长7.6%。',
      'songyang',
    );
    assert.equal(fig('38640元').indicator, 'disposable_income_per_capita');
    assert.equal(fig('52380元').indicator, 'urban_disposable_income_per_capita');
    assert.equal(fig('28960元').indicator, 'rural_disposable_income_per_capita');
    assert.equal(fig('32650元').indicator, 'rural_disposable_income_per_capita@古市镇');
    assert.equal(fig('27430元').indicator, 'rural_disposable_income_per_capita@象溪镇');
    assert.equal(fig('7.6%').indicator, 'rural_disposable_income_per_capita@象溪镇.growth');
    for (const raw of ['32650元', '27430元']) assert.equal(fig(raw).region, 'songyang', raw);
  });

  it('names each town in English too: two towns\' figures never read as one county measure (QA s14b A1)', () => {
    const text = '2025年松阳县国民经济和社会发展统计公报\n发布时间：2026-03-20\n\n分乡镇看，古市镇农村常住居民人均可支配收入32650元；象溪镇农村常住居民人均可支配收入27430元。\n';
    const builder = new DatasetBuilder();
    builder.add({ file: 'a.txt', text, sha256: 'd'.repeat(64), bytes: text.length }, { file: 'a.txt', region: 'songyang' });
    const names = builder.finish().indicators.filter((i) => i.id.startsWith('rural_disposable_income_per_capita@')).map((i) => i.name.en);
    assert.deepEqual(names.sort(), ['Rural disposable income per capita, 古市镇 (town)', 'Rural disposable income per capita, 象溪镇 (town)']);
  });

  it('another county\'s report: a town\'s meal points are the town\'s (榆社县)', () => {
    const fig = bulletin('榆社县2025年民生实事完成情况', '全县新增老年助餐点12个。云竹镇新增老年助餐点3个，惠及老年人400余人。', 'yushe');
    assert.equal(fig('12个').indicator, 'elderly_meal_points.added');
    assert.equal(fig('3个').indicator, 'elderly_meal_points.added@云竹镇');
  });

  it('streets listed before 分别: each figure its street\'s, never the county\'s meal points (松阳县; QA s14 A2)', () => {
    const fig = bulletin('2025年松阳县国民经济和社会发展统计公报', '全年新增老年助餐点12个，其中西屏街道、水南街道分别新增老年助餐点4个、3个。', 'songyang');
    assert.equal(fig('12个').indicator, 'elderly_meal_points.added');
    assert.deepEqual([fig('4个').subject, fig('4个').indicator], ['西屏街道新增老年助餐点', 'elderly_meal_points.added@西屏街道']);
    assert.deepEqual([fig('3个').subject, fig('3个').indicator], ['水南街道新增老年助餐点', 'elderly_meal_points.added@水南街道']);
  });

  it('not 城镇, 乡镇 or 小镇, nor a town\'s school or hospital, which are named by themselves', () => {
    const fig = bulletin(
      '榆社县2025年民生实事完成情况',
      '新建城镇老旧小区改造项目开工18个。改造乡镇卫生院5个。云竹镇中心幼儿园改扩建后新增学位480个。',
      'yushe',
    );
    assert.doesNotMatch(fig('18个').indicator, /@/u);
    assert.doesNotMatch(fig('5个').indicator, /@/u);
    assert.doesNotMatch(fig('480个').indicator, /@/u);
    assert.match(fig('480个').subject, /^云竹镇中心幼儿园/u);
  });
});
