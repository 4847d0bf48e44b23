/**
 * The studio's pure parts (src/studio): an article's bytes to its dataset as the worker
 * builds it, the editor's form to one correction, the table's rows, the marked-up text,
 * and the embed code. The page itself is tested in a browser (test/browser/studio.test.ts).
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { parseCorrections } from '../../src/data/corrections.ts';
import { articleFileName, buildStudioArticle, sha256Hex } from '../../src/studio/build.ts';
import { DatasetBuilder } from '../../src/data/dataset.ts';
import { readPublished } from '../../src/studio/published.ts';
import { reserveFor } from '../../src/charts/snippet.ts';
import { chartElement, embedCode, fitChoice, groupOptions, indicatorOptions } from '../../src/studio/chart-choice.ts';
import { buildBarModel } from '../../src/charts/livelihood-bar/model.ts';
import { toShown, type Shown } from '../../src/kit/model/show.ts';
import type { Dataset } from '../../src/data/types.ts';
import { readFileSync } from 'node:fs';
import { applyEdits, correctionFrom, countCorrections, editOf, emptyCorrections, serializeCorrections, withCorrection } from '../../src/studio/edits.ts';
import { DEFAULT_QUERY, figureRows, queryRows, quoteOnlyWords } from '../../src/studio/rows.ts';
import { blocksOf, contextOf, segmentArticle, wordRuns } from '../../src/studio/segments.ts';

const ARTICLE = [
  '石家庄市民生实事进展情况',
  '2022-08-11 09:08 来源：石家庄新闻网',
  '今年以来，全市城镇新增就业88442人，完成全年任务的70.75%。',
  '今年全市共计改造956个老旧小区，目前已全部进场施工。',
  '2021年，全市改造老旧小区645个。',
].join('\n');
const bytes = (text: string) => new TextEncoder().encode(text);

async function built(text = ARTICLE) {
  const outcome = await buildStudioArticle({ file: 'sjz.txt', bytes: bytes(text), region: null }, sha256Hex);
  assert.ok(outcome.ok, JSON.stringify(!outcome.ok && outcome.problem));
  return outcome.built;
}

describe('buildStudioArticle', () => {
  it('decodes, hashes the bytes, finds the place and builds, announcing each stage', async () => {
    const stages: string[] = [];
    const outcome = await buildStudioArticle({ file: 'sjz.txt', bytes: bytes(ARTICLE), region: null }, sha256Hex, (s) => stages.push(s));
    assert.ok(outcome.ok);
    assert.deepEqual(stages, ['decode', 'hash', 'place', 'extract']);
    assert.equal(outcome.built.sha256, createHash('sha256').update(ARTICLE).digest('hex'));
    // With the line that named the place, for the editor to judge.
    assert.deepEqual(outcome.built.place, { kind: 'found', region: 'shijiazhuang', name: '石家庄市', from: 'title', line: '石家庄市民生实事进展情况' });
    assert.deepEqual(outcome.built.dataset.observations.map((o) => o.raw), ['88442人', '70.75%', '956个', '645个']);
  });

  const problems: [string, Uint8Array, string | null, string][] = [
    ['binary', new Uint8Array([0x50, 0x4b, 0, 1]), null, 'not-text'],
    ['empty', new Uint8Array(), null, 'not-text'],
    ['no place', bytes('今年新建学校3所。'), null, 'no-place'],
    ['an ambiguous place', bytes('鼓楼区民生实事\n新建学校3所。'), null, 'ambiguous-place'],
    ['an unknown region', bytes(ARTICLE), 'atlantis', 'unknown-region'],
  ];
  for (const [what, input, region, kind] of problems) {
    it(`reports ${what} as ${kind}`, async () => {
      const outcome = await buildStudioArticle({ file: 'a.txt', bytes: input, region }, sha256Hex);
      assert.equal(outcome.ok, false);
      assert.equal(!outcome.ok && outcome.problem.kind, kind);
    });
  }

  it('builds for the place the editor chose', async () => {
    const outcome = await buildStudioArticle({ file: 'a.txt', bytes: bytes('今年新建学校3所。'), region: 'pingshan' }, sha256Hex);
    assert.ok(outcome.ok);
    assert.equal(outcome.built.dataset.sources[0]!.region, 'pingshan');
  });

  // An article with no dateline: 今年 and 截至目前 resolve only against a date given for it.
  const UNDATED = ['张家口市民生工作综述', '今年新建学校3所。', '截至目前，全市建成养老服务中心12个。'].join('\n');
  it('dates an undated article with the editor\'s date and publisher, as a manifest entry does in the CLI', async () => {
    const undated = await buildStudioArticle({ file: 'zjk.txt', bytes: bytes(UNDATED), region: null }, sha256Hex);
    const dated = await buildStudioArticle({ file: 'zjk.txt', bytes: bytes(UNDATED), region: null, published: '2024-03-15', publisher: '张家口日报' }, sha256Hex);
    assert.ok(undated.ok && dated.ok);
    assert.deepEqual(undated.built.dataset.sources[0]!.published, null);
    assert.ok(undated.built.dataset.observations.every((o) => !o.period.end));
    const source = dated.built.dataset.sources[0]!;
    assert.deepEqual([source.published, source.publishedFrom, source.publisher], ['2024-03-15', 'manifest', '张家口日报']);
    const ends = dated.built.dataset.observations.map((o) => [o.raw, o.period.label, o.period.end]);
    // The same periods the CLI gives with this date in a manifest.
    const cli = new DatasetBuilder();
    cli.add({ file: 'zjk.txt', text: UNDATED, sha256: source.sha256, bytes: bytes(UNDATED).length }, { file: 'zjk.txt', region: 'zhangjiakou', published: '2024-03-15', publisher: '张家口日报' });
    assert.deepEqual(ends, cli.finish().observations.map((o) => [o.raw, o.period.label, o.period.end]));
    assert.ok(ends.every(([, , end]) => end?.startsWith('2024')), JSON.stringify(ends));
  });

  it('keeps the date an article states over the editor\'s, and refuses a date that does not exist', async () => {
    const kept = await buildStudioArticle({ file: 'sjz.txt', bytes: bytes(ARTICLE), region: null, published: '2024-01-01' }, sha256Hex);
    assert.ok(kept.ok);
    assert.equal(kept.built.dataset.sources[0]!.published, '2022-08-11');
    assert.deepEqual(kept.built.report.conflicts, ['published: text says 2022-08-11, manifest 2024-01-01']);
    const refused = await buildStudioArticle({ file: 'sjz.txt', bytes: bytes(ARTICLE), region: null, published: '2023-02-29' }, sha256Hex);
    assert.equal(!refused.ok && refused.problem.kind, 'failed');
  });

  it('names an article the editor did not name by its place and text, so two never share a source id', async () => {
    const other = ARTICLE.replace('956个', '957个');
    const [a, b] = await Promise.all([ARTICLE, other].map((text) => buildStudioArticle({ file: null, bytes: bytes(text), region: null }, sha256Hex)));
    assert.ok(a!.ok && b!.ok);
    assert.equal(a.built.file, articleFileName('shijiazhuang', a.built.sha256));
    assert.match(a.built.file, /^shijiazhuang_[0-9a-f]{8}\.txt$/);
    assert.notEqual(a.built.dataset.sources[0]!.id, b.built.dataset.sources[0]!.id);
    const merged = new DatasetBuilder();
    merged.merge(a.built.dataset);
    merged.merge(b.built.dataset);
    assert.equal(merged.finish().sources.length, 2);
  });
});

describe('the publication date field', () => {
  const cases: [string, string | null | undefined][] = [
    ['', null],
    ['  ', null],
    ['2024-01-15', '2024-01-15'],
    ['2024-1-5', '2024-01-05'],
    ['2024/01/15', '2024-01-15'],
    ['2024年1月15日', '2024-01-15'],
    ['2024-02-29', '2024-02-29'],
    ['2023-02-29', undefined],
    ['2024-13-01', undefined],
    ['15/01/2024', undefined],
    ['去年', undefined],
  ];
  for (const [input, date] of cases) {
    it(`reads ${JSON.stringify(input)} as ${date === undefined ? 'no date' : JSON.stringify(date)}`, () => {
      assert.deepEqual(readPublished(input), date === undefined ? { ok: false } : { ok: true, date });
    });
  }
});

describe('correctionFrom', () => {
  it('keeps only what the editor changed, and nothing when nothing changed', async () => {
    const { dataset } = await built();
    const [source] = dataset.sources;
    const figure = dataset.observations.find((o) => o.raw === '956个')!;
    assert.deepEqual(correctionFrom(figure, source!, editOf(figure, undefined)), { ok: true, correction: null });
    const edit = { ...editOf(figure, undefined), status: 'result' as const, labelZh: '老旧小区改造开工', checked: true };
    const made = correctionFrom(figure, source!, edit);
    assert.deepEqual(made, {
      ok: true,
      correction: {
        source: source!.sha256, span: figure.span, raw: '956个', file: 'sjz.txt',
        label: { zh: '老旧小区改造开工', en: '老旧小区改造开工' }, status: 'result', checked: true,
      },
    });
  });

  it('renames an indicator made from the figure\'s own words when its subject is corrected; a lexicon indicator keeps its name (QA s13 B2)', async () => {
    const { dataset } = await built('海曙区东西部协作情况\n\n今年，海曙区与望谟县结对中小学38所，全区城镇新增就业5000人。\n');
    const [source] = dataset.sources;
    const schools = dataset.observations.find((o) => o.raw === '38所')!;
    assert.equal(schools.indicator, `${schools.category}:${schools.subject}:所`, 'made from its words');
    const made = correctionFrom(schools, source!, { ...editOf(schools, undefined), subject: '与望谟县结对的中小学' });
    assert.ok(made.ok && made.correction);
    assert.deepEqual(made.correction.label?.zh, '与望谟县结对的中小学');
    const applied = applyEdits(dataset, withCorrection(emptyCorrections(), source!, schools, made.correction), () => undefined);
    assert.ok(applied.ok);
    const renamed = applied.dataset.observations.find((o) => o.raw === '38所')!;
    assert.equal(applied.dataset.indicators.find((i) => i.id === renamed.indicator)!.name.zh, '与望谟县结对的中小学');
    // A lexicon indicator's figure: the subject is its own label; the indicator and its name stay.
    const jobs = dataset.observations.find((o) => o.raw === '5000人')!;
    const relabelled = correctionFrom(jobs, source!, { ...editOf(jobs, undefined), subject: '海曙区城镇新增就业' });
    assert.ok(relabelled.ok && relabelled.correction);
    assert.equal(relabelled.correction.label, undefined);
    assert.equal(relabelled.correction.indicator, undefined);
  });

  it('names a label in English from the glossary when the editor leaves English blank, as the pipeline does (QA s13 C2)', async () => {
    const { dataset } = await built();
    const figure = dataset.observations.find((o) => o.raw === '956个')!;
    const made = correctionFrom(figure, dataset.sources[0]!, { ...editOf(figure, undefined), labelZh: '村卫生室' });
    assert.ok(made.ok && made.correction);
    assert.deepEqual(made.correction.label, { zh: '村卫生室', en: 'Village clinics' });
    // …and keeps the English the editor typed.
    const typed = correctionFrom(figure, dataset.sources[0]!, { ...editOf(figure, undefined), labelZh: '村卫生室', labelEn: 'Clinics in villages' });
    assert.ok(typed.ok && typed.correction);
    assert.equal(typed.correction.label!.en, 'Clinics in villages');
  });

  it('gives an indicator made from an article\'s words, named in Chinese only, the English typed alone: all its figures say it (QA s14 B5)', async () => {
    const { dataset } = await built('榆社县民生实事进展\n\n今年，全县建成暖心驿站12个，明年再建成暖心驿站15个。全县城镇新增就业5000人。\n');
    const [source] = dataset.sources;
    const indicatorOf = (id: string) => dataset.indicators.find((i) => i.id === id);
    const stations = dataset.observations.find((o) => o.raw === '12个')!;
    const made = indicatorOf(stations.indicator)!;
    assert.equal(made.canonical, false);
    assert.match(made.name.en, /暖心驿站/u, 'no English of its own');
    const edit = correctionFrom(stations, source!, { ...editOf(stations, undefined), labelEn: 'Warm-up stations for outdoor workers' }, indicatorOf);
    assert.ok(edit.ok && edit.correction);
    assert.deepEqual(edit.correction.label, { zh: made.name.zh, en: 'Warm-up stations for outdoor workers' });
    const applied = applyEdits(dataset, withCorrection(emptyCorrections(), source!, stations, edit.correction), () => undefined);
    assert.ok(applied.ok, !applied.ok ? applied.message : '');
    // One indicator still, both figures on it, named in English.
    const after = applied.dataset.observations.filter((o) => o.raw === '12个' || o.raw === '15个');
    assert.deepEqual([...new Set(after.map((o) => o.indicator))], [made.id]);
    assert.deepEqual(applied.dataset.indicators.find((i) => i.id === made.id)!.name, { zh: made.name.zh, en: 'Warm-up stations for outdoor workers' });
    // A lexicon indicator has its English: English alone is still refused there.
    const jobs = dataset.observations.find((o) => o.raw === '5000人')!;
    assert.deepEqual(correctionFrom(jobs, source!, { ...editOf(jobs, undefined), labelEn: 'Jobs' }, indicatorOf), { ok: false, field: 'labelZh', message: 'label-zh-missing' });
  });

  const bad: [string, Record<string, string>, string, string][] = [
    ['an empty subject', { subject: ' ' }, 'subject', 'subject-empty'],
    ['an English label alone', { labelEn: 'Renovated' }, 'labelZh', 'label-zh-missing'],
    ['an empty period', { periodLabel: '' }, 'periodLabel', 'period-label-empty'],
    ['a date that is not one', { periodStart: '2022-02-30' }, 'periodStart', 'date-invalid'],
    ['an end before the start', { periodStart: '2022-05-01', periodEnd: '2022-01-01' }, 'periodEnd', 'date-order'],
  ];
  for (const [what, patch, field, message] of bad) {
    it(`refuses ${what}`, async () => {
      const { dataset } = await built();
      const figure = dataset.observations[0]!;
      assert.deepEqual(correctionFrom(figure, dataset.sources[0]!, { ...editOf(figure, undefined), ...patch }), { ok: false, field, message });
    });
  }

  it('makes a file the CLI reads, in article order, and a correction can be taken back', async () => {
    const { dataset } = await built();
    const [source] = dataset.sources;
    const [jobs, , renovated] = dataset.observations;
    let file = emptyCorrections();
    for (const figure of [renovated!, jobs!]) {
      const made = correctionFrom(figure, source!, { ...editOf(figure, undefined), checked: true });
      assert.ok(made.ok);
      file = withCorrection(file, source!, figure, made.correction);
    }
    assert.deepEqual(file.corrections.map((c) => c.raw), ['88442人', '956个']);
    assert.deepEqual(parseCorrections(JSON.parse(serializeCorrections(file)), 'c.json'), file);
    const applied = applyEdits(dataset, file, () => undefined);
    assert.ok(applied.ok);
    assert.deepEqual(applied.dataset.observations.filter((o) => o.checked).map((o) => o.raw), ['88442人', '956个']);
    assert.deepEqual(withCorrection(file, source!, renovated!, null).corrections.map((c) => c.raw), ['88442人']);
  });

  it('writes a corrected period\'s words from its dates while the editor keeps the article\'s (QA s7, B6)', async () => {
    const { dataset } = await built();
    const [source] = dataset.sources;
    const figure = dataset.observations.find((o) => o.raw === '956个')!;
    assert.equal(figure.period.label, '今年');
    // The edit, the label kept, and the words the row shows under the dates ('' when the dates say it all).
    const cases: [string, Partial<ReturnType<typeof editOf>>, string, string][] = [
      ['new dates under the old words', { periodStart: '2022-01-01', periodEnd: '2022-09-30' }, '2022年1–9月', ''],
      ['an end date alone', { periodStart: '', periodEnd: '2022-09-30' }, '截至2022年9月', ''],
      ['an end date alone, for a plan', { periodStart: '', periodEnd: '2022-12-31', status: 'plan' }, '到2022年', ''],
      ['words the editor typed', { periodLabel: '前三季度', periodStart: '2022-01-01', periodEnd: '2022-09-30' }, '前三季度', '前三季度'],
      ['new words, the same dates', { periodLabel: '2022年全年' }, '2022年全年', '2022年全年'],
    ];
    for (const [what, patch, label, written] of cases) {
      const made = correctionFrom(figure, source!, { ...editOf(figure, undefined), ...patch });
      assert.ok(made.ok && made.correction, what);
      assert.equal(made.correction.period!.label, label, what);
      // The editor's field, opened again, and the table's row say the same.
      const file = withCorrection(emptyCorrections(), source!, figure, made.correction);
      assert.equal(editOf(figure, made.correction).periodLabel, label, what);
      const applied = applyEdits(dataset, file, () => undefined);
      assert.ok(applied.ok);
      const row = figureRows(dataset, applied.dataset, file).find((r) => r.raw === '956个')!;
      assert.equal(row.periodValue.label, label, what);
      assert.equal(row.periodWritten, written, what);
    }
  });

  it('says why a file cannot apply instead of throwing', async () => {
    const { dataset } = await built();
    const figure = dataset.observations[0]!;
    const file = { ...emptyCorrections(), corrections: [{ source: dataset.sources[0]!.sha256, span: figure.span, raw: figure.raw, region: 'atlantis' }] };
    const applied = applyEdits(dataset, file, () => undefined);
    assert.equal(applied.ok, false);
    assert.match(!applied.ok ? applied.message : '', /unknown region "atlantis"/);
  });
});

describe('figure rows', () => {
  it('keep a figure the editor left out, and sort and filter', async () => {
    const { dataset } = await built();
    const source = dataset.sources[0]!;
    const left = dataset.observations.find((o) => o.raw === '70.75%')!;
    const file = withCorrection(emptyCorrections(), source, left, { source: source.sha256, span: left.span, raw: left.raw, include: false });
    const applied = applyEdits(dataset, file, () => undefined);
    assert.ok(applied.ok);
    const rows = figureRows(dataset, applied.dataset, file);
    assert.deepEqual(rows.map((r) => [r.index, r.raw, r.shown === null]), [[1, '88442人', false], [2, '70.75%', true], [3, '956个', false], [4, '645个', false]]);
    assert.deepEqual(queryRows(rows, { ...DEFAULT_QUERY, sort: 'value', descending: true }).map((r) => r.raw), ['88442人', '956个', '645个', '70.75%']);
    assert.deepEqual(queryRows(rows, { ...DEFAULT_QUERY, status: 'ongoing' }).map((r) => r.raw), ['956个']);
    assert.deepEqual(queryRows(rows, { ...DEFAULT_QUERY, only: 'corrected' }).map((r) => r.raw), ['70.75%']);
    assert.deepEqual(queryRows(rows, { ...DEFAULT_QUERY, text: '进场施工' }).map((r) => r.raw), ['956个']);
  });

  it('count a figure ticked as checked apart from a corrected one, and filter each (QA s7, B5)', async () => {
    const { dataset } = await built();
    const [source] = dataset.sources;
    const [jobs, share, renovated] = dataset.observations;
    const decide = (file: ReturnType<typeof emptyCorrections>, figure: typeof jobs, patch: Partial<ReturnType<typeof editOf>>) => {
      const made = correctionFrom(figure!, source!, { ...editOf(figure!, undefined), ...patch });
      assert.ok(made.ok);
      return withCorrection(file, source!, figure!, made.correction);
    };
    let file = decide(emptyCorrections(), jobs, { checked: true });
    file = decide(file, share, { note: '任务数待核' });
    file = decide(file, renovated, { status: 'result', checked: true });
    // All three stay in the file: the check and the note are the audit trail.
    assert.equal(file.corrections.length, 3);
    assert.deepEqual(countCorrections(file), { corrected: 1, checked: 2 });
    const applied = applyEdits(dataset, file, () => undefined);
    assert.ok(applied.ok);
    const rows = figureRows(dataset, applied.dataset, file);
    assert.deepEqual(rows.map((r) => [r.raw, r.corrected, r.checked]), [['88442人', false, true], ['70.75%', false, false], ['956个', true, true], ['645个', false, false]]);
    assert.deepEqual(queryRows(rows, { ...DEFAULT_QUERY, only: 'corrected' }).map((r) => r.raw), ['956个']);
    assert.deepEqual(queryRows(rows, { ...DEFAULT_QUERY, only: 'checked' }).map((r) => r.raw), ['88442人', '956个']);
    assert.deepEqual(queryRows(rows, { ...DEFAULT_QUERY, only: 'unchecked' }).map((r) => r.raw), ['70.75%', '645个']);
  });

  it('mark a period that runs to the date of an undated article as uncertain, until it is dated (QA s7, C2)', async () => {
    const undated = ARTICLE.split('\n').filter((line) => !line.includes('来源')).join('\n');
    const doubts = async (published: string | null) => {
      const outcome = await buildStudioArticle({ file: 'sjz.txt', bytes: bytes(undated), region: null, published }, sha256Hex);
      assert.ok(outcome.ok);
      const { dataset } = outcome.built;
      const rows = figureRows(dataset, dataset, emptyCorrections());
      return { all: rows.map((r) => [r.raw, r.undated]), flagged: queryRows(rows, { ...DEFAULT_QUERY, only: 'flagged' }).map((r) => r.raw) };
    };
    // 今年以来 and 今年 need the publication date; 2021年 does not.
    assert.deepEqual(await doubts(null), {
      all: [['88442人', true], ['70.75%', true], ['956个', true], ['645个', false]],
      flagged: ['88442人', '70.75%', '956个'],
    });
    assert.deepEqual(await doubts('2022-08-11'), { all: [['88442人', false], ['70.75%', false], ['956个', false], ['645个', false]], flagged: [] });
  });

  it('show each period as the charts draw it, with the article\'s words when they differ, and sort by dates', async () => {
    const { dataset } = await built();
    const file = emptyCorrections();
    const periods = (lang: 'zh' | 'en') => figureRows(dataset, dataset, file, lang).map((r) => [r.raw, r.period, r.periodWritten]);
    // Published 2022-08-11: 今年以来 is January to August, not the whole year; 今年 is the year.
    assert.deepEqual(periods('zh'), [
      ['88442人', '2022年1月–8月11日', '今年以来'],
      ['70.75%', '2022年1月–8月11日', '今年以来'],
      ['956个', '2022年', '今年'],
      ['645个', '2021年', ''],
    ]);
    assert.deepEqual(periods('en').map(([, period]) => period), ['Jan–Aug 11, 2022', 'Jan–Aug 11, 2022', '2022', '2021']);
    // By start, then end: January to August before the whole of 2022.
    const rows = figureRows(dataset, dataset, file);
    assert.deepEqual(queryRows(rows, { ...DEFAULT_QUERY, sort: 'period' }).map((r) => r.raw), ['645个', '88442人', '70.75%', '956个']);
    assert.deepEqual(queryRows(rows, { ...DEFAULT_QUERY, text: '今年以来' }).map((r) => r.raw), ['88442人', '70.75%']);
  });
});

describe('the marked-up article', () => {
  it('cuts the text into plain runs, figures and skipped numerals, and into blocks of whole lines', async () => {
    const b = await built();
    const segments = segmentArticle(b.text, b.dataset.observations, b.dataset.skipped);
    assert.equal(segments.map((s) => s.text).join(''), b.text);
    assert.equal(segments.filter((s) => s.kind === 'figure').length, 4);
    assert.equal(segments.filter((s) => s.kind === 'skipped').length, b.dataset.skipped.length);
    const long = `${'民生工作持续推进。\n'.repeat(1000)}`;
    const blocks = blocksOf(segmentArticle(long, [], []));
    assert.ok(blocks.length > 1);
    assert.equal(blocks.flat().map((s) => s.text).join(''), long);
    for (const block of blocks.slice(0, -1)) assert.ok(block.at(-1)!.text.endsWith('\n'));
  });
});

describe('a figure\'s context and a filter\'s words (QA s11, 8 and 9)', () => {
  it('gives the paragraph a figure is in and the one before, over blank lines, the figure at its place', () => {
    // Zhangjiakou (seed 000): 2018年起 sets the start of 截至目前…700余个, a paragraph before.
    const seed = readFileSync(new URL('../../seeds/000_db52e2f06477cf87.txt', import.meta.url), 'utf8');
    const at = seed.indexOf('700余个');
    const c = contextOf(seed, [at, at + 5]);
    assert.ok(c.before.startsWith('2018年起,张家口开启了'), c.before);
    assert.ok(c.paragraph.startsWith('从屋顶防水到管线入地') && c.paragraph.endsWith('惠及26万余群众。'), c.paragraph);
    assert.equal(c.paragraph.slice(...c.at), '700余个');
    // Another city's style: lines with no blank between, indented with full-width spaces, CRLF.
    const other = '　　2020年以来，洛阳市累计新建城市书房。\r\n　　截至目前，全市共建成城市书房120座。\r\n';
    const o = other.indexOf('120座');
    const d = contextOf(other, [o, o + 4]);
    assert.deepEqual([d.before, d.paragraph.slice(...d.at)], ['2020年以来，洛阳市累计新建城市书房。', '120座']);
    // The first paragraph has none before it.
    const first = contextOf('全市新增就业1.2万人。\n\n其他。', [6, 11]);
    assert.deepEqual([first.before, first.paragraph.slice(...first.at)], ['', '1.2万人']);
  });

  it('marks the words a filter matched in a sentence, merged where they overlap', () => {
    assert.deepEqual(wordRuns('截至目前，全市已完成老旧小区改造700余个', ['截至目前', '老旧']), [[0, 4], [10, 12]]);
    assert.deepEqual(wordRuns('Jobs and JOBS', ['jobs', 'obs a']), [[0, 6], [9, 13]]);
    assert.deepEqual(wordRuns('无关的句子', ['截至目前']), []);
  });

  it('names the words a row matched only in its sentence, never those its cells show', async () => {
    const { dataset } = await built();
    const rows = figureRows(dataset, dataset, emptyCorrections());
    const r956 = rows.find((r) => r.raw === '956个')!;
    // 进场施工 is only in its sentence; 老旧小区 is its subject too; 就业 matches nothing of it.
    assert.deepEqual(quoteOnlyWords(r956, '进场施工'), ['进场施工']);
    assert.deepEqual(quoteOnlyWords(r956, '老旧小区 进场施工'), ['进场施工']);
    assert.deepEqual(quoteOnlyWords(r956, r956.subject), []);
    assert.deepEqual(quoteOnlyWords(r956, ''), []);
  });
});

describe('the embed code', () => {
  it('writes the element the preview draws, reading data.json', async () => {
    const { dataset } = await built();
    const choice = fitChoice(dataset, { form: 'indicator' });
    // One bar each: the first by name.
    assert.equal(choice.indicator, 'new_urban_jobs');
    const code = embedCode(dataset, choice, 'https://example.org/livelihood-charts.js').split('\n');
    assert.deepEqual(code.slice(0, 3), [
      '<link rel="preload" href="data.json" as="fetch" crossorigin>',
      '<script type="module" src="https://example.org/livelihood-charts.js"></script>',
      '<link rel="stylesheet" href="https://example.org/livelihood-charts.css">',
    ]);
    // The element holds the room the chart will take: the snippet's heights for this dataset.
    const reserve = Object.entries(reserveFor(dataset, 'livelihood-bar', { indicator: 'new_urban_jobs' })).map(([k, v]) => ` ${k}="${v}"`).join('');
    assert.ok(reserve.includes(' height="'));
    assert.equal(code[3], `<div class="livelihood-chart"><livelihood-bar indicator="new_urban_jobs" src="data.json" lang="zh"${reserve}></livelihood-bar></div>`);
    assert.deepEqual(chartElement({ ...choice, form: 'region', statuses: ['result', 'ongoing'], showUncertain: true, lang: 'en', theme: 'dark' }), {
      tag: 'livelihood-bar',
      attributes: [['region', 'shijiazhuang'], ['family', choice.family], ['unit', choice.unit], ['statuses', 'result ongoing'], ['show-uncertain', ''], ['lang', 'en'], ['theme', 'dark']],
    });
    assert.match(embedCode(dataset, { ...choice, form: 'compare', regions: ['a', 'b'], statuses: ['result', 'plan', 'target', 'ongoing'] }, 'x.js'), /<city-compare regions="a,b" statuses="all" src="data.json"[^>]*><\/city-compare>/);
    // Over time: the trend element, the indicator chosen, its own heights reserved.
    assert.deepEqual(chartElement({ ...choice, form: 'trend' }), { tag: 'livelihood-trend', attributes: [['indicator', 'new_urban_jobs']] });
    const trendReserve = Object.entries(reserveFor(dataset, 'livelihood-trend', { indicator: 'new_urban_jobs' })).map(([k, v]) => ` ${k}="${v}"`).join('');
    const trendCode = embedCode(dataset, { ...choice, form: 'trend' }, 'x.js');
    assert.ok(trendCode.includes(`<livelihood-trend indicator="new_urban_jobs" src="data.json" lang="zh"${trendReserve}></livelihood-trend>`), trendCode);
  });
});

describe('the indicators to preview', () => {
  const PLANS = ['石家庄市民生实事', '今年将新建便民市场5个。', '2021年，全市建成便民市场3个，改造老旧小区645个。', '今年计划改造老旧小区900个，新建口袋公园20个。'].join('\n');
  it('count the figures the chart draws, list drawable ones first, and open on one', async () => {
    const { dataset } = await built(PLANS);
    const byId = Object.fromEntries(indicatorOptions(dataset).map((i) => [i.id, [i.figures, i.drawn]]));
    const options = indicatorOptions(dataset);
    assert.ok(options.every((o, i) => i === 0 || options[i - 1]!.bars >= o.bars), JSON.stringify(options));
    const plansOnly = options.filter((o) => o.drawn === 0);
    assert.ok(plansOnly.length > 0, JSON.stringify(byId));
    const choice = fitChoice(dataset);
    assert.ok(options.find((o) => o.id === choice.indicator)!.drawn > 0);
    // With plans drawn too, a plan-only indicator counts them all.
    const withPlans = indicatorOptions(dataset, { statuses: ['result', 'plan'], uncertain: false });
    for (const o of plansOnly) assert.equal(withPlans.find((w) => w.id === o.id)!.drawn, o.figures);
  });

  it('leave out ranks (位列第10位), which the bar refuses to draw (QA s10, B1)', () => {
    const seeds = JSON.parse(readFileSync(new URL('../../src/dataset/livelihood.json', import.meta.url), 'utf8')) as Dataset;
    // The pipeline skips ranks as ordinals; a dataset made by hand may still hold one.
    assert.ok(!seeds.indicators.some((i) => i.kind === 'rank'));
    const id = 'urban_renewal:垃圾分类考核排名:位';
    seeds.indicators.push({ id, name: { zh: '垃圾分类考核排名', en: 'Waste sorting ranking' }, category: 'urban_renewal', unit: '位', kind: 'rank', canonical: false });
    seeds.observations.push({ ...seeds.observations.find((o) => o.region === 'hohhot')!, id: 'hand-made-rank', indicator: id, value: 10, unit: '位', raw: '10位', subject: '垃圾分类考核排名' });
    const ranks = [id];
    const offered = indicatorOptions(seeds, toShown('all', true, false) as Shown).map((o) => o.id);
    assert.deepEqual(offered.filter((id) => ranks.includes(id)), []);
    const model = buildBarModel(seeds, { indicator: ranks[0]!, regions: [], indicators: [], sort: 'value', lang: 'zh', shown: toShown('all', true, false) as Shown });
    assert.deepEqual(model.ok ? null : model.problem, { kind: 'rank-figures' });
  });

  it('count the bars the chart draws, not its figures: a place\'s figures over the years are one bar (QA s7, C4)', () => {
    const seeds = JSON.parse(readFileSync(new URL('../../src/dataset/livelihood.json', import.meta.url), 'utf8')) as Dataset;
    let fewer = 0;
    for (const shown of [toShown('', false, false), toShown('all', true, false)] as Shown[]) {
      for (const o of indicatorOptions(seeds, shown)) {
        const model = buildBarModel(seeds, { indicator: o.id, regions: [], indicators: [], sort: 'value', lang: 'zh', shown });
        assert.equal(o.bars, model.ok ? model.model.rows.length : 0, o.id);
        if (o.bars < o.drawn) fewer++;
      }
    }
    assert.ok(fewer > 0, 'some indicator has more figures drawn than bars');
  });

  it('are listed by the bars the chart draws, then by name, whatever the figures the table lists', () => {
    const seeds = JSON.parse(readFileSync(new URL('../../src/dataset/livelihood.json', import.meta.url), 'utf8')) as Dataset;
    for (const lang of ['zh', 'en'] as const) {
      const collator = new Intl.Collator(lang === 'zh' ? 'zh-Hans-CN' : 'en', { numeric: true });
      const options = indicatorOptions(seeds, toShown('all', true, false) as Shown, lang);
      for (const [i, o] of options.entries()) {
        const before = options[i - 1];
        if (!before) continue;
        assert.ok(before.bars > o.bars || (before.bars === o.bars && collator.compare(before[lang], o[lang]) <= 0), `${before[lang]} before ${o[lang]}`);
      }
      // Figures alone would have put some indicator with fewer bars before this one.
      assert.ok(options.some((o, i) => options.slice(i + 1).some((later) => later.figures > o.figures)), lang);
      assert.equal(fitChoice(seeds, { statuses: ['result', 'plan', 'target', 'ongoing'], showUncertain: true }, lang).indicator, options[0]!.id);
    }
  });

  it('open on a place\'s figures when no indicator has two bars: one article is one place (QA s11b C6)', async () => {
    const { dataset } = await built(readFileSync(new URL('../../seeds/004_ccece93cdd1aa1d0.txt', import.meta.url), 'utf8'));
    assert.ok(indicatorOptions(dataset).every((o) => o.bars < 2), 'one article, one bar an indicator');
    const choice = fitChoice(dataset);
    assert.equal(choice.form, 'region');
    const group = groupOptions(dataset, choice.region)[0]!;
    assert.deepEqual([choice.family, choice.unit], [group.family, group.unit]);
    const model = buildBarModel(dataset, { region: choice.region, family: choice.family, unit: choice.unit, regions: [], indicators: [], sort: 'value', lang: 'zh', shown: toShown('', false, false) as Shown });
    assert.ok(model.ok && model.model.rows.length >= 2, JSON.stringify(model.ok ? model.model.rows.length : model.problem));
    // A form once chosen stays; the seeds' five places compare under one indicator.
    assert.equal(fitChoice(dataset, { form: 'indicator' }).form, 'indicator');
    const seeds = JSON.parse(readFileSync(new URL('../../src/dataset/livelihood.json', import.meta.url), 'utf8')) as Dataset;
    assert.equal(fitChoice(seeds).form, 'indicator');
  });

  it('draw in the studio\'s language until another is picked', async () => {
    const { dataset } = await built();
    assert.equal(fitChoice(dataset, {}, 'en').lang, 'en');
    assert.equal(fitChoice(dataset, {}).lang, 'zh');
    assert.equal(fitChoice(dataset, { lang: 'zh' }, 'en').lang, 'zh');
  });
});

describe('a place\'s figures to preview', () => {
  const seeds = JSON.parse(readFileSync(new URL('../../src/dataset/livelihood.json', import.meta.url), 'utf8')) as Dataset;

  it('are offered by family and unit, never as the mixture a unit alone would give', () => {
    const groups = groupOptions(seeds, 'shijiazhuang');
    assert.deepEqual(groups.find((g) => g.family === 'jobs'), {
      family: 'jobs', unit: '人', indicators: 3, zh: '城镇新增就业、失业人员再就业、就业困难人员实现就业', en: 'New urban jobs, Unemployed people re-employed, Hard-to-employ people placed in jobs',
    });
    // Words of the article (县, 便民市场 …) are no group: they are drawn when listed.
    assert.ok(groups.every((g) => g.family !== ''));
    const all = toShown('all', true, false) as Shown;
    for (const region of ['zhangjiakou', 'hohhot', 'shijiazhuang', 'jinzhong']) {
      for (const g of groupOptions(seeds, region)) {
        const result = buildBarModel(seeds, { region, family: g.family, unit: g.unit, regions: [], indicators: [], sort: 'value', lang: 'zh', shown: all });
        assert.ok(result.ok, `${region} ${g.family} ${g.unit}: ${result.ok ? '' : result.problem.kind}`);
      }
    }
  });
});
