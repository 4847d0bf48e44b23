/**
 * Dataset → JSON text, deterministic and diff-friendly: one record per line, keys in
 * the order the pipeline writes them, a trailing newline. A section may be written ahead
 * (`serializeRows`, in a worker thread) and joined here: the text is the same.
 */
import type { Dataset } from './types.js';

export type SectionKey = Exclude<keyof Dataset, 'schema'>;
const SECTIONS: readonly SectionKey[] = ['sources', 'regions', 'categories', 'indicators', 'observations', 'skipped'];

/** Records as a section's lines, joined; '' for none. Rows written apart join with ',\n'. */
export const serializeRows = (rows: readonly unknown[]): string => rows.map((r) => `    ${JSON.stringify(r)}`).join(',\n');

/** The dataset's text from each section's rows, written already (`serializeRows`). */
export function serializeSections(schema: Dataset['schema'], rows: Readonly<Record<SectionKey, string>>): string {
  const section = (key: SectionKey) => `  ${JSON.stringify(key)}: [${rows[key] ? `\n${rows[key]}\n  ` : ''}]`;
  return `{\n  "schema": ${JSON.stringify(schema)},\n${SECTIONS.map(section).join(',\n')}\n}\n`;
}

export function serializeDataset(d: Dataset): string {
  return serializeSections(d.schema, Object.fromEntries(SECTIONS.map((key) => [key, serializeRows(d[key])])) as Record<SectionKey, string>);
}
