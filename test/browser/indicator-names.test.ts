/**
 * An English chart names an indicator the glossary could not translate in the article's
 * words after its category (kit/model/indicator-name.ts): in the table, the Chinese run is
 * marked lang="zh", so that a screen reader switches voice for it and only for it. Here, not
 * in livelihood-table.test.ts, so that Firefox runs it too (web-test-runner.firefox.config.mjs).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/charts/livelihood-table/livelihood-table.js';
import type { LivelihoodTable } from '../../src/charts/livelihood-table/livelihood-table.js';

async function table(region: string): Promise<LivelihoodTable> {
  const box = await fixture<HTMLDivElement>(html`<div style="width:900px"></div>`);
  box.innerHTML = `<livelihood-table lang="en" region="${region}"></livelihood-table>`;
  const el = box.firstElementChild as LivelihoodTable;
  await el.updateComplete;
  return el;
}
const subjects = (el: Element) => [...el.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => tr.children[1] as HTMLElement);

describe('indicator names in an English table', () => {
  it('reads the article’s words in Chinese and the category in English', async () => {
    const el = await table('hohhot');
    const own = subjects(el).find((td) => td.textContent === 'Elderly care: 养老事业硬件建设资金')!;
    expect(own).to.exist;
    const run = own.querySelector('[lang]')!;
    expect(run.textContent).to.equal('养老事业硬件建设资金');
    expect(run.matches(':lang(zh)')).to.equal(true);
    expect(own.matches(':lang(en)')).to.equal(true);
    // Every Han character of the Subject column is inside such a run; English names have none.
    for (const td of subjects(el)) {
      const outside = [...td.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('');
      expect(outside, td.textContent!).to.not.match(/\p{sc=Han}/u);
      expect(td.textContent).to.not.contain('untranslated');
    }
  });

  it('gives three figures of one category three names', async () => {
    const el = await table('hohhot');
    const names = subjects(el).map((td) => td.textContent);
    // 139公里, 2000万平方米 and 93% were all "Urban renewal (untranslated)" (QA s12 B1).
    expect(names).to.include.members(['Old gas pipes renovated', 'Heating capacity added', 'Clean heating rate in the urban area']);
  });
});
