import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { categoryOf, findIndicator } from '../../src/data/attribute.ts';
import { INDICATORS } from '../../src/data/lexicon.ts';
import { quantityOf } from '../../src/data/units.ts';
import { figures } from './figures.ts';

/** The clause up to a figure and the noun it counts, its unit, the clause before it, and the canonical indicator expected (null: none). */
const CASES: ReadonlyArray<readonly [string, string, string, string | null]> = [
  ['新建老年助餐点86个', '个', '', 'elderly_meal_points'],
  ['建成长者食堂12家', '家', '', 'elderly_meal_points'],
  ['建设家庭养老床位500张', '张', '', 'home_care_beds'],
  ['新增普惠托位800个', '个', '', 'childcare_places'],
  ['每千人口托位数达到2.39个', '个', '', 'childcare_places_per_1000'],
  // Words between 每千人口 and 托位 (QA s7, A3): still a ratio, not places.
  ['每千人口拥有3岁以下婴幼儿托位数达到4.6个', '个', '', 'childcare_places_per_1000'],
  ['65岁以上老年人健康管理率达到68.5%', '%', '', 'elderly_health_management_rate'],
  ['家庭医生签约率达到45%', '%', '', 'family_doctor_signing_rate'],
  ['新增学位2.4万个', '个', '改扩建中小学和幼儿园30所', 'new_school_places'],
  ['新增学位8000个', '个', '新建幼儿园29所', 'new_kindergarten_places'],
  ['新建、改扩建中小学7所', '所', '', 'schools_built'],
  ['新建、改建高标准城镇寄宿制学校24所', '所', '', 'boarding_schools_built'],
  ['增加寄宿制学位1.68万个', '个', '', 'new_boarding_places'],
  ['运营社区日间照料站点378个', '个', '', 'community_day_care_points'],
  ['建成居家社区养老服务中心310个', '个', '', 'community_elderly_care_centres'],
  ['改造城镇老旧小区120个', '个', '', 'old_compounds_renovated'],
  ['既有住宅加装电梯126部', '部', '', 'elevators_added'],
  ['加装电梯412台', '台', '', 'elevators_added'],
  ['筹集保障性租赁住房2100套', '套', '', 'affordable_rental_homes'],
  ['城镇新增就业1.12万人', '人', '', 'new_urban_jobs'],
  ['城镇失业人员再就业2360人', '人', '', 'reemployed_unemployed'],
  ['就业困难人员实现就业860人', '人', '', 'hard_to_employ_placed'],
  ['居民人均可支配收入16993元', '元', '', 'disposable_income_per_capita'],
  // A sum in 元 per resident, though written without 人均 (石家庄's 2025 target); its parts keep theirs.
  ['全市城乡居民可支配收入力争突破5万元', '元', '', 'disposable_income_per_capita'],
  ['城镇居民可支配收入4.2万元', '元', '', 'urban_disposable_income_per_capita'],
  ['农村居民可支配收入1.9万元', '元', '', 'rural_disposable_income_per_capita'],
  ['城乡居民收入比缩小至1.61', '', '', 'urban_rural_income_ratio'],
  ['城乡居民人均可支配收入之比为2.1', '', '', 'urban_rural_income_ratio'],
  ['城乡收入倍差缩小到1.9', '', '', 'urban_rural_income_ratio'],
  ['基本医疗保险参保人数达到98万人', '人', '', 'medical_insurance_enrolled'],
  ['长期护理保险参保人数突破260万人', '人', '', null],
  ['整体医保参保率达97.16%', '%', '', 'medical_insurance_coverage'],
  ['标准化村卫生室42个', '个', '', 'village_clinics'],
  ['建成村级养老服务站85个', '个', '', 'rural_elderly_care_stations'],
  ['新建农村互助幸福院30所', '所', '', 'rural_mutual_aid_homes'],
  ['建成幸福小院12个', '个', '', 'rural_mutual_aid_homes'],
  ['新增公共停车泊位3500个', '个', '', 'parking_spaces'],
  ['新建公共充电桩2100个', '个', '', 'ev_chargers'],
  ['建成口袋公园15个', '个', '', 'parks_built'],
  ['新建公园、游园在内的50余个美丽省会城市绿化项目', '个', '', null],
  ['新建绿道28公里', '公里', '', 'greenways_built'],
  ['新建改造乡村公共厕所十余座', '座', '', 'public_toilets'],
];

/** Figures whose clause goes on to say what was done to the things counted: the rest of the clause, and the indicator expected. */
const DONE_TO: ReadonlyArray<readonly [string, string, string, string]> = [
  ['3972所村卫生室', '所', '村卫生室、168所社区卫生服务站达到基本标准', 'village_clinics_up_to_standard'],
  ['767个一体化管理的村卫生室', '个', '一体化管理的村卫生室同步进行了建设', 'village_clinics_built'],
  ['74个乡镇卫生院', '个', '乡镇卫生院、767个一体化管理的村卫生室同步进行了建设', 'township_health_centres_built'],
  ['覆盖242个乡镇卫生院', '个', '乡镇卫生院(社区卫生服务中心)的紧密型县域医共体', 'township_health_centres'],
  // The work named in the figure's own clause (annual-plan, county-work-report, districts; made up): clinics
  // upgraded or built are work done, not new clinics beside all there are.
  ['完成村卫生室标准化建设150个', '个', '', 'village_clinics_built'],
  ['新建标准化村卫生室24个', '个', '', 'village_clinics_built'],
  ['完成11个乡镇卫生院标准化改造', '个', '乡镇卫生院标准化改造', 'township_health_centres_built'],
  ['全县已建成标准化村卫生室210个', '个', '', 'village_clinics'],
];

describe('the canonical lexicon', () => {
  for (const [clause, unit, rest, id] of DONE_TO) {
    it(`${clause}…${rest.slice(-6)} → ${id}`, () => {
      assert.equal(findIndicator(clause, clause, clause, unit, '', rest)?.id, id);
    });
  }

  for (const [clause, unit, earlier, id] of CASES) {
    it(`${clause} → ${id ?? 'none'}`, () => {
      assert.equal(findIndicator(clause, clause, clause, unit, earlier ? `${earlier},` : '')?.id ?? null, id);
    });
  }

  it('reads 家庭医生签约率 in a paragraph on services for older people as theirs (QA s6, B8)', () => {
    const paragraph = '全市359个老年助餐点,为老年人基本解决了“吃饭难”问题;家庭医生签约率超八成;法律援助“绿色通道”切实保障了老年人的合法权益';
    assert.equal(findIndicator('家庭医生签约率超八成', '家庭医生签约率超八成', paragraph, '%')?.id, 'elderly_family_doctor_signing_rate');
    // A health paragraph that names older people once is about everyone.
    const health = '全市家庭医生签约率达到45%,65岁以上老年人健康管理率达到70%,基层诊疗量占比提高';
    assert.equal(findIndicator('全市家庭医生签约率达到45%', '全市家庭医生签约率达到45%', health, '%')?.id, 'family_doctor_signing_rate');
  });

  it('names every indicator in Chinese and English, once', () => {
    const ids = INDICATORS.map((e) => e.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const e of INDICATORS) {
      assert.ok(e.name.zh && e.name.en && e.name.en !== e.name.zh, e.id);
      assert.ok(e.units.includes(e.unit), `${e.id}: its unit is one it accepts`);
    }
  });

  it('accepts only units that convert into its own: a canonical indicator never holds two quantities', () => {
    for (const e of INDICATORS) {
      for (const u of e.units) assert.equal(quantityOf(u), quantityOf(e.unit), `${e.id}: ${u} beside ${e.unit}`);
    }
    // What the check tells apart, and what it lets through.
    assert.notEqual(quantityOf('户'), quantityOf('张'));
    assert.notEqual(quantityOf('人次'), quantityOf('人'));
    assert.equal(quantityOf('名'), quantityOf('人'));
    assert.equal(quantityOf('个'), quantityOf('张'));
    assert.equal(quantityOf('公里'), quantityOf('千米'));
  });

  it('files households under no indicator of beds (QA s14: 完成家庭养老床位建设3800户 beside 3500张)', () => {
    // 呼和浩特's real sentence: households given a bed at home.
    assert.equal(findIndicator('完成家庭养老床位建设3800户', '完成家庭养老床位建设3800户', '', '户')?.id, 'home_care_bed_households');
    // Another city's, in beds: the beds' own indicator.
    assert.equal(findIndicator('新增家庭养老床位1200张', '新增家庭养老床位1200张', '', '张')?.id, 'home_care_beds');
    assert.equal(findIndicator('建成家庭养老床位860个', '建成家庭养老床位860个', '', '个')?.id, 'home_care_beds');
    // Households stay with what was done for them elsewhere (适老化改造5540户), never with beds.
    assert.equal(findIndicator('特殊困难老年家庭适老化改造项目5540户', '特殊困难老年家庭适老化改造项目5540户', '', '户')?.id, 'aging_friendly_renovations');
    assert.notEqual(findIndicator('为1200户家庭建设家庭养老床位', '为1200户家庭建设家庭养老床位', '', '户')?.id, 'home_care_beds');
  });

  it('puts into one family only indicators of one category, unit and kind', () => {
    const first = new Map<string, (typeof INDICATORS)[number]>();
    for (const e of INDICATORS) {
      const head = first.get(e.family);
      if (!head) {
        first.set(e.family, e);
        continue;
      }
      assert.deepEqual([e.category, e.unit, e.kind], [head.category, head.unit, head.kind], `${e.id} beside ${head.id} in ${e.family}`);
    }
    // Families group: meal points stand beside community centres, beds beside beds.
    const family = (id: string) => INDICATORS.find((e) => e.id === id)!.family;
    assert.equal(family('elderly_meal_points'), family('community_elderly_care_centres'));
    assert.notEqual(family('elderly_meal_points'), family('home_care_beds'));
  });

  it('says of every count, length and amount whether it is a flow or a stock, one measure to a family', () => {
    const measured = INDICATORS.filter((e) => e.kind === 'count' || e.kind === 'length' || e.kind === 'amount');
    for (const e of measured) assert.ok(e.measure === 'flow' || e.measure === 'stock', e.id);
    // A rate, a ratio or a per-head amount is neither: its period says what it covers.
    for (const e of INDICATORS.filter((x) => !measured.includes(x))) assert.equal(e.measure, undefined, e.id);
    const byFamily = new Map<string, string>();
    for (const e of measured) {
      assert.equal(byFamily.get(e.family) ?? e.measure, e.measure, `${e.id} in ${e.family}`);
      byFamily.set(e.family, e.measure!);
    }
    const measure = (id: string) => INDICATORS.find((e) => e.id === id)!.measure;
    // Things that stand, and work done.
    assert.deepEqual(['elderly_meal_points', 'childcare_places', 'home_care_beds', 'affordable_rental_homes'].map(measure), ['stock', 'stock', 'stock', 'stock']);
    assert.deepEqual(['old_compounds_renovated', 'new_urban_jobs', 'new_school_places', 'schools_built'].map(measure), ['flow', 'flow', 'flow', 'flow']);
  });
});

describe('categories of figures no entry names (CATEGORY_KEYWORDS)', () => {
  const CASES: ReadonlyArray<readonly [string, string | undefined]> = [
    // paired-assistance.txt: 宁波's money and 消费帮扶 sales beside teachers and doctors sent.
    ['宁波市累计向黔西南州拨付财政援助资金8.6亿元，全市选派人才赴黔西南州支教、支医', 'poverty_alleviation'],
    ['采购、帮助销售黔西南州农特产品23.6亿元，通过展销中心、电商平台', 'poverty_alleviation'],
    ['今年广州市东西部协作项目资金12亿元', 'poverty_alleviation'],
    // …not a hospital's 对口帮扶 of another, nor a platform alone.
    ['市级三甲医院对口帮扶县级医院，派驻医生到乡镇坐诊', 'health'],
    ['远程医疗平台上线', 'health'],
    ['政务服务平台办件12万件', 'digital_services'],
  ];
  for (const [text, category] of CASES) it(`${text}: ${category}`, () => assert.equal(categoryOf(text), category));
});

describe('facilities worked on, and facilities of two kinds counted together', () => {
  const page = (body: string) => ['宁波市2025年东西部协作工作综述', '', '发布时间：2025-12-26', '', body, ''].join('\n');
  it('the real sentence: 为晴隆县改造乡镇卫生院5个 is work on township health centres, not centres added', () => {
    const fig = figures(page('今年，北仑区投入1200万元，为晴隆县改造乡镇卫生院5个。'), 'ningbo');
    assert.equal(fig('5个').indicator, 'township_health_centres_built');
  });
  it('another city: 改造村卫生室12个 is work on village clinics', () => {
    const fig = figures(page('今年，全县改造村卫生室12个，新增家庭医生团队8支。'), 'yushe');
    assert.equal(fig('12个').indicator, 'village_clinics_built');
  });
  it('援建…乡镇卫生院和村卫生室23个 is neither kind\'s measure', () => {
    const fig = figures(page('今年，宁波在黔西南州援建学校14所、乡镇卫生院和村卫生室23个。'), 'ningbo');
    assert.ok(!['village_clinics', 'village_clinics.added', 'township_health_centres', 'township_health_centres.added'].includes(fig('23个').indicator), fig('23个').indicator);
  });
  it('…but one kind built two ways (新建、改扩建中小学5所) is that kind\'s', () => {
    const fig = figures(page('全年新建、改扩建中小学5所。'), 'yushe');
    assert.equal(fig('5所').indicator, 'schools_built');
  });
});
