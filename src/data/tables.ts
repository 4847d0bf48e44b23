/**
 * Plain-text tables in an article: a heading line naming the columns, then rows with as
 * many cells, separated by `｜` or `|`, by tabs, or by runs of full-width spaces or of two
 * or more spaces. Statistics bureaus and newsrooms paste tables this way (`县（市、区）｜
 * 城镇新增就业（人）｜同比增长（%）`), and WeChat posts list a programme's items
 * (`项目｜目标｜进度`).
 *
 * Each column's measure and unit come from its heading (`居民人均可支配收入（元）`,
 * `参保人数（万人）`) or a `单位：万人` line above it; a `同比增长（%）` column is the growth
 * of the column before it. A table is by place when its first column names places (the
 * rows' first cells are places of the article's area, `全　市` its whole): each row is
 * then that place's. Its period is what its title, or the lines before it, name
 * (`表1　2025年1—6月…`).
 *
 * Reading works on the article's own characters (clean.ts keeps them one for one with
 * the cleaned text): cleaning turns a full-width space into an ordinary one, and only the
 * written text tells `攸　县　36.52` (a space inside a name, then a separator) from prose.
 */
import { arabicYears } from './chinese-year.js';
import { findPeriodMarkers } from './period.js';
import type { Period } from './types.js';
import { unitAt, type UnitDef } from './units.js';

export interface TableColumn {
  /** The heading, trimmed (as cleaned: `城镇新增就业(人)`). */
  heading: string;
  /** The heading without its unit: `城镇新增就业`. */
  measure: string;
  /** The unit of the column's cells, from its heading or the table's 单位 line. */
  unit?: UnitDef;
  /** What a cell's number is multiplied by to be in `unit` (`万人`: 10 000 人). */
  scale: number;
  /** The column whose figures this one gives the growth of (`同比增长（%）` after `城镇新增就业（人）`). */
  growthOf?: number;
}

export interface TableCell {
  start: number;
  end: number;
  text: string;
}

export interface TableRow {
  start: number;
  end: number;
  cells: TableCell[];
  /** The first cell without spaces: `攸　县` → `攸县`. */
  head: string;
  /** The row has as many cells as the heading: its cells are read by column. */
  regular: boolean;
  /** A by-place table's row: the region its first cell names, or undefined when it names none. */
  region?: string;
  /** The group heading the row sits under, less its year (`三、本年度办理结果` → `办理结果`), if any. */
  group?: string;
  /** A by-measure table's row: its measure (`城镇新增就业`, `每千人口执业医师数` for a cell `人/千人`) and unit, from its 单位 cell or its first cell's gloss (`（万人）`). */
  measure?: string;
  unit?: { unit: UnitDef; scale: number };
}

export interface Table {
  /** From the heading line to the end of the last row. */
  start: number;
  end: number;
  /** The title line above the heading, if any: `表1　2025年1—6月各县（市、区）就业和收入情况`. */
  title: string;
  /** Where the title starts (the heading, when there is none). */
  frameStart: number;
  /** Where the line before the title starts (`各县（市、区）主要指标如下：`): read for the period when the title names none. */
  leadStart: number;
  columns: TableColumn[];
  rows: TableRow[];
  /** Rows name places: each row's figures are its place's. */
  byPlace: boolean;
  /**
   * Rows name measures, each with its unit (`指标｜单位｜1—6月｜同比增长（%）`, `城镇新增就业｜万人｜3.86｜4.2`):
   * the figures are of the place the title names.
   */
  byMeasure: boolean;
  /** The 单位 column of a by-measure table. */
  unitColumn?: number;
  /** The period its title names, else the line before it. */
  period?: Period;
  /** How many years a number in brackets totals, as the note under the table says (`注：[ ]内为五年累计数`). */
  bracketYears?: number;
}

/** Where a number lies in a table: its row, and its column when the row is regular. */
export interface TablePlace {
  table: Table;
  row: TableRow;
  /** Column index, for a regular row. */
  column?: number;
  /** The cell is the number alone (with a sign), so its unit is the column's: `-1.5`, `172.36`. */
  bare: boolean;
  /** Where the number's cell starts: before a minus sign. */
  cellStart: number;
  /** The cell is a number in brackets (`[27.6]`) that the table's note explains: a total over years. */
  bracketed: boolean;
}

/** The longest line read as a table row. */
export const MAX_ROW = 200;
/** The most lines of one table. */
const MAX_ROWS = 200;

const PIPE = /\s*[|｜]\s*/gu;
const TAB = /[ \u3000]*\t\s*/gu;
/** Runs of full-width spaces, or of two or more ordinary ones. */
const SPACED = /[ \u3000]*\u3000[ \u3000]*|[ ]{2,}/gu;
/** A cell that is a number alone: `38600`, `-1.5`, `4.0`, `12%`, or with a bound a plan's target has (`92以上`, `5.0以内`). */
const BARE = /^(?:约|近|超|≥|≤)?[-−－+]?\d+(?:\.\d+)?[%％]?(?:以上|以下|以内|左右)?$/u;
/** A number in brackets: `[27.6]`, a total over years when the table's note says so. */
const BRACKETED = /^[[［]\s*([^\]］]*?)\s*[\]］]$/u;
/** A note under a table that says what its brackets hold: `注：[ ]内为五年累计数`. */
const BRACKET_NOTE = /^\s*注\s*[:：][^\n]*?[[［]\s*[\]］]\s*内(?:为|是|数据为)?(\d+|[一二三四五六七八九十])年(?:累计|合计)/u;
const CHINESE_DIGIT = '一二三四五六七八九十';
const MINUS = /^[-−－]/u;
/** A markdown table's rule line: `|---|:--:|`. */
const RULE = /^[\s|｜:：\-—]+$/u;
/** A piece of a name spaced out (`攸　县`, `全　市`): a character or two, no digits. */
const NAME_PIECE = /^\p{Script=Han}{1,2}$/u;
/** The longest name joined from pieces (`赣　县　区`). */
const MAX_SPACED_NAME = 6;

/** A unit glossed at the end of a heading: `（人）`, `（万人）`, `(%)`, `（单位：亿元）`. */
const UNIT_GLOSS = /[（(]\s*(?:单位[:：]\s*)?(万|亿)?([^()（）\s]{1,4})\s*[)）]\s*$/u;
/** The heading of a column of units: `单位`, `计量单位`. */
const UNIT_HEADING = /^(?:计量)?单位$/u;
/** A unit cell: `万人`, `亿元`, `%`. */
const UNIT_CELL = /^(万|亿)?(\S{1,4})$/u;
/** A unit per so many people or births: `1/10万` (a rate over its base), `人/千人`, `张/万人` (so many per thousand people). */
const PER_UNIT_CELL = /^(1|[^\d\s/／]{1,2})[/／](千|万|10万)(人|人口)?$/u;
/** A place's name with a mark or a gloss after it: `醴陵市*`, `经开区（托管）`. */
const HEAD_MARKS = /[*＊※]+$|[(（][^()（）]*[)）]$/gu;

/** A line that gives the whole table's unit: `单位：万人`. */
const UNIT_LINE = /单位\s*[:：]\s*(万|亿)?([^\s,，;；。()（）]{1,4})/u;
const SCALE: Record<string, number> = { 万: 1e4, 亿: 1e8 };
/** A heading that only says growth: of the column before it. */
const GROWTH = /^(?:比上年|较上年|比去年|同比)?(?:增长|增速|增幅|增减)(?:率|幅度)?$|^同比$/u;
/** A first heading that names places: `县（市、区）`, `地区`, `区县`, `县市区`. */
const PLACE_HEADING = /^(?:县|区|市|地区|区域|区县|县区|县市区|县市|各地|地方|单位)/u;
/** A row of the whole: `全市`, `全　县`, `合计`, `总计`. */
export const WHOLE_ROW = /^(?:全[省市县区旗]|合计|总计|全部|总体)$/u;
/** A title line above a heading: short, not a sentence. */
const TITLE_MAX = 60;

/** The unit a gloss names (`人`, `%`, `元`), if the whole of it is one. */
function unitNamed(text: string): UnitDef | undefined {
  const unit = unitAt(text, 0);
  return unit && unit.text.length === text.length ? unit : undefined;
}

/** The cells of a line, split by `separator`, with offsets from `offset`; empty edge cells (`| a | b |`) dropped. */
function splitCells(line: string, offset: number, separator: RegExp, cleaned: string): TableCell[] {
  const cells: TableCell[] = [];
  let from = 0;
  const push = (to: number) => {
    const raw = line.slice(from, to);
    const start = offset + from + raw.length - raw.trimStart().length;
    const end = start + raw.trim().length;
    cells.push({ start, end, text: cleaned.slice(start, end) });
  };
  for (const m of line.matchAll(separator)) {
    push(m.index);
    from = m.index + m[0].length;
  }
  push(line.length);
  if (cells[0]?.text === '') cells.shift();
  if (cells.at(-1)?.text === '') cells.pop();
  return cells;
}

/** The separator a line uses, if any: pipes first, then tabs, then spaces. */
function separatorOf(line: string): RegExp | undefined {
  if (/[|｜]/u.test(line)) return PIPE;
  if (line.includes('\t')) return TAB;
  if (/\u3000|\S[ ]{2,}\S/u.test(line.trim())) return SPACED;
  return undefined;
}

/** A spaced-out name split into cells (`攸`, `县`) joined again while the row has more cells than columns. */
function joinSpacedName(cells: TableCell[], columns: number, cleaned: string): TableCell[] {
  const out = [...cells];
  const joined = (cell: TableCell) => cell.text.replace(/\s/gu, '');
  while (out.length > columns && /^\p{Script=Han}+$/u.test(joined(out[0]!)) && NAME_PIECE.test(out[1]!.text) && joined(out[0]!).length + out[1]!.text.length <= MAX_SPACED_NAME) {
    const [a, b] = out as [TableCell, TableCell];
    out.splice(0, 2, { start: a.start, end: b.end, text: cleaned.slice(a.start, b.end) });
  }
  return out;
}

/** A unit as a 单位 cell or a gloss writes it: `万人` is 人 × 10 000. */
function scaledUnit(prefix: string | undefined, text: string): { unit: UnitDef; scale: number } | undefined {
  const unit = unitNamed(text);
  return unit && { unit, scale: prefix ? SCALE[prefix]! : 1 };
}

/**
 * A 单位 cell that gives a unit per a base: `1/10万` is the rate unit `/10万`; `人/千人` is 人
 * counted per thousand people, so the row's measure says `每千人口`, as prose writes it.
 */
function perUnit(text: string): { unit: UnitDef; scale: number; per?: string } | undefined {
  const m = PER_UNIT_CELL.exec(text);
  if (!m) return undefined;
  if (m[1] === '1') {
    const unit = unitNamed(`/${m[2]}`);
    return unit && { unit, scale: 1 };
  }
  const unit = m[3] ? unitNamed(m[1]!) : undefined;
  return unit && { unit, scale: 1, per: `每${m[2]}人口` };
}

/** A row's list number: `一、`, `（一）`, `(一)`. */
const ROW_NUMBER = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])\s*/u;
/** How long a group heading inside a table may be (`三、本年度办理结果`). */
const GROUP_HEADING_MAX = 24;
/**
 * The headings of the national template's count tables (国办公开办函〔2021〕30号): applications by
 * applicant (`申请人情况｜自然人｜法人或其他组织｜总计`), reviews and suits by result (`结果维持｜结果纠正`),
 * decisions (`本年处理决定数量`).
 */
const TEMPLATE_COUNTS = /法人或其他组织|结果维持\|结果纠正|处理决定数量/u;

/** Whether `line` is a row with `cells` cells split by `separator`. */
function rowOf(line: Line | undefined, separator: RegExp, cells: number, text: string): boolean {
  if (!line || line.blank || !line.written || separatorOf(line.written) !== separator) return false;
  return splitCells(line.written, line.start, separator, text).length === cells;
}

/** A heading that counts with a measure word and 数 (`本年制发件数`, `参保人数`, `办理次数`), not a rate (`人数占比`). */
const COUNT_HEADING = /([件人次个户家所项])数$/u;

function parseColumns(cells: readonly TableCell[], tableUnit: { unit: UnitDef; scale: number } | undefined): TableColumn[] {
  const columns: TableColumn[] = [];
  cells.forEach((cell, i) => {
    const gloss = UNIT_GLOSS.exec(cell.text);
    const unit = gloss ? unitNamed(gloss[2]!) : undefined;
    const measure = (unit ? cell.text.slice(0, gloss!.index) : cell.text).trim();
    const column: TableColumn = { heading: cell.text, measure, scale: 1 };
    if (unit) {
      column.unit = unit;
      column.scale = gloss![1] ? SCALE[gloss![1]]! : 1;
    } else if (i > 0 && tableUnit) {
      column.unit = tableUnit.unit;
      column.scale = tableUnit.scale;
    } else if (i > 0 && COUNT_HEADING.test(measure)) {
      // 本年制发件数, 参保人数: a count named by its measure word, the unit of its cells.
      const counted = unitNamed(COUNT_HEADING.exec(measure)![1]!);
      if (counted) column.unit = counted;
    }
    if (i > 1 && GROWTH.test(measure)) {
      let base = i - 1;
      while (base > 0 && columns[base]!.growthOf !== undefined) base--;
      if (base > 0) column.growthOf = base;
    }
    columns.push(column);
  });
  return columns;
}

interface Line {
  start: number;
  end: number;
  blank: boolean;
  /** The line as written, when it may be a row (short, with a separator in it); else empty. */
  written: string;
}

function linesOf(text: string, written: (from: number, to: number) => string): Line[] {
  const lines: Line[] = [];
  for (let start = 0; start <= text.length; ) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(start, end);
    // Cleaning turned a full-width space into ' ' and ｜ into |: lines without either are no rows, and are not copied.
    lines.push({ start, end, blank: !line.trim(), written: end - start <= MAX_ROW && /[ |\t]/u.test(line) ? written(start, end) : '' });
    start = end + 1;
  }
  return lines;
}

/**
 * The tables of a text. `written` gives the article's own characters for a span of the
 * cleaned `text`; `placeNamed` the region a row's first cell names (undefined when none
 * of the article's area), and `whole` the article's own region for `全市` and `合计`;
 * `published` dates a title's months when it names no year.
 */
export function findTables(
  text: string,
  written: (from: number, to: number) => string,
  placeNamed: (name: string) => string | undefined,
  whole: string,
  published: string | null = null,
): Table[] {
  const lines = linesOf(text, written);
  const tables: Table[] = [];
  for (let i = 0; i < lines.length; i++) {
    const heading = lines[i]!;
    const separator = heading.written ? separatorOf(heading.written) : undefined;
    if (!separator) continue;
    const headCells = splitCells(heading.written, heading.start, separator, text);
    // A heading names columns: two or more, none a number alone.
    if (headCells.length < 2 || headCells.some((c) => !c.text || BARE.test(c.text))) continue;
    const rows: TableRow[] = [];
    let j = i + 1;
    let group: string | undefined;
    for (; j < lines.length && j - i <= MAX_ROWS; j++) {
      const line = lines[j]!;
      // 三、本年度办理结果 between rows: a short group heading inside the table, when a row of as many cells follows.
      if (!line.blank && !line.written && rows.length > 0 && line.end - line.start <= GROUP_HEADING_MAX && rowOf(lines[j + 1], separator, headCells.length, text)) {
        group = text.slice(line.start, line.end).trim().replace(ROW_NUMBER, '').replace(/^本年度?/u, '');
        continue;
      }
      if (line.blank || !line.written || separatorOf(line.written) !== separator) break;
      if (RULE.test(line.written)) continue;
      const cells = joinSpacedName(splitCells(line.written, line.start, separator, text), headCells.length, text);
      if (cells.length < 2) break;
      // A row numbered at the table's own level (四、) closes the group before it.
      if (/^[一二三四五六七八九十]+、/u.test(cells[0]!.text)) group = undefined;
      rows.push({ start: line.start, end: line.end, cells, head: cells[0]!.text.replace(/\s/gu, ''), regular: cells.length === headCells.length, ...(group ? { group } : {}) });
    }
    const regular = rows.filter((r) => r.regular).length;
    // Spaces separate words in prose too: such a table needs two rows that fit its heading.
    if (regular < (separator === SPACED ? 2 : 1)) continue;
    // The title, and a 单位 line, sit right above the heading (a blank line may come between).
    let above = i - 1;
    while (above >= 0 && lines[above]!.blank && i - above <= 2) above--;
    const titleLine = above >= 0 && lines[above]!.end - lines[above]!.start <= TITLE_MAX && !/[。！？!?]\s*$/u.test(text.slice(lines[above]!.start, lines[above]!.end)) ? lines[above]! : undefined;
    const title = titleLine ? text.slice(titleLine.start, titleLine.end).trim() : '';
    const unitGiven = UNIT_LINE.exec(title);
    const tableUnit = unitGiven && unitNamed(unitGiven[2]!) ? { unit: unitNamed(unitGiven[2]!)!, scale: unitGiven[1] ? SCALE[unitGiven[1]]! : 1 } : undefined;
    const columns = parseColumns(headCells, tableUnit);
    // The national template of a 政府信息公开工作年度报告 counts applications and cases (件) in columns that name none.
    if (columns.every((c) => !c.unit) && TEMPLATE_COUNTS.test(headCells.map((c) => c.text).join('|'))) {
      const piece = unitNamed('件');
      if (piece) for (const column of columns.slice(1)) column.unit = piece;
    }
    const unitColumn = columns.findIndex((c) => UNIT_HEADING.test(c.measure));
    for (const row of rows) {
      const name = row.head.replace(HEAD_MARKS, '');
      const named = WHOLE_ROW.test(name) ? whole : placeNamed(name);
      if (named) row.region = named;
      const gloss = UNIT_GLOSS.exec(row.head);
      const unitText = unitColumn > 0 && row.regular ? row.cells[unitColumn]!.text : '';
      const unitCell = UNIT_CELL.exec(unitText);
      const per = perUnit(unitText);
      const given = per ?? (unitCell && scaledUnit(unitCell[1], unitCell[2]!));
      const unit = given ?? (gloss ? scaledUnit(gloss[1], gloss[2]!) : undefined);
      if (unit) {
        row.unit = { unit: unit.unit, scale: unit.scale };
        const measure = (gloss && !given ? row.head.slice(0, gloss.index) : row.head).trim();
        row.measure = per?.per && !measure.startsWith(per.per) ? per.per + measure : measure;
      }
    }
    // By place when the first heading says so, or most rows name places; by measure when rows carry their units.
    const placed = rows.filter((r) => r.region !== undefined).length;
    const byPlace = placed > 0 && (PLACE_HEADING.test(columns[0]!.measure) || placed * 2 > rows.length);
    const byMeasure = !byPlace && rows.some((r) => r.unit !== undefined);
    let lead = (titleLine ? above : i) - 1;
    while (lead >= 0 && lines[lead]!.blank && i - lead <= 4) lead--;
    const frameStart = titleLine?.start ?? heading.start;
    const last = rows.at(-1)!;
    const note = lines[j] && !lines[j]!.blank ? lines[j] : lines[j + 1];
    const bracketNote = note ? BRACKET_NOTE.exec(text.slice(note.start, note.end)) : null;
    const bracketYears = bracketNote ? Number(bracketNote[1]) || CHINESE_DIGIT.indexOf(bracketNote[1]!) + 1 : 0;
    const table: Table = {
      start: heading.start,
      end: last.end,
      title,
      frameStart,
      leadStart: lead >= 0 && !lines[lead]!.blank ? lines[lead]!.start : frameStart,
      columns,
      rows,
      byPlace,
      byMeasure,
      ...(unitColumn > 0 ? { unitColumn } : {}),
      ...(bracketYears > 0 ? { bracketYears } : {}),
    };
    const period = tablePeriod(table, text, published);
    tables.push(period ? { ...table, period } : table);
    i = j - 1;
  }
  return tables;
}

/** Where a number starting at `at` lies in one of `tables` (sorted, as findTables gives them), if in a row. */
export function tablePlaceAt(tables: readonly Table[], at: number): TablePlace | undefined {
  let lo = 0;
  let hi = tables.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tables[mid]!.end < at) lo = mid + 1;
    else hi = mid;
  }
  const table = tables[lo];
  if (!table || at < table.start) return undefined;
  const row = table.rows.find((r) => r.start <= at && at <= r.end);
  if (!row) return undefined;
  const index = row.cells.findIndex((c) => c.start <= at && at < c.end);
  if (index < 0) return undefined;
  const cell = row.cells[index]!;
  const inner = BRACKETED.exec(cell.text)?.[1];
  const bracketed = inner !== undefined && table.bracketYears !== undefined;
  return {
    table,
    row,
    ...(row.regular ? { column: index } : {}),
    bare: BARE.test(bracketed ? inner : cell.text),
    cellStart: cell.start,
    bracketed,
  };
}

/** A number in a table's 单位 column (`1/10万`): part of the unit, no figure. */
export function inUnitColumn(place: TablePlace | undefined): boolean {
  return place?.column !== undefined && place.column === place.table.unitColumn;
}

/** A column of places in an order: a row's number (`序号`) or its rank (`排名`, `名次`). */
const ORDER_HEADING = /^(?:序号|编号|排名|排序|名次|位次)$/u;

/** A number in a column of row numbers or ranks: an ordinal, no figure. */
export function inOrderColumn(place: TablePlace | undefined): boolean {
  return ORDER_HEADING.test(columnOf(place)?.measure ?? '');
}

/** The first cell of the row, when the number lies in a later one: `养老服务综合体｜3个｜已建成3个` names what its cells count. */
/**
 * 项目名称｜满意度（%）｜知晓率（%）: two measures of each row in one unit. Named by the row alone,
 * a row's two figures would be one measure twice; each is glossed with its column.
 */
function sharesUnit(table: Table, column: TableColumn): boolean {
  if (!column.unit || !column.measure || column.growthOf !== undefined || stage(column.measure)) return false;
  return table.columns.some((c) => c !== column && c.growthOf === undefined && c.unit?.unit === column.unit!.unit && c.measure && c.measure !== column.measure && !stage(c.measure));
}

/** A column of one measure's target, plan or progress (`目标（个）｜完成（个）`): the row's one measure, not two. */
const STAGE_COLUMN = /目标|任务|计划|完成|进度|实际|累计|预计/u;
/** A stage of the row's measure; a rate is a measure of its own (完成率（%）｜覆盖率（%）: two). */
const stage = (measure: string) => STAGE_COLUMN.test(measure) && !RATE_HEADING.test(measure);

export function rowHeadOf(place: TablePlace | undefined): string | undefined {
  // 序号｜项目名称｜…: a row number is no name; the cell after it is.
  if (!place) return undefined;
  const cells = place.row.cells;
  const first = cells.length > 2 && /^\d{1,3}$/u.test(cells[0]!.text) ? cells[1] : cells[0];
  if (!first || place.cellStart <= first.start) return undefined;
  // 规章｜0｜0｜0 under 信息内容｜本年制发件数｜本年废止件数｜现行有效件数: each column counts the row's thing
  // its own way, glossed as 规章（本年制发件数）, so that the three are three measures.
  const column = glossingColumn(place);
  // （一）予以公开, 四、结转下年度继续办理: a row's list number is no part of its name.
  let name = column ? first.text.replace(ROW_NUMBER, '') : first.text;
  if (column) name = ofDoersThing(name, place.row.group, place.table.columns[0]!.heading);
  // 老年助餐服务｜95.2 under 满意度（%）: a rate of the row's thing is named as prose names it, 老年助餐服务满意度
  // (so the text's 老年助餐服务满意度为95.2% is the same measure), not glossed.
  if (column && RATE_HEADING.test(column.measure)) return name + column.measure;
  return column ? `${name}（${column.measure}）` : name;
}

/** A first heading naming who filed a thing (`申请人情况`, `投诉人类型`): each row counts that thing (申请), by what became of it. */
const DOERS_HEADING = /^(申请|投诉|举报|来信|来访|来电|诉求|求助)人(?:情况|类型|类别)$/u;
/** A row that only totals the rows above it. */
const TOTAL_ROW = /^(?:总计|合计|小计)$/u;

/**
 * A row's name as the thing its rows count: a total by its group (（七）总计 under 三、本年度办理结果 →
 * 办理结果总计), an outcome by the thing the first heading's doers did (予以公开 under 申请人情况 →
 * 申请予以公开), since 予以公开 alone names no count.
 */
function ofDoersThing(name: string, group: string | undefined, firstHeading: string): string {
  const named = group && TOTAL_ROW.test(name) ? group + name : name;
  const thing = DOERS_HEADING.exec(firstHeading)?.[1];
  return thing && !named.includes(thing) ? thing + named : named;
}

/** The column whose measure a row's name takes (a count heading, or one of several in one unit), if any. */
function glossingColumn(place: TablePlace): TableColumn | undefined {
  const column = place.column !== undefined && !place.table.byMeasure ? place.table.columns[place.column] : undefined;
  // (新增普惠性托育托位｜…｜62% under 完成率: the row's rate, never the row's thing itself; QA s14.)
  return column && (COUNT_HEADING.test(column.measure) || RATE_COLUMN.test(column.measure) || (column.unit?.unit === '件' && TEMPLATE_COUNTS.test(place.table.columns.map((c) => c.heading).join('|'))) || sharesUnit(place.table, column)) ? column : undefined;
}

/** Whether a row's name is its thing and its column's rate (老年助餐服务满意度): a name the table gives whole. */
export function ratedRow(place: TablePlace | undefined): boolean {
  const column = place && glossingColumn(place);
  return !!column && RATE_HEADING.test(column.measure);
}

/** A column of each row's rate (`完成率`, `完工率`), never a degree (`进度`) nor a growth. */
const RATE_COLUMN = /^(?!.*(?:增长|增速|同比|环比|下降))\p{Script=Han}{1,4}率$/u;

/** A column of a rate or degree of each row's thing (`满意度`, `知晓率`, `完成率`); not a growth (`增长率`, `同比增长`). */
const RATE_HEADING = /^(?!.*(?:增长|增速|同比|环比|下降))\p{Script=Han}{1,4}[率度]$/u;

/**
 * The unit a number alone in a cell is in: its column's (`城镇新增就业（人）`), else its row's
 * in a by-measure table (`城镇新增就业｜万人｜3.86`).
 */
export function cellUnit(place: TablePlace): { unit: UnitDef; scale: number } | undefined {
  const column = columnOf(place);
  if (column?.unit) return { unit: column.unit, scale: column.scale };
  return place.table.byMeasure && place.column !== undefined && place.column !== place.table.unitColumn ? place.row.unit : undefined;
}

/** The column of a number in a regular row. */
export function columnOf(place: TablePlace | undefined): TableColumn | undefined {
  return place?.column !== undefined ? place.table.columns[place.column] : undefined;
}

/** Whether a cell's number is written with a minus: `-1.5` is a fall. */
export function negative(place: TablePlace, text: string): boolean {
  return MINUS.test(text.slice(place.cellStart, place.cellStart + 1));
}

/**
 * The period a table's title names (`表1　2025年1—6月各县（市、区）…`; a month's end,
 * `2025年6月末`, as a stock at that day), else the line before it (`截至6月末，…如下：`):
 * the last marker in it.
 */
function tablePeriod(table: Table, text: string, published: string | null): Period | undefined {
  const reference = titleReference(table.title, published);
  const stock = monthEnd(table.title, reference);
  if (stock) return stock;
  const title = findPeriodMarkers(text.slice(table.frameStart, table.start), reference).at(-1);
  return (title ?? findPeriodMarkers(text.slice(table.leadStart, table.frameStart), published).at(-1))?.period;
}

/** A year in a table's title dates its months (`2025年1—9月` in a report of January 2026 is 2025's). */
function titleReference(title: string, published: string | null): string | null {
  const year = /(\d{4})年/u.exec(arabicYears(title))?.[1];
  return year ? `${year}-12-31` : published;
}

/** The period a heading or a gloss names: `1—6月`, `6月末`, `2025年`. */
function namedPeriod(words: string, title: string, published: string | null): Period | undefined {
  const reference = titleReference(title, published);
  return monthEnd(words, reference) ?? findPeriodMarkers(words, reference).at(-1)?.period;
}

/** A gloss at the end of a row's first cell: `城镇调查失业率（6月末）`. */
const ROW_GLOSS = /[(（]([^()（）]{1,12})[)）]$/u;

export interface CellReading {
  /** What the cell measures: its column's heading in a table by place, its row's in a table by measure. */
  measure: string;
  /** When: a by-measure row's gloss (`（6月末）`) or column heading (`1—6月`), else the table's title or the line before it. */
  period?: Period;
}

/** What a number alone in a cell of a table by place or by measure measures, and when. */
export function readCell(place: TablePlace, published: string | null): CellReading {
  const { table, row } = place;
  const column = table.columns[place.column!]!;
  if (table.byPlace) return { measure: column.measure, ...(table.period ? { period: table.period } : {}) };
  const name = row.measure ?? row.head;
  const gloss = ROW_GLOSS.exec(name);
  const glossed = gloss ? namedPeriod(gloss[1]!, table.title, published) : undefined;
  const measure = glossed ? name.slice(0, gloss!.index) : name;
  const named = glossed ?? namedPeriod(column.heading, table.title, published);
  // 指标｜单位｜目标值｜2024年现状值: a target value beside a dated column, with no year of its own, is a
  // standard of no year (not 年度目标, the year's objective).
  if (!named && UNDATED_TARGET.test(column.heading) && table.columns.some((c) => YEAR_IN_HEADING.test(c.heading))) return { measure, period: { label: column.heading } };
  const period = (place.bracketed ? bracketPeriod(table, column.heading) : undefined) ?? (named && (LEVEL_MEASURE.test(measure) || STATUS_QUO.test(column.heading)) ? levelAtEnd(named) : named) ?? table.period;
  return { measure, ...(period ? { period } : {}) };
}

/**
 * A measure that is a level, not a year's flow or rate (`常住人口城镇化率`, `每千人口执业医师数`,
 * `养老机构护理型床位占比`): under a year's column (`2024年实际值`) it stands at the year's end.
 */
const LEVEL_MEASURE = /城镇化率|每[千万]人口?(?!次)|每百[户人]|占比|比重|覆盖率|普及率|拥有/u;

/** A column of where things stand (`2024年现状值`, `现状水平`): every measure of it is a level at the year's end. */
const STATUS_QUO = /现状/u;

/** A column of target values with no year (`目标值`, `标准值`), not the year's objective (`年度目标`, `全年目标`). */
const UNDATED_TARGET = /^(?!.*(?:年度|全年|\d{4}年)).*(?:目标值?|标准值)$/u;

/** A whole year as the level at its end: `2024年` → as of 2024-12-31. */
function levelAtEnd(period: Period): Period {
  const whole = period.start?.endsWith('-01-01') && period.end?.endsWith('-12-31') && period.start.slice(0, 4) === period.end.slice(0, 4);
  return whole ? { label: period.label, end: period.end } : period;
}

const YEAR_IN_HEADING = /(\d{4})年/u;

/**
 * The years a bracketed total covers (`注：[ ]内为五年累计数`): the plan's own span up to its
 * column's year, the plan ending at the year of its 目标 column (`[25.8]` under `2024年实际值`
 * of a plan to 2025 is 2021–2024), or the span before it for an earlier year (`[27.6]` under
 * `2020年基期值` is 2016–2020).
 */
function bracketPeriod(table: Table, heading: string): Period | undefined {
  const years = table.bracketYears!;
  const year = Number(YEAR_IN_HEADING.exec(heading)?.[1]);
  if (!year) return undefined;
  const target = Math.max(0, ...table.columns.filter((c) => /目标/u.test(c.heading)).map((c) => Number(YEAR_IN_HEADING.exec(c.heading)?.[1] ?? 0)));
  const planStart = target ? target - years + 1 : year - years + 1;
  const start = year >= planStart ? planStart : year - years + 1;
  return { label: `${start}—${year}年累计`, start: `${start}-01-01`, end: `${year}-12-31` };
}

/** A title's month end (`表2　2025年6月末各县…`, `6月底`), not after a range (`1—6月`). */
const MONTH_END = /(?<![—\-~至到\d])(?:(\d{4})年)?(\d{1,2})月(?:末|底)/u;

/**
 * The date a table's figures stand at, when its title names a month's end
 * (`2025年6月末`): stocks as of that day, with no start. The year is publication's when
 * the title names none.
 */
export function monthEnd(title: string, published: string | null): Period | undefined {
  const m = MONTH_END.exec(title);
  const year = m?.[1] ?? published?.slice(0, 4);
  const month = Number(m?.[2]);
  if (!m || !year || month < 1 || month > 12) return undefined;
  const day = new Date(Date.UTC(Number(year), month, 0)).getUTCDate();
  return { label: m[0], end: `${year}-${String(month).padStart(2, '0')}-${day}` };
}
