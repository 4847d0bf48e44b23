/**
 * The embedded dataset, unpacked: one chunk with the data it reads (default.ts imports
 * it on first use), so the unpacking code is not in a chart's first file either.
 */
import packed from './embedded.json';
import { unpackDataset, type PackedDataset } from '../data/pack.js';
import type { Dataset } from '../data/types.js';

/** Null in the code-only CDN bundles (`*.code.js`), built without it (vite.config.ts). */
export const embeddedDataset = (): Dataset | null => (packed ? unpackDataset(packed as unknown as PackedDataset) : null);
