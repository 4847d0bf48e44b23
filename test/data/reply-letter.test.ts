/**
 * A bureau's reply to a 政协 proposal (政协提案答复函): dated only by its signature, shortfalls measured
 * against a later target, the plans of its 下一步工作. Small letters in that style and others, run
 * through the whole pipeline (session 13, proposal-reply.txt).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dates, figures } from './figures.ts';
import { findSubject } from '../../src/data/attribute.ts';

const letter = (title: string, body: string, signer: string, date: string) => [title, '', body, '', signer, date, ''].join('\n');

describe('a deadline inside the target a figure is measured against (对照到2030年…的目标，) is the target\'s', () => {
  it('the real sentence: the shortfall is a result now, the target the 2030 level', () => {
    const fig = figures(
      letter('扬州市卫生健康委员会关于市政协九届五次会议第0123号提案的答复', '一是供给总量仍有缺口。对照到2030年每千人口拥有3岁以下婴幼儿托位数达到6个的目标，全市仍有约5900个托位的缺口，其中普惠性托位缺口约4800个。', '扬州市卫生健康委员会', '2026年6月18日'),
      'yangzhou',
    );
    for (const raw of ['约5900个', '约4800个']) {
      assert.equal(fig(raw).status, 'result', raw);
      assert.notEqual(dates(fig(raw))[1], '2030-12-31', raw);
    }
    assert.equal(fig('6个').status, 'target');
    assert.deepEqual(dates(fig('6个')), [null, '2030-12-31']);
  });
  it('another city\'s gap: 距离到2027年…的目标，还差4.2万人', () => {
    const fig = figures(letter('绵阳市人力资源和社会保障局关于第0056号提案的答复', '距离到2027年城镇新增就业30万人的目标，全市还差4.2万人。', '绵阳市人力资源和社会保障局', '2026年5月20日'), 'mianyang');
    assert.equal(fig('4.2万人').status, 'result');
    assert.deepEqual(dates(fig('4.2万人')), [null, '2026-05-20']);
  });
  it('…but a deadline opening the sentence, no target clause, holds for its figures', () => {
    const fig = figures(letter('绵阳市人力资源和社会保障局关于第0056号提案的答复', '到2027年，全市城镇新增就业累计达到30万人，技能人才总量达到4.2万人。', '绵阳市人力资源和社会保障局', '2026年5月20日'), 'mianyang');
    assert.equal(fig('4.2万人').status, 'target');
    assert.deepEqual(dates(fig('4.2万人')), [null, '2027-12-31']);
  });
});

describe('每年 of a standard\'s unit (按每个托位每年2000元的标准) dates neither the standard nor the sum paid after it', () => {
  it('the real sentence: both are 2025\'s, from the paragraph\'s 2025年 and the sentence\'s 全年', () => {
    const fig = figures(
      letter('扬州市卫生健康委员会关于市政协九届五次会议第0123号提案的答复', '2025年，全市新增托位2860个。全年市、县两级财政按每个普惠托位每年2000元的标准发放运营补贴2520万元，比2024年增加680万元。', '扬州市卫生健康委员会', '2026年6月18日'),
      'yangzhou',
    );
    for (const raw of ['2000元', '2520万元']) assert.deepEqual(dates(fig(raw)), ['2025-01-01', '2025-12-31'], raw);
  });
  it('another city\'s: 每张护理型床位每年1200元的标准…860万元', () => {
    const fig = figures(letter('绵阳市民政局关于第0078号提案的答复', '2025年，市财政按每张护理型床位每年1200元的标准发放运营补贴860万元。', '绵阳市民政局', '2026年5月20日'), 'mianyang');
    for (const raw of ['1200元', '860万元']) assert.deepEqual(dates(fig(raw)), ['2025-01-01', '2025-12-31'], raw);
  });
  it('…but a sum spent each year (市本级财政每年投入1000万元) is a yearly amount, with no dates', () => {
    const fig = figures(letter('绵阳市民政局关于第0078号提案的答复', '2025年，市本级财政每年投入1000万元支持社区养老。', '绵阳市民政局', '2026年5月20日'), 'mianyang');
    assert.equal(fig('1000万元').period.label, '每年');
    assert.deepEqual(dates(fig('1000万元')), [null, null]);
  });
});

describe('a standard raised from a later day (计划自2027年1月1日起由每个托位每年2000元提高到2400元)', () => {
  const reply = (body: string) => figures(letter('扬州市卫生健康委员会关于市政协九届五次会议第0123号提案的答复', body, '扬州市卫生健康委员会', '2026年6月18日'), 'yangzhou');
  it('the real sentence: the old standard stands until the day before, the new one is a plan from that day, both named by the clause before', () => {
    const fig = reply('（二）强化政策支持。会同市财政局研究提高普惠托育运营补贴标准，计划自2027年1月1日起由每个托位每年2000元提高到2400元；推动将托育用房纳入配套建设内容。');
    assert.equal(fig('2000元').status, 'result');
    assert.deepEqual(dates(fig('2000元')), [null, '2026-12-31']);
    assert.equal(fig('2400元').status, 'plan');
    assert.deepEqual(dates(fig('2400元')), ['2027-01-01', null]);
    for (const raw of ['2000元', '2400元']) assert.equal(fig(raw).subject, '普惠托育运营补贴标准', raw);
  });
  it('another city\'s: 自2027年1月1日起由每人每月780元提高到820元', () => {
    const fig = figures(letter('绵阳市民政局关于第0078号提案的答复', '下一步，我局将研究调整城乡低保标准，计划自2027年1月1日起由每人每月780元提高到820元。', '绵阳市民政局', '2026年5月20日'), 'mianyang');
    assert.equal(fig('780元').status, 'result');
    assert.deepEqual(dates(fig('780元')), [null, '2026-12-31']);
    assert.equal(fig('780元').subject, '城乡低保标准');
  });
  it('…but a change with its name before 由 keeps that name, and no day of effect leaves the old level undated by it', () => {
    const fig = figures(letter('绵阳市民政局关于第0078号提案的答复', '2025年，城市低保标准由每人每月760元提高到780元。', '绵阳市民政局', '2026年5月20日'), 'mianyang');
    assert.match(fig('760元').subject, /城市低保标准/u);
    assert.notEqual(dates(fig('760元'))[1], '2026-12-31');
  });
});

describe('a year-end deadline before a figure (力争2026年底前建成…20个) dates the plan, and its 前 is no part of the name', () => {
  const reply = (body: string) => figures(letter('扬州市卫生健康委员会关于市政协九届五次会议第0123号提案的答复', body, '扬州市卫生健康委员会', '2026年6月18日'), 'yangzhou');
  it('the real sentence', () => {
    const fig = reply('三、下一步工作\n\n（三）深化医育结合。依托全市87家乡镇卫生院和社区卫生服务中心，力争2026年底前建成医育结合示范点20个，实现县（市、区）全覆盖。');
    assert.equal(fig('20个').status, 'plan');
    assert.deepEqual(dates(fig('20个')), [null, '2026-12-31']);
    assert.equal(fig('20个').subject, '医育结合示范点');
    assert.equal(fig('87家').status, 'result');
    assert.deepEqual(dates(fig('87家')), [null, '2026-06-18']);
  });
  it('another year\'s: 确保2027年底前建成城市书房15个', () => {
    const fig = figures(letter('绵阳市文化广电旅游局关于第0091号提案的答复', '下一步，确保2027年底前建成城市书房15个。', '绵阳市文化广电旅游局', '2026年5月20日'), 'mianyang');
    assert.deepEqual(dates(fig('15个')), [null, '2027-12-31']);
  });
  it('…but 年底前再完成 inside the year\'s programme keeps the year (wechat-progress.txt)', () => {
    const fig = figures(['柯桥区2025年民生实事项目进展来啦', '柯桥发布　2025年12月03日 18:30　浙江', '', '完成农村供水提质改造2.5万户，计划年底前再完成3000户。'].join('\n'), 'keqiao');
    assert.deepEqual(dates(fig('3000户')), ['2025-01-01', '2025-12-31']);
  });
});

describe('a share of those reached (覆盖城市社区的31.6%) is a level at the period\'s end', () => {
  const reply = (body: string) => figures(letter('扬州市卫生健康委员会关于市政协九届五次会议第0123号提案的答复', body, '扬州市卫生健康委员会', '2026年6月18日'), 'yangzhou');
  it('the real sentence', () => {
    const fig = reply('2025年，全市新增托位2860个；新建社区嵌入式托育点42个，累计达到118个，覆盖城市社区的31.6%。');
    assert.deepEqual(dates(fig('31.6%')), [null, '2025-12-31']);
    assert.deepEqual(dates(fig('42个')), ['2025-01-01', '2025-12-31']);
  });
  it('another city\'s: 覆盖行政村的92.5%', () => {
    const fig = figures(letter('绵阳市卫生健康委员会关于第0102号提案的答复', '2025年，全市新建村卫生室15个，覆盖行政村的92.5%。', '绵阳市卫生健康委员会', '2026年5月20日'), 'mianyang');
    assert.deepEqual(dates(fig('92.5%')), [null, '2025-12-31']);
  });
  it('…but a share of a whole (占全省的8.2%) stays the year\'s', () => {
    const fig = figures(letter('绵阳市人力资源和社会保障局关于第0056号提案的答复', '2025年，全市城镇新增就业5万人，占全省的8.2%。', '绵阳市人力资源和社会保障局', '2026年5月20日'), 'mianyang');
    assert.deepEqual(dates(fig('8.2%')), ['2025-01-01', '2025-12-31']);
  });
});

describe('subjects of a reply letter\'s figures, never a clause fragment (findSubject)', () => {
  const subject = (before: string, after: string, unit = '个') => findSubject(before, after, null, unit).subject;
  it('a shortfall named with what falls short: 仍有约5900个托位的缺口; another city\'s 还有1.2万个学位的缺口', () => {
    assert.equal(subject('全市仍有约', '托位的缺口'), '托位缺口');
    assert.equal(subject('全区还有', '学位的缺口'), '学位缺口');
  });
  it('a standard named by what it pays, with its unit: 按每个普惠托位每年2000元的标准发放运营补贴', () => {
    assert.equal(subject('全年市、县两级财政按每个普惠托位每年', '的标准发放运营补贴', '元'), '运营补贴标准（每个普惠托位每年）');
    assert.equal(subject('市财政按每张护理型床位每年', '的标准给予建设补助', '元'), '建设补助标准（每张护理型床位每年）');
  });
  it('a target named after the level it sets: …托位数达到6个的目标', () => {
    assert.equal(subject('对照到2030年每千人口拥有3岁以下婴幼儿托位数达到', '的目标'), '每千人口拥有3岁以下婴幼儿托位数目标');
  });
  it('…but a target with no level before it keeps its own name (距4.5个的规划目标)', () => {
    assert.equal(subject('距', '的规划目标仍差1.4个'), '规划目标');
  });
  it('仅 is the report\'s tone: 具有大专以上学历的仅占, 托育机构平均收托率仅为', () => {
    assert.equal(subject('具有大专以上学历的仅占', '', '%'), '具有大专以上学历的占比');
    assert.equal(subject('全市托育机构平均收托率仅为', '', '%'), '托育机构平均收托率');
  });
});
