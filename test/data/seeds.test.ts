/**
 * The pipeline end to end on the five seed articles: figures with their value, unit,
 * qualifier, place, period and indicator; non-figures with their skip reason; the
 * accounting; provenance; cross-city indicators; and that the committed dataset is
 * current.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DatasetBuilder } from '../../src/data/dataset.ts';
import { decodeArticle } from '../../src/data/decode.ts';
import { parseManifest } from '../../src/data/manifest.ts';
import { serializeDataset } from '../../src/data/serialize.ts';
import type { Dataset, Observation, Qualifier, SkipReason } from '../../src/data/types.ts';
import { validateDataset } from '../../src/data/validate.ts';
import { createHash } from 'node:crypto';

const SEEDS = new URL('../../seeds/', import.meta.url).pathname;
const COMMITTED = new URL('../../src/dataset/livelihood.json', import.meta.url).pathname;

function build(): { dataset: Dataset; json: string; raws: Map<string, string> } {
  const manifest = parseManifest(JSON.parse(readFileSync(join(SEEDS, 'manifest.json'), 'utf8')));
  const builder = new DatasetBuilder();
  const raws = new Map<string, string>();
  for (const file of readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort()) {
    const bytes = readFileSync(join(SEEDS, file));
    const { text } = decodeArticle(bytes);
    raws.set(file.slice(0, 3), text);
    const entry = manifest.articles.find((a) => a.file === file)!;
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    builder.add({ file, text, sha256, bytes: bytes.length }, entry);
  }
  const dataset = builder.finish();
  return { dataset, json: serializeDataset(dataset), raws };
}

const { dataset, json, raws } = build();
const src = (o: { source: string }) => o.source.slice(0, 3);

function find(source: string, raw: string, nth = 0): Observation {
  const found = dataset.observations.filter((o) => src(o) === source && o.raw === raw);
  assert.ok(found[nth], `no figure "${raw}" (#${nth}) in source ${source}`);
  return found[nth];
}

type Row = [source: string, raw: string, value: number, unit: string, qualifier: Qualifier, region: string, period: string, indicator: string];

/** Period as "label start..end", with empty ends where the text gives none. */
const period = (o: Observation) => `${o.period.label} ${o.period.start ?? ''}..${o.period.end ?? ''}`;

const FIGURES: Row[] = [
  // 000 张家口 (published 2025-12-22)
  ['000', '1.68万个', 16800, '个', 'exact', 'zhangjiakou', '截至发布时 ..2025-12-22', 'new_boarding_places.cumulative'],
  ['000', '近6亿元', 600000000, '元', 'approx', 'zhangjiakou', '截至发布时 ..2025-12-22', 'education:高标准城镇寄宿制学校筹措资金:元'],
  ['000', '24所', 24, '所', 'exact', 'zhangjiakou', '截至发布时 ..2025-12-22', 'boarding_schools_built.cumulative'],
  ['000', '24.7万平方米', 247000, '平方米', 'exact', 'zhangjiakou', '截至发布时 ..2025-12-22', 'education:高标准城镇寄宿制学校总面积:平方米'],
  ['000', '1.3万余名', 13000, '名', 'over', 'zhangjiakou', '截至发布时 ..2025-12-22', 'education:惠及农村学生:名'],
  ['000', '超八成', 80, '%', 'over', 'zhangjiakou', '截至发布时 ..2025-12-22', 'elderly_family_doctor_signing_rate'],
  ['000', '359个', 359, '个', 'exact', 'zhangjiakou', '截至发布时 ..2025-12-22', 'elderly_meal_points'],
  // 2018年起,张家口开启了…老旧小区改造工程 two paragraphs before: renovated since then (QA s11 A1), not a level of unknown span.
  ['000', '700余个', 700, '个', 'over', 'zhangjiakou', '截至目前 2018-01-01..2025-12-22', 'old_compounds_renovated'],
  ['000', '26万余', 260000, '人', 'over', 'zhangjiakou', '截至目前 ..2025-12-22', 'urban_renewal:惠及群众:人'],
  ['000', '近万套', 10000, '套', 'approx', 'zhangjiakou', '十四五期间 2021-01-01..2025-12-31', 'shantytown_homes_completed'],
  ['000', '数万', 10000, '人', 'over', 'zhangjiakou', '十四五期间 2021-01-01..2025-12-31', 'housing:居民（实现出棚进楼）:人'],
  ['000', '8000余套', 8000, '套', 'over', 'zhangjiakou', '十四五期间 2021-01-01..2025-12-31', 'affordable_rental_homes.added'],
  ['000', '上千个', 1000, '个', 'at_least', 'zhangjiakou', '2017年以来 2017-01-01..2025-12-22', 'poverty_alleviation:空心村（完成治理）:个'],
  ['000', '十余万', 100000, '人', 'over', 'zhangjiakou', '2017年以来 2017-01-01..2025-12-22', 'poverty_alleviation:群众（搬进新家园）:人'],
  ['000', '200多所', 200, '所', 'over', 'zhangjiakou', '2018年以来 2018-01-01..2025-12-22', 'rural_mutual_aid_homes.added'],
  ['000', '400余名', 400, '名', 'over', 'kangbao', '截至发布时 ..2025-12-22', 'education:乡镇小学学生（实现进城上学）:名'],
  // …11个行政村搬迁前后的样貌: the villages moved (QA s14, 1).
  ['000', '11个', 11, '个', 'exact', 'kangbao', '截至发布时 ..2025-12-22', 'poverty_alleviation:搬迁行政村:个'],
  ['000', '360万', 3600000, '人', 'exact', 'zhangjiakou', '目前 ..2025-12-22', 'digital_services:注册用户:人'],
  ['000', '50余家', 50, '家', 'over', 'zhangjiakou', '自2021年10月上线以来 2021-10-01..2025-12-22', 'digital_services:单位（整合资源）:家'],
  ['000', '3000余万元', 30000000, '元', 'over', 'zhangjiakou', '截至发布时 ..2025-12-22', 'education:研学实践基地投入:元'],
  // 001 晋中 (no date in the text: relative periods keep only their label)
  ['001', '291.58亿元', 29158000000, '元', 'exact', 'jinzhong', '十四五期间 2021-01-01..2025-12-31', 'education_spending'],
  ['001', '26所', 26, '所', 'exact', 'jinzhong', '十四五期间 2021-01-01..2025-12-31', 'schools_built'],
  ['001', '2.97万名', 29700, '名', 'exact', 'jinzhong', '今年起 ..', 'education:幼儿:名'],
  ['001', '近5000元', 5000, '元', 'approx', 'jinzhong', '未注明 ..', 'education:保教费:元'],
  ['001', '862户', 862, '户', 'exact', 'jinzhong', '截至2024年秋季学期结束 ..2025-01-31', 'education:家庭:户'],
  ['001', '96.95%', 96.95, '%', 'exact', 'jinzhong', '2024年 2024-01-01..2024-12-31', 'health:县域内就诊率:%'],
  ['001', '16.16个百分点', 16.16, '百分点', 'exact', 'jinzhong', '2024年 2024-01-01..2024-12-31', 'health:住院人次占比:%.above_average'],
  ['001', '3.4万余人', 34000, '人', 'over', 'jiexiu', '如今 ..', 'health:试点村:人'],
  ['001', '18个', 18, '个', 'exact', 'jiexiu', '如今 ..', 'health:试点村:个'],
  ['001', '63.89万件', 638900, '件', 'exact', 'jinzhong', '截至目前 ..', 'digital_services:各类业务:件'],
  ['001', '5.5吨', 5.5, '吨', 'exact', 'jinzhong', '未注明 ..', 'urban_renewal:清理垃圾:吨'],
  ['001', '162个', 162, '个', 'exact', 'yushe', '如今 ..', 'elderly_care:行政村:个'],
  ['001', '95.8%', 95.8, '%', 'exact', 'yushe', '如今 ..', 'elderly_care:行政村:个.coverage'],
  ['001', '2000余名', 2000, '名', 'over', 'yushe', '如今 ..', 'elderly_care:老人（享受家门口养老）:名'],
  ['001', '107个', 107, '个', 'exact', 'lingshi', '未注明 ..', 'rural_mutual_aid_homes'],
  ['001', '1759户', 1759, '户', 'exact', 'jinzhong', '截至目前 ..', 'other:改造任务:户'],
  // 002 武陵源 (the article is in the file twice; pinyin inside words)
  ['002', '187万', 1870000, '元', 'exact', 'wulingyuan', '2021年以来四年间 2021-01-01..2024-12-31', 'employment:稳岗返还资金:元'],
  ['002', '5000余人次', 5000, '人次', 'over', 'wulingyuan', '2021年以来四年间 2021-01-01..2024-12-31', 'employment:劳动者:人次'],
  // 品牌招聘活动: a kind of job fair, not all of them beside another city's 各类招聘活动 (QA s11b A2).
  ['002', '超12场次', 12, '场次', 'over', 'wulingyuan', '2021年以来四年间 2021-01-01..2024-12-31', 'employment:品牌招聘活动:场次'],
  ['002', '1200余人次', 1200, '人次', 'over', 'wulingyuan', '2021年以来四年间 2021-01-01..2024-12-31', 'employment:就业意向:人次'],
  ['002', '100余名', 100, '名', 'over', 'wulingyuan', '2021年以来四年间 2021-01-01..2024-12-31', 'employment:新就业形态劳动者（加入工会）:名'],
  ['002', '4300套', 4300, '套', 'exact', 'wulingyuan', '2024年 2024-01-01..2024-12-31', 'education:更换多功能课桌椅:套'],
  ['002', '81.42%', 81.42, '%', 'exact', 'wulingyuan', '2024年 2024-01-01..2024-12-31', 'education:普高本科上线率:%'],
  ['002', '50%以上', 50, '%', 'at_least', 'wulingyuan', '2024年 2024-01-01..2024-12-31', 'health:医保直接报销:%'],
  // 2024年,武陵源区整体医保参保率达97.16%,低收入人口参保率达100%: insured rates are shares at the year's end (places2).
  ['002', '97.16%', 97.16, '%', 'exact', 'wulingyuan', '2024年 ..2024-12-31', 'medical_insurance_coverage'],
  ['002', '100%', 100, '%', 'exact', 'wulingyuan', '2024年 ..2024-12-31', 'social_security:低收入人口参保率:%'],
  ['002', '29名', 29, '名', 'exact', 'wulingyuan', '2024年 2024-01-01..2024-12-31', 'health:专家长期驻点:名'],
  ['002', '20余支', 20, '支', 'over', 'wulingyuan', '2024年 2024-01-01..2024-12-31', 'health:家庭医生团队:支'],
  ['002', '9个', 9, '个', 'exact', 'wulingyuan', '未注明 ..', 'elderly_meal_points'],
  ['002', '2000余人次', 2000, '人次', 'over', 'wulingyuan', '未注明 ..', 'social_security:留守儿童假期生活:人次'],
  ['002', '125名', 125, '名', 'exact', 'wulingyuan', '未注明 ..', 'social_security:困难重度残疾人:名'],
  // 003 呼和浩特 (no date in the text)
  ['003', '309个', 309, '个', 'exact', 'hohhot', '2023年 2023-01-01..2023-12-31', 'old_compounds_renovated'],
  ['003', '139公里', 139, '公里', 'exact', 'hohhot', '2023年 2023-01-01..2023-12-31', 'urban_renewal:改造老旧燃气管网:公里'],
  ['003', '2000万平方米', 20000000, '平方米', 'exact', 'hohhot', '2023年 2023-01-01..2023-12-31', 'urban_renewal:新增供热能力:平方米'],
  // 新建改扩建中小学12所,新增学位2.1万个: primary and secondary places, beside the kindergartens' 8000 (QA s11 A3).
  ['003', '2.1万个', 21000, '个', 'exact', 'hohhot', '截至目前 2023-01-01..', 'new_primary_secondary_places'],
  ['003', '8000个', 8000, '个', 'exact', 'hohhot', '截至目前 2023-01-01..', 'new_kindergarten_places'],
  ['003', '29所', 29, '所', 'exact', 'hohhot', '截至目前 2023-01-01..', 'kindergartens_built'],
  ['003', '20余万', 200000, '人', 'over', 'hohhot', '截至目前 2023-01-01..', 'education:覆盖师生:人'],
  ['003', '6.1万人', 61000, '人', 'exact', 'hohhot', '去年以来 ..', 'new_urban_jobs'],
  ['003', '31.8%', 31.8, '%', 'exact', 'hohhot', '去年以来 ..', 'new_urban_jobs.share_of_wider_region'],
  ['003', '37.6万人', 376000, '人', 'exact', 'hohhot', '去年以来 ..', 'employment:农村劳动力转移就业:人'],
  ['003', '5540户', 5540, '户', 'exact', 'hohhot', '未注明 ..', 'aging_friendly_renovations'],
  // 完成家庭养老床位建设3800户: households, not beds (QA s14, 4).
  ['003', '3800户', 3800, '户', 'exact', 'hohhot', '未注明 ..', 'home_care_bed_households'],
  ['003', '两亿元', 200000000, '元', 'exact', 'hohhot', '截至目前 ..', 'elderly_care:养老事业硬件建设资金:元'],
  ['003', '5985张', 5985, '张', 'exact', 'hohhot', '截至目前 ..', 'elderly_care_institution_beds'],
  ['003', '95%', 95, '%', 'exact', 'hohhot', '截至目前 ..', 'community_elderly_care_centres.coverage'],
  ['003', '767个', 767, '个', 'exact', 'hohhot', '去年以来 ..', 'village_clinics_built'],
  // 004 石家庄 (published 2022-08-11)
  ['004', '16993元', 16993, '元', 'exact', 'shijiazhuang', '今年上半年 2022-01-01..2022-06-30', 'disposable_income_per_capita'],
  ['004', '5.1%', 5.1, '%', 'exact', 'shijiazhuang', '今年上半年 2022-01-01..2022-06-30', 'disposable_income_per_capita.growth'],
  ['004', '9879元', 9879, '元', 'exact', 'shijiazhuang', '今年上半年 2022-01-01..2022-06-30', 'rural_disposable_income_per_capita'],
  ['004', '88442人', 88442, '人', 'exact', 'shijiazhuang', '截至目前 2022-01-01..2022-08-11', 'new_urban_jobs'],
  ['004', '70.75%', 70.75, '%', 'exact', 'shijiazhuang', '截至目前 2022-01-01..2022-08-11', 'new_urban_jobs.target_share'],
  ['004', '645个', 645, '个', 'exact', 'shijiazhuang', '2021年 2021-01-01..2021-12-31', 'old_compounds_renovated'],
  ['004', '956个', 956, '个', 'exact', 'shijiazhuang', '今年 2022-01-01..2022-12-31', 'old_compounds_renovated'],
  ['004', '20290套', 20290, '套', 'exact', 'shijiazhuang', '截至目前 2022-01-01..2022-08-11', 'shantytown_homes_started'],
  ['004', '90.58%', 90.58, '%', 'exact', 'shijiazhuang', '截至目前 2022-01-01..2022-08-11', 'shantytown_homes_started.target_share'],
  ['004', '13.12亿元', 1312000000, '元', 'exact', 'shijiazhuang', '今年以来 2022-01-01..2022-08-11', 'poverty_alleviation:各级财政衔接推进乡村振兴补助资金:元'],
  ['004', '3亿多元', 300000000, '元', 'over', 'shijiazhuang', '今年以来 2022-01-01..2022-08-11', 'poverty_alleviation:各级财政衔接推进乡村振兴补助资金:元.increase'],
  ['004', '200个以上', 200, '个', 'at_least', 'shijiazhuang', '今年 2022-01-01..2022-12-31', 'sports_venues_built'],
  ['004', '1.9万余个', 19000, '个', 'over', 'shijiazhuang', '今年 2022-01-01..2022-08-11', 'education:新增普惠性学位:个'],
  ['004', '3500张', 3500, '张', 'exact', 'shijiazhuang', '2022年 2022-01-01..2022-12-31', 'home_care_beds.added'],
  ['004', '3964户', 3964, '户', 'exact', 'shijiazhuang', '2022年 2022-01-01..2022-08-11', 'aging_friendly_renovations'],
  ['004', '25481个', 25481, '个', 'exact', 'shijiazhuang', '截至目前 ..2022-08-11', 'childcare_places'],
  ['004', '2.39个', 2.39, '个', 'exact', 'shijiazhuang', '截至目前 ..2022-08-11', 'childcare_places_per_1000'],
  ['004', '56144人', 56144, '人', 'exact', 'shijiazhuang', '截至发布时 ..2022-08-11', 'health:HPV疫苗意愿的14周岁女孩:人'],
];

describe('figures from the seeds, end to end', () => {
  it('flags counts the sentence does not name: one quoted word of several, people made to do something', () => {
    // 百余场“订单式”“定向式”培训; 让5000余人次劳动者掌握…; 让2000余人次留守儿童假期生活“趣”处多.
    for (const raw of ['百余场', '5000余人次', '2000余人次']) assert.ok(find('002', raw).flags?.includes('subject_unclear'), raw);
  });
  it('names who is counted by the noun a list shares: 20名高血压、糖尿病患者', () => {
    const o = find('001', '20名');
    assert.equal(o.subject, '高血压、糖尿病患者');
    assert.ok(!o.flags?.includes('subject_unclear'));
  });
  for (const source of ['000', '001', '002', '003', '004']) {
    it(`checks at least 15 figures of ${source}`, () => {
      assert.ok(FIGURES.filter((r) => r[0] === source).length >= 15);
    });
  }
  for (const [source, raw, value, unit, qualifier, region, periodText, indicator] of FIGURES) {
    it(`${source} ${raw}`, () => {
      const o = find(source, raw);
      assert.deepEqual(
        { value: o.value, unit: o.unit, qualifier: o.qualifier, region: o.region, period: period(o), indicator: o.indicator },
        { value, unit, qualifier, region, period: periodText, indicator },
      );
    });
  }
});

describe('provenance', () => {
  it('every figure and skipped numeral points at its raw text and quotes its sentence', () => {
    for (const o of [...dataset.observations, ...dataset.skipped]) {
      const raw = raws.get(src(o))!;
      // The raw span may hold a pinyin gloss the clean text dropped; digits never move.
      const inRaw = raw.slice(o.span[0], o.span[1]).replace(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+\)/gu, '');
      assert.equal(inRaw, o.raw, `${o.source} ${o.raw} at ${o.span}`);
      assert.ok(o.quote.includes(o.raw), `${o.raw} in its quote`);
    }
    for (const o of dataset.observations) {
      assert.equal(o.quote.slice(o.quoteSpan[0], o.quoteSpan[1]), o.raw);
    }
  });

  it('keeps the pinyin out of the quote of 187万 in 002', () => {
    const o = find('002', '187万');
    assert.match(o.quote, /187万稳岗返还资金/);
    assert.doesNotMatch(o.quote, /wàn/);
  });
});

describe('002, whose article is in the file twice', () => {
  it('counts each figure once and accounts for the copy as duplicate', () => {
    for (const raw of ['187万', '5000余人次', '9个', '4300套', '97.16%', '125名']) {
      assert.equal(dataset.observations.filter((o) => src(o) === '002' && o.raw === raw).length, 1, raw);
      assert.equal(dataset.skipped.filter((s) => src(s) === '002' && s.raw === raw && s.reason === 'duplicate').length, 1, raw);
    }
  });
});

const SKIPS: ReadonlyArray<readonly [string, string, SkipReason]> = [
  ['000', '2017年', 'date'],
  ['000', '2025', 'date'],
  ['000', '十四五', 'plan_name'],
  ['000', '一县一策', 'set_phrase'],
  ['000', '5分钟', 'duration'],
  ['001', '二', 'ordinal'],
  ['002', '81岁', 'age'],
  ['002', '2352', 'plan_name'],
  ['003', '60岁', 'age'],
  // 在全国80个大城市生活垃圾分类考核中位列第10位: a rank, a place in an order, no quantity.
  ['003', '10位', 'ordinal'],
  ['003', '不超过24个月', 'duration'],
  ['003', '一刻钟', 'set_phrase'],
  ['004', '十一次', 'ordinal'],
  ['004', '14周岁', 'age'],
  ['004', '20013865', 'document_number'],
  ['004', '1301000003', 'document_number'],
  ['004', '13010202001704', 'document_number'],
  ['004', '四个', 'set_phrase'],
];

describe('numbers that are not figures', () => {
  for (const [source, raw, reason] of SKIPS) {
    it(`${source} ${raw} is skipped as ${reason}`, () => {
      const s = dataset.skipped.find((x) => src(x) === source && x.raw === raw);
      assert.ok(s, `${raw} not skipped`);
      assert.equal(s.reason, reason);
      assert.equal(dataset.observations.some((o) => src(o) === source && o.raw === raw && o.span[0] === s.span[0]), false);
    });
  }
  it('skips 2017年春节 as a date, with its sentence', () => {
    const s = dataset.skipped.find((x) => x.raw === '2017年' && x.quote.startsWith('2017年春节'));
    assert.equal(s?.reason, 'date');
  });
});

describe('accounting', () => {
  it('has every numeral as a figure or a skipped entry, none twice', () => {
    const seen = new Set<string>();
    for (const o of [...dataset.observations, ...dataset.skipped]) {
      const key = `${o.source}@${o.span[0]}`;
      assert.ok(!seen.has(key), `${key} twice`);
      seen.add(key);
    }
    assert.ok(dataset.observations.length >= 150);
  });
});

describe('indicators shared across cities', () => {
  const SHARED: ReadonlyArray<readonly [string, string[]]> = [
    // 张家口's 700余个 since 2018, when the article says its programme began: a flow over years, told apart by its period.
    ['old_compounds_renovated', ['hohhot', 'shijiazhuang', 'zhangjiakou']],
    // Meal points standing (359个, and 9个 with no date: a bare count is a stock).
    ['elderly_meal_points', ['wulingyuan', 'zhangjiakou']],
    // (Beds added: 石家庄's 3500张 alone since QA s14; 呼和浩特's 3800户 count households, home_care_bed_households.)
    ['aging_friendly_renovations', ['hohhot', 'shijiazhuang']],
    // 张家口's 1.68万 are boarding places (寄宿制学位), and its 24 schools boarding schools: kinds of their own.
    // 呼和浩特's 2.1万 follow 新建改扩建中小学12所: primary and secondary places, never summed with its kindergartens'.
    ['new_primary_secondary_places', ['hohhot']],
    // 新建幼儿园29所,新增学位8000个; not 创建了105所普惠性民办幼儿园,新增普惠性学位1.9万余个
    // (private kindergartens accredited as affordable: nothing built, no place added).
    ['new_kindergarten_places', ['hohhot']],
    ['schools_built', ['hohhot', 'jinzhong']],
    ['new_urban_jobs', ['hohhot', 'shijiazhuang']],
    ['affordable_rental_homes.added', ['hohhot', 'zhangjiakou']],
    // 呼和浩特's 767 clinics were upgraded (同步进行了建设), 石家庄's 3972 reached a standard:
    // neither is a count of clinics, and they are not one measure.
    ['village_clinics_built', ['hohhot']],
    ['village_clinics_up_to_standard', ['shijiazhuang']],
  ];
  for (const [id, regions] of SHARED) {
    it(`${id} is one id for ${regions.join(', ')}`, () => {
      const found = [...new Set(dataset.observations.filter((o) => o.indicator === id).map((o) => o.region))].sort();
      assert.deepEqual(found, regions);
      assert.equal(dataset.indicators.find((i) => i.id === id)?.canonical, true);
    });
  }
  it('reads 石家庄 old compounds for both years', () => {
    const values = dataset.observations
      .filter((o) => o.indicator === 'old_compounds_renovated' && o.region === 'shijiazhuang')
      .map((o) => [o.value, o.period.label]);
    assert.deepEqual(values, [[645, '2021年'], [956, '今年']]);
  });
});

describe('the dataset', () => {
  it('passes the validator', () => {
    const r = validateDataset(JSON.parse(json));
    assert.ok(r.ok, r.ok ? '' : JSON.stringify(r.issues.slice(0, 3)));
  });
  it('reads the sources\' metadata from the text, and not where the text is silent', () => {
    const meta = dataset.sources.map((s) => [s.id.slice(0, 3), s.publisher, s.published, s.region]);
    assert.deepEqual(meta, [
      ['000', '张家口新闻网', '2025-12-22', 'zhangjiakou'],
      ['001', null, null, 'jinzhong'],
      ['002', '中国网', null, 'wulingyuan'],
      ['003', null, null, 'hohhot'],
      ['004', '石家庄新闻网', '2022-08-11', 'shijiazhuang'],
    ]);
  });
  it('gives 武陵源区 its parent city and province', () => {
    const byId = new Map(dataset.regions.map((r) => [r.id, r]));
    assert.equal(byId.get('wulingyuan')?.level, 'district');
    assert.equal(byId.get('wulingyuan')?.parent, 'zhangjiajie');
    assert.equal(byId.get('zhangjiajie')?.parent, 'hunan');
  });
  it('is rebuilt byte for byte, and the committed file is current (run `npm run data`)', () => {
    assert.equal(build().json, json);
    assert.equal(readFileSync(COMMITTED, 'utf8'), json);
  });
});
