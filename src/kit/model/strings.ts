/**
 * A table of strings in each language. Chinese, the default, is in the bundle; another
 * language's table is added by its module's `addEnglish()` (`messages-en.ts`), which a
 * chart loads on demand before drawing in that language (chart-element.ts), so a page in
 * Chinese never downloads English. Asking for a language not loaded is a bug, said as such.
 */
import type { Lang } from './lang.js';

export interface Strings<T> {
  (lang: Lang): T;
  /** Adds a language's table: its module's one effect. */
  add(lang: Lang, table: T): void;
}

export function strings<T>(zh: T): Strings<T> {
  const tables: Partial<Record<Lang, T>> = { zh };
  const of = (lang: Lang): T => {
    const table = tables[lang];
    if (!table) throw new Error(`"${lang}" strings not loaded (messages-${lang}.js)`);
    return table;
  };
  return Object.assign(of, { add: (lang: Lang, table: T) => void (tables[lang] = table) });
}
