/**
 * `livelihood-data slice`: the charts an article page embeds, read from its HTML, and
 * the part of the dataset they use (src/data/slice.ts).
 */
import tags from '../charts/tags.json';
import type { ChartAttributes } from '../data/slice.js';

const CHART_TAGS = Object.keys(tags);
const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };
const decode = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) =>
    name[0] === '#' ? String.fromCodePoint(Number(name[1]!.toLowerCase() === 'x' ? `0${name.slice(1)}` : name.slice(1))) : (ENTITIES[name.toLowerCase()] ?? whole),
  );

/** Every chart element's attributes in an HTML page, in document order. */
export function chartsInHtml(html: string): ChartAttributes[] {
  const charts: ChartAttributes[] = [];
  const tag = new RegExp(`<(${CHART_TAGS.join('|')})(\\s[^>]*)?>`, 'gi');
  for (const [, , attributes = ''] of html.replace(/<!--[\s\S]*?-->/g, '').matchAll(tag)) {
    const found: Record<string, string> = {};
    for (const [, name, double, single, bare] of attributes.matchAll(/([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
      found[name!.toLowerCase()] = decode(double ?? single ?? bare ?? '');
    }
    charts.push(found);
  }
  return charts;
}
