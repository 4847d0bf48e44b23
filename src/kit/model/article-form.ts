/**
 * A Chinese figure in the article's words where the kit's plain form says them otherwise
 * (format.ts `formatFigure`): a chunk, loaded by a chart that has such a figure (notes.ts).
 */
import type { Observation, Qualifier } from '../../data/types.js';

/**
 * The words a qualifier is written with, before the number or after it, longest first.
 * 约 (about) is not 近 (nearly), nor 以内 (within) 不足 (short of): a Chinese chart
 * keeps the article's word.
 */
const QUALIFIER_WORDS: Partial<Record<Qualifier, readonly [RegExp, RegExp?]>> = {
  over: [/^(?:超过|突破|超|逾)/u],
  approx: [/^(?:将近|大约|近|约)/u, /(?:左右|上下)$/u],
  under: [/^(?:不超过|不足|不到|低于|少于)/u, /(?:以内|以下)$/u],
  at_least: [/^(?:不少于|不低于|至少)/u, /以上$/u],
};

/**
 * 十余万, 3000余万, 200多, 两亿: written as the article has it. 10万余 would say just over
 * 100000, 3000万余 puts 余 elsewhere, and 十 is the article's numeral, not 10.
 */
const ARTICLE_NUMBER = /^[\d.〇一二两三四五六七八九十百千]+[余多]?[万亿]?[余多]?$/u;

/** 数万, 几十, 上千: a magnitude the article gives no number for; the value is only its bound. */
const ROUGH_MAGNITUDE = /^[数几上][十百千万亿]+/u;

/**
 * `o` as its article wrote it, where that loses nothing; else `plain`, the kit's form:
 * 超12场次, 约4.6万平方米, 5.2%以内, 数万人, 十余万人, 3000余万元, 200多所.
 * `number` is the kit's number, `quantity` writes a number with the unit (format.ts: no
 * import, so that this chunk needs nothing of the chart's file), `abbreviate` whether its 万 or 亿 stands.
 */
export function articleForm(
  o: Pick<Observation, 'qualifier' | 'raw' | 'unit' | 'value'>,
  plain: string,
  number: string,
  quantity: (number: string) => string,
  abbreviate?: boolean,
): string {
  const head = o.raw.endsWith(o.unit) ? o.raw.slice(0, -o.unit.length) : o.raw;
  // Its 余 or 多 is its whole qualifier (一千 is exact; 超12's word is found below).
  // (Not a table's bare 0.0956 under 改造小区（万个）: its column scaled it, and it is 956个.)
  const scaled = /^[\d.]+$/u.test(head) && +head !== o.value;
  if ((/[余多]/u.test(head) ? 'over' : 'exact') === o.qualifier && ARTICLE_NUMBER.test(head) && !scaled && (abbreviate || !/[万亿]/u.test(head))) return quantity(head);
  const words = QUALIFIER_WORDS[o.qualifier];
  if (!words) return plain;
  const rough = ROUGH_MAGNITUDE.exec(o.raw)?.[0];
  if (rough) return quantity(rough);
  const before = words[0].exec(o.raw)?.[0];
  const after = before ? undefined : words[1]?.exec(o.raw)?.[0];
  return before ? before + quantity(number) : after ? quantity(number) + after : plain;
}
