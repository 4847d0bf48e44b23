/**
 * cleanText: pinyin glosses, width, the offset map back to the raw text, site chrome
 * and repeated passages, on small cases and on the five seeds.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { cleanText, type CleanText, type ExcludedRange } from '../../src/data/clean.js';
import { foldTraditional } from '../../src/data/traditional.ts';

const SEEDS = new URL('../../seeds/', import.meta.url).pathname;
const seed = (prefix: string): string => {
  const file = readdirSync(SEEDS).find((f) => f.startsWith(prefix) && f.endsWith('.txt'));
  assert.ok(file, `seed ${prefix}`);
  return readFileSync(join(SEEDS, file), 'utf8');
};
const SEED_IDS = ['000', '001', '002', '003', '004'];

/** The character the cleaner should produce for a raw one (rule 1). */
function widened(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c >= 0xff01 && c <= 0xff5e) return String.fromCharCode(c - 0xfee0);
  return c === 0x3000 || c === 0xa0 ? ' ' : ch;
}

/** Every cleaned character comes from the raw character toRaw points at. */
function assertMapsBack(raw: string, clean: CleanText): void {
  for (let i = 0; i < clean.text.length; i++) {
    const r = clean.toRaw(i);
    assert.equal(widened(raw[r]!), clean.text[i], `cleaned ${i} → raw ${r}`);
    if (i > 0) assert.ok(r > clean.toRaw(i - 1), `toRaw increases at ${i}`);
  }
  assert.equal(clean.toRaw(clean.text.length), raw.length);
}

function isExcluded(clean: CleanText, at: number): ExcludedRange | undefined {
  return clean.excluded.find((r) => at >= r.start && at < r.end);
}

/** Offsets of every occurrence of `needle` in the cleaned text. */
function occurrences(clean: CleanText, needle: string): number[] {
  const found: number[] = [];
  for (let at = clean.text.indexOf(needle); at >= 0; at = clean.text.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/** Occurrences of `needle` that lie wholly outside every excluded range. */
function keptCount(clean: CleanText, needle: string): number {
  return occurrences(clean, needle).filter(
    (at) => !clean.excluded.some((r) => r.start < at + needle.length && at < r.end),
  ).length;
}

describe('pinyin glosses', () => {
  const stripped: Array<[string, string]> = [
    ['关键(guānjiàn)节点', '关键节点'],
    ['四年间,187万稳岗(wànwěngǎng)返还资金', '四年间,187万稳岗返还资金'],
    ['百余场“订单式(dìngdānshì)(shì)”培训', '百余场“订单式”培训'],
    ['29名专家长期驻点6个乡(街道(jiēdào)),居民', '29名专家长期驻点6个乡(街道),居民'],
    ['覆盖33个村(社区(shèqū)),分级', '覆盖33个村(社区),分级'],
    ['上线率(lǜ)81.42%', '上线率81.42%'],
    ['中湖中心幼儿园(yòuéryuán),提质', '中湖中心幼儿园,提质'],
    ['关键（guānjiàn）节点', '关键节点'], // full-width brackets
    ['西安(xī\'ān)市', '西安市'],
    ['关键(guān jiàn)节点', '关键节点'],
    ['𠀀(guān)字', '𠀀字'], // astral Han before the gloss
    // Toneless glosses go when the text has tone-marked ones.
    ['多亏了(le)医保,关键(guānjiàn)', '多亏了医保,关键'],
    ['职场的(de)“金钥匙”,改变着(zhe)生活(shēnghuó)', '职场的“金钥匙”,改变着生活'],
  ];
  for (const [raw, expected] of stripped) {
    it(`strips ${raw}`, () => {
      const clean = cleanText(raw);
      assert.equal(clean.text, expected);
      assertMapsBack(raw, clean);
    });
  }

  const kept: string[] = [
    '武陵源(一中)青春健康教育示范基地',
    '9个老年助餐点遍布各乡(街道),解决',
    '《石家庄市增加城乡居民可支配收入行动计划(2022-2025年)》',
    '京蒙协作中医药(蒙医药)“医疗倍增计划”',
    '农村老年人日间照料中心(含养老驿站、幸福小院等)为基础',
    '“幸福张家口”A P P实现报名端口统一接入',
    '重点场所AED配备全覆盖',
    '关键(GUANJIAN)节点', // uppercase
    '长度(km)与关键(guānjiàn)', // not syllables (the second gloss goes, see below)
    '(guānjiàn)开头', // nothing before it
    'ABC(guānjiàn)', // Latin before it
    '关键 (guānjiàn)', // a space before it
    '多亏了(le)医保', // toneless, and no tone-marked gloss in the text
    '产品(china)出口', // an English word that happens to be syllables
    '关键( guān)', // padded
    '关键(guān  jiàn)', // double space
  ];
  for (const raw of kept) {
    it(`keeps ${raw}`, () => {
      const expected = raw.replace('与关键(guānjiàn)', '与关键');
      assert.equal(cleanText(raw).text, expected);
    });
  }

  it('strips all 168 glosses of 002 (of its 178 brackets) and nothing else in any seed', () => {
    const raw = seed('002');
    const clean = cleanText(raw);
    assert.equal((raw.match(/\(/g) ?? []).length, 178);
    assert.equal((clean.text.match(/\(/g) ?? []).length, 10);
    assert.equal(raw.length - clean.text.length, raw.match(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g)!.join('').length);
    assert.doesNotMatch(clean.text, /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/);
    for (const id of ['000', '001', '003', '004']) assert.equal(cleanText(seed(id)).text, seed(id).replace(/\u00a0/g, ' '), id);
  });
});

describe('width and line ends', () => {
  const cases: Array<[string, string]> = [
    ['增加寄宿制学位１．６８万个', '增加寄宿制学位1.68万个'],
    ['医保参保率达９７．１６％', '医保参保率达97.16%'],
    ['（一）独居老人，保育费全免；', '(一)独居老人,保育费全免;'],
    ['ＡＥＤ配备', 'AED配备'],
    ['\u3000\u3000一座城市', '  一座城市'],
    ['支持Ipv6\n\u00a0\u00a0\u00a0\n', '支持Ipv6\n   \n'],
    ['第一行\r\n第二行\r\n', '第一行\n第二行\n'],
    ['旧\r行\r', '旧行'],
  ];
  for (const [raw, expected] of cases) {
    it(JSON.stringify(raw), () => {
      const clean = cleanText(raw);
      assert.equal(clean.text, expected);
      assertMapsBack(raw, clean);
    });
  }

  it('leaves other characters alone', () => {
    const raw = '“一老一小”……——①《》、。·\u2002';
    assert.equal(cleanText(raw).text, raw);
  });
});

describe('toRaw', () => {
  const raw002 = seed('002');
  const clean002 = cleanText(raw002);

  // [cleaned text, raw text]: the raw slice a cleaned span maps back to.
  const spans: Array<[string, string]> = [
    ['187万稳岗返还', '187万稳岗(wànwěngǎng)返还'],
    ['“订单式”', '“订单式(dìngdānshì)(shì)”'],
    ['6个乡(街道)', '6个乡(街道(jiēdào))'],
    ['97.16%', '97.16%'],
    ['家事国事天下事', '家事国事天下事'],
  ];
  for (const [cleaned, rawText] of spans) {
    it(`${cleaned} ← ${rawText}`, () => {
      const a = clean002.text.indexOf(cleaned);
      assert.ok(a >= 0);
      const b = a + cleaned.length;
      assert.equal(raw002.slice(clean002.toRaw(a), clean002.toRaw(b)), rawText);
    });
  }

  it('maps every character of every seed back to its raw character', () => {
    for (const id of SEED_IDS) {
      const raw = seed(id);
      assertMapsBack(raw, cleanText(raw));
    }
  });

  it('an end before a removed gloss: toRaw(end) takes the gloss, toRaw(end - 1) + 1 does not', () => {
    const raw = '2021年(nián)完成';
    const clean = cleanText(raw);
    assert.equal(clean.text, '2021年完成');
    const end = '2021年'.length;
    assert.equal(raw.slice(clean.toRaw(0), clean.toRaw(end)), '2021年(nián)');
    assert.equal(raw.slice(clean.toRaw(0), clean.toRaw(end - 1) + 1), '2021年');
  });

  it('is the identity when nothing is removed, and rejects offsets outside the text', () => {
    const clean = cleanText('１．６８万');
    for (let i = 0; i <= 5; i++) assert.equal(clean.toRaw(i), i);
    assert.throws(() => clean.toRaw(6), RangeError);
    assert.throws(() => clean.toRaw(-1), RangeError);
    assert.throws(() => clean.toRaw(1.5), RangeError);
  });

  it('a removal at the very start', () => {
    const clean = cleanText('\r\n民生');
    assert.equal(clean.text, '\n民生');
    assert.deepEqual([0, 1, 2, 3].map(clean.toRaw), [1, 2, 3, 4]);
  });
});

describe('excluded ranges', () => {
  it('are sorted, disjoint, non-empty and inside the text, for every seed', () => {
    for (const id of SEED_IDS) {
      const clean = cleanText(seed(id));
      let last = 0;
      for (const r of clean.excluded) {
        assert.ok(r.start >= last && r.start < r.end && r.end <= clean.text.length, `${id} ${JSON.stringify(r)}`);
        last = r.end;
      }
    }
  });

  it('site chrome never holds a sentence', () => {
    for (const id of SEED_IDS) {
      const clean = cleanText(seed(id));
      for (const r of clean.excluded.filter((x) => x.reason === 'site_chrome')) {
        assert.doesNotMatch(clean.text.slice(r.start, r.end), /。/, id);
      }
    }
  });
});

describe('asWritten: the article\'s own characters, one for one with the cleaned text', () => {
  it('keeps full-width punctuation and digits as written, and leaves out glosses and CR', () => {
    const raw = '关键(guānjiàn)节点，新增３所；\r\n来源：某网';
    const clean = cleanText(raw);
    assert.equal(clean.text, '关键节点,新增3所;\n来源:某网');
    assert.equal(clean.asWritten(0, clean.text.length), '关键节点，新增３所；\n来源：某网');
    assert.equal(clean.asWritten(4, 9), '，新增３所');
    assert.equal(clean.asWritten(3, 3), '');
  });
  it('is the cleaned text again once widened, for every seed and article', () => {
    const ARTICLES = new URL('./articles/', import.meta.url).pathname;
    const texts = [
      ...SEED_IDS.map(seed),
      ...readdirSync(ARTICLES).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(ARTICLES, f), 'utf8')),
    ];
    for (const raw of texts) {
      const clean = cleanText(raw);
      const written = clean.asWritten(0, clean.text.length);
      assert.equal(written.length, clean.text.length);
      // …and a traditional text's characters simplified (traditional.ts).
      assert.equal(foldTraditional([...written].map(widened).join('')), clean.text);
    }
  });
  it('refuses a range outside the text', () => {
    assert.throws(() => cleanText('一二三').asWritten(2, 4), RangeError);
  });
});

describe('site chrome in the seeds', () => {
  // [seed, text that must be chrome, text that must stay body]
  const table: Array<[string, string[], string[]]> = [
    [
      '004',
      [
        '支持Ipv6',
        '网站首页',
        '综合要闻',
        '政务公开',
        '政务动态',
        '当前的位置:',
        '【字体: 打印',
        '关于本站|网站声明|网站地图|联系我们',
        '石家庄市人民政府办公室主办',
        '石家庄市电子政务中心承办',
        '今日访问量',
        '网站标识码:1301000003',
        '冀ICP备20013865号',
        '冀公网安备 13010202001704号',
      ],
      [
        '我市“共同富裕迈新步,民生福祉大跃升”工作综述',
        '2022-08-11 09:08来源:石家庄新闻网',
        '发布时间:2022-08-11 09:08 来源:石家庄新闻网',
        '民之所盼,政之所向。',
        '用心办大事 书写共同富裕答卷',
        '全市城镇新增就业人数88442人',
        '一幅幅温暖幸福的民生图景正在石家庄这片热土上徐徐展开……',
      ],
    ],
    [
      '000',
      ['分享:', '责任编辑:张晓鹏', 'TOP'],
      ['牢记嘱托 感恩奋进|“一老一小”的幸福账单', '来源: 张家口新闻网', '2025-12-22 13:06:41', '(张凤燕 臧波 王帅雨 王宋平)', '“幸福张家口”A P P'],
    ],
    [
      '001',
      ['① 焕然一新', '② 志愿服务', '③ 为民解忧', '④ 长幼同园', '⑤ 开展义诊', '记者 程婧 摄'],
      ['写好民生答卷 绘就幸福底色', '记者 李娟', '享优质资源 惠万千家庭', '是咱老百姓的贴心人!”', '张民生每天都会把家里收拾得井井有条'],
    ],
    [
      '002',
      ['相关推荐', '评论列表', '暂无评论,快抢沙发吧~', '你 发表评论:', '欢迎'],
      ['教育筑基:云梯托起山城'],
    ],
    [
      '003',
      ['太极健身', '- ①老旧小区换新颜', '- ②北京专家在市第一医院为市民看诊', '- ③老年人在社区党员志愿者的陪伴下读书', '本版编辑:魏美丽 张静雯 程昱 美编:马慧茹'],
      ['写好“民生答卷” 绘就幸福底色', '●本报记者 梁婧姝/文 刘清羽 王劲凯 何昊龙/图', '生活便捷 提升宜居品质向民而行', '一项项具体举措,给首府市民带来了幸福可感的变化。'],
    ],
  ];
  for (const [id, chrome, body] of table) {
    it(id, () => {
      const clean = cleanText(seed(id));
      for (const text of chrome) {
        const at = occurrences(clean, text);
        assert.ok(at.length > 0, `${text} is in the text`);
        for (const a of at) {
          for (let i = a; i < a + text.length; i++) {
            assert.equal(isExcluded(clean, i)?.reason, 'site_chrome', `${text} at ${i}`);
          }
        }
      }
      for (const text of body) {
        assert.ok(keptCount(clean, text) > 0, `${text} is kept`);
        for (const a of occurrences(clean, text)) {
          for (let i = a; i < a + text.length; i++) assert.notEqual(isExcluded(clean, i)?.reason, 'site_chrome', text);
        }
      }
    });
  }

  it('only those: every other non-blank line of 000, 001, 003 and 004 is body', () => {
    const chromeLines = new Set(table.flatMap(([, chrome]) => chrome));
    for (const id of ['000', '001', '003', '004']) {
      const clean = cleanText(seed(id));
      let start = 0;
      for (const line of clean.text.split('\n')) {
        const text = line.trim();
        const offset = start + line.indexOf(text);
        start += line.length + 1;
        if (!text || [...chromeLines].some((c) => text.includes(c))) continue;
        for (let i = offset; i < offset + text.length; i++) assert.equal(isExcluded(clean, i), undefined, `${id}: ${text}`);
      }
    }
  });
});

describe('site chrome rules', () => {
  it('a menu at the top goes up to the last chrome line; the title after it stays', () => {
    const clean = cleanText('网站首页\n新闻中心\n当前位置:首页\n标题在这里\n正文第一句。');
    assert.deepEqual(clean.excluded, [{ start: 0, end: '网站首页\n新闻中心\n当前位置:首页'.length, reason: 'site_chrome' }]);
  });

  it('a short first line with no chrome after it is a title, not a menu', () => {
    assert.deepEqual(cleanText('\n写好民生答卷 绘就幸福底色\n\n正文第一句。').excluded, []);
  });

  it('short lines at the bottom go only with chrome there', () => {
    const text = '正文。\n\n太极健身\n\n责任编辑:张三';
    assert.deepEqual(cleanText(text).excluded, [{ start: 5, end: text.length, reason: 'site_chrome' }]);
    assert.deepEqual(cleanText('正文。\n\n太极健身\n').excluded, []);
  });

  it('short bare lines in the middle are headings', () => {
    assert.deepEqual(cleanText('第一段。\n家门口养老 晚年更美好\n责任编辑:张三\n第二段。').excluded, [
      { start: 17, end: 24, reason: 'site_chrome' },
    ]);
  });

  it('a sentence or a long line is never chrome, whatever it mentions', () => {
    assert.deepEqual(cleanText('有问题请联系我们。').excluded, []);
    assert.deepEqual(cleanText(`备案号冀ICP备20013865号${'的'.repeat(200)}`).excluded, []);
  });

  describe('links to other posts under a heading (往期推荐, 相关阅读)', () => {
    /** The chrome of `text`, as cleaned text (full-width punctuation made ASCII). */
    const chromeOf = (text: string) => {
      const clean = cleanText(text);
      return clean.excluded.filter((r) => r.reason === 'site_chrome').map((r) => clean.text.slice(r.start, r.end));
    };
    const CASES: Array<[string, string, string[]]> = [
      // The end of a WeChat post (QA s7, A4): both headlines and the counters are chrome.
      [
        'at the bottom of a post, the headlines to the end',
        '正文。\n\n往期推荐\n▶ 好消息！柯桥新增3条公交线路，途经你家吗？\n▶ 第38期“柯桥好人榜”发布，看看都有谁\n\n阅读 2.3万　点赞 186　在看 45　分享 97',
        ['往期推荐\n▶ 好消息!柯桥新增3条公交线路,途经你家吗?\n▶ 第38期“柯桥好人榜”发布,看看都有谁\n\n阅读 2.3万 点赞 186 在看 45 分享 97'],
      ],
      [
        'mid-article, up to the blank line; the paragraph after stays',
        '第一段。\n相关阅读：\n全市新建学校5所\n新增公交线路3条\n\n第二段新增就业3000人。',
        ['相关阅读:\n全市新建学校5所\n新增公交线路3条'],
      ],
      ['a sentence ends the list', '推荐阅读\n新建学校5所\n今年全市新增就业3000人。', ['推荐阅读\n新建学校5所']],
      ['a long line is no headline', `推荐阅读\n${'新建学校5所，'.repeat(12)}`, ['推荐阅读']],
      ['a heading that goes on is no heading of links', '推荐阅读书目3本。\n新建学校5所', []],
    ];
    for (const [what, text, chrome] of CASES) {
      it(what, () => assert.deepEqual(chromeOf(text), chrome));
    }
  });

  it('inline chrome is cut from the rest of its line', () => {
    const clean = cleanText('发布时间:2022-08-11 来源:某网 【字体:大 中 小】 打印\n正文。');
    const r = clean.excluded[0]!;
    assert.equal(clean.text.slice(r.start, r.end), '【字体:大 中 小】 打印');
  });
});

describe('duplicates', () => {
  const raw002 = seed('002');
  const clean002 = cleanText(raw002);

  const figures = [
    '187万稳岗返还资金',
    '让5000余人次劳动者',
    '9个老年助餐点遍布各乡(街道)',
    '2024年更换4300套多功能课桌椅',
    '医保参保率达97.16%',
    '上线率81.42%',
    '29名专家长期驻点6个乡(街道)',
    '精准消除125名困难重度残疾人',
    '健康之路,步履铿锵', // short sentences go with the passage around them
    '健康之基,愈加坚实',
    '家事国事天下事,让人民过上幸福生活是头等大事。',
    '(来源:中国网 作者:毛娟)',
    '教育筑基:云梯托起山城',
  ];
  for (const text of figures) {
    it(`002 keeps one copy of ${text}`, () => {
      assert.equal(occurrences(clean002, text).length, 2);
      assert.equal(keptCount(clean002, text), 1);
      const kept = occurrences(clean002, text).find((at) => !isExcluded(clean002, at))!;
      assert.ok(kept < clean002.text.indexOf('(来源:中国网') + 20, 'the first copy is the one kept');
    });
  }

  it('002 keeps its title once, though written three times (the third glued to the first paragraph)', () => {
    const title = '张家界武陵源:从“民生四问”到“幸福四解”';
    assert.equal(occurrences(clean002, title).length, 3);
    assert.deepEqual(
      occurrences(clean002, title).map((at) => isExcluded(clean002, at)?.reason),
      [undefined, 'duplicate', 'duplicate'],
    );
    const glued = occurrences(clean002, title)[2]! + title.length;
    assert.equal(isExcluded(clean002, glued), undefined, 'the paragraph after the glued title is body');
  });

  it('002 keeps every sentence of the second copy out, the comment box aside', () => {
    const second = clean002.text.indexOf('家事国事', clean002.text.indexOf('家事国事') + 1);
    const end = clean002.text.lastIndexOf('(来源:中国网 作者:毛娟)') + '(来源:中国网 作者:毛娟)'.length;
    const range = isExcluded(clean002, second)!;
    assert.deepEqual(range, { start: second, end, reason: 'duplicate' });
  });

  it('nothing else in the seeds is a duplicate', () => {
    for (const id of ['000', '001', '003', '004']) {
      assert.deepEqual(cleanText(seed(id)).excluded.filter((r) => r.reason === 'duplicate'), [], id);
    }
  });

  const rules: Array<[string, string, string[]]> = [
    ['a repeated sentence', '这是一个足够长的句子啊。中间。这是一个足够长的句子啊。', ['这是一个足够长的句子啊。']],
    ['whitespace does not matter', '站在 “十四五” 规划即将收官。\n站在“十四五”规划即将收官。', ['站在“十四五”规划即将收官。']],
    ['a short sentence alone is not a repeat', '这是短句子啊。这是一个足够长的句子啊。这是短句子啊。', []],
    ['ten characters, the stop included, are enough', '一二三四五六七八九。其他的内容啊。一二三四五六七八九。', ['一二三四五六七八九。']],
    ['nine are not', '一二三四五六七八。其他的内容啊。一二三四五六七八。', []],
    ['…nor a short line', '……\n这是一个足够长的句子啊。\n……', []],
    ['a short sentence inside a repeated passage is', '长句子一二三四五六七八。短句。长句子二二三四五六七八。\n长句子一二三四五六七八。短句。长句子二二三四五六七八。', ['长句子一二三四五六七八。短句。长句子二二三四五六七八。']],
    ['a short sentence ending a repeated passage is', '长句子一二三四五六七八。短句。\n长句子一二三四五六七八。短句。\n新的内容在这里啊。', ['长句子一二三四五六七八。短句。']],
    ['a short sentence opening a repeated passage is', '短句。长句子一二三四五六七八。\n新的内容在这里啊。\n短句。长句子一二三四五六七八。', ['短句。长句子一二三四五六七八。']],
    ['a title glued to the next paragraph', '一个十几个字的标题在这里\n一个十几个字的标题在这里正文第一句。', ['一个十几个字的标题在这里']],
    ['a similar sentence is not a repeat', '这是一个足够长的句子啊。这是一个足够长的句子吧。', []],
  ];
  for (const [name, text, expected] of rules) {
    it(name, () => {
      const clean = cleanText(text);
      assert.deepEqual(
        clean.excluded.map((r) => [r.reason, clean.text.slice(r.start, r.end)]),
        expected.map((t) => ['duplicate', t]),
      );
    });
  }
});
