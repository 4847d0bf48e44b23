import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Region, Source } from '../../src/data/types.js';
import { sourceLineItems } from '../../src/kit/marks/frame-size.js';
import type { DatasetIndex } from '../../src/kit/model/dataset-index.js';
import { placeSources } from '../../src/kit/model/source-places.js';
import { addEnglish } from '../../src/kit/model/messages-en.js';
addEnglish();

const regions = new Map<string, Region>(
  [['jinzhong', '晋中市', 'Jinzhong'], ['hohhot', '呼和浩特市', 'Hohhot'], ['luoyang', '洛阳市', 'Luoyang'], ['xiangyang', '襄阳市', 'Xiangyang'],
   ['pidu', '郫都区', 'Pidu'], ['zhangjiakou', '张家口市', 'Zhangjiakou'], ['shijiazhuang', '石家庄市', 'Shijiazhuang']].map(([id, zh, en]) => [id!, { id: id!, name: { zh: zh!, en: en! }, level: 'prefecture' }]),
);
const index = { regions } as unknown as DatasetIndex;
const source = (title: string, publisher: string | null, region: string, published: string | null = null): Source => ({
  id: title, file: `${title}.txt`, title, publisher, published, publishedFrom: published ? 'text' : 'unknown', region, url: null, sha256: '', bytes: 0,
});
const line = (sources: Source[], lang: 'zh' | 'en' = 'zh') => {
  const { label, items, separator } = sourceLineItems(placeSources(index, sources, lang), lang);
  return label + items.join(separator);
};

describe('the source line tells sources apart that read alike (QA B6)', () => {
  it('names the places of 晋中\'s and 呼和浩特\'s near-identical titles, which have no publisher', () => {
    const jinzhong = source('写好民生答卷 绘就幸福底色', null, 'jinzhong');
    const hohhot = source('写好“民生答卷” 绘就幸福底色', null, 'hohhot');
    assert.equal(line([jinzhong, hohhot]), '来源：写好民生答卷 绘就幸福底色（晋中市）；写好“民生答卷” 绘就幸福底色（呼和浩特市）');
    assert.equal(line([jinzhong, hohhot], 'en'), 'Sources: 写好民生答卷 绘就幸福底色 (Jinzhong); 写好“民生答卷” 绘就幸福底色 (Hohhot)');
  });
  it('names the places of one publisher\'s articles on two cities', () => {
    const a = source('洛阳民生实事', '人民网', 'luoyang', '2024-08-01');
    const b = source('襄阳民生实事', '人民网', 'xiangyang', '2024-09-01');
    assert.equal(line([a, b]), '来源：人民网（洛阳市），2024年8月1日；人民网（襄阳市），2024年9月1日');
    // Alike but for punctuation and spaces, beside an article without a publisher.
    const c = source('曲靖民生实事', '人民网 · 云南', 'pidu');
    assert.equal(line([c, { ...b, publisher: '人民网云南' }, source('郫都区民生', null, 'pidu')]), '来源：人民网 · 云南（郫都区）；人民网云南（襄阳市），2024年9月1日；郫都区民生（郫都区）');
  });
  it('names the place of an article without a publisher, even alone', () => {
    assert.equal(line([source('郫都区2024年民生实事完成情况', null, 'pidu')]), '来源：郫都区2024年民生实事完成情况（郫都区）');
  });
  it('leaves publishers that differ as they are, and a source whose place the dataset lacks', () => {
    const a = source('牢记嘱托 感恩奋进', '张家口新闻网', 'zhangjiakou', '2025-12-22');
    const b = source('工作综述', '石家庄新闻网', 'shijiazhuang', '2022-08-11');
    assert.equal(line([a, b]), '来源：张家口新闻网，2025年12月22日；石家庄新闻网，2022年8月11日');
    assert.equal(line([{ ...a, publisher: null, region: 'nowhere' }]), '来源：牢记嘱托 感恩奋进，2025年12月22日');
  });
});
