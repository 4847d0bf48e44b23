/**
 * The publication date an editor types, read leniently (`2024-1-15`, `2024/01/15`,
 * `2024年1月15日`) and written as the dataset writes dates (`2024-01-15`). Only a date
 * that exists passes; the page says so inline and changes nothing otherwise.
 */
import { isIsoDate } from '../data/iso-date.js';

export type PublishedInput = { ok: true; date: string | null } | { ok: false };

const WRITTEN = /^((?:19|20)\d\d)\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/u;

/** `''` → no date (the text's, if it gives one); a real date → YYYY-MM-DD; anything else: not ok. */
export function readPublished(input: string): PublishedInput {
  const value = input.trim();
  if (!value) return { ok: true, date: null };
  const m = WRITTEN.exec(value);
  if (!m) return { ok: false };
  const date = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  return isIsoDate(date) ? { ok: true, date } : { ok: false };
}
