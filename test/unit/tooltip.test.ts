import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitQuote } from '../../src/kit/marks/quote.js';
import { tooltipPosition } from '../../src/kit/marks/tooltip.js';

describe('tooltip', () => {
  it('splits a quote around its figure', () => {
    assert.deepEqual(splitQuote('全市359个老年助餐点', [2, 6], '359个'), ['全市', '359个', '老年助餐点']);
  });
  it('finds the figure when the span does not point at it', () => {
    assert.deepEqual(splitQuote('全市359个老年助餐点', [0, 1], '359个'), ['全市', '359个', '老年助餐点']);
  });
  it('marks the figure where the article wrote it in full width (the quote is verbatim, raw as read)', () => {
    assert.deepEqual(splitQuote('明年，覆盖率达到７２％。', [8, 11], '72%'), ['明年，覆盖率达到', '７２％', '。']);
  });
  it('marks nothing when the figure is not in the quote', () => {
    assert.deepEqual(splitQuote('全市老年助餐点', [0, 1], '359个'), ['全市老年助餐点', '', '']);
  });
  it('stays inside the chart and flips above marks in the lower half', () => {
    const low = tooltipPosition({ x: 270, top: 90, bottom: 100 }, 280, 100);
    assert.ok(low.left + low.width <= 280);
    assert.equal(low.above, true);
    const { left, above, top } = tooltipPosition({ x: 0, top: 0, bottom: 10 }, 280, 100);
    assert.deepEqual({ left, above, top }, { left: 0, above: false, top: 14 });
  });
});
