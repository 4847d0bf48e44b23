import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fitText, textWidth, widest, wrapText } from '../../src/kit/marks/text.js';

describe('fitText', () => {
  it('cuts text to a width with an ellipsis', () => {
    assert.equal(fitText('张家口市', 100, 13), '张家口市');
    assert.equal(fitText('张家口市张家口市张家口市', 60, 13), '张家口…');
  });
});

describe('widest', () => {
  it('gives the largest width, 0 for none', () => {
    const labels = ['张家口市', 'Shijiazhuang', '呼市'];
    assert.equal(widest(labels, (l) => textWidth(l, 13)), Math.max(...labels.map((l) => textWidth(l, 13))));
    assert.equal(widest([], (l: string) => textWidth(l, 13)), 0);
  });
});

describe('wrapText', () => {
  const cases: [string, number, string[]][] = [
    ['Shantytown resettlement housing (homes)', 190, ['Shantytown resettlement', 'housing (homes)']],
    ['棚户区改造安置住房建设', 80, ['棚户区改造安', '置住房建设']],
    ['Short', 100, ['Short']],
    // A word longer than a line breaks anywhere; what two lines cannot hold is cut.
    ['Supercalifragilisticexpialidocious word', 100, ['Supercalifragi', 'listicexpiali…']],
    ['Old residential compounds renovated in the whole city this year', 150, ['Old residential', 'compounds renovat…']],
    // No line starts with closing punctuation.
    ['改造老旧小区，城区', 80, ['改造老旧小', '区，城区']],
  ];
  for (const [text, width, lines] of cases) {
    it(`${text} in ${width} px`, () => {
      const wrapped = wrapText(text, width, 13);
      assert.deepEqual(wrapped, lines);
      for (const line of wrapped) assert.ok(textWidth(line, 13) <= width, `${line} is wider than ${width}`);
    });
  }

  it('keeps every character of a label two lines can hold', () => {
    const text = 'Affordable rental homes raised';
    assert.equal(wrapText(text, textWidth(text, 13) / 2 + 20, 13).join(' '), text);
  });
});
