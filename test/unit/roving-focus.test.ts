import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nextMark } from '../../src/kit/element/roving-focus.js';

describe('nextMark', () => {
  const cases: [string, number, number | undefined][] = [
    ['ArrowDown', 1, 2],
    ['ArrowRight', 1, 2],
    ['ArrowDown', 4, 4],
    ['ArrowUp', 1, 0],
    ['ArrowLeft', 0, 0],
    ['Home', 3, 0],
    ['End', 0, 4],
    ['a', 1, undefined],
  ];
  for (const [key, from, to] of cases) {
    it(`${key} from ${from} of 5 goes to ${to}`, () => assert.equal(nextMark(key, from, 5), to));
  }
  // Three places in each of three groups: 0 1 2 | 3 4 5 | 6 7 8.
  const grouped: [string, number, number][] = [
    ['ArrowRight', 1, 4],
    ['ArrowRight', 7, 7],
    ['ArrowLeft', 5, 2],
    ['ArrowLeft', 2, 2],
    ['ArrowDown', 2, 3],
    ['ArrowUp', 3, 2],
    ['End', 4, 8],
  ];
  for (const [key, from, to] of grouped) {
    it(`${key} from ${from} of 9 in groups of 3 goes to ${to}`, () => assert.equal(nextMark(key, from, 9, 3), to));
  }
});
