/**
 * Bulk correction (src/studio/bulk.ts) on a hand-written article: one edit over the rows
 * a filter keeps, written as ordinary per-figure corrections the CLI reads, summarized
 * before it applies, and taken back in one step.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseCorrections, type CorrectionsFile } from '../../src/data/corrections.ts';
import type { Dataset } from '../../src/data/types.ts';
import { buildStudioArticle, sha256Hex } from '../../src/studio/build.ts';
import { EMPTY_BULK, planBulk, summarizePlan, undoBatch, type BulkEdit, type BulkPicks, type BulkRow } from '../../src/studio/bulk.ts';
import { applyEdits, correctionFrom, countCorrections, editOf, emptyCorrections, serializeCorrections, withCorrection } from '../../src/studio/edits.ts';
import { DEFAULT_QUERY, figureRows, queryRows, type FigureRow } from '../../src/studio/rows.ts';

/** 洛阳市, published 2024-08-21: 截至目前 runs to that day, with or without 1 January as its start. */
const FILE = 'mid-year-review.txt';
const bytes = readFileSync(new URL(`articles/${FILE}`, import.meta.url));

async function article(): Promise<Dataset> {
  const outcome = await buildStudioArticle({ file: FILE, bytes, region: null }, sha256Hex);
  assert.ok(outcome.ok);
  return outcome.built.dataset;
}

/** The table's rows for `file`, and the rows a filter keeps, as the bulk editor takes them. */
function table(dataset: Dataset, file: CorrectionsFile) {
  const applied = applyEdits(dataset, file, () => undefined);
  assert.ok(applied.ok, !applied.ok ? applied.message : '');
  const rows = figureRows(dataset, applied.dataset, file);
  return { rows, dataset: applied.dataset };
}
const bulkRows = (rows: readonly FigureRow[]): BulkRow[] => rows.map((r) => ({ base: r.base, correction: r.correction, excluded: !r.shown }));

function plan(dataset: Dataset, file: CorrectionsFile, rows: readonly FigureRow[], edit: Partial<BulkEdit>, picks?: BulkPicks) {
  const made = planBulk(file, bulkRows(rows), { ...EMPTY_BULK, ...edit }, () => dataset.sources[0], picks);
  assert.ok(made.ok, JSON.stringify(made));
  return made.plan;
}

describe('a bulk correction', () => {
  it('dates every row shown, its words following the dates as the single editor\'s do, one entry a figure the CLI reads', async () => {
    const dataset = await article();
    const { rows } = table(dataset, emptyCorrections());
    // The editor learns the 截至目前 figures are as of the end of July.
    const shown = rows.filter((r) => r.periodValue.label === '截至目前');
    assert.ok(shown.length >= 6, `${shown.length} rows`);
    const p = plan(dataset, emptyCorrections(), shown, { periodEnd: '2024-07-31' });
    assert.equal(p.changes.length, shown.length);
    assert.equal(p.file.corrections.length, shown.length);
    assert.deepEqual(parseCorrections(JSON.parse(serializeCorrections(p.file)), 'c.json'), p.file);

    const after = table(dataset, p.file);
    for (const r of after.rows.filter((x) => shown.some((s) => s.base.id === x.base.id))) {
      const { start, end } = r.periodValue;
      assert.equal(end, '2024-07-31', r.raw);
      // From 1 January it is a span of months; with no start, a stock as of the end of July.
      const words = start === '2024-01-01' ? '2024年1–7月' : '截至2024年7月';
      assert.equal(r.periodValue.label, words, `${r.raw} ${JSON.stringify(r.periodValue)}`);
      assert.ok(r.corrected, r.raw);
      assert.equal(r.periodWritten, '', r.raw);
    }
    // Every other row is as the pipeline read it.
    for (const r of after.rows.filter((x) => !shown.some((s) => s.base.id === x.base.id))) assert.equal(r.correction, undefined, r.raw);
    assert.deepEqual(countCorrections(p.file), { corrected: shown.length, checked: 0 });
    // Summarized as two lines, however each period's fields were written: from 1 January, and with no start.
    const lines = summarizePlan(p).period.map((x) => [x.from.period.label, x.from.period.start ?? null, x.to.period.label, x.count]);
    const fromJanuary = shown.filter((r) => r.periodValue.start).length;
    assert.deepEqual(lines.sort((a, b) => Number(b[3]) - Number(a[3])), [
      ['截至目前', '2024-01-01', '2024年1–7月', fromJanuary],
      ['截至目前', null, '截至2024年7月', shown.length - fromJanuary],
    ].sort((a, b) => Number(b[3]) - Number(a[3])));
  });

  it('clears the start of every row shown: stocks misread as flows become levels as of their end', async () => {
    const dataset = await article();
    const { rows } = table(dataset, emptyCorrections());
    const shown = rows.filter((r) => r.periodValue.label === '截至目前' && r.periodValue.start);
    assert.ok(shown.length >= 2, `${shown.length} rows`);
    const p = plan(dataset, emptyCorrections(), shown, { periodNoStart: 'none' });
    assert.equal(p.changes.length, shown.length);
    const after = table(dataset, p.file);
    for (const r of after.rows.filter((x) => shown.some((s) => s.base.id === x.base.id))) {
      const was = shown.find((s) => s.base.id === r.base.id)!.periodValue;
      assert.equal(r.periodValue.start, undefined, r.raw);
      assert.equal(r.periodValue.end, was.end, r.raw);
    }
    // A start date and its clearing together are refused, on the start's field.
    const both = planBulk(emptyCorrections(), bulkRows(shown), { ...EMPTY_BULK, periodStart: '2024-01-01', periodNoStart: 'none' }, () => dataset.sources[0]);
    assert.deepEqual(both.ok ? null : [both.field, both.message], ['periodStart', 'bulk-start-and-none']);
  });

  it('names the changes and shares among rows whose start it clears: they are no levels as of a day (QA s10)', async () => {
    const bytes10 = readFileSync(new URL('articles/monthly-release.txt', import.meta.url));
    const outcome = await buildStudioArticle({ file: 'monthly-release.txt', bytes: bytes10, region: null }, sha256Hex);
    assert.ok(outcome.ok);
    const dataset = outcome.built.dataset;
    const { rows } = table(dataset, emptyCorrections());
    const shown = queryRows(rows, { ...DEFAULT_QUERY, text: '10月末' });
    const p = planBulk(emptyCorrections(), bulkRows(shown), { ...EMPTY_BULK, periodNoStart: 'none' }, () => dataset.sources[0]);
    assert.ok(p.ok);
    const named = p.plan.relativeLosingStart.map((c) => c.figure.raw);
    // 比9月末增加1.28万人 and its like lose a start they need; the stocks (312.46万人…) had none to lose.
    assert.ok(named.includes('1.28万人'), JSON.stringify(named));
    assert.ok(named.every((raw) => p.plan.changes.some((c) => c.figure.raw === raw && c.figure.indicator.includes('.'))));
    assert.ok(!named.includes('312.46万人'));
  });

  it('names the running totals whose start the article gave, which a cleared start would make levels as of a day (QA s11b C7)', async () => {
    const bytes = readFileSync(new URL('../../seeds/000_db52e2f06477cf87.txt', import.meta.url));
    const outcome = await buildStudioArticle({ file: '000.txt', bytes, region: null }, sha256Hex);
    assert.ok(outcome.ok);
    const dataset = outcome.built.dataset;
    const { rows } = table(dataset, emptyCorrections());
    const shown = queryRows(rows, { ...DEFAULT_QUERY, text: '截至目前' });
    const p = planBulk(emptyCorrections(), bulkRows(shown), { ...EMPTY_BULK, periodNoStart: 'none' }, () => dataset.sources[0]);
    assert.ok(p.ok);
    // 截至目前…已完成老旧小区改造700余个 runs from 2018年起 two paragraphs before.
    const dated = p.plan.datedLosingStart.map((c) => [c.figure.raw, c.before.period.start]);
    assert.deepEqual(dated.find(([raw]) => raw === '700余个'), ['700余个', '2018-01-01'], JSON.stringify(dated));
    // Rows with no start to lose are not named; relative ones have their own note.
    for (const c of p.plan.changes) {
      const named = p.plan.datedLosingStart.includes(c);
      assert.equal(named, !!c.figure.period.start && !c.figure.indicator.includes('.'), c.figure.raw);
    }
    // A status edit loses no start: nothing named.
    const status = planBulk(emptyCorrections(), bulkRows(shown), { ...EMPTY_BULK, status: 'plan' }, () => dataset.sources[0]);
    assert.ok(status.ok);
    assert.deepEqual(status.plan.datedLosingStart, []);
  });

  it('applies only the fields filled: a status leaves the period, place and checks as each row has them', async () => {
    const dataset = await article();
    const { rows } = table(dataset, emptyCorrections());
    const shown = queryRows(rows, { ...DEFAULT_QUERY, text: '投入运营' });
    assert.deepEqual(shown.map((r) => [r.raw, r.status]), [['45个', 'plan'], ['38个', 'result'], ['7个', 'ongoing']]);
    const p = plan(dataset, emptyCorrections(), shown, { status: 'ongoing' });
    // One row is under way already: it is counted, not written.
    assert.equal(p.unchanged, 1);
    assert.deepEqual(p.changes.map((c) => [c.figure.raw, c.fields]), [['45个', ['status']], ['38个', ['status']]]);
    assert.ok(p.file.corrections.every((c) => Object.keys(c).sort().join() === 'file,raw,source,span,status'));
    assert.deepEqual(summarizePlan(p).status, [{ from: 'plan', to: 'ongoing', count: 1 }, { from: 'result', to: 'ongoing', count: 1 }]);
  });

  it('marks rows checked without correcting them, and leaves rows the editor left out alone', async () => {
    const dataset = await article();
    const source = dataset.sources[0]!;
    const first = dataset.observations[0]!;
    const out = withCorrection(emptyCorrections(), source, first, { source: source.sha256, span: first.span, raw: first.raw, include: false });
    const { rows } = table(dataset, out);
    const shown = rows.slice(0, 5);
    const p = plan(dataset, out, shown, { checked: 'checked', region: 'luolong' });
    assert.equal(p.excluded, 1);
    assert.equal(p.changes.length, 4);
    assert.deepEqual(p.file.corrections.find((c) => c.raw === first.raw), { source: source.sha256, span: first.span, raw: first.raw, include: false });
    assert.ok(p.changes.every((c) => c.fields.join() === 'region,checked'));
    assert.deepEqual(p.batch.fields, ['region', 'checked']);
    const summary = summarizePlan(p);
    assert.deepEqual(summary.checked, [{ from: false, to: true, count: 4 }]);
    assert.deepEqual(summary.region, [{ from: 'luoyang', to: 'luolong', count: 4 }]);
    assert.deepEqual(countCorrections(p.file), { corrected: 5, checked: 4 });
  });

  it('keeps what an earlier correction decided, and is taken back in one step, except rows edited since', async () => {
    const dataset = await article();
    const source = dataset.sources[0]!;
    const [a, b, c] = dataset.observations;
    // 284.6亿元 was given a subject of the editor's own and a note by hand before.
    const made = correctionFrom(a!, source, { ...editOf(a!, undefined), subject: '民生支出（督查口径）', note: '据督查室' });
    assert.ok(made.ok && made.correction);
    const before = withCorrection(emptyCorrections(), source, a!, made.correction);
    const { rows } = table(dataset, before);
    const p = plan(dataset, before, rows.slice(0, 3), { periodLabel: '1—7月', periodStart: '2024-01-01', periodEnd: '2024-07-31', checked: 'checked' });
    const kept = p.file.corrections.find((x) => x.raw === a!.raw)!;
    assert.deepEqual([kept.subject, kept.note, kept.period, kept.checked], ['民生支出（督查口径）', '据督查室', { label: '1—7月', start: '2024-01-01', end: '2024-07-31' }, true]);
    assert.equal(p.file.corrections.length, 3);

    assert.deepEqual(undoBatch(p.file, p.batch), { file: before, restored: 3, kept: 0 });
    // 76.8% corrected again by hand after the bulk edit: taking the batch back keeps that.
    const again = correctionFrom(b!, source, { ...editOf(b!, p.file.corrections.find((x) => x.raw === b!.raw)), note: '另核' });
    assert.ok(again.ok);
    const later = withCorrection(p.file, source, b!, again.correction);
    const undone = undoBatch(later, p.batch);
    assert.deepEqual([undone.restored, undone.kept], [2, 1]);
    assert.deepEqual(undone.file.corrections.map((x) => x.raw), [a!.raw, b!.raw]);
    assert.equal(undone.file.corrections.find((x) => x.raw === b!.raw)!.note, '另核');
    assert.equal(undone.file.corrections.find((x) => x.raw === c!.raw), undefined);
  });

  it('leaves out a row whose period the editor corrected, naming it, unless picked to be overwritten (QA s11, 8)', async () => {
    const dataset = await article();
    const source = dataset.sources[0]!;
    const { rows } = table(dataset, emptyCorrections());
    const shown = rows.filter((r) => r.periodValue.label === '截至目前');
    // The editor dated one 截至目前 row from 2018 by hand, and set another's status.
    const [dated, statused] = [shown[0]!, shown[1]!];
    const byHand = correctionFrom(dated.base, source, { ...editOf(dated.base, undefined), periodStart: '2018-01-01' });
    const status = correctionFrom(statused.base, source, { ...editOf(statused.base, undefined), status: 'ongoing' });
    assert.ok(byHand.ok && byHand.correction && status.ok && status.correction);
    const file = withCorrection(withCorrection(emptyCorrections(), source, dated.base, byHand.correction), source, statused.base, status.correction);
    const now = table(dataset, file).rows.filter((r) => shown.some((s) => s.base.id === r.base.id));

    // Clearing starts and checking: the dated row is kept as the editor left it, and named.
    const p = plan(dataset, file, now, { periodNoStart: 'none', checked: 'checked' });
    assert.deepEqual(p.kept.map((c) => [c.figure.raw, c.fields]), [[dated.raw, ['period', 'checked']]]);
    assert.deepEqual([...p.corrected.entries()], [[dated.base.id, ['period']]]);
    assert.equal(p.changes.length, now.length - 1);
    assert.deepEqual(p.file.corrections.find((c) => c.raw === dated.raw), byHand.correction);
    assert.ok(p.batch.entries.every((e) => e.raw !== dated.raw));
    // A status the editor set is no field a period edit overwrites: that row changes, its status kept.
    assert.ok(p.changes.some((c) => c.figure.id === statused.base.id));
    assert.equal(p.file.corrections.find((c) => c.raw === statused.raw)!.status, 'ongoing');

    // Picked to be overwritten, it changes like the others; its batch entry remembers the 2018 start for the undo.
    const all = plan(dataset, file, now, { periodNoStart: 'none', checked: 'checked' }, { omit: new Set(), overwrite: new Set([dated.base.id]) });
    assert.deepEqual([all.kept.length, all.changes.length], [0, now.length]);
    assert.equal(all.file.corrections.find((c) => c.raw === dated.raw)!.period?.start, undefined);
    assert.equal(undoBatch(all.file, all.batch).file.corrections.find((c) => c.raw === dated.raw)!.period?.start, '2018-01-01');
    // A status edit overwrites the editor's status, not the dated row's period: only the status row is kept.
    const s = plan(dataset, file, now, { status: 'result' });
    assert.deepEqual(s.kept.map((c) => c.figure.raw), [statused.raw]);
  });

  it('leaves out the rows the editor unticks, even one the edit would refuse', async () => {
    const dataset = await article();
    const { rows } = table(dataset, emptyCorrections());
    const shown = rows.filter((r) => r.periodValue.label === '截至目前');
    const fromJanuary = shown.find((r) => r.periodValue.start)!;
    const others = shown.filter((r) => r !== fromJanuary);
    // An end in 2023 is before 1 January 2024: refused while that row is in, applied to the others once it is unticked.
    assert.equal(planBulk(emptyCorrections(), bulkRows(shown), { ...EMPTY_BULK, periodEnd: '2023-12-31' }, () => dataset.sources[0]).ok, false);
    const noStart = others.filter((r) => !r.periodValue.start);
    const omit = new Set(shown.filter((r) => r.periodValue.start).map((r) => r.base.id));
    const p = plan(dataset, emptyCorrections(), shown, { periodEnd: '2023-12-31' }, { omit, overwrite: new Set() });
    assert.deepEqual(p.changes.map((c) => c.figure.id), noStart.map((r) => r.base.id));
    assert.deepEqual(p.omitted.map((o) => o.id).sort(), [...omit].sort());
    assert.equal(p.file.corrections.length, noStart.length);
  });

  const bad: [string, Partial<BulkEdit>, string, string][] = [
    ['a date that is not one', { periodEnd: '2024-02-30' }, 'periodEnd', 'date-invalid'],
    ['an end before the start', { periodStart: '2024-08-01', periodEnd: '2024-07-31' }, 'periodEnd', 'date-order'],
    // 1—7月 rows start on 1 January: an end in 2023 falls before it.
    ['an end before a row\'s own start', { periodEnd: '2023-12-31' }, 'periodEnd', 'bulk-date-order'],
  ];
  for (const [what, edit, field, message] of bad) {
    it(`refuses ${what}, changing nothing`, async () => {
      const dataset = await article();
      const { rows } = table(dataset, emptyCorrections());
      const made = planBulk(emptyCorrections(), bulkRows(rows.slice(3, 8)), { ...EMPTY_BULK, ...edit }, () => dataset.sources[0]);
      assert.equal(made.ok, false);
      assert.deepEqual(!made.ok && [made.field, made.message], [field, message]);
    });
  }
});
