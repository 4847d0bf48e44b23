/**
 * Which indicators a place's chart may draw side by side: those of one family
 * (`Indicator.family`, the lexicon's). An indicator made from an article's words
 * (`elderly_care:规范性文件:个`) is in none (undefined), and one a person wrote without a
 * family is in the unnamed group ('').
 */
import type { Indicator } from '../../data/types.js';

export function familyKey(indicator: Indicator): string | undefined {
  if (indicator.family !== undefined) return indicator.family;
  return !indicator.canonical && indicator.id.includes(':') ? undefined : '';
}
