import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readdirSync, readFileSync } from 'node:fs';
import { DatasetBuilder } from '../../src/data/dataset.ts';
import { decodeArticle } from '../../src/data/decode.ts';
import { articlePlace, PlaceFinder } from '../../src/data/places.ts';
import { figures } from './figures.ts';

/** The place of `figure` (its first occurrence) in `text`, a 张家口 article, with its paragraph and sentence found as the pipeline finds them. */
function placeOf(text: string, figure: string, article = 'zhangjiakou') {
  const at = text.indexOf(figure);
  const paragraphStart = text.lastIndexOf('\n', at) + 1;
  const sentenceStart = Math.max(paragraphStart, text.lastIndexOf('。', at) + 1);
  const stop = text.indexOf('。', at);
  return new PlaceFinder(text, article).placeOf(at, sentenceStart, stop < 0 ? text.length : stop + 1, paragraphStart);
}

describe('towns: named with their county, later alone', () => {
  const CASES: ReadonlyArray<readonly [string, string, string, { region: string; inferred: boolean }]> = [
    ['a town named alone paragraphs later is its county\'s', '正是康保县张纪镇11个行政村搬迁前后的样貌。\n\n张纪新城集中安置区，1900余户搬进新居。', '1900余户', { region: 'kangbao', inferred: true }],
    ['…as a township too', '张北县公会镇建起养老院。\n\n全市新闻。\n\n公会镇新建助餐点3个。', '3个', { region: 'zhangbei', inferred: true }],
    ['a county\'s 城乡 is no town', '康保县城乡居民收入提高。\n\n城乡新增就业300人。', '300人', { region: 'zhangjiakou', inferred: false }],
    ['a name never written after a county is no town', '张纪新城集中安置区，1900余户搬进新居。', '1900余户', { region: 'zhangjiakou', inferred: false }],
    ['a community after its street is its district\'s', '桥西区大境门街道西沙河社区建起食堂。\n\n全市新闻。\n\n西沙河社区新建助餐点3个。', '3个', { region: 'qiaoxi_zhangjiakou', inferred: true }],
    ['…but 新农村 after a town names no village', '康保县张纪镇新农村建设提速。\n\n全市新闻。\n\n新农村建设新建温室12座。', '12座', { region: 'zhangjiakou', inferred: false }],
    ['a place named in the figure\'s sentence wins', '康保县张纪镇新貌。\n\n张纪新城旁，张北县新建学校2所。', '2所', { region: 'zhangbei', inferred: false }],
  ];
  for (const [what, text, figure, expected] of CASES) {
    it(what, () => {
      const { region, inferred } = placeOf(text, figure);
      assert.deepEqual({ region, inferred }, expected);
    });
  }
});

describe('a scene: a paragraph without figures that names a town sets the place of the paragraphs after it', () => {
  /** Each figure's place and whether it is flagged inferred, read by the whole pipeline (which knows where figures are). */
  const read = (text: string, region: string) => {
    const builder = new DatasetBuilder();
    builder.add({ file: 'scene.txt', text, sha256: 'd'.repeat(64), bytes: text.length }, { file: 'scene.txt', region });
    return new Map(builder.finish().observations.map((o) => [o.raw, `${o.region}${o.flags?.includes('place_inferred') ? ' inferred' : ''}`]));
  };
  const FEATURE = read(decodeArticle(readFileSync(new URL('./articles/feature-story.txt', import.meta.url))).text, 'chengdu');
  const REAL: ReadonlyArray<readonly [string, string, string]> = [
    ['the community named again in its own paragraph (2019年搬进望平社区后…只要12元)', '12元', 'chenghua inferred'],
    ['a paragraph naming no place, after the scene and the community\'s paragraphs (政府补贴了3000元)', '3000元', 'chenghua inferred'],
    ['the community by its own name, after the street\'s paragraph (住在望平社区的李婆婆…两次)', '两次', 'chenghua inferred'],
    ['until the city is named (成都是…。…全市…达到386.5万人)', '386.5万人', 'chengdu'],
  ];
  for (const [what, figure, expected] of REAL) it(what, () => assert.equal(FEATURE.get(figure), expected));
  const POST = read(decodeArticle(readFileSync(new URL('./articles/infographic.txt', import.meta.url))).text, 'jiaxing');
  it('a bulleted item after a scene of 秀洲区新城街道 (▶全年新招聘教师1260名) is the city\'s', () => assert.equal(POST.get('1260名'), 'jiaxing'));
  it('a number on its own line two sections after it (359个 under 02 养老篇) is the city\'s', () => assert.equal(POST.get('359个'), 'jiaxing'));
  it('the canteen after a resident quoted in 南湖区新兴街道 (食堂每天供应午餐约260份) is 南湖区\'s', () => assert.equal(POST.get('约260份'), 'nanhu inferred'));
  const MADE: ReadonlyArray<readonly [string, string, string, string]> = [
    ['a village scene in a county, two paragraphs on', '张家口市乡村振兴见闻\n\n清晨，康保县张纪镇的羊圈里热闹起来。\n\n老李是村里的养殖大户。\n\n他家今年养羊300只，收入8万元。', '8万元', 'kangbao inferred'],
    ['a village after its town, named again later', '张家口市乡村振兴见闻\n\n康保县张纪镇大营村的清晨。\n\n全市今年新建温室1200座。\n\n大营村今年新建温室12座。', '12座', 'kangbao inferred'],
    ['the whole named after the scene ends it', '张家口市乡村振兴见闻\n\n清晨，康保县张纪镇的羊圈里热闹起来。\n\n全市今年新增就业3万人。\n\n新建学校5所。', '5所', 'zhangjiakou'],
    ['another place named after the scene ends it', '张家口市乡村振兴见闻\n\n清晨，张北县公会镇的集市开张了。\n\n康保县新建学校3所。\n\n新建养老院2所。', '2所', 'zhangjiakou'],
    ['a town named in a paragraph with figures is no scene', '张家口市乡村振兴见闻\n\n康保县张纪镇新建养老院2所。\n\n新建学校5所。', '5所', 'zhangjiakou'],
    ['a district named alone is no scene: reports name districts in passing', '张家口市民生见闻\n\n桥西区的清晨，公园里满是晨练的老人。\n\n今年新建口袋公园15个。', '15个', 'zhangjiakou'],
    ['a place in an aside neither sets nor ends a scene', '张家口市乡村振兴见闻\n\n清晨，康保县张纪镇的羊圈里热闹起来（张北县也一样）。\n\n老李家今年新建羊舍3座。', '3座', 'kangbao inferred'],
    // Session 13 (infographic.txt): a post's sections and bulleted items are not the scene's narrative.
    ['a heading after the scene ends it', '张家口市乡村振兴见闻\n\n清晨，康保县张纪镇的羊圈里热闹起来。\n\n二、教育篇\n\n新建学校5所。', '5所', 'zhangjiakou'],
    ['a separator line after the scene ends it', '张家口市乡村振兴见闻\n\n清晨，康保县张纪镇的羊圈里热闹起来。\n\n━━━━━━━━━━\n\n新建学校5所。', '5所', 'zhangjiakou'],
    ['a bulleted item right after the scene is the post\'s own', '张家口市民生见闻\n\n清晨，康保县张纪镇的羊圈里热闹起来。\n\n●全年新建学校5所。', '5所', 'zhangjiakou'],
    ['a scene whose only figure is in a resident\'s quotation is still a scene', '张家口市乡村振兴见闻\n\n在康保县张纪镇，老李说：“一斤羊肉才卖45元，比去年便宜。”\n\n合作社今年新建羊舍3座。', '3座', 'kangbao inferred'],
    ['…but one with a figure of its own outside quotation marks is a report', '张家口市乡村振兴见闻\n\n在康保县张纪镇，合作社今年新建温室12座，老李说：“挣了8万元。”\n\n新建羊舍3座。', '3座', 'zhangjiakou'],
    ['…but a short line of speech (今年行情好！) is the scene\'s: it still holds', '张家口市乡村振兴见闻\n\n清晨，康保县张纪镇的羊圈里热闹起来。\n\n“今年行情好！”\n\n老李家今年新建羊舍3座。', '3座', 'kangbao inferred'],
  ];
  for (const [what, text, figure, expected] of MADE) it(what, () => assert.equal(read(text, 'zhangjiakou').get(figure), expected));
});

describe('a place beyond the article\'s, opening its clause with its own (的): its sentence\'s figures are its', () => {
  const HK = '相比之下，香港的资助安老院舍平均轮候时间约为20个月，目前仍有约1.1万名长者正在轮候资助护理安老宿位。珠海新建养老床位300张。';
  it('a Hong Kong paper\'s comparison in a 珠海 report (traditional.txt): Hong Kong\'s, to the sentence\'s end', () => {
    assert.equal(placeOf(HK, '20个月', 'zhuhai').region, 'hong_kong');
    assert.equal(placeOf(HK, '1.1万名', 'zhuhai').region, 'hong_kong');
    assert.equal(placeOf(HK, '300张', 'zhuhai').region, 'zhuhai');
  });
  it('another province\'s city, after 而', () => {
    assert.equal(placeOf('全市新增托位1200个，而深圳市的托位已达到5万个。', '5万个', 'zhuhai').region, 'shenzhen');
    assert.equal(placeOf('全市新增托位1200个，而深圳市的托位已达到5万个。', '1200个', 'zhuhai').region, 'zhuhai');
  });
  it('not places listed as where the city\'s work reached, nor one inside a clause', () => {
    assert.equal(placeOf('整合北京、天津、山西等9个省份18个城市的岗位资源。', '9个', 'zhuhai').region, 'zhuhai');
    assert.equal(placeOf('全市学习借鉴深圳的经验，新建托育机构12家。', '12家', 'zhuhai').region, 'zhuhai');
  });
});

describe('places in asides', () => {
  const TEXT = '全区老年助餐点总数达到211个（据市民政局统计，截至2024年底，成都全市老年助餐点已超过2000个）。完成适老化改造1050户。';
  const CASES: ReadonlyArray<readonly [string, string, { region: string; inferred: boolean }]> = [
    ['a place named in brackets holds inside them, and 成都全市 is the whole of 成都', '2000个', { region: 'chengdu', inferred: false }],
    ['…not after them', '1050户', { region: 'pidu', inferred: false }],
  ];
  for (const [what, figure, expected] of CASES) {
    it(what, () => {
      const { region, inferred } = placeOf(TEXT, figure, 'pidu');
      assert.deepEqual({ region, inferred }, expected);
    });
  }
});

describe('an official speaking in a transcript (QA s7, B3)', () => {
  const CASES: ReadonlyArray<readonly [string, string, string, { region: string; inferred: boolean }, string?]> = [
    // press-conference.txt: 明年，我们将完成… is the city bureau's plan, not 赣县区's, though the sentence before named it.
    ['a city bureau\'s 我们 is the city\'s, whatever the sentence before named', '新华社记者：请问在医疗服务方面，今年为群众办了哪些实事？\n\n市卫生健康委副主任王丽：今年以来，我们推动优质医疗资源下沉。赣县区人民医院新院区正在建设，建成后将新增床位800张。明年，我们将完成村卫生室标准化改造200个。', '200个', { region: 'ganzhou_jiangxi', inferred: false }],
    ['…while the place named in the figure\'s own sentence holds', '市卫生健康委副主任王丽：赣县区人民医院新院区正在建设，建成后将新增床位800张。明年，我们将完成村卫生室标准化改造200个。', '800张', { region: 'ganxian', inferred: false }],
    ['…and with no 我们 a place carried from the sentence before stays, flagged', '市卫生健康委副主任王丽：赣县区人民医院新院区正在建设。明年将新增床位300张。', '300张', { region: 'ganxian', inferred: true }],
    ['a district official\'s 我们 is the district their title names', '赣县区副区长钟文斌：感谢关注。南康区新建学校3所。下一步，我们将改造小区30个。', '30个', { region: 'ganxian', inferred: false }],
    ['a speaker named alone is known by the title given before', '市人社局局长张建华在发布会上表示，就业稳定。\n\n张建华：章贡区新增就业5800人。我们将新建零工市场15个。', '15个', { region: 'ganzhou_jiangxi', inferred: false }],
    ['a county-level city\'s 市 bureau is the city\'s own', '市民政局局长李四：沙洲坝镇新建养老院1所。我们还将新建助餐点5个。', '5个', { region: 'ruijin', inferred: false }, 'ruijin'],
    ['a reporter\'s turn is no official\'s', '赣南日报记者：章贡区新增就业5800人。我们想了解15个市场的情况。', '15个', { region: 'zhanggong', inferred: true }],
  ];
  for (const [what, text, figure, expected, article = 'ganzhou_jiangxi'] of CASES) {
    it(what, () => {
      const { region, inferred } = placeOf(text, figure, article);
      assert.deepEqual({ region, inferred }, expected);
    });
  }
});

describe('the whole as a ranking', () => {
  it('该区在全市率先 is the district\'s', () => {
    const text = '麒麟区新建学校11所。该区还在全市率先推行示范园，新增公办学前学位1500个。';
    assert.equal(placeOf(text, '1500个', 'qujing').region, 'qilin');
  });
  it('全市新增 is the whole\'s', () => {
    const text = '麒麟区新建学校11所。全市新增公办学前学位1500个。';
    assert.equal(placeOf(text, '1500个', 'qujing').region, 'qujing');
  });
});

describe('a place that is no figure\'s: inside a quoted name, the field of a ranking, before a list\'s total', () => {
  // hotline-report.txt: the province inside an app's name is no place of the city's figures.
  it('“爱山东”APP names no place', () => {
    const text = '网站、微信、“爱山东”APP等网络渠道受理94.2万件，占19.4%。';
    assert.deepEqual([placeOf(text, '94.2万件', 'zibo').region, placeOf(text, '19.4%', 'zibo').region], ['zibo', 'zibo']);
  });
  it('…nor “幸福张家口”, but a quotation that is the place\'s name alone is still its place', () => {
    assert.equal(placeOf('打造“幸福张家口”品牌，新建驿站12个。', '12个').region, 'zhangjiakou');
    assert.equal(placeOf('今年“康保县”新建驿站12个。', '12个').region, 'kangbao');
  });
  // county-news.txt: the county ranked among its prefecture's counties (the rank itself is no figure: an ordinal).
  it('after 列衢州市第1名 the county\'s figures are the county\'s, not the prefecture\'s', () => {
    const text = '开化县综合得分列衢州市第1名，新增学位2160个。';
    assert.equal(placeOf(text, '2160个', 'kaihua').region, 'kaihua');
    assert.equal(placeOf('桓台县综合考核位列全市第1名，满意率98.7%。', '98.7%', 'zibo').region, 'huantai');
    assert.equal(placeOf('麒麟区新建学校11所，居全省前列，新增学位1500个。', '1500个', 'qujing').region, 'qilin');
  });
  // hotline-report.txt: three functional zones the gazetteer does not know, then their sum.
  it('a list\'s 合计 is the whole\'s, not the last place named before the list', () => {
    const text = '沂源县19.4万件，高新区、经济开发区、文昌湖区合计12.5万件。';
    assert.equal(placeOf(text, '19.4万件', 'zibo').region, 'yiyuan');
    assert.equal(placeOf(text, '12.5万件', 'zibo').region, 'zibo');
  });
  it('…but a list of other things before 共 leaves the place named before it', () => {
    assert.equal(placeOf('康保县城镇和农村共新增就业3000人。', '3000人').region, 'kangbao');
  });
  it('…the smallest region holding the places listed, when the gazetteer knows them all', () => {
    const text = '全省新增就业110万人，其中桓台县12万人，张店区、淄川区共计8.6万人。';
    assert.equal(placeOf(text, '8.6万人', 'shandong').region, 'zibo');
    assert.equal(placeOf(text, '12万人', 'shandong').region, 'huantai');
  });
});

describe('places paired by 分别', () => {
  const TEXT = '全市已竣工12所，其中洛龙区、涧西区分别竣工4所、3所；其余18所正在建设。';
  const CASES: ReadonlyArray<readonly [string, string]> = [['4所', 'luolong_luoyang'], ['3所', 'jianxi'], ['18所', 'luoyang'], ['12所', 'luoyang']];
  for (const [figure, region] of CASES) {
    it(`${figure}: ${region}`, () => assert.equal(placeOf(TEXT, figure, 'luoyang').region, region));
  }
  // policy-qa.txt: what the places count stands between their list and 分别.
  it('pairs a list with what it counts before 分别: 洛龙区、涧西区新建的学校分别为4所、3所', () => {
    const text = '全市新建学校12所，洛龙区、涧西区新建的学校分别为4所、3所。';
    assert.deepEqual(['4所', '3所'].map((f) => placeOf(text, f, 'luoyang').region), ['luolong_luoyang', 'jianxi']);
  });
  it('…not across a clause break', () => {
    const text = '洛龙区、涧西区积极推进，新建的学校分别为4所、3所。';
    assert.notEqual(placeOf(text, '3所', 'luoyang').region, 'jianxi');
  });  // Session 13 (infographic.txt): a district list's item, the places before a colon.
  it('pairs a list item\'s places before its colon: ▲平湖市、海盐县：分别新增护理型床位310张、260张', () => {
    const text = '▲平湖市、海盐县：分别新增护理型床位310张、260张';
    assert.deepEqual(['310张', '260张'].map((f) => placeOf(text, f, 'jiaxing').region), ['pinghu', 'haiyan_jiaxing']);
  });
  it('…and names both by what follows 分别, not by the colon', () => {
    const text = '嘉兴市民生成绩单\n\n▲平湖市、海盐县：分别新增护理型床位310张、260张';
    const b = new DatasetBuilder();
    b.add({ file: 'p.txt', text, sha256: 'e'.repeat(64), bytes: text.length }, { file: 'p.txt', region: 'jiaxing' });
    assert.deepEqual(b.finish().observations.map((o) => o.subject), ['新增护理型床位', '新增护理型床位']);
  });
  it('…another city\'s, with an ASCII colon: 洛龙区、涧西区:分别竣工4所、3所', () => {
    const text = '洛龙区、涧西区:分别竣工4所、3所';
    assert.deepEqual(['4所', '3所'].map((f) => placeOf(text, f, 'luoyang').region), ['luolong_luoyang', 'jianxi']);
  });
  it('…but not a colon with a clause after it before 分别', () => {
    const text = '洛龙区、涧西区：积极推进，新建的学校分别为4所、3所。';
    assert.notEqual(placeOf(text, '3所', 'luoyang').region, 'jianxi');
  });
});

describe('the place an article is about, with no manifest', () => {
  const place = (text: string) => {
    const p = articlePlace(text);
    return p && !p.ambiguous ? `${p.region.name.zh} from ${p.from}` : p && 'ambiguous';
  };

  it('reads a short first line as the title', () => {
    assert.equal(place('成都市郫都区2024年民生实事完成情况\n\n今年以来，全区……'), '郫都区 from title');
  });

  it('reads a first line that is a sentence as the lead, not a title (QA review s6, B7)', () => {
    // 呼和浩特's article opens with a leader's visit to the province; its own title comes later.
    const seeds = new URL('../../seeds/', import.meta.url).pathname;
    const file = readdirSync(seeds).find((f) => f.startsWith('003'))!;
    assert.equal(place(decodeArticle(readFileSync(seeds + file)).text), '呼和浩特市 from lead');
    assert.equal(place('2023年6月，总书记在内蒙古考察时强调，要坚持以人民为中心。\n\n一年来，呼和浩特市委、市政府……呼和浩特市309个老旧小区……'), '呼和浩特市 from lead');
  });
});

describe('a government\'s round-up: a source line (来源：湖南省人民政府网) over a lead naming several places under it', () => {
  const place = (text: string) => {
    const p = articlePlace(text);
    return p && !p.ambiguous ? p.region.name.zh : p && 'ambiguous';
  };
  it('a province\'s site on three of its cities, with no place in the title, is the province\'s', () => {
    assert.equal(place('长株潭都市圈2025年同城化建设成效显著\n\n来源：湖南省人民政府网　发布时间：2026-01-08\n\n2025年，长沙、株洲、湘潭三市协同推进。长沙市新开通跨市公交线路12条，湘潭市与长沙共建产业园区5个，株洲市新增就业2万人。'), '湖南省');
  });
  it('…a city\'s site on its districts, the city\'s', () => {
    assert.equal(place('西部片区协同发展综述\n\n来源：成都市人民政府网\n\n2025年，郫都区、温江区、双流区共建产业园区9个，郫都区新增就业2万人。'), '成都市');
  });
  it('…not when one place is named more often than the others together, nor with no government\'s source, nor a title naming a place', () => {
    assert.equal(place('就业工作综述\n\n来源：四川省人民政府网\n\n2025年，成都市新增就业27万人。成都与德阳共建产业园区9个，成都全年举办招聘会48场。'), '成都市');
    assert.equal(place('就业工作综述\n\n来源：湖南日报\n\n2025年，长沙、株洲、湘潭协同发展，长沙新增就业12万人。'), '长沙市');
    assert.equal(place('长沙市2025年同城化工作综述\n\n来源：湖南省人民政府网\n\n2025年，长沙、株洲、湘潭协同发展，株洲新增就业2万人。'), '长沙市');
  });
});

describe('a short name means what the text allows where it stands: 湘潭 in a 长沙 article is the city, so it can be a partner', () => {
  const text = '长株潭都市圈建设提速。\n\n2025年，长沙、株洲、湘潭三市同城化加快。湘潭新建产业园区5个。株洲市新增就业2万人。';
  it('湘潭 (湘潭市, not 湘潭县, whose short form stands only in its prefecture)', () => {
    assert.equal(placeOf(text, '5个', 'changsha_hunan').region, 'xiangtan_hunan');
    assert.equal(placeOf(text, '2万人', 'changsha_hunan').region, 'zhuzhou');
  });
  it('资阳 in a 成都 round-up (资阳市, not 益阳\'s 资阳区)', () => {
    const made = '成都都市圈同城化加快。\n\n资阳与成都同城化发展提速，资阳新建学校8所。';
    assert.equal(placeOf(made, '8所', 'chengdu').region, 'ziyang_sichuan');
  });
  it('…in an article of 益阳, 资阳 is still its district, and no partner', () => {
    assert.equal(placeOf('今年，资阳新建学校8所。', '8所', 'yiyang_hunan').region, 'ziyang_yiyang');
    assert.equal(placeOf('长株潭都市圈建设提速。湘潭新建产业园区5个。', '5个', 'yiyang_hunan').region, 'yiyang_hunan');
  });
});

describe('places joined by 、 to figures, not to one another', () => {
  // 、 between place-figure pairs is no list of places: each figure is its own place's.
  const TEXT = '前三季度全市筹集保障性租赁住房4260套，其中章贡区1850套、赣县区760套。';
  const CASES: ReadonlyArray<readonly [string, string]> = [['4260套', 'ganzhou_jiangxi'], ['1850套', 'zhanggong'], ['760套', 'ganxian']];
  for (const [figure, region] of CASES) {
    it(`${figure}: ${region}`, () => assert.equal(placeOf(TEXT, figure, 'ganzhou_jiangxi').region, region));
  }
  it('a list of places stays a list: 平山、正定、灵寿等县 is about none of them alone', () => {
    assert.equal(placeOf('石家庄市平山、正定、灵寿等县新建学校12所。', '12所', 'shijiazhuang').region, 'shijiazhuang');
  });
  it('…and so does one joined by 和: 平山县和正定县新建学校12所 is not 正定县\'s alone', () => {
    assert.equal(placeOf('平山县和正定县新建学校12所。', '12所', 'shijiazhuang').region, 'shijiazhuang');
  });
});

describe('a place a breakdown names (其中晋江市…) holds for its sentence only', () => {
  // annual-plan.txt: the sentences after 其中晋江市 are about the whole city again.
  const TEXT = '新增公办学位2.6万个，其中晋江市新增学位4000个以上。2025年已建成投用学校26所，新增学位2.2万个。';
  const CASES: ReadonlyArray<readonly [string, string, { region: string; inferred: boolean }]> = [
    ['the breakdown itself is the place\'s', '4000个', { region: 'jinjiang_quanzhou', inferred: false }],
    ['the next sentence is the whole\'s, not carried', '26所', { region: 'quanzhou_fujian', inferred: false }],
    ['…through the sentence', '2.2万个', { region: 'quanzhou_fujian', inferred: false }],
  ];
  for (const [what, figure, expected] of CASES) {
    it(what, () => {
      const { region, inferred } = placeOf(TEXT, figure, 'quanzhou_fujian');
      assert.deepEqual({ region, inferred }, expected);
    });
  }
  it('…across the clauses of its sentence part', () => {
    const text = '全市新建学校30所，其中，晋江市新校区9月投入使用，新增学位2400个；石狮市新增学位800个。';
    assert.equal(placeOf(text, '2400个', 'quanzhou_fujian').region, 'jinjiang_quanzhou');
  });
  it('…and 该市 can still point back to it', () => {
    const text = '全市新增学位2.6万个，其中晋江市新增学位4000个。该市还新建食堂12个。';
    assert.equal(placeOf(text, '12个', 'quanzhou_fujian').region, 'jinjiang_quanzhou');
  });
});

describe('city words in an article whose place is no city', () => {
  // provincial-roundup.txt (河南省): each city's paragraph speaks of itself as 全市.
  const ROUNDUP = decodeArticle(readFileSync(new URL('./articles/provincial-roundup.txt', import.meta.url))).text;
  const REAL: ReadonlyArray<readonly [string, string, string]> = [
    ['全市 after the city named earlier in its sentence (郑州市…，全市老年助餐点总数达到1862个)', '1862个', 'zhengzhou'],
    ['全市 after the city named in the sentence before (南阳市着力…。截至11月底，全市…1018万人)', '1018万人', 'nanyang'],
    ['全市 after a city bureau (南阳市卫健委有关负责人表示，明年全市将新建…12家)', '12家', 'nanyang'],
    ['全市总数 after 信阳市…', '986个', 'xinyang'],
    ['全省 stays the province (截至11月底，全省城镇新增就业118.6万人)', '118.6万人', 'henan'],
    ['a figure after 全省 in the province\'s own paragraph', '286万人', 'henan'],
  ];
  for (const [what, figure, region] of REAL) {
    it(what, () => assert.equal(placeOf(ROUNDUP, figure, 'henan').region, region));
  }
  const MADE: ReadonlyArray<readonly [string, string, string, string, string]> = [
    ['another province: 深圳市…。全市…', '深圳市坚持民生优先。今年以来，全市新增基础教育学位12.6万个。', '12.6万个', 'guangdong', 'shenzhen'],
    ['an autonomous region: 南宁市…，本市…', '南宁市持续推进老旧小区改造，本市今年改造小区412个。', '412个', 'guangxi', 'nanning'],
    ['a county-level city is a city (巩义市…全市)', '巩义市把助餐服务作为民生实事，全市建成助餐点86个。', '86个', 'henan', 'gongyi'],
    ['the city, not the county named after it (洛阳市栾川县…全市)', '洛阳市栾川县新建村卫生室36个，全市新增床位900张。', '900张', 'henan', 'luoyang'],
    ['市区, the city proper, after a city', '洛阳市推进停车设施建设，市区今年新增公共停车位1.2万个。', '1.2万个', 'henan', 'luoyang'],
    ['…but not inside 城市区域', '郑州市新建助餐点326个。全省城市区域新增公共停车位12万个。', '12万个', 'henan', 'henan'],
    ['…nor 各市区县', '郑州市新建助餐点326个。全省各市区县新增公共停车位12万个。', '12万个', 'henan', 'henan'],
    ['with no city named in its paragraph, the article\'s place', '郑州市新建助餐点326个。\n全市新增托位1.2万个。', '1.2万个', 'henan', 'henan'],
    ['a county\'s article: 全市 points back to its prefecture named before', '定西市召开民生工作会议，全市今年新增就业2.1万人。', '2.1万人', 'weiyuan_dingxi', 'dingxi'],
    ['a city\'s article: 全市 is the city, after a county too', '康保县新建学校3所，全市新建学校30所。', '30所', 'zhangjiakou', 'zhangjiakou'],
    ['a city\'s article: 全县 points back to the county named before', '康保县把养老作为重点。今年全县新建互助幸福院12所。', '12所', 'zhangjiakou', 'kangbao'],
    ['a city\'s article: 全区 points back to the district named before', '桥西区推进老旧小区改造，全区今年改造小区46个。', '46个', 'zhangjiakou', 'qiaoxi_zhangjiakou'],
  ];
  for (const [what, text, figure, article, region] of MADE) {
    it(what, () => assert.equal(placeOf(text, figure, article).region, region));
  }
});

describe('全市 after a county-level city in its city\'s article', () => {
  // feature-story.txt (成都市): 崇州市's paragraph speaks of 崇州 as 该市 and 全市.
  const FEATURE = decodeArticle(readFileSync(new URL('./articles/feature-story.txt', import.meta.url))).text;
  const REAL: ReadonlyArray<readonly [string, string]> = [
    ['该市已建成…156个', '156个'],
    ['覆盖全市80%的行政村', '80%'],
    ['…，今年以来累计服务农村老人8.3万人次 (after 全市 in the same sentence)', '8.3万人次'],
  ];
  for (const [what, figure] of REAL) it(what, () => assert.equal(placeOf(FEATURE, figure, 'chengdu').region, 'chongzhou'));
  const MADE: ReadonlyArray<readonly [string, string, string, string, string]> = [
    ['another province\'s city (迁安市…全市)', '迁安市推进农村养老，全市建成互助幸福院210个。', '210个', 'tangshan', 'qianan_tangshan'],
    ['in the sentence before', '巩义市把助餐服务作为民生实事。今年以来，全市建成助餐点86个。', '86个', 'zhengzhou', 'gongyi'],
    ['a district named last: 全市 is the article\'s', '都江堰市新建食堂12个，金牛区新建8个，全市新建食堂300个。', '300个', 'chengdu', 'chengdu'],
    ['the article\'s own city named last', '都江堰市新建食堂12个。成都市民政局介绍，全市新建食堂300个。', '300个', 'chengdu', 'chengdu'],
    ['a county-level city in the paragraph before', '都江堰市新建食堂12个。\n全市新建食堂300个。', '300个', 'chengdu', 'chengdu'],
    ['a breakdown\'s city holds for its sentence part only', '全市新增学位2.6万个，其中晋江市新增4000个；全市新建学校26所。', '26所', 'quanzhou_fujian', 'quanzhou_fujian'],
    ['我市 stays the article\'s', '彭州市新建食堂12个，我市新建食堂300个。', '300个', 'chengdu', 'chengdu'],
  ];
  for (const [what, text, figure, article, region] of MADE) {
    it(what, () => assert.equal(placeOf(text, figure, article).region, region));
  }
});

describe('places paired by a count before 分别 (两市分别)', () => {
  const ROUNDUP = decodeArticle(readFileSync(new URL('./articles/provincial-roundup.txt', import.meta.url))).text;
  it('两市分别 after 开封市、许昌市 in the sentence before: 6.9万人 is 开封市\'s, 5.8万人 许昌市\'s', () => {
    assert.deepEqual(['6.9万人', '5.8万人'].map((f) => placeOf(ROUNDUP, f, 'henan').region), ['kaifeng', 'xuchang']);
  });
  const CASES: ReadonlyArray<readonly [string, string, readonly string[], string, readonly string[]]> = [
    ['two cities of another province', '绵阳市、德阳市持续推进老旧小区改造。今年两市分别改造老旧小区320个和280个。', ['320个', '280个'], 'sichuan', ['mianyang', 'deyang']],
    ['two counties in a city\'s article (两县)', '康保县、沽源县是坝上地区的重点县。今年，两县分别新建养老院3所和2所。', ['3所', '2所'], 'zhangjiakou', ['kangbao', 'guyuan_zhangjiakou']],
    ['three places (三地), written 、', '康保县、沽源县和张北县同步推进。三地分别新增就业1200人、900人、1500人。', ['1200人', '900人', '1500人'], 'zhangjiakou', ['kangbao', 'guyuan_zhangjiakou', 'zhangbei']],
    ['a count that is not the list\'s pairs nothing', '康保县、沽源县和张北县同步推进。两县分别新增就业1200人、900人。', ['1200人', '900人'], 'zhangjiakou', ['zhangjiakou', 'zhangjiakou']],
    ['a level that is not the list\'s pairs nothing (两区 after two counties)', '康保县、沽源县同步推进。两区分别新增就业1200人、900人。', ['1200人', '900人'], 'zhangjiakou', ['zhangjiakou', 'zhangjiakou']],
    ['a list in the paragraph before pairs nothing', '康保县、沽源县同步推进。\n两县分别新增就业1200人、900人。', ['1200人', '900人'], 'zhangjiakou', ['zhangjiakou', 'zhangjiakou']],
  ];
  for (const [what, text, figures, article, regions] of CASES) {
    it(what, () => assert.deepEqual(figures.map((f) => placeOf(text, f, article).region), regions));
  }
});

describe('a place a figure is compared with, or a share of, is not its place', () => {
  const ROUNDUP = decodeArticle(readFileSync(new URL('./articles/provincial-roundup.txt', import.meta.url))).text;
  const REAL: ReadonlyArray<readonly [string, string, string, string]> = [
    ['开封市今年新建和改造农村公路412公里，比许昌市多86公里', ROUNDUP, '86公里', 'kaifeng'],
    ['…新增普惠托位1.1万个，占全省新增总数的21.2% (郑州市\'s)', ROUNDUP, '21.2%', 'zhengzhou'],
  ];
  const MADE: ReadonlyArray<readonly [string, string, string, string, string]> = [
    ['高于全省平均水平, in a province\'s article', '郑州市居民人均可支配收入增长5.6%，高于全省平均水平0.3个百分点。', '0.3个百分点', 'henan', 'zhengzhou'],
    ['a share of 全市 in a city\'s article: the district\'s', '桥西区城镇新增就业1.2万人，占全市的30%。', '30%', 'zhangjiakou', 'qiaoxi_zhangjiakou'],
    ['较 before a district', '桥西区城镇新增就业1.2万人，较桥东区多3000人。', '3000人', 'zhangjiakou', 'qiaoxi_zhangjiakou'],
    ['与…相比', '开封市新增就业6.9万人，与许昌市相比多1.1万人。', '1.1万人', 'henan', 'kaifeng'],
    ['a place after 比 in a sentence naming no other: the article\'s', '今年新建农村公路412公里，比许昌市多86公里。', '86公里', 'henan', 'henan'],
  ];
  for (const [what, text, figure, region] of REAL) {
    it(what, () => assert.equal(placeOf(text, figure, 'henan').region, region));
  }
  it('a county\'s lead over its prefecture (增速高于全市平均水平1.2个百分点) is the county\'s', () => {
    const text = decodeArticle(readFileSync(new URL('./articles/county-work-report.txt', import.meta.url))).text;
    assert.equal(placeOf(text, '1.2个百分点', 'weiyuan_dingxi').region, 'weiyuan_dingxi');
  });
  for (const [what, text, figure, article, region] of MADE) {
    it(what, () => assert.equal(placeOf(text, figure, article).region, region));
  }
});

describe('a province\'s news in another style, through the pipeline', () => {
  const TEXT = [
    '广东省2025年民生实事进展',
    '2025-11-20 来源：南方日报',
    '深圳市、广州市发力“一小”。截至10月底，两市分别新增普惠托位2.1万个和1.8万个。',
    '佛山市今年新建长者饭堂120个，全市长者饭堂总数达到980个，比东莞市多160个。东莞市委、市政府把助餐列入民生实事，全市今年新增长者饭堂95个。',
    '从全省看，今年以来全省城镇新增就业120万人。',
  ].join('\n');
  const builder = new DatasetBuilder();
  builder.add({ file: 'guangdong.txt', text: TEXT, sha256: 'c'.repeat(64), bytes: TEXT.length }, { file: 'guangdong.txt', region: 'guangdong' });
  const { observations } = builder.finish();
  const CASES: ReadonlyArray<readonly [string, string]> = [
    ['2.1万个', 'shenzhen'],
    ['1.8万个', 'guangzhou'],
    ['120个', 'foshan'],
    ['980个', 'foshan'],
    ['160个', 'foshan'],
    ['95个', 'dongguan'],
    ['120万人', 'guangdong'],
  ];
  for (const [raw, region] of CASES) {
    it(`${raw}: ${region}`, () => assert.equal(observations.find((o) => o.raw === raw)?.region, region));
  }
});

describe('paired assistance (东西部协作, 对口支援): the partner named with those words is a place of the article too', () => {
  const PA = decodeArticle(readFileSync(new URL('./articles/paired-assistance.txt', import.meta.url))).text;
  it('宁波\'s review (paired-assistance.txt): what is built in 黔西南州 and its counties is theirs, 宁波\'s own cadres and schools 宁波\'s', () => {
    assert.equal(placeOf(PA, '14所', 'ningbo').region, 'qianxinan');
    assert.equal(placeOf(PA, '1500名', 'ningbo').region, 'ceheng');
    assert.equal(placeOf(PA, '412名', 'ningbo').region, 'ningbo');
    assert.equal(placeOf(PA, '38所', 'ningbo').region, 'haishu');
  });
  it('another pair, from either side: the donor\'s article and the recipient\'s', () => {
    const donor = '今年，广州市与毕节市东西部协作深入推进。广州在毕节市援建学校12所，全市选派教师86名赴毕节市支教。';
    assert.equal(placeOf(donor, '12所', 'guangzhou').region, 'bijie');
    assert.equal(placeOf(donor, '86名', 'guangzhou').region, 'guangzhou');
    const recipient = '杭州市对口帮扶来凤县以来，杭州市累计选派医生32名，来凤县新建村卫生室18个。';
    assert.equal(placeOf(recipient, '32名', 'enshi_hubei').region, 'hangzhou');
    assert.equal(placeOf(recipient, '18个', 'enshi_hubei').region, 'laifeng');
  });
  it('cities grown together (同城化, 都市圈): a partner city\'s own figures are its, in another city\'s round-up', () => {
    const text = '今年，长沙市与株洲市同城化发展提速。株洲市已建成跨市公交线路6条。长沙市新建学校12所。';
    assert.equal(placeOf(text, '6条', 'changsha_hunan').region, 'zhuzhou');
    assert.equal(placeOf(text, '12所', 'changsha_hunan').region, 'changsha_hunan');
  });
  it('全州 and 我州 are the autonomous prefecture\'s, named or the article\'s own; 全州县 is a county', () => {
    const recipient = '今年以来，宁波市向我州拨付财政援助资金8.6亿元。宁波市选派干部412名来我州挂职。全州通过劳务协作到浙江就业3.26万人。';
    assert.equal(placeOf(recipient, '8.6亿元', 'qianxinan').region, 'qianxinan');
    assert.equal(placeOf(recipient, '412名', 'qianxinan').region, 'ningbo');
    assert.equal(placeOf(recipient, '3.26万人', 'qianxinan').region, 'qianxinan');
    const donor = '宁波与黔西南州东西部协作深化。黔西南州今年脱贫攻坚成果巩固，全州新建学校14所。全市新增就业5万人。';
    assert.equal(placeOf(donor, '14所', 'ningbo').region, 'qianxinan');
    assert.equal(placeOf(donor, '5万人', 'ningbo').region, 'ningbo');
    assert.equal(placeOf('桂林市全州县新建学校3所。', '3所', 'guilin').region, 'quanzhou_guilin');
  });
  it('a place beyond the article\'s named with no such words stays beyond it', () => {
    assert.equal(placeOf('京张协同发展深入推进。北京市新建学校5所。', '5所', 'zhangjiakou').region, 'zhangjiakou');
    assert.equal(placeOf('京津冀交通一体化加快推进，北京冬奥会带动冰雪旅游，接待游客300万人次。', '300万人次', 'zhangjiakou').region, 'zhangjiakou');
    assert.equal(placeOf('今年，宁波与黔西南州签订旅游合作协议。黔西南州新建学校5所。', '5所', 'ningbo').region, 'ningbo');
  });
});

describe('a place that is only the counterpart of what is counted: a partner, a source, where people go to work or be treated', () => {
  const MA = decodeArticle(readFileSync(new URL('./articles/metro-area.txt', import.meta.url))).text;
  const PA = decodeArticle(readFileSync(new URL('./articles/paired-assistance.txt', import.meta.url))).text;
  const REAL: ReadonlyArray<readonly [string, string, string, string, string]> = [
    ['德阳市已与成都共建产业园区9个', MA, '9个', 'sichuan', 'deyang'],
    ['眉山市全年承接成都产业转移项目96个', MA, '96个', 'sichuan', 'meishan'],
    ['眉山至成都日均通勤人口达到11.2万人次', MA, '11.2万人次', 'sichuan', 'meishan'],
    ['资阳市参保人员在成都就医直接结算人次同比增长31%', MA, '31%', 'sichuan', 'ziyang_sichuan'],
    ['成都都市圈实现地区生产总值3.02万亿元: the metropolitan area is no 成都市', MA, '3.02万亿元', 'sichuan', 'sichuan'],
    ['帮助黔西南州农村劳动力到浙江就业3.26万人', PA, '3.26万人', 'ningbo', 'qianxinan'],
    ['海曙区…与望谟县的学校结对，互派教师120人次', PA, '120人次', 'ningbo', 'haishu'],
  ];
  for (const [what, text, figure, article, region] of REAL) {
    it(what, () => assert.equal(placeOf(text, figure, article).region, region));
  }
  const MADE: ReadonlyArray<readonly [string, string, string, string, string]> = [
    ['与…共建', '株洲市已与长沙市共建产业园区3个。', '3个', 'hunan', 'zhuzhou'],
    ['承接', '湘潭市全年承接长沙产业转移项目58个。', '58个', 'hunan', 'xiangtan_hunan'],
    ['至…通勤', '湘潭市至长沙市日均通勤人口达到6.5万人次。', '6.5万人次', 'hunan', 'xiangtan_hunan'],
    ['…都市圈 in a province\'s article', '南京都市圈地区生产总值达到5.2万亿元。', '5.2万亿元', 'jiangsu', 'jiangsu'],
    // Not where people go for anything but work or treatment, nor a place 在 sets, nor a city without 都市圈.
    ['到…的游客: where the visits are', '今年到株洲市的游客达到3200万人次。', '3200万人次', 'hunan', 'zhuzhou'],
    ['在 a place', '在株洲市，今年新建学校5所。', '5所', 'hunan', 'zhuzhou'],
    ['南京市 itself', '南京市地区生产总值达到1.9万亿元。', '1.9万亿元', 'jiangsu', 'nanjing_jiangsu'],
  ];
  for (const [what, text, figure, article, region] of MADE) {
    it(what, () => assert.equal(placeOf(text, figure, article).region, region));
  }
  it('a resident\'s figure is where the clause naming them says they live, its most specific place', () => {
    assert.equal(placeOf(MA, '300多元', 'sichuan').region, 'yanjiang');
    const made = '“坐城际公交去长沙上班，一个月才200多元。”家住株洲市芦淞区的王阿姨说。';
    assert.equal(placeOf(made, '200多元', 'hunan').region, 'lusong');
  });
});

describe('a place right after a count, before the noun it counts, is whose the things counted are', () => {
  const ownerOf = (text: string, figure: string, article: string) => {
    const at = text.indexOf(figure);
    const paragraphStart = text.lastIndexOf('\n', at) + 1;
    const sentenceStart = Math.max(paragraphStart, text.lastIndexOf('。', at) + 1);
    const stop = text.indexOf('。', at);
    return new PlaceFinder(text, article).placeOf(at, sentenceStart, stop < 0 ? text.length : stop + 1, paragraphStart, at + figure.length).region;
  };
  it('128家宁波企业 (paired-assistance.txt), after a sentence of 海曙区', () => {
    const text = decodeArticle(readFileSync(new URL('./articles/paired-assistance.txt', import.meta.url))).text;
    assert.equal(ownerOf(text, '128家', 'ningbo'), 'ningbo');
  });
  it('students of another county, firms of another city', () => {
    assert.equal(ownerOf('今年，宁波与黔西南州东西部协作深化。全市学校接收18名黔西南州学生就读。', '18名', 'ningbo'), 'qianxinan');
    assert.equal(ownerOf('株洲市新建产业园区3个，引进36家长沙市企业入驻。', '36家', 'hunan'), 'changsha_hunan');
  });
  it('…not a place that opens the next clause or takes a verb', () => {
    assert.equal(ownerOf('桥西区新建学校5所，桥东区新建3所。', '5所', 'zhangjiakou'), 'qiaoxi_zhangjiakou');
    assert.equal(ownerOf('全市新增就业1200人张北县新增300人。', '1200人', 'zhangjiakou'), 'zhangjiakou');
  });
});

describe('money is where it is spent: an amount followed by the place it is spent for (，为晴隆县…)', () => {
  const PA = decodeArticle(readFileSync(new URL('./articles/paired-assistance.txt', import.meta.url))).text;
  const spent = (text: string, figure: string, article: string) => {
    const at = text.indexOf(figure);
    const paragraphStart = text.lastIndexOf('\n', at) + 1;
    const sentenceStart = Math.max(paragraphStart, text.lastIndexOf('。', at) + 1);
    const stop = text.indexOf('。', at);
    return new PlaceFinder(text, article).placeOf(at, sentenceStart, stop < 0 ? text.length : stop + 1, paragraphStart, at + figure.length).region;
  };
  it('北仑区投入1200万元，为晴隆县改造乡镇卫生院5个 (paired-assistance.txt)', () => assert.equal(spent(PA, '1200万元', 'ningbo'), 'qinglong_qianxinan'));
  it('other donors, other words (用于, 帮助)', () => {
    assert.equal(spent('今年，广州市与毕节市东西部协作深入推进。天河区安排资金800万元用于毕节市新建幼儿园。', '800万元', 'guangzhou'), 'bijie');
    assert.equal(spent('杭州市对口帮扶恩施州。西湖区出资350万元，帮助来凤县建设养老院2所。', '350万元', 'hangzhou'), 'laifeng');
  });
  it('…not a count of people sent, nor money with no place after it', () => {
    assert.equal(spent('今年，宁波与黔西南州东西部协作深化。北仑区选派医生20名，为晴隆县培训村医300人次。', '20名', 'ningbo'), 'beilun');
    assert.equal(spent('北仑区投入1200万元，改造乡镇卫生院5个。', '1200万元', 'ningbo'), 'beilun');
  });
});

describe('a place after 在 that a thing is set up in, when the place after the verb only names what it serves', () => {
  const PA = decodeArticle(readFileSync(new URL('./articles/paired-assistance.txt', import.meta.url))).text;
  it('在甬新设黔西南州劳务工作站12个, 在宁波新开设黔西南州农特产品展销馆（专柜）86个 (paired-assistance.txt): 宁波\'s', () => {
    assert.equal(placeOf(PA, '12个', 'ningbo').region, 'ningbo');
    assert.equal(placeOf(PA, '86个', 'ningbo').region, 'ningbo');
  });
  it('…not the figure of the next clause (认定帮扶产品1260款: 黔西南州\'s, as before)', () => {
    const made = '今年，宁波与黔西南州消费帮扶深化。在宁波新开设黔西南州展销馆86个，认定黔西南州帮扶产品1260款。';
    assert.equal(placeOf(made, '1260款', 'ningbo').region, 'qianxinan');
  });
  it('other cities\' one-character names (来蓉, 在沪) and styles', () => {
    assert.equal(placeOf('成都都市圈同城化加快。在蓉新设资阳市就业服务站8个。', '8个', 'chengdu').region, 'chengdu');
    assert.equal(placeOf('上海市对口支援喀什地区。在沪设立喀什地区特产专柜45个。', '45个', 'shanghai').region, 'shanghai');
  });
  it('…not a place after 在 that is itself where things are built, nor 京 in 京津冀', () => {
    assert.equal(placeOf(PA, '14所', 'ningbo').region, 'qianxinan');
    assert.equal(placeOf('今年，广州市与毕节市东西部协作深入推进。广州在毕节市新建学校12所。', '12所', 'guangzhou').region, 'bijie');
    assert.equal(placeOf('张家口市在京津冀协同发展中新建学校5所。', '5所', 'zhangjiakou').region, 'zhangjiakou');
    // 在京东平台 is a shop, not 北京, though the sentence is one of 消费帮扶.
    assert.equal(placeOf('今年，宁波与黔西南州消费帮扶深化，黔西南州农特产品在京东平台销售额达到3.2亿元。', '3.2亿元', 'ningbo').region, 'qianxinan');
  });
});

describe('a count of places standing for a list of as many named before (四县, 三市): the smallest region holding them', () => {
  it('the lead of metro-area.txt read from a city\'s side: 成都、德阳、眉山、资阳四市 in a 成都 article', () => {
    const text = decodeArticle(readFileSync(new URL('./articles/metro-area.txt', import.meta.url))).text;
    assert.equal(placeOf(text, '3.02万亿元', 'chengdu').region, 'sichuan');
  });
  it('a donor\'s counties', () => {
    const text = '今年，上海市对口支援喀什地区莎车县、泽普县、叶城县、巴楚县四县。在莎车县新建学校8所；帮助四县农村劳动力转移就业5.6万人，其中到上海就业1200人。';
    assert.equal(placeOf(text, '8所', 'shanghai').region, 'shache');
    assert.equal(placeOf(text, '5.6万人', 'shanghai').region, 'kashgar_xinjiang');
    assert.equal(placeOf(text, '1200人', 'shanghai').region, 'kashgar_xinjiang');
  });
  it('…not places a figure is offered to (metro-area.txt: 成都市全年面向德眉资三市发布就业岗位12.6万个)', () => {
    const text = decodeArticle(readFileSync(new URL('./articles/metro-area.txt', import.meta.url))).text;
    assert.equal(placeOf(text, '12.6万个', 'sichuan').region, 'chengdu');
    assert.equal(placeOf('株洲市、湘潭市全面融入长株潭一体化。长沙市面向株潭两市开放岗位3万个。', '3万个', 'hunan').region, 'changsha_hunan');
  });
  it('…not a count of as many places with no list, nor after a list of another size, nor 两市分别', () => {
    assert.equal(placeOf('康保县新建学校2所。三县共新建养老院5所。', '5所', 'zhangjiakou').region, 'kangbao');
    assert.equal(placeOf('康保县、沽源县新建学校2所。三县共新建养老院5所。', '5所', 'zhangjiakou').region, 'zhangjiakou');
  });
});

describe('a sum of places, filed under the region holding them, is never that region\'s own measure', () => {
  const page = (title: string, body: string) => [title, '', body, ''].join('\n');
  it('the real sentence: 四市…城镇新增就业41.2万人 is the four cities\', not 四川省\'s new urban jobs', () => {
    const fig = figures(
      page('成德眉资同城化发展2025年成效综述', '2025年，成都、德阳、眉山、资阳四市同城化发展年度任务全面完成。全年四市城镇新增就业41.2万人。其中成都市城镇新增就业27万人。'),
      'sichuan',
    );
    const sum = fig('41.2万人');
    assert.equal(sum.region, 'sichuan');
    assert.notEqual(sum.indicator, 'new_urban_jobs');
    assert.match(sum.subject, /^四市/u);
    // …while a place of the list keeps its own, the lexicon's measure.
    assert.equal(fig('27万人').indicator, 'new_urban_jobs');
  });
  it('…named again paragraphs after the list (四市全年…), its parts (其中, 分别) each the place\'s own measure', () => {
    const fig = figures(
      page(
        '成德眉资同城化发展2025年成效综述',
        '2025年，成都、德阳、眉山、资阳四市同城化发展年度任务全面完成。\n\n就业创业协同推进。四市全年城镇新增就业41.2万人，其中成都市27万人，德阳市、眉山市、资阳市分别新增6.1万人、4.3万人和3.8万人。',
      ),
      'sichuan',
    );
    assert.notEqual(fig('41.2万人').indicator, 'new_urban_jobs');
    for (const [raw, region] of [['27万人', 'chengdu'], ['6.1万人', 'deyang'], ['3.8万人', 'ziyang_sichuan']]) {
      assert.deepEqual([fig(raw).indicator, fig(raw).region], ['new_urban_jobs', region], raw);
    }
  });
  it('another city: 张店区、淄川区、博山区合计新增城镇就业 beside the city\'s own 全市 figure', () => {
    const fig = figures(page('淄博市2025年民生工作综述', '2025年，张店区、淄川区、博山区合计新增城镇就业1.2万人。全市城镇新增就业5.6万人。'), 'zibo');
    assert.notEqual(fig('1.2万人').indicator, fig('5.6万人').indicator);
    assert.equal(fig('5.6万人').indicator, 'new_urban_jobs');
    // Named by all three, never a cut list that names two as all (张店区等三区 when the names do not fit).
    assert.match(fig('1.2万人').subject, /^张店区/u);
  });
  it('…but places paired with 分别 each keep the measure of their own', () => {
    const fig = figures(page('淄博市2025年民生工作综述', '2025年，张店区、淄川区城镇新增就业分别为1.2万人、0.9万人。'), 'zibo');
    assert.equal(fig('1.2万人').indicator, 'new_urban_jobs');
    assert.equal(fig('0.9万人').region, 'zichuan');
  });
});
