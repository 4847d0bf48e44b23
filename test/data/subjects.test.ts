/**
 * What a figure counts — its subject and indicator, which title its chart — on the
 * hand-written articles (test/data/articles/), against expectations read from each
 * sentence (QA s7, A2, A3, B1, B2). A chart titled with the wrong measure or a clause
 * fragment is published under a news site's name; a subject the pipeline can only
 * guess is flagged `subject_unclear`, so the chart shows the doubt.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DatasetBuilder } from '../../src/data/dataset.ts';
import { decodeArticle } from '../../src/data/decode.ts';
import { articlePlace } from '../../src/data/places.ts';
import { figures } from './figures.ts';
import type { Observation } from '../../src/data/types.ts';

const ARTICLES = new URL('./articles/', import.meta.url).pathname;
const FILES = [
  'press-conference.txt', 'wechat-progress.txt', 'districts.txt', 'work-report.txt', 'mid-year-review.txt', 'statistical-bulletin.txt', 'annual-plan.txt',
  'completion-list.txt', 'provincial-roundup.txt', 'county-work-report.txt', 'feature-story.txt', 'district-table.txt',
  'budget-report.txt', 'plan-evaluation.txt', 'county-news.txt', 'hotline-report.txt', 'audit-report.txt', 'monthly-release.txt',
];

const builder = new DatasetBuilder();
const texts = new Map<string, string>();
for (const file of FILES) {
  const bytes = readFileSync(join(ARTICLES, file));
  const { text } = decodeArticle(bytes);
  texts.set(file, text);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const place = articlePlace(text);
  assert.ok(place && !place.ambiguous, `${file} names its place`);
  builder.add({ file, text, sha256, bytes: bytes.length }, { file, region: place.region.id });
}
const dataset = builder.finish();
const names = new Map(dataset.regions.map((r) => [r.id, r.name.zh]));

/** The figure at the `nth` occurrence of `context` in `file`, `raw` being the number inside it. */
function fig(file: string, context: string, raw: string, nth = 1): Observation {
  const text = texts.get(file)!;
  let at = -1;
  for (let i = 0; i < nth; i++) at = text.indexOf(context, at + 1);
  assert.ok(at >= 0, `"${context}" #${nth} is in ${file}`);
  const start = at + context.indexOf(raw);
  const o = dataset.observations.find((x) => x.source === file.replace(/\.txt$/u, '') && x.span[0] === start);
  assert.ok(o, `${raw} in "${context}" is a figure`);
  return o;
}
const unclear = (o: Observation) => o.flags?.includes('subject_unclear') ?? false;

const P = 'press-conference.txt';
const W = 'wechat-progress.txt';
const D = 'districts.txt';
const R = 'work-report.txt';
const M = 'mid-year-review.txt';
const B = 'statistical-bulletin.txt';
const A = 'annual-plan.txt';
const C = 'completion-list.txt';
const H = 'provincial-roundup.txt';
const G = 'county-work-report.txt';
const F = 'feature-story.txt';
const BR = 'budget-report.txt';
const PE = 'plan-evaluation.txt';
const CN = 'county-news.txt';
const HR = 'hotline-report.txt';
const AU = 'audit-report.txt';
const MR = 'monthly-release.txt';

/** [file, the words around the figure, the figure, indicator, subject (or null: not checked), flagged subject_unclear] */
const CASES: ReadonlyArray<readonly [string, string, string, string, string | null, boolean]> = [
  // A bracketed gloss inside a name before the figure is part of it, as after it: the doctors
  // per 1,000 people are not the 1.68万 doctors, and 中心(站) not 站 (articles3 review).
  [B, '其中执业（助理）医师1.68万人', '1.68万人', 'health:执业(助理)医师:人', '执业(助理)医师', false],
  [B, '每千人口执业（助理）医师3.2人', '3.2人', 'health:每千人口执业(助理)医师:人', '每千人口执业(助理)医师', true],
  [B, '社区卫生服务中心（站）１２３个', '１２３个', 'community_health_centres', '社区卫生服务中心(站)', false],
  // A distance in a rate's name is part of it, not an earlier figure; 保持 is no part of a name (QA s8 A5).
  [A, '全市建制村通客车率保持100%', '100%', 'other:建制村通客车率:%', '建制村通客车率', false],
  [A, '城区公交站点500米覆盖率达到98%以上', '98%以上', 'other:城区公交站点500米覆盖率:%', '城区公交站点500米覆盖率', true],
  // A hotline's number is part of its name, not an earlier figure that cuts it (线食品安全… had been the title).
  [A, '12345热线食品安全投诉办结率100%', '100%', 'digital_services:12345热线食品安全投诉办结率:%', '12345热线食品安全投诉办结率', true],
  // Categories: a death rate in a paragraph that names older people is health; 养老保险 and
  // 医疗保险 are social security, not elderly care or health.
  [B, '全市孕产妇死亡率8.5/10万', '8.5/10万', 'health:孕产妇死亡率:/10万', '孕产妇死亡率', false],
  [B, '职工基本医疗保险96.8万人', '96.8万人', 'social_security:职工基本医疗保险:人', '职工基本医疗保险', false],
  // A2: the rate of its own clause's quoted name, not of 新增城市绿道26公里 before it.
  [W, '“15分钟健身圈”覆盖率达到95%', '95%', 'culture_sports:15分钟健身圈覆盖率:%', '15分钟健身圈覆盖率', false],
  // A3: a ratio per 1,000 people, with words between 每千人口 and 托位数; not the count 托位数.
  [W, '每千人口拥有3岁以下婴幼儿托位数达到4.6个', '4.6个', 'childcare_places_per_1000', null, false],
  // …新增婴幼儿托位1356个，其中普惠性托位1020个: a part named by its own noun, not more of the same count.
  // (Added, as the whole was: 新增普惠性托位, session 14.)
  [W, '其中普惠性托位1020个', '1020个', 'childcare:新增普惠性托位:个', '新增普惠性托位', false],
  // B1: each district's share of the city's 城镇新增就业; the place is the place, not the measure.
  [P, '章贡区新增就业5800人', '5800人', 'new_urban_jobs', '新增就业', false],
  [P, '南康区新增就业4900人', '4900人', 'new_urban_jobs', '新增就业', false],
  [P, '赣县区新增就业3100人', '3100人', 'new_urban_jobs', '新增就业', false],
  [P, '瑞金市新增就业2700人', '2700人', 'new_urban_jobs', '新增就业', false],
  // 前三季度全市筹集保障性租赁住房4260套（间），其中章贡区1850套、赣县区760套
  [P, '章贡区1850套', '1850套', 'affordable_rental_homes.added', null, false],
  [P, '赣县区760套', '760套', 'affordable_rental_homes.added', null, false],
  // 新增公共停车泊位3600个，其中齐贤街道、马鞍街道合计1450个: two streets' sum, not the district's parking spaces.
  [W, '马鞍街道合计1450个', '1450个', 'urban_renewal:齐贤街道、马鞍街道合计:个', '齐贤街道、马鞍街道合计', true],
  // B2: a share of the year's target is of what the clause before counted, not of its growth.
  [P, '完成年度目标的86.5%', '86.5%', 'new_urban_jobs.target_share', null, false],
  [P, '完成年度目标的67.9%', '67.9%', 'new_school_places.target_share', null, false],
  [W, '完成年度目标的121%', '121%', 'new_urban_jobs.target_share', null, false],
  // 今年全市计划改造城镇老旧小区236个…。目前，已完工178个，正在施工58个，完成年度任务的75.4%。
  // The compounds of the sentence before: a reading across sentences, flagged.
  [P, '已完工178个', '178个', 'old_compounds_renovated', null, true],
  [P, '正在施工58个', '58个', 'old_compounds_renovated', null, true],
  [P, '完成年度任务的75.4%', '75.4%', 'old_compounds_renovated.target_share', null, true],
  // 计划新建、改扩建中小学和幼儿园32所…。截至9月底，已建成投用21所…；其余11所正在建设
  // (Schools and kindergartens together, neither's measure: no lexicon entry, QA s13 B3.)
  [P, '已建成投用21所', '21所', 'education:新建、改扩建中小学和幼儿园:所', null, true],
  [P, '其余11所正在建设', '11所', 'education:新建、改扩建中小学和幼儿园:所', null, true],
  // 计划新建老年食堂（助餐点）120个。截至9月底，已建成98个。
  [P, '已建成98个', '98个', 'elderly_meal_points.added', null, true],
  // 今年全市计划改造城镇老旧小区42个，截至11月底已完工39个: its own sentence, so no doubt.
  [W, '截至11月底已完工39个', '39个', 'old_compounds_renovated', null, false],
  // 全年计划新增既有住宅加装电梯80台，已完工投用86台，另有25台正在施工
  [W, '已完工投用86台', '86台', 'elevators_added', null, false],
  [W, '另有25台正在施工', '25台', 'elevators_added', null, false],
  // 完成农村供水提质改造2.5万户，计划年底前再完成3000户，全面完成2.8万户的年度任务
  [W, '年底前再完成3000户', '3000户', 'other:农村供水提质改造:户', '农村供水提质改造', false],
  [W, '全面完成2.8万户', '2.8万户', 'other:农村供水提质改造:户', '农村供水提质改造', false],
  // A table row names what its cells count: never a cell separator in a subject.
  [W, '养老服务综合体｜3个', '3个', 'elderly_care:养老服务综合体:个', '养老服务综合体', false],
  [W, '｜已建成3个', '3个', 'elderly_care:养老服务综合体:个', '养老服务综合体', false],
  [W, '新增婴幼儿托位｜1200个｜已新增1356个', '1356个', 'childcare_places.added', null, false],
  [W, '农村供水提质改造｜2.8万户｜已完成2.5万户', '2.5万户', 'other:农村供水提质改造:户', '农村供水提质改造', false],
  // Ages belong to who is counted.
  [P, '65岁以上老年人健康管理率达到68.5%', '68.5%', 'elderly_health_management_rate', '65岁以上老年人健康管理率', false],
  [D, '60岁以上老年人口98.6万人', '98.6万人', 'elderly_care:60岁以上老年人口:人', '60岁以上老年人口', false],
  // Leading particles go: 建成后将新增床位, 建成后藏书容量可达.
  // (…named by the hospital the clause before builds, never the city's beds: session 14.)
  [P, '建成后将新增床位800张', '800张', 'health:人民医院新院区新增床位:张', '人民医院新院区新增床位', false],
  [W, '建成后藏书容量可达100万册', '100万册', 'culture_sports:藏书容量:册', '藏书容量', false],
  // Residents of the renovation, not residents.
  // (计划改造城镇老旧小区236个，涉及居民2.1万户: the residents of those renovated, the work kept, WORKED_ON_LEAD.)
  [P, '涉及居民2.1万户', '2.1万户', 'urban_renewal:改造城镇老旧小区涉及居民:户', '改造城镇老旧小区涉及居民', false],
  // 分别: the nth figure counts the nth item, and its growth is of that item (B2: 分别增长).
  [D, '分别达到44620元', '44620元', 'urban_disposable_income_per_capita', '城镇居民人均可支配收入', false],
  [D, '和17890元', '17890元', 'rural_disposable_income_per_capita', '农村居民人均可支配收入', false],
  [D, '分别增长4.2%', '4.2%', 'urban_disposable_income_per_capita.growth', null, false],
  [D, '和6.5%', '6.5%', 'rural_disposable_income_per_capita.growth', null, false],
  // 全体居民人均可支配收入达到6.8万元…其中城镇居民7.9万元、农村居民4.9万元，分别增长4.6%和6.1%:
  // the residents' share of what the figure before measured, and their growth.
  [R, '其中城镇居民7.9万元', '7.9万元', 'urban_disposable_income_per_capita', '城镇居民人均可支配收入', false],
  [R, '农村居民4.9万元', '4.9万元', 'rural_disposable_income_per_capita', '农村居民人均可支配收入', false],
  [R, '分别增长4.6%', '4.6%', 'urban_disposable_income_per_capita.growth', null, false],
  [R, '和6.1%', '6.1%', 'rural_disposable_income_per_capita.growth', null, false],
  // 人均消费支出25580元，增长5.1%，其中城镇居民29730元: spending, not income (QA s8 B2).
  [B, '其中城镇居民29730元', '29730元', 'income:城镇居民人均消费支出:元', '城镇居民人均消费支出', false],
  // 在校学生 of the schools counted before them, not one count of six levels (QA s8 A2).
  [B, '普通高等学校6所，在校学生9.8万人', '9.8万人', 'education:普通高等学校在校学生:人', '普通高等学校在校学生', false],
  [B, '普通小学412所，在校学生32.5万人', '32.5万人', 'education:普通小学在校学生:人', '普通小学在校学生', false],
  // A stock's change on the year before's end, linked to it: not a figure titled 比上年末增加.
  [B, '比上年末增加1260张', '1260张', 'health:医疗卫生机构实有床位:张.increase', null, false],
  [B, '比上年末减少1.3万人', '1.3万人', 'other:常住人口:人.decrease', null, false],
  // 其中洛龙区、涧西区分别竣工4所、3所: places say where; both count the schools of 已竣工12所.
  [M, '分别竣工4所', '4所', 'education:新建、改扩建中小学和幼儿园:所', null, true],
  [M, '、3所', '3所', 'education:新建、改扩建中小学和幼儿园:所', null, true],
  // An age after the figure is part of who is counted (B2: 为辖区), and what was set up for them (…建立了电子健康档案)
  // names them (session 13, subjects2: not all the elderly); a long name made from the sentence, flagged.
  [D, '为辖区16.2万名', '16.2万名', 'elderly_care:60岁以上老年人电子健康档案:名', '60岁以上老年人电子健康档案', true],
  // People counted only as those who enjoy a benefit named elsewhere: the title 患者 says nothing of what.
  [P, '21.5万名患者享受到这项便利', '21.5万名', 'health:患者:名', '患者', true],
  // Time words and particles before the noun go: 明年将, 明年还要再改造, 力争明年再改造 (the 新建改造农贸市场 of its sentence);
  // a verb that says the things are new stays (新建零工市场: what was added, not all there are).
  [P, '明年将新建零工市场15个', '15个', 'gig_markets.added', '新建零工市场', false],
  // (Back streets to renovate, not all the back streets: the work is kept.)
  [W, '明年还要再改造背街小巷10条', '10条', 'urban_renewal:改造背街小巷:条', '改造背街小巷', false],
  [W, '力争明年再改造4家', '4家', 'urban_renewal:新建改造农贸市场:家', '新建改造农贸市场', false],
  // A quoted name is the noun, whole: 共富工坊, not 富工坊 (共 read as "in all").
  [W, '新建“共富工坊”45家', '45家', 'other:新建共富工坊:家', '新建共富工坊', false],
  // A headline's space ends the figure's phrase: 3.2万人 counts jobs, not 民生实事项目.
  [P, '城镇新增就业3.2万人 民生实事项目', '3.2万人', 'new_urban_jobs', '城镇新增就业', false],
  // Those a benefit reached, named with it: not every needy family or person (the count of
  // 困难群众 had read as the needy of the city). Long, so flagged; but no longer a fragment.
  [A, '惠及困难群众21万人次', '21万人次', 'social_security:发放各类救助资金惠及困难群众:人次', '发放各类救助资金惠及困难群众', true],
  [P, '惠及困难家庭1.2万户', '1.2万户', 'housing:住房保障家庭租赁补贴惠及困难家庭:户', '住房保障家庭租赁补贴惠及困难家庭', true],
  // 为1.8万名重度残疾人提供居家托养和康复服务: those served, not the city's severely disabled.
  [A, '为1.8万名重度残疾人', '1.8万名', 'social_security:重度残疾人居家托养和康复服务:名', '重度残疾人居家托养和康复服务', true],
  // 特困人员基本生活标准不低于当地低保标准的1.3倍: named by what is bounded, not cut to 员基本….
  [A, '的1.3倍', '1.3倍', 'social_security:特困人员基本生活标准:倍', '特困人员基本生活标准', true],
  // Session 9's articles (a4 review). Scope words (全省, 两市分别) are where, not what.
  [H, '全省民生支出达到8236亿元', '8236亿元', 'other:民生支出:元', '民生支出', false],
  [H, '两市分别新增城镇就业6.9万人', '6.9万人', 'new_urban_jobs', '新增城镇就业', false],
  [H, '和5.8万人', '5.8万人', 'new_urban_jobs', '城镇新增就业', false],
  // A share of a whole is the figure before's: 民生支出's, the 托位's (not a measure named 占…).
  [H, '比重保持在七成以上', '七成以上', 'other:民生支出:元.share', '民生支出占一般公共预算支出的比重', false],
  [G, '占一般公共预算支出的81.5%', '81.5%', 'other:民生支出:元.share', '民生支出占一般公共预算支出', false],
  // 郑州's part of 河南省's whole, named by the province (QA s14, 2).
  [H, '占全省新增总数的21.2%', '21.2%', 'childcare_places.added.share_of_wider_region', '新增普惠托位占河南省新增总数', false],
  // 其中郑州市新增6.6万个: the places of the figure before, not a measure named 新增.
  [H, '其中郑州市新增6.6万个', '6.6万个', 'new_school_places', '新增学位', false],
  // 全市总数达到986个: the stock of what the figure before added to.
  [H, '全市总数达到986个', '986个', 'elderly_meal_points', '老年助餐点总数', false],
  // Two verbs of one object; how much more than another place did (not a measure 比许昌市多).
  [H, '新建和改造农村公路412公里', '412公里', 'social_security:新建和改造农村公路:公里', '新建和改造农村公路', false],
  [H, '比许昌市多86公里', '86公里', 'social_security:新建和改造农村公路:公里.difference', '新建和改造农村公路比许昌市多', false],
  // A 分别 list of 城市、农村 standards, and their rises in 元 (an increase, not a growth rate).
  [H, '每人每月780元', '780元', 'social_security:城市低保平均标准:元', '城市低保平均标准', false],
  [H, '分别增加30元', '30元', 'social_security:城市低保平均标准:元.increase', null, false],
  [H, '和45元', '45元', 'social_security:农村低保平均标准:元.increase', null, false],
  // A standard's per-head unit is a gloss on its name, not part of a verb phrase (提高到每人每月).
  [G, '城市低保标准提高到每人每月798元', '798元', 'social_security:城市低保标准（每人每月）:元', '城市低保标准（每人每月）', false],
  // 完成 and 还 are no part of a name.
  [G, '地区生产总值完成68.4亿元', '68.4亿元', 'other:地区生产总值:元', '地区生产总值', false],
  [G, '还有15处', '15处', 'other:农村供水保障工程:处', '农村供水保障工程', false],
  // The growth of a measure named without a figure before it: the article's own (GDP) or the lexicon's.
  [G, '地区生产总值增长6%左右', '6%左右', 'other:地区生产总值:元.growth', null, false],
  [G, '分别增长5%', '5%', 'urban_disposable_income_per_capita.growth', '城镇居民人均可支配收入增长', false],
  [G, '和7%左右', '7%左右', 'rural_disposable_income_per_capita.growth', '农村居民人均可支配收入增长', false],
  [G, '年均增长7.3%', '7.3%', 'other:民生资金:元.annual_growth', '民生资金年均增长', false],
  // One measure named alike twice is one indicator, whatever the words around each suggest.
  [G, '农村自来水普及率达到96.8%', '96.8%', 'other:农村自来水普及率:%', null, false],
  [G, '农村自来水普及率达到98%以上', '98%以上', 'other:农村自来水普及率:%', null, false],
  // …but a short generic name (投入资金) in another project is another thing.
  [A, '计划投入资金14.8亿元', '14.8亿元', 'education:投入资金:元', '投入资金', false],
  [A, '计划投入资金6.5亿元', '6.5亿元', 'elderly_care:投入资金:元', '投入资金', false],
  // 比上年多, 比2023年增加: a rise in the measure's own unit, not a rate.
  [R, '比上年多2600个', '2600个', 'new_school_places.increase', null, false],
  [R, '比2023年增加3100人', '3100人', 'new_urban_jobs.rise', '城镇新增就业比2023年增加', false],
  // Against another base than the year before: never named 比上年 (比一季度末下降0.2个百分点; 环比 is on the period before).
  ['district-table.txt', '比一季度末下降0.2个百分点', '0.2个百分点', 'employment:城镇调查失业率:%.fall', null, false],
  ['district-table.txt', '环比增长13.3%', '13.3%', 'new_urban_jobs.growth_on_period', null, false],
  // 比2020年增长了1.6倍: growth as a multiple, not 比上年增加.
  [F, '比2020年增长了1.6倍', '1.6倍', 'elderly_care:持证养老护理员:人.growth', null, false],
  [H, '分别增加30元和45元', '45元', 'social_security:农村低保平均标准:元.increase', '农村低保平均标准比上年增加', false],
  // 由3.12缩小到2.35: both levels are the ratio's, neither is titled 缩小到.
  [G, '收入比由3.12', '3.12', 'urban_rural_income_ratio', '城乡居民收入比', false],
  [G, '缩小到2.35', '2.35', 'urban_rural_income_ratio', '城乡居民收入比', false],
  // A sentence's topic (保障性租赁住房方面，) names what its bare verbs count; so does the figure before (在建, 投入运营).
  [M, '计划筹集6000套', '6000套', 'affordable_rental_homes.added', '保障性租赁住房', false],
  [M, '已筹集4380套', '4380套', 'affordable_rental_homes.added', '保障性租赁住房', false],
  [M, '完成年度计划的73%', '73%', 'affordable_rental_homes.added.target_share', null, false],
  [M, '在建68部', '68部', 'elevators_added', null, false],
  [M, '已有38个投入运营', '38个', 'elderly_meal_points.added', '新建老年助餐点', false],
  // 超额完成年初计划的6所: the plan the 7所 before was measured against.
  // (全年新建、改扩建中小学和幼儿园7所: both verbs, session 14.)
  [C, '年初计划的6所', '6所', 'education:新建、改扩建中小学和幼儿园:所', '新建、改扩建中小学和幼儿园（年初计划）', false],
  // An amount paid to recipients is named by what is paid; an age inside who is counted stays in it.
  [C, '发放育儿补贴2460万元', '2460万元', 'childcare:发放育儿补贴:元', '发放育儿补贴', false],
  [C, '1.2万余户育有', '1.2万余户', 'childcare:育有3岁以下婴幼儿:户', '育有3岁以下婴幼儿', true],
  // 覆盖城市社区的九成以上: the coverage of the meal points before it, not a measure named 城市社区.
  [M, '覆盖城市社区的九成以上', '九成以上', 'elderly_meal_points.coverage', null, false],
  [P, '覆盖城乡社区的比例达到72%', '72%', 'elderly_meal_points.coverage', null, false],
  // 8个片区更新项目中，5个已完工: 中 is "of them".
  [C, '8个片区更新项目中', '8个', 'other:片区更新项目:个', '片区更新项目', false],
  // (5个已完工 of 8 named again: those completed, the 8's indicator.)
  [C, '5个已完工', '5个', 'other:片区更新项目:个', '片区更新项目（已完工）', false],
  // 新增就业岗位中超八成来自民营企业…: a share titled by where from is no name of what it is a share of.
  [M, '超八成来自民营企业', '超八成', 'employment:来自民营企业:%', '来自民营企业', true],
  // feature-story (a5 review): a street and its 今年 are where and when; 一支120人的志愿者队伍 counts the team.
  [F, '街道今年新建社区养老服务站3个', '3个', 'elderly_care:新建社区养老服务站:个', '新建社区养老服务站', false],
  [F, '一支120人的志愿者队伍', '120人', 'elderly_care:志愿者队伍:人', '志愿者队伍', false],
  // (The community's residents, never the district's: 社区 stays before what it has, session 14.)
  [F, '社区有常住居民1.1万人', '1.1万人', 'elderly_care:社区常住居民:人', '社区常住居民', false],
  [F, '区级财政今年以来投入养老服务资金1.26亿元', '1.26亿元', 'elderly_care:区级财政投入养老服务资金:元', '区级财政投入养老服务资金', true],
  // (A share of the diners just counted, never of all the district's people: session 14; long, flagged.)
  [F, '80岁以上老人占三成', '三成', 'elderly_care:日均就餐中80岁以上老人占比:%', '日均就餐中80岁以上老人占比', true],
  // Written-out multiples and fractions: 翻了一番 is twice, said whole (flagged: a long made name), 四分之一 a share.
  [F, '翻了一番', '一番', 'elderly_care:助餐点数量比2020年翻番:倍', '助餐点数量比2020年翻番', true],
  [F, '常住人口的四分之一', '四分之一', 'elderly_care:60岁以上老人占常住人口:%', '60岁以上老人占常住人口', true],
  // Nursing beds are elderly care, not health.
  [F, '护理型床位占比提高到65%', '65%', 'elderly_care:护理型床位占比:%', '护理型床位占比', false],
  // 床位将从20张增加到45张: both levels of the beds (20张 is where they stand now; see the status test), the
  // day-care centre's the clause before opens with (subjects4), a name long enough to be flagged.
  [F, '床位将从20张', '20张', 'elderly_care:望平社区日间照料中心床位:张', '望平社区日间照料中心床位', true],
  [F, '增加到45张', '45张', 'elderly_care:望平社区日间照料中心床位:张', '望平社区日间照料中心床位', true],
  [C, '实际完成128个', '128个', 'old_compounds_renovated', '改造城镇老旧小区', false],
  // What is left is no noun: a verb (覆盖) or a clause with its predicate (活动已开展演出). Flagged.
  [P, '已覆盖1.1万人', '1.1万人', 'social_security:覆盖:人', '覆盖', true],
  [W, '活动已开展演出230场', '230场', 'culture_sports:文化走亲活动已开展演出:场', null, true],
  // A budget done, as a share of the budget (为预算的, 完成预算的), and the growth after it, of the revenue or spending before.
  [BR, '为预算的101.2%', '101.2%', 'other:一般公共预算收入:元.budget_share', '一般公共预算收入完成预算', false],
  [BR, '为预算的101.2%，增长5.3%', '5.3%', 'other:一般公共预算收入:元.growth', '一般公共预算收入增长', false],
  [BR, '完成预算的98.6%', '98.6%', 'other:一般公共预算支出:元.budget_share', '一般公共预算支出完成预算', false],
  [BR, '完成预算的98.6%，增长4.2%', '4.2%', 'other:一般公共预算支出:元.growth', '一般公共预算支出增长', false],
  // Places a 分别 list pays to are where, not what (both had been 长阳土家族自治县).
  [BR, '分别下达转移支付12.1亿元', '12.1亿元', 'income:下达转移支付:元', '下达转移支付', false],
  [BR, '9.8亿元，支持', '9.8亿元', 'income:下达转移支付:元', '下达转移支付', false],
  // What was paid against a sum allocated is that sum's measure; a bare 安排 is named by what it pays for.
  [BR, '实际拨付15.2亿元', '15.2亿元', 'elderly_care:市级财政安排十件民生实事项目资金:元', '市级财政安排十件民生实事项目资金', true],
  [BR, '为2.3万人次困难群众实施临时救助', '2.3万人次', 'social_security:困难群众临时救助:人次', '困难群众临时救助', false],
  // Levels from one year to another (由2020年的2.46人增加到2024年的2.92人) are of what comes before 由.
  // (Named as the article's table names the row, a long name is clear: no longer flagged.)
  [PE, '由2020年的2.46人', '2.46人', 'health:每千人口执业(助理)医师数:人', '每千人口执业(助理)医师数', false],
  [PE, '增加到2024年的2.92人', '2.92人', 'health:每千人口执业(助理)医师数:人', '每千人口执业(助理)医师数', false],
  // A target named after its amount is a target of the measure before; a gap to it is the measure's gap.
  [PE, '但距4.5个的规划目标', '4.5个', 'childcare_places_per_1000', '每千人口托位数（规划目标）', false],
  [PE, '仍差1.4个', '1.4个', 'childcare_places_per_1000.target_gap', '每千人口托位数距目标差距', false],
  [PE, '可达3.6个左右', '3.6个左右', 'childcare_places_per_1000', '每千人口托位数', true],
  [PE, '距目标值仍差1350元', '1350元', 'disposable_income_per_capita.target_gap', '居民人均可支配收入距目标差距', true],
  [PE, '提前完成55%的约束性目标', '55%', 'elderly_care:养老机构护理型床位占比:%', '养老机构护理型床位占比（约束性目标）', false],
  // Growth over several years is its own measure; the plan's yearly rate compared with (低于《纲要》…的预期) is the measure's.
  [PE, '比2020年累计增长28.5%', '28.5%', 'disposable_income_per_capita.cumulative_growth', null, false],
  [PE, '低于《纲要》年均增长7%左右', '7%左右', 'disposable_income_per_capita.annual_growth', '居民人均可支配收入年均增长', false],
  [PE, '完成五年目标任务的86%', '86%', 'new_urban_jobs.target_share', null, false],
  // A 分别 list: a rate's base (/10万) is no third figure; items that end alike share nothing; a year before 城乡.
  [PE, '分别降至3.9‰', '3.9‰', 'health:婴儿死亡率:‰', '婴儿死亡率', false],
  [PE, '每人每月860元', '860元', 'social_security:城市低保标准（每人每月）:元', '城市低保标准（每人每月）', false],
  [PE, '860元和700元', '700元', 'social_security:农村低保标准（每人每月）:元', '农村低保标准（每人每月）', false],
  // A county news item: a place before the verb, a term's time word, a class count between the noun and its pupils.
  [CN, '开化县新增学位2160个', '2160个', 'new_school_places', '新增学位', false],
  // 迎来 ends the noun after a figure, as 继续, 保持 and 门口 do.
  [CN, '2.6万余名学生迎来新学期', '2.6万余名', 'education:学生:名', '学生', false],
  // (…and what was set up at the gates is what the schools are counted for: 设置护学岗的中小学校, session 14.)
  [CN, '26所中小学校门口设置', '26所', 'education:中小学校（门口设置护学岗）:所', '中小学校（门口设置护学岗）', false],
  [CN, '本学期开设研学课程20门', '20门', 'education:研学课程:门', '研学课程', false],
  [CN, '初一新生12个班540人', '540人', 'education:初一新生:人', '初一新生', false],
  // A part named only by a trait is of the whole before it (the trait a gloss, no part of the name's length); 学位 is a
  // school place, a noun of its own.
  [CN, '其中研究生学历18名', '18名', 'education:新招聘教师（研究生学历）:名', '新招聘教师（研究生学历）', false],
  [CN, '其中义务教育学位1680个', '1680个', 'education:新增义务教育学位:个', '新增义务教育学位', false],
  // A light verb inside the clause: what is counted is its object.
  [HR, '开展专项治理12项', '12项', 'urban_renewal:专项治理:项', '专项治理', false],
  // A bare 占 is said 占比; 增至 is no part of a name.
  [HR, '占80.6%', '80.6%', 'digital_services:电话渠道受理:件.share', '电话渠道受理占比', false],
  [HR, '话务员增至420人', '420人', 'digital_services:话务员:人', '话务员', false],
  // A place and the verb of the sentence before (张店区承办) count what that verb counted: a paragraph going place by
  // place through the measure just named, so no guess; the places after it count the same; a place with a measure
  // of its own (沂源县满意率) keeps it, unflagged.
  [HR, '张店区承办67.8万件', '67.8万件', 'other:承办热线转办诉求:件', '承办热线转办诉求', false],
  [HR, '淄川区41.2万件', '41.2万件', 'other:承办热线转办诉求:件', '承办热线转办诉求', false],
  // The sum of places listed is named by them, no place's figure of the measure (a long made name: flagged, so a
  // chart draws it only when asked).
  [HR, '文昌湖区合计12.5万件', '12.5万件', 'other:高新区、经济开发区、文昌湖区合计:件', '高新区、经济开发区、文昌湖区合计', true],
  [HR, '临淄区38.6万件', '38.6万件', 'other:承办热线转办诉求:件', '承办热线转办诉求', false],
  [HR, '沂源县满意率97.9%', '97.9%', 'digital_services:满意率:%', '满意率', false],
  // An audit's sample is no whole fund (抽查), and 2024年度 leaves no 度 behind (QA s10 B5).
  [AU, '2024年度社会救助专项资金6.38亿元', '6.38亿元', 'social_security:抽查社会救助专项资金:元', '抽查社会救助专项资金', false],
  [AU, '抽查2024年度医保基金5.93亿元', '5.93亿元', 'health:抽查医保基金:元', '抽查医保基金', false],
  // 序时进度 is the schedule's benchmark; how far the work is ahead of it is named so (QA s10 B7).
  [MR, '比序时进度（83.3%）', '83.3%', 'employment:序时进度:%', '序时进度', false],
  [MR, '快6.7个百分点', '6.7个百分点', 'employment:快于序时进度:百分点', '快于序时进度', false],
  // A series of months of one measure (今年各月城镇新增就业分别为：1月3860人、…): the measure's.
  [MR, '1月3860人', '3860人', 'new_urban_jobs', '城镇新增就业', false],
  // 去年同期为…: the same measure a year before; the year's target named between 完成 and the share.
  [MR, '去年同期为4.52万人', '4.52万人', 'new_urban_jobs', '城镇新增就业', false],
  // A list of places before 分别: each place's growth of the figure before it, or the measure the last item names.
  [MR, '城中区、鱼峰区分别同比增长4.6%', '4.6%', 'new_urban_jobs.growth', null, false],
  [MR, '柳南区、柳北区城乡低保对象分别为0.62万人', '0.62万人', 'social_security:城乡低保对象:人', '城乡低保对象', false],
];

/**
 * The 2026 items of budget-report.txt's （二）市本级 section: [words around the figure, figure,
 * indicator, subject], whatever the name of the city's own books (市本级) adds before them.
 */
const CITY_BOOKS: ReadonlyArray<readonly [string, string, string, string]> = [
  // A numbered item's number is no figure that cuts its name (育支出, 会保障和就业支出 had been the titles).
  ['1.教育支出22.3亿元', '22.3亿元', 'education:教育支出:元', '教育支出'],
  ['2.社会保障和就业支出28.1亿元', '28.1亿元', 'employment:社会保障和就业支出:元', '社会保障和就业支出'],
  // A budget against last year's budget (比上年预算数增加) is the budget's change on that budget, not on what was spent.
  ['比上年预算数增加0.6亿元', '0.6亿元', 'education:教育支出:元.increase_on_budget', '教育支出比上年预算数增加'],
  // A bare 安排 is named by what it pays for.
  ['安排1.8亿元', '1.8亿元', 'education:新建改扩建中小学和幼儿园资金:元', '新建改扩建中小学和幼儿园资金'],
];
const withoutBooks = (s: string) => s.replace(/(^|:)市本级/u, '$1');

describe('what a figure counts, read from its sentence', () => {
  for (const [context, raw, indicator, subject] of CITY_BOOKS) {
    it(`budge ${context}: ${indicator}`, () => {
      const o = fig(BR, context, raw);
      assert.deepEqual([withoutBooks(o.indicator), withoutBooks(o.subject)], [indicator, subject]);
    });
  }

  for (const [file, context, raw, indicator, subject, flagged] of CASES) {
    it(`${file.slice(0, 5)} ${context}: ${indicator}${flagged ? ', flagged' : ''}`, () => {
      const o = fig(file, context, raw);
      assert.equal(o.indicator, indicator);
      if (subject !== null) assert.equal(o.subject, subject);
      assert.equal(unclear(o), flagged, `subject_unclear on ${o.subject}`);
    });
  }

  it('B1: the city and its four districts stand on one indicator, each district its own place', () => {
    const jobs = dataset.observations.filter((o) => o.source === 'press-conference' && o.indicator === 'new_urban_jobs' && o.status === 'result');
    const places = new Set(jobs.map((o) => names.get(o.region)));
    for (const place of ['赣州市', '章贡区', '南康区', '赣县区', '瑞金市']) assert.ok(places.has(place), place);
  });

  it('A3: the count 托位数 holds the places added only, not the per-1,000 ratio nor the 普惠性 part', () => {
    const counts = dataset.observations.filter((o) => o.source === 'wechat-progress' && o.indicator === 'childcare_places.added');
    assert.deepEqual([...new Set(counts.map((o) => o.raw))].sort(), ['1200个', '1356个']);
  });

  it('a bound written before what the figure is a multiple of is the figure\'s: 不低于…的1.3倍 is at least 1.3倍', () => {
    assert.equal(fig(A, '不低于当地低保标准的1.3倍', '1.3倍').qualifier, 'at_least');
  });

  it('reads the level a plan starts from as where things stand now: 床位将从20张增加到45张', () => {
    const now = fig(F, '床位将从20张', '20张');
    const planned = fig(F, '增加到45张', '45张');
    assert.deepEqual([now.status, now.period.start, now.period.end], ['result', undefined, '2025-11-19']);
    assert.deepEqual([planned.status, planned.period.start, planned.period.end], ['plan', '2026-01-01', '2026-12-31']);
  });

  it('no subject keeps a table separator, a cut age, a leading particle or a place name alone', () => {
    const bad = dataset.observations.filter(
      (o) =>
        /[|｜]/u.test(o.subject) ||
        /^(?:以上|以下|岁)/u.test(o.subject) ||
        /^(?:后|另|底|年底前|再|其余|剩余)/u.test(o.subject) ||
        (names.has(o.region) && o.subject === names.get(o.region)),
    );
    assert.deepEqual(bad.map((o) => `${o.source} ${o.raw} ${o.subject}`), []);
  });
});

describe('the same rules on a made-up report in another city\'s words', () => {
  const text = [
    '关于嘉兴市2025年预算执行情况的报告',
    '发布时间：2026-01-22 09:00　来源：嘉兴市财政局',
    '全市一般公共预算收入完成512.4亿元，为预算的102.3%，增长4.1%。',
    '一、民生支出',
    '1.教育支出88.6亿元，增长3.2%。',
    '2、卫生健康支出41.2亿元，下降1.5%。',
    '安排2.2亿元，用于新建托育机构12家。',
    '对嘉善县、海盐县分别下达补助资金3.1亿元、2.4亿元。',
    '截至2025年底，全市每千人口托位数为4.1个，距4.5个的规划目标仍差0.4个。',
    '全年为1.2万名失能老人实施居家照护服务，对36个老旧小区实施改造提升。',
    '新录用社区工作者80名，其中女性52名。',
    '全年各县（市、区）共受理信访事项8600件。嘉善县受理2100件，占24.4%；全市社区网格员增至1260人。',
    '2025年全市职工医保、居民医保参保率分别达到99.1%和97.6%，甲类、乙类传染病发病率分别为12.4/10万和186.3/10万。',
    '民生速递　全市新开社区食堂45家',
  ].join('\n');
  const made = new DatasetBuilder();
  made.add({ file: 'made.txt', text, sha256: 'e'.repeat(64), bytes: text.length }, { file: 'made.txt', region: 'jiaxing' });
  const { observations } = made.finish();
  /** [figure, indicator, subject] */
  const CASES: ReadonlyArray<readonly [string, string, string]> = [
    ['102.3%', 'other:一般公共预算收入:元.budget_share', '一般公共预算收入完成预算'],
    ['4.1%', 'other:一般公共预算收入:元.growth', '一般公共预算收入增长'],
    ['88.6亿元', 'education:教育支出:元', '教育支出'],
    ['41.2亿元', 'health:卫生健康支出:元', '卫生健康支出'],
    ['2.2亿元', 'childcare:新建托育机构资金:元', '新建托育机构资金'],
    ['3.1亿元', 'other:下达补助资金:元', '下达补助资金'],
    ['2.4亿元', 'other:下达补助资金:元', '下达补助资金'],
    ['4.5个', 'childcare_places_per_1000', '每千人口托位数（规划目标）'],
    ['0.4个', 'childcare_places_per_1000.target_gap', '每千人口托位数距目标差距'],
    ['1.2万名', 'elderly_care:失能老人居家照护服务:名', '失能老人居家照护服务'],
    ['36个', 'old_compounds_renovated', '老旧小区改造提升'],
    ['52名', 'other:新录用社区工作者（女性）:名', '新录用社区工作者（女性）'],
    ['2100件', 'other:受理信访事项:件', '受理信访事项'],
    ['24.4%', 'other:受理信访事项:件.share', '受理信访事项占比'],
    ['1260人', 'other:社区网格员:人', '社区网格员'],
    ['99.1%', 'medical_insurance_coverage', '职工医保参保率'],
    ['97.6%', 'medical_insurance_coverage', '居民医保参保率'],
    ['12.4/10万', 'health:甲类传染病发病率:/10万', '甲类传染病发病率'],
    ['186.3/10万', 'health:乙类传染病发病率:/10万', '乙类传染病发病率'],
    ['45家', 'other:新开社区食堂:家', '新开社区食堂'],
  ];
  for (const [raw, indicator, subject] of CASES) {
    it(`${raw}: ${subject}`, () => {
      const o = observations.find((x) => x.raw === raw);
      assert.ok(o, `${raw} is a figure`);
      assert.deepEqual([o.indicator, o.subject], [indicator, subject]);
    });
  }
});

describe('subjects of a 督查通报 (inspection-notice.txt, session 14) and of the same rules in other words', () => {
  const read = (text: string, region: string) => {
    const b = new DatasetBuilder();
    b.add({ file: 'n.txt', text, sha256: 'd'.repeat(64), bytes: text.length }, { file: 'n.txt', region });
    const { observations } = b.finish();
    return (raw: string) => {
      const o = observations.find((x) => x.raw === raw);
      assert.ok(o, raw);
      return o.subject;
    };
  };
  const file = readFileSync(join(ARTICLES, 'inspection-notice.txt'), 'utf8');
  const real = read(file, 'changde');
  it('年度目标 and 仅 say how the figure stands, not what it counts', () => {
    assert.equal(real('9600个'), '新增学位');
    assert.equal(real('42个'), '新增托位');
  });
  it('a table row numbered by 序号 is named by its 项目名称, and no cell after the figure joins its name', () => {
    // (Named with its 完成率 column: the row's rate, not its thing; session 14.)
    assert.equal(real('76.3%'), '社区老年助餐点完成率');
  });
  it('the same in another city\'s notice; 年度计划 stays in a name where it is one', () => {
    const other = read(
      [
        '岳阳市2025年民生实事督查通报',
        '发布时间：2025-09-20 10:00',
        '年度任务新建城市书房20个，君山区仅建成3个。年度计划投资完成率为71.2%。',
        '序号｜项目名称｜年度目标｜累计完成｜完成率｜责任单位',
        '1｜城市书房｜20个｜14个｜70%｜市文旅广电局',
        '2｜口袋公园｜35个｜30个｜85.7%｜市城管局',
      ].join('\n'),
      'yueyang_hunan',
    );
    assert.equal(other('20个'), '新建城市书房');
    assert.equal(other('3个'), '新建城市书房');
    assert.equal(other('85.7%'), '口袋公园完成率');
    assert.match(other('71.2%'), /年度计划投资/u);
  });
});

describe('subjects of a disclosure report (bureau-annual-report.txt, session 14): items, 本年度 and 均 are no part of a name', () => {
  const read = (text: string, region: string) => {
    const b = new DatasetBuilder();
    b.add({ file: 'r.txt', text, sha256: 'f'.repeat(64), bytes: text.length }, { file: 'r.txt', region });
    const { observations } = b.finish();
    return (raw: string) => observations.find((x) => x.raw === raw)?.subject;
  };
  it('the real sentences', () => {
    const real = read(readFileSync(join(ARTICLES, 'bureau-annual-report.txt'), 'utf8'), 'weifang');
    assert.equal(real('不少于30篇'), '发布政策解读');
    assert.equal(real('5.5万人以上'), '城镇新增就业');
    assert.equal(real('28件'), '办理人大代表建议');
  });
  it('another city\'s report in other words; 本年末 stays a level\'s time, not cut to 末', () => {
    const other = read(
      ['湘潭市民政局2025年政府信息公开工作年度报告', '发布日期：2026-01-18', '2026年，我局将：一是新建社区食堂40个；二是计划全年培训养老护理员800人。本年度共办理政协提案19件，办复率均为100%。本年末参保人数达到120万人。'].join('\n'),
      'xiangtan_hunan',
    );
    assert.equal(other('40个'), '新建社区食堂');
    assert.equal(other('800人'), '培训养老护理员');
    assert.equal(other('19件'), '办理政协提案');
    assert.equal(other('100%'), '办复率');
    assert.ok(!other('120万人')!.startsWith('末'), other('120万人'));
  });
});

describe('惠及居民 after a rate is of the works before the rate (inspection-notice.txt, session 14)', () => {
  const subject = (sentence: string, raw: string, region: string) => {
    const text = `民生实事进展\n发布日期：2025-09-21\n${sentence}\n`;
    const b = new DatasetBuilder();
    b.add({ file: 's.txt', text, sha256: '9'.repeat(64), bytes: text.length }, { file: 's.txt', region });
    return b.finish().observations.find((o) => o.raw === raw)?.subject;
  };
  it('the real sentence: not 完工率惠及居民', () => assert.equal(subject('年度任务改造小区152个，已完工63个，完工率41.4%，惠及居民1.9万户。', '1.9万户', 'changde'), '改造小区惠及居民'));
  it('another city: the count two figures back', () => assert.equal(subject('全区新建公厕40座，完成率80%，惠及群众3.2万人。', '3.2万人', 'yueyang_hunan'), '新建公厕惠及群众'));
  it('no count before: the words alone', () => assert.equal(subject('完工率41.4%，惠及居民1.9万户。', '1.9万户', 'changde'), '惠及居民'));
});

describe('a share of an amount named inside its 占 phrase is of the figure before that amount (inspection-notice.txt, session 14)', () => {
  const read = (sentence: string, region: string) => {
    const text = `民生实事进展\n发布日期：2025-09-21\n${sentence}\n`;
    const b = new DatasetBuilder();
    b.add({ file: 's.txt', text, sha256: '8'.repeat(64), bytes: text.length }, { file: 's.txt', region });
    const { observations } = b.finish();
    return (raw: string) => observations.find((o) => o.raw === raw)!;
  };
  it('the real sentence: 完成投资 占 年度计划投资, and the amount is named without 占', () => {
    const f = read('截至8月底，民生实事项目累计完成投资46.8亿元，占年度计划投资72.5亿元的64.6%。', 'changde');
    // (The programme's plan, named by it since subjects4: never a bare 年度计划投资.)
    assert.equal(f('72.5亿元').subject, '民生实事年度计划投资');
    assert.equal(f('64.6%').subject, '民生实事项目完成投资占年度计划投资');
    assert.equal(f('64.6%').indicator, `${f('46.8亿元').indicator}.share`);
  });
  it('another city: 发放补贴…，占全年预算3200万元的75%', () => {
    const f = read('前三季度全区发放养老补贴2400万元，占全年预算3200万元的75%。', 'yueyang_hunan');
    assert.equal(f('75%').indicator, `${f('2400万元').indicator}.share`);
  });
  it('not a share with no amount inside its 占 phrase (占全省的12.5%): of the figure just before', () => {
    const f = read('全市新增就业4.2万人，占全省的12.5%。', 'changde');
    // (The city's part of 湖南省's jobs: a share of the wider region's total since QA s14.)
    assert.equal(f('12.5%').indicator, `${f('4.2万人').indicator}.share_of_wider_region`);
    assert.equal(f('12.5%').subject, '新增就业占湖南省比重');
  });
});

describe("a town's own report: what its district does is the district's, by name too", () => {
  const report = (town: string, body: string) => [`${town}2025年工作总结和2026年工作计划`, '', body, ''].join('\n');
  it('the real sentence: 全区层面，2026年吴江区计划实施民生实事项目50项，总投资约85亿元 is 吴江区\'s, not 震泽镇\'s', () => {
    const fig = figures(report('震泽镇', '全镇城镇新增就业1860人。全区层面，2026年吴江区计划实施民生实事项目50项，总投资约85亿元，我镇将主动对接。'), 'wujiang_suzhou');
    assert.ok(!fig('50项').subject.startsWith('震泽镇'), fig('50项').subject);
    assert.ok(!fig('约85亿元').subject.startsWith('震泽镇'), fig('约85亿元').subject);
    assert.ok(fig('1860人').subject.startsWith('震泽镇'), fig('1860人').subject);
  });
  it('another town: 2026年余杭区计划新建幼儿园12所 in 良渚街道\'s report', () => {
    const fig = figures(report('良渚街道', '全街道新增托位320个。2026年余杭区计划新建幼儿园12所，总投资约6亿元。'), 'yuhang');
    assert.ok(!fig('12所').subject.startsWith('良渚街道'), fig('12所').subject);
    assert.ok(fig('320个').subject.startsWith('良渚街道'), fig('320个').subject);
  });
  it('…but the town\'s own clause after the district\'s (吴江区下达任务50项，我镇完成48项) is the town\'s', () => {
    const fig = figures(report('震泽镇', '2025年，吴江区下达我镇民生实事任务50项，全镇完成民生实事48项。'), 'wujiang_suzhou');
    assert.ok(fig('48项').subject.startsWith('震泽镇'), fig('48项').subject);
  });
});
