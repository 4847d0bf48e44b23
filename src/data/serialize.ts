/**
 * Dataset → JSON text, deterministic and diff-friendly: one record per line, keys in
 * the order the pipeline writes them, a trailing newline.
 */
import type { Dataset } from './types.js';

export function serializeDataset(d: Dataset): string {
  const section = (key: keyof Dataset, rows: readonly unknown[]) =>
    `  ${JSON.stringify(key)}: [${rows.length ? '\n' : ''}${rows.map((r) => `    ${JSON.stringify(r)}`).join(',\n')}${rows.length ? '\n  ' : ''}]`;
  return `{\n  "schema": ${JSON.stringify(d.schema)},\n${[
    section('sources', d.sources),
    section('regions', d.regions),
    section('categories', d.categories),
    section('indicators', d.indicators),
    section('observations', d.observations),
    section('skipped', d.skipped),
  ].join(',\n')}\n}\n`;
}
