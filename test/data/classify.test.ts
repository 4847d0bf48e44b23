/**
 * What a numeral is, read end to end from a short article: the size of a list the place
 * is one of is no figure; a qualifier or unit written unusually is read as meant.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DatasetBuilder } from '../../src/data/dataset.ts';

const ARTICLE = [
  '石家庄市民生实事进展情况',
  '2022-08-11 来源：石家庄新闻网',
  '便民市场建设是今年市委、市政府确定的十件民生实事之一。我市是全省5个试点城市之一。',
  '按照“到2025年全市城乡居民可支配收入力争突破5万元”的目标，今年以来收入稳步增长。',
  '截至目前，全市已累计办结各类业务63.89万件，服务群众41.82万人(次)。',
].join('\n');

describe('what a numeral is', () => {
  const builder = new DatasetBuilder();
  builder.add({ file: 'sjz.txt', text: ARTICLE, sha256: 'b'.repeat(64), bytes: ARTICLE.length }, { file: 'sjz.txt', region: 'shijiazhuang' });
  const dataset = builder.finish();

  it('skips the size of a list the place is one of (十件民生实事之一), as a set phrase', () => {
    assert.deepEqual(dataset.skipped.filter((s) => s.raw === '十件' || s.raw === '5个').map((s) => [s.raw, s.reason]), [['十件', 'set_phrase'], ['5个', 'set_phrase']]);
    assert.ok(!dataset.observations.some((o) => o.raw === '十件' || o.raw === '5个'));
  });

  it('skips the size of a year\'s programme in its name (十件民生实事项目), but not its items', () => {
    const text = '泉州市2026年市级十件民生实事项目公布\n2026-01-20 来源：泉州市人民政府\n今年十件民生实事项目计划总投资52.6亿元。柯桥区十大民生实事稳步推进，办结民生实事12件。';
    const b = new DatasetBuilder();
    b.add({ file: 'q.txt', text, sha256: 'c'.repeat(64), bytes: text.length }, { file: 'q.txt', region: 'quanzhou_fujian' });
    const { skipped, observations } = b.finish();
    assert.deepEqual(skipped.filter((s) => s.raw.startsWith('十')).map((s) => [s.raw, s.reason]), [['十件', 'plan_name'], ['十件', 'plan_name']]);
    assert.deepEqual(observations.map((o) => o.raw), ['52.6亿元', '12件']);
  });

  it('reads a fraction (超过四分之一) as a share in %, with its qualifier, not as a set phrase', () => {
    const text = '全市42个街道中，覆盖率超过四分之一，老人占常住人口的三分之二。';
    const b = new DatasetBuilder();
    b.add({ file: 'f.txt', text, sha256: 'f'.repeat(64), bytes: text.length }, { file: 'f.txt', region: 'shijiazhuang' });
    const { observations, skipped } = b.finish();
    assert.deepEqual(
      observations.filter((o) => o.raw.includes('分之')).map((o) => [o.raw, o.value, o.unit, o.qualifier]),
      [['超过四分之一', 25, '%', 'over'], ['三分之二', 66.67, '%', 'exact']],
    );
    assert.ok(!skipped.some((s) => s.raw.includes('四') || s.raw.includes('二')));
  });
  it('skips a congress session\'s number and working days, but counts meetings held', () => {
    const text = '市十六届人大五次会议票决产生民生实事。审核在10个工作日内完成。今年召开3次会议。';
    const b = new DatasetBuilder();
    b.add({ file: 'f.txt', text, sha256: 'f'.repeat(64), bytes: text.length }, { file: 'f.txt', region: 'shijiazhuang' });
    const { observations, skipped } = b.finish();
    assert.deepEqual(skipped.filter((s) => /五次|工作日/u.test(s.raw)).map((s) => [s.raw, s.reason]), [['五次', 'ordinal'], ['10个工作日', 'duration']]);
    assert.deepEqual(observations.map((o) => o.raw), ['3次']);
  });
  it('reads 翻了一番 as twice, 翻两番 as four times', () => {
    const text = '全市助餐点数量比2020年翻了一番，床位翻两番。';
    const b = new DatasetBuilder();
    b.add({ file: 'f.txt', text, sha256: 'f'.repeat(64), bytes: text.length }, { file: 'f.txt', region: 'shijiazhuang' });
    assert.deepEqual(b.finish().observations.map((o) => [o.raw, o.value, o.unit]), [['一番', 2, '倍'], ['两番', 4, '倍']]);
  });

  it('names a doubling whole, and the level it reached by what doubled (no fragment ending in 比)', () => {
    const text = [
      '芜湖市民生实事进展',
      '发布时间：2025-12-18',
      '公共充电桩数量比去年翻了一番，达到一万五千根。全市托位翻两番。',
      '全市社区养老服务综合体达到120个，比2020年翻了一番。',
      '城乡居民人均可支配收入同比增长5.2%，达到41230元。',
      // No change before it: 达到 alone names nothing, and no measure is taken from the figure before.
      '全市新建口袋公园38个，达到126个。',
    ].join('\n');
    const b = new DatasetBuilder();
    b.add({ file: 'd.txt', text, sha256: 'd'.repeat(64), bytes: text.length }, { file: 'd.txt', region: 'wuhu' });
    const observations = b.finish().observations;
    const read = new Map(observations.map((o) => [o.raw, [o.subject, o.indicator]]));
    const doublings = observations.filter((o) => o.raw === '一番').map((o) => [o.subject, o.indicator]);
    assert.deepEqual(doublings[0]![0], '公共充电桩数量比去年翻番');
    // …比2020年翻了一番 after its level: a change of that figure, named by it.
    assert.deepEqual(doublings[1], ['社区养老服务综合体比2020年翻番', 'elderly_care:社区养老服务综合体:个.doubling']);
    assert.deepEqual(read.get('一万五千根'), ['公共充电桩数量', 'ev_chargers']);
    assert.equal(read.get('两番')![0], '托位翻两番');
    assert.equal(read.get('41230元')![1], 'disposable_income_per_capita');
    assert.notEqual(read.get('126个')![0], '');
    assert.doesNotMatch(String(read.get('126个')![0]), /比|翻/u);
  });

  it('reads a multiple of an earlier year (是去年的一点五倍) as one of the figure before, of its period, not of that year', () => {
    const text = [
      '芜湖市民生实事进展',
      '发布时间：2025-12-18',
      '今年，我市加装电梯二百一十七部，是去年的一点五倍。',
      '全市养老床位达到3.2万张，相当于2020年的1.2倍。',
      '明年计划新增托位5000个，是今年的2倍。',
      // No figure before it in its sentence: no base to take.
      '去年的3倍以上用于新建。',
    ].join('\n');
    const b = new DatasetBuilder();
    b.add({ file: 'm.txt', text, sha256: 'm'.repeat(64), bytes: text.length }, { file: 'm.txt', region: 'wuhu' });
    const read = new Map(b.finish().observations.map((o) => [o.raw, o]));
    const multiple = (raw: string) => {
      const o = read.get(raw)!;
      return [o.indicator, o.subject, o.status, o.period.start ?? null, o.period.end ?? null];
    };
    assert.deepEqual(multiple('一点五倍'), ['elevators_added.multiple_of_base', '加装电梯为去年的倍数', 'result', '2025-01-01', '2025-12-18']);
    // The stock's date, not 2020's; and 去年 after it no longer dates the stock either.
    assert.deepEqual(multiple('1.2倍').slice(2), ['result', null, read.get('3.2万张')!.period.end]);
    assert.equal(read.get('3.2万张')!.period.end, '2025-12-18');
    assert.deepEqual(multiple('2倍').slice(0, 3), ['childcare_places.added.multiple_of_base', '新增托位为今年的倍数', 'plan']);
    assert.ok(!read.get('3倍以上')?.indicator.endsWith('.multiple_of_base'));
  });

  it('names what follows 的 as counted, its attribute a gloss; never a frame after 的 (基础上), nor a number after it', () => {
    const text = [
      '呼和浩特市民生工作综述',
      '发布时间：2024-06-30',
      '对40个社区卫生服务中心、767个一体化管理的村卫生室同步进行了建设。',
      '在2021年改造提升了645个老旧小区的基础上，今年改造956个。',
      '13个乡镇小学的400余名学生受益。',
      '建成5个标准化的养老驿站。',
    ].join('\n');
    const b = new DatasetBuilder();
    b.add({ file: 'o.txt', text, sha256: 'o'.repeat(64), bytes: text.length }, { file: 'o.txt', region: 'hohhot' });
    const subject = new Map(b.finish().observations.map((o) => [o.raw, o.subject]));
    // (The work done on them, 对…进行了建设, stays in the name; the attribute stays a gloss.)
    assert.equal(subject.get('767个'), '村卫生室建设（一体化管理）');
    assert.equal(subject.get('5个'), '养老驿站（标准化）');
    assert.doesNotMatch(subject.get('645个')!, /基础/u);
    assert.doesNotMatch(subject.get('13个')!, /学生/u);
  });

  it('names those that met a standard so (27所…达到服务基层行推荐标准), never as all there are', () => {
    const text = [
      '石家庄市民生工作综述',
      '发布时间：2022-08-11',
      '累计建成了15家社区医院,27所乡级基层卫生医疗机构达到服务基层行推荐标准,168所社区卫生服务站达到基本标准。',
      '全市共有社区卫生服务站210所。',
    ].join('\n');
    const b = new DatasetBuilder();
    b.add({ file: 's.txt', text, sha256: 's'.repeat(64), bytes: text.length }, { file: 's.txt', region: 'shijiazhuang' });
    const read = new Map(b.finish().observations.map((o) => [o.raw, o]));
    assert.equal(read.get('27所')!.subject, '乡级基层卫生医疗机构（达到推荐标准）');
    assert.equal(read.get('168所')!.subject, '社区卫生服务站（达到基本标准）');
    assert.equal(read.get('210所')!.subject, '社区卫生服务站');
    assert.notEqual(read.get('168所')!.indicator, read.get('210所')!.indicator);
    assert.ok(!read.get('27所')!.flags?.includes('subject_unclear'));
  });

  it('files a kind of job fair (品牌招聘活动) apart from all of them', () => {
    const text = '武陵源区就业工作\n发布时间：2025-01-10\n2024年，超12场次品牌招聘活动热力开展。全区举办各类招聘活动30场，专场招聘会8场。\n';
    const b = new DatasetBuilder();
    b.add({ file: 'j.txt', text, sha256: 'j'.repeat(64), bytes: text.length }, { file: 'j.txt', region: 'wulingyuan' });
    const read = new Map(b.finish().observations.map((o) => [o.raw, o.indicator]));
    assert.equal(read.get('30场'), 'job_fairs');
    assert.notEqual(read.get('超12场次'), 'job_fairs');
    assert.notEqual(read.get('8场'), 'job_fairs');
  });

  it('reads 突破 as "over", the word kept in raw', () => {
    const target = dataset.observations.find((o) => o.value === 50000)!;
    assert.equal(target.raw, '突破5万元');
    assert.equal(target.qualifier, 'over');
    assert.equal(target.status, 'target');
  });

  it('counts 人(次) as person-times', () => {
    const served = dataset.observations.find((o) => o.value === 418200)!;
    assert.equal(served.unit, '人次');
    assert.equal(served.raw, '41.82万人(次)');
  });
});

describe('times, bounds, ranks and bodies (hotline-report.txt, county-news.txt, and texts of our own)', () => {
  const read = (text: string, region: string) => {
    const b = new DatasetBuilder();
    b.add({ file: 't.txt', text, sha256: 'a'.repeat(64), bytes: text.length }, { file: 't.txt', region });
    const d = b.finish();
    const kind = (id: string) => d.indicators.find((i) => i.id === id)!.kind;
    return {
      figures: d.observations.map((o) => [o.raw, o.unit, kind(o.indicator)]),
      skipped: d.skipped.filter((s) => !['date', 'ordinal'].includes(s.reason) || /[名位]$/u.test(s.raw)).map((s) => [s.raw, s.reason]),
    };
  };

  it('a time measured (平均…时长, 缩短) is a duration figure; a limit a rule sets, or a journey, is not', () => {
    const { figures, skipped } = read(
      '淄博市12345热线2025年运行情况\n2026-01-16\n全年平均接通时长12秒，诉求平均办理时长2.3个工作日，比2024年缩短0.6个工作日。热线执行“1个工作日内转办、5个工作日内办结”的时限。紧急类诉求平均响应时间3分钟以内。家长说：“以前单程要花1个多小时。”',
      'zibo',
    );
    assert.deepEqual(figures, [['12秒', '秒', 'duration'], ['2.3个工作日', '个工作日', 'duration'], ['0.6个工作日', '个工作日', 'change'], ['3分钟以内', '分钟', 'duration']]);
    assert.deepEqual(skipped.filter((s) => s[1] === 'duration'), [['1个工作日', 'duration'], ['5个工作日', 'duration'], ['1个多小时', 'duration']]);
  });

  it('a time measured that is shortened (比2024年缩短) is the fall of that time', () => {
    const text = '淄博市12345热线2025年运行情况\n2026-01-16\n诉求平均办理时长2.3个工作日，比2024年缩短0.6个工作日。';
    const b = new DatasetBuilder();
    b.add({ file: 't.txt', text, sha256: 'a'.repeat(64), bytes: text.length }, { file: 't.txt', region: 'zibo' });
    const [time, shorter] = b.finish().observations;
    assert.deepEqual([shorter!.raw, shorter!.indicator], ['0.6个工作日', `${time!.indicator}.fall`]);
  });

  it('the longest time measured (最长闲置26个月) is a figure; the longest a rule allows (最长不超过3个月) is not', () => {
    const { figures, skipped } = read('某县审计报告\n2025-08-29\n8个幸福院建成后未投入使用，最长闲置26个月。临时救助审批时间最长不超过3个月。', 'gangu');
    assert.deepEqual(
      figures.filter((f) => f[1] === '个月'),
      [['26个月', '个月', 'duration']],
    );
    assert.deepEqual(skipped.filter((s) => s[1] === 'duration'), [['不超过3个月', 'duration']]);
  });

  it('a limit stays one when it is shortened: 办理时限由20个工作日压缩至5个工作日', () => {
    const { figures } = read('某区政务服务\n2025-05-06\n企业开办办理时限由20个工作日压缩至5个工作日，全年办件1.2万件。', 'xiling');
    assert.deepEqual(figures, [['1.2万件', '件', 'count']]);
  });

  it('a bound that names a class (56人以上大班额, 1亿元以上项目) is no figure; a bound on what is counted is', () => {
    const { figures, skipped } = read(
      '开化县开学季\n2025-09-01\n全县56人以上大班额继续保持清零。全县投资1亿元以上项目23个。今年惠及3000户以上家庭。',
      'kaihua',
    );
    assert.deepEqual(skipped, [['56人以上', 'set_phrase'], ['1亿元以上', 'set_phrase']]);
    assert.deepEqual(figures.map((f) => f[0]), ['23个', '3000户以上']);
  });

  it('a ranking (第N名, the top N of 排名前五位) and 四套班子 are no counts; the counts of what is ranked are', () => {
    const { figures, skipped } = read(
      '淄博市热线工作\n2026-01-16\n从诉求内容看，排名前五位的依次是住房类58.4万件。张店区位列全市第2名。县四套班子领导分成6个督查组。',
      'zibo',
    );
    assert.deepEqual(figures, [['58.4万件', '件', 'count'], ['6个', '个', 'count']]);
    assert.deepEqual(skipped, [['五位', 'ordinal'], ['2名', 'ordinal'], ['四套班子', 'set_phrase']]);
  });

  // A rank is a place in an order, no quantity (the mission lists ordinals among numbers that are no
  // figures): whatever its numerals and the order's words; what is ranked keeps its own counts.
  const RANKS: ReadonlyArray<readonly [region: string, text: string, figures: string[], ranks: string[]]> = [
    // inspection-notice.txt's 红黑榜 (常德市, a government office's notice): 倒数第二名, 最后一名 too.
    ['changde', '常德市督查通报\n2025-09-24\n红榜：津市市（第一名）、澧县（第二名）。黑榜：石门县（倒数第二名）、汉寿县（最后一名）。鼎城区进度居全市第一，桃源县位列第一。', [], ['一名', '二名', '二名', '一名', '一', '一']],
    // satisfaction-survey.txt: a rank in 位 beside the rate it ranks (盐城市, a statistics bureau).
    ['yancheng_jiangsu', '盐城市满意度测评\n2026-01-20\n城区停车设施建设满意度最低，为86.5%，但知晓率居各项目第1位。', ['86.5%'], ['1位']],
    // A city paper's roundup: 位居全省第3位, 排名全省第十二, a county's counts beside them.
    ['ganzhou_jiangxi', '赣州市民生实事通报\n2025-12-10\n于都县新建学校12所，群众满意度测评位居全省第3位；瑞金市新增就业4800人，考核排名全省第十二。', ['12所', '4800人'], ['3位', '十二']],
    // 排名前三的…分别为: the counts of the top three are figures (前三 alone is no numeral: no classifier).
    ['zibo', '淄博市热线工作\n2026-01-16\n诉求量排名前三的区县分别为张店区1200件、淄川区980件、博山区760件。', ['1200件', '980件', '760件'], []],
    // Must not fire: people who came after (随后5名) are counted, the bottom two (倒数2名) are not.
    ['wuhu', '芜湖市民生实事\n2025-11-02\n活动当天，随后5名志愿者赶到现场。考核中倒数2名的县区被约谈。', ['5名'], ['2名']],
    // A rank's move is no count either (排名较上年上升5位, 名次前移3位); people added (增加20名) are.
    ['ganzhou_jiangxi', '赣州市民生\n2025-12-10\n今年全市营商环境评价排名较上年上升5位，于都县综合考核名次前移3位。全市新招聘护士120名，比上年增加20名。', ['120名', '20名'], ['5位', '3位']],
    // Must not fire: a count beside a rank with no numeral (位列全省第一 has one: 一), and 名 counting people.
    ['hangzhou', '杭州市民生实事\n2025-12-20\n全市改造老旧小区320个，新招聘社区工作者150名，改造进度位列全省前列。', ['320个', '150名'], []],
  ];
  for (const [region, text, figures, ranks] of RANKS) {
    it(`${text.split('\n')[0]}: ${ranks.join('、') || 'no rank'} skipped as ordinals, ${figures.join('、') || 'no figure'} kept`, () => {
      const b = new DatasetBuilder();
      b.add({ file: 't.txt', text, sha256: 'a'.repeat(64), bytes: text.length }, { file: 't.txt', region });
      const d = b.finish();
      assert.deepEqual(d.observations.map((o) => o.raw), figures);
      assert.ok(!d.indicators.some((i) => i.kind === 'rank'));
      const skipped = d.skipped.filter((x) => x.reason !== 'date').map((x) => [x.raw, x.reason]);
      assert.deepEqual(skipped, ranks.map((r) => [r, 'ordinal']));
    });
  }

  // Session 14 (bureau-annual-report.txt): 篇 counts articles; 三项社会保险 and 五险一金 name a set of insurances.
  it('篇 is a count\'s unit (政策解读23篇), not 第三篇 (an ordinal)', () => {
    const { figures, skipped } = read('潍坊市人社局年度报告\n2026-01-21\n全年发布政策解读23篇，其中图解11篇。第三篇为年度统计。', 'weifang');
    assert.deepEqual(figures, [['23篇', '篇', 'count'], ['11篇', '篇', 'count']]);
    assert.ok(!skipped.some((s) => s[1] !== 'ordinal' && s[1] !== 'date'));
  });
  // Session 14 (inspection-notice.txt): the programme said again by its size (十二类项目中) is its name, as the first time.
  it('十二类项目 after 十二类民生实事项目 is the programme again, a plan name; not without it', () => {
    const again = read('常德市督查通报\n2025-09-24\n对全市十二类民生实事项目开展督查。十二类项目中，已完成年度任务的3类。', 'changde');
    assert.deepEqual(again.skipped.filter((s) => s[0] === '十二类').map((s) => s[1]), ['plan_name', 'plan_name']);
    const other = read('芜湖市民生实事\n2025-12-18\n今年的十件民生实事进展顺利，十件实事中已有九件完成。', 'wuhu');
    assert.deepEqual(other.figures.map((f) => f[0]), ['九件']);
    const none = read('常德市督查通报\n2025-09-24\n全市十二类项目中，已完成年度任务的3类。', 'changde');
    assert.deepEqual(none.figures.map((f) => f[0]), ['十二类', '3类']);
  });
  it('三项社会保险 and 五险一金 are set phrases; 三项民生工程 stays a count', () => {
    const { figures, skipped } = read(
      '绵阳市社保工作\n2025-12-01\n全年三项社会保险基金支出412.6亿元，企业为职工缴纳五险一金。全市实施三项民生工程。',
      'mianyang',
    );
    assert.deepEqual(figures.map((f) => f[0]), ['412.6亿元', '三项']);
    assert.deepEqual(skipped, [['三项社会保险', 'set_phrase'], ['五险一金', 'set_phrase']]);
  });
});

describe('an infographic\'s cards (infographic.txt, session 13)', () => {
  const read = (text: string, region: string) => {
    const b = new DatasetBuilder();
    b.add({ file: 'g.txt', text, sha256: 'a'.repeat(64), bytes: text.length }, { file: 'g.txt', region });
    return b.finish();
  };
  it('a unitless number alone on its line over a ratio\'s name (1.56 / 城乡居民收入倍差) is the ratio', () => {
    const d = read('【图解】数读2025｜嘉兴民生成绩单\n嘉兴发布　2026年01月05日 19:02　浙江\n\n1.56\n城乡居民收入倍差\n', 'jiaxing');
    assert.deepEqual(d.observations.filter((o) => o.raw === '1.56').map((o) => o.unit), ['']);
  });
  it('…another city\'s (1.72 / 城乡居民收入比), but not one over a label that is no ratio (2.3 / 新增公园)', () => {
    const d = read('回眸2024 | 绍兴民生答卷\n绍兴发布　2025年01月08日 20:15　浙江\n\n1.72\n城乡居民收入比\n\n2.3\n新增公园\n', 'shaoxing');
    assert.deepEqual(d.observations.map((o) => o.raw), ['1.72']);
  });
  it('节 counts lessons (精品课程4300节); 两节 (the Spring Festival and New Year) is no count', () => {
    const d = read('回眸2024 | 绍兴民生答卷\n绍兴发布　2025年01月08日 20:15　浙江\n\n平台上线精品课程4300节。两节期间走访困难群众1.2万户。\n', 'shaoxing');
    assert.deepEqual(d.observations.map((o) => o.raw), ['4300节', '1.2万户']);
    assert.deepEqual(d.skipped.filter((s) => s.raw === '两节').map((s) => s.reason), ['set_phrase']);
  });
});

describe('pictures the article shows (QA s14, 1): its illustration, no count of the city', () => {
  const read = (text: string, region: string) => {
    const b = new DatasetBuilder();
    b.add({ file: 'p.txt', text, sha256: 'e'.repeat(64), bytes: text.length }, { file: 'p.txt', region });
    return b.finish();
  };
  it('张家口\'s real sentence: 两张对比强烈的照片 is skipped, the 11个行政村 it shows is a figure, of the villages moved', () => {
    const d = read('张家口：民生答卷\n2025-12-22 来源：张家口新闻网\n一边是低矮的土坯房,泥泞的土路,脏乱的院子;一边是连栋的楼房,整洁的道路,宽阔的广场,两张对比强烈的照片,正是康保县张纪镇11个行政村搬迁前后的样貌。', 'zhangjiakou');
    assert.deepEqual(d.skipped.filter((s) => s.raw === '两张').map((s) => s.reason), ['illustration']);
    const villages = d.observations.find((o) => o.raw === '11个')!;
    assert.deepEqual([villages.subject, villages.region, villages.flags ?? []], ['搬迁行政村', 'kangbao', []]);
  });
  it('another city\'s, in a news feature: 5个镜头 and 3张照片 are skipped', () => {
    const d = read('宜昌市老旧小区改造见闻\n2025-10-08 来源：三峡日报\n记者用5个镜头记录了夷陵区社区的变化。3张新旧对比的照片，展示了小区改造前后的面貌，全区已改造小区46个。', 'yichang');
    assert.deepEqual(d.skipped.filter((s) => s.reason === 'illustration').map((s) => s.raw), ['5个', '3张']);
    assert.deepEqual(d.observations.map((o) => o.raw), ['46个']);
  });
  it('not pictures taken or gathered, counted as work done (拍摄了2000余张照片, 征集老照片3000余张)', () => {
    const d = read('宜昌市档案工作\n2025-10-08 来源：宜昌市档案馆\n今年市档案馆征集老照片3000余张，摄影家协会拍摄了2000余张照片，全市建成村史馆12个。', 'yichang');
    assert.deepEqual(d.observations.map((o) => o.raw), ['3000余张', '2000余张', '12个']);
    assert.equal(d.skipped.filter((s) => s.reason === 'illustration').length, 0);
  });
});
