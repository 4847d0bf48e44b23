/**
 * Whether a figure is someone's own words: inside a quotation a colon or a verb of
 * saying opens (`幼儿家长张新海深有感触：“一年可以省下近5000元保教费…”`). What one parent
 * saves is an anecdote, not the report's figure: such figures are flagged `quoted`, so
 * charts leave them out unless asked (or an editor checks them).
 *
 * The speaker may come after the quotation (`“…一次才30元。”张阿姨说。`), between its two
 * parts (`“…只要12元…”王大爷掰着指头给记者算账，“…”`), or before it with a comma
 * (`李婆婆说，“…”`).
 *
 * An official speaking for the government (`市人社局局长张建华表示：“今年1—9月，全市城镇新增
 * 就业3.2万人…”`, `区民政局负责人介绍：“明年我们将…”`) states the government's figure, as a
 * press release would: not flagged. So does one the text gave a title before
 * (`市民政局局长陈兵…。陈兵表示：“…”`).
 *
 * A transcript (`市卫生健康委副主任王丽：…`) is read as turns: who holds the floor, so that
 * `我们` in an answer is known to be the speaker's body (places.ts).
 */
import { charSet } from './chars.js';

const OPEN = '“「"';
/** The curly and corner marks alone (a straight quote both opens and closes), as charSets: read a character at a time. */
const OPEN_MARK = charSet('“「');
const CLOSE_MARK = charSet('”」');
const NEWLINE = 10;
/** How far back a quotation may have opened, on the figure's line. */
const WINDOW = 120;
/** Verbs of saying. */
const SAYING = '说|道|表示|介绍|坦言|感慨|称赞|告诉记者';
/** Right before the opening mark: a colon, or a verb of saying, with a comma or not (`李婆婆说，“`). */
const SAID = new RegExp(`(?:[:：]|(?:${SAYING})[，,]?)\\s*$`, 'u');
/** A verb of saying ending the clause right after a closing mark: `”张阿姨说。`, `”他说，`. */
const SAID_AFTER = new RegExp(`(?:${SAYING})$`, 'u');
/** How far back from the opening mark (or on from the closing one) the speaker is looked for. */
const SPEAKER_WINDOW = 40;
/** Where the clause naming the speaker starts: after a comma, a sentence end or another quotation. */
const CLAUSE_BREAK = /[,，。！？!?;；\n”」]/u;
/** Where a quotation may open a sentence of its own: the speaker is named after it. */
const SENTENCE_OPEN = /[。！？!?\n]/u;
/**
 * How words said end inside their closing mark (`…一次才30元。”`, `…变化太大了，”`); a quoted
 * name does not (`“十四五”期间，“…”`), and is no speech whatever follows it.
 */
const SAID_END = /[。！？!?，,…—]/u;
/**
 * A closing mark, the speaker's clause (`村民韦明芬说`), then one clause of narration up to the
 * comma before a quotation that resumes: `”…说，家里的孩子转到了新学校，“`.
 */
const RESUMED = new RegExp(`[”」]([^，,。！？!?；;\\n“”「」]{1,${SPEAKER_WINDOW}}?(?:${SAYING}))[，,][^“”「」。！？!?；;\\n]{1,30}$`, 'u');
const RESUMED_WINDOW = 80;
/** Titles of people who speak for a government, a department or a public institution. */
const OFFICIAL = /局长|主任|市长|区长|县长|镇长|乡长|省长|书记|支书|负责人|负责同志|发言人|处长|科长|厅长|部长|主席|总工程师|总经济师|院长|校长|党组成员/u;
/** A name at the start of a speaker's clause: two to four Han characters. */
const NAME_LENGTHS = [2, 3, 4] as const;

export function inQuotedSpeech(text: string, at: number): boolean {
  return quotedSpeechStart(text, at) !== undefined;
}

/** Where the private person's quotation holding `at` opens (after its mark), if it is in one. */
export function quotedSpeechStart(text: string, at: number): number | undefined {
  const open = openingMark(text, at);
  if (open === undefined) return undefined;
  const speaker = speakerOf(text, open);
  return speaker !== undefined && !isOfficial(text, speaker) ? open + 1 : undefined;
}

/** The clause naming the private person whose quotation holds `at` (`镜湖区赭山街道居民　王秀英`), if it is in one. */
export function privateSpeakerAt(text: string, at: number): { start: number; end: number } | undefined {
  const open = openingMark(text, at);
  const speaker = open === undefined ? undefined : speakerOf(text, open);
  return speaker !== undefined && !isOfficial(text, speaker) ? speaker : undefined;
}

/** The curly or corner mark opening the quotation `at` lies in, on its line. */
function openingMark(text: string, at: number): number | undefined {
  const floor = Math.max(0, at - WINDOW);
  for (let i = at - 1; i >= floor; i--) {
    const c = text.charCodeAt(i);
    if (c === NEWLINE || CLOSE_MARK[c]) return undefined;
    if (OPEN_MARK[c]) return i;
  }
  return undefined;
}

/** Who says the quotation opening at `open`, as the span of the clause naming them; none if it is no speech. */
function speakerOf(text: string, open: number): { start: number; end: number } | undefined {
  // 陈兵表示：“…”, 李婆婆说，“…”
  if (SAID.test(text.slice(Math.max(0, open - 7), open))) {
    // The comma after 说 belongs to the speaker's clause, not before it.
    let end = open;
    while (end > 0 && /[\s，,]/u.test(text[end - 1]!)) end--;
    return { start: clauseStart(text, end), end };
  }
  // ”王大爷掰着指头给记者算账，“…”: the second part of a quotation split by its speaker.
  const start = clauseStart(text, open - 1);
  if (/[，,]/u.test(text[open - 1] ?? '') && start > 1 && /[”」]/u.test(text[start - 1]!) && SAID_END.test(text[start - 2]!) && start < open - 1) {
    const first = openingMark(text, start - 1);
    if (first !== undefined && SENTENCE_OPEN.test(text[first - 1] ?? '\n')) return { start, end: open - 1 };
  }
  // “…都是新的。”村民韦明芬说，家里的孩子转到了新学校，“一学期能省下…800多元”: the same speaker's quotation
  // resumed after their clause and one of narration, in one sentence.
  if (/[，,]/u.test(text[open - 1] ?? '')) {
    const lead = text.slice(Math.max(0, open - 1 - RESUMED_WINDOW), open - 1);
    const m = RESUMED.exec(lead);
    if (m && SAID_END.test(lead[m.index - 1] ?? '')) {
      const start = open - 1 - lead.length + m.index + 1;
      return { start, end: start + m[1]!.length };
    }
  }
  // “…一次才30元。”张阿姨说。 A quotation opening its sentence, its speaker after it.
  if (!SENTENCE_OPEN.test(text[open - 1] ?? '\n')) return undefined;
  const close = closingMark(text, open);
  // A sound bite of a broadcast script: the quotation is its line, its speaker the caption line
  // after it (`（字幕：镜湖区赭山街道居民　王秀英）`).
  if (close !== undefined && text[close + 1] === '\n') {
    const caption = CAPTION.exec(text.slice(close + 2, close + 2 + SPEAKER_WINDOW + 8));
    if (caption) return { start: close + 2 + caption.index + caption[0].length - caption[1]!.length - 1, end: close + 2 + caption[0].length - 1 };
  }
  if (close === undefined || !SAID_END.test(text[close - 1]!)) return undefined;
  let end = close + 1;
  while (end < Math.min(text.length, close + 1 + SPEAKER_WINDOW) && !CLAUSE_BREAK.test(text[end]!) && !OPEN.includes(text[end]!)) end++;
  if (end === close + 1) return undefined;
  const clause = text.slice(close + 1, end);
  const resumes = /^[，,]\s*[“「]/u.test(text.slice(end, end + 3));
  return SAID_AFTER.test(clause) || resumes ? { start: close + 1, end } : undefined;
}

/** A caption naming who speaks, on the line after a sound bite: `（字幕：市住房和城乡建设局副局长　李建国）`. */
const CAPTION = /^[（(]字幕[：:]([^）)\n]+)[）)]/u;

/** Where the clause ending at `end` starts: after the last clause break within SPEAKER_WINDOW. */
function clauseStart(text: string, end: number): number {
  const floor = Math.max(0, end - SPEAKER_WINDOW);
  let i = end - 1;
  while (i >= floor && !CLAUSE_BREAK.test(text[i]!)) i--;
  return i + 1;
}

/** The mark closing the quotation opened at `open`, on its line. */
function closingMark(text: string, open: number): number | undefined {
  for (let i = open + 1; i < Math.min(text.length, open + 1 + WINDOW); i++) {
    const c = text.charCodeAt(i);
    if (c === NEWLINE || OPEN_MARK[c]) return undefined;
    if (CLOSE_MARK[c]) return i;
  }
  return undefined;
}

/**
 * Whether the speaker's clause names an official: by a title in it, or by a name the text
 * gave a title before (`市民政局局长陈兵…。陈兵表示：`), as findTurns reads a bare name.
 */
function isOfficial(text: string, speaker: { start: number; end: number }): boolean {
  const clause = text.slice(speaker.start, speaker.end);
  if (OFFICIAL.test(clause)) return true;
  return NAME_LENGTHS.some((n) => NAME.test(clause.slice(0, n)) && clause.length > n && titledBefore(text, clause.slice(0, n), speaker.start) !== undefined);
}

/** A turn of a transcript: the line `市教育局副局长陈立新：…` and the lines after it up to the next turn. */
export interface Turn {
  /** Where the turn's line starts. */
  start: number;
  /** The speaker with their title: `市教育局副局长陈立新`, or for `张建华：` the titled mention before (`市人社局局长张建华`). */
  speaker: string;
  /** Whether the speaker holds an office: their `我们` is their body's. */
  official: boolean;
}

/** A line that opens with who speaks: `市卫生健康委副主任王丽：`, `张建华：`, `赣南日报记者：`. */
const TURN = /^[ \t]*([^\s:：,，。!?！？“”"、；;]{1,24}?)[:：]/gmu;
/** Who speaks in a transcript without an office: the host and the press. */
const ROLE = /^(?:主持人|.{0,12}记者|提问|问|答)$/u;
/** How many earlier mentions of a bare name are read for its title. */
const MAX_MENTIONS = 8;
/** A name alone (`张建华`): two to four Han characters. */
const NAME = /^\p{Script=Han}{2,4}$/u;

/**
 * The turns of a transcript, in order. A line naming an official or a role (主持人, a
 * newspaper's 记者) opens one; so does a bare name the text gave a title before
 * (`市人社局局长张建华表示…` … `张建华：`). Other lines with a colon (`华舍街道：…`,
 * `来源：…`) are no turns.
 */
export function findTurns(text: string): Turn[] {
  const turns: Turn[] = [];
  for (const m of text.matchAll(TURN)) {
    const who = m[1]!;
    if (OFFICIAL.test(who)) turns.push({ start: m.index, speaker: who, official: true });
    else if (ROLE.test(who)) turns.push({ start: m.index, speaker: who, official: false });
    else if (NAME.test(who)) {
      const titled = titledBefore(text, who, m.index);
      if (titled) turns.push({ start: m.index, speaker: titled, official: true });
    }
  }
  return turns;
}

/** `市人社局局长张建华` for `张建华`: the name's last earlier mention after an official's title. */
function titledBefore(text: string, name: string, before: number): string | undefined {
  // A few earlier mentions at most: the title comes with the first introduction, and the work stays linear.
  let tries = 0;
  for (let at = text.lastIndexOf(name, before - 1); at >= 0 && tries < MAX_MENTIONS; at = text.lastIndexOf(name, at - 1), tries++) {
    let i = at - 1;
    while (i >= Math.max(0, at - SPEAKER_WINDOW) && !CLAUSE_BREAK.test(text[i]!)) i--;
    const title = text.slice(i + 1, at);
    if (OFFICIAL.test(title)) return title + name;
    if (at === 0) break;
  }
  return undefined;
}

/** The turn `at` lies in, if the text is a transcript. */
export function turnAt(turns: readonly Turn[], at: number): Turn | undefined {
  let lo = 0;
  let hi = turns.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (turns[mid]!.start <= at) lo = mid + 1;
    else hi = mid;
  }
  return turns[lo - 1];
}
