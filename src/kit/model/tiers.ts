/**
 * A region's administrative tier, as the levels note compares them (levels.ts): in a
 * module of its own, which the note's writer (levels-note.ts, a chunk) shares with it.
 */
import type { RegionLevel } from '../../data/types.js';
import type { AdminTier } from './levels-messages.js';

/** A district (区) and a county (县) are both county-level: only a step between tiers is flagged. */
export const TIER: Record<RegionLevel, AdminTier> = { province: 'province', prefecture: 'prefecture', district: 'county', county: 'county' };
