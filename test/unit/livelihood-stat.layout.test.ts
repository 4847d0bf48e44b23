import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CARD_HEIGHT, cardAt, columnsFor, layoutStats, STAT_METRICS, statsHeight } from '../../src/charts/livelihood-stat/layout.js';

describe('layoutStats', () => {
  it('has the expected defaults: one card, the whole width, the largest headline', () => {
    const l = layoutStats(['700余个'], 400);
    assert.deepEqual([l.columns, l.cardWidth, l.height, l.cards[0]!.headlineSize], [1, 400, CARD_HEIGHT, 32]);
  });

  const widths: [width: number, count: number, columns: number][] = [
    [280, 3, 1],
    [343, 3, 2],
    [640, 3, 3],
    [1200, 3, 3],
    [1200, 12, 7],
  ];
  for (const [width, count, columns] of widths) {
    it(`puts ${count} cards in ${columns} column(s) at ${width} px`, () => assert.equal(columnsFor(width, count), columns));
  }

  it('is as tall as its rows, gaps included, and the placeholder predicts it', () => {
    const l = layoutStats(['1', '2', '3'], 343);
    assert.equal(l.height, 2 * CARD_HEIGHT + STAT_METRICS.gap);
    assert.equal(statsHeight(3, 343), l.height);
  });

  it('shrinks a long headline to fit its card', () => {
    const l = layoutStats(['291.58亿元以上', '5'], 343);
    assert.ok(l.cards[0]!.headlineSize < 32);
    assert.equal(l.cards[1]!.headlineSize, 32);
  });

  it('finds the card under a point, and none in a gap', () => {
    const l = layoutStats(['1', '2', '3'], 343);
    assert.equal(cardAt(l, { x: 10, y: 10 }), 0);
    assert.equal(cardAt(l, { x: l.cardWidth + STAT_METRICS.gap + 5, y: 10 }), 1);
    assert.equal(cardAt(l, { x: 10, y: CARD_HEIGHT + STAT_METRICS.gap + 5 }), 2);
    assert.equal(cardAt(l, { x: l.cardWidth + 3, y: 10 }), undefined);
    assert.equal(cardAt(l, { x: l.cardWidth + STAT_METRICS.gap + 5, y: CARD_HEIGHT + STAT_METRICS.gap + 5 }), undefined);
  });
});
