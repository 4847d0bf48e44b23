import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { barProblems } from '../../src/charts/livelihood-bar/problems.js';
import { buildBarModel, type BarModel, type BarQuery } from '../../src/charts/livelihood-bar/model.js';
import { withGroups } from '../../src/charts/livelihood-bar/mixed.js';
import type { ChartProblem, SharedProblem } from '../../src/kit/element/problem.js';
import { problemMessages } from '../../src/kit/model/problem-messages.js';
import { withSuggestions } from '../../src/kit/model/suggest.js';
import { RESULTS, toShown, type Shown } from '../../src/kit/model/show.js';
import type { Dataset } from '../../src/data/types.js';
import { messages } from '../../src/kit/model/messages.js';
import { cities, citiesWithHidden } from './fixtures.js';
// English strings load on demand in a chart; the tests add them as a chart does.
import { addEnglish } from '../../src/charts/livelihood-bar/messages-en.ts';
addEnglish();

const query = (q: Partial<BarQuery>): BarQuery => ({ regions: [], indicators: [], sort: 'value', lang: 'zh', shown: RESULTS, ...q });

function model(q: Partial<BarQuery>): BarModel {
  const result = buildBarModel(cities(), query(q));
  if (!result.ok) throw new Error(`expected a model, got ${result.problem.kind}`);
  return result.model;
}

function problem(q: Partial<BarQuery>): ChartProblem {
  const result = buildBarModel(cities(), query(q));
  if (result.ok) throw new Error('expected a problem');
  // As the element does before it says the problem (an unknown id's suggestions, mixed units' groups).
  return withGroups(withSuggestions(result.problem));
}

describe('buildBarModel', () => {
  describe('when given an indicator', () => {
    it('draws the latest figure of each place and keeps the others', () => {
      const m = model({ indicator: 'old_compounds_renovated' });
      assert.deepEqual(m.rows.map((r) => [r.key, r.valueLabel, r.period]), [
        ['shijiazhuang', '956个', '2022年1月–8月11日'],
        ['zhangjiakou', '700余个', '截至2025年12月22日'],
        ['hohhot', '309个', '2023年'],
      ]);
      assert.deepEqual(m.rows[0]!.others.map((o) => [o.value, o.period]), [['645个', '2021年']]);
      assert.equal(m.showPeriods, true);
      assert.equal(m.heading, '老旧小区改造');
    });

    it('writes a summary sentence in each language', () => {
      assert.equal(model({ indicator: 'old_compounds_renovated' }).summary, '老旧小区改造：石家庄市最高，956个；张家口市700余个；呼和浩特市最低，309个。');
      assert.equal(
        model({ indicator: 'old_compounds_renovated', lang: 'en' }).summary,
        'Old residential compounds renovated: Shijiazhuang is highest at 956; Zhangjiakou 700+; Hohhot is lowest at 309.',
      );
    });

    it('lists the sources used, each once', () => {
      assert.deepEqual(model({ indicator: 'old_compounds_renovated' }).sources.map((s) => s.id), ['s_sjz', 's_zjk', 's_hhht']);
    });

    it('puts the figures it draws in the table: another period is the tooltip’s (QA s12 C3)', () => {
      // Before: a fourth row, 石家庄市 645个 2021年, which the chart does not draw.
      const m = model({ indicator: 'old_compounds_renovated' });
      assert.deepEqual(m.table.rows.map((r) => r[1]), m.rows.map((r) => r.taggedValue));
      assert.equal(m.rows[0]!.others[0]!.value, '645个');
    });

    it('shows listed places that did not report as not reported', () => {
      const m = model({ indicator: 'elderly_meal_points', regions: ['jinzhong', 'zhangjiakou', 'wulingyuan'] });
      assert.deepEqual(m.rows.map((r) => [r.key, r.value, r.valueLabel]), [
        ['zhangjiakou', 359, '359个'],
        ['wulingyuan', 9, '9个'],
        ['jinzhong', null, '未报告'],
      ]);
      assert.ok(m.summary.includes('另有1个地区未报告'), m.summary);
    });

    it('notes units that differ between places', () => {
      const m = model({ indicator: 'home_care_beds' });
      assert.deepEqual(m.rows.map((r) => r.valueLabel), ['3800户', '3500张']);
      assert.match(m.notes.join(), /户/);
      assert.match(m.notes.join(), /张/);
    });

    it('names one shared period once instead of on every bar', () => {
      const m = model({ region: 'zhangjiakou', indicators: ['new_school_places', 'old_compounds_renovated'] });
      assert.equal(m.showPeriods, false);
      assert.equal(m.commonPeriod, '截至2025年12月22日');
    });

    it('sorts and limits', () => {
      assert.deepEqual(model({ indicator: 'childcare_places', limit: 2 }).rows.map((r) => r.key), ['zhangjiakou', 'shijiazhuang']);
      assert.deepEqual(model({ indicator: 'old_compounds_renovated', sort: 'name', lang: 'en' }).rows.map((r) => r.label), [
        'Hohhot', 'Shijiazhuang', 'Zhangjiakou',
      ]);
    });
  });

  describe('when given a region', () => {
    it('draws its indicators in one unit', () => {
      const m = model({ region: 'zhangjiakou', indicators: ['elderly_meal_points', 'new_school_places', 'old_compounds_renovated'] });
      assert.equal(m.noun, 'indicator');
      assert.deepEqual(m.rows.map((r) => r.valueLabel), ['1.68万个', '700余个', '359个']);
      assert.equal(m.heading, '张家口市');
    });

    it('filters a category by unit', () => {
      const m = model({ region: 'zhangjiakou', category: 'education', unit: '元' });
      assert.deepEqual(m.rows.map((r) => r.valueLabel), ['291.58亿元']);
      // The unit is in the heading: two charts of one place's category split by unit differ.
      assert.equal(m.heading, '张家口市：教育（元）');
      assert.equal(model({ region: 'zhangjiakou', category: 'education', unit: '元', lang: 'en' }).heading, 'Zhangjiakou: Education (yuan)');
    });

    it('refuses figures of different units', () => {
      const p = problem({ region: 'zhangjiakou', category: 'education' });
      assert.equal(p.kind, 'mixed-units');
      if (p.kind !== 'mixed-units') return;
      assert.deepEqual(p.groups.map((g) => g.unit).sort(), ['个', '元', '所']);
      assert.match(barProblems('zh')(p), /不能画在同一坐标轴上/);
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
        assert.equal(p.kind, kind);
        if (suggestion) assert.ok('suggestions' in p && p.suggestions.map((s) => s.id).includes(suggestion));
      });
    }

    it('says which id is unknown and what is close, in both languages', () => {
      const p = problem({ indicator: 'old_compound' }) as SharedProblem;
      assert.equal(problemMessages('zh')(p), '找不到指标“old_compound”。您是否要找：old_compounds_renovated（老旧小区改造）？');
      assert.equal(
        problemMessages('en')(p),
        'Unknown indicator "old_compound". Did you mean old_compounds_renovated (Old residential compounds renovated)?',
      );
    });
  });
});

describe('a place\'s figures measured against another', () => {
  /** 石家庄's 3500张 home care beds with a growth rate, and its aging-friendly renovations in %. */
  const withGrowth = () => {
    const ds = cities();
    const beds = ds.observations.find((o) => o.region === 'shijiazhuang' && o.indicator === 'home_care_beds')!;
    ds.indicators.push({ id: 'home_care_beds.growth', name: { zh: '家庭养老床位增长', en: 'Home care beds, growth' }, category: beds.category, unit: '张', kind: 'change', canonical: false });
    ds.observations.push({ ...beds, id: `${beds.id}:growth`, indicator: 'home_care_beds.growth', value: 12, raw: '12张', span: [beds.span[1] + 3, beds.span[1] + 6] });
    return ds;
  };

  it('are left out of a place\'s chart (not bars beside unrelated figures of the same unit), with a note', () => {
    const result = buildBarModel(withGrowth(), query({ region: 'shijiazhuang', unit: '张' }));
    assert.ok(result.ok);
    assert.deepEqual(result.model.rows.map((r) => r.key), ['home_care_beds']);
    assert.deepEqual(result.model.notes, ['注：另有1项增长率、完成比例等相对于其他数字的指标未列出。']);
  });

  it('are drawn when listed', () => {
    const result = buildBarModel(withGrowth(), query({ region: 'shijiazhuang', indicators: ['home_care_beds', 'home_care_beds.growth'] }));
    assert.ok(result.ok);
    assert.deepEqual(result.model.rows.map((r) => r.key), ['home_care_beds', 'home_care_beds.growth']);
    assert.deepEqual(result.model.notes, []);
  });
});

describe('a place\'s chart on the seed dataset (indicator families)', () => {
  const seeds: Dataset = JSON.parse(readFileSync(new URL('../../src/dataset/livelihood.json', import.meta.url), 'utf8'));
  const build = (q: Partial<BarQuery>) => buildBarModel(seeds, query(q));

  it('says when places\' figures cover different periods (晋中市 26所 of 2021–2025 beside 呼和浩特市 12所 since 2023; QA s11b A1)', () => {
    const periodsNote = '注：各地数字的时期不同（已分别标注），不宜直接比较高低。';
    const schools = build({ indicator: 'schools_built' });
    assert.ok(schools.ok);
    assert.ok(schools.model.notes.includes(periodsNote), schools.model.notes.join('|'));
    // One place's figures, or places of one period: no such note.
    const one = build({ indicator: 'schools_built', regions: ['jinzhong'] });
    assert.ok(one.ok);
    assert.ok(!one.model.notes.includes(periodsNote));
    const region = build({ region: 'shijiazhuang', indicators: ['new_urban_jobs', 'home_care_beds.added'] });
    assert.ok(region.ok);
    assert.ok(!region.model.notes.includes(periodsNote));
    // One place's 645个 done in 2021 and 956个 under way in 2022: two bars of one place rank nothing (QA s12 B4).
    const renovations = build({ indicator: 'old_compounds_renovated', regions: ['shijiazhuang'], shown: toShown('result ongoing', false, false) as Shown });
    assert.ok(renovations.ok);
    assert.equal(renovations.model.rows.length, 2, JSON.stringify(renovations.model.rows.map((r) => r.period)));
    assert.notEqual(renovations.model.rows[0]!.period, renovations.model.rows[1]!.period);
    assert.ok(!renovations.model.notes.includes(periodsNote), renovations.model.notes.join('|'));
    // …nor does its summary call the place both highest and lowest (QA s12b B4).
    assert.doesNotMatch(renovations.model.summary, /最高|最低/);
    // Each with its period, which is what tells them apart (QA s14 C5).
    assert.equal(renovations.model.summary, '老旧小区改造：石家庄市2022年956个（在建）；石家庄市2021年645个。');
    const english = build({ indicator: 'old_compounds_renovated', regions: ['shijiazhuang'], shown: toShown('result ongoing', false, false) as Shown, lang: 'en' });
    assert.ok(english.ok);
    assert.doesNotMatch(english.model.summary, /highest|lowest/);
    assert.match(english.model.summary, /Shijiazhuang 956 \(under way\), [^;]*2022; Shijiazhuang 645, 2021\.$/);
  });

  it('notes a district ranked beside a prefecture-level city (QA review, finding 12)', () => {
    // 呼和浩特's 230 recruitment events beside 武陵源区's 超12: a city's figure against a district's. (The pipeline
    // files 武陵源's brand fairs apart now; filed with all here, for the places' levels.)
    const fairs = structuredClone(seeds);
    fairs.observations.find((o) => o.region === 'wulingyuan' && o.raw === '超12场次')!.indicator = 'job_fairs';
    const build = (q: Partial<BarQuery>) => buildBarModel(fairs, query(q));
    const zh = build({ indicator: 'job_fairs' });
    assert.ok(zh.ok);
    assert.deepEqual(zh.model.rows.map((r) => r.key), ['hohhot', 'wulingyuan']);
    assert.equal(zh.model.notes[0], '注：所比较地区的行政级别不同（呼和浩特市为地级，武陵源区为县级），数据规模不宜直接比较。');
    const en = build({ indicator: 'job_fairs', lang: 'en' });
    assert.ok(en.ok);
    assert.equal(en.model.notes[0], 'Note: these places are at different administrative levels (Hohhot: prefecture-level; Wulingyuan District: county-level), so their figures differ in scale.');
    // Prefecture-level cities only: no note.
    const cities = build({ indicator: 'old_compounds_renovated' });
    assert.ok(cities.ok);
    assert.ok(cities.model.rows.length > 1);
    assert.ok(cities.model.notes.every((n) => !n.includes('行政级别')), cities.model.notes.join('|'));
  });

  it('draws one family: 张家口\'s elderly care facilities, not its 县区 or its policy counts beside them', () => {
    const result = build({ region: 'zhangjiakou', category: 'elderly_care', unit: '个' });
    assert.ok(result.ok);
    assert.deepEqual(
      result.model.rows.map((r) => r.key).sort(),
      ['community_day_care_points', 'elderly_meal_points', 'rural_elderly_care_stations'],
    );
    // 县区19个, 县区级养老服务指导中心19个, 乡镇区域养老服务中心179个, 偏远村庄便利服务点2923个: named only by the article.
    assert.ok(result.model.notes.includes('注：另有4项未归入标准指标的数字（以原文用语命名）未列出。'), result.model.notes.join('|'));
  });

  it('names the families when a place\'s figures count different kinds of thing', () => {
    const result = build({ region: 'hohhot', category: 'elderly_care' });
    assert.ok(!result.ok);
    const p = withGroups(result.problem);
    assert.equal(p.kind, 'mixed-families');
    if (p.kind !== 'mixed-families') return;
    // Institutions and centres beside institution beds (适老化改造5540户 and 3800户 of home care beds have no period: not drawn).
    assert.deepEqual(p.groups.map((g) => g.family).sort(), ['elderly_care_beds', 'elderly_care_facilities']);
    assert.match(barProblems('zh')(p), /养老机构、社区养老服务中心（family="elderly_care_facilities"）/);
    assert.match(barProblems('en')(p), /Choose one group with the family attribute/);
  });

  it('draws the family asked for', () => {
    const result = build({ region: 'shijiazhuang', family: 'jobs' });
    assert.ok(result.ok);
    assert.deepEqual(result.model.rows.map((r) => r.key), ['new_urban_jobs', 'reemployed_unemployed', 'hard_to_employ_placed']);
  });

  it('suggests a family for an unknown one', () => {
    const result = build({ region: 'shijiazhuang', family: 'job' });
    assert.ok(!result.ok);
    assert.equal(result.problem.kind, 'unknown-family');
    assert.equal(barProblems('en')(withSuggestions(result.problem) as never), 'Unknown indicator family "job". Did you mean "job_fairs", "jobs"?');
  });

  it('draws listed indicators of several families, as asked', () => {
    const result = build({ region: 'hohhot', indicators: ['elderly_care_institutions', 'elderly_care:规范性文件:个'] });
    assert.ok(result.ok);
    assert.equal(result.model.rows.length, 2);
  });
});

describe('buildBarModel in English', () => {
  it('names the unit a chart is picked by in English, by what it counts: Housing (homes), not Housing (套)', async () => {
    const { loadDefaultDataset } = await import('../../src/dataset/default.js');
    const result = buildBarModel(await loadDefaultDataset(), query({ region: 'shijiazhuang', category: 'housing', unit: '套', lang: 'en' }));
    assert.ok(result.ok);
    assert.equal(result.model.heading, 'Shijiazhuang: Housing (homes)');
    const zh = buildBarModel(await loadDefaultDataset(), query({ region: 'shijiazhuang', category: 'housing', unit: '套' }));
    assert.ok(zh.ok);
    assert.equal(zh.model.heading, '石家庄市：住房（套）');
  });
});

describe('buildBarModel: a listed place whose figure is hidden', () => {
  const build = (lang: 'zh' | 'en') => {
    const result = buildBarModel(citiesWithHidden(), query({ indicator: 'home_care_beds', regions: ['zhangjiakou', 'hohhot', 'shijiazhuang'], lang }));
    if (!result.ok) throw new Error(result.problem.kind);
    return result.model;
  };

  it('reads "not shown (uncertain)", and only a place with no figure reads "not reported"', () => {
    for (const lang of ['zh', 'en'] as const) {
      const m = build(lang);
      const row = (key: string) => m.rows.find((r) => r.key === key)!;
      assert.equal(row('hohhot').valueLabel, messages(lang).notShown({ uncertain: 1 }));
      assert.equal(row('hohhot').notShown, true);
      assert.ok(row('hohhot').ariaLabel.includes(row('hohhot').valueLabel));
      assert.equal(row('zhangjiakou').valueLabel, messages(lang).notReported);
      assert.ok(m.table.rows.some((r) => r[1] === row('hohhot').valueLabel));
    }
  });

  it('counts the two apart in its summary', () => {
    assert.match(build('zh').summary, /另有1个地区的数字未画出。另有1个地区未报告。/);
    assert.match(build('en').summary, /1 region with figures not shown\. 1 region not reported\./);
  });
});

describe('periods an undated article gives only in words', () => {
  it('are said in a note: the reader would take 截至目前 as of today', () => {
    const dataset = JSON.parse(readFileSync(new URL('../../src/dataset/livelihood.json', import.meta.url), 'utf8')) as Dataset;
    const query = { region: 'hohhot', family: 'elderly_care_facilities', regions: [], indicators: [], sort: 'value' as const, shown: RESULTS };
    const zh = buildBarModel(dataset, { ...query, lang: 'zh' });
    assert.ok(zh.ok);
    // 呼和浩特's article has no date: its 截至目前 cannot be dated.
    assert.ok(zh.model.notes.includes('注：《写好“民生答卷” 绘就幸福底色》未注明发布日期，“截至目前”无法换算为具体日期。'), zh.model.notes.join(' | '));
    // In English, the title's own quotation marks become single ones inside the note's (QA review s6).
    const en = buildBarModel(dataset, { ...query, lang: 'en' });
    assert.ok(en.ok);
    assert.ok(en.model.notes.some((n) => n.startsWith('Note: “写好‘民生答卷’ 绘就幸福底色” gives no publication date')), en.model.notes.join(' | '));
    // A yearly amount (每年) needs no date: no note for it.
    const yearly = structuredClone(dataset);
    for (const o of yearly.observations) if (o.source.startsWith('003') && !o.period.start && !o.period.end) o.period = { label: '每年' };
    const perYear = buildBarModel(yearly, { ...query, lang: 'zh' });
    assert.ok(perYear.ok);
    assert.ok(!perYear.model.notes.some((n) => n.includes('未注明发布日期')), perYear.model.notes.join(' | '));
    // Its 截至目前 from a year the text gives starts on a date but ends on none: "2023年以来"
    // reads as up to today (studio helper, s8).
    const since = buildBarModel(dataset, { ...query, family: undefined, indicators: ['schools_built'], lang: 'zh' });
    assert.ok(since.ok);
    assert.ok(since.model.notes.includes('注：《写好“民生答卷” 绘就幸福底色》未注明发布日期，“2023年以来”无法换算为具体日期。'), since.model.notes.join(' | '));
    // 石家庄's is dated (2022-08-11): its periods are dates, and no such note.
    const dated = buildBarModel(dataset, { ...query, region: 'shijiazhuang', family: 'jobs', lang: 'zh' });
    assert.ok(dated.ok);
    assert.ok(!dated.model.notes.some((n) => n.includes('未注明发布日期')));
  });
});

describe('a mark standing for one of several figures of its period', () => {
  it('says the others exist: the chart draws the first the article gives (QA s8 B3)', async () => {
    const { toShown } = await import('../../src/kit/model/show.js');
    const dataset = JSON.parse(readFileSync(new URL('../../src/dataset/livelihood.json', import.meta.url), 'utf8')) as Dataset;
    // 15家便民市场已全部开工建设,其中6家已竣工试营业,9家正在加紧施工: 15 and 9 are both work under way, as of 2022-08-11.
    const query = { indicator: 'urban_renewal:新建和改造提升便民市场:家', region: 'shijiazhuang', regions: [], indicators: [], sort: 'value' as const, shown: toShown('ongoing', false) as typeof RESULTS };
    const zh = buildBarModel(dataset, { ...query, lang: 'zh' });
    assert.ok(zh.ok);
    assert.equal(zh.model.rows[0]!.valueLabel, '15家');
    assert.ok(zh.model.notes.includes('注：石家庄市同一时期有不止一个数字，图中画出的是原文先给出的一个。'), zh.model.notes.join(' | '));
    const en = buildBarModel(dataset, { ...query, lang: 'en' });
    assert.ok(en.ok);
    assert.ok(en.model.notes.some((n) => n.startsWith('Note: Shijiazhuang has more than one figure for the same period')), en.model.notes.join(' | '));
    // One figure a period (its other periods are other years): no such note.
    const one = buildBarModel(dataset, { ...query, indicator: 'old_compounds_renovated', shown: toShown('all', false) as typeof RESULTS, lang: 'zh' });
    assert.ok(one.ok);
    assert.ok(!one.model.notes.some((n) => n.includes('同一时期')), one.model.notes.join(' | '));
  });
});

describe('places compared on one indicator', () => {
  it('line up on the period most of them report: 洛阳市\'s total since 2021 beside 河南省\'s, not its year (QA s9 B1)', async () => {
    const { DatasetBuilder } = await import('../../src/data/dataset.js');
    const text = readFileSync(new URL('../data/articles/provincial-roundup.txt', import.meta.url), 'utf8');
    const builder = new DatasetBuilder();
    builder.add({ file: 'hn.txt', text, sha256: 'e'.repeat(64), bytes: text.length }, { file: 'hn.txt', region: 'henan' });
    const data = builder.finish();
    const result = buildBarModel(data, query({ indicator: 'old_compounds_renovated' }));
    assert.ok(result.ok);
    const bars = new Map(result.model.rows.map((r) => [r.label, r.observation?.raw]));
    assert.equal(bars.get('河南省'), '2.13万个');
    // 洛阳市 reported 318个 this year and 1486个 since 2021: the bar is the total, as 河南省's is.
    assert.equal(bars.get('洛阳市'), '1486个');
  });
});

describe('a figure of several years beside figures of a year or less', () => {
  /** Shantytown homes as the seeds give them: Shijiazhuang's for Jan–Aug 11, 2022 (and 2021), Zhangjiakou's for all of 2021–2025. */
  const shantytowns = (): Dataset => {
    const ds = cities();
    const fig = (id: string, region: string, value: number, raw: string, period: { label: string; start?: string; end?: string }) => ({
      ...ds.observations.find((o) => o.id === 's_sjz#1')!, id, region, value, raw, period,
    });
    ds.observations = [
      fig('a', 'shijiazhuang', 12141, '12141个', { label: '2021年', start: '2021-01-01', end: '2021-12-31' }),
      fig('b', 'shijiazhuang', 11648, '11648个', { label: '截至目前', start: '2022-01-01', end: '2022-08-11' }),
      fig('c', 'zhangjiakou', 10000, '近1万个', { label: '十四五期间', start: '2021-01-01', end: '2025-12-31' }),
    ];
    ds.observations[2]!.qualifier = 'approx';
    ds.observations[2]!.source = 's_zjk';
    return ds;
  };
  const build = (ds: Dataset, lang: 'zh' | 'en' = 'zh') => {
    const result = buildBarModel(ds, query({ indicator: 'old_compounds_renovated', lang }));
    if (!result.ok) throw new Error(result.problem.kind);
    return result.model;
  };

  it('is not drawn: its bar says "not shown" and a note names it with its period, in each language', () => {
    for (const lang of ['zh', 'en'] as const) {
      const m = build(shantytowns(), lang);
      const zjk = m.rows.find((r) => r.key === 'zhangjiakou')!;
      assert.equal(zjk.notShown, true);
      assert.equal(zjk.value, null);
      assert.equal(zjk.valueLabel, lang === 'zh' ? '未画出（多年数字）' : 'not shown (several years)');
      assert.equal(m.rows.find((r) => r.key === 'shijiazhuang')!.value, 11648);
      assert.ok(
        m.notes.includes(
          lang === 'zh'
            ? '注：张家口市的近1万个是2021–2025年整个时期的数字，不宜与一年或更短时期的数字并列比较，未画出。'
            : 'Note: not drawn, as it covers several years and cannot be compared with figures for a year or less: Zhangjiakou ≈10K (2021–2025).',
        ),
        m.notes.join('\n'),
      );
      // Its article is still a source: the note quotes a figure of it.
      assert.deepEqual(m.sources.map((s) => s.id).sort(), ['s_sjz', 's_zjk']);
    }
  });

  it('gives way to the place’s newest figure of a year or less, when it has one', () => {
    const ds = shantytowns();
    ds.observations.push({ ...ds.observations[2]!, id: 'd', value: 2100, raw: '2100个', qualifier: 'exact', period: { label: '2023年', start: '2023-01-01', end: '2023-12-31' } });
    const m = build(ds);
    assert.equal(m.rows.find((r) => r.key === 'zhangjiakou')!.valueLabel, '2100个');
    assert.ok(m.notes.some((n) => n.includes('张家口市的近1万个是2021–2025年整个时期的数字')));
  });

  it('is drawn beside figures "to date" or of several years too, with no note', () => {
    const ds = shantytowns();
    ds.observations = ds.observations.filter((o) => o.id !== 'a' && o.id !== 'b');
    ds.observations.push({ ...ds.observations[0]!, id: 'e', region: 'hohhot', value: 309, raw: '309个', qualifier: 'exact', period: { label: '截至目前', end: '2024-06-30' } });
    const m = build(ds);
    assert.deepEqual(m.rows.map((r) => r.value), [10000, 309]);
    assert.ok(m.notes.every((n) => !n.includes('整个时期')), m.notes.join('\n'));
  });
});
