/**
 * A dataset a person typed (or a chart read from an HTML table) leaves out what only the
 * pipeline knows: the file, its hash and size, each figure's span and sentence. Once it
 * validates, `completeDataset` fills those in with values that say "none" (an empty quote,
 * an empty span), so every chart reads one shape; a complete dataset is returned as is.
 */
import type { Dataset, Observation, Source } from './types.js';

type Loose<T, K extends keyof T> = Omit<T, K> & Partial<Pick<T, K>>;
export type HandSource = Loose<Source, 'file' | 'publisher' | 'published' | 'publishedFrom' | 'url' | 'sha256' | 'bytes'>;
export type HandObservation = Loose<Observation, 'qualifier' | 'raw' | 'subject' | 'category' | 'span' | 'quote' | 'quoteSpan'>;

/** A dataset as the validator accepts it: provenance optional where nothing was read from a file. */
export interface DatasetInput extends Omit<Dataset, 'sources' | 'observations' | 'skipped'> {
  sources: HandSource[];
  observations: HandObservation[];
  skipped?: Dataset['skipped'];
}

const sourceComplete = (s: HandSource): s is Source =>
  s.file !== undefined && s.publisher !== undefined && s.published !== undefined && s.publishedFrom !== undefined &&
  s.url !== undefined && s.sha256 !== undefined && s.bytes !== undefined;
const observationComplete = (o: HandObservation): o is Observation =>
  o.qualifier !== undefined && o.raw !== undefined && o.subject !== undefined && o.category !== undefined &&
  o.span !== undefined && o.quote !== undefined && o.quoteSpan !== undefined;

/** `input` itself when nothing is missing, else a completed copy (the input is not changed). */
export function completeDataset(input: DatasetInput): Dataset {
  if (input.skipped && input.sources.every(sourceComplete) && input.observations.every(observationComplete)) return input as Dataset;
  const indicators = new Map(input.indicators.map((i) => [i.id, i]));
  return {
    ...input,
    sources: input.sources.map(
      (s): Source => ({
        ...s,
        file: s.file ?? s.id,
        publisher: s.publisher ?? null,
        published: s.published ?? null,
        publishedFrom: s.publishedFrom ?? (s.published ? 'editor' : 'unknown'),
        url: s.url ?? null,
        sha256: s.sha256 ?? '',
        bytes: s.bytes ?? 0,
      }),
    ),
    observations: input.observations.map((o): Observation => {
      const indicator = indicators.get(o.indicator)!;
      return {
        ...o,
        qualifier: o.qualifier ?? 'exact',
        raw: o.raw ?? `${o.value}${o.unit}`,
        subject: o.subject ?? indicator.name.zh,
        category: o.category ?? indicator.category,
        span: o.span ?? [0, 0],
        quote: o.quote ?? '',
        quoteSpan: o.quoteSpan ?? [0, 0],
      };
    }),
    skipped: input.skipped ?? [],
  };
}
