import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findPeriodMarkers } from '../../src/data/period.ts';

const PUBLISHED = '2022-08-11';

/**
 * One phrase per kind of time marker, each after words that hold no marker: the scan
 * looks for markers only where one can start, so every kind must be found from its
 * first character.
 */
const MARKERS: ReadonlyArray<readonly [string, { start?: string; end?: string }]> = [
  ['2021-2025年', { start: '2021-01-01', end: '2025-12-31' }],
  ['2023年上半年', { start: '2023-01-01', end: '2023-06-30' }],
  ['自2021年10月上线以来', { start: '2021-10-01', end: PUBLISHED }],
  ['从2018年起', { start: '2018-01-01', end: PUBLISHED }],
  ['2018年以来', { start: '2018-01-01', end: PUBLISHED }],
  ['2023年', { start: '2023-01-01', end: '2023-12-31' }],
  ['十四五期间', { start: '2021-01-01', end: '2025-12-31' }],
  ['十四五以来', { start: '2021-01-01', end: PUBLISHED }],
  ['今年上半年', { start: '2022-01-01', end: '2022-06-30' }],
  ['今年以来', { start: '2022-01-01', end: PUBLISHED }],
  ['去年以来', { start: '2021-01-01', end: PUBLISHED }],
  ['去年', { start: '2021-01-01', end: '2021-12-31' }],
  ['四年间', {}],
  ['一年来', { start: '2021-08-11', end: PUBLISHED }],
  ['近一年', { start: '2021-08-11', end: PUBLISHED }],
  ['截至目前', { end: PUBLISHED }],
  ['截止当前', { end: PUBLISHED }],
  ['目前', { end: PUBLISHED }],
  ['如今', { end: PUBLISHED }],
];

describe('findPeriodMarkers', () => {
  for (const [phrase, dates] of MARKERS) {
    it(`finds ${phrase} in running text`, () => {
      const text = `全市民生工作${phrase}，新建学校12所。`;
      const markers = findPeriodMarkers(text, PUBLISHED);
      assert.equal(markers.length, 1, JSON.stringify(markers));
      const [marker] = markers;
      assert.equal(text.slice(marker!.start, marker!.end), phrase);
      assert.deepEqual({ start: marker!.period.start, end: marker!.period.end }, { start: dates.start, end: dates.end });
    });
  }

  it('skips a year compared against: 比去年增长 is not the figure’s period', () => {
    const markers = findPeriodMarkers('收入比去年增长5.1%，2023年达到16993元。', PUBLISHED);
    assert.deepEqual(
      markers.map((m) => m.period.label),
      ['2023年'],
    );
  });
});
