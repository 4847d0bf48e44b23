import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PANEL, THEME_COLOURS, schemeColours, themeStyles } from '../../src/kit/element/theme.js';
import { MARK_COLOURS } from '../../src/kit/marks/mark-colours.js';
import { TOOLTIP_COLOURS } from '../../src/kit/marks/tooltip-styles.js';
import { PALETTE, PALETTE_DARK, seriesStyles } from '../../src/kit/marks/series-styles.js';
import { contrast } from './contrast.js';

/** The stylesheet's text without comments and whitespace, as easy to search whatever the indentation. */
const text = (styles: { cssText: string }) => styles.cssText.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, '');
const FALLBACK = '@supportsnot(color:light-dark(red,red))';
/** What a browser without light-dark() adds: the text of each `@supports not (light-dark())` block. */
const fallbacks = (css: string) => css.split(FALLBACK).slice(1).map((block) => block.slice(0, block.indexOf('}}') + 2));

describe('the theme', () => {
  const css = text(themeStyles);

  it('gives each colour as light-dark() of the scheme the chart inherits, the page’s own property first', () => {
    assert.ok(css.includes(':host{--_text:var(--livelihood-text-color,light-dark(#1f1f1f,#ececec));'), css);
    // A filled chart, and one whose scheme is the system's (theme=auto), paint the panel (QA s11b C8).
    assert.ok(css.includes(`:host([filled]),:host([theme=auto]){--_background:var(--livelihood-background,light-dark(${PANEL.light},${PANEL.dark}))}`), css);
    assert.ok(text(seriesStyles).includes(`--_series-2:var(--livelihood-series-2,light-dark(${PALETTE[1]},${PALETTE_DARK[1]}))`));
  });

  it('names the private property after the public one, without its -color', () => {
    assert.equal(
      text(schemeColours(':host(.x)', [['tooltip-muted-color', '#000000', '#ffffff'], ['error-background', '#111111', '#eeeeee']])),
      ':host(.x){--_tooltip-muted:var(--livelihood-tooltip-muted-color,light-dark(#000000,#ffffff));--_error-background:var(--livelihood-error-background,light-dark(#111111,#eeeeee))}' +
        `${FALLBACK}{:host(.x){--_tooltip-muted:var(--livelihood-tooltip-muted-color,#000000);--_error-background:var(--livelihood-error-background,#111111)}}`,
    );
  });

  it('sets no color-scheme on the host unless a theme asks: the page’s is inherited', () => {
    const schemes = [...css.matchAll(/([^{};]*)\{[^{}]*color-scheme:([^;}]*)/g)].map((m) => [m[1], m[2]]);
    assert.deepEqual(schemes, [
      [':host([theme=light])', 'light'],
      [':host([theme=dark])', 'dark'],
      [':host([theme=auto])', 'lightdark'],
    ]);
  });

  it('gives a browser without light-dark() the light colours, each still the page’s to set', () => {
    const blocks = [...fallbacks(css), ...fallbacks(text(seriesStyles))];
    assert.equal(blocks.length, 3);
    for (const block of blocks) assert.ok(!block.includes('light-dark('), block);
    assert.ok(blocks[0]!.includes('--_text:var(--livelihood-text-color,#1f1f1f);'), blocks[0]);
    assert.ok(blocks[1]!.includes(`--_background:var(--livelihood-background,${PANEL.light})`), blocks[1]);
    assert.ok(blocks[2]!.includes(`--_series-1:var(--livelihood-series-1,${PALETTE[0]})`), blocks[2]);
    // Every colour given with light-dark() has its light value for such a browser.
    const named = (block: string) => [...block.matchAll(/(--_[\w-]+):/g)].map((m) => m[1]).sort();
    const main = css.split(FALLBACK)[0]!;
    assert.deepEqual(named(fallbacks(css)[0]!), named(main.slice(main.lastIndexOf(':host{'))));
  });

  it('keeps text at 4.5:1 and marks and focus at 3:1 on the panel, in each theme', () => {
    // The tooltip's and the marked number's come with the styles that draw them.
    const colour = (property: string) => [...THEME_COLOURS, ...TOOLTIP_COLOURS, ...MARK_COLOURS].find((c) => c[0] === property)!;
    for (const [i, panel] of [[1, PANEL.light], [2, PANEL.dark]] as const) {
      for (const [property, floor] of [['text-color', 4.5], ['muted-color', 4.5], ['bar-color', 3], ['bar-active-color', 3], ['focus-color', 3]] as const) {
        const c = colour(property)[i];
        assert.ok(contrast(c, panel) >= floor, `${property} ${c} on ${panel}: ${contrast(c, panel).toFixed(2)}:1`);
      }
      for (const [fg, bg] of [['tooltip-color', 'tooltip-background'], ['tooltip-muted-color', 'tooltip-background'], ['error-color', 'error-background'], ['mark-color', 'mark-background']]) {
        const [f, b] = [colour(fg)[i], colour(bg)[i]];
        assert.ok(contrast(f, b) >= 4.5, `${fg} ${f} on ${b}: ${contrast(f, b).toFixed(2)}:1`);
      }
    }
  });
});
