import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { messages } from '../../src/kit/model/messages.js';
import { tableMessages } from '../../src/charts/livelihood-table/messages.js';
import { addEnglish } from '../../src/charts/livelihood-table/messages-en.ts';
addEnglish();

describe('English counts agree with their number (QA s11 C17: no "figure(s)")', () => {
  it('says one figure and several figures', () => {
    const en = messages('en');
    assert.equal(en.hiddenNote({ ongoing: 1 }), 'Not shown: 1 figure of work under way.');
    assert.equal(en.hiddenNote({ ongoing: 2, target: 1 }), 'Not shown: 1 target, 2 figures of work under way.');
    assert.equal(en.hiddenNote({ uncertain: 3 }), 'Not shown: 3 uncertain figures.');
  });
  it('counts a table\'s rows the same way', () => {
    const t = tableMessages('en');
    assert.equal(t.matching(1, 1), '1 figure');
    assert.equal(t.matching(3, 3), '3 figures');
    assert.equal(t.matching(1, 4), '1 of 4 figures match');
  });
});
