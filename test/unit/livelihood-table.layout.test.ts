import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { columnWidths, layoutTable, TABLE_METRICS as M } from '../../src/charts/livelihood-table/layout.js';
import { COLUMNS, SORTABLE, type Column } from '../../src/charts/livelihood-table/model.js';
import { tableMessages } from '../../src/charts/livelihood-table/messages.js';
import { addEnglish } from '../../src/charts/livelihood-table/messages-en.js';
import { textWidth } from '../../src/kit/marks/text.js';
import { RESERVE_STEPS } from '../../src/kit/reserve.js';

addEnglish();
const headers = tableMessages('zh').columns;
const row = (cells: Partial<Record<Column, string>>, tag = '') => ({
  cells: { place: '张家口市', subject: '老旧小区', value: '700余个', period: '2024年', status: tag, checked: '', quote: '全市改造老旧小区700余个。', ...cells },
  tag,
});
const input = (rows: ReturnType<typeof row>[], more = false, lang: 'zh' | 'en' = 'zh') => ({
  columns: COLUMNS, headers: tableMessages(lang).columns, sortable: SORTABLE, rows, filterLabel: '筛选', count: '共3个数字', more,
});
/** A row of `lines` lines of text. */
const height = (lines: number) => 2 * M.cellPadding + lines * M.line + M.rule;
/** The English rows QA found broken letter by letter at 375 px and mid-word at 1280. */
const english = [
  row({ place: 'Zhangjiakou', subject: '老旧小区改造', value: '700+ units', period: 'by 2025', checked: 'not checked by an editor', quote: '截至目前，全市已完成老旧小区改造700余个，惠及26万余群众。' }),
  row({ place: 'Shijiazhuang', value: '956 units', period: 'Jan–Aug 2022', checked: 'not checked by an editor' }, 'under way'),
];
const at = (column: Column) => COLUMNS.indexOf(column);

describe('layoutTable', () => {
  it('has the expected defaults: columns, one line a cell at a desktop width, no "more" button', () => {
    const l = layoutTable(input([row({})]), 1000);
    assert.equal(l.stacked, false);
    assert.deepEqual([l.controls, l.header, l.rows], [M.control, height(1), [height(1)]]);
    assert.equal(l.height, M.control + M.controlsMargin + height(1) + height(1));
  });

  it('gives each column its longest word at least, names and numbers whole, and the sentence the rest', () => {
    const l = layoutTable(input(english, false, 'en'), 800);
    assert.equal(l.stacked, false);
    assert.equal(Math.round(l.columns.reduce((a, b) => a + b, 0)), 800);
    for (const [column, text] of [['place', 'Shijiazhuang'], ['place', 'Zhangjiakou'], ['value', '700+ units'], ['period', 'Jan–Aug 2022'], ['checked', 'checked']] as const) {
      assert.ok(l.columns[at(column)]! - M.cellPadding >= textWidth(text, M.fontSize), `${column} ${l.columns[at(column)]} < ${text}`);
    }
    assert.ok(l.columns[at('status')]! - M.cellPadding >= textWidth('under way', M.tagFontSize) + M.tagExtra);
    assert.ok(l.columns[at('quote')]! >= 800 * M.quoteShare);
    // Place, value and period fit on one line: no cell breaks inside a word.
    assert.ok(l.rows.every((h) => h <= height(2)), `${l.rows}`);
  });

  it('stacks the cells of each row where the columns do not fit, each cell on its own lines, words whole', () => {
    const l = layoutTable(input(english, false, 'en'), 320);
    assert.equal(l.stacked, true);
    assert.deepEqual(l.columns, []);
    assert.ok(l.label >= textWidth('Sentence', M.fontSize));
    // Zhangjiakou: place, subject, value, period, checked on a line each (no tag), the sentence on two.
    assert.equal(l.rows[0], height(5 + 2));
    // Shijiazhuang: the tag takes a line of its own.
    assert.equal(l.rows[1], height(6 + 1));
    // The header is a line or two of sort buttons, not a row of squeezed columns.
    assert.ok(l.header <= height(2));
  });

  it('changes form only at a step of reserved heights, so a snippet reserves what is drawn', () => {
    for (const lang of ['zh', 'en'] as const) {
      const rows = lang === 'en' ? english : [row({}), row({ quote: '2017年以来，全市上千个“空心村”逐步退出历史舞台。' }, '在建')];
      const stackedAt = (w: number) => layoutTable(input(rows, false, lang), w).stacked;
      const forms = new Set<boolean>();
      for (let w = 280; w <= 1200; w += 3) {
        const step = RESERVE_STEPS.reduce((from, s) => (s <= w ? s : from), 0) || w;
        assert.equal(stackedAt(w), stackedAt(step), `${lang} at ${w} px, its step from ${step}`);
        forms.add(stackedAt(w));
      }
      assert.equal(forms.size, 2, `${lang}: stacked on a phone, columns on a desktop`);
    }
  });

  it('keeps columns narrower in Chinese, where a line may break between any two characters', () => {
    assert.equal(columnWidths(COLUMNS, [COLUMNS.map((c) => ({ text: headers[c] })), ...[row({})].map((r) => COLUMNS.map((c) => ({ text: r.cells[c] })))], 560)?.length, COLUMNS.length);
    assert.equal(layoutTable(input([row({})]), 320).stacked, true);
  });

  it('makes a row as tall as its tallest cell, wrapped in its column', () => {
    const long = row({ quote: '2017年以来，全市上千个“空心村”逐步退出历史舞台，150余个集中安置区拔地而起，十余万群众告别旧居。' });
    const [short, tall] = layoutTable(input([row({}), long]), 700).rows;
    assert.ok(tall! > short!);
    assert.equal((tall! - 2 * M.cellPadding - M.rule) % M.line, 0);
  });

  it('wraps the filter line and adds the "more" button where there is one', () => {
    const l = layoutTable(input([row({})], true), 280);
    assert.equal(l.controls, 2 * M.control + M.controlGap.row);
    assert.equal(l.height, l.controls + M.controlsMargin + l.header + l.rows[0]! + M.moreMargin + M.more);
  });
});
