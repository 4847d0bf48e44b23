/**
 * The kit's strings in English, loaded with a chart's own English (its messages-en.ts)
 * when a chart is in English: a page in Chinese does not download them.
 */
import { levelsMessages, type AdminTier, type LevelsMessages } from './levels-messages.js';
import { isEnglish } from '../../data/english.js';
import type { LocalizedName } from '../../data/types.js';
import { cut } from './limits.js';
import { clip, HIDDEN_ORDER, messages, type Messages } from './messages.js';

/** A name whose English is English (not the Chinese copied in): an indicator made from an article's words has none. */
export const hasEnglish = (name: LocalizedName): boolean => isEnglish(name.en);

// English for units that carry meaning; classifiers (个, 所, 张, 套 …) read as nothing.
const EN_UNITS: Record<string, string> = {
  户: 'households',
  人: 'people',
  名: 'people',
  人次: 'person-times',
  元: 'yuan',
  百分点: 'pp',
  平方米: 'm²',
  平方公里: 'km²',
  公顷: 'ha',
  亩: 'mu',
  公里: 'km',
  千米: 'km',
  吨: 't',
  公斤: 'kg',
  '/10万': 'per 100,000',
  // Only a statistic in years is a figure in 岁 (人均预期寿命79.2岁): an age is never one.
  岁: 'years',
  周岁: 'years',
  倍: 'times',
};

// Units written as a sign right after the number: 97.16%, 2.1‰, 1.3×.
const EN_SIGNS: Record<string, string> = { '%': '%', '‰': '‰', 倍: '×', '℃': '℃' };

// Classifiers that count one kind of thing, named where a reader must tell units apart
// (figures side by side in different units, a chart picked by unit), and time spans.
const EN_CLASSIFIERS: Record<string, string> = {
  年: 'years',
  个月: 'months',
  周: 'weeks',
  天: 'days',
  小时: 'hours',
  分钟: 'minutes',
  秒: 'seconds',
  个工作日: 'working days',
  辆: 'vehicles',
  所: 'institutions',
  栋: 'buildings',
  幢: 'buildings',
  趟: 'trips',
  场: 'events',
  场次: 'sessions',
  批次: 'batches',
  项: 'items',
  件: 'items',
  门: 'courses',
  类: 'categories',
  支: 'teams',
};
// Classifiers that count many kinds of thing (张 beds or photos, 套 homes or desk sets,
// 家 hospitals or firms), named by what they count in a category; elsewhere, and for
// 个 and the rest, the neutral "units": English, and never a wrong noun.
const EN_COUNTED: Record<string, Record<string, string>> = {
  套: { housing: 'homes' },
  张: { elderly_care: 'beds', health: 'beds' },
  家: { health: 'hospitals', employment: 'employers' },
  处: { urban_renewal: 'sites' },
  座: { urban_renewal: 'facilities' },
  部: { urban_renewal: 'elevators' },
  间: { housing: 'rooms' },
};
const CHINESE = /[\u2e80-\u9fff]/u;
const enUnit = (unit: string, category?: string) =>
  EN_UNITS[unit] ?? EN_CLASSIFIERS[unit] ?? (category ? EN_COUNTED[unit]?.[category] : undefined) ?? (CHINESE.test(unit) ? 'units' : unit);

/** One of a unit: 1 unit, 1 person, 1 household (a symbol or an abbreviation stays). */
const SINGULAR: Record<string, string> = { people: 'person', 'person-times': 'person-time', categories: 'category' };
const singular = (word: string) => SINGULAR[word] ?? word.replace(/(?<=[a-z]{2})s$/, '');

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

// English for the periods articles name without dates; any other reads as written.
const EN_PERIODS: Record<string, string> = {
  未注明: 'period not stated',
  截至发布时: 'as of publication',
  每年: 'per year',
  截至目前: 'to date',
  目前: 'currently',
  如今: 'now',
  今年: 'this year',
  今年以来: 'this year so far',
  今年上半年: 'first half of this year',
  去年: 'last year',
  去年以来: 'since last year',
  近年来: 'in recent years',
  四年间: 'over four years',
  五年间: 'over five years',
};

/** What is not shown, for one and for several: `1 planned figure`, `2 targets`. */
const EN_HIDDEN: Record<(typeof HIDDEN_ORDER)[number], readonly [string, string]> = {
  plan: ['planned figure', 'planned figures'],
  target: ['target', 'targets'],
  ongoing: ['figure of work under way', 'figures of work under way'],
  uncertain: ['uncertain figure', 'uncertain figures'],
  unchecked: ['figure not checked by an editor', 'figures not checked by an editor'],
  years: ['figure of several years', 'figures of several years'],
};
const EN_WHY_HIDDEN: Record<(typeof HIDDEN_ORDER)[number], string> = {
  plan: 'plan',
  target: 'target',
  ongoing: 'under way',
  uncertain: 'uncertain',
  unchecked: 'not checked',
  years: 'several years',
};
const EN_TIERS: Record<AdminTier, string> = { province: 'province-level', prefecture: 'prefecture-level', county: 'county-level' };
const enLevels: LevelsMessages = { tier: (tier) => EN_TIERS[tier] };

/** School terms and years an as-of date names (src/data/period.ts dates their ends by the national school calendar). */
const EN_TERMS: Record<string, string> = {
  秋季学期: 'autumn term',
  春季学期: 'spring term',
  第一学期: 'first term',
  第二学期: 'second term',
  学年: 'school year',
};

const en: Messages = {
  notReported: 'not reported',
  notShown: (hidden) => `not shown (${HIDDEN_ORDER.filter((k) => hidden[k]).map((k) => EN_WHY_HIDDEN[k]).join(', ')})`,
  morePeriods: (n) => `; ${n} more`,
  unnamedSource: 'unnamed source',
  sourcesLabel: (count) => (count === 1 ? 'Source: ' : 'Sources: '),
  sourceItem: (publisher, date) => (date ? `${cut(publisher)}, ${date}` : cut(publisher)),
  markLabel: (label, value, period) => `${label}: ${value}${period ? `, ${period}` : ''}`,
  statusTag: { plan: 'plan', target: 'target', ongoing: 'under way' },
  uncertainTag: 'uncertain',
  tagged: (text, tag) => (tag ? `${text} (${tag})` : text),
  hiddenNote: (hidden) => {
    const parts = HIDDEN_ORDER.filter((k) => hidden[k]).map((k) => `${hidden[k]} ${EN_HIDDEN[k][hidden[k] === 1 ? 0 : 1]}`);
    return parts.length ? `Not shown: ${parts.join(', ')}.` : '';
  },
  quantity(number, unit, qualifier, showUnit, category) {
    const n =
      qualifier === 'over' ? `${number}+`
      : qualifier === 'approx' ? `≈${number}`
      : qualifier === 'under' ? `<${number}`
      : qualifier === 'at_least' ? `≥${number}`
      : number;
    const sign = EN_SIGNS[unit];
    if (sign) return `${n}${sign}`;
    // The noun as Chinese shows its unit (11,648 homes, 12 institutions): a classifier that
    // names no one kind (个) reads as nothing unless units differ side by side.
    const word = showUnit ? enUnit(unit, category) : EN_UNITS[unit] ?? EN_CLASSIFIERS[unit] ?? (category ? EN_COUNTED[unit]?.[category] : undefined);
    return word ? `${n} ${n === '1' ? singular(word) : word}` : n;
  },
  indicatorName: (name, category) =>
    cut(hasEnglish(name) ? name.en : category && hasEnglish(category) ? `${category.en}: ${name.zh}` : name.zh),
  unitName: (unit, category) => (unit ? enUnit(unit, category) : 'ratio'),
  compactUnits: [[3, 'K'], [6, 'M'], [9, 'B'], [12, 'T']],
  date: (y, m, d) => `${EN_MONTHS[m - 1]} ${d}, ${y}`,
  year: (y) => y,
  months: (y, a, b) => (a === b ? `${EN_MONTHS[a - 1]} ${y}` : `${EN_MONTHS[a - 1]}–${EN_MONTHS[b - 1]} ${y}`),
  monthsTo: (y, a, b, d, f) => (a === b ? `${EN_MONTHS[a - 1]} ${f}–${d}, ${y}` : `${EN_MONTHS[a - 1]}${f > 1 ? ' ' + f : ''}–${EN_MONTHS[b - 1]} ${d}, ${y}`),
  yearRange: (a, b) => `${a}–${b}`,
  span: (a, b) => `${a}–${b}`,
  since: (y) => `since ${y}`,
  asOf: (when) => `as of ${when}`,
  // The article's term, as it said it; a reckoning of other words reads as one, never as a date it gave.
  reckoned: (label, when) => {
    const term = /(\d{4})(?:年|学年)?(秋季学期|春季学期|第一学期|第二学期|学年)/u.exec(label);
    return term ? `as of the end of the ${term[1]} ${EN_TERMS[term[2]!]}` : `as of about ${when}`;
  },
  by: (when) => `by ${when}`,
  undated: (label) => EN_PERIODS[label] ?? label,
  problemFallback: (kind) => `The chart cannot be shown (${clip(kind)}).`,
  // A run starts at a Han character and ends at the last Han character or full-width
  // sign before a Latin letter: “写好‘民生答卷’ 绘就幸福底色” is one, its English quotes outside.
  zhRuns: (text) => text.split(/(\p{sc=Han}(?:[^a-z]*[\p{sc=Han}\u3000-\u303f\uff00-\uffef])?)/iu),
};

/**
 * Adds these to the kit's strings. Called, not run on import: the package declares its
 * modules free of side effects, so a bundler would drop a bare `messages.add` here.
 */
export const addEnglish = (): void => {
  messages.add('en', en);
  levelsMessages.add('en', enLevels);
};
