/**
 * The embedded dataset's compact form. Charts need observations, not the skipped
 * numerals, and most of a dataset's weight is its quoted sentences and its repeated
 * ids. The packed form drops `skipped` and stores each sentence, period and indicator
 * once, each observation as a row of values pointing at them, and leaves out what
 * can be derived (`id`, `raw`, `category`, a subject that is its indicator's Chinese name;
 * `aliases` are kept as they are;
 * an indicator made from a subject is its category, subject, unit, kind and glossary English). That takes the seed dataset from 41 KB to under
 * 20 KB gzip. `unpackDataset(packDataset(d))` equals `d` without its skipped entries.
 */
import { SCHEMA } from './core-vocabulary.js';
import {
  type Dataset,
  type Flag,
  type Indicator,
  type IndicatorKind,
  type Observation,
  type Period,
  type Qualifier,
  type Status,
} from './types.js';

export const PACKED_SCHEMA = 'livelihood-packed/5' as const;

/**
 * An indicator made from a subject (`employment:零工驿站:个`, named after it in both languages),
 * with its English when the glossary gave one (`translation: 'glossary'`).
 */
type SubjectIndicator = [category: string, subject: string, unit: string, kind: IndicatorKind, en?: string];

function packIndicator(x: Indicator): Indicator | SubjectIndicator {
  const { id, name, category, unit, kind, canonical, translation, ...rest } = x;
  const glossary = translation === 'glossary';
  const fromSubject =
    !canonical && !Object.keys(rest).length && id === `${category}:${name.zh}:${unit}` && (glossary ? name.en !== name.zh : name.en === name.zh && !translation);
  if (!fromSubject) return x;
  return glossary ? [category, name.zh, unit, kind, name.en] : [category, name.zh, unit, kind];
}

function unpackIndicator(x: Indicator | SubjectIndicator): Indicator {
  if (!Array.isArray(x)) return x;
  const [category, subject, unit, kind, en] = x;
  const id = `${category}:${subject}:${unit}`;
  return en === undefined
    ? { id, name: { zh: subject, en: subject }, category, unit, kind, canonical: false }
    : { id, name: { zh: subject, en }, category, unit, kind, canonical: false, translation: 'glossary' };
}

type Row = [
  indicator: number,
  region: string,
  source: number,
  value: number,
  qualifier: Qualifier,
  unit: string,
  /** 0 when it is its indicator's Chinese name, as most are (零工驿站 of `employment:零工驿站:个`). */
  subject: string | 0,
  period: number,
  span: [number, number],
  quote: number,
  quoteSpan: [number, number],
  /** Left out for a result with no flags, the common case. */
  status?: Status,
  flags?: Flag[] | null,
  /** An editor's review (corrections file), when there is one. */
  review?: Review,
];

type Review = Pick<Observation, 'checked' | 'corrected'>;

export interface PackedDataset extends Omit<Dataset, 'schema' | 'indicators' | 'observations' | 'skipped'> {
  schema: typeof PACKED_SCHEMA;
  indicators: (Indicator | SubjectIndicator)[];
  quotes: string[];
  periods: Period[];
  observations: Row[];
}

/** Index of each distinct value, in order of first use. */
function table<T>(key: (v: T) => string) {
  const values: T[] = [];
  const index = new Map<string, number>();
  return {
    values,
    of(v: T): number {
      const k = key(v);
      let i = index.get(k);
      if (i === undefined) {
        i = values.push(v) - 1;
        index.set(k, i);
      }
      return i;
    },
  };
}

export function packDataset(d: Dataset): PackedDataset {
  const quotes = table<string>((q) => q);
  const periods = table<Period>((p) => JSON.stringify(p));
  const indicatorIndex = new Map(d.indicators.map((x, i) => [x.id, i]));
  const sourceIndex = new Map(d.sources.map((x, i) => [x.id, i]));
  const rows = d.observations.map((o): Row => {
    const row: Row = [
      indicatorIndex.get(o.indicator)!,
      o.region,
      sourceIndex.get(o.source)!,
      o.value,
      o.qualifier,
      o.unit,
      o.subject === d.indicators[indicatorIndex.get(o.indicator)!]!.name.zh ? 0 : o.subject,
      periods.of(o.period),
      o.span,
      quotes.of(o.quote),
      o.quoteSpan,
    ];
    const review: Review = {
      ...(o.checked !== undefined ? { checked: o.checked } : {}),
      ...(o.corrected ? { corrected: o.corrected } : {}),
    };
    if (Object.keys(review).length) row.push(o.status ?? 'result', o.flags ?? null, review);
    else if (o.flags) row.push(o.status ?? 'result', o.flags);
    else if (o.status && o.status !== 'result') row.push(o.status);
    return row;
  });
  const { sources, regions, categories, indicators, aliases } = d;
  return {
    schema: PACKED_SCHEMA,
    sources,
    regions,
    categories,
    indicators: indicators.map(packIndicator),
    ...(aliases ? { aliases } : {}),
    quotes: quotes.values,
    periods: periods.values,
    observations: rows,
  };
}

export function unpackDataset(p: PackedDataset): Dataset {
  const indicators = p.indicators.map(unpackIndicator);
  const observations = p.observations.map(
    ([i, region, s, value, qualifier, unit, subject, period, span, q, quoteSpan, status, flags, review]): Observation => {
      const indicator = indicators[i];
      const quote = p.quotes[q];
      return {
        id: `${p.sources[s].id}:${span[0]}`,
        indicator: indicator.id,
        region,
        source: p.sources[s].id,
        value,
        qualifier,
        unit,
        raw: quote.slice(quoteSpan[0], quoteSpan[1]),
        subject: subject === 0 ? indicator.name.zh : subject,
        category: indicator.category,
        period: p.periods[period],
        span,
        quote,
        quoteSpan,
        status: status ?? 'result',
        ...(flags ? { flags } : {}),
        ...review,
      };
    },
  );
  const { sources, regions, categories, aliases } = p;
  return { schema: SCHEMA, sources, regions, categories, indicators, ...(aliases ? { aliases } : {}), observations, skipped: [] };
}
