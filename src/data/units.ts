/**
 * Units and classifiers written after a numeral, and what each means for a figure.
 * Listed longest first where one is a prefix of another (人次 before 人).
 */
import type { IndicatorKind } from './types.js';

export const UnitRole = {
  /** A counted thing: 个, 所, 户, 人 … */
  count: 'count',
  money: 'money',
  percent: 'percent',
  /** Rates over another base, kept in it: 2.1‰ (婴儿死亡率), 8.5/10万 (孕产妇死亡率). */
  rate: 'rate',
  /** A multiple of another quantity: 低保标准的1.3倍. */
  multiple: 'multiple',
  points: 'points',
  /** A score on a scale: 满意度测评平均得分96.2分. */
  score: 'score',
  area: 'area',
  length: 'length',
  weight: 'weight',
  /** A temperature: 室内温度22℃. */
  temperature: 'temperature',
  /** Time spans (年, 个月, 天): not figures of their own here. */
  time: 'time',
  /** 岁, 周岁: a person's age, skipped, unless a statistic in years (预期寿命79.2岁). */
  age: 'age',
  /** 号 after a long number: document and registration numbers. */
  number: 'number',
  /** No unit: a ratio named before it (城乡居民收入比缩小至1.61), stored with unit ''. */
  ratio: 'ratio',
} as const;
export type UnitRole = (typeof UnitRole)[keyof typeof UnitRole];

export interface UnitDef {
  /** As written. */
  text: string;
  /** As stored on observations (个百分点 → 百分点). */
  unit: string;
  role: UnitRole;
  /** What must follow the unit for it to be one (`分` is a score only before no other word: not 分别, 分钟). */
  next?: RegExp;
}

const def = (role: UnitRole, texts: string[], unit?: string): UnitDef[] =>
  texts.map((text) => ({ text, unit: unit ?? text, role }));

export const UNITS: UnitDef[] = [
  ...def('points', ['个百分点', '百分点'], '百分点'),
  ...def('percent', ['%', '％'], '%'),
  ...def('rate', ['‰']),
  ...def('rate', ['/10万', '／10万'], '/10万'),
  ...def('multiple', ['倍']),
  ...def('area', ['平方米', '平方公里', '亩', '公顷']),
  ...def('length', ['公里', '千米', '米']),
  { text: '分', unit: '分', role: UnitRole.score, next: /^(?:$|[^\p{Script=Han}]|以上|以下|左右|的)/u },
  ...def('weight', ['吨', '公斤']),
  ...def('temperature', ['℃', '°C', '摄氏度'], '℃'),
  ...def('money', ['元']),
  // 一荤两素才十二块钱: yuan as people say it.
  ...def('money', ['块钱'], '元'),
  ...def('age', ['周岁', '岁']),
  ...def('time', ['个月', '个工作日', '工作日', '小时', '分钟', '秒', '年', '天', '周']),
  // 1个多小时, 两个多月: more than that span, not 1个 of 多小时.
  ...def('time', ['个多小时'], '小时'),
  ...def('time', ['个多月'], '个月'),
  // 服务群众41.82万人(次): people or visits, counted as visits.
  ...def('count', ['人(次)', '人（次）'], '人次'),
  ...def('count', [
    '人次', '户次', '场次', '剂次', '批次', '人', '名', '户', '个', '所', '套', '张', '家', '项', '座', '条',
    '支', '场', '处', '栋', '间', '辆', '件', '门', '台', '批', '类', '位', '次', '份', '笔',
    '种', '部', '块', '册', '幢', '趟', '节', '篇',
  ]),
  // 检查农贸市场1460家次 (visits to businesses); never 3家次级医院 (second-grade hospitals).
  { text: '家次', unit: '家次', role: UnitRole.count, next: /^(?![级要])/u },
  // 矛盾纠纷27起 (cases), 银发课堂8期 (sessions): never 3起步 / 10元起价, nor 二期工程 (a phase's name).
  { text: '起', unit: '起', role: UnitRole.count, next: /^(?![步价点算草码])/u },
  { text: '期', unit: '期', role: UnitRole.count, next: /^(?!工程|项目|建设|改造|间|末)/u },
  // 日均开行列车134列 (trains), 认定帮扶产品1260款 (kinds of product): never 列入 / 列举 / 列支, nor 款项.
  { text: '列', unit: '列', role: UnitRole.count, next: /^(?![入举支])/u },
  { text: '款', unit: '款', role: UnitRole.count, next: /^(?!项)/u },
  // 充电桩1.5万根; never 根据 (第3根据… does not occur, but 3根据 after a list item would).
  { text: '根', unit: '根', role: UnitRole.count, next: /^(?!据)/u },
].sort((a, b) => b.text.length - a.text.length);

/** Nouns for people that follow a bare number as their own classifier: 6000余村民. */
export const PERSON_NOUNS = [
  '群众', '村民', '居民', '市民', '师生', '学生', '老人', '老年人', '人口', '劳动者', '劳动力',
  '大学生', '幼儿', '儿童', '患者', '用户', '职工', '农民',
  // 帮助11.3万农村劳动力实现转移就业: the noun with its kind.
  '农村劳动力', '脱贫人口', '困难群众',
];

/**
 * What a count's classifier counts: people (人, 名, 位), households (户), visits (人次, 剂次),
 * or things, whichever classifier the noun takes (个, 所, 张, 套, 场 …: 床位 in 张 or 个 are beds
 * either way). A household is no bed and a visit no person: figures in two of these are not
 * one measure, whatever the words around them share.
 */
const COUNTED: Readonly<Record<string, string>> = { 人: 'people', 名: 'people', 位: 'people', 户: 'households', 人次: 'visits', 剂次: 'doses' };

/**
 * The quantity a stored unit measures: two units of one quantity convert (公里 and 千米, 个 and
 * 所 of one thing), two of different ones never do. Units no list knows are their own quantity.
 */
export function quantityOf(unit: string): string {
  const def = UNITS.find((u) => u.unit === unit);
  if (!def) return `unit:${unit}`;
  if (def.role !== 'count') return def.role;
  return COUNTED[unit] ?? 'things';
}

/** Units by first character, longest first: unitAt runs for every numeral. */
const BY_FIRST = new Map<string, UnitDef[]>();
for (const u of UNITS) BY_FIRST.set(u.text[0], [...(BY_FIRST.get(u.text[0]) ?? []), u]);

/** The unit written at `text[at]`, if any. */
export function unitAt(text: string, at: number): UnitDef | undefined {
  return BY_FIRST.get(text[at])?.find((u) => text.startsWith(u.text, at) && (!u.next || u.next.test(text.slice(at + u.text.length, at + u.text.length + 2))));
}

/** The indicator kind a figure's unit implies, before context refines it. */
export function kindOfUnit(role: UnitRole): IndicatorKind {
  switch (role) {
    case 'money':
      return 'amount';
    case 'percent':
    case 'rate':
    // A score is a level on its scale, as a rate is: never summed; so is a temperature.
    case 'score':
    case 'temperature':
      return 'rate';
    case 'multiple':
      return 'ratio';
    case 'points':
      return 'change';
    case 'area':
      return 'area';
    case 'length':
      return 'length';
    case 'weight':
      return 'weight';
    case 'time':
    // An age that is a figure is a statistic in years: 人均预期寿命79.2岁.
    case 'age':
      return 'duration';
    case 'ratio':
      return 'ratio';
    default:
      return 'count';
  }
}
