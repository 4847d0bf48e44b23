import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BAR_METRICS, layoutBars, rowAt, type BarInput } from '../../src/charts/livelihood-bar/layout.js';
import { textWidth } from '../../src/kit/marks/text.js';

describe('layoutBars', () => {
  const inputs: BarInput[] = [
    { label: 'Old residential compounds renovated in the city', value: 956, valueText: '956', periodText: '2022', openEnd: false },
    { label: 'Zhangjiakou', value: 700, valueText: '700+', periodText: 'by 2025', openEnd: true },
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
        assert.ok(g.labelX + (layout.wide ? 0 : textWidth(g.label, 13)) <= width, `label of row ${i}`);
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

  it('shortens a label that does not fit its column', () => {
    const layout = layoutBars(inputs, 800);
    assert.equal(layout.rows[0]!.label.endsWith('…'), true);
    assert.ok(textWidth(layout.rows[0]!.label, 13) <= 800 * BAR_METRICS.labelShare);
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
