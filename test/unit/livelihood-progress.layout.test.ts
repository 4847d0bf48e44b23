import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { layoutProgress, PROGRESS_METRICS, rowAt } from '../../src/charts/livelihood-progress/layout.js';

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

  it('cuts a label to leave room for the share', () => {
    const l = layoutProgress([{ ...row(50), label: '很长的指标名称'.repeat(10) }], 100, 280);
    assert.ok(l.rows[0]!.label.endsWith('…'));
  });

  it('finds the row at a height', () => {
    const l = layoutProgress([row(1), row(2)], 100, 400);
    assert.equal(rowAt(l, PROGRESS_METRICS.padding + PROGRESS_METRICS.row + 1), 1);
    assert.equal(rowAt(l, 1000), undefined);
  });
});
