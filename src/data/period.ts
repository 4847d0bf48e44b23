/**
 * The period a figure refers to, from the nearest time marker before it in its
 * paragraph. Relative markers (`今年`, `截至目前`)
 * resolve against the publication date; without one they keep only their label, never
 * a guessed date.
 *
 * | marker | period |
 * |---|---|
 * | `2023年` | 2023-01-01 … 2023-12-31 |
 * | `2018年以来`, `2018年起` | 2018-01-01 … publication |
 * | `2022年上半年`, `今年上半年` | January … June |
 * | `十四五期间` | 2021-01-01 … 2025-12-31 |
 * | `十四五以来` | 2021-01-01 … publication |
 * | `今年`, `去年` | that calendar year, up to publication |
 * | `一年来` | the year before publication |
 * | `截至目前`, `目前`, `如今` | as of publication (end only) |
 */
import { charSet, indexOfAny, isIn } from './chars.js';
import type { Period } from './types.js';

type Resolver = (m: RegExpExecArray, published: string | null) => Omit<Period, 'label'>;

const yearOf = (published: string | null) => (published ? Number(published.slice(0, 4)) : null);
const whole = (y: number) => ({ start: `${y}-01-01`, end: `${y}-12-31` });
const upTo = (published: string | null, end: string) =>
  published && published < end ? published : end;

/** The last day of a month, as two digits. */
const lastDay = (year: number, month: number) => String(new Date(Date.UTC(year, month, 0)).getUTCDate());
const pad = (n: number | string) => String(n).padStart(2, '0');

/** Markers, longest first where several could start at one place. */
const MARKERS: ReadonlyArray<readonly [RegExp, Resolver]> = [
  // 1—7月, 1-8月: months of the publication year, so far.
  [
    /(\d{1,2})\s*[-—–~至到]\s*(\d{1,2})月(?:份)?/u,
    (m, p) => {
      const y = yearOf(p);
      const [a, b] = [Number(m[1]), Number(m[2])];
      if (!y || a < 1 || b > 12 || a > b) return {};
      return { start: `${y}-${pad(a)}-01`, end: `${y}-${pad(b)}-${lastDay(y, b)}` };
    },
  ],
  [/(\d{4})\s*[-—至到]\s*(\d{4})年/u, (m) => ({ start: `${m[1]}-01-01`, end: `${m[2]}-12-31` })],
  [/(\d{4})年上半年/u, (m) => ({ start: `${m[1]}-01-01`, end: `${m[1]}-06-30` })],
  [
    /(?:自|从)?(\d{4})年(?:(\d{1,2})月)?(?:上线|建成|实施|启动|开通)?(?:以来|来|起|开始)/u,
    (m, p) => ({ start: `${m[1]}-${(m[2] ?? '1').padStart(2, '0')}-01`, ...(p ? { end: p } : {}) }),
  ],
  [/(\d{4})年/u, (m) => whole(Number(m[1]))],
  [/十四五”?\s*(?:期间|时期)/u, () => ({ start: '2021-01-01', end: '2025-12-31' })],
  [/十四五”?\s*(?:以来|启航)/u, (_m, p) => ({ start: '2021-01-01', ...(p ? { end: upTo(p, '2025-12-31') } : {}) })],
  [/(?:今年)?上半年/u, (_m, p) => { const y = yearOf(p); return y ? { start: `${y}-01-01`, end: `${y}-06-30` } : {}; }],
  [/今年(?:以来)?/u, (_m, p) => { const y = yearOf(p); return y && p ? { start: `${y}-01-01`, end: p } : {}; }],
  [/去年以来/u, (_m, p) => { const y = yearOf(p); return y && p ? { start: `${y - 1}-01-01`, end: p } : {}; }],
  [/去年/u, (_m, p) => { const y = yearOf(p); return y ? whole(y - 1) : {}; }],
  [/[两三四五六七八九十]年(?:间|来|时间)/u, () => ({})],
  [/一年来|近一年/u, (_m, p) => (p ? { start: `${Number(p.slice(0, 4)) - 1}${p.slice(4)}`, end: p } : {})],
  [/(?:截至|截止)(?:目前|当前)|目前|如今/u, (_m, p) => (p ? { end: p } : {})],
];

/** A marker right after one of these is compared against, not the figure's period. */
const COMPARED = charSet('比较与同');
/**
 * Every marker as one sticky pattern, tried only where a marker can start (below):
 * searched for with a global regex, the alternation was tried at every character.
 */
const ANY_MARKER = new RegExp(MARKERS.map(([re]) => re.source).join('|'), 'yu');
/** The characters a marker can start with. Keep in step with MARKERS. */
const MARKER_START = charSet('0123456789自从十今去两三四五六七八九一近截目如上');

export interface PeriodMarker {
  /** Offsets of the marker in the text. */
  start: number;
  end: number;
  period: Period;
}

/**
 * Resolved periods by publication date and marker text. A corpus repeats the same few
 * markers (今年, 2023年), and resolving one tries every pattern in turn. Bounded, so
 * memory stays flat over any corpus.
 */
const resolved = new Map<string, Period>();
const MAX_RESOLVED = 2048;

function resolveMarkerOnce(text: string, published: string | null): Period {
  const key = `${published ?? ''}|${text}`;
  let period = resolved.get(key);
  if (!period) {
    if (resolved.size >= MAX_RESOLVED) resolved.clear();
    period = resolveMarker(text, published);
    resolved.set(key, period);
  }
  return period;
}

function resolveMarker(text: string, published: string | null): Period {
  const label = text.replace(/[“”"\s]/gu, '');
  for (const [re, resolve] of MARKERS) {
    const m = re.exec(text);
    if (m && m.index === 0 && m[0].length === text.length) return { label, ...resolve(m, published) };
  }
  return { label };
}

/** Every time marker in a document, in order; found once, looked up per figure. */
export function findPeriodMarkers(text: string, published: string | null): PeriodMarker[] {
  const markers: PeriodMarker[] = [];
  let from = 0;
  for (let at = indexOfAny(text, MARKER_START, from); at >= 0; at = indexOfAny(text, MARKER_START, from)) {
    ANY_MARKER.lastIndex = at;
    const m = ANY_MARKER.exec(text);
    if (!m) {
      from = at + 1;
      continue;
    }
    from = at + m[0].length;
    // 比去年增加, 与去年同期相比: a year compared against is not the figure's period.
    if (at > 0 && isIn(COMPARED, text, at - 1)) continue;
    markers.push({ start: at, end: from, period: resolveMarkerOnce(m[0], published) });
  }
  return markers;
}

/**
 * The period of a figure at `at`: the last marker that ends before it in its paragraph
 * (its own sentence first, by construction), else "not stated" up to publication.
 */
export function assignPeriod(
  markers: readonly PeriodMarker[],
  paragraphStart: number,
  at: number,
  published: string | null,
): Period {
  let lo = 0;
  let hi = markers.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (markers[mid].end <= at) lo = mid + 1;
    else hi = mid;
  }
  const last = markers[lo - 1];
  if (last && last.start >= paragraphStart) return last.period;
  return { label: '未注明', ...(published ? { end: published } : {}) };
}
