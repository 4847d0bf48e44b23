import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { homeSlots, PALETTE_SLOTS, placeSlots } from '../../src/kit/marks/place-colour.js';
import { indexDataset } from '../../src/kit/model/dataset-index.js';
import { loadDefaultDataset } from '../../src/dataset/default.js';
import { PANEL } from '../../src/kit/element/theme.js';
import { PALETTE, PALETTE_DARK } from '../../src/kit/marks/series-styles.js';
import { contrast } from './contrast.js';

const index = indexDataset(await loadDefaultDataset());
const ids = [...index.regions.keys()];
/** Every subset of `list` with at least `min` members. */
const subsets = (list: readonly string[], min: number) =>
  Array.from({ length: 2 ** list.length }, (_, mask) => list.filter((_, i) => mask & (1 << i))).filter((s) => s.length >= min);

describe('placeSlots', () => {
  it('gives a place the same slot whatever else a chart shows and in whichever order', () => {
    const mostReported = [...index.regions.keys()].sort((a, b) => (index.byRegion.get(b)?.length ?? 0) - (index.byRegion.get(a)?.length ?? 0)).slice(0, 6);
    const slotOf = new Map<string, Set<number>>();
    for (const chart of subsets(mostReported, 1)) {
      for (const order of [chart, [...chart].reverse()]) {
        placeSlots(order, index).forEach((slot, i) => slotOf.set(order[i]!, (slotOf.get(order[i]!) ?? new Set()).add(slot)));
      }
    }
    for (const [id, slots] of slotOf) assert.equal(slots.size, 1, `${id} takes slots ${[...slots]}`);
  });

  it('never gives two places of one chart the same slot while there are slots to spare', () => {
    for (const chart of [ids.slice(0, PALETTE_SLOTS), ids.slice(-PALETTE_SLOTS), ...subsets(ids.slice(4, 12), 2)]) {
      const slots = placeSlots(chart, index);
      assert.equal(new Set(slots).size, chart.length, `${chart} → ${slots}`);
      for (const slot of slots) assert.ok(slot >= 1 && slot <= PALETTE_SLOTS);
    }
  });

  it('repeats colours only past the palette, and the same id twice has one slot', () => {
    assert.equal(new Set(placeSlots(ids, index)).size, Math.min(ids.length, PALETTE_SLOTS));
    const [a, b] = placeSlots(['hohhot', 'hohhot'], index);
    assert.equal(a, b);
  });
});

describe('homeSlots', () => {
  it('gives the eight most reported places a slot each, fewest figures left out', () => {
    const figures = new Map(Array.from({ length: 10 }, (_, i) => [`place_${i}`, 10 - i]));
    const homes = homeSlots(figures);
    assert.deepEqual([...homes.keys()].sort(), [...figures.keys()].slice(0, PALETTE_SLOTS).sort());
    assert.equal(new Set(homes.values()).size, PALETTE_SLOTS);
  });

  it('does not depend on the order places are listed in', () => {
    const figures = [['a', 3], ['b', 3], ['c', 1], ['d', 7]] as const;
    assert.deepEqual(homeSlots(new Map(figures)), homeSlots(new Map([...figures].reverse())));
  });
});

describe('the palettes', () => {
  it('has a colour for every slot, in each theme', () => {
    assert.equal(PALETTE.length, PALETTE_SLOTS);
    assert.equal(PALETTE_DARK.length, PALETTE_SLOTS);
  });

  it('gives every place colour 3:1 against its panel, as marks need (WCAG 1.4.11)', () => {
    assert.equal(contrast('#767676', '#ffffff').toFixed(2), '4.54');
    for (const [palette, panel] of [[PALETTE, PANEL.light], [PALETTE_DARK, PANEL.dark]] as const) {
      for (const colour of palette) assert.ok(contrast(colour, panel) >= 3, `${colour} on ${panel}: ${contrast(colour, panel).toFixed(2)}:1`);
    }
  });

  it('keeps the colours of a theme apart from one another', () => {
    for (const palette of [PALETTE, PALETTE_DARK]) assert.equal(new Set(palette).size, palette.length);
  });
});
