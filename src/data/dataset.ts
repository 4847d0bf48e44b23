/**
 * Articles → Dataset. `DatasetBuilder.add` runs the whole pipeline on one decoded
 * article (clean → metadata → extract) and keeps only its results, so a corpus is
 * processed one document at a time; `finish` assembles the dataset in a deterministic
 * order (sources by id, observations and skipped by source then offset, indicators and
 * regions by id), so that a rebuild is byte identical.
 */
import { cleanText } from './clean.js';
import { extractArticle } from './extract.js';
import { regionOf } from './gazetteer.js';
import { aliasEntries, keptAliases, withAliases } from './aliases.js';
import { CATEGORIES, RENAMED_INDICATORS } from './lexicon.js';
import type { ManifestEntry } from './manifest.js';
import { readMetadata } from './metadata.js';
import {
  SCHEMA,
  type Dataset,
  type Indicator,
  type Observation,
  type Region,
  type Skipped,
  type SkipReason,
  type Source,
} from './types.js';

export interface ArticleFile {
  /** File name, without directories: it becomes part of the source's identity. */
  file: string;
  /** Decoded text. */
  text: string;
  sha256: string;
  bytes: number;
}

export interface SourceReport {
  source: string;
  file: string;
  numerals: number;
  figures: number;
  skipped: number;
  skippedByReason: Partial<Record<SkipReason, number>>;
  /** Metadata the manifest gave that the text contradicts, kept from the text. */
  conflicts: string[];
}

export class DatasetBuildError extends Error {}

/** Runs of characters a source id may not hold. A module constant: esbuild compiles a
 * \p{…} literal inside a function again on every call. */
const NOT_ID_CHARS = /[^\p{L}\p{N}_-]+/gu;

/** Source id from the file name: `000_db52e2f06477cf87.txt` → `000_db52e2f06477cf87`. */
export function sourceId(file: string): string {
  return file.replace(/\.[^.]+$/u, '').replace(NOT_ID_CHARS, '_');
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const bySpan = <T extends { source: string; span: [number, number] }>(a: T, b: T) =>
  a.source < b.source ? -1 : a.source > b.source ? 1 : a.span[0] - b.span[0];

export class DatasetBuilder {
  private readonly sources: Source[] = [];
  /** The sources' ids: an archive merges thousands, each checked against all before it. */
  private readonly sourceIds = new Set<string>();
  private readonly regions = new Map<string, Region>();
  private readonly indicators = new Map<string, Indicator>();
  /** Renames a merged dataset carried besides the lexicon's (a person may have written some). */
  private readonly renamed = new Map(Object.entries(RENAMED_INDICATORS));
  private readonly observations: Observation[] = [];
  private readonly skipped: Skipped[] = [];

  /** Runs the pipeline on one article and returns its accounting. */
  add(article: ArticleFile, entry: ManifestEntry): SourceReport {
    const id = sourceId(article.file);
    if (this.sourceIds.has(id)) {
      throw new DatasetBuildError(`${article.file}: a source with id "${id}" was already added`);
    }
    const region = this.useRegion(entry.region, article.file);
    const clean = cleanText(article.text);
    const meta = readMetadata(clean);
    const conflicts: string[] = [];
    if (entry.published && meta.published && entry.published !== meta.published) {
      conflicts.push(`published: text says ${meta.published}, manifest ${entry.published}`);
    }
    if (entry.publisher && meta.publisher && entry.publisher !== meta.publisher) {
      conflicts.push(`publisher: text says ${meta.publisher}, manifest ${entry.publisher}`);
    }
    const published = meta.published ?? entry.published ?? null;
    const extraction = extractArticle(clean, { source: id, region, published });

    this.sourceIds.add(id);
    this.sources.push({
      id,
      file: article.file,
      title: meta.title ?? entry.title ?? article.file,
      publisher: meta.publisher ?? entry.publisher ?? null,
      published,
      publishedFrom: meta.published ? 'text' : entry.published ? 'manifest' : 'unknown',
      region,
      url: entry.url ?? null,
      sha256: article.sha256,
      bytes: article.bytes,
    });
    for (const o of extraction.observations) this.useRegion(o.region, article.file);
    for (const i of extraction.indicators) this.indicators.set(i.id, i);
    this.observations.push(...extraction.observations);
    this.skipped.push(...extraction.skipped);

    return {
      source: id,
      file: article.file,
      numerals: extraction.numerals,
      figures: extraction.observations.length,
      skipped: extraction.skipped.length,
      skippedByReason: extraction.skippedByReason,
      conflicts,
    };
  }

  /**
   * Takes in a dataset built earlier (another worker's articles, or the dataset `add`
   * extends): its records keep their ids, shared indicators and regions are held once.
   */
  merge(dataset: Dataset): void {
    for (const source of dataset.sources) {
      if (this.sourceIds.has(source.id)) {
        throw new DatasetBuildError(`${source.file}: a source with id "${source.id}" is already in the dataset`);
      }
      this.sourceIds.add(source.id);
      this.sources.push(source);
    }
    for (const r of dataset.regions) if (!this.regions.has(r.id)) this.regions.set(r.id, r);
    for (const i of dataset.indicators) if (!this.indicators.has(i.id)) this.indicators.set(i.id, i);
    for (const [from, to] of aliasEntries(dataset.aliases)) this.renamed.set(from, to);
    this.observations.push(...dataset.observations);
    this.skipped.push(...dataset.skipped);
  }

  finish(): Dataset {
    const usedCategories = new Set([...this.indicators.values()].map((i) => i.category));
    return {
      schema: SCHEMA,
      sources: [...this.sources].sort(byId),
      regions: [...this.regions.values()].sort(byId),
      categories: CATEGORIES.filter((c) => usedCategories.has(c.id)),
      indicators: [...this.indicators.values()].sort(byId),
      ...withAliases(keptAliases(this.renamed, this.indicators)),
      observations: [...this.observations].sort(bySpan),
      skipped: [...this.skipped].sort(bySpan),
    };
  }

  /** Registers a region and its ancestors; returns its id. */
  private useRegion(ref: string | Region, file: string): string {
    const region = typeof ref === 'string' ? (this.regions.get(ref) ?? regionOf(ref)) : ref;
    if (!region) {
      throw new DatasetBuildError(
        `${file}: unknown region "${String(ref)}"; use a known place id or describe the region in the manifest`,
      );
    }
    if (!this.regions.has(region.id)) {
      this.regions.set(region.id, region);
      if (region.parent) this.useRegion(region.parent, file);
    }
    return region.id;
  }
}
