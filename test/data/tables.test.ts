/**
 * Plain-text tables (tables.ts): the real 株洲市统计局 release, and small tables of our own
 * in the other layouts newsrooms paste: `|` with a markdown rule, tabs under a 单位 line,
 * full-width spaces with a 合计 row, a ragged row and a column that names no unit. Each
 * expected value was read off the table by hand.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { cleanText } from '../../src/data/clean.ts';
import { DatasetBuilder } from '../../src/data/dataset.ts';
import { decodeArticle } from '../../src/data/decode.ts';
import { findTables } from '../../src/data/tables.ts';
import type { Dataset, Observation } from '../../src/data/types.ts';

function build(text: string, region: string): Dataset {
  const builder = new DatasetBuilder();
  builder.add({ file: 'table.txt', text, sha256: 'a'.repeat(64), bytes: text.length }, { file: 'table.txt', region });
  return builder.finish();
}

/** The figure whose raw text is `raw` on the row that starts with `row`. */
function cell(dataset: Dataset, text: string, row: string, raw: string): Observation {
  const rowStart = text.indexOf(`\n${row}`) + 1;
  assert.ok(rowStart > 0, `row ${row}`);
  const at = text.indexOf(raw, rowStart);
  const found = dataset.observations.find((o) => o.span[0] === at);
  assert.ok(found, `${row} ${raw} is a figure`);
  return found;
}

describe('the 株洲市统计局 release (test/data/articles/district-table.txt)', () => {
  const { text } = decodeArticle(readFileSync(new URL('./articles/district-table.txt', import.meta.url)));
  const dataset = build(text, 'zhuzhou');
  const at = (row: string, raw: string) => cell(dataset, text, row, raw);

  it('finds both tables, the ｜ one and the full-width-spaced one, with every row', () => {
    const clean = cleanText(text);
    const tables = findTables(clean.text, clean.asWritten, () => undefined, 'zhuzhou');
    assert.deepEqual(tables.map((t) => [t.columns.length, t.rows.length, t.rows.every((r) => r.regular)]), [[4, 10, true], [3, 10, true]]);
    assert.deepEqual(tables[1]!.rows.map((r) => r.head).slice(0, 2), ['全市', '荷塘区']);
    assert.equal(tables[1]!.rows[7]!.head, '攸县');
  });

  it('reads each cell in its column\'s measure and unit, at its row\'s place', () => {
    const ROWS: ReadonlyArray<readonly [string, string, string, number, string, string]> = [
      // row, cell, indicator, value, unit, region
      ['天元区', '6850', 'new_urban_jobs', 6850, '人', 'tianyuan'],
      ['天元区', '33450', 'disposable_income_per_capita', 33450, '元', 'tianyuan'],
      ['全　市', '38600', 'new_urban_jobs', 38600, '人', 'zhuzhou'],
      ['攸　县｜', '4310', 'new_urban_jobs', 4310, '人', 'youxian_zhuzhou'],
      ['醴陵市', '27690', 'disposable_income_per_capita', 27690, '元', 'liling'],
    ];
    for (const [row, raw, indicator, value, unit, region] of ROWS) {
      const o = at(row, raw);
      assert.deepEqual([o.indicator, o.value, o.unit, o.region, o.status], [indicator, value, unit, region, 'result'], `${row} ${raw}`);
      assert.equal(o.flags, undefined, `${row} ${raw} is not flagged`);
    }
  });

  it('reads a 同比增长（%） cell as the growth of the row\'s own jobs figure, a minus as a fall', () => {
    const fall = at('炎陵县', '-1.5');
    assert.deepEqual([fall.indicator, fall.value, fall.unit, fall.region, fall.raw], ['new_urban_jobs.growth', -1.5, '%', 'yanling_zhuzhou', '-1.5']);
    assert.equal(fall.subject, '城镇新增就业同比增长');
    assert.equal(at('荷塘区', '3.8').indicator, 'new_urban_jobs.growth');
  });

  it('multiplies a （万人） column out, and dates each table by its title', () => {
    const insured = at('全　市　172', '172.36');
    assert.deepEqual([insured.value, insured.unit, insured.region], [1723600, '人', 'zhuzhou']);
    assert.deepEqual(at('渌口区　14', '14.26').value, 142600);
    // 表2 2025年6月末: stocks at the end of June; 表1 2025年1—6月: January to June.
    assert.deepEqual([insured.period.start, insured.period.end], [undefined, '2025-06-30']);
    const jobs = at('茶陵县', '2560');
    assert.deepEqual([jobs.period.start, jobs.period.end], ['2025-01-01', '2025-06-30']);
  });

  it('skips the table numbers and the footnote numbers as ordinals', () => {
    const ordinals = dataset.skipped.filter((s) => s.reason === 'ordinal').map((s) => text.slice(s.span[0] - 1, s.span[1] + 1));
    assert.deepEqual(ordinals, ['表1　', '表2　', '：1.', '。2.', '。3.']);
  });
});

describe('the 九江市 plan evaluation (test/data/articles/plan-evaluation.txt): a 单位 column, bounds and bracketed totals', () => {
  const { text } = decodeArticle(readFileSync(new URL('./articles/plan-evaluation.txt', import.meta.url)));
  const dataset = build(text, 'jiujiang_jiangxi');
  const at = (row: string, raw: string) => cell(dataset, text, row, raw);
  const read = (o: Observation) => [o.value, o.unit, o.qualifier, o.status, o.period.start, o.period.end];

  it('skips the 1 of the unit cell 1/10万 and reads the row\'s three values in /10万', () => {
    const unitCell = text.indexOf('1/10万');
    assert.ok(!dataset.observations.some((o) => o.span[0] === unitCell), '1/10万 is no figure');
    assert.equal(dataset.skipped.find((s) => s.span[0] === unitCell)?.reason, 'set_phrase');
    assert.deepEqual(['10.2', '12以内', '8.6'].map((raw) => at('孕产妇死亡率', raw)).map((o) => [o.value, o.unit, o.subject, o.status]), [
      [10.2, '/10万', '孕产妇死亡率', 'result'],
      [12, '/10万', '孕产妇死亡率', 'target'],
      [8.6, '/10万', '孕产妇死亡率', 'result'],
    ]);
  });

  it('reads a target with its bound (92以上, 5.0以内) as the bound says', () => {
    assert.deepEqual(read(at('学前教育毛入园率', '92以上')), [92, '%', 'at_least', 'target', '2025-01-01', '2025-12-31']);
    assert.deepEqual(read(at('婴儿死亡率', '5.0以内')).slice(0, 4), [5, '‰', 'under', 'target']);
  });

  it('reads 人/千人 as people per thousand: the measure says 每千人口, as prose does', () => {
    const doctors = at('执业（助理）医师数', '2.92');
    assert.deepEqual([doctors.value, doctors.unit, doctors.subject], [2.92, '人', '每千人口执业(助理)医师数']);
  });

  it('dates a level (城镇化率, 每千人口…, 占比) at its year\'s end, a year\'s flow or rate (收入, 死亡率) over the year', () => {
    for (const [row, raw] of [['常住人口城镇化率', '65.1'], ['执业（助理）医师数', '2.92'], ['养老机构护理型床位占比', '58.6']] as const) {
      assert.deepEqual([at(row, raw).period.start, at(row, raw).period.end], [undefined, '2024-12-31'], `${row} ${raw}`);
    }
    for (const [row, raw] of [['居民人均可支配收入', '37200'], ['婴儿死亡率', '3.9'], ['人均预期寿命', '78.6']] as const) {
      assert.deepEqual([at(row, raw).period.start, at(row, raw).period.end], ['2024-01-01', '2024-12-31'], `${row} ${raw}`);
    }
  });

  it('reads a bracketed cell as the total over the years the note names: the plan\'s span to its column\'s year, or the span before', () => {
    // 注：[ ]内为五年累计数, in a table whose target is 2025's: the base is 2016–2020's, the target 2021–2025's, the result so far 2021–2024's.
    assert.deepEqual(['[27.6]', '[30]', '[25.8]'].map((raw) => read(at('城镇新增就业', raw.slice(1, -1)))), [
      [276000, '人', 'exact', 'result', '2016-01-01', '2020-12-31'],
      [300000, '人', 'exact', 'target', '2021-01-01', '2025-12-31'],
      [258000, '人', 'exact', 'result', '2021-01-01', '2024-12-31'],
    ]);
    assert.equal(at('城镇新增就业', '25.8').indicator, 'new_urban_jobs');
  });
});

describe('small tables in other layouts', () => {
  it('a plan table of our own, tab-separated: 张/千人, a bound, brackets the note explains, and brackets no note explains', () => {
    const text = [
      '湖州市“十四五”规划中期评估',
      '发布时间：2023-12-05',
      '',
      '指标\t单位\t2020年\t2025年目标\t2022年',
      '每千人口医疗机构床位数\t张/千人\t5.8\t6.5以上\t6.1',
      '新增城镇就业\t万人\t[18.2]\t[20]\t[11.6]',
      '注：[　]内为五年累计数。',
      '',
      '各县区情况',
      '县区\t新增就业（万人）',
      '吴兴区\t[3.2]',
      '南浔区\t2.8',
    ].join('\n');
    const dataset = build(text, 'huzhou');
    const rows = dataset.observations.map((o) => [o.raw, o.value, o.unit, o.subject, o.status, o.period.start, o.period.end]);
    assert.deepEqual(rows.slice(0, 6), [
      // Beds per thousand people: a level, at each year's end.
      ['5.8', 5.8, '张', '每千人口医疗机构床位数', 'result', undefined, '2020-12-31'],
      ['6.5以上', 6.5, '张', '每千人口医疗机构床位数', 'target', undefined, '2025-12-31'],
      ['6.1', 6.1, '张', '每千人口医疗机构床位数', 'result', undefined, '2022-12-31'],
      ['18.2', 182000, '人', '新增城镇就业', 'result', '2016-01-01', '2020-12-31'],
      ['20', 200000, '人', '新增城镇就业', 'target', '2021-01-01', '2025-12-31'],
      ['11.6', 116000, '人', '新增城镇就业', 'result', '2021-01-01', '2022-12-31'],
    ]);
    // The second table has no note: what its brackets hold is not said, so [3.2] is not read; 2.8 is.
    assert.deepEqual(dataset.skipped.filter((s) => s.reason === 'unread_table').map((s) => s.raw), ['3.2']);
    assert.deepEqual(rows.slice(6).map((r) => r.slice(0, 3)), [['2.8', 28000, '人']]);
  });


  it('a | table with a markdown rule, a 合计 row and a 同比 column with a minus', () => {
    const text = [
      '赣州市民生实事进展通报',
      '',
      '表1　2025年1—9月各县（市、区）民生实事进展',
      '| 地区 | 新建养老服务设施（个） | 新增托位（个） | 同比增长（%） |',
      '|---|---|---|---|',
      '| 章贡区 | 12 | 350 | 8.2 |',
      '| 南康区 | 9 | 280 | -3.4 |',
      '| 信丰县 | 7 | 210 | 0.0 |',
      '| 合计 | 28 | 840 | 2.1 |',
    ].join('\n');
    const dataset = build(text, 'ganzhou_jiangxi');
    const at = (row: string, raw: string) => cell(dataset, text, `| ${row}`, raw);
    assert.equal(dataset.observations.length, 12);
    // 新增托位 over 1—9月: places added, not all there are.
    assert.deepEqual([at('南康区', '280').indicator, at('南康区', '280').region], ['childcare_places.added', 'nankang']);
    const fall = at('南康区', '-3.4');
    assert.deepEqual([fall.indicator, fall.value], ['childcare_places.added.growth', -3.4]);
    assert.deepEqual([at('信丰县', '0.0').value, at('信丰县', '0.0').region], [0, 'xinfeng_ganzhou']);
    // 合计 is the whole: the article's place.
    const total = at('合计', '28');
    assert.deepEqual([total.region, total.subject, total.unit], ['ganzhou_jiangxi', '新建养老服务设施', '个']);
    // 2025年1—9月 in the title, though the article gives no publication date.
    assert.deepEqual([total.period.start, total.period.end], ['2025-01-01', '2025-09-30']);
  });

  it('a tab table under a 单位 line, with a row that names no place: flagged, not dropped', () => {
    const text = [
      '2025年上半年曲靖市各县（市、区）城乡居民收入',
      '单位：元',
      '县（市、区）\t城镇居民人均可支配收入\t农村居民人均可支配收入\t同比增长（%）',
      '全市\t44120\t19980\t6.3',
      '麒麟区\t45210\t21030\t6.1',
      '陆良县\t40150\t18870\t7.2',
      '经开区\t43000\t20000\t5.0',
    ].join('\n');
    const dataset = build(text, 'qujing');
    const at = (row: string, raw: string) => cell(dataset, text, row, raw);
    assert.equal(dataset.observations.length, 12);
    const urban = at('麒麟区', '45210');
    assert.deepEqual([urban.indicator, urban.unit, urban.region], ['urban_disposable_income_per_capita', '元', 'qilin']);
    // The 同比 column follows the rural column: it is the rural income's growth, in %, not 元.
    const growth = at('陆良县', '7.2');
    assert.deepEqual([growth.indicator, growth.unit, growth.region], ['rural_disposable_income_per_capita.growth', '%', 'luliang_qujing']);
    // 上半年 from the title above the 单位 line.
    assert.deepEqual([urban.period.start, urban.period.end], ['2025-01-01', '2025-06-30']);
    // 经开区 is no place the gazetteer knows: the city's, flagged.
    for (const raw of ['43000', '20000', '5.0']) {
      const o = at('经开区', raw);
      assert.equal(o.region, 'qujing');
      assert.deepEqual(o.flags, ['place_inferred'], raw);
    }
  });

  it('a full-width-spaced table: a spaced-out 合　计, a ragged row and a column with no unit are skipped as unread_table', () => {
    const text = [
      '赣州市统计局发布',
      '',
      '表3　2024年末各区养老机构情况',
      '区　　养老机构（家）　　床位数',
      '章贡区　　15　　3200',
      '南康区　　11　　2600',
      '赣　县　区　　9',
      '合　计　　35　　7900',
    ].join('\n');
    const dataset = build(text, 'ganzhou_jiangxi');
    assert.deepEqual(dataset.observations.map((o) => [o.raw, o.indicator, o.region, o.period.end]), [
      ['15', 'elderly_care_institutions', 'zhanggong', '2024-12-31'],
      ['11', 'elderly_care_institutions', 'nankang', '2024-12-31'],
      ['35', 'elderly_care_institutions', 'ganzhou_jiangxi', '2024-12-31'],
    ]);
    // 床位数 names no unit, and 赣县区's row has one cell too few: its 9 could be either column.
    assert.deepEqual(dataset.skipped.filter((s) => s.reason === 'unread_table').map((s) => s.raw), ['3200', '2600', '9', '7900']);
  });

  // A rank is an ordinal in a table as in prose (satisfaction-survey.txt's 居各项目第1位), and so is a row's number.
  it('a column of ranks (排名, 名次) or row numbers (序号) holds ordinals; another column with no unit stays unread', () => {
    const text = [
      '盐城市统计局发布',
      '',
      '县（市、区）｜满意度（%）｜排名',
      '东台市｜94.1｜1',
      '建湖县｜93.5｜2',
      '',
      '序号｜项目名称｜新增（个）｜床位数',
      '1｜社区食堂｜12｜300',
    ].join('\n');
    const dataset = build(text, 'yancheng_jiangsu');
    assert.deepEqual(dataset.observations.map((o) => o.raw), ['94.1', '93.5', '12']);
    const reasons = dataset.skipped.filter((s) => s.reason !== 'date').map((s) => [s.raw, s.reason]);
    assert.deepEqual(reasons, [['1', 'ordinal'], ['2', 'ordinal'], ['1', 'ordinal'], ['300', 'unread_table']]);
  });

  it('an item table (项目｜目标（个）｜完成（个）): a bare number takes its column\'s unit, the 目标 column is a target', () => {
    const text = ['柯桥区2025年民生实事进展', '', '截至11月底，各项目进展如下：', '项目｜目标（个）｜完成（个）', '养老服务站｜30｜32', '口袋公园｜12｜9'].join('\n');
    const dataset = build(text, 'keqiao');
    assert.deepEqual(dataset.observations.map((o) => [o.raw, o.unit, o.subject, o.status, o.region]), [
      ['30', '个', '养老服务站', 'target', 'keqiao'],
      ['32', '个', '养老服务站', 'result', 'keqiao'],
      ['12', '个', '口袋公园', 'target', 'keqiao'],
      ['9', '个', '口袋公园', 'result', 'keqiao'],
    ]);
  });

  it('a table by measure (指标名称｜单位｜1—6月｜同比增长（%）): each row its own unit, the title\'s place, the column\'s period', () => {
    const text = [
      '株洲市2025年上半年主要民生指标',
      '发布时间：2025-07-24',
      '',
      '表4　2025年上半年株洲市主要民生指标',
      '指标名称｜单位｜1—6月｜同比增长（%）',
      '城镇新增就业｜万人｜3.86｜4.2',
      '居民人均可支配收入｜元｜25648｜5.4',
      '城乡低保对象｜人｜68420｜-2.1',
      '城镇调查失业率（6月末）｜%｜5.1｜—',
      '| 新增就业 | 2,100 |',
    ].join('\n');
    const dataset = build(text, 'zhuzhou');
    assert.deepEqual(dataset.observations.map((o) => [o.raw, o.value, o.unit, o.indicator, o.region, o.period.start, o.period.end]), [
      ['3.86', 38600, '人', 'new_urban_jobs', 'zhuzhou', '2025-01-01', '2025-06-30'],
      ['4.2', 4.2, '%', 'new_urban_jobs.growth', 'zhuzhou', '2025-01-01', '2025-06-30'],
      ['25648', 25648, '元', 'disposable_income_per_capita', 'zhuzhou', '2025-01-01', '2025-06-30'],
      ['5.4', 5.4, '%', 'disposable_income_per_capita.growth', 'zhuzhou', '2025-01-01', '2025-06-30'],
      ['68420', 68420, '人', 'social_security:城乡低保对象:人', 'zhuzhou', '2025-01-01', '2025-06-30'],
      ['-2.1', -2.1, '%', 'social_security:城乡低保对象:人.growth', 'zhuzhou', '2025-01-01', '2025-06-30'],
      // The row's own gloss dates it: a rate at the end of June, named without the gloss.
      ['5.1', 5.1, '%', 'employment:城镇调查失业率:%', 'zhuzhou', undefined, '2025-06-30'],
    ]);
    // 2,100 is no number the reader splits right (2 and 100), in a row one cell short: not read, and said so.
    assert.deepEqual(dataset.skipped.filter((s) => s.reason === 'unread_table').map((s) => s.raw), ['2', '100']);
  });

  it('a table by measure with the unit in each row\'s first cell, separated by spaces', () => {
    const text = ['株洲市2025年上半年主要民生指标', '发布时间：2025-07-24', '', '指标　　1—6月　　同比增长（%）', '城镇新增就业（人）　　38600　　4.2', '居民人均可支配收入（元）　　25648　　5.4'].join('\n');
    const dataset = build(text, 'zhuzhou');
    assert.deepEqual(dataset.observations.map((o) => [o.raw, o.unit, o.indicator, o.subject]), [
      ['38600', '人', 'new_urban_jobs', '城镇新增就业'],
      ['4.2', '%', 'new_urban_jobs.growth', '城镇新增就业同比增长'],
      ['25648', '元', 'disposable_income_per_capita', '居民人均可支配收入'],
      ['5.4', '%', 'disposable_income_per_capita.growth', '居民人均可支配收入同比增长'],
    ]);
  });

  it('a cell with words and a unit of its own is read by its words, at its row\'s place', () => {
    const text = ['赣州市各区就业情况', '发布时间：2025-10-15', '', '地区　　情况', '章贡区　　新增就业5800人', '南康区　　新增就业4200人'].join('\n');
    const dataset = build(text, 'ganzhou_jiangxi');
    // Not 情况: the column's heading names no measure of a cell that says what it counts.
    assert.deepEqual(dataset.observations.map((o) => [o.raw, o.subject, o.region]), [
      ['5800人', '新增就业', 'zhanggong'],
      ['4200人', '新增就业', 'nankang'],
    ]);
  });

  it('reads no table in prose with spaces, a dateline or a single line of pipes', () => {
    const text = ['来源：株洲市统计局　发布时间：2025-07-24 16:00　【字体：大 中 小】', '关于本站|网站声明|网站地图', '', '全市  新增就业3.2万人。'].join('\n');
    const clean = cleanText(text);
    assert.deepEqual(findTables(clean.text, clean.asWritten, () => undefined, 'zhuzhou'), []);
  });
});

describe('a column that counts with a measure word and 数 (本年制发件数): its unit, and a measure of its own', () => {
  it('the 政府信息公开 template table (bureau-annual-report.txt): each column a measure of the row\'s thing', () => {
    const text = ['潍坊市人力资源和社会保障局2025年政府信息公开工作年度报告', '发布日期：2026-01-21', '', '信息内容｜本年制发件数｜本年废止件数｜现行有效件数', '规章｜0｜0｜0', '行政规范性文件｜4｜2｜31', ''].join('\n');
    const dataset = build(text, 'weifang');
    const made = cell(dataset, text, '行政规范性文件', '4');
    const valid = cell(dataset, text, '行政规范性文件', '31');
    assert.equal(made.unit, '件');
    assert.equal(made.subject, '行政规范性文件（本年制发件数）');
    assert.notEqual(made.indicator, valid.indicator);
    assert.equal(cell(dataset, text, '规章', '0').unit, '件');
  });
  it('another style: 办理人数 and 办理次数 of a county\'s services', () => {
    const text = ['汉寿县2025年政务服务情况', '发布日期：2026-01-10', '', '服务事项｜办理人数｜办理次数', '社保卡申领｜3260｜4120', '就业登记｜1850｜1900', ''].join('\n');
    const dataset = build(text, 'hanshou');
    assert.equal(cell(dataset, text, '社保卡申领', '3260').unit, '人');
    assert.equal(cell(dataset, text, '社保卡申领', '4120').unit, '次');
  });
  it('not a share of people (人数占比): no unit, the cells stay unread', () => {
    const text = ['汉寿县2025年政务服务情况', '发布日期：2026-01-10', '', '服务事项｜办理人数占比｜备注', '社保卡申领｜36.5｜线上', '就业登记｜21.2｜线下', ''].join('\n');
    const dataset = build(text, 'hanshou');
    assert.ok(!dataset.observations.some((o) => o.raw === '36.5'));
  });
});

describe('a column of what stands (现行有效件数, 现有入住人数) is a stock at the period\'s end', () => {
  it('the 政府信息公开 template: 现行有效件数 as of the end of 2025, 本年制发件数 over 2025', () => {
    const text = ['潍坊市人力资源和社会保障局2025年政府信息公开工作年度报告', '发布日期：2026-01-21', '', '信息内容｜本年制发件数｜本年废止件数｜现行有效件数', '行政规范性文件｜4｜2｜31', ''].join('\n');
    const dataset = build(text, 'weifang');
    const valid = cell(dataset, text, '行政规范性文件', '31');
    const made = cell(dataset, text, '行政规范性文件', '4');
    assert.deepEqual([valid.period.start, valid.period.end], [undefined, '2025-12-31']);
    assert.deepEqual([made.period.start, made.period.end], ['2025-01-01', '2025-12-31']);
  });
  it('another style: 现有入住人数 beside 新增入住人数 in a county\'s year', () => {
    const text = ['汉寿县2025年养老服务工作总结', '发布日期：2026-01-10', '', '机构类型｜新增入住人数｜现有入住人数', '公办养老院｜120｜860', '民办养老机构｜90｜1320', ''].join('\n');
    const dataset = build(text, 'hanshou');
    const now = cell(dataset, text, '公办养老院', '860');
    const added = cell(dataset, text, '公办养老院', '120');
    assert.deepEqual([now.period.start, now.period.end], [undefined, '2025-12-31']);
    assert.equal(added.period.start, '2025-01-01');
  });
});

describe('the national template\'s count tables of a 政府信息公开工作年度报告 (bureau-annual-report.txt, session 14)', () => {
  const text = [
    '潍坊市人力资源和社会保障局2025年政府信息公开工作年度报告',
    '发布日期：2026-01-21',
    '',
    '申请人情况｜自然人｜法人或其他组织｜总计',
    '一、本年新收政府信息公开申请数量｜41｜5｜46',
    '三、本年度办理结果',
    '（一）予以公开｜18｜2｜20',
    '（六）其他处理｜3｜1｜4',
    '（七）总计｜39｜5｜44',
    '四、结转下年度继续办理｜4｜0｜4',
    '',
    '类别｜结果维持｜结果纠正｜其他结果｜尚未审结｜总计',
    '行政复议｜0｜1｜0｜0｜1',
    '',
  ].join('\n');
  const dataset = build(text, 'weifang');
  it('counts applications and cases in 件, past a group heading inside the table', () => {
    const open = cell(dataset, text, '（一）予以公开', '18');
    assert.equal(open.unit, '件');
    assert.equal(open.subject, '申请予以公开（自然人）');
    assert.equal(cell(dataset, text, '（六）其他处理', '4').subject, '申请其他处理（总计）');
    assert.equal(cell(dataset, text, '一、本年新收', '46').subject, '本年新收政府信息公开申请数量（总计）');
  });
  it('cases carried over and not concluded are under way', () => {
    assert.equal(cell(dataset, text, '四、结转下年度继续办理', '4').status, 'ongoing');
    const review = cell(dataset, text, '行政复议', '1');
    assert.equal(review.subject, '行政复议（结果纠正）');
    assert.equal(review.status, 'result');
  });
  it('an outcome row names what it is the outcome of (申请人情况: 申请予以公开), a total its group (申请办理结果总计)', () => {
    assert.equal(cell(dataset, text, '（七）总计', '44').subject, '申请办理结果总计（总计）');
    assert.equal(cell(dataset, text, '四、结转下年度继续办理', '4').subject, '申请结转下年度继续办理（自然人）');
    // A row that names the thing already is left alone.
    assert.equal(cell(dataset, text, '一、本年新收', '41').subject, '本年新收政府信息公开申请数量（自然人）');
  });
  it('another style: a hotline\'s complaints by who complained, and a total with no group', () => {
    const other = ['汉寿县12345热线2025年投诉办理情况', '发布日期：2026-01-15', '', '投诉人类型｜个人件数｜企业件数｜合计件数', '已办结｜310｜42｜352', '合计｜330｜45｜375', ''].join('\n');
    const d = build(other, 'hanshou');
    assert.equal(cell(d, other, '已办结', '42').subject, '投诉已办结（企业件数）');
    assert.equal(cell(d, other, '合计', '375').subject, '投诉合计（合计件数）');
  });
  it('not a first heading that names no one filing (类别, 老年人情况): the rows keep their names', () => {
    const plain = ['汉寿县2025年养老服务情况', '发布日期：2026-01-15', '', '老年人情况｜城镇人数｜农村人数｜合计人数', '80岁以上｜1200｜3400｜4600', ''].join('\n');
    const d = build(plain, 'hanshou');
    assert.ok(!cell(d, plain, '80岁以上', '1200').subject.startsWith('老年'), cell(d, plain, '80岁以上', '1200').subject);
  });
  it('another body\'s report in the same template: a county\'s 卫健局', () => {
    const other = ['汉寿县卫生健康局2025年政府信息公开工作年度报告', '发布日期：2026-01-15', '', '申请人情况｜自然人｜法人或其他组织｜总计', '一、本年新收政府信息公开申请数量｜7｜1｜8', ''].join('\n');
    const d = build(other, 'hanshou');
    assert.equal(cell(d, other, '一、本年新收', '8').unit, '件');
  });
  it('not a table with no unit outside the template, nor rows after a heading line that no row follows', () => {
    const plain = ['汉寿县2025年工作总结', '发布日期：2026-01-15', '', '项目｜城区｜乡镇｜合计', '新建公厕｜12｜30｜42', '说明：以上为初步统计', ''].join('\n');
    const d = build(plain, 'hanshou');
    assert.ok(!d.observations.some((o) => o.raw === '42'));
  });
});
