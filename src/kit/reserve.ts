/**
 * The height a chart reserves before it draws, so that nothing on the page moves when it
 * does (docs/embedding.md, "Layout shift"). A chart's height depends on its width (labels go above
 * their bars below 480 px, titles and source lines wrap), so an embed snippet gives one
 * height per step of container width: `height` from the narrowest, `height-360` from
 * 360 px, and so on, each the tallest the chart gets within its step. The stylesheet
 * (`reserveStylesheet`) holds that room for an element whose script has not run yet,
 * and the element holds it once defined (chart-element.ts): from load to drawn, the
 * element keeps one height. Heights and widths are the chart's own px, for text of
 * 16 px, and scale with the host's text (element/host-scale.ts). Pure: no DOM, no Lit.
 */
import { CSS_SCALED_EM, DESIGN_FONT_SIZE } from './element/host-scale.js';

/** Container widths, px, from which each reserved height holds. */
export const RESERVE_STEPS = [0, 320, 340, 360, 400, 480, 640, 800, 1000] as const;
/** The narrowest width the charts are designed for; the first step starts here. */
const NARROWEST = 280;
/** The widest width sampled for the last step. */
const WIDEST = 1600;
/** Widths sampled within a step, px apart (each step's ends are sampled too). */
const SAMPLE = 4;

/** The attribute that holds the height from `step` px. */
export const reserveAttribute = (step: number): string => (step ? `height-${step}` : 'height');

/** The wrapper's class: the container whose width the stylesheet's steps query. */
export const RESERVE_CONTAINER = 'livelihood-chart';

/**
 * The reserving attributes for a chart whose height at a width is `heightAt(width)`:
 * per step the tallest sampled height in it, left out where it equals the step before.
 * Empty when the chart would show an error (its height is not known).
 */
export function reserveAttributes(heightAt: (width: number) => number | undefined): Record<string, string> {
  const attributes: Record<string, string> = {};
  let previous: number | undefined;
  RESERVE_STEPS.forEach((step, i) => {
    const from = Math.max(step, NARROWEST);
    const to = (RESERVE_STEPS[i + 1] ?? WIDEST + 1) - 1;
    let tallest = 0;
    for (let w = from; w <= to; w = w === to ? to + 1 : Math.min(to, w + SAMPLE)) {
      const height = heightAt(w);
      if (height === undefined) return;
      tallest = Math.max(tallest, height);
    }
    const height = Math.ceil(tallest);
    if (height !== previous) attributes[reserveAttribute(step)] = String(height);
    previous = height;
  });
  return attributes;
}

/** The height reserved at `width` by the attributes `get` reads, as the stylesheet picks it. */
export function reservedHeight(get: (name: string) => string | null, width: number): number | undefined {
  let reserved: number | undefined;
  for (const step of RESERVE_STEPS) {
    if (width < step) break;
    const value = Number(get(reserveAttribute(step)) ?? NaN);
    if (Number.isFinite(value) && value > 0) reserved = value;
  }
  return reserved;
}

/**
 * `livelihood-charts.css`: display and reserved height for the chart tags before they
 * are defined. Heights and steps are the chart's own px, for text of 16 px: a chart
 * draws as large as the text around it (element/host-scale.ts), so both are scaled
 * here by the same clamp of 1em. The steps need CSS typed `attr()` (Chromium 133+) and
 * the snippet's wrapper (a size container); elsewhere `--livelihood-height` holds, when set.
 */
export function reserveStylesheet(tags: readonly string[]): string {
  const any = `:is(${tags.join(', ')})`;
  // Before its script runs, and once defined until it has measured its width (a state
  // the element sets: it draws its own placeholder from then on).
  const waiting = ':is(:not(:defined), :state(unmeasured))';
  const fallback = 'var(--livelihood-height, 0px)';
  const scaled = (n: string) => `calc(${CSS_SCALED_EM} * ${n} / ${DESIGN_FONT_SIZE})`;
  const rule = (step: number) => {
    const name = reserveAttribute(step);
    return `${any}[${name}]${waiting} { min-height: ${scaled(`attr(${name} type(<number>), 0)`)}; }`;
  };
  return [
    '/* livelihood-charts: room for each chart before its script has run (docs/embedding.md, "Layout shift"). */',
    `${tags.join(', ')} { display: block; }`,
    `.${RESERVE_CONTAINER} { container-type: inline-size; }`,
    `${any}${waiting} { min-height: ${fallback}; }`,
    `@supports (min-height: calc(attr(height type(<number>), 0) * 1px)) {`,
    `  ${rule(0)}`,
    ...RESERVE_STEPS.slice(1).map((step) => `  @container (min-width: ${scaled(String(step))}) { ${rule(step)} }`),
    '}',
    '',
  ].join('\n');
}
