/**
 * The output of a build without corrections, `--embed` or a dataset added to, assembled
 * from parts: each article's dataset validated and its figures and skipped numerals
 * written as JSON lines where it was built (a worker thread with `--jobs`), so that the
 * main thread only merges the few sources, places and indicators, checks what no single
 * article can (ids unique across articles, the collections' sizes) and joins text. The
 * text is byte for byte what `serializeDataset` writes for the merged dataset: an
 * article's records are sorted as the whole dataset sorts them (by source, then span).
 */
import { DatasetBuilder } from '../data/dataset.js';
import { serializeRows, serializeSections, type Piece } from '../data/serialize.js';
import type { Dataset } from '../data/types.js';
import { ARCHIVE_LIMITS, formatIssue, validateDataset } from '../data/validate.js';
import { InputError } from './inputs.js';

/** One article's dataset, its small collections as records and its large ones as UTF-8 text. */
export interface ArticleParts {
  /** The article's dataset without its figures and skipped numerals. */
  head: Dataset;
  observationIds: string[];
  /** Rows as serializeRows writes them, encoded: a worker transfers the bytes, uncopied, and the main thread writes them as they are. */
  observations: Uint8Array;
  skippedCount: number;
  skipped: Uint8Array;
}

const utf8 = new TextEncoder();

/** The buffers a worker hands over with `parts` (transferred, not copied). */
export const partsBuffers = (parts: ArticleParts): ArrayBuffer[] => [parts.observations.buffer as ArrayBuffer, parts.skipped.buffer as ArrayBuffer];

const ISSUES_SHOWN = 5;

function invalid(issues: readonly Parameters<typeof formatIssue>[0][], where: string): InputError {
  const shown = issues.slice(0, ISSUES_SHOWN).map((i) => `  ${formatIssue(i)}`).join('\n');
  return new InputError(`the dataset built from ${where} does not validate, so nothing was written:\n${shown}`);
}

/** An article's dataset, validated, as parts; `where` names the article in an error. */
export function toParts(dataset: Dataset, where: string): ArticleParts {
  const checked = validateDataset(dataset, ARCHIVE_LIMITS);
  if (!checked.ok) throw invalid(checked.issues, where);
  return {
    head: { ...dataset, observations: [], skipped: [] },
    observationIds: dataset.observations.map((o) => o.id),
    observations: utf8.encode(serializeRows(dataset.observations)),
    skippedCount: dataset.skipped.length,
    skipped: utf8.encode(serializeRows(dataset.skipped)),
  };
}

/** Articles' parts in, the dataset's text out. */
export class PartsAssembler {
  private readonly heads = new DatasetBuilder();
  /** Each article's figures and skipped numerals, by its source's id. */
  private readonly bodies: { source: string; observations: Uint8Array; skipped: Uint8Array }[] = [];
  private readonly observationIds = new Set<string>();
  private duplicate: string | undefined;
  private skippedCount = 0;

  merge(parts: ArticleParts): void {
    this.heads.merge(parts.head);
    for (const id of parts.observationIds) {
      if (this.observationIds.has(id)) this.duplicate ??= id;
      this.observationIds.add(id);
    }
    this.skippedCount += parts.skippedCount;
    this.bodies.push({ source: parts.head.sources[0]?.id ?? '', observations: parts.observations, skipped: parts.skipped });
  }

  /** Sources, places, categories and indicators so far: the dataset without its figures. */
  head(): Dataset {
    return this.heads.finish();
  }

  /** The dataset's text, in pieces (serialize.ts); an InputError when the whole would not validate. */
  finish(): Piece[] {
    const head = this.heads.finish();
    const checked = validateDataset(head, ARCHIVE_LIMITS);
    if (!checked.ok) throw invalid(checked.issues, 'these articles');
    const sizes = [
      ['observations', this.observationIds.size, ARCHIVE_LIMITS.observations],
      ['skipped', this.skippedCount, ARCHIVE_LIMITS.skipped],
    ] as const;
    const problems = [
      ...(this.duplicate ? [`observations: id "${this.duplicate}" is used by more than one figure`] : []),
      ...sizes.filter(([, n, most]) => n > most).map(([key, n, most]) => `${key}: expected at most ${most} items, got ${n}`),
    ];
    if (problems.length) throw new InputError(`the dataset built from these articles does not validate, so nothing was written:\n  ${problems.join('\n  ')}`);
    // Sources sort by id, and the records of each by span: an article's block in its source's place.
    const bodies = [...this.bodies].sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
    return serializeSections(head.schema, {
      sources: [utf8.encode(serializeRows(head.sources))],
      regions: [utf8.encode(serializeRows(head.regions))],
      categories: [utf8.encode(serializeRows(head.categories))],
      indicators: [utf8.encode(serializeRows(head.indicators))],
      observations: bodies.map((b) => b.observations),
      skipped: bodies.map((b) => b.skipped),
    }, head.aliases);
  }
}
