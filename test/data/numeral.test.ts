import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chineseValue, parseNumeral, scanNumerals } from '../../src/data/numeral.ts';
import type { Qualifier } from '../../src/data/types.ts';

/** [numeral as written in the seeds, value in base units, qualifier]; 成 gives percent. */
const CASES: ReadonlyArray<readonly [string, number, Qualifier]> = [
  // Arabic, plain and decimal
  ['24', 24, 'exact'],
  ['359', 359, 'exact'],
  ['16993', 16993, 'exact'],
  ['97.16', 97.16, 'exact'],
  ['90.58', 90.58, 'exact'],
  ['2.39', 2.39, 'exact'],
  // Arabic with multipliers
  ['1.68万', 16800, 'exact'],
  ['24.7万', 247000, 'exact'],
  ['2.97万', 29700, 'exact'],
  ['291.58亿', 29158000000, 'exact'],
  ['13.12亿', 1312000000, 'exact'],
  ['1.25亿', 125000000, 'exact'],
  ['63.89万', 638900, 'exact'],
  ['2210万', 22100000, 'exact'],
  ['187万', 1870000, 'exact'],
  ['2亿', 200000000, 'exact'],
  ['8.4万', 84000, 'exact'],
  ['1000万', 10000000, 'exact'],
  // Arabic with 余 / 多 (over)
  ['700余', 700, 'over'],
  ['1900余', 1900, 'over'],
  ['26万余', 260000, 'over'],
  ['1.3万余', 13000, 'over'],
  ['3.4万余', 34000, 'over'],
  ['1.9万余', 19000, 'over'],
  ['3000余万', 30000000, 'over'],
  ['20余万', 200000, 'over'],
  ['200多', 200, 'over'],
  ['3亿多', 300000000, 'over'],
  ['50余', 50, 'over'],
  // Prefix qualifiers
  ['近6亿', 600000000, 'approx'],
  ['近5000', 5000, 'approx'],
  ['约300', 300, 'approx'],
  ['将近2万', 20000, 'approx'],
  ['超12', 12, 'over'],
  ['超2万', 20000, 'over'],
  ['超过100', 100, 'over'],
  ['逾3000', 3000, 'over'],
  ['不足50', 50, 'under'],
  ['不到10', 10, 'under'],
  ['不超过24', 24, 'under'],
  ['不少于200', 200, 'at_least'],
  ['不低于90', 90, 'at_least'],
  ['不高于5', 5, 'under'],
  ['至少3', 3, 'at_least'],
  // Chinese numerals
  ['两亿', 200000000, 'exact'],
  ['一千二百', 1200, 'exact'],
  ['一千零五', 1005, 'exact'],
  ['十一', 11, 'exact'],
  ['二十', 20, 'exact'],
  ['三十五', 35, 'exact'],
  ['两', 2, 'exact'],
  ['九千', 9000, 'exact'],
  ['十万', 100000, 'exact'],
  ['三百万', 3000000, 'exact'],
  ['一亿二千万', 120000000, 'exact'],
  // Chinese with qualifiers and vague magnitudes
  ['十余万', 100000, 'over'],
  ['百余', 100, 'over'],
  ['千余', 1000, 'over'],
  ['近万', 10000, 'approx'],
  ['超万', 10000, 'over'],
  ['上千', 1000, 'at_least'],
  ['上万', 10000, 'at_least'],
  ['数万', 10000, 'over'],
  ['数十', 10, 'over'],
  ['几十', 10, 'over'],
  // Tenths: 成 is tens of percent
  ['八成', 80, 'exact'],
  ['超八成', 80, 'over'],
  ['近三成', 30, 'approx'],
];

describe('parseNumeral', () => {
  for (const [raw, value, qualifier] of CASES) {
    it(`${raw} → ${value} ${qualifier}`, () => {
      assert.deepEqual(
        { value: parseNumeral(raw)?.value, qualifier: parseNumeral(raw)?.qualifier },
        { value, qualifier },
      );
    });
  }

  it('marks 成 as tenths and nothing else', () => {
    assert.equal(parseNumeral('八成')?.tenths, true);
    assert.equal(parseNumeral('80')?.tenths, false);
  });

  it('rejects what is not one numeral', () => {
    for (const raw of ['十四五', '一二', '', '上2', '数3', 'abc', '12个', '近']) {
      assert.equal(parseNumeral(raw), null, raw);
    }
  });
});

describe('chineseValue', () => {
  it('is NaN for runs that are not numbers', () => {
    assert.ok(Number.isNaN(chineseValue('十四五')));
    assert.ok(Number.isNaN(chineseValue('百千')));
    assert.ok(Number.isNaN(chineseValue('')));
  });
});

describe('scanNumerals', () => {
  it('finds every numeral in a seed sentence with its offsets', () => {
    const text = '全市累计筹措资金近6亿元,新建、改建高标准城镇寄宿制学校24所,总面积24.7万平方米,增加寄宿制学位1.68万个,惠及1.3万余名农村学生。';
    const found = scanNumerals(text).map((t) => [t.raw, t.value, t.qualifier, text.slice(t.start, t.end)]);
    assert.deepEqual(found, [
      ['近6亿', 600000000, 'approx', '近6亿'],
      ['24', 24, 'exact', '24'],
      ['24.7万', 247000, 'exact', '24.7万'],
      ['1.68万', 16800, 'exact', '1.68万'],
      ['1.3万余', 13000, 'over', '1.3万余'],
    ]);
  });

  it('reads a Chinese decimal whole (三十八点六亿, 零点三, 一百零四点二), but not a time of day (八点三十分, 九点半)', () => {
    const read = (text: string) => scanNumerals(text).map((t) => [t.raw, t.value]);
    assert.deepEqual(read('完成投资三十八点六亿元'), [['三十八点六亿', 3860000000]]);
    assert.deepEqual(read('降低零点三个，是去年的一点五倍'), [['零点三', 0.3], ['一点五', 1.5]]);
    assert.deepEqual(read('一百零四点二'), [['一百零四点二', 104.2]]);
    assert.deepEqual(read('近十二点三万人'), [['近十二点三万', 123000]]);
    assert.deepEqual(read('晚上八点三十分，九点半，三点五分钟').map(([raw]) => raw), ['八', '三十', '九', '三', '五']);
  });

  it('reads no qualifier in the end of a word: 签约1.2万人, 预约300人次, 最近3年; but 大约 and 接近 are', () => {
    const read = (text: string) => scanNumerals(text).map((t) => [t.raw, t.qualifier]);
    assert.deepEqual(read('家庭医生签约1.2万人'), [['1.2万', 'exact']]);
    assert.deepEqual(read('累计预约300人次，节约200万元'), [['300', 'exact'], ['200万', 'exact']]);
    assert.deepEqual(read('最近3年新建学校'), [['3', 'exact']]);
    assert.deepEqual(read('大约3000人，接近5万元，约2000户，附近2个小区'), [['约3000', 'approx'], ['近5万', 'approx'], ['约2000', 'approx'], ['2', 'exact']]);
  });

  it('drops a prefix that cannot qualify the number but keeps the number', () => {
    const [t] = scanNumerals('上2个');
    assert.equal(t.raw, '2');
    assert.equal(t.start, 1);
  });
});
