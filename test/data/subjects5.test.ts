/**
 * Labels a chart would print wrong (session 14, subjects5): a corrected figure named by what the
 * withdrawn one counted. Each rule runs on the real sentence, on other cities' words, and where it must not fire.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { figures } from './figures.ts';

const head = (place: string) => `${place}民生实事进展情况\n发布日期：2026-11-24\n`;

describe('a corrected figure counts what the withdrawn one did (此前公布的6.95万人应为6.59万人)', () => {
  it('the real sentence (hrss-press-conference.txt): named where the sentence first gives the figure', () => {
    const fig = figures(`${head('烟台市')}10月中旬，我局在“烟台人社”微信公众号发布的“1—9月全市城镇新增就业6.95万人”有误，经核实，此前公布的6.95万人应为6.59万人，特此更正。\n`, 'yantai');
    assert.equal(fig('6.59万人').subject, '城镇新增就业');
    assert.equal(fig('6.59万人').indicator, 'new_urban_jobs');
    assert.ok(!fig('6.59万人').flags?.includes('subject_unclear'));
  });
  it('another city: 应更正为, a count of schools', () => {
    const fig = figures(`${head('宁波市')}本局10月发布的1—9月全市新建改扩建幼儿园28所有误，此前公布的28所应更正为23所。\n`, 'ningbo');
    assert.equal(fig('23所').subject, '新建改扩建幼儿园');
  });
  it('not when no figure stands before 应为 (人均住房面积应为30平方米: a norm, named by its own words)', () => {
    const fig = figures(`${head('宁波市')}全市新建改扩建幼儿园28所。今年新建住房人均住房面积应为30平方米以上。\n`, 'ningbo');
    assert.ok(!fig('30平方米以上').subject.includes('幼儿园'), fig('30平方米以上').subject);
    assert.ok(fig('30平方米以上').subject.includes('人均住房面积'), fig('30平方米以上').subject);
  });
});
