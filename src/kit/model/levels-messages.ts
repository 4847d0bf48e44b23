/**
 * The names of places' tiers (levels.ts), in Chinese; English comes with the kit's
 * (messages-en.ts). The note that places of different tiers are side by side is written,
 * in either language, by levels-note.ts.
 */
import { strings } from './strings.js';

/** A region's tier: a district (区) and a county (县) are both county-level, so only a step between tiers is flagged. */
export type AdminTier = 'province' | 'prefecture' | 'county';

export interface LevelsMessages {
  /** A place's administrative tier: 地级 / prefecture-level. */
  tier(tier: AdminTier): string;
}

const ZH_TIERS: Record<AdminTier, string> = { province: '省级', prefecture: '地级', county: '县级' };

export const levelsMessages = strings<LevelsMessages>({ tier: (tier) => ZH_TIERS[tier] });
