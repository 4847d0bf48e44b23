/**
 * Whether a figure is someone's own words: inside a quotation a colon or a verb of
 * saying opens (`幼儿家长张新海深有感触：“一年可以省下近5000元保教费…”`). What one parent
 * saves is an anecdote, not the report's figure: such figures are flagged `quoted`, so
 * charts leave them out unless asked (or an editor checks them).
 *
 * An official speaking for the government (`市人社局局长张建华表示：“今年1—9月，全市城镇新增
 * 就业3.2万人…”`, `区民政局负责人介绍：“明年我们将…”`) states the government's figure, as a
 * press release would: not flagged.
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
