import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { safeHref } from '../../src/kit/marks/frame.js';

describe('safeHref', () => {
  it('links only http(s) URLs', () => {
    assert.equal(safeHref('https://example.org/a'), 'https://example.org/a');
    assert.equal(safeHref('javascript:alert(1)'), undefined);
    assert.equal(safeHref('data:text/html,x'), undefined);
    assert.equal(safeHref('not a url'), undefined);
    assert.equal(safeHref(null), undefined);
  });
});
