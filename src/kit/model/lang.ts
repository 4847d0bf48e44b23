/** The languages charts speak: labels, units, numbers and messages. */
export const Lang = { zh: 'zh', en: 'en' } as const;
export type Lang = (typeof Lang)[keyof typeof Lang];

/** `en`, `en-GB` → en; anything else (absent, `zh`, `zh-Hans`, junk) → zh, the default. */
export function toLang(value: unknown): Lang {
  return typeof value === 'string' && value.trim().toLowerCase().startsWith('en') ? 'en' : 'zh';
}

/** The BCP 47 locale Intl formatters and collators use for each language. */
export const LOCALE: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

/**
 * One `T` per language, made on first use and kept: a page whose charts speak one
 * language builds no formatter, collator or list format for the other, and a page
 * that draws nothing builds none.
 */
export function perLang<T>(make: (lang: Lang) => T): (lang: Lang) => T {
  const made: Partial<Record<Lang, T>> = {};
  return (lang) => (made[lang] ??= make(lang));
}
