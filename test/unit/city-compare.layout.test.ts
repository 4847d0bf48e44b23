import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { COMPARE_METRICS as M, compareHeight, layoutCompare, markAt, type CompareLayoutInput } from '../../src/charts/city-compare/layout.js';
import { textWidth } from '../../src/kit/marks/text.js';
import { compareModel as model } from './fixtures.js';

describe('layoutCompare', () => {
  it('predicts the drawn height for a placeholder, wide and narrow, and finds a mark by height', async () => {
    const m = await model({ regions: ['zhangjiakou', 'hohhot', 'shijiazhuang'], indicators: ['old_compounds_renovated', 'home_care_beds.added'] });
    for (const width of [280, 479, 480, 1200]) assert.equal(layoutCompare(m, width).height, compareHeight(2, 3, width));
    const layout = layoutCompare(m, 640);
    const fifth = layout.marks[4]!;
    assert.equal(markAt(layout, fifth.y + 1), 4);
    assert.equal(markAt(layout, layout.groups[1]!.y + 2), undefined);
  });

  it('wraps a long group title to a second line before cutting it, the period after it and the bars below', () => {
    // QA at 375 px: "Shantytown resettlement homes comp…", started or completed lost.
    const cell = (value: number) => ({ value, qualifier: null, valueLabel: String(value), period: '' });
    const input: CompareLayoutInput = {
      series: [{ label: 'Shijiazhuang' }, { label: 'Zhangjiakou' }],
      rows: [
        { label: 'Shantytown resettlement homes completed', period: 'Jan–Aug 2022', showPeriods: false, cells: [cell(11648), cell(10000)] },
        { label: 'Old compounds', period: '', showPeriods: false, cells: [cell(645), cell(700)] },
      ],
    };
    const l = layoutCompare(input, 320);
    const [long, short] = l.groups;
    assert.equal(long!.title.join(' '), 'Shantytown resettlement homes completed');
    assert.equal(long!.title.length, 2);
    const room = 320 - M.valueGap - textWidth('Jan–Aug 2022', M.periodFontSize) - M.titleInset;
    for (const line of long!.title) assert.ok(textWidth(line, M.titleMeasureSize) <= room, line);
    assert.equal(long!.cellsY - long!.y, M.title + M.lineHeight);
    assert.deepEqual(short!.title, ['Old compounds']);
    assert.equal(l.height, compareHeight(2, 2, 320, false, 1));
    assert.equal(l.height - compareHeight(2, 2, 320), M.lineHeight);
  });
});
