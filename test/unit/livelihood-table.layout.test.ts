import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { columnWidths, layoutTable, TABLE_METRICS as M } from '../../src/charts/livelihood-table/layout.js';
import { COLUMNS, type Column } from '../../src/charts/livelihood-table/model.js';
import { tableMessages } from '../../src/charts/livelihood-table/messages.js';

const headers = tableMessages('zh').columns;
const row = (cells: Partial<Record<Column, string>>, tag = '') => ({
  cells: { place: '张家口市', subject: '老旧小区', value: '700余个', period: '2024年', status: tag, checked: '', quote: '全市改造老旧小区700余个。', ...cells },
  tag,
});
const input = (rows: ReturnType<typeof row>[], more = false) => ({ columns: COLUMNS, headers, rows, filterLabel: '筛选', count: '共3个数字', more });
/** A row of `lines` lines of text. */
const height = (lines: number) => 2 * M.cellPadding + lines * M.line + M.rule;

describe('layoutTable', () => {
  it('has the expected defaults: one line a cell at a desktop width, no "more" button', () => {
    const l = layoutTable(input([row({})]), 1000);
    assert.deepEqual([l.controls, l.header, l.rows], [M.control, height(1), [height(1)]]);
    assert.equal(l.height, M.control + M.controlsMargin + height(1) + height(1));
  });

  it('shares the width as the styles do: the sentence a third, the subject a seventh, the rest alike', () => {
    const w = columnWidths(COLUMNS, 700);
    assert.equal(Math.round(w.reduce((a, b) => a + b, 0)), 700);
    assert.equal(Math.round(w[COLUMNS.indexOf('quote')]!), 238);
    assert.equal(Math.round(w[COLUMNS.indexOf('subject')]!), 98);
    assert.equal(Math.round(w[COLUMNS.indexOf('place')]!), 73);
  });

  it('makes a row as tall as its tallest cell, wrapped in its column', () => {
    const long = row({ quote: '2017年以来，全市上千个“空心村”逐步退出历史舞台，150余个集中安置区拔地而起，十余万群众告别旧居。' });
    const [short, tall] = layoutTable(input([row({}), long]), 343).rows;
    assert.ok(tall! > short!);
    assert.equal((tall! - 2 * M.cellPadding - M.rule) % M.line, 0);
  });

  it('breaks a word longer than its column, losing the room a letter does not fit in', () => {
    // At 320 px the column holds 27 px of text: Chromium draws not / che / cke / d / by / an / edit / or.
    const [narrow] = layoutTable(input([row({ checked: 'not checked by an editor' })]), 320).rows;
    const [wide] = layoutTable(input([row({ checked: 'not checked by an editor' })]), 1000).rows;
    assert.ok(narrow! >= height(8), `${narrow}`);
    assert.ok(wide! < narrow!);
  });

  it('wraps the filter line and adds the "more" button where there is one', () => {
    const l = layoutTable(input([row({})], true), 280);
    assert.equal(l.controls, 2 * M.control + M.controlGap.row);
    assert.equal(l.height, l.controls + M.controlsMargin + l.header + l.rows[0]! + M.moreMargin + M.more);
  });
});
