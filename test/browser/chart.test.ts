/** The shared chart parts (src/chart), tested as plain functions. */
import { expect } from '@open-wc/testing';
import type { Period, Qualifier } from '../../src/data/types.js';
import { BAR_METRICS, layoutBars, rowAt, type BarInput } from '../../src/charts/livelihood-bar/layout.js';
import { buildBarModel, type BarModel, type BarQuery } from '../../src/charts/livelihood-bar/model.js';
import { abbreviates, formatNumber, formatPeriod, formatQuantity } from '../../src/kit/model/format.js';
import { safeHref } from '../../src/kit/marks/frame.js';
import { toLang, type Lang } from '../../src/kit/model/lang.js';
import { checkDataset, clearDatasetCache, fetchDataset, loadDataset } from '../../src/kit/element/load.js';
import { memoize } from '../../src/kit/model/memo.js';
import { messages } from '../../src/kit/model/messages.js';
import { barMessages } from '../../src/charts/livelihood-bar/messages.js';
import { ChartError, type ChartProblem, type SharedProblem } from '../../src/kit/element/problem.js';
import { nextMark } from '../../src/kit/element/roving-focus.js';
import { parseIdList } from '../../src/kit/model/select.js';
import { applyLimit, sortRows, toSort } from '../../src/kit/model/sort.js';
import { closestIds, editDistance } from '../../src/kit/model/suggest.js';
import { fitText, textWidth } from '../../src/kit/marks/text.js';
import { RESULTS } from '../../src/kit/model/show.js';
import { splitQuote, tooltipPosition } from '../../src/kit/marks/tooltip.js';
import { cities, fixtureUrl, spyFetch } from './fixtures/helpers.js';

const query = (q: Partial<BarQuery>): BarQuery => ({ regions: [], indicators: [], sort: 'value', lang: 'zh', shown: RESULTS, ...q });

function model(q: Partial<BarQuery>): BarModel {
  const result = buildBarModel(cities(), query(q));
  if (!result.ok) throw new Error(`expected a model, got ${result.problem.kind}`);
  return result.model;
}

function problem(q: Partial<BarQuery>): ChartProblem {
  const result = buildBarModel(cities(), query(q));
  if (result.ok) throw new Error('expected a problem');
  return result.problem;
}

async function rejection(promise: Promise<unknown>): Promise<ChartProblem> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(ChartError);
    return (error as ChartError).problem;
  }
  throw new Error('expected a rejection');
}

describe('format', () => {
  const numbers: [number, Lang, string][] = [
    [700, 'zh', '700'],
    [3800, 'zh', '3800'],
    [3800, 'en', '3,800'],
    [16800, 'zh', '1.68万'],
    [16800, 'en', '16.8K'],
    [29158000000, 'zh', '291.58亿'],
    [29158000000, 'en', '29.16B'],
    [97.16, 'en', '97.16'],
    // Abbreviated only when nothing is lost, or from 亿 up.
    [16993, 'zh', '16993'],
    [16993, 'en', '16,993'],
    [123456, 'zh', '123456'],
    [1680000, 'en', '1.68M'],
    [1234567, 'en', '1,234,567'],
    [123456789, 'zh', '1.23亿'],
  ];
  for (const [value, lang, expected] of numbers) {
    it(`formats ${value} in ${lang} as ${expected}`, () => expect(formatNumber(value, lang)).to.equal(expected));
  }

  it('abbreviates figures side by side only when none of them loses a digit', () => {
    expect(abbreviates([16800, 21000, 359], 'zh')).to.equal(true);
    expect(abbreviates([88442, 12130], 'zh')).to.equal(false);
    // 12130 is 12.13K exactly, but 1.213万 needs a third decimal.
    expect(abbreviates([12130], 'en')).to.equal(true);
    expect(abbreviates([12130], 'zh')).to.equal(false);
    // From 亿 up, rounding is how figures are written.
    expect(abbreviates([29158000000, 123456789], 'zh')).to.equal(true);
    expect(formatNumber(12130, 'en', false)).to.equal('12,130');
    expect(formatNumber(21000, 'zh', false)).to.equal('21000');
  });

  const quantities: [number, string, Qualifier, string, string][] = [
    [700, '个', 'over', '700余个', '700+'],
    [10000, '套', 'approx', '近1万套', '≈10K'],
    [50, '个', 'under', '不足50个', '<50'],
    [200, '个', 'at_least', '200个以上', '≥200'],
    [29158000000, '元', 'exact', '291.58亿元', '29.16B yuan'],
    [5540, '户', 'exact', '5540户', '5,540 households'],
    [97.16, '%', 'exact', '97.16%', '97.16%'],
    [16.16, '百分点', 'exact', '16.16个百分点', '16.16 pp'],
  ];
  for (const [value, unit, qualifier, zh, en] of quantities) {
    it(`labels ${value} ${unit} (${qualifier}) as ${zh} / ${en}`, () => {
      expect(formatQuantity(value, unit, qualifier, 'zh')).to.equal(zh);
      expect(formatQuantity(value, unit, qualifier, 'en')).to.equal(en);
    });
  }

  it('names classifiers in English only when asked (units differ side by side)', () => {
    expect(formatQuantity(767, '个', 'exact', 'en')).to.equal('767');
    expect(formatQuantity(767, '个', 'exact', 'en', true)).to.equal('767 个');
    expect(formatQuantity(3800, '户', 'exact', 'en', true)).to.equal('3,800 households');
    expect(formatQuantity(767, '个', 'exact', 'zh', true)).to.equal('767个');
  });

  const periods: [Period, string, string][] = [
    [{ label: '2023年', start: '2023-01-01', end: '2023-12-31' }, '2023年', '2023'],
    [{ label: '今年上半年', start: '2022-01-01', end: '2022-06-30' }, '2022年1–6月', 'Jan–Jun 2022'],
    [{ label: '今年以来', start: '2022-01-01', end: '2022-08-11' }, '2022年1–8月', 'Jan–Aug 2022'],
    [{ label: '8月', start: '2022-08-01', end: '2022-08-31' }, '2022年8月', 'Aug 2022'],
    [{ label: '2018年以来', start: '2018-01-01', end: '2025-12-22' }, '2018–2025年', '2018–2025'],
    [{ label: '截至目前', end: '2025-12-22' }, '截至2025年', 'by 2025'],
    [{ label: '2018年以来', start: '2018-01-01' }, '2018年以来', 'since 2018'],
    [{ label: '未注明' }, '未注明', 'period not stated'],
    [{ label: '截至目前' }, '截至目前', 'to date'],
    [{ label: '去年以来' }, '去年以来', 'since last year'],
    // A label without an English reading stays as the article wrote it, never "not stated".
    [{ label: '自上线以来' }, '自上线以来', '自上线以来'],
  ];
  for (const [period, zh, en] of periods) {
    it(`names the period ${JSON.stringify(period)} ${zh} / ${en}`, () => {
      expect(formatPeriod(period, 'zh')).to.equal(zh);
      expect(formatPeriod(period, 'en')).to.equal(en);
    });
  }

  it('reads lang attributes, defaulting to zh', () => {
    expect([toLang('en'), toLang('en-GB'), toLang('EN'), toLang('zh'), toLang(undefined), toLang('fr')]).to.deep.equal([
      'en', 'en', 'en', 'zh', 'zh', 'zh',
    ]);
  });
});

describe('suggest', () => {
  it('measures edit distance', () => {
    expect(editDistance('zhangjiakuo', 'zhangjiakou')).to.equal(2);
    expect(editDistance('', 'abc')).to.equal(3);
    expect(editDistance('kitten', 'sitting')).to.equal(3);
  });

  const candidates = cities().regions;
  const cases: [string, string][] = [
    ['zhangjiakuo', 'zhangjiakou'],
    ['张家口', 'zhangjiakou'],
    ['Hohot', 'hohhot'],
    ['shijiazhang', 'shijiazhuang'],
  ];
  for (const [query, expected] of cases) {
    it(`suggests ${expected} first for "${query}"`, () => expect(closestIds(query, candidates)[0]?.id).to.equal(expected));
  }

  it('suggests nothing for something unlike every id', () => {
    expect(closestIds('qqqqqqqqq', candidates)).to.deep.equal([]);
  });

  it('finds an indicator from part of its id', () => {
    expect(closestIds('elderly_meal', cities().indicators).map((s) => s.id)).to.include('elderly_meal_points');
  });
});

describe('select and sort', () => {
  it('splits id lists on commas, Chinese commas and spaces', () => {
    expect(parseIdList(' a, b，c、d  e ')).to.deep.equal(['a', 'b', 'c', 'd', 'e']);
    expect(parseIdList('')).to.deep.equal([]);
    expect(parseIdList(undefined)).to.deep.equal([]);
  });

  const rows = [
    { label: '张家口市', value: 700 },
    { label: '晋中市', value: null },
    { label: '呼和浩特市', value: 309 },
    { label: '石家庄市', value: 956 },
  ];
  it('sorts by value, highest first, not-reported last', () => {
    expect(sortRows(rows, 'value', 'zh').map((r) => r.label)).to.deep.equal(['石家庄市', '张家口市', '呼和浩特市', '晋中市']);
  });
  it('sorts Chinese names by pinyin', () => {
    expect(sortRows(rows, 'name', 'zh').map((r) => r.label)).to.deep.equal(['呼和浩特市', '晋中市', '石家庄市', '张家口市']);
  });
  it('keeps the given order for none', () => {
    expect(sortRows(rows, 'none', 'zh')).to.deep.equal(rows);
  });
  it('reads sort and limit attributes', () => {
    expect([toSort('name'), toSort('none'), toSort('bogus'), toSort(undefined)]).to.deep.equal(['name', 'none', 'value', 'value']);
    expect(applyLimit([1, 2, 3], 2)).to.deep.equal([1, 2]);
    expect(applyLimit([1, 2, 3], 0)).to.deep.equal([1, 2, 3]);
    expect(applyLimit([1, 2, 3], Number.NaN)).to.deep.equal([1, 2, 3]);
    expect(applyLimit([1, 2, 3], -1)).to.deep.equal([1, 2, 3]);
  });
});

describe('buildBarModel', () => {
  describe('when given an indicator', () => {
    it('draws the latest figure of each place and keeps the others', () => {
      const m = model({ indicator: 'old_compounds_renovated' });
      expect(m.rows.map((r) => [r.key, r.valueLabel, r.period])).to.deep.equal([
        ['shijiazhuang', '956个', '2022年1–8月'],
        ['zhangjiakou', '700余个', '截至2025年'],
        ['hohhot', '309个', '2023年'],
      ]);
      expect(m.rows[0]!.others.map((o) => [o.value, o.period])).to.deep.equal([['645个', '2021年']]);
      expect(m.showPeriods).to.equal(true);
      expect(m.heading).to.equal('老旧小区改造');
    });

    it('writes a summary sentence in each language', () => {
      expect(model({ indicator: 'old_compounds_renovated' }).summary).to.equal(
        '老旧小区改造：石家庄市最高，956个；张家口市700余个；呼和浩特市最低，309个。',
      );
      expect(model({ indicator: 'old_compounds_renovated', lang: 'en' }).summary).to.equal(
        'Old residential compounds renovated: Shijiazhuang is highest at 956; Zhangjiakou 700+; Hohhot is lowest at 309.',
      );
    });

    it('lists the sources used, each once', () => {
      expect(model({ indicator: 'old_compounds_renovated' }).sources.map((s) => s.id)).to.deep.equal(['s_sjz', 's_zjk', 's_hhht']);
    });

    it('puts every figure, other periods included, in the table', () => {
      expect(model({ indicator: 'old_compounds_renovated' }).table.rows).to.have.length(4);
    });

    it('shows listed places that did not report as not reported', () => {
      const m = model({ indicator: 'elderly_meal_points', regions: ['jinzhong', 'zhangjiakou', 'wulingyuan'] });
      expect(m.rows.map((r) => [r.key, r.value, r.valueLabel])).to.deep.equal([
        ['zhangjiakou', 359, '359个'],
        ['wulingyuan', 9, '9个'],
        ['jinzhong', null, '未报告'],
      ]);
      expect(m.summary).to.contain('另有1个地区未报告');
    });

    it('notes units that differ between places', () => {
      const m = model({ indicator: 'home_care_beds' });
      expect(m.rows.map((r) => r.valueLabel)).to.deep.equal(['3800户', '3500张']);
      expect(m.notes.join()).to.contain('户').and.to.contain('张');
    });

    it('names one shared period once instead of on every bar', () => {
      const m = model({ region: 'zhangjiakou', indicators: ['new_school_places', 'old_compounds_renovated'] });
      expect(m.showPeriods).to.equal(false);
      expect(m.commonPeriod).to.equal('截至2025年');
    });

    it('sorts and limits', () => {
      expect(model({ indicator: 'childcare_places', limit: 2 }).rows.map((r) => r.key)).to.deep.equal(['zhangjiakou', 'shijiazhuang']);
      expect(model({ indicator: 'old_compounds_renovated', sort: 'name', lang: 'en' }).rows.map((r) => r.label)).to.deep.equal([
        'Hohhot', 'Shijiazhuang', 'Zhangjiakou',
      ]);
    });
  });

  describe('when given a region', () => {
    it('draws its indicators in one unit', () => {
      const m = model({ region: 'zhangjiakou', indicators: ['elderly_meal_points', 'new_school_places', 'old_compounds_renovated'] });
      expect(m.noun).to.equal('indicator');
      expect(m.rows.map((r) => r.valueLabel)).to.deep.equal(['1.68万个', '700余个', '359个']);
      expect(m.heading).to.equal('张家口市');
    });

    it('filters a category by unit', () => {
      const m = model({ region: 'zhangjiakou', category: 'education', unit: '元' });
      expect(m.rows.map((r) => r.valueLabel)).to.deep.equal(['291.58亿元']);
      // The unit is in the heading: two charts of one place's category split by unit differ.
      expect(m.heading).to.equal('张家口市：教育（元）');
      expect(model({ region: 'zhangjiakou', category: 'education', unit: '元', lang: 'en' }).heading).to.equal('Zhangjiakou: Education (yuan)');
    });

    it('refuses figures of different units', () => {
      const p = problem({ region: 'zhangjiakou', category: 'education' });
      expect(p.kind).to.equal('mixed-units');
      if (p.kind !== 'mixed-units') return;
      expect(p.groups.map((g) => g.unit).sort()).to.deep.equal(['个', '元', '所']);
      expect(barMessages('zh').problem(p)).to.contain('不能画在同一坐标轴上');
    });
  });

  describe('when the selection is wrong', () => {
    const cases: [Partial<BarQuery>, ChartProblem['kind'], string | undefined][] = [
      [{}, 'missing-selection', undefined],
      [{ indicator: 'old_compound' }, 'unknown-indicator', 'old_compounds_renovated'],
      [{ indicator: 'old_compounds_renovated', regions: ['zhangjiakuo'] }, 'unknown-region', 'zhangjiakou'],
      [{ region: '张家口' }, 'unknown-region', 'zhangjiakou'],
      [{ region: 'zhangjiakou', category: 'educaton' }, 'unknown-category', 'education'],
      [{ region: 'zhangjiakou', indicators: ['elderly_meals'] }, 'unknown-indicator', 'elderly_meal_points'],
      [{ indicator: 'old_compounds_renovated', regions: ['jinzhong'] }, 'no-data', undefined],
    ];
    for (const [q, kind, suggestion] of cases) {
      it(`reports ${kind} for ${JSON.stringify(q)}`, () => {
        const p = problem(q);
        expect(p.kind).to.equal(kind);
        if (suggestion) expect('suggestions' in p && p.suggestions.map((s) => s.id)).to.include(suggestion);
      });
    }

    it('says which id is unknown and what is close, in both languages', () => {
      const p = problem({ indicator: 'old_compound' }) as SharedProblem;
      expect(messages('zh').problem(p)).to.equal('找不到指标“old_compound”。您是否要找：old_compounds_renovated（老旧小区改造）？');
      expect(messages('en').problem(p)).to.equal(
        'Unknown indicator "old_compound". Did you mean old_compounds_renovated (Old residential compounds renovated)?',
      );
    });
  });
});

describe('layoutBars', () => {
  const inputs: BarInput[] = [
    { label: 'Old residential compounds renovated in the city', value: 956, valueText: '956', periodText: '2022', openEnd: false },
    { label: 'Zhangjiakou', value: 700, valueText: '700+', periodText: 'by 2025', openEnd: true },
    { label: 'Jinzhong', value: null, valueText: 'not reported', periodText: '', openEnd: false },
  ];

  for (const width of [280, 320, 479, 480, 800, 1200]) {
    it(`keeps every label and value inside ${width} px`, () => {
      const layout = layoutBars(inputs, width);
      expect(layout.wide).to.equal(width >= BAR_METRICS.wideFrom);
      inputs.forEach((d, i) => {
        const g = layout.rows[i]!;
        const valueEnd = g.valueX + textWidth(d.valueText, 13) + (d.periodText ? 6 + textWidth(d.periodText, 11) : 0);
        expect(valueEnd, `value of row ${i}`).to.be.at.most(width);
        expect(g.labelX + (layout.wide ? 0 : textWidth(g.label, 13))).to.be.at.most(width);
        expect(g.barX).to.be.at.least(0);
      });
    });
  }

  it('scales bars to their values from a shared zero', () => {
    const layout = layoutBars(inputs, 800);
    const [a, b, c] = layout.rows;
    expect(a!.barX).to.equal(layout.zeroX);
    expect(b!.barWidth / a!.barWidth).to.be.closeTo(700 / 956, 1e-9);
    expect(c!.barWidth).to.equal(0);
    expect(b!.endX - (b!.barX + b!.barWidth)).to.equal(BAR_METRICS.openEnd);
  });

  it('shortens a label that does not fit its column', () => {
    const layout = layoutBars(inputs, 800);
    expect(layout.rows[0]!.label.endsWith('…')).to.equal(true);
    expect(textWidth(layout.rows[0]!.label, 13)).to.be.at.most(800 * BAR_METRICS.labelShare);
  });

  it('finds the row under a point, gaps between bars included', () => {
    const layout = layoutBars(inputs, 800);
    const [a, b] = layout.rows;
    expect(rowAt(layout, a!.barY + 1)).to.equal(0);
    expect(rowAt(layout, b!.y)).to.equal(1);
    expect(rowAt(layout, b!.barY + b!.barHeight + 1)).to.equal(1);
    expect(rowAt(layout, 0)).to.equal(undefined);
    expect(rowAt(layout, layout.height)).to.equal(undefined);
  });

  it('cuts text to a width with an ellipsis', () => {
    expect(fitText('张家口市', 100, 13)).to.equal('张家口市');
    expect(fitText('张家口市张家口市张家口市', 60, 13)).to.equal('张家口…');
  });
});

describe('tooltip', () => {
  it('splits a quote around its figure', () => {
    expect(splitQuote('全市359个老年助餐点', [2, 6], '359个')).to.deep.equal(['全市', '359个', '老年助餐点']);
  });
  it('finds the figure when the span does not point at it', () => {
    expect(splitQuote('全市359个老年助餐点', [0, 1], '359个')).to.deep.equal(['全市', '359个', '老年助餐点']);
  });
  it('marks nothing when the figure is not in the quote', () => {
    expect(splitQuote('全市老年助餐点', [0, 1], '359个')).to.deep.equal(['全市老年助餐点', '', '']);
  });
  it('stays inside the chart and flips above marks in the lower half', () => {
    const low = tooltipPosition({ x: 270, top: 90, bottom: 100 }, 280, 100);
    expect(low.left + low.width).to.be.at.most(280);
    expect(low.above).to.equal(true);
    expect(tooltipPosition({ x: 0, top: 0, bottom: 10 }, 280, 100)).to.include({ left: 0, above: false, top: 14 });
  });
});

describe('nextMark', () => {
  const cases: [string, number, number | undefined][] = [
    ['ArrowDown', 1, 2],
    ['ArrowRight', 1, 2],
    ['ArrowDown', 4, 4],
    ['ArrowUp', 1, 0],
    ['ArrowLeft', 0, 0],
    ['Home', 3, 0],
    ['End', 0, 4],
    ['a', 1, undefined],
  ];
  for (const [key, from, to] of cases) {
    it(`${key} from ${from} of 5 goes to ${to}`, () => expect(nextMark(key, from, 5)).to.equal(to));
  }
  // Three places in each of three groups: 0 1 2 | 3 4 5 | 6 7 8.
  const grouped: [string, number, number][] = [
    ['ArrowRight', 1, 4],
    ['ArrowRight', 7, 7],
    ['ArrowLeft', 5, 2],
    ['ArrowLeft', 2, 2],
    ['ArrowDown', 2, 3],
    ['ArrowUp', 3, 2],
    ['End', 4, 8],
  ];
  for (const [key, from, to] of grouped) {
    it(`${key} from ${from} of 9 in groups of 3 goes to ${to}`, () => expect(nextMark(key, from, 9, 3)).to.equal(to));
  }
});

describe('safeHref and memoize', () => {
  it('links only http(s) URLs', () => {
    expect(safeHref('https://example.org/a')).to.equal('https://example.org/a');
    expect(safeHref('javascript:alert(1)')).to.equal(undefined);
    expect(safeHref('data:text/html,x')).to.equal(undefined);
    expect(safeHref('not a url')).to.equal(undefined);
    expect(safeHref(null)).to.equal(undefined);
  });

  it('recomputes only when an argument changes', () => {
    let calls = 0;
    const f = memoize((a: object, b: number) => (calls++, [a, b]));
    const a = {};
    const first = f(a, 1);
    expect(f(a, 1)).to.equal(first);
    expect(calls).to.equal(1);
    f({}, 1);
    f({}, 2);
    expect(calls).to.equal(3);
  });
});

describe('load', () => {
  let fetchSpy: ReturnType<typeof spyFetch> | undefined;
  beforeEach(() => clearDatasetCache());
  afterEach(() => fetchSpy?.restore());

  it('unpacks the embedded dataset once for every chart on the page', async () => {
    const [a, b] = await Promise.all([loadDataset(undefined, undefined), loadDataset(undefined, undefined)]);
    expect(a).to.equal(b);
    expect(await loadDataset(undefined, undefined)).to.equal(a);
    expect(a.observations.length).to.be.greaterThan(100);
  });

  it('validates a copy of a dataset object, every time it is given', () => {
    const dataset = cities();
    const copy = checkDataset(dataset, 'dataset');
    expect(copy).not.to.equal(dataset);
    expect(copy).to.deep.equal(dataset);
    dataset.observations[0]!.value = Number.NaN; // seen again: never a verdict cached per object
    expect(() => checkDataset(dataset, 'dataset')).to.throw(ChartError);
    expect(copy.observations[0]!.value).to.be.finite;
  });

  it('throws the validation issues of an invalid dataset', () => {
    const dataset = cities() as unknown as { observations: { value: unknown }[] };
    dataset.observations[0]!.value = '700余';
    let error: unknown;
    try {
      checkDataset(dataset, 'dataset');
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(ChartError);
    const p = (error as ChartError).problem as SharedProblem;
    expect(p.kind).to.equal('invalid-dataset');
    expect(messages('en').problem(p)).to.contain('observations[0].value');
  });

  it('shares one request between relative and absolute spellings of a URL', async () => {
    fetchSpy = spyFetch();
    const absolute = fixtureUrl('cities.json.txt', 'share');
    const a = fetchDataset(absolute);
    const b = fetchDataset(new URL(absolute).pathname + new URL(absolute).search);
    expect(b).to.equal(a);
    expect((await a).schema).to.equal('livelihood/1');
    expect(fetchSpy.urls).to.deep.equal([absolute]);
  });

  it('fails with the HTTP status of a missing file, and tries again later', async () => {
    fetchSpy = spyFetch();
    const url = fixtureUrl('missing.json');
    const p = await rejection(fetchDataset(url));
    expect(p).to.include({ kind: 'fetch-failed', status: 404, url });
    await rejection(fetchDataset(url));
    expect(fetchSpy.urls).to.have.length(2);
  });

  it('fails on a body that is not JSON', async () => {
    expect((await rejection(fetchDataset(fixtureUrl('not-json.json.txt')))).kind).to.equal('invalid-json');
  });

  it('fails on JSON that is not a valid dataset', async () => {
    const p = await rejection(fetchDataset(fixtureUrl('invalid-dataset.json.txt')));
    expect(p.kind).to.equal('invalid-dataset');
    if (p.kind === 'invalid-dataset') expect(p.issues[0]!.path).to.equal('observations[0].value');
  });

  it('gives up on a slow server after the timeout', async () => {
    fetchSpy = spyFetch(
      (_input, init) =>
        new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))),
    );
    const p = await rejection(fetchDataset(fixtureUrl('cities.json.txt', 'slow'), { timeoutMs: 30 }));
    expect(p).to.include({ kind: 'fetch-timeout', ms: 30 });
    expect(messages('zh').problem(p as SharedProblem)).to.contain('超时');
  });

  it('fails on a network error', async () => {
    fetchSpy = spyFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const p = await rejection(fetchDataset(fixtureUrl('cities.json.txt', 'offline')));
    expect(p).to.include({ kind: 'fetch-failed', reason: 'Failed to fetch' });
  });
});
