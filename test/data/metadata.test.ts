/**
 * readMetadata: title, publisher, date and author as the text states them, null
 * where it does not, and nothing read from chrome or body sentences.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { cleanText } from '../../src/data/clean.js';
import { readMetadata, type TextMetadata } from '../../src/data/metadata.js';

const SEEDS = new URL('../../seeds/', import.meta.url).pathname;
const seed = (prefix: string): string => {
  const file = readdirSync(SEEDS).find((f) => f.startsWith(prefix) && f.endsWith('.txt'));
  assert.ok(file, `seed ${prefix}`);
  return readFileSync(join(SEEDS, file), 'utf8');
};
const read = (raw: string): TextMetadata => readMetadata(cleanText(raw));

describe('readMetadata on the seeds', () => {
  const table: Array<[string, TextMetadata]> = [
    [
      '000',
      {
        title: '牢记嘱托 感恩奋进|“一老一小”的幸福账单',
        publisher: '张家口新闻网',
        published: '2025-12-22',
        author: '张凤燕、臧波、王帅雨、王宋平', // (张凤燕 臧波 王帅雨 王宋平) closing the last paragraph
      },
    ],
    ['001', { title: '写好民生答卷 绘就幸福底色', publisher: null, published: null, author: '李娟' }],
    ['002', { title: '张家界武陵源:从“民生四问”到“幸福四解”', publisher: '中国网', published: null, author: '毛娟' }],
    // The first lines are the lead paragraphs; the headline follows them.
    ['003', { title: '写好“民生答卷” 绘就幸福底色', publisher: null, published: null, author: '梁婧姝' }],
    [
      '004',
      { title: '我市“共同富裕迈新步,民生福祉大跃升”工作综述', publisher: '石家庄新闻网', published: '2022-08-11', author: null },
    ],
  ];
  for (const [id, expected] of table) {
    it(id, () => assert.deepEqual(read(seed(id)), expected));
  }
});

describe('readMetadata rules', () => {
  const none: TextMetadata = { title: null, publisher: null, published: null, author: null };
  const body = '全市新增就业6.1万人,完成全年任务的70.75%,比去年同期增长了不少。';
  const cases: Array<[string, string, Partial<TextMetadata>]> = [
    ['nothing stated', `${body}\n${body}`, {}],
    ['full-width source and date', '标题文字在这里\n来源：某某日报　２０２４年３月５日\n' + body, { title: '标题文字在这里', publisher: '某某日报', published: '2024-03-05' }],
    // QA s7, C5: what a reader sees in the source line is the article's own title.
    ['a title as written, full-width punctuation kept', `【民生实事】柯桥区十大民生实事进展来啦！▶一文速览\n${body}`, { title: '【民生实事】柯桥区十大民生实事进展来啦！▶一文速览' }],
    ['labelled date, padded', `发布时间:2023-3-7 08:00\n${body}`, { published: '2023-03-07' }],
    ['date on its own line', `${body}\n2021/12/01\n`, { published: '2021-12-01' }],
    // Session 13 (proposal-reply.txt): a reply letter is dated only by its signature, under the body.
    ['a letter\'s date with 日 alone under its signature', `关于第0123号提案的答复\n${body}\n扬州市卫生健康委员会\n2026年6月18日\n`, { title: '关于第0123号提案的答复', published: '2026-06-18' }],
    ['…a notice\'s too, in full-width digits', `关于调整低保标准的通知\n${body}\n嘉兴市民政局\n２０２５年１２月３０日\n`, { title: '关于调整低保标准的通知', published: '2025-12-30' }],
    ['…but a dateline above it wins (town-report.txt: published 16 January, signed 12 January)', `震泽镇2025年工作总结\n某镇发布　2026-01-16 10:05\n${body}\n某镇人民政府\n2026年1月12日\n`, { title: '震泽镇2025年工作总结', published: '2026-01-16' }],
    ['…and a date with 日 that opens a sentence is none', `2026年6月18日，全市召开托育工作推进会。\n${body}`, {}],
    ['a WeChat dateline: account, date with a clock time, province', `柯桥发布　2025年12月03日 18:30　浙江\n${body}`, { published: '2025-12-03' }],
    ['a dateline: a source\'s name and the date alone (people-congress-progress.txt)', `南通人大　2025年07月15日\n${body}`, { published: '2025-07-15' }],
    ['…not a clause that ends in a date', `截至目前的统计时间为 2025年07月15日，共计三项。\n${body}`, {}],
    ['a date with a time inside a sentence is no dateline', `2024年1月5日 9:30,全市召开民生工作会议,会议持续了整整一个上午,听取各部门的汇报。\n${body}`, {}],
    ['an impossible date is no date', `发布日期:2023-02-30\n${body}`, {}],
    ['a date in a sentence is not the publication date', `2024年1月5日,全市召开民生工作会议。\n${body}`, {}],
    ['资金来源 in a sentence is not a publisher', `项目资金来源:中央财政补助\n${body}`, {}],
    ['author field with two names', `(来源:某网 作者:张三 李四)\n${body}`, { publisher: '某网', author: '张三、李四' }],
    ['reporter byline with a photographer', `●本报记者 王五/文 赵六/图\n${body}`, { author: '王五' }],
    ['a photo credit is not an author', `${body}\n记者 程婧 摄\n${body}`, {}],
    ['names closing the last paragraph', `${body}\n回应群众对美好生活的期待。(张凤燕 臧波)`, { author: '张凤燕、臧波' }],
    ['brackets closing a paragraph that is not the last', `回应群众期待。(张凤燕 臧波)\n${body}`, {}],
    ['a subtitle is not the title', `——我市多措并举增进民生福祉\n标题在后面的这一行\n${body}`, { title: '标题在后面的这一行' }],
    ['a section number is not the title', `(一)\n${body}`, {}],
    ['chrome is not read', `网站首页\n当前位置:首页\n标题文字在这里\n${body}\n主办:某某市人民政府\n责任编辑:张三`, { title: '标题文字在这里' }],
    ['a title too far down is none', `${Array.from({ length: 12 }, (_, i) => `第${i}段:${'内容'.repeat(i + 1)}。`).join('\n')}\n标题文字在这里\n`, {}],
    ['…but one after a few paragraphs is', `${Array.from({ length: 3 }, (_, i) => `第${i}段:${'内容'.repeat(i + 1)}。`).join('\n')}\n标题文字在这里\n`, { title: '标题文字在这里' }],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => assert.deepEqual(read(text), { ...none, ...expected }));
  }
});
