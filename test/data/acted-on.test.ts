/**
 * Labels that keep what was done to the things counted (QA s13 A2, A3, B3; session 14): a verb shared
 * across 、 (新建、改扩建…), a list's opening verb on each item, and things of two kinds kept apart.
 * Each rule runs on the real sentence, on other cities' words, and where it must not fire.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { figures } from './figures.ts';

const head = (place: string) => `${place}民生实事进展情况\n发布日期：2025-12-26\n`;

describe('a verb of building before 、 and another after it share the object (新建、改扩建中小学和幼儿园)', () => {
  it('the real sentences: a numbered candidate (candidate-projects.txt) and a broadcast (broadcast-script.txt)', () => {
    const fig = figures(`${head('台州市')}1.新建、改扩建中小学和幼儿园20所，新增学位1.2万个。\n教育方面，今年全市新建、改扩建中小学和幼儿园二十一所。\n`, 'taizhou_zhejiang');
    assert.equal(fig('20所').subject, '新建、改扩建中小学和幼儿园');
    assert.equal(fig('二十一所').subject, '新建、改扩建中小学和幼儿园');
  });
  it('other cities: a time and an adverb before the first verb', () => {
    const fig = figures(`${head('开化县')}到2027年，全县还将新建、改扩建学校6所。\n2.新建、改造标准化农贸市场15家。\n`, 'kaihua');
    assert.equal(fig('6所').subject, '新建、改扩建学校');
    assert.equal(fig('15家').subject, '新建、改造标准化农贸市场');
  });
  it('not when the words after 、 open with no verb of building (新建学校12所、幼儿园8所 is a list)', () => {
    const fig = figures(`${head('湖州市')}今年，全市开展培训、就业服务1.2万人次。\n`, 'huzhou');
    assert.ok(!fig('1.2万人次').subject.startsWith('培训、'), fig('1.2万人次').subject);
  });
});

describe('schools and kindergartens counted together are not schools_built (QA s13 B3)', () => {
  it('the real sentence: 新建、改扩建中小学和幼儿园20所 has an indicator of its own', () => {
    const fig = figures(`${head('台州市')}1.新建、改扩建中小学和幼儿园20所，新增学位1.2万个。\n`, 'taizhou_zhejiang');
    assert.notEqual(fig('20所').indicator, 'schools_built');
    assert.ok(!fig('20所').flags?.includes('subject_unclear'));
  });
  it('another city: 中小学、幼儿园 with 、', () => {
    const fig = figures(`${head('嘉兴市')}2026年计划新建改扩建中小学、幼儿园10所。\n`, 'jiaxing');
    assert.notEqual(fig('10所').indicator, 'schools_built');
  });
  it('schools alone stay schools_built', () => {
    const fig = figures(`${head('呼和浩特市')}今年，我市新建改扩建中小学12所。\n`, 'hohhot');
    assert.equal(fig('12所').indicator, 'schools_built');
  });
});

describe('a verb of work opening a list is each bare item\'s (援建学校14所、乡镇卫生院和村卫生室23个)', () => {
  it('the real sentences: paired-assistance.txt and county-work-report.txt', () => {
    const aid = figures(`${head('宁波市')}今年，宁波在黔西南州援建学校14所、乡镇卫生院和村卫生室23个，新增学位6800个。\n`, 'ningbo');
    assert.equal(aid('23个').subject, '援建乡镇卫生院和村卫生室');
    assert.ok(!/village_clinics|township_health_centres/u.test(aid('23个').indicator), aid('23个').indicator);
    const county = figures(`${head('开化县')}改造城镇老旧小区86个、农村危房3460户。\n`, 'kaihua');
    assert.equal(county('3460户').subject, '改造农村危房');
  });
  it('another city: 新增交通信号灯8处、减速带36条', () => {
    const fig = figures(`${head('开化县')}今年新增交通信号灯8处、减速带36条，施划斑马线52处。\n`, 'kaihua');
    assert.equal(fig('36条').subject, '新增减速带');
  });
  it('not an item with work of its own (新增就业3100人、失业人员再就业1200人; 建成村卫生室36个、新增床位260张)', () => {
    const fig = figures(`${head('湖州市')}全年新增就业3100人、失业人员再就业1200人。全市建成村卫生室36个、新增床位260张。\n`, 'huzhou');
    assert.equal(fig('1200人').subject, '失业人员再就业');
    assert.equal(fig('260张').subject, '新增床位');
  });
});
