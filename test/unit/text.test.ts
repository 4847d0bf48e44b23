import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fitText } from '../../src/kit/marks/text.js';

describe('fitText', () => {
  it('cuts text to a width with an ellipsis', () => {
    assert.equal(fitText('张家口市', 100, 13), '张家口市');
    assert.equal(fitText('张家口市张家口市张家口市', 60, 13), '张家口…');
  });
});
