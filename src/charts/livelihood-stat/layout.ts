/**
 * Where each card goes for a container width: as many columns as cards of at least
 * MIN_CARD px fit (two on a phone, one below about 310 px), every card the same height,
 * one line a text, and the headline in the largest size that fits. Pure arithmetic on
 * estimated text widths (text.ts), so the placeholder has the chart's height and the
 * tooltip its anchor without reading layout. A text still too long is cut by CSS
 * (`text-overflow`), not here: the DOM keeps every word, as its accessible name says it.
 */
import { textWidth } from '../../kit/marks/text.js';

export const STAT_METRICS = {
  /** Narrowest card, px. */
  minCard: 150,
  gap: 12,
  /** Inside a card's border. */
  padding: 12,
  /** Line heights, px: label, headline, period, related figure, disclosure hint. */
  line: 18,
  headlineLine: 40,
  fontSize: 13,
  smallFontSize: 12,
  /** Headline sizes, largest first: the first that fits the card is taken. */
  headlineSizes: [32, 26, 21, 17],
} as const;

export interface CardGeometry {
  x: number;
  y: number;
  headlineSize: number;
}

export interface StatLayout {
  width: number;
  height: number;
  columns: number;
  cardWidth: number;
  cardHeight: number;
  cards: CardGeometry[];
}

const { minCard, gap, padding, line, headlineLine } = STAT_METRICS;

/** Label, headline, period, related figure and hint, inside the padding and a 1 px border. */
export const CARD_HEIGHT = 2 * (padding + 1) + 4 * line + headlineLine;

export function columnsFor(width: number, count: number): number {
  return Math.max(1, Math.min(count, Math.floor((width + gap) / (minCard + gap))));
}

/** The height of `count` cards at `width`: the placeholder's and the chart's. */
export function statsHeight(count: number, width: number): number {
  const rows = Math.ceil(Math.max(1, count) / columnsFor(width, Math.max(1, count)));
  return rows * CARD_HEIGHT + (rows - 1) * gap;
}

/** `headlines`: each card's headline as drawn. */
export function layoutStats(headlines: readonly string[], width: number): StatLayout {
  const columns = columnsFor(width, headlines.length);
  const cardWidth = Math.max(0, (width - gap * (columns - 1)) / columns);
  const inner = Math.max(0, cardWidth - 2 * (padding + 1));
  const { headlineSizes } = STAT_METRICS;
  return {
    width,
    height: statsHeight(headlines.length, width),
    columns,
    cardWidth,
    cardHeight: CARD_HEIGHT,
    cards: headlines.map((text, i) => ({
      x: (i % columns) * (cardWidth + gap),
      y: Math.floor(i / columns) * (CARD_HEIGHT + gap),
      headlineSize: headlineSizes.find((size) => textWidth(text, size) <= inner) ?? headlineSizes[headlineSizes.length - 1]!,
    })),
  };
}

/** The card at a point of the drawing area, if any (the gaps belong to none). */
export function cardAt(layout: StatLayout, { x, y }: { x: number; y: number }): number | undefined {
  const column = Math.floor(x / (layout.cardWidth + gap));
  const row = Math.floor(y / (layout.cardHeight + gap));
  const index = row * layout.columns + column;
  const card = layout.cards[index];
  if (!card || column >= layout.columns || x - card.x > layout.cardWidth || y - card.y > layout.cardHeight) return undefined;
  return index;
}
