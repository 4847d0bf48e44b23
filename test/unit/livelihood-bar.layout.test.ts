import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BAR_METRICS, layoutBars, rowAt, type BarInput } from '../../src/charts/livelihood-bar/layout.js';
import { textWidth } from '../../src/kit/marks/text.js';

describe('layoutBars', () => {
  const inputs: BarInput[] = [
    { label: 'Old residential compounds renovated in the city', value: 956, valueText: '956', periodText: '2022', openEnd: false },
    { label: 'Zhangjiakou', value: 700, valueText: '700+', periodText: 'as of Dec 2025', openEnd: true },
    { label: 'Jinzhong', value: null, valueText: 'not reported', periodText: '', openEnd: false },
  ];

  for (const width of [280, 320, 479, 480, 800, 1200]) {
    it(`keeps every label and value inside ${width} px`, () => {
      const layout = layoutBars(inputs, width);
      assert.equal(layout.wide, width >= BAR_METRICS.wideFrom);
      inputs.forEach((d, i) => {
        const g = layout.rows[i]!;
        const valueEnd = g.valueX + textWidth(d.valueText, 13) + (d.periodText ? 6 + textWidth(d.periodText, 11) : 0);
        assert.ok(valueEnd <= width, `value of row ${i}: ${valueEnd} > ${width}`);
        for (const line of g.label) assert.ok(g.labelX + (layout.wide ? 0 : textWidth(line, 13)) <= width, `label of row ${i}`);
        // Label lines stay in their row, above the bar when narrow.
        const last = g.labelY + (g.label.length - 1) * BAR_METRICS.lineHeight;
        assert.ok(g.labelY - 13 >= g.y && last <= g.y + layout.rowHeight, `label of row ${i} outside its row`);
        if (!layout.wide) assert.ok(last <= g.barY, `label of row ${i} over its bar`);
        assert.ok(g.barX >= 0, `bar of row ${i}`);
      });
    });
  }

  it('scales bars to their values from a shared zero', () => {
    const layout = layoutBars(inputs, 800);
    const [a, b, c] = layout.rows;
    assert.equal(a!.barX, layout.zeroX);
    assert.ok(Math.abs(b!.barWidth / a!.barWidth - 700 / 956) <= 1e-9);
    assert.equal(c!.barWidth, 0);
    assert.equal(b!.endX - (b!.barX + b!.barWidth), BAR_METRICS.openEnd);
  });

  it('wraps a label that does not fit its column to a second line before cutting it', () => {
    const layout = layoutBars(inputs, 800);
    const room = 800 * BAR_METRICS.labelShare;
    const [first, second] = layout.rows;
    assert.deepEqual(first!.label, ['Old residential compounds', 'renovated in the city']);
    for (const line of first!.label) assert.ok(textWidth(line, 13) <= room);
    assert.deepEqual(second!.label, ['Zhangjiakou']);
    // Every row gets the room of two lines, so rows stay even.
    assert.equal(layout.rowHeight, BAR_METRICS.wideTwoLines);
    const cut = layoutBars([{ ...inputs[0]!, label: 'Old residential compounds renovated in the city and in all of its counties and districts this year and the next' }, inputs[1]!], 800);
    assert.equal(cut.rows[0]!.label.length, 2);
    assert.ok(cut.rows[0]!.label[1]!.endsWith('…'));
    assert.equal(layoutBars(inputs.slice(1), 800).rowHeight, BAR_METRICS.wide.row);
  });

  it('widens the label column where there is room rather than cut a label wrapped to two lines', () => {
    // QA at 1280 px (a 550 px card): "Shantytown resettlement homes st…", the word that matters lost.
    const labels = ['Shantytown resettlement homes started', 'Shantytown resettlement homes completed', 'Shantytown redevelopment homes planned'];
    for (const width of [480, 550, 800]) {
      const layout = layoutBars(labels.map((label, i) => ({ label, value: 20290 - 4000 * i, valueText: '20,290', periodText: 'Jan–Aug 2022', openEnd: false })), width);
      layout.rows.forEach((g, i) => {
        assert.equal(g.label.join(' '), labels[i], `${width} px: ${g.label.join(' / ')}`);
        for (const line of g.label) assert.ok(textWidth(line, 13) <= g.labelX, `${width} px: ${line} wider than its column`);
      });
      // The bars keep room for their values.
      assert.ok(layout.rows[0]!.barWidth >= BAR_METRICS.minBarSpace);
    }
  });

  it('finds the row under a point, gaps between bars included', () => {
    const layout = layoutBars(inputs, 800);
    const [a, b] = layout.rows;
    assert.equal(rowAt(layout, a!.barY + 1), 0);
    assert.equal(rowAt(layout, b!.y), 1);
    assert.equal(rowAt(layout, b!.barY + b!.barHeight + 1), 1);
    assert.equal(rowAt(layout, 0), undefined);
    assert.equal(rowAt(layout, layout.height), undefined);
  });
});
