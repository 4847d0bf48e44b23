/** The table an editor writes inside a chart, read as a dataset (src/kit/model/table-data.ts). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readPeriod, readValue, TableError, tableDataset, type TableCell, type TableText } from '../../src/kit/model/table-data.ts';
import { validateDataset } from '../../src/data/validate.ts';

const c = (text: string, data: Record<string, string> = {}): TableCell => ({ text, data });
const table = (caption: string, header: string[], rows: (string | TableCell)[][]): TableText => ({
  caption,
  header: header.map((h) => c(h)),
  rows: rows.map((r) => r.map((x) => (typeof x === 'string' ? c(x) : x))),
});

describe('a value as people write it', () => {
  const cases: [string, number, string, string][] = [
    ['211个', 211, 'exact', '个'],
    ['1.68万个', 16800, 'exact', '个'],
    ['700余个', 700, 'over', '个'],
    ['近6亿元', 600000000, 'approx', '元'],
    ['超八成', 80, 'over', '%'],
    ['200个以上', 200, 'at_least', '个'],
    ['3,500', 3500, 'exact', ''],
    ['8.5/10万', 8.5, 'exact', '/10万'],
    ['8.5／10万', 8.5, 'exact', '/10万'],
    ['2.1‰', 2.1, 'exact', '‰'],
    ['1.3倍', 1.3, 'exact', '倍'],
  ];
  for (const [text, value, qualifier, unit] of cases) {
    it(`${text} → ${value} ${qualifier} ${unit || '(no unit)'}`, () => assert.deepEqual(readValue(text, ''), { value, qualifier, unit }));
  }
  it('takes the caption\'s unit for a bare number, and refuses words', () => {
    assert.deepEqual(readValue('359', '个'), { value: 359, qualifier: 'exact', unit: '个' });
    assert.equal(readValue('很多', ''), undefined);
    assert.equal(readValue('', ''), undefined);
  });
});

describe('a period cell', () => {
  it('reads years, months of a year and spans of years; keeps anything else as a label', () => {
    assert.deepEqual(readPeriod(c('2024年')), { label: '2024年', start: '2024-01-01', end: '2024-12-31' });
    assert.deepEqual(readPeriod(c('2024年1—8月')), { label: '2024年1—8月', start: '2024-01-01', end: '2024-08-31' });
    assert.deepEqual(readPeriod(c('2021—2024年')), { label: '2021—2024年', start: '2021-01-01', end: '2024-12-31' });
    assert.deepEqual(readPeriod(c('截至目前')), { label: '截至目前' });
    assert.deepEqual(readPeriod(c('截至2024年底', { end: '2024-12-31' })), { label: '截至2024年底', end: '2024-12-31' });
  });
});

describe('a table as a dataset', () => {
  it('reads one row per place, with period, source and status columns, into a dataset that validates', () => {
    const t = table('老年助餐点（个）', ['地区', '数量', '时期', '来源', '状态'], [
      [c('郫都区', { id: 'pidu', en: 'Pidu District', level: 'district' }), '211', '2024年', '郫都区政府', '完成'],
      ['温江区', '近200', '2024年', '温江区政府', '计划'],
    ]);
    const d = tableDataset(t, 'elderly_meal_points');
    const checked = validateDataset(d);
    assert.equal(checked.ok, true, checked.ok ? '' : JSON.stringify(checked.issues));
    assert.deepEqual(d.indicators[0], { id: 'elderly_meal_points', name: { zh: '老年助餐点', en: '老年助餐点' }, category: 'table', unit: '个', kind: 'count', canonical: false });
    assert.deepEqual(d.regions.map((r) => [r.id, r.name.en, r.level]), [['pidu', 'Pidu District', 'district'], ['温江区', '温江区', 'prefecture']]);
    assert.deepEqual(d.observations.map((o) => [o.region, o.value, o.qualifier, o.unit, o.status ?? 'result', o.period.end]), [
      ['pidu', 211, 'exact', '个', 'result', '2024-12-31'],
      ['温江区', 200, 'approx', '个', 'plan', '2024-12-31'],
    ]);
    assert.ok(d.observations.every((o) => o.checked === true), 'an editor wrote them');
  });

  it('reads a table with no header: place, then value', () => {
    const d = tableDataset(table('家庭养老床位', [], [['张家口市', '3500张'], ['呼和浩特市', '3800张']]));
    assert.deepEqual(d.observations.map((o) => [o.region, o.value, o.unit]), [['张家口市', 3500, '张'], ['呼和浩特市', 3800, '张']]);
    assert.equal(d.indicators[0]!.id, 'table');
  });

  it('says which row and cell is wrong', () => {
    assert.throws(() => tableDataset(table('x', ['地区', '数值'], [['甲', '12'], ['乙', '很多']])), (e: Error) => e instanceof TableError && e.message === 'row 2: "很多" is not a number (write it as 211, 1.68万, 700余个)');
    assert.throws(() => tableDataset(table('x', ['地区', '数值'], [['', '12']])), /row 1: no place/);
    assert.throws(() => tableDataset(table('x', ['地区', '数值'], [['甲', '12个'], ['乙', '3所']])), /different units \(个、所\)/);
    assert.throws(() => tableDataset(table('x', ['地区', '数值'], [])), /no rows of figures/);
    assert.throws(() => tableDataset(table('x', ['地区', '数值', '状态'], [['甲', '12', '差不多']])), /row 1: status "差不多"/);
  });
});
