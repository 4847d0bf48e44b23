/**
 * `livelihood-data slice`: the charts an article page embeds, read from its HTML, and
 * the part of the dataset they use (src/data/slice.ts); and the charts' `src` files the
 * page does not preload yet (its data would be fetched only once the script has run).
 */
import tags from '../charts/tags.json';
import type { ChartAttributes } from '../data/slice.js';

const CHART_TAGS = Object.keys(tags);
const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };
const decode = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) =>
    name[0] === '#' ? String.fromCodePoint(Number(name[1]!.toLowerCase() === 'x' ? `0${name.slice(1)}` : name.slice(1))) : (ENTITIES[name.toLowerCase()] ?? whole),
  );

/** The attributes of every `<tag …>` in an HTML page (comments left out), in document order. */
function elementsInHtml(html: string, tags: readonly string[]): Record<string, string>[] {
  const elements: Record<string, string>[] = [];
  const tag = new RegExp(`<(${tags.join('|')})(\\s[^>]*)?>`, 'gi');
  for (const [, , attributes = ''] of html.replace(/<!--[\s\S]*?-->/g, '').matchAll(tag)) {
    const found: Record<string, string> = {};
    for (const [, name, double, single, bare] of attributes.matchAll(/([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
      found[name!.toLowerCase()] = decode(double ?? single ?? bare ?? '');
    }
    elements.push(found);
  }
  return elements;
}

/** Every chart element's attributes in an HTML page, in document order. */
export function chartsInHtml(html: string): ChartAttributes[] {
  return elementsInHtml(html, CHART_TAGS);
}

/** The charts' `src` URLs (each once) that the page has no `<link rel="preload">` for. */
export function unpreloaded(html: string, charts: readonly ChartAttributes[]): string[] {
  const preloaded = new Set(
    elementsInHtml(html, ['link'])
      .filter((link) => link.rel?.toLowerCase().split(/\s+/).includes('preload'))
      .map((link) => link.href),
  );
  return [...new Set(charts.map((c) => c.src).filter((src): src is string => !!src && !preloaded.has(src)))];
}
