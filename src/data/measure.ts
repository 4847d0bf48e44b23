/**
 * Flows and stocks: one canonical indicator holds figures of one measure. A stock of
 * things that stand (`老年助餐点总数达到359个`) keeps the lexicon's id; what a period added to
 * it (`新增老年助餐点50个`) is `<id>.added`. A flow of work done (`改造老旧小区309个`) keeps
 * the lexicon's id; its running total to a date with no stated start (`截至目前，全市已完成
 * 老旧小区改造700余个`) is `<id>.cumulative`. A chart of one id compares like with like.
 */
import { INDICATORS, type IndicatorEntry } from './lexicon.js';
import { UNSTATED } from './period.js';
import type { Indicator, Measure, Period, Status } from './types.js';

/** The suffix of a figure of the other measure than its lexicon entry's, by that figure's measure. */
const SUFFIX = { flow: 'added', stock: 'cumulative' } as const satisfies Record<Measure, string>;
const MEASURED = /\.(?:added|cumulative)$/u;

const ENTRIES = new Map<string, IndicatorEntry>(INDICATORS.map((e) => [e.id, e]));

/** The lexicon's indicator for an entry, as the dataset lists it. */
export function canonicalIndicator(entry: IndicatorEntry): Indicator {
  return {
    id: entry.id,
    name: entry.name,
    category: entry.category,
    unit: entry.unit,
    kind: entry.kind,
    canonical: true,
    family: entry.family,
    ...(entry.measure ? { measure: entry.measure } : {}),
  };
}

/**
 * A measured indicator of a lexicon entry: its flows when it counts things that stand
 * (`elderly_meal_points.added`, 新增老年助餐点), its running totals when it counts work done
 * (`old_compounds_renovated.cumulative`, 老旧小区改造（累计）). Its family is the entry's,
 * measured alike: new meal points may stand beside new care homes, not beside all of them.
 */
export function measuredIndicator(entry: IndicatorEntry, measure: Measure): Indicator {
  const base = canonicalIndicator(entry);
  if (!entry.measure || entry.measure === measure) return base;
  const suffix = SUFFIX[measure];
  const name =
    measure === 'flow'
      ? { zh: `新增${entry.name.zh}`, en: `${entry.name.en} added` }
      : { zh: `${entry.name.zh}（累计）`, en: `${entry.name.en}, cumulative to date` };
  return { ...base, id: `${entry.id}.${suffix}`, name, family: `${entry.family}.${suffix}`, measure };
}

/** The lexicon entry an indicator is, or measures (`elderly_meal_points.added`): none for derived and made ones. */
export function entryOf(id: string): IndicatorEntry | undefined {
  return ENTRIES.get(id.replace(MEASURED, ''));
}

/**
 * Words that add to what is counted: in a plan's clause (`到2027年，全县还将新建…学校6所`,
 * `力争10月底前再建成1000个`, `建成后将新增学位1200个`) or an undated figure's (`完成家庭养老
 * 床位建设3800户`), a flow; a level to reach (`到2027年，全市老年助餐点达到600个以上`) is none.
 */
const ADDS = /新增|新建|新开工|开工|建成|建设|改扩建|改建|扩建|改造|增加|筹集|筹建|加装|安装|完成|交付|投用|投入使用/u;
/** A period label that speaks of a date, not a span (`截至目前` in an undated article). */
const AS_OF = /截至|截止|目前|当前|现在|如今|发布时|[末底]$/u;

/**
 * Whether a figure is a flow or a stock, from its final period, status and the words of its
 * clause. A period with a start is a flow (`2021年以来，全区累计改造…412个` too: a flow since
 * then); a date with no start is a stock (the period rules read `总数达到`, `共有`, `累计建成` as
 * such), except a plan or target to add things by a deadline. A figure no words date is a flow
 * when a span is named (`去年以来` in an article without a date) or its clause adds to what it
 * counts; else, a bare count (`9个老年助餐点遍布各乡`), a stock — flagged `period_unstated` as it is.
 */
export function measureOf(period: Period, status: Status, words: string): Measure {
  if (period.start) return 'flow';
  if (period.end || AS_OF.test(period.label)) return (status === 'plan' || status === 'target') && ADDS.test(words) ? 'flow' : 'stock';
  if (period.label !== UNSTATED) return 'flow';
  return ADDS.test(words) ? 'flow' : 'stock';
}

/** `indicator` filed by the figure's measure: the lexicon's own id, or its measured one. Others stay as they are. */
export function filedByMeasure(indicator: Indicator, period: Period, status: Status, words: string): Indicator {
  const entry = indicator.canonical ? entryOf(indicator.id) : undefined;
  if (!entry?.measure) return indicator;
  return measuredIndicator(entry, measureOf(period, status, words));
}

/**
 * An indicator of a town's (or sub-district's) own figures, filed under its county or
 * district (towns are below the gazetteer): the lexicon's measure, kept apart from the
 * district's own (`elderly_meal_points.added@鹭江街道`, 鹭江街道新增老年助餐点), or one made from
 * words too long to carry the town's name. Not canonical: a chart of the district never adds a
 * town's figures to the district's; its family is the town's.
 */
export function inTown(indicator: Indicator, town: string): Indicator {
  return {
    ...indicator,
    id: `${indicator.id}@${town}`,
    // In English by its name and kind (古市镇 beside 象溪镇 in one county's bulletin are two towns, never
    // the county's: QA s14b A1). Towns are below the gazetteer's English names: an editor may give one.
    name: { zh: `${town}${indicator.name.zh}`, en: `${indicator.name.en}, ${town} (${PLACE_KIND.find(([end]) => town.endsWith(end))?.[1] ?? 'town'})` },
    canonical: false,
    ...(indicator.family !== undefined ? { family: `${indicator.family}@${town}` } : {}),
  };
}

/** The kinds of place below a county, by the ending of their names. */
const PLACE_KIND: ReadonlyArray<readonly [string, string]> = [['街道', 'sub-district'], ['镇', 'town'], ['乡', 'township'], ['社区', 'community'], ['村', 'village']];
