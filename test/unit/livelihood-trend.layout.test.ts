import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { calendarTicks, dodge, layoutTrend, pointAt, qualifierMark, type TickFormat, type TrendInputPoint } from '../../src/charts/livelihood-trend/layout.js';
import { toTime } from '../../src/charts/livelihood-trend/model.js';
import { textWidth } from '../../src/kit/marks/text.js';

const format: TickFormat = { year: (y) => `${y}年`, month: (y, m) => `${y}年${m}月`, value: String };
const point = (p: Partial<TrendInputPoint>): TrendInputPoint => ({ series: 0, start: null, end: 0, value: 1, valueText: '1', result: true, ...p });
// 石家庄's shantytown homes: 12141 in 2021, 11648 in Jan–Aug 2022.
const slope = [
  point({ start: toTime('2021-01-01'), end: toTime('2021-12-31')!, value: 12141, valueText: '12141套' }),
  point({ start: toTime('2022-01-01'), end: toTime('2022-08-11')!, value: 11648, valueText: '11648套' }),
];

describe('layoutTrend', () => {
  it('has the expected defaults: whole years, labelled between their ticks, values from zero', () => {
    const l = layoutTrend({ series: ['石家庄市'], points: slope }, 640, format);
    assert.deepEqual(l.timeTicks.map((t) => t.label), ['2021年', '2022年', '']);
    assert.equal(l.valueTicks[0]!.label, '0');
    assert.equal(l.wide, true);
  });

  it('draws a part of a year as that part: Jan–Aug is about two thirds of a year’s span', () => {
    const l = layoutTrend({ series: ['石家庄市'], points: slope }, 640, format);
    const [a, b] = l.points;
    const ratio = (b!.x - b!.fromX) / (a!.x - a!.fromX);
    assert.ok(ratio > 0.58 && ratio < 0.64, String(ratio));
  });

  it('joins results with a solid line, and a figure that is not a result with a dashed one', () => {
    const solid = layoutTrend({ series: ['a'], points: slope }, 640, format).series[0]!;
    assert.ok(solid.solid && !solid.dashed);
    const dashed = layoutTrend({ series: ['a'], points: [slope[0]!, { ...slope[1]!, result: false }] }, 640, format).series[0]!;
    assert.ok(!dashed.solid && dashed.dashed);
    // Dashed from a plan to a result too, whichever end is not a result.
    const fromPlan = layoutTrend({ series: ['a'], points: [{ ...slope[0]!, result: false }, slope[1]!] }, 640, format).series[0]!;
    assert.ok(!fromPlan.solid && fromPlan.dashed);
  });

  it('keeps value labels off the line between points', () => {
    // A steep climb and fall: the middle label's first choices cross a segment.
    const points = [0, 1, 2].map((k) => point({ start: toTime(`202${k}-01-01`), end: toTime(`202${k}-12-31`)!, value: [10, 1000, 10][k]!, valueText: `${[10, 1000, 10][k]}套` }));
    const l = layoutTrend({ series: ['a'], points }, 320, format);
    const [a, b, c] = l.points;
    for (const g of l.points.filter((g) => g.valueText)) {
      const half = textWidth(g.valueText, 12) / 2;
      for (const [p, q] of [[a!, b!], [b!, c!]] as const) {
        // The segment's y at every px of the label's width, against the label's box.
        for (let x = g.valueX - half; x <= g.valueX + half; x++) {
          if (x < p.x || x > q.x) continue;
          const y = p.y + ((q.y - p.y) * (x - p.x)) / (q.x - p.x);
          assert.ok(y < g.valueY - 12 || y > g.valueY + 3.6, `${g.valueText} at ${g.valueY} crossed by the line at (${x}, ${y})`);
        }
      }
    }
  });

  it('draws no line to a point not joined to the previous one (periods of unequal length)', () => {
    for (const result of [true, false]) {
      const apart = layoutTrend({ series: ['a'], points: [slope[0]!, { ...slope[1]!, result, joined: false }] }, 640, format).series[0]!;
      assert.deepEqual([apart.solid, apart.dashed], ['', '']);
    }
  });

  it('keeps every label inside a phone-wide chart', () => {
    for (const width of [280, 400]) {
      const l = layoutTrend({ series: ['Shijiazhuang with a very long name indeed'], points: slope }, width, format);
      for (const t of l.timeTicks) assert.ok(t.labelAt >= 0 && t.labelAt <= width);
      for (const s of l.series) assert.ok(s.nameX <= width);
      assert.ok(l.series[0]!.name.endsWith('…'));
    }
  });

  describe('value labels', () => {
    // trend-shantytown as QA saw it at 375 px: 12,141 over 11,648, and Shijiazhuang into ≈10,000.
    const shantytown = (lang: 'zh' | 'en') => ({
      series: lang === 'en' ? ['Shijiazhuang', 'Zhangjiakou'] : ['石家庄市', '张家口市'],
      points: [
        { ...slope[0]!, valueText: lang === 'en' ? '12,141' : '12141套' },
        { ...slope[1]!, valueText: lang === 'en' ? '11,648' : '11648套' },
        point({ series: 1, start: toTime('2021-01-01'), end: toTime('2025-12-31')!, value: 10000, valueText: lang === 'en' ? '≈10,000' : '近10000套' }),
      ],
    });
    const box = (x: number, w: number, baseline: number, size: number) => ({ x0: x, x1: x + w, y0: baseline - size, y1: baseline + 0.3 * size });
    const overlap = (a: ReturnType<typeof box>, b: ReturnType<typeof box>) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

    for (const lang of ['zh', 'en'] as const) {
      for (const width of [280, 343, 640]) {
        it(`overlap neither one another nor the names at ${width} px (${lang}), each series' last value kept`, () => {
          const input = shantytown(lang);
          const l = layoutTrend(input, width, format);
          const values = l.points.flatMap((p) => (p.valueText ? [box(p.valueX - textWidth(p.valueText, 12) / 2, textWidth(p.valueText, 12), p.valueY, 12)] : []));
          const names = l.series.map((s) => box(s.nameX, textWidth(s.name, 13), s.nameY, 13));
          values.forEach((v, i) => {
            for (const w of values.slice(i + 1)) assert.ok(!overlap(v, w), `values ${JSON.stringify([v, w])}`);
            for (const n of names) assert.ok(!overlap(v, n), `value ${JSON.stringify(v)} over a name ${JSON.stringify(n)}`);
            assert.ok(v.y0 >= 0 && v.y1 <= l.plot.bottom);
          });
          assert.equal(l.points[1]!.valueText, input.points[1]!.valueText);
          assert.equal(l.points[2]!.valueText, input.points[2]!.valueText);
        });
      }
    }

    it('stay above their points where nothing is in the way, the last under its series’ name', () => {
      const l = layoutTrend({ series: ['a'], points: [slope[0]!, { ...slope[1]!, end: toTime('2024-12-31')!, value: 3000 }] }, 640, format);
      const [first, last] = l.points;
      assert.ok(first!.valueY < first!.y);
      assert.equal(last!.valueX - textWidth(last!.valueText, 12) / 2, l.series[0]!.nameX);
      assert.ok(last!.valueY > l.series[0]!.nameY);
    });
  });

  it('finds the point under a finger, and none far from every point', () => {
    const l = layoutTrend({ series: ['a'], points: slope }, 640, format);
    assert.equal(pointAt(l, l.points[1]!.x + 5, l.points[1]!.y - 5), 1);
    assert.equal(pointAt(l, 0, 0), undefined);
  });
});

describe('dodge', () => {
  const cases: [wanted: number[], placed: number[]][] = [
    [[10, 50], [10, 50]],
    [[10, 12], [10, 25]],
    [[12, 10], [25, 10]],
    [[95, 99], [85, 100]],
  ];
  for (const [wanted, placed] of cases) {
    it(`${JSON.stringify(wanted)} → ${JSON.stringify(placed)} (gap 15, within 0–100)`, () => assert.deepEqual(dodge(wanted, 15, 0, 100), placed));
  }
});

describe('qualifierMark', () => {
  const cases: [Parameters<typeof qualifierMark>[0], string | undefined][] = [
    ['exact', undefined], ['over', 'more'], ['at_least', 'more'], ['under', 'less'], ['approx', 'approx'],
  ];
  for (const [q, cls] of cases) it(`${q} → ${cls ?? 'none'}`, () => assert.equal(qualifierMark(q, 0, 0, 4)?.class, cls));
});

describe('layoutTrend over less than a year', () => {
  // Three quarters of 2022: the axis runs Jan–Sep, ticked by month.
  const quarters = [
    point({ start: toTime('2022-01-01'), end: toTime('2022-03-31')!, value: 3 }),
    point({ start: toTime('2022-04-01'), end: toTime('2022-06-30')!, value: 5 }),
    point({ start: toTime('2022-07-01'), end: toTime('2022-09-30')!, value: 4 }),
  ];

  it('needs d3-time\'s calendar ticks, which load on demand: until they are here it throws their loading', async () => {
    // Another test of this process may have loaded them already; then nothing is thrown.
    if (!calendarTicks.loaded()) assert.throws(() => layoutTrend({ series: ['石家庄市'], points: quarters }, 640, format), (e: unknown) => e instanceof Promise);
    await calendarTicks.load();
    const l = layoutTrend({ series: ['石家庄市'], points: quarters }, 640, format);
    const labels = l.timeTicks.map((t) => t.label);
    assert.equal(labels[0], '2022年1月');
    assert.ok(labels.every((t) => /^2022年\d{1,2}月$/.test(t)), labels.join('|'));
    assert.ok(labels.includes('2022年9月') || labels.includes('2022年10月'), labels.join('|'));
  });

  it('ticks a span of two months by month, each labelled once: never days labelled by their month (QA s12b)', async () => {
    await calendarTicks.load();
    const short = [
      point({ end: toTime('2025-05-29')!, value: 5 }),
      point({ end: toTime('2025-07-02')!, value: 9 }),
    ];
    for (const width of [320, 640, 1200]) {
      const labels = layoutTrend({ series: ['孝感市'], points: short }, width, format).timeTicks.map((t) => t.label);
      assert.equal(new Set(labels).size, labels.length, labels.join('|'));
      // Months of the span (a stub before 5月29日 reaches into April), each a label.
      assert.ok(labels.length >= 2 && labels.length <= 6, labels.join('|'));
      assert.ok(labels.every((t) => /^2025年[4-8]月$/.test(t)), labels.join('|'));
    }
  });
});
