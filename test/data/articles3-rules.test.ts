/**
 * Rules found by the three articles of session 14 (articles3): a city's ten-year review, a
 * district's enrolment notice and a 医保 policy Q&A. Each on its real sentence and on made-up
 * ones of other cities and styles, with one where the rule must not fire.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DatasetBuilder } from '../../src/data/dataset.ts';
import { dates, figures } from './figures.ts';

describe('an enrolment notice of a year: its 招生计划 section lists that year\'s plans', () => {
  const notice = (title: string, published: string, body: string[], region: string) =>
    figures([title, `发布日期：${published}`, '', ...body].join('\n'), region);
  it('the real notice: a school\'s plan under 其中： and the class-size cap are plans of 2026 (雨花区)', () => {
    const fig = notice(
      '长沙市雨花区2026年义务教育阶段学校招生入学工作公告',
      '2026-06-10',
      [
        '二、招生计划',
        '2026年，全区公办小学计划招收一年级新生9860人，编班219个。严格控制班额，小学每班人数上限为45人，不得产生大班额。其中：',
        '1.雨花区第一中学：计划招生12个班，600人；',
        '去年，全区公办小学实际招收一年级新生9512人。',
      ],
      'yuhua_changsha',
    );
    for (const raw of ['600人', '45人']) {
      assert.equal(fig(raw).status, 'plan', raw);
      assert.deepEqual(dates(fig(raw)), ['2026-01-01', '2026-12-31'], raw);
    }
    assert.deepEqual([fig('9512人').status, ...dates(fig('9512人'))], ['result', '2025-01-01', '2025-12-31']);
  });
  it('another city and wording: a 招生工作方案 of a county-level city (株洲市)', () => {
    const fig = notice(
      '株洲市2025年普通高中招生工作方案',
      '2025-05-20',
      ['三、招生计划', '市一中：招收新生800人，每班不超过50人。'],
      'zhuzhou',
    );
    assert.equal(fig('800人').status, 'plan');
    assert.deepEqual(dates(fig('800人')), ['2025-01-01', '2025-12-31']);
  });
  it('does not fire on a heading that reports the plan done (招生计划完成情况)', () => {
    const fig = notice(
      '株洲市2025年普通高中招生工作总结',
      '2025-09-20',
      ['三、招生计划完成情况', '市一中实际招收新生812人。'],
      'zhuzhou',
    );
    assert.equal(fig('812人').status, 'result');
  });
});

/** What became of each numeral of `text` written `raw`: a figure, or the reason it was skipped. */
function readAs(text: string, region: string): (raw: string) => string {
  const builder = new DatasetBuilder();
  builder.add({ file: 'a.txt', text, sha256: 'e'.repeat(64), bytes: text.length }, { file: 'a.txt', region });
  const { observations, skipped } = builder.finish();
  return (raw) => (observations.some((o) => o.raw === raw) ? 'figure' : skipped.find((s) => s.raw === raw)?.reason ?? 'absent');
}

describe('an application\'s rule (限报1所学校) is no count, as a ballot\'s is', () => {
  it('the real notice (雨花区)', () => {
    const read = readAs('长沙市雨花区2026年义务教育阶段学校招生入学工作公告\n网上报名：7月1日至7月5日，家长登录平台填报信息，每名儿童限报1所学校。', 'yuhua_changsha');
    assert.equal(read('1所'), 'set_phrase');
  });
  it('another wording: 最多可报2个志愿 (株洲市)', () => {
    const read = readAs('株洲市2025年普通高中招生工作方案\n考生最多可报2个志愿，全市计划招生2.1万人。', 'zhuzhou');
    assert.equal(read('2个'), 'set_phrase');
    assert.equal(read('2.1万人'), 'figure');
  });
  it('does not fire on a time limit\'s 限 (期限报告) nor on a count reported (报名人数)', () => {
    const read = readAs('株洲市2025年普通高中招生工作总结\n各校按期限报告3份材料，全市报名8600人。', 'zhuzhou');
    assert.equal(read('3份'), 'figure');
    assert.equal(read('8600人'), 'figure');
  });
});
