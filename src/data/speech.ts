/**
 * Whether a figure is someone's own words: inside a quotation a colon or a verb of
 * saying opens (`幼儿家长张新海深有感触：“一年可以省下近5000元保教费…”`). What one parent
 * saves is an anecdote, not the report's figure: such figures are flagged `quoted`, so
 * charts leave them out unless asked (or an editor checks them).
 *
 * An official speaking for the government (`市人社局局长张建华表示：“今年1—9月，全市城镇新增
 * 就业3.2万人…”`, `区民政局负责人介绍：“明年我们将…”`) states the government's figure, as a
 * press release would: not flagged.
 *
 * A transcript (`市卫生健康委副主任王丽：…`) is read as turns: who holds the floor, so that
 * `我们` in an answer is known to be the speaker's body (places.ts).
 */
const OPEN = '“「"';
const CLOSE = '”」"';
/** How far back a quotation may have opened, on the figure's line. */
const WINDOW = 120;
/** Right before the opening mark: a colon, or a verb of saying. */
const SAID = /(?:[:：]|说|道|表示|介绍|坦言|感慨|称赞|告诉记者)\s*$/u;
/** How far back from the opening mark the speaker is looked for. */
const SPEAKER_WINDOW = 40;
/** Where the clause naming the speaker starts: after a comma, a sentence end or another quotation. */
const CLAUSE_BREAK = /[,，。！？!?;；\n”」]/u;
/** Titles of people who speak for a government, a department or a public institution. */
const OFFICIAL = /局长|主任|市长|区长|县长|镇长|乡长|省长|书记|支书|负责人|负责同志|发言人|处长|科长|厅长|部长|主席|总工程师|总经济师|院长|校长|党组成员/u;

export function inQuotedSpeech(text: string, at: number): boolean {
  return quotedSpeechStart(text, at) !== undefined;
}

/** Where the private person's quotation holding `at` opens (after its mark), if it is in one. */
export function quotedSpeechStart(text: string, at: number): number | undefined {
  const floor = Math.max(0, at - WINDOW);
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const from = Math.max(floor, lineStart);
  for (let i = at - 1; i >= from; i--) {
    const c = text[i]!;
    // A straight quote both opens and closes: only a curly or corner mark is read here.
    if (c !== '"' && CLOSE.includes(c)) return undefined;
    if (c !== '"' && OPEN.includes(c)) return SAID.test(text.slice(Math.max(0, i - 6), i)) && !officialSpeaker(text, i) ? i + 1 : undefined;
  }
  return undefined;
}

/** Whether the clause right before the quotation at `open` names an official as the speaker. */
function officialSpeaker(text: string, open: number): boolean {
  const floor = Math.max(0, open - SPEAKER_WINDOW);
  let i = open - 1;
  while (i >= floor && !CLAUSE_BREAK.test(text[i]!)) i--;
  return OFFICIAL.test(text.slice(i + 1, open));
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
