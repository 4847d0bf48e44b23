import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/charts/livelihood-table/livelihood-table.js';
import type { LivelihoodTable } from '../../src/charts/livelihood-table/livelihood-table.js';
import { clearDatasetCache } from '../../src/kit/element/load.js';
import { $, $$, axNodes, axTree, cities, texts } from './fixtures/helpers.js';
import { runChartContractTests } from './contract.js';

runChartContractTests('livelihood-table', {
  attributes: { indicator: 'old_compounds_renovated' },
  withIndicator: (id) => ({ indicator: id }),
  wide: { region: 'zhangjiakou', lang: 'en' },
  // Every period is a row: the fixture's 石家庄 reports two results (no statuses there).
  fixtureMarks: 4,
  // The filter box and six sort buttons come before the rows.
  controlsBefore: 7,
  // The sentence is a column of every row: no tooltip repeats it.
  tooltip: false,
  texts: 'th, td',
  dataTable: false,
});

async function table(template: TemplateResult, width = 800): Promise<LivelihoodTable> {
  const box = await fixture<HTMLDivElement>(html`<div style="width:${width}px">${template}</div>`);
  const el = box.querySelector('livelihood-table')!;
  await el.updateComplete;
  return el;
}

const column = (el: Element, n: number) => $$(el, 'tbody tr').map((tr) => tr.children[n]!.textContent!.trim());
const header = (el: Element, name: string) => $$<HTMLTableCellElement>(el, 'thead th').find((th) => th.textContent!.includes(name))!;

afterEach(() => clearDatasetCache());

describe('<livelihood-table>', () => {
  describe('when given an indicator (default dataset)', () => {
    it('lists its sure results with value as written, subject, place, period, status, check and sentence', async () => {
      const el = await table(html`<livelihood-table indicator="old_compounds_renovated"></livelihood-table>`);
      expect(texts(el, 'thead th').map((t) => t.replace(/[▲▼]/g, ''))).to.deep.equal(['地区', '对象', '数值', '时期', '状态', '编辑核实', '原文']);
      // A table lists every figure, 张家口's 700余个 of 2018–2025 too (its period says so).
      expect(column(el, 0)).to.deep.equal(['张家口市', '呼和浩特市', '石家庄市']);
      expect(column(el, 2)).to.deep.equal(['700余个', '309个', '645个']);
      expect(texts(el, '[part="highlight"]')).to.deep.equal(['700余个', '309个', '645个']);
      expect(texts(el, '[part="note"]')).to.deep.equal(['注：另有1个在建数字未列出。']);
      expect($(el, 'table caption')!.textContent).to.equal('老旧小区改造');
      await expect(el).to.be.accessible();
    });

    it('is described by its notes, said once, for a reader who reaches it by table commands', async () => {
      const el = await table(html`<livelihood-table indicator="old_compounds_renovated"></livelihood-table>`);
      expect($(el, 'table')!.getAttribute('aria-describedby')).to.equal('notes');
      const tree = await axTree();
      const [node] = axNodes(tree, (n) => n.role === 'table');
      expect(node!.name).to.equal('老旧小区改造');
      expect(node!.description).to.equal('注：另有1个在建数字未列出。');
      expect(axNodes(tree, (n) => n.role === 'StaticText' && n.name === '注：另有1个在建数字未列出。')).to.have.length(1);
      // No notes, no description.
      const all = await table(html`<livelihood-table indicator="old_compounds_renovated" statuses="all"></livelihood-table>`);
      expect($(all, 'table')!.hasAttribute('aria-describedby')).to.equal(false);
    });

    it('in English, names each figure’s indicator in English, not the article’s Chinese subject', async () => {
      const el = await table(html`<livelihood-table lang="en" indicator="old_compounds_renovated"></livelihood-table>`);
      expect([...new Set(column(el, 1))]).to.deep.equal(['Old residential compounds renovated']);
      for (const row of $$(el, 'tbody tr')) expect([...row.children].slice(0, 5).map((c) => c.textContent).join('')).to.not.match(/[\u2e80-\u9fff]/u);
    });

    it('tags a figure under way in the status column with statuses="all", and names each result’s status untagged', async () => {
      const el = await table(html`<livelihood-table indicator="old_compounds_renovated" statuses="all"></livelihood-table>`);
      expect(texts(el, '[part="status"]')).to.deep.equal(['在建']);
      // Before: the result rows' status cells were blank.
      expect(column(el, 4)).to.deep.equal(['结果', '结果', '结果', '在建']);
      await expect(el).to.be.accessible();
    });

    it('sorts and filters by status, a result’s too, in either language', async () => {
      for (const [lang, result, ongoing] of [['zh', '结果', '在建'], ['en', 'result', 'under way']] as const) {
        const el = await table(html`<livelihood-table lang=${lang} indicator="old_compounds_renovated" statuses="all"></livelihood-table>`);
        const status = header(el, lang === 'zh' ? '状态' : 'Status').querySelector('button')!;
        status.click();
        await el.updateComplete;
        expect(column(el, 4)).to.deep.equal([result, result, result, ongoing]);
        status.click();
        await el.updateComplete;
        expect(column(el, 4)).to.deep.equal([ongoing, result, result, result]);
        const input = $<HTMLInputElement>(el, 'input[part="filter"]')!;
        input.focus();
        await sendKeys({ type: result });
        await el.updateComplete;
        expect(column(el, 4)).to.deep.equal([result, result, result]);
      }
    });
  });

  describe('when the pipeline reckoned a date the article does not give (QA s12 C2)', () => {
    it('reads the article’s words', async () => {
      const el = await table(html`<livelihood-table region="jinzhong" statuses="all" show-uncertain limit="200"></livelihood-table>`);
      const periods = column(el, 3);
      // Before: 截至2025年1月 for 截至2024年秋季学期结束.
      expect(periods).to.include('截至2024年秋季学期结束');
      expect(periods).not.to.include('截至2025年1月');
    });

    it('reads the term the article names in English, not a month it does not give', async () => {
      const el = await table(html`<livelihood-table lang="en" region="jinzhong" statuses="all" show-uncertain limit="200"></livelihood-table>`);
      const periods = column(el, 3);
      // Before: as of Jan 2025.
      expect(periods).to.include('as of the end of the 2024 autumn term');
      expect(periods).not.to.include('as of Jan 2025');
      const row = $$(el, 'tbody tr').find((tr) => tr.children[3]!.textContent === 'as of the end of the 2024 autumn term')!;
      expect(row.getAttribute('aria-label')).to.contain('as of the end of the 2024 autumn term');
    });
  });

  describe('when sorted', () => {
    it('sorts by a column on click and on Enter, the other way the second time, saying so with aria-sort', async () => {
      const el = await table(html`<livelihood-table indicator="old_compounds_renovated"></livelihood-table>`);
      header(el, '数值').querySelector('button')!.click();
      await el.updateComplete;
      expect(column(el, 2)).to.deep.equal(['309个', '645个', '700余个']);
      expect(header(el, '数值').getAttribute('aria-sort')).to.equal('ascending');
      header(el, '数值').querySelector('button')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(column(el, 2)).to.deep.equal(['700余个', '645个', '309个']);
      expect(header(el, '数值').getAttribute('aria-sort')).to.equal('descending');
      header(el, '时期').querySelector('button')!.click();
      await el.updateComplete;
      // By when each period ends: 张家口's 2018–2025 last.
      expect(column(el, 3).slice(0, 2)).to.deep.equal(['2021年', '2023年']);
      expect(column(el, 3)[2]).to.match(/^2018年/u);
      expect(header(el, '数值').hasAttribute('aria-sort')).to.equal(false);
    });
  });

  describe('when filtered', () => {
    it('keeps the rows whose text matches, from a labelled box, and says how many', async () => {
      const el = await table(html`<livelihood-table region="shijiazhuang"></livelihood-table>`);
      const input = $<HTMLInputElement>(el, 'input[part="filter"]')!;
      expect(input.labels![0]!.textContent).to.contain('筛选');
      const all = Number(/共(\d+)个数字/.exec($(el, '[part="count"]')!.textContent!)![1]);
      input.focus();
      await sendKeys({ type: '棚' });
      await el.updateComplete;
      const rows = $$(el, 'tbody tr');
      expect(rows.length).to.be.above(0).and.below(all);
      for (const r of rows) expect(r.textContent).to.contain('棚');
      expect($(el, '[part="count"]')!.textContent).to.equal(`${all}个数字中有${rows.length}个符合`);
    });
  });

  describe('when the selection is large', () => {
    it('lists `limit` rows, and more on request', async () => {
      const el = await table(html`<livelihood-table region="shijiazhuang" limit="5"></livelihood-table>`);
      expect($$(el, 'tbody tr')).to.have.length(5);
      $<HTMLButtonElement>(el, '[part="more"]')!.click();
      await el.updateComplete;
      expect($$(el, 'tbody tr')).to.have.length(10);
    });
  });

  describe('when given a source', () => {
    it('lists the figures of one article in the order of its text', async () => {
      const ds = cities();
      const el = await table(html`<livelihood-table source="s_sjz" .dataset=${ds}></livelihood-table>`);
      const expected = ds.observations.filter((o) => o.source === 's_sjz').map((o) => o.raw);
      expect(column(el, 2)).to.deep.equal(expected);
    });

    it('says so inline for an unknown source, suggesting the closest', async () => {
      const el = await table(html`<livelihood-table source="s_sj" .dataset=${cities()}></livelihood-table>`);
      expect($(el, '[role="alert"]')!.textContent).to.contain('s_sjz');
    });
  });

  describe('when lang="en", on a phone and on a desktop', () => {
    /** Words drawn across two lines: a word whose range has a box on more than one line. */
    const brokenWords = (el: Element) => {
      const broken: string[] = [];
      for (const cell of $$(el, 'thead th, tbody th, tbody td:not(.quote)')) {
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (const m of node.textContent!.matchAll(/[A-Za-z0-9,.+–]{2,}/g)) {
            const range = document.createRange();
            range.setStart(node, m.index);
            range.setEnd(node, m.index + m[0].length);
            if (new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1) broken.push(m[0]);
          }
        }
      }
      return broken;
    };

    for (const width of [343, 550, 900]) {
      it(`breaks no word inside at ${width} px, every cell inside the width and as tall as the layout says`, async () => {
        const el = await table(html`<livelihood-table lang="en" indicator="old_compounds_renovated" statuses="all"></livelihood-table>`, width);
        expect(texts(el, 'tbody th')).to.include('Shijiazhuang');
        expect(brokenWords(el)).to.deep.equal([]);
        const left = el.getBoundingClientRect().left;
        for (const cell of $$(el, 'tbody th, tbody td')) expect(cell.getBoundingClientRect().right - left).to.be.at.most(width + 0.5);
        for (const tr of $$<HTMLElement>(el, 'tbody tr')) {
          const bottom = Math.max(...[...tr.children].map((c) => c.getBoundingClientRect().bottom));
          expect(bottom).to.be.at.most(tr.getBoundingClientRect().bottom + 0.5);
        }
      });
    }

    it('names each row in English, or in the article’s words after its category with the Chinese marked lang="zh"', async () => {
      const el = await table(html`<livelihood-table lang="en" region="hohhot"></livelihood-table>`);
      const subjects = column(el, 1);
      // The glossary's English (改造老旧燃气管网 139公里, 新增供热能力, 城区清洁取暖率): three things, three names.
      expect(subjects).to.include.members(['Old gas pipes renovated', 'Heating capacity added', 'Clean heating rate in the urban area']);
      expect(subjects.join()).to.not.contain('untranslated');
      const own = $$(el, 'tbody tr').map((tr) => tr.children[1]!).find((td) => td.textContent === 'Elderly care: 养老事业硬件建设资金')!;
      expect(own, subjects.join(' | ')).to.exist;
      const zh = own.querySelector('span[lang="zh"]')!;
      expect(zh.textContent).to.equal('养老事业硬件建设资金');
      expect(own.textContent!.slice(0, own.textContent!.indexOf('养老事业硬件建设资金'))).to.equal('Elderly care: ');
      // A name in English has no Chinese run.
      const pipes = $$(el, 'tbody tr').map((tr) => tr.children[1]!).find((td) => td.textContent === 'Old gas pipes renovated')!;
      expect(pipes.querySelector('[lang]')).to.equal(null);
    });

    it('stacks each row’s cells under a width, each named by its column, and keeps its columns on a desktop', async () => {
      const phone = await table(html`<livelihood-table lang="en" indicator="old_compounds_renovated"></livelihood-table>`, 343);
      const cells = $$(phone, 'tbody tr:first-child > *');
      for (const c of cells) expect(getComputedStyle(c, '::before').content).to.not.equal('none');
      expect(cells.map((c) => c.getAttribute('data-label'))).to.deep.equal(['Place', 'Subject', 'Value', 'Period', 'Status', 'Checked', 'Sentence']);
      // One under another, the sentence the full width but its label.
      const [place, subject] = cells.map((c) => c.getBoundingClientRect());
      expect(subject!.top).to.be.at.least(place!.bottom - 0.5);
      // Its sort buttons stay inside the header row the layout sized, a sorted one's arrow included.
      for (const lang of ['en', 'zh']) {
        const el = await table(html`<livelihood-table lang=${lang} indicator="old_compounds_renovated"></livelihood-table>`, 343);
        for (const button of $$<HTMLButtonElement>(el, 'thead button')) {
          button.click();
          await el.updateComplete;
          const row = $(el, 'thead tr')!.getBoundingClientRect();
          for (const b of $$(el, 'thead button')) expect(b.getBoundingClientRect().bottom, b.textContent!).to.be.at.most(row.bottom);
        }
      }
      const desk = await table(html`<livelihood-table indicator="old_compounds_renovated"></livelihood-table>`, 900);
      const row = $$(desk, 'tbody tr:first-child > *').map((c) => c.getBoundingClientRect());
      expect(new Set(row.map((r) => Math.round(r.top))).size).to.equal(1);
      await expect(phone).to.be.accessible();
    });
  });

  it('draws the status header as the other headers: no box, as tall, text on the same line', async () => {
    const el = await table(html`<livelihood-table indicator="old_compounds_renovated" statuses="all"></livelihood-table>`);
    const status = header(el, '状态');
    const place = header(el, '地区');
    expect(getComputedStyle(status).borderTopWidth).to.equal('0px');
    expect(getComputedStyle(status).fontSize).to.equal(getComputedStyle(place).fontSize);
    expect(status.getBoundingClientRect().height).to.equal(place.getBoundingClientRect().height);
    const line = (th: Element) => th.querySelector('button')!.getBoundingClientRect().top;
    expect(line(status)).to.equal(line(place));
  });

  it('fires livelihood-select with the row’s observation on Enter', async () => {
    const el = await table(html`<livelihood-table indicator="old_compounds_renovated"></livelihood-table>`);
    $<HTMLElement>(el, 'tbody tr')!.focus();
    setTimeout(() => sendKeys({ press: 'Enter' }));
    const event = await oneEvent(el, 'livelihood-select');
    expect(event.detail).to.include({ region: 'zhangjiakou' });
  });

  it('names a focused row by its place, what is counted, value and period (QA review s11, finding 13)', async () => {
    const el = await table(html`<livelihood-table region="shijiazhuang"></livelihood-table>`);
    const row = $<HTMLElement>(el, 'tbody tr')!;
    row.focus();
    expect(row.getAttribute('aria-label')).to.equal('石家庄市，居民人均可支配收入：16993元，2022年1–6月');
    const en = await table(html`<livelihood-table lang="en" region="hohhot" indicator="old_compounds_renovated"></livelihood-table>`);
    expect($(en, 'tbody tr')!.getAttribute('aria-label')).to.equal('Hohhot, Old residential compounds renovated: 309 units, 2023');
  });

  it('asks for a selection when given none', async () => {
    const el = await table(html`<livelihood-table></livelihood-table>`);
    expect($(el, '[role="alert"]')!.textContent).to.contain('source');
  });
});
