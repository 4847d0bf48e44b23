/**
 * Whether a figure is someone's own words: inside a quotation a colon or a verb of
 * saying opens (`幼儿家长张新海深有感触：“一年可以省下近5000元保教费…”`). What one parent
 * saves is an anecdote, not the report's figure: such figures are flagged `quoted`, so
 * charts leave them out unless asked (or an editor checks them).
 */
const OPEN = '“「"';
const CLOSE = '”」"';
/** How far back a quotation may have opened, on the figure's line. */
const WINDOW = 120;
/** Right before the opening mark: a colon, or a verb of saying. */
const SAID = /(?:[:：]|说|道|表示|介绍|坦言|感慨|称赞|告诉记者)\s*$/u;

export function inQuotedSpeech(text: string, at: number): boolean {
  const floor = Math.max(0, at - WINDOW);
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const from = Math.max(floor, lineStart);
  for (let i = at - 1; i >= from; i--) {
    const c = text[i]!;
    // A straight quote both opens and closes: only a curly or corner mark is read here.
    if (c !== '"' && CLOSE.includes(c)) return false;
    if (c !== '"' && OPEN.includes(c)) return SAID.test(text.slice(Math.max(0, i - 6), i));
  }
  return false;
}
