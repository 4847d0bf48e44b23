/**
 * Where each card goes for a container width, and how tall the cards are: as many
 * columns as cards of at least MIN_CARD px fit (two on a phone, one below about 310 px),
 * fewer where a headline would not fit its card even in the smallest size, every card as
 * tall as the tallest. The headline takes the largest size that fits on one line and is
 * never cut; the label, period and related figure wrap (the label and related figure to
 * at most three lines). Pure arithmetic on estimated text widths (text.ts), which err
 * wide, so the placeholder and the embed snippet reserve the height drawn, and the
 * tooltip has its anchor without reading layout.
 */
import { FRAME_METRICS, lineCount } from '../../kit/marks/frame-size.js';
import { textWidth } from '../../kit/marks/text.js';

export const STAT_METRICS = {
  /** Narrowest card, px. */
  minCard: 150,
  gap: 12,
  /** Inside a card's border. */
  padding: 12,
  /** Line heights, px: label, period, related figure, disclosure hint; a headline on one line, and a line of a headline that wraps. */
  line: 18,
  headlineLine: 40,
  wrappedHeadlineLine: 24,
  fontSize: 13,
  smallFontSize: 12,
  /** Headline sizes, largest first: the first that fits the card is taken. */
  headlineSizes: [32, 26, 21, 17],
  /** Lines a label or related figure may take before it is cut with "…". */
  maxLines: 3,
  /** A status tag's padding, border and margin, across. */
  tagExtra: 14,
} as const;

/** What a card shows, as drawn. */
export interface CardText {
  label: string;
  headline: string;
  /** 计划 / 目标 … before the period: '' for a sure result. */
  tag: string;
  period: string;
  related: string;
}

export interface CardGeometry {
  x: number;
  y: number;
  headlineSize: number;
  /** Lines the headline takes: more than one only where it fits no size on one. */
  headlineLines: number;
}

export interface StatLayout {
  width: number;
  height: number;
  columns: number;
  cardWidth: number;
  cardHeight: number;
  cards: CardGeometry[];
}

const M = STAT_METRICS;
const { minCard, gap, padding, line, headlineLine } = M;
const smallest = M.headlineSizes[M.headlineSizes.length - 1]!;
/** Width of a headline at `size`: it is bold. */
const headlineWidth = (text: string, size: number) => textWidth(text, size * FRAME_METRICS.boldFactor);

/** A card's height with no text wrapped: label, headline, period, related figure and hint, inside the padding and a 1 px border. */
export const CARD_HEIGHT = 2 * (padding + 1) + 4 * line + headlineLine;

export function columnsFor(width: number, count: number): number {
  return Math.max(1, Math.min(count, Math.floor((width + gap) / (minCard + gap))));
}

const cardWidthFor = (width: number, columns: number) => Math.max(0, (width - gap * (columns - 1)) / columns);
const innerOf = (cardWidth: number) => Math.max(1, cardWidth - 2 * (padding + 1));

/** Rows of `count` cards of `cardHeight` in `columns`, gaps included. */
const gridHeight = (count: number, columns: number, cardHeight: number) => {
  const rows = Math.ceil(Math.max(1, count) / columns);
  return rows * cardHeight + (rows - 1) * gap;
};

/** The least height of `count` cards at `width`, each text on one line: the placeholder's before the texts are known. */
export function statsHeight(count: number, width: number): number {
  return gridHeight(count, columnsFor(width, Math.max(1, count)), CARD_HEIGHT);
}

/** A tag is never broken: its spaces measured as letters, so a line never breaks inside it. */
const periodText = (card: CardText) => (card.tag ? `${card.tag.replace(/\s/g, 'n')} ${card.period}` : card.period);

function cardHeight(card: CardText, inner: number, headlineLines: number): number {
  const label = Math.min(M.maxLines, Math.max(1, lineCount(card.label, inner, M.fontSize)));
  const period = Math.max(1, lineCount(periodText(card), inner - (card.tag ? M.tagExtra : 0), M.smallFontSize));
  const related = Math.min(M.maxLines, Math.max(1, lineCount(card.related, inner, M.fontSize)));
  const headline = headlineLines > 1 ? headlineLines * M.wrappedHeadlineLine : headlineLine;
  return 2 * (padding + 1) + (label + period + related + 1) * line + headline;
}

export function layoutStats(cards: readonly CardText[], width: number): StatLayout {
  // Fewer columns where a headline would not fit its card on one line even in the smallest size.
  let columns = columnsFor(width, cards.length);
  while (columns > 1 && cards.some((c) => headlineWidth(c.headline, smallest) > innerOf(cardWidthFor(width, columns)))) columns--;
  const cardWidth = cardWidthFor(width, columns);
  const inner = innerOf(cardWidth);
  const sized = cards.map((c) => {
    const size = M.headlineSizes.find((s) => headlineWidth(c.headline, s) <= inner);
    return { headlineSize: size ?? smallest, headlineLines: size ? 1 : lineCount(c.headline, inner, smallest * FRAME_METRICS.boldFactor) };
  });
  const height = Math.max(CARD_HEIGHT, ...cards.map((c, i) => cardHeight(c, inner, sized[i]!.headlineLines)));
  return {
    width,
    height: gridHeight(cards.length, columns, height),
    columns,
    cardWidth,
    cardHeight: height,
    cards: sized.map((s, i) => ({ x: (i % columns) * (cardWidth + gap), y: Math.floor(i / columns) * (height + gap), ...s })),
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
