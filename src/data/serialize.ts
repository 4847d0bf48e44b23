/**
 * Dataset → JSON text, deterministic and diff-friendly: one record per line, keys in
 * the order the pipeline writes them, a trailing newline. A section may be written ahead
 * (`serializeRows`, in a worker thread) and joined here: the text is the same.
 */
import type { Dataset } from './types.js';

export type SectionKey = Exclude<keyof Dataset, 'schema' | 'aliases'>;
const SECTIONS: readonly SectionKey[] = ['sources', 'regions', 'categories', 'indicators', 'observations', 'skipped'];

/** Records as a section's lines, joined; '' for none. Rows written apart join with ',\n'. */
export const serializeRows = (rows: readonly unknown[]): string => rows.map((r) => `    ${JSON.stringify(r)}`).join(',\n');

/** Text, or text encoded as UTF-8 (what a worker thread can hand over without a copy). */
export type Piece = string | Uint8Array;

/**
 * The dataset's text, in pieces, from each section's blocks of rows written already
 * (`serializeRows`; empty blocks are left out): joined, what `serializeDataset` writes.
 * A large dataset's text is written out piece by piece, never held as one string.
 */
export function serializeSections<P extends Piece>(
  schema: Dataset['schema'],
  blocks: Readonly<Record<SectionKey, readonly P[]>>,
  aliases?: Dataset['aliases'],
): (string | P)[] {
  const pieces: (string | P)[] = [`{\n  "schema": ${JSON.stringify(schema)},\n`];
  SECTIONS.forEach((key, i) => {
    // The renames, on a line after the indicators they name; none, no line (older datasets' bytes).
    if (key === 'observations' && aliases) pieces.push(`  "aliases": ${JSON.stringify(aliases)},\n`);
    const rows = blocks[key].filter((block) => block.length > 0);
    pieces.push(`  ${JSON.stringify(key)}: [`);
    rows.forEach((block, j) => pieces.push(j ? ',\n' : '\n', block));
    pieces.push(`${rows.length ? '\n  ' : ''}]${i < SECTIONS.length - 1 ? ',\n' : '\n}\n'}`);
  });
  return pieces;
}

export function serializeDataset(d: Dataset): string {
  const blocks = Object.fromEntries(SECTIONS.map((key) => [key, [serializeRows(d[key])]])) as Record<SectionKey, string[]>;
  return serializeSections(d.schema, blocks, d.aliases).join('');
}
