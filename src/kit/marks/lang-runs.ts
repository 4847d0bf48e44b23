/**
 * Chinese text in an English chart (an article's title, a quote) marked lang="zh", so
 * that a screen reader reads it in a Chinese voice: each Chinese run of an English
 * sentence in a span of its own (the title in “Note: “写好‘民生答卷’ 绘就幸福底色” gives
 * no publication date…”), or a text with Han characters as a whole, on its own element
 * (`zhLang`, quote.ts). The runs are the messages' (`zhRuns`): English ones find them.
 */
import { html } from 'lit';
import type { Lang } from '../model/lang.js';
import { messages } from '../model/messages.js';

export const langRuns = (text: string, lang: Lang) => messages(lang).zhRuns(text).map((s, i) => (i % 2 ? html`<span lang="zh">${s}</span>` : s));
