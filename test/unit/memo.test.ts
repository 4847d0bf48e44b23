import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { memoize } from '../../src/kit/model/memo.js';

describe('memoize', () => {
  it('recomputes only when an argument changes', () => {
    let calls = 0;
    const f = memoize((a: object, b: number) => (calls++, [a, b]));
    const a = {};
    const first = f(a, 1);
    assert.equal(f(a, 1), first);
    assert.equal(calls, 1);
    f({}, 1);
    f({}, 2);
    assert.equal(calls, 3);
  });
});
