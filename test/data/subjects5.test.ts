/**
 * Labels a chart would print wrong (session 14, subjects5): a corrected figure named by what the
 * withdrawn one counted. Each rule runs on the real sentence, on other cities' words, and where it must not fire.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { foldTraditional, simplified } from '../../src/data/traditional.ts';
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

describe('traditional characters: 租賃 folds to 租赁 with its neighbours', () => {
  it('the real sentence (traditional.txt): 籌集保障性租賃住房 reads whole in simplified characters', () => {
    assert.equal(simplified('今年全市已籌集保障性租賃住房5600套（間）'), '今年全市已筹集保障性租赁住房5600套（间）');
  });
  it('another city: a Macau outlet on rent subsidies and debts read as the mainland would write them', () => {
    assert.equal(simplified('澳門特區政府向僱員發放租賃津貼，償還債務，賑災'), '澳门特区政府向雇员发放租赁津贴，偿还债务，赈灾');
  });
  it('a figure of a traditional article named in simplified words (筹集保障性租赁住房)', () => {
    const fig = figures(`珠海市民生實事進展情況\n發佈日期：2026-11-24\n住房方面，今年全市已籌集保障性租賃住房5600套，改造老舊小區62個，惠及居民約1.9萬戶，加裝電梯215台，長者飯堂新增48間。\n`, 'zhuhai');
    assert.equal(fig('5600套').subject, '筹集保障性租赁住房');
  });
  it('not in a simplified article: a name written with 賃 there stays as written', () => {
    assert.equal(foldTraditional('今年全市筹集保障性租赁住房5600套，某賃居公司参与。'), '今年全市筹集保障性租赁住房5600套，某賃居公司参与。');
  });
});

describe('classes alone after pupils just counted are of their kind of school (公办小学编班)', () => {
  it('the real sentence (enrollment-notice.txt): each 编班 of the schools its clause names', () => {
    const fig = figures(`${head('雨花区')}2026年，全区公办小学计划招收一年级新生9860人，编班219个；公办初中计划招收七年级新生8420人，编班187个。\n`, 'yuhua_changsha');
    assert.equal(fig('219个').subject, '公办小学编班');
    assert.equal(fig('187个').subject, '公办初中编班');
  });
  it('another county: 民办初中计划招生…，编班…', () => {
    const fig = figures(`${head('宁海县')}今年全县民办初中计划招生3200人，编班64个。\n`, 'ninghai');
    assert.equal(fig('64个').subject, '民办初中编班');
  });
  it('not after schools counted (新建幼儿园5所，编班40个), nor after pupils of no kind of school', () => {
    const fig = figures(`${head('宁海县')}全县新建幼儿园5所，编班40个。今年计划招收新生1200人，编班30个。\n`, 'ninghai');
    assert.equal(fig('40个').subject, '编班');
    assert.equal(fig('30个').subject, '编班');
  });
});

describe('a rate of cover after a clause saying where care is taken is that setting\'s (报销比例（二级定点医疗机构住院）)', () => {
  it('the real sentence (medical-insurance-explainer.txt): each hospital tier its own measure', () => {
    const fig = figures(`${head('宜宾市')}在二级定点医疗机构住院，报销比例由65%提高到70%，提高5个百分点；在三级定点医疗机构住院，报销比例保持55%不变。\n`, 'yibin');
    assert.equal(fig('65%').subject, '报销比例（二级定点医疗机构住院）');
    assert.equal(fig('70%').subject, '报销比例（二级定点医疗机构住院）');
    assert.equal(fig('55%').subject, '报销比例（三级定点医疗机构住院）');
    assert.notEqual(fig('65%').indicator, fig('55%').indicator);
  });
  it('another city: a deductible where insured workers see a doctor', () => {
    const fig = figures(`${head('杭州市')}参保职工在社区卫生服务中心就医，起付线为200元。\n`, 'hangzhou');
    assert.equal(fig('200元').subject, '起付线（社区卫生服务中心就医）');
  });
  it('not after a clause that says no setting of care (新增定点医疗机构120家), nor with none before', () => {
    const fig = figures(`${head('杭州市')}全市新增定点医疗机构120家，报销比例提高到70%。职工医保报销比例为85%。\n`, 'hangzhou');
    assert.ok(!fig('70%').subject.includes('（'), fig('70%').subject);
    assert.ok(!fig('85%').subject.includes('（'), fig('85%').subject);
  });
});

describe('people funded whose own contribution is paid are funded to join the insurance (资助参保困难群众（医疗救助）)', () => {
  it('the real sentence (medical-insurance-explainer.txt)', () => {
    const fig = figures(`${head('宜宾市')}特困人员、低保对象等困难群众个人缴费部分由医疗救助资金全额资助，预计全市资助约11.3万人。\n`, 'yibin');
    assert.equal(fig('约11.3万人').subject, '资助参保困难群众（医疗救助）');
  });
  it('another city: a fixed sum from a department, the place word no part of who', () => {
    const fig = figures(`${head('绵阳市')}全市低保对象个人缴费由民政部门定额资助，今年共资助4.2万人。\n`, 'mianyang');
    assert.equal(fig('4.2万人').subject, '资助参保低保对象（民政部门）');
  });
  it('not when the clause before funds no contribution (安排专项资金，资助1200人)', () => {
    const fig = figures(`${head('绵阳市')}全市财政安排专项资金，资助1200人。\n`, 'mianyang');
    assert.ok(!fig('1200人').subject.includes('参保'), fig('1200人').subject);
  });
});

describe('a step of work alone on a progress line is a step of the target\'s work (农村公路路面铺设)', () => {
  it('the real lines (district-half-year.txt): named by the target\'s thing, or the lexicon\'s name of its work', () => {
    const fig = figures(`${head('历城区')}五、农村公路提档升级\n目标任务：改造提升农村公路85公里。\n完成情况：已完成路面铺设31公里，完成率36.5%。\n\n九、特殊困难老年人家庭适老化改造\n目标任务：完成适老化改造500户。\n完成情况：该项目按计划在下半年集中实施。目前已完成入户评估420户，改造工程正在招标。\n`, 'licheng_jinan');
    assert.equal(fig('31公里').subject, '农村公路路面铺设');
    assert.ok(fig('36.5%').subject.startsWith('农村公路') || fig('36.5%').flags?.includes('subject_unclear'), fig('36.5%').subject);
    assert.equal(fig('420户').subject, '适老化改造入户评估');
  });
  it('another district: pipes laid under a target of renewing them', () => {
    const fig = figures(`${head('江北区')}目标任务：新建雨污分流管网40公里。\n进展情况：已完成管网敷设18公里。\n`, 'jiangbei_ningbo');
    assert.equal(fig('18公里').subject, '雨污分流管网敷设');
  });
  it('not off a progress line, nor in another unit than the target\'s', () => {
    const fig = figures(`${head('江北区')}目标任务：新建雨污分流管网40公里。\n今年以来已完成管网敷设18公里。\n目标任务：完成适老化改造500户。\n完成情况：已完成入户评估120人次。\n`, 'jiangbei_ningbo');
    assert.equal(fig('18公里').subject, '管网敷设');
    assert.ok(!fig('120人次').subject.startsWith('适老化改造'), fig('120人次').subject);
  });
});

describe('an investment alone right after projects just counted is theirs (同城化重大项目完成投资)', () => {
  it('the real sentence (metro-area.txt)', () => {
    const fig = figures(`${head('成都市')}全年四市共同推进同城化重大项目124个，完成投资1630亿元。\n`, 'chengdu');
    assert.equal(fig('1630亿元').subject, '同城化重大项目完成投资');
  });
  it('another city: projects under way, a cumulative investment', () => {
    const fig = figures(`${head('合肥市')}今年全市实施城市更新项目86个，累计完成投资215亿元。\n`, 'hefei');
    assert.equal(fig('215亿元').subject, '城市更新项目完成投资');
  });
  it('not after projects of another sentence, nor after things that are no projects', () => {
    const fig = figures(`${head('合肥市')}今年全市实施城市更新项目86个。全年完成投资215亿元。新建学校12所，完成投资5亿元。\n`, 'hefei');
    assert.ok(!fig('215亿元').subject.includes('城市更新项目'), fig('215亿元').subject);
    assert.ok(!fig('5亿元').subject.includes('学校'), fig('5亿元').subject);
  });
});

describe('a meal\'s price is named by the canteen that serves it (老年食堂每餐价格)', () => {
  it('the real quote (decade-review.txt): 食堂 alone, the fuller name given just before', () => {
    const fig = figures(`${head('绍兴市')}全市老年食堂（助餐点）达到1325个。\n“家门口的食堂开了5年了，一顿饭8块钱，比自己烧还省事。”越城区塔山街道居民孙阿婆说。\n`, 'shaoxing');
    assert.equal(fig('8块钱').subject, '老年食堂每餐价格');
  });
  it('another city: a set meal at a 长者饭堂 named in the sentence', () => {
    const fig = figures(`${head('广州市')}“楼下就是长者饭堂，一份套餐12元，很实惠。”家住荔湾区的陈伯说。\n`, 'guangzhou');
    assert.equal(fig('12元').subject, '长者饭堂每餐价格');
  });
  it('not with no canteen named in its sentence (a meal at home)', () => {
    const fig = figures(`${head('广州市')}全市长者饭堂达到1200个。\n“自己在家做，一顿饭也要15元。”陈伯说。\n`, 'guangzhou');
    assert.ok(!fig('15元').subject.includes('饭堂'), fig('15元').subject);
  });
});

describe('a rate of progress after things whose name is a guess is named by them and flagged too, never a bare 开工率', () => {
  const flagged = (o: { flags?: readonly string[] }) => o.flags?.includes('subject_unclear') ?? false;
  it('the real progress line (district-half-year.txt): 改造老旧小区开工率, flagged as the 38个 it is the rate of', () => {
    const fig = figures(`${head('历城区')}\n二、城镇老旧小区改造\n目标任务：改造老旧小区42个，惠及居民1.26万户。\n完成情况：已开工38个，开工率90.5%；已完工12个，惠及居民3860户。\n`, 'licheng_jinan');
    assert.ok(flagged(fig('38个')));
    assert.deepEqual([fig('90.5%').subject, flagged(fig('90.5%'))], ['改造老旧小区开工率', true]);
  });
  it('another city\'s line, its count flagged alike', () => {
    const fig = figures(`${head('宜宾市')}\n三、农村危房改造\n目标任务：改造农村危房1200户。\n完成情况：已开工1150户，开工率95.8%。\n`, 'yibin');
    assert.match(fig('95.8%').subject, /开工率$/u);
    assert.notEqual(fig('95.8%').subject, '开工率');
    assert.equal(flagged(fig('95.8%')), flagged(fig('1150户')));
  });
  it('…not after things named for sure: named by them, unflagged', () => {
    const fig = figures(`${head('柳州市')}今年全市改造老旧小区152个，其中已完工63个，完工率41.4%。\n`, 'liuzhou');
    assert.ok(!flagged(fig('63个')), fig('63个').subject);
    assert.deepEqual([fig('41.4%').subject.endsWith('完工率'), flagged(fig('41.4%'))], [true, false]);
  });
});
