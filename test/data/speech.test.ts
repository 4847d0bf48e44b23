import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readFileSync } from 'node:fs';
import { cleanText } from '../../src/data/clean.ts';
import { DatasetBuilder } from '../../src/data/dataset.ts';
import { findTurns, inQuotedSpeech, quotedSpeechStart, turnAt } from '../../src/data/speech.ts';

/** [text, figure, whether the figure is someone's own quoted words]. */
const CASES: ReadonlyArray<readonly [string, string, boolean]> = [
  ['幼儿家长张新海深有感触：“一年可以省下近5000元保教费，实实在在的福利。”', '近5000元', true],
  ['她笑着说“一天只需几块钱，我们这些老人真是越活越有滋味。”', '几块钱', true],
  ['局长赵蔚介绍，从2022年起，该县162个行政村已建起驿站。', '162个', false],
  ['她说：“太方便了！”据悉，全市已累计办结各类业务63.89万件。', '63.89万件', false],
  ['坚持“四个不摘”工作要求，补助资金共计13.12亿元。', '13.12亿元', false],
  ['推行“3年100所中小学幼儿园”项目。', '100所', false],
  // An official's words are the government's figure, whoever reports them.
  ['市人社局局长张建华在发布会上表示：“今年1—9月，全市城镇新增就业3.2万人。”', '3.2万人', false],
  ['解放街道党工委书记刘志勇介绍：“街道今年已建成长者食堂6个。”', '6个', false],
  ['新增便民服务点24个，街道负责人表示：“明年还要再改造背街小巷10条。”', '10条', false],
  // …and a resident's are an anecdote, even right after an official's.
  ['局长介绍：“全市建成食堂46个。”退休职工李桂兰告诉记者：“套餐只要12元。”', '12元', true],
  ['家住华舍街道的陈奶奶笑着说：“以前请人背下楼就要50元。”', '50元', true],
  // The speaker after the quotation, or between its two parts (feature-story.txt).
  ['他几乎每天都来。“一荤两素加一碗汤，只要12元。”王大爷掰着指头给记者算账，“我和老伴每月在食堂花300多元。”', '12元', true],
  ['他几乎每天都来。“一荤两素加一碗汤，只要12元。”王大爷掰着指头给记者算账，“我和老伴每月在食堂花300多元。”', '300多元', true],
  ['张阿姨是“回头客”。“以前请保姆一个月要4000多元，现在一次才30元。”张阿姨说。', '30元', true],
  ['“孩子在县城上学，每月生活费800元。”村民老刘说道。', '800元', true],
  ['“以前看病要跑50公里，”他说，“现在村里就能看。”', '50公里', true],
  // Session 13 (paired-assistance.txt): the speaker's quotation resumed after their clause and one of narration.
  ['“以前娃娃上学要走一个多小时山路，现在学校就在镇上，宿舍、食堂都是新的。”册亨县岩架镇村民韦明芬说，家里的孩子转到了新学校，“一学期能省下路费和住宿费800多元”。', '800多元', true],
  ['“食堂的菜比家里还香。”居民李大爷说，他每天中午都来社区食堂，“一顿饭只要10元”。', '10元', true],
  // …not an official's, nor a figure of the narration between, nor a quoted name after narration with no speaker.
  ['“今年的任务很重。”局长王明表示，全市已新建学校12所，“明年计划再建8所”。', '8所', false],
  ['“今年的任务很重。”局长王明表示，全市已新建学校12所，“明年计划再建8所”。', '12所', false],
  ['全市新建学校12所，新增学位6000个，“15分钟健身圈”覆盖社区120个。', '120个', false],
  // …with a comma after the verb of saying.
  ['李婆婆说，“现在一周还有两次上门。”', '两次', true],
  ['老周告诉记者，“一年能多挣2万元。”', '2万元', true],
  // A quoted name before a clause that says nothing is no speech.
  ['“十五分钟养老服务圈”覆盖社区120个。', '120个', false],
  ['实施“一老一小”工程，“长者食堂”新增30个。', '30个', false],
  ['全年建成“口袋公园”15个。', '15个', false],
  ['“十四五”期间，“城镇老旧小区改造三年行动计划完成1200个小区的目标”写入了报告。', '1200个', false],
  // An official named by title in an earlier sentence still speaks for the government.
  ['成都市民政局局长陈兵介绍，全市老年人口达到386.5万人。陈兵表示：“今年全市还将新增床位500张。”', '500张', false],
  ['街道党工委书记张涛介绍，全覆盖。“我们还组建了一支120人的志愿者队伍。”张涛说。', '120人', false],
  ['县人社局局长王强在会上发言。“今年全县新增就业8000人，”王强说，“明年还要多。”', '8000人', false],
  // …but a namesake of nobody titled is a private person.
  ['成都市民政局局长陈兵介绍，全市老年人口达到386.5万人。居民陈兰说：“我家一个月省了200元。”', '200元', true],
];

describe('inQuotedSpeech', () => {
  for (const [text, figure, quoted] of CASES) {
    it(`${figure} in ${text.slice(0, 20)}…: ${quoted ? 'quoted' : 'not quoted'}`, () => {
      assert.equal(inQuotedSpeech(text, text.indexOf(figure)), quoted);
    });
  }
});

describe('quotedSpeechStart', () => {
  it('is where the quotation opens, so that only markers inside it date the figure', () => {
    const text = '今年，幼儿家长张新海深有感触：“一年可以省下近5000元保教费。”';
    assert.equal(quotedSpeechStart(text, text.indexOf('近5000元')), text.indexOf('一年'));
  });
  it('is none for an official\'s words', () => {
    const text = '市人社局局长张建华表示：“今年全市城镇新增就业3.2万人。”';
    assert.equal(quotedSpeechStart(text, text.indexOf('3.2万人')), undefined);
  });
  it('reads a broadcast sound bite by the caption on the line after it: a resident\'s, not an official\'s', () => {
    const resident = '【同期声】\n“一荤两素才十二块钱，比自己烧饭省事多了。”\n（字幕：镜湖区赭山街道居民　王秀英）\n';
    assert.equal(quotedSpeechStart(resident, resident.indexOf('十二块')), resident.indexOf('一荤'));
    const official = '【同期声】\n“今年全市改造老旧小区一百零三个。”\n（字幕：市住房和城乡建设局副局长　李建国）\n';
    assert.equal(quotedSpeechStart(official, official.indexOf('一百零三个')), undefined);
    // A quotation on its line with no caption after it names no speaker.
    const bare = '“今年全市改造老旧小区一百零三个。”\n全市城镇新增就业3.2万人。\n';
    assert.equal(quotedSpeechStart(bare, bare.indexOf('一百零三个')), undefined);
  });
});

describe('a resident\'s own figures: where the caption or the clause naming them says they live', () => {
  const text = [
    '芜湖新闻：民生实事件件落地',
    '发布时间：2025-12-18',
    '今年，全市新建社区食堂和老年助餐点一百二十六个。',
    '“一荤两素才十二块钱，比自己烧饭省事多了。”',
    '（字幕：镜湖区赭山街道居民　王秀英）',
    '“现在小区边上新建了停车场，一个月才一百五十块。”',
    '（字幕：市民　陈志明）',
    '家住鸠江区的市民刘先生说：“以前停车一个月要三百块。”',
    '“今年全市改造老旧小区一百零三个。”',
    '（字幕：镜湖区住房和城乡建设局副局长　李建国）',
  ].join('\n');
  const b = new DatasetBuilder();
  b.add({ file: 'w.txt', text, sha256: 'w'.repeat(64), bytes: text.length }, { file: 'w.txt', region: 'wuhu' });
  const read = new Map(b.finish().observations.map((o) => [o.raw, o]));
  it('files a resident\'s figure under the district named (a guess, flagged)', () => {
    assert.equal(read.get('十二块钱')!.region, 'jinghu');
    assert.ok(read.get('十二块钱')!.flags?.includes('place_inferred'));
    assert.equal(read.get('三百块')!.region, 'jiujiang_wuhu');
  });
  it('leaves a resident with no place named, and an official, as the text places them', () => {
    assert.equal(read.get('一百五十块')!.region, 'wuhu');
    assert.equal(read.get('一百零三个')!.region, 'wuhu');
  });
});

describe('one person\'s case, told by the article: flagged anecdote, so charts leave it out by default', () => {
  const text = [
    '武陵源区民生工作综述',
    '发布时间：2025-01-10',
    '2024年,81岁的邓婆婆被确诊乳腺癌,医保直接报销了50%以上的医疗费用。',
    '社区王阿姨每天为12位老人送餐。',
    '全区帮助张大爷等300余名老人完成适老化改造。',
    '全区老年大学学员达到1200人。',
  ].join('\n');
  const b = new DatasetBuilder();
  b.add({ file: 'a.txt', text, sha256: 'a'.repeat(64), bytes: text.length }, { file: 'a.txt', region: 'wulingyuan' });
  const flags = new Map(b.finish().observations.map((o) => [o.raw, o.flags ?? []]));
  it('flags the figures of a sentence about one person named by a title of address', () => {
    assert.deepEqual(flags.get('50%以上'), ['anecdote']);
    assert.deepEqual(flags.get('12位'), ['anecdote']);
  });
  it('leaves a person named among many (张大爷等…), and the report\'s own figures', () => {
    assert.deepEqual(flags.get('300余名'), []);
    assert.deepEqual(flags.get('1200人'), []);
  });
});

describe('findTurns', () => {
  const text = cleanText(readFileSync(new URL('./articles/press-conference.txt', import.meta.url), 'utf8')).text;
  it('reads who holds the floor in press-conference.txt: officials with their titles, the host and the press', () => {
    assert.deepEqual(
      findTurns(text).map((t) => `${t.official ? '' : '-'}${t.speaker}`),
      [
        '-主持人', '市人社局局长张建华', '-主持人', '-赣南日报记者', '市教育局副局长陈立新', '-中国江西网记者', '市民政局副局长刘晓梅',
        '-赣州日报记者', '市住建局总工程师黄志远', '-新华社记者', '市卫生健康委副主任王丽', '-赣南日报记者', '赣县区副区长钟文斌',
        '-中国江西网记者', '市医保局局长罗红梅', '-江西广播电视台记者', '市民政局副局长刘晓梅', '-主持人',
      ],
    );
  });
  it('a turn runs over the paragraphs after its line, up to the next turn', () => {
    const turns = findTurns(text);
    assert.equal(turnAt(turns, text.indexOf('力争全年城镇新增就业'))?.speaker, '市人社局局长张建华');
    assert.equal(turnAt(turns, text.indexOf('来源')), undefined);
  });
  it('a bare 问 and 答 are turns of nobody in office', () => {
    assert.deepEqual(findTurns('问：今年有哪些进展？\n答：全市新建学校5所。').map((t) => [t.speaker, t.official]), [['问', false], ['答', false]]);
  });
  it('lines with a colon that name no speaker are no turns', () => {
    assert.deepEqual(findTurns('华舍街道：今年新建百姓健身房6家。\n来源：柯桥区发改局\n责任编辑：钟晓\n1. 养老服务：已建成3家。'), []);
  });
});
