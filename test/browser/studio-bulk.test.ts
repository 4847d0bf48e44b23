/**
 * Bulk correction in the studio, in a real browser: a hand-written article pasted, the
 * table filtered, the rows shown corrected at once through the dialog (with the keyboard,
 * in Chinese and English, at a desktop and a phone width), and what the studio exports
 * (one correction a figure, the CLI's format) and shows, and the batch taken back.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import '../../demo/studio/studio-app.js';
import type { LivelihoodStudio } from '../../demo/studio/studio-app.js';
import type { StudioFigures } from '../../demo/studio/studio-figures.js';
import { parseCorrections, type CorrectionsFile } from '../../src/data/corrections.js';
import type { Dataset } from '../../src/index.js';

const article = async (name: string) => (await fetch(`/test/data/articles/${name}.txt`)).text();

const stores = new Set<string>();
afterEach(async () => {
  for (const name of stores) indexedDB.deleteDatabase(name);
  stores.clear();
  await setViewport({ width: 800, height: 600 });
});
const newStore = () => {
  const name = `studio-bulk-${Date.now()}-${stores.size}`;
  stores.add(name);
  return name;
};

async function studio(store: string, lang = 'zh'): Promise<LivelihoodStudio> {
  const el = await fixture<LivelihoodStudio>(html`<livelihood-studio store=${store} lang=${lang}></livelihood-studio>`);
  await el.buildComplete;
  return el;
}

const q = <T extends Element = HTMLElement>(root: Element, selector: string): T => {
  const found = root.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in <${root.localName}>`);
  return found;
};
const qa = <T extends Element = HTMLElement>(root: Element, selector: string): T[] => [...root.shadowRoot!.querySelectorAll<T>(selector)];
const table = (el: LivelihoodStudio) => q<StudioFigures>(el, 'studio-figures');
const settle = async (el: LivelihoodStudio) => {
  await el.updateComplete;
  await (table(el) as LitElement).updateComplete;
};
/** Polls `find` every frame until it gives something (or 5 s pass). */
async function until<T>(find: () => T | null | undefined | false): Promise<T> {
  const end = performance.now() + 5000;
  for (;;) {
    const found = find();
    if (found) return found;
    if (performance.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => requestAnimationFrame(r));
  }
}
/** The dialog closes (its `close` event comes a task later) and the focus is back on the bulk button. */
const closed = (el: LivelihoodStudio) => until(() => !qa(table(el), '#bulk-dialog').length && table(el).shadowRoot!.activeElement === q(table(el), '#bulk'));
function setValue(control: HTMLInputElement | HTMLSelectElement, value: string): void {
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  control.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}
/** The ids and raw figures of the rows the table shows. */
const shownRows = (el: LivelihoodStudio) => qa<HTMLTableRowElement>(table(el), 'tbody tr[data-id]').map((tr) => ({ id: tr.dataset.id!, tr }));
const exported = (el: LivelihoodStudio) => {
  const out = el.exports()!;
  return { dataset: JSON.parse(out.dataset) as Dataset, corrections: parseCorrections(JSON.parse(out.corrections), 'data.corrections.json') as CorrectionsFile, text: out.corrections };
};
const dialog = (el: LivelihoodStudio) => q<HTMLDialogElement>(table(el), '#bulk-dialog');
const field = <T extends HTMLInputElement | HTMLSelectElement>(el: LivelihoodStudio, name: string) => dialog(el).querySelector<T>(`[name="${name}"]`)!;

describe('bulk correction in the studio', function () {
  this.timeout(60_000);

  it('dates every row a filter shows, its words following the dates, as one correction a figure, and takes the batch back in one step', async () => {
    await setViewport({ width: 1280, height: 900 });
    const store = newStore();
    const el = await studio(store);
    await el.setText(await article('mid-year-review'), 'mid-year-review.txt');
    await settle(el);
    const before = exported(el).dataset;
    const total = before.observations.length;

    setValue(q<HTMLInputElement>(table(el), '.filters input[type="search"]'), '截至目前');
    await settle(el);
    const shown = shownRows(el);
    expect(shown.length).to.be.greaterThan(5).and.lessThan(total);
    // One of them was given a note by hand before: the bulk edit keeps it, and its undo brings the entry back as it was.
    const noted = shown[0]!;
    noted.tr.querySelector<HTMLButtonElement>('button[data-edit]')!.click();
    await settle(el);
    const note = q(table(el), 'tr.editor').querySelector<HTMLTextAreaElement>('textarea[name="note"]')!;
    note.value = '据市政府督查室';
    q(table(el), 'tr.editor').querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await settle(el);
    const beforeBulk = exported(el);
    expect(beforeBulk.corrections.corrections).to.have.length(1);

    // Opened with the keyboard: a modal dialog named by its heading, the focus inside it.
    const button = q<HTMLButtonElement>(table(el), '#bulk');
    expect(button.textContent!.trim()).to.equal(`更正所显示的 ${shown.length} 条`);
    button.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(dialog(el).matches(':modal')).to.equal(true);
    const heading = table(el).shadowRoot!.getElementById(dialog(el).getAttribute('aria-labelledby')!)!;
    expect(heading.textContent).to.equal(`批量更正所显示的 ${shown.length} 条数据`);
    expect(dialog(el).contains(table(el).shadowRoot!.activeElement)).to.equal(true);
    expect(q(table(el), '#bulk-count').textContent).to.contain('填写要更改的字段');
    expect(q<HTMLButtonElement>(table(el), '#bulk-dialog button[type="submit"]').disabled).to.equal(true);

    // A date the rows' own starts come after is refused before anything applies.
    setValue(field(el, 'periodEnd'), '2023-12-31');
    await settle(el);
    expect(q(table(el), '#bulk-dialog [role="alert"]').textContent).to.match(/^有数据的起始日期晚于截止日期（如 .+），未作改动。$/);
    expect(field(el, 'periodEnd').getAttribute('aria-invalid')).to.equal('true');
    expect(q<HTMLButtonElement>(table(el), '#bulk-dialog button[type="submit"]').disabled).to.equal(true);

    // The figures are as of the end of July, and checked.
    setValue(field(el, 'periodEnd'), '2024-07-31');
    setValue(field<HTMLSelectElement>(el, 'checked'), 'checked');
    await settle(el);
    expect(q(table(el), '#bulk-dialog [role="alert"]').textContent).to.equal('');
    expect(q(table(el), '#bulk-count').textContent).to.equal(`将更改 ${shown.length} 条（所显示的 ${shown.length} 条中）。`);
    const steps = qa(table(el), '#bulk-dialog .steps dd').map((dd) => dd.textContent);
    // 截至目前 from 1 January is a span of months; without a start, a stock as of a day.
    expect(steps).to.include.members([`2024年1月–8月21日（截至目前） → 2024年1–7月（${before.observations.filter((o) => shown.some((s) => s.id === o.id) && o.period.label === '截至目前' && o.period.start).length} 条）`]);
    expect(steps.at(-1)).to.equal(`未核对 → 已核对（${shown.length} 条）`);
    await expect(el).to.be.accessible();
    q<HTMLButtonElement>(table(el), '#bulk-dialog button[type="submit"]').click();
    await settle(el);

    // Closed, the focus back on its button, the rows and the caption say what it did.
    await closed(el);
    expect(q(table(el), '#bulk-status').textContent).to.equal(`已批量更正 ${shown.length} 条。`);
    // Rows kept by the old words alone (截至目前) leave the filter: 只看已更正的 shows exactly the batch.
    expect(q(table(el), 'caption').textContent).to.match(new RegExp(`^提取出的数据（显示 \\d+ 个，共 ${total} 个；${shown.length} 条更正，${shown.length} 条已核对）$`));
    setValue(q<HTMLInputElement>(table(el), '.filters input[type="search"]'), '');
    setValue(qa<HTMLSelectElement>(table(el), '.filters select')[1]!, 'corrected');
    await settle(el);
    expect(shownRows(el).map((r) => r.id)).to.deep.equal(shown.map((r) => r.id));
    for (const { tr } of shownRows(el)) {
      expect(tr.querySelector('td.period')!.textContent).to.be.oneOf(['2024年1–7月', '截至2024年7月']);
      expect(tr.querySelector<HTMLInputElement>('td.check input')!.checked).to.equal(true);
      expect(tr.querySelector('th.raw')!.textContent).to.contain('已更正');
    }

    // Exported: one entry a figure, in the CLI's format; the dataset changed in those figures only.
    const after = exported(el);
    expect(JSON.parse(after.text).format).to.equal('livelihood-corrections/1');
    expect(after.corrections.corrections.map((c) => c.raw)).to.have.length(shown.length);
    for (const o of after.dataset.observations) {
      const was = before.observations.find((b) => b.id === o.id)!;
      if (!shown.some((s) => s.id === o.id)) {
        expect(o, o.raw).to.deep.equal(was);
        continue;
      }
      expect(o.period.end, o.raw).to.equal('2024-07-31');
      expect(o.period.start, o.raw).to.equal(was.period.start);
      expect(o.period.label, o.raw).to.equal(was.period.start ? '2024年1–7月' : '截至2024年7月');
      expect([o.checked, o.corrected], o.raw).to.deep.equal([true, ['period']]);
    }
    expect(after.corrections.corrections.find((c) => c.raw === beforeBulk.corrections.corrections[0]!.raw)!.note).to.equal('据市政府督查室');

    // The batch survives a reload, and one undo restores every row it changed.
    await el.saveComplete;
    el.remove();
    const again = await studio(store);
    await settle(again);
    expect(exported(again).text).to.equal(after.text);
    expect(q(table(again), '#bulk-last').textContent).to.equal(`上一次批量更正：${shown.length} 条（时期、核对）。`);
    q<HTMLButtonElement>(table(again), '#bulk-undo').click();
    await settle(again);
    expect(exported(again).text).to.equal(beforeBulk.text);
    expect(q(table(again), '#bulk-status').textContent).to.equal(`已撤销批量更正：${shown.length} 条恢复原样。`);
    expect(qa(table(again), '#bulk-undo')).to.have.length(0);
    expect(table(again).shadowRoot!.activeElement).to.equal(q(table(again), '#bulk'));
    // Only the note is left, which neither corrects nor checks a figure.
    expect(q(table(again), 'caption').textContent).to.equal(`提取出的数据（显示 ${total} 个，共 ${total} 个）`);
  });

  it('clears the start of every row shown, a start date and its clearing together refused', async () => {
    await setViewport({ width: 1280, height: 900 });
    const el = await studio(newStore());
    await el.setText(await article('mid-year-review'), 'mid-year-review.txt');
    await settle(el);
    const before = exported(el).dataset;
    setValue(q<HTMLInputElement>(table(el), '.filters input[type="search"]'), '截至目前');
    await settle(el);
    const shown = shownRows(el).filter((r) => before.observations.find((o) => o.id === r.id)!.period.start);
    expect(shown.length).to.be.greaterThan(1);
    q<HTMLButtonElement>(table(el), '#bulk').click();
    await settle(el);
    const clear = field<HTMLInputElement>(el, 'periodNoStart');
    expect(clear.closest('label')!.textContent).to.equal('清除起始日期（截至某日的存量，不是一段时间的增量）');
    setValue(field(el, 'periodStart'), '2024-01-01');
    clear.checked = true;
    clear.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await settle(el);
    expect(q(table(el), '#bulk-dialog [role="alert"]').textContent).to.equal('填了起始日期，又选了清除起始日期：请只选一项。');
    expect(field(el, 'periodStart').getAttribute('aria-invalid')).to.equal('true');
    setValue(field(el, 'periodStart'), '');
    await settle(el);
    expect(q(table(el), '#bulk-dialog [role="alert"]').textContent).to.equal('');
    // The article's words (截至目前) follow the new dates, as a single edit's do.
    expect(qa(table(el), '#bulk-dialog .steps dd').map((dd) => dd.textContent)).to.deep.equal([`2024年1月–8月21日（截至目前） → 截至2024年8月21日（${shown.length} 条）`]);
    q<HTMLButtonElement>(table(el), '#bulk-dialog button[type="submit"]').click();
    await closed(el);
    for (const o of exported(el).dataset.observations.filter((x) => shown.some((s) => s.id === x.id))) {
      expect([o.period.start, o.period.end], o.raw).to.deep.equal([undefined, '2024-08-21']);
    }
  });

  // Zhangjiakou (seed 000): the pipeline dates 700余个 from 2018 (2018年起, a paragraph before); the editor, from a
  // source of their own, from 2019: a correction of theirs.
  const SAYS = {
    zh: {
      kept: '1 条已人工更正，不覆盖：700余个。',
      overwrite: '也覆盖这 1 条的更正',
      applied: (n: number) => `已批量更正 ${n} 条。1 条已有更正，未覆盖：700余个。`,
      appliedOmitting: (n: number) => `已批量更正 ${n} 条。1 条未选，未改。`,
      corrected: '已更正',
    },
    en: {
      kept: '1 row already corrected by hand, not overwritten: 700余个.',
      overwrite: 'Overwrite its correction too (1 row)',
      applied: (n: number) => `${n} rows corrected at once. 1 already corrected by hand, not overwritten: 700余个.`,
      appliedOmitting: (n: number) => `${n} rows corrected at once. 1 unticked, left as it was.`,
      corrected: 'corrected',
    },
  } as const;
  for (const lang of ['zh', 'en'] as const) {
    it(`leaves a row the editor corrected out of a bulk change unless ticked, says so, and lets rows be unticked, in ${lang} (QA s11, 8)`, async () => {
      await setViewport({ width: 1280, height: 900 });
      const says = SAYS[lang];
      const el = await studio(newStore(), lang);
      const seed = await (await fetch('/seeds/000_db52e2f06477cf87.txt')).text();
      await el.setText(seed, '000_db52e2f06477cf87.txt');
      await settle(el);
      const search = q<HTMLInputElement>(table(el), '.filters input[type="search"]');
      const rowOf = (raw: string) => shownRows(el).find((r) => r.tr.querySelector('th.raw span')!.textContent === raw)!;

      // The editor dates 700余个 from 2019.
      setValue(search, '700余个');
      await settle(el);
      rowOf('700余个').tr.querySelector<HTMLButtonElement>('button[data-edit]')!.click();
      await settle(el);
      const form = q(table(el), 'tr.editor form');
      setValue(form.querySelector<HTMLInputElement>('[name="periodStart"]')!, '2019-01-01');
      form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await settle(el);
      const dated = exported(el).corrections.corrections;
      expect(dated.map((c) => [c.raw, c.period?.start])).to.deep.equal([['700余个', '2019-01-01']]);

      // The filter 截至目前 keeps it (its sentence says so); the bulk change clears starts and checks.
      setValue(search, '截至目前');
      await settle(el);
      const shown = shownRows(el);
      expect(shown.map((r) => r.tr.querySelector('th.raw span')!.textContent)).to.include('700余个');
      q<HTMLButtonElement>(table(el), '#bulk').click();
      await settle(el);
      const clear = field<HTMLInputElement>(el, 'periodNoStart');
      clear.checked = true;
      clear.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      setValue(field<HTMLSelectElement>(el, 'checked'), 'checked');
      await settle(el);
      // Named in the dialog, left out, with a box to include it.
      expect(q(table(el), '#bulk-kept').textContent).to.equal(says.kept);
      expect(q(table(el), '#bulk-kept').closest('[role="status"]')).to.equal(q(table(el), '#bulk-count').parentElement);
      const overwrite = q<HTMLInputElement>(table(el), '#bulk-overwrite');
      expect([overwrite.checked, overwrite.closest('label')!.textContent!.trim()]).to.deep.equal([false, says.overwrite]);
      const apply = q<HTMLButtonElement>(table(el), '#bulk-dialog button[type="submit"]');
      const others = shown.length - 1;
      expect(apply.textContent!.trim()).to.equal(lang === 'zh' ? `应用到 ${others} 条` : `Apply to ${others} rows`);
      // The list of rows: the corrected one starts unticked, marked as corrected in its period.
      const pick = (raw: string) => qa<HTMLInputElement>(table(el), '#bulk-pick input[data-pick]').find((i) => i.closest('label')!.querySelector('span')!.textContent === raw)!;
      expect(pick('700余个').checked).to.equal(false);
      expect(pick('700余个').closest('label')!.querySelector('.tag')!.textContent).to.equal(lang === 'zh' ? '已更正时期' : 'corrected: Period');
      await expect(el).to.be.accessible();
      apply.click();
      await closed(el);

      // The 2019 start and the 已更正 mark stay; the status line says what was left alone.
      expect(q(table(el), '#bulk-status').textContent).to.equal(says.applied(others));
      const after = exported(el).corrections.corrections;
      expect(after.find((c) => c.raw === '700余个')).to.deep.equal(dated[0]);
      expect(after).to.have.length(shown.length);
      expect(rowOf('700余个').tr.querySelector('th.raw .tag')!.textContent).to.equal(says.corrected);

      // Ticked explicitly, it is overwritten; one other row unticked is left, and said so.
      q<HTMLButtonElement>(table(el), '#bulk-undo').click();
      await settle(el);
      q<HTMLButtonElement>(table(el), '#bulk').click();
      await settle(el);
      const clear2 = field<HTMLInputElement>(el, 'periodNoStart');
      clear2.checked = true;
      clear2.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      setValue(field<HTMLSelectElement>(el, 'checked'), 'checked');
      await settle(el);
      q<HTMLInputElement>(table(el), '#bulk-overwrite').click();
      await settle(el);
      expect(pick('700余个').checked).to.equal(true);
      // The list of rows opens from the keyboard.
      const summary = q(table(el), '#bulk-pick summary');
      expect(summary.textContent).to.equal(lang === 'zh' ? `逐条选择（${shown.length} 条）` : `Pick rows (${shown.length})`);
      summary.focus();
      await sendKeys({ press: 'Enter' });
      expect(q<HTMLDetailsElement>(table(el), '#bulk-pick').open).to.equal(true);
      const untick = pick('26万余');
      untick.focus();
      await sendKeys({ press: ' ' });
      await settle(el);
      expect(untick.checked).to.equal(false);
      expect(q(table(el), '#bulk-omitted').textContent).to.equal(lang === 'zh' ? '1 条未选，不改。' : '1 row unticked, left as is.');
      expect(q<HTMLButtonElement>(table(el), '#bulk-dialog button[type="submit"]').textContent!.trim()).to.equal(lang === 'zh' ? `应用到 ${others} 条` : `Apply to ${others} rows`);
      q<HTMLButtonElement>(table(el), '#bulk-dialog button[type="submit"]').click();
      await closed(el);
      expect(q(table(el), '#bulk-status').textContent).to.equal(says.appliedOmitting(others));
      const last = exported(el).corrections.corrections;
      expect(last.find((c) => c.raw === '700余个')!.period?.start).to.equal(undefined);
      expect(last.find((c) => c.raw === '26万余')).to.equal(undefined);
    });
  }

  for (const [lang, width] of [['en', 375], ['zh', 375], ['en', 1280]] as const) {
    it(`marks the flagged rows of another article checked, in ${lang} at ${width} px, by keyboard, Escape changing nothing`, async () => {
      await setViewport({ width, height: 800 });
      const el = await studio(newStore(), lang);
      await el.setText(await article('annual-plan'), 'annual-plan.txt');
      await settle(el);
      const only = qa<HTMLSelectElement>(table(el), '.filters select')[1]!;
      setValue(only, 'flagged');
      await settle(el);
      const shown = shownRows(el);
      expect(shown.length).to.be.greaterThan(3);
      const untouched = el.exports()!;

      const button = q<HTMLButtonElement>(table(el), '#bulk');
      button.focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(dialog(el).open).to.equal(true);
      // Escape: closed, nothing applied, the focus back on the button.
      await sendKeys({ press: 'Escape' });
      await closed(el);
      expect(el.exports()).to.deep.equal(untouched);

      await sendKeys({ press: 'Enter' });
      await settle(el);
      setValue(field<HTMLSelectElement>(el, 'checked'), 'checked');
      await settle(el);
      const box = dialog(el).getBoundingClientRect();
      expect(box.left).to.be.at.least(0);
      expect(box.right).to.be.at.most(width);
      for (const control of dialog(el).querySelectorAll('input, select, button')) expect(control.getBoundingClientRect().right, control.outerHTML.slice(0, 60)).to.be.at.most(box.right);
      expect(document.documentElement.scrollWidth).to.be.at.most(width);
      const count = q(table(el), '#bulk-count').textContent!;
      expect(count).to.equal(lang === 'en' ? `${shown.length} rows will change (of the ${shown.length} shown).` : `将更改 ${shown.length} 条（所显示的 ${shown.length} 条中）。`);
      // In English, Chinese only as the article's words quoted in the period's hint.
      // (The list of rows to pick quotes the figures and subjects as the article writes them, marked lang="zh".)
      if (lang === 'en') {
        const english = [...dialog(el).querySelectorAll('[lang="zh"]'), q(table(el), '#bulk-period-hint')].reduce((t, n) => t.replace(n.textContent!, ''), dialog(el).textContent!);
        expect(english).to.not.match(/\p{Script=Han}/u);
      }
      await expect(el).to.be.accessible();

      // Applied from the keyboard: Enter on the apply button. Checked rows are no longer
      // flagged, so they leave the filter: the focus still goes back to the bulk button.
      q<HTMLButtonElement>(table(el), '#bulk-dialog button[type="submit"]').focus();
      await sendKeys({ press: 'Enter' });
      await closed(el);
      expect(shownRows(el)).to.have.length(0);
      expect(q(table(el), '#bulk').getAttribute('aria-disabled')).to.equal('true');
      // Checked is not corrected: counted apart, in the caption.
      const caption = q(table(el), 'caption').textContent!;
      expect(caption).to.contain(lang === 'en' ? `; 0 corrected, ${shown.length} checked` : `；0 条更正，${shown.length} 条已核对`);
      const { corrections, dataset } = exported(el);
      expect(corrections.corrections.map((c) => Object.keys(c).sort().join())).to.deep.equal(shown.map(() => 'checked,file,raw,source,span'));
      expect(dataset.observations.filter((o) => o.checked).map((o) => o.id)).to.have.members(shown.map((s) => s.id));
      await expect(el).to.be.accessible();
    });
  }
});
