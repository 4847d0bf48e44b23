/**
 * The rows of a bar chart as SVG, one band (bands.ts) at a time, built straight into
 * the DOM. A chart may hold thousands of rows: each row is a clone of a prototype row
 * that carries every attribute the rows share, so a row costs a clone, six attributes
 * and two texts — no template parts, no marker nodes. Texts are set with
 * `textContent`, never parsed as markup.
 *
 * A row is `<g transform="translate(0,y)">` holding, in this order: the label, the bar
 * (the focusable mark, `data-mark=i`, named for assistive technology), how the bar
 * ends when its figure is qualified (qualifier-end.ts), and the value label (with the
 * figure's status tag when it is not a sure result). The label
 * and value are hidden from the accessibility tree: the bar's name says both. Every
 * mark starts with `tabindex="-1"` and no description; the chart gives one of them the
 * Tab stop and the shown tooltip's mark its description (mark-interaction.ts).
 */
import { BAR_METRICS, type BarLayout } from './layout.js';
import type { BarRow } from './model.js';
import type { Band } from '../../kit/marks/bands.js';
import { figureClasses } from '../../kit/model/figure.js';
import { qualifierEnd, solidWidth, svgElement as element } from '../../kit/marks/qualifier-end.js';
import { textWidth } from '../../kit/marks/text.js';

/** The id of the gradient open and fading ends are filled with; the chart defines it. */
export const FADE_ID = 'livelihood-fade';

/** A row with everything rows of this layout share; `missing` for a place that did not report. */
function prototypeRow(layout: BarLayout, missing: boolean): SVGGElement {
  const first = layout.rows[0]!;
  const top = first.y;
  const row = element('g', {}) as SVGGElement;
  row.append(
    element('text', { part: 'label', class: 'label', 'aria-hidden': 'true', x: first.labelX, y: first.labelY - top }),
    element('rect', {
      part: 'bar',
      class: missing ? 'bar not-reported' : 'bar',
      tabindex: -1,
      role: 'graphics-symbol',
      y: first.barY - top,
      height: first.barHeight,
    }),
    element('text', { part: 'value', class: missing ? 'value not-reported' : 'value', 'aria-hidden': 'true', y: first.valueY - top }),
  );
  return row;
}

/** The rows of one band, as a `<g>` to place in the band's `<svg>`. */
export function bandMarks(rows: readonly BarRow[], layout: BarLayout, band: Band, showPeriods: boolean): SVGGElement {
  const group = element('g', {}) as SVGGElement;
  if (band.start >= band.end) return group;
  const reported = prototypeRow(layout, false);
  const missing = prototypeRow(layout, true);
  for (let i = band.start; i < band.end; i++) {
    const row = rows[i]!;
    const g = layout.rows[i]!;
    const node = (row.qualifier ? reported : missing).cloneNode(true) as SVGGElement;
    const label = node.firstChild as SVGTextElement;
    const bar = label.nextSibling as SVGRectElement;
    const value = bar.nextSibling as SVGTextElement;
    node.setAttribute('transform', `translate(0,${g.y})`);
    if (g.label.length === 1) label.textContent = g.label[0]!;
    else {
      // Two lines: each a tspan back at the label's x, the first lifted (layout.ts).
      label.setAttribute('y', String(g.labelY - g.y));
      g.label.forEach((line, k) => {
        const tspan = element('tspan', { x: g.labelX, dy: k ? BAR_METRICS.lineHeight : 0 });
        tspan.textContent = line;
        label.append(tspan);
      });
    }
    bar.setAttribute('data-mark', String(i));
    bar.setAttribute('aria-label', row.ariaLabel);
    bar.setAttribute('x', String(g.barX));
    value.setAttribute('x', String(g.valueX));
    value.textContent = row.valueLabel;
    if (!row.qualifier) {
      // Not reported: no bar, a transparent mark over the words so they can take focus.
      bar.setAttribute('width', String(g.valueX - g.barX + textWidth(row.valueLabel, BAR_METRICS.fontSize)));
    } else {
      bar.setAttribute('width', String(solidWidth(row.qualifier, g.barWidth, BAR_METRICS.openEnd)));
      if (row.tag) {
        // Not a sure result: drawn hollow or hatched (figure.ts), and tagged after the value.
        bar.setAttribute('class', `bar ${figureClasses(row)}`);
        const tag = element('tspan', { part: 'status', class: 'status', dx: 4 });
        tag.textContent = row.tag;
        value.append(tag);
      }
      const box = { barX: g.barX, barY: g.barY - g.y, barWidth: g.barWidth, barHeight: g.barHeight };
      for (const shape of qualifierEnd(row.qualifier, box, BAR_METRICS.openEnd, `url(#${FADE_ID})`)) node.insertBefore(shape, value);
      if (showPeriods && row.period) {
        const period = element('tspan', { part: 'period', class: 'period', dx: 6 });
        period.textContent = row.period;
        value.append(period);
      }
    }
    group.append(node);
  }
  return group;
}
