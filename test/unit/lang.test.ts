import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { perLang, toLang } from '../../src/kit/model/lang.js';

describe('lang', () => {
  it('reads lang attributes, defaulting to zh', () => {
    assert.deepEqual([toLang('en'), toLang('en-GB'), toLang('EN'), toLang('zh'), toLang(undefined), toLang('fr')], [
      'en', 'en', 'en', 'zh', 'zh', 'zh',
    ]);
  });

  it('makes one object per language, on first use', () => {
    const made: string[] = [];
    const of = perLang((lang) => (made.push(lang), { lang }));
    assert.deepEqual(made, []);
    assert.equal(of('zh'), of('zh'));
    assert.deepEqual(made, ['zh']);
    assert.equal(of('en').lang, 'en');
    assert.deepEqual(made, ['zh', 'en']);
  });
});
