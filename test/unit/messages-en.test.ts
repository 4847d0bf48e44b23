import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { messages } from '../../src/kit/model/messages.js';
import { midSentence } from '../../src/charts/city-compare/selection-notes.js';
import type { DatasetIndex } from '../../src/kit/model/dataset-index.js';
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

describe('zhRuns: the Chinese runs of an English text (QA B3)', () => {
  const runs = (text: string) => messages('en').zhRuns(text).filter((_, i) => i % 2);
  it('finds an article\'s title in a note, its English quotation marks outside', () => {
    assert.deepEqual(runs('Note: “写好‘民生答卷’ 绘就幸福底色” gives no publication date, so “去年以来” cannot be dated.'), ['写好‘民生答卷’ 绘就幸福底色', '去年以来']);
  });
  it('finds a publisher before its English date, and a title with a full-width ending', () => {
    assert.deepEqual(runs('张家口新闻网, Dec 22, 2025'), ['张家口新闻网']);
    assert.deepEqual(runs('Figures in 郫都区2024年民生实事（完成情况）'), ['郫都区2024年民生实事（完成情况）']);
    assert.deepEqual(runs('Gig-work markets, 宜昌市 and Xiangyang'), ['宜昌市']);
  });
  it('is the whole of a Chinese quote', () => {
    assert.deepEqual(messages('en').zhRuns('截至目前,已开工20290套。'), ['', '截至目前,已开工20290套。', '']);
  });
  it('finds none in English, nor in a Chinese chart', () => {
    assert.deepEqual(runs('Sources: Xinhua, Dec 22, 2025; 12345 hotline'), []);
    assert.deepEqual(messages('zh').zhRuns('来源：张家口新闻网'), ['来源：张家口新闻网']);
  });
});

describe('midSentence: an indicator\'s name inside an English note (QA C1)', () => {
  const index = { regions: new Map([['hohhot', { name: { zh: '呼和浩特市', en: 'Hohhot' } }], ['hunan', { name: { zh: '湖南省', en: 'Hunan' } }]]) } as unknown as DatasetIndex;
  it('lowers the capital of a common name: the seeds\' indicators, and made-up ones', () => {
    assert.equal(midSentence('Old residential compounds renovated', index), 'old residential compounds renovated');
    assert.equal(midSentence('New urban jobs', index), 'new urban jobs');
    assert.equal(midSentence('Elderly care: 投入', index), 'elderly care: 投入');
  });
  it('keeps a place\'s name, an acronym and a name not in English', () => {
    assert.equal(midSentence('Hohhot talent programme places', index), 'Hohhot talent programme places');
    assert.equal(midSentence('Hunan-style canteens', index), 'Hunan-style canteens');
    // Hundreds… only starts like Hunan: a common word, lowered.
    assert.equal(midSentence('Hundreds of new canteens', index), 'hundreds of new canteens');
    assert.equal(midSentence('HPV vaccinations', index), 'HPV vaccinations');
    assert.equal(midSentence('婴幼儿照护试点', index), '婴幼儿照护试点');
  });
});
