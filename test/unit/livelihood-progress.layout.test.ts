import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { layoutProgress, PROGRESS_METRICS, rowAt } from '../../src/charts/livelihood-progress/layout.js';
import { textWidth } from '../../src/kit/marks/text.js';

const row = (share: number | null, openEnd = false) => ({ label: '城镇新增就业', shareText: '70.75%', caption: '88442人，目标125006人（推算）', share, openEnd });

describe('layoutProgress', () => {
  it('has the expected defaults: the target line at the end of the room when no row is over it', () => {
    const l = layoutProgress([row(70.75)], 100, 400);
    assert.equal(l.targetX, l.x1);
    assert.equal(Math.round(l.rows[0]!.barWidth), Math.round(0.7075 * l.x1));
    assert.equal(l.height, 2 * PROGRESS_METRICS.padding + PROGRESS_METRICS.row);
  });

  it('moves the target line in for a row over its target, whose bar passes it', () => {
    const l = layoutProgress([row(90.6), row(104.4)], 104.4, 400);
    assert.ok(l.targetX < l.x1);
    assert.ok(l.rows[1]!.barWidth > l.targetX);
    assert.ok(l.rows[0]!.barWidth < l.targetX);
  });

  it('leaves room for an open end, and no bar without a target', () => {
    const l = layoutProgress([row(50, true), row(null)], 100, 400);
    assert.equal(l.x1, 400 - PROGRESS_METRICS.openEnd - 1);
    assert.equal(l.rows[1]!.barWidth, 0);
  });

  it('wraps a label to a second line before cutting it, leaving room for the share', () => {
    const long = layoutProgress([{ ...row(50), label: '很长的指标名称'.repeat(10) }, row(20)], 100, 280);
    const [first] = long.rows;
    assert.equal(first!.label.length, 2);
    assert.ok(first!.label[1]!.endsWith('…'));
    assert.ok(first!.label.every((line) => textWidth(line, PROGRESS_METRICS.fontSize) <= 280 - textWidth('70.75%', PROGRESS_METRICS.fontSize) - PROGRESS_METRICS.gap));
    // Every row has room for two lines: bars and captions move down by one.
    assert.equal(long.shift, PROGRESS_METRICS.lineHeight);
    assert.equal(long.rowHeight, PROGRESS_METRICS.row + PROGRESS_METRICS.lineHeight);
    assert.equal(long.height, PROGRESS_METRICS.padding * 2 + 2 * long.rowHeight);
    assert.equal(rowAt(long, long.rows[1]!.y + 1), 1);
    const fits = layoutProgress([{ ...row(50), label: 'Shantytown resettlement homes completed' }], 100, 280);
    assert.deepEqual(fits.rows[0]!.label, ['Shantytown resettlement', 'homes completed']);
    assert.equal(layoutProgress([row(50)], 100, 280).shift, 0);
  });

  it('finds the row at a height', () => {
    const l = layoutProgress([row(1), row(2)], 100, 400);
    assert.equal(rowAt(l, PROGRESS_METRICS.padding + PROGRESS_METRICS.row + 1), 1);
    assert.equal(rowAt(l, 1000), undefined);
  });
});
