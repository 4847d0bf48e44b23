/**
 * What a chart says of places of different tiers side by side (levels.ts), in Chinese;
 * English comes with the kit's (messages-en.ts). Only the charts that draw places side
 * by side carry these strings.
 */
import { strings } from './strings.js';

/** A region's tier: a district (区) and a county (县) are both county-level, so only a step between tiers is flagged. */
export type AdminTier = 'province' | 'prefecture' | 'county';

export interface LevelsMessages {
  /** A place's administrative tier: 地级 / prefecture-level. */
  tier(tier: AdminTier): string;
  /** Places of more than one tier, by tier; `parents` says which of them lie inside another. */
  levelsDiffer(tiers: { tier: AdminTier; names: string[] }[], parents: { parent: string; children: string[] }[]): string;
}

const ZH_TIERS: Record<AdminTier, string> = { province: '省级', prefecture: '地级', county: '县级' };

export const levelsMessages = strings<LevelsMessages>({
  tier: (tier) => ZH_TIERS[tier],
  levelsDiffer: (tiers, parents) =>
    `注：所比较地区的行政级别不同（${tiers.map((t) => `${t.names.join('、')}为${ZH_TIERS[t.tier]}`).join('，')}），数据规模不宜直接比较。${parents
      .map((p) => `${p.children.join('、')}隶属${p.parent}。`)
      .join('')}`,
});

