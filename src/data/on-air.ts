/**
 * The day a transcript's event took place, and what was said or done there: a 电视问政
 * programme broadcast on 29 May and summed up in July, a press conference written up
 * days later. An official's answer on air (`市民政局局长周丽：全市已建成…94个`) speaks of that
 * day, not of the day the summary was published; so does what the programme itself did
 * (`节目最后，200名市民代表…满意率为68.5%`).
 */
import { findTurns } from './speech.js';

/** The lead's event: `5月29日晚19:30，…在孝感综合频道直播`, `10月28日上午，…举行新闻发布会`. */
const EVENT = /(?:^|[。\n])[ \t]*(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日(?:上午|下午|晚上|晚间|晚|凌晨|中午|傍晚)?[^。\n]{0,80}?(?:直播|播出|举行|召开|开播)/u;
/** How far into the text the lead is looked for. */
const LEAD = 600;
/** A paragraph about the event itself: `节目最后，…`, `现场，…`, `发布会上，…`. */
const AT_EVENT = /^[ \t]*(?:节目(?:最后|结束前|中|现场|上)|现场|发布会上|会上)[，,]/u;

const pad = (n: number) => String(n).padStart(2, '0');

export interface OnAir {
  /** The event's day (YYYY-MM-DD), before publication. */
  day: string;
  /** Where the event's sentence ends: what is on air comes after it. */
  from: number;
  /** Where each turn's line starts (`市住建局局长刘志刚：…`). */
  turnLines: ReadonlySet<number>;
}

/** The event of a transcript published after it, if the text is one. */
export function findOnAir(text: string, published: string | null): OnAir | undefined {
  if (!published) return undefined;
  const m = EVENT.exec(text.slice(0, LEAD));
  if (!m) return undefined;
  const year = m[1] ? Number(m[1]) : Number(published.slice(0, 4));
  const [month, date] = [Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || date < 1 || date > 31) return undefined;
  const day = `${year}-${pad(month)}-${pad(date)}`;
  if (day >= published) return undefined;
  const turns = findTurns(text);
  if (turns.length === 0) return undefined;
  return { day, from: m.index + m[0].length, turnLines: new Set(turns.map((t) => t.start)) };
}

/**
 * Whether the figure at `at` was said or done at the event: in a turn's line (the line opens
 * with its speaker), in a paragraph about the event itself, or named as the event's own (`由节目现场的68.5%`,
 * whatever marker dates its sentence): 'turn', 'event' or 'night', else undefined.
 */
export function onAirAt(text: string, onAir: OnAir | undefined, at: number): 'turn' | 'event' | 'night' | undefined {
  if (!onAir || at < onAir.from) return undefined;
  const line = text.lastIndexOf('\n', at - 1) + 1;
  if (onAir.turnLines.has(line)) return 'turn';
  if (AT_EVENT.test(text.slice(line, line + 12))) return 'event';
  // 满意率由节目现场的68.5%提高到86.0%: the level the programme itself measured.
  return ON_THE_NIGHT_BEFORE.test(text.slice(Math.max(line, at - 8), at)) ? 'night' : undefined;
}

/** Right before a figure, the programme's own moment: `由节目现场的`, `节目中的`. */
const ON_THE_NIGHT_BEFORE = /(?:节目现场|节目中|节目当晚|现场测评)的?$/u;
