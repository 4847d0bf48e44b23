/**
 * Collators and list formats are built on first use, one per language a page speaks: a
 * page of Chinese charts builds no English one; numbers and dates need none (they are
 * written by hand, number-format.ts: the first Intl object starts ICU). Counted by
 * wrapping the Intl constructors before the charts' modules load (each test file is its
 * own page).
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';

const KINDS = ['NumberFormat', 'DateTimeFormat', 'ListFormat', 'Collator'] as const;
const built: string[] = [];
for (const kind of KINDS) {
  const Original = Intl[kind] as unknown as new (...args: unknown[]) => object;
  (Intl as unknown as Record<string, unknown>)[kind] = new Proxy(Original, {
    construct(target, args, newTarget) {
      built.push(`${kind} ${String(args[0])}`);
      return Reflect.construct(target, args, newTarget);
    },
  });
}

function tally(): Record<string, number> {
  const t: Record<string, number> = {};
  for (const b of built) t[b] = (t[b] ?? 0) + 1;
  return t;
}

async function draw(template: TemplateResult): Promise<void> {
  const box = await fixture<HTMLDivElement>(html`<div style="width:640px">${template}</div>`);
  await (box.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
}

describe('Intl objects', () => {
  before(async () => {
    await import('../../src/charts/livelihood-bar/livelihood-bar.js');
    await import('../../src/charts/city-compare/city-compare.js');
  });

  it('are not built when the modules load', () => {
    expect(built).to.deep.equal([]);
  });

  it('are built for Chinese only on a page of Chinese charts, once each', async () => {
    await draw(html`<livelihood-bar indicator="old_compounds_renovated" sort="name"></livelihood-bar>`);
    await draw(html`<city-compare regions="zhangjiakou,hohhot,shijiazhuang"></city-compare>`);
    await draw(html`<livelihood-bar indicator="elderly_meal_points" sort="name"></livelihood-bar>`);
    expect(built.filter((b) => !b.endsWith(' zh-CN'))).to.deep.equal([]);
    // Sorting by name needs a collator, a list of places a list format: once each. No number or date format.
    expect(tally()).to.deep.equal({ 'Collator zh-CN': 1, 'ListFormat zh-CN': 1 });
  });

  it('are built for English once an English chart draws', async () => {
    built.length = 0;
    await draw(html`<city-compare lang="en" regions="zhangjiakou,hohhot,shijiazhuang"></city-compare>`);
    await draw(html`<city-compare lang="en" regions="zhangjiakou,hohhot,shijiazhuang"></city-compare>`);
    expect(built.filter((b) => !b.endsWith(' en'))).to.deep.equal([]);
    expect(tally()).to.deep.equal({ 'ListFormat en': 1 });
  });
});
