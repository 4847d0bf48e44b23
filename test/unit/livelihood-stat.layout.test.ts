import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CARD_HEIGHT, cardAt, columnsFor, layoutStats, STAT_METRICS as M, statsHeight, type CardText } from '../../src/charts/livelihood-stat/layout.js';
import { textWidth } from '../../src/kit/marks/text.js';

const card = (headline: string, more: Partial<CardText> = {}): CardText => ({ label: '老旧小区改造', headline, tag: '', period: '2024年', related: '', ...more });
const cards = (...headlines: string[]) => headlines.map((h) => card(h));
/** stat-shijiazhuang in English, as QA saw it cut at 1280 and 375 px. */
const english = [
  card('88,442 people', { label: 'New urban jobs', period: 'Jan–Aug 2022', related: "70.75% of the year's target" }),
  card('20,290 homes', { label: 'Shantytown resettlement homes started', period: 'Jan–Aug 2022', related: "90.58% of the year's target" }),
  card('16,993 yuan', { label: 'Disposable income per capita', period: 'Jan–Jun 2022', related: 'up 5.1%' }),
];

describe('layoutStats', () => {
  it('has the expected defaults: one card, the whole width, the largest headline, a line a text', () => {
    const l = layoutStats(cards('700余个'), 400);
    assert.deepEqual([l.columns, l.cardWidth, l.height, l.cards[0]!.headlineSize, l.cards[0]!.headlineLines], [1, 400, CARD_HEIGHT, 32, 1]);
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

  it('is as tall as its rows, gaps included, and the placeholder predicts it for one-line texts', () => {
    const l = layoutStats(cards('1', '2', '3'), 343);
    assert.equal(l.height, 2 * CARD_HEIGHT + M.gap);
    assert.equal(statsHeight(3, 343), l.height);
  });

  it('shrinks a long headline to fit its card', () => {
    const l = layoutStats(cards('291.58亿元以上', '5'), 200);
    assert.ok(l.cards[0]!.headlineSize < 32);
    assert.equal(l.cards[1]!.headlineSize, 32);
  });

  for (const width of [343, 550]) {
    it(`never cuts a headline at ${width} px: fewer columns where one fits no size, and labels wrap instead of being cut`, () => {
      const l = layoutStats(english, width);
      const inner = l.cardWidth - 2 * (M.padding + 1);
      l.cards.forEach((g, i) => {
        assert.equal(g.headlineLines, 1);
        assert.ok(textWidth(english[i]!.headline, g.headlineSize * 1.08) <= inner, `${english[i]!.headline} at ${g.headlineSize}px in ${inner}`);
      });
      // The longest label takes a second line, and every card has room for it and for the related figure wrapped.
      assert.ok(textWidth(english[1]!.label, M.fontSize) > inner);
      assert.ok(l.cardHeight >= CARD_HEIGHT + M.line, `${l.cardHeight}`);
    });
  }

  it('wraps a headline too long for a whole-width card rather than cut it', () => {
    const l = layoutStats([card('1,234,567,890,123 people')], 200);
    assert.equal(l.columns, 1);
    assert.equal(l.cards[0]!.headlineSize, M.headlineSizes[M.headlineSizes.length - 1]);
    assert.ok(l.cards[0]!.headlineLines > 1);
    assert.equal(l.cardHeight, CARD_HEIGHT - M.headlineLine + l.cards[0]!.headlineLines * M.wrappedHeadlineLine);
  });

  it('finds the card under a point, and none in a gap', () => {
    const l = layoutStats(cards('1', '2', '3'), 343);
    assert.equal(cardAt(l, { x: 10, y: 10 }), 0);
    assert.equal(cardAt(l, { x: l.cardWidth + M.gap + 5, y: 10 }), 1);
    assert.equal(cardAt(l, { x: 10, y: CARD_HEIGHT + M.gap + 5 }), 2);
    assert.equal(cardAt(l, { x: l.cardWidth + 3, y: 10 }), undefined);
    assert.equal(cardAt(l, { x: l.cardWidth + M.gap + 5, y: CARD_HEIGHT + M.gap + 5 }), undefined);
  });
});
