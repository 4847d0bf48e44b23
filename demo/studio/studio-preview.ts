/**
 * The chart the editor picks, drawn by the real elements from the corrected dataset: an
 * indicator across places, a place's figures in one unit, places compared, or an indicator
 * over time (a series of months, last year beside this one); which
 * statuses, flagged figures too or not, Chinese or English, light or dark, phone or
 * desktop width. The choice goes up as a `studio-choice` event; the studio keeps it and
 * writes the embed code from it.
 */
import { css, html, LitElement, nothing, type PropertyDeclarations } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import '../../src/index.js';
import { STATUSES, type Dataset, type Status } from '../../src/data/types.js';
import { chartElement, ChartForm, groupOptions, indicatorOptions, regionOptions, shownBy, type ChartChoice } from '../../src/studio/chart-choice.js';
import { toLang } from '../../src/kit/model/lang.js';
import { studioStrings, type StudioStrings } from './strings.js';
import { base } from './styles.js';

/** The choice as changed, and the change itself (`patch`: what the editor just picked). */
export class StudioChoiceEvent extends Event {
  constructor(
    readonly choice: ChartChoice,
    readonly patch: Partial<ChartChoice>,
  ) {
    super('studio-choice', { bubbles: true, composed: true });
  }
}

type Width = 'phone' | 'desktop';

export class StudioPreview extends LitElement {
  static override properties: PropertyDeclarations = {
    lang: { reflect: true },
    data: { attribute: false },
    choice: { attribute: false },
    width: { state: true },
  };

  static override styles = [
    base,
    css`
      .controls {
        display: grid;
        grid-template-columns: minmax(0, 1fr);
        gap: 10px;
        margin-bottom: 12px;
      }
      .frame {
        border: 1px dashed var(--_line);
        background: var(--_surface);
        margin-inline: auto;
        max-width: 100%;
      }
      .frame.phone {
        width: min(375px, 100%);
      }
      .frame.dark {
        background: #0d0f12;
      }
    `,
  ];

  /** The studio's language: `zh` (default) or `en`; the chart follows it unless another is picked. */
  declare lang: string;

  private get t(): StudioStrings {
    return studioStrings(toLang(this.lang));
  }

  /** The corrected dataset (not `dataset`: HTMLElement has one). */
  data: Dataset | undefined;
  choice: ChartChoice | undefined;
  width: Width = 'desktop';

  private choose(patch: Partial<ChartChoice>): void {
    if (!this.choice) return;
    this.dispatchEvent(new StudioChoiceEvent({ ...this.choice, ...patch }, patch));
  }

  private toggle<T>(list: readonly T[], item: T, on: boolean): T[] {
    return on ? [...list.filter((x) => x !== item), item] : list.filter((x) => x !== item);
  }

  private renderChart(dataset: Dataset, c: ChartChoice) {
    const { tag, attributes } = chartElement(c);
    const attr = new Map(attributes);
    const statuses = attr.get('statuses');
    const chart =
      tag === 'livelihood-trend'
        ? html`<livelihood-trend
            indicator=${attr.get('indicator')!}
            statuses=${statuses ?? nothing}
            ?show-uncertain=${c.showUncertain}
            lang=${c.lang}
            theme=${c.theme}
            .dataset=${dataset}
          ></livelihood-trend>`
        : tag === 'city-compare'
        ? html`<city-compare
            regions=${attr.get('regions')!}
            statuses=${statuses ?? nothing}
            ?show-uncertain=${c.showUncertain}
            lang=${c.lang}
            theme=${c.theme}
            .dataset=${dataset}
          ></city-compare>`
        : html`<livelihood-bar
            indicator=${attr.get('indicator') ?? nothing}
            region=${attr.get('region') ?? nothing}
            family=${attr.get('family') ?? nothing}
            unit=${attr.get('unit') ?? nothing}
            statuses=${statuses ?? nothing}
            ?show-uncertain=${c.showUncertain}
            lang=${c.lang}
            theme=${c.theme}
            .dataset=${dataset}
          ></livelihood-bar>`;
    return keyed(`${c.form}`, chart);
  }

  override render() {
    const d = this.data;
    const c = this.choice;
    if (!d || !c || !d.observations.length) return html`<p class="hint">${this.t.noData}</p>`;
    const radio = <V extends string>(name: string, value: V, current: V, label: string, on: (v: V) => void) =>
      html`<label class="inline"><input type="radio" name=${name} value=${value} .checked=${value === current} @change=${() => on(value)} />${label}</label>`;
    const regions = regionOptions(d);
    return html`
      <div class="controls">
        <fieldset>
          <legend>${this.t.formLabel}</legend>
          <div class="row">${(Object.keys(ChartForm) as ChartForm[]).map((f) => radio('form', f, c.form, this.t.forms[f], (form) => this.choose({ form })))}</div>
        </fieldset>
        <div class="row">
          ${c.form === 'indicator' || c.form === 'trend'
            ? html`<label>${this.t.indicatorLabel}
                <select @change=${(e: Event) => this.choose({ indicator: (e.target as HTMLSelectElement).value })}>
                  ${indicatorOptions(d, shownBy(c), toLang(this.lang)).map((i) => html`<option value=${i.id} ?selected=${i.id === c.indicator}>${this.t.indicatorOption(i[toLang(this.lang)], i.figures, i.bars)}</option>`)}
                </select>
              </label>`
            : c.form === 'region'
              ? html`<label>${this.t.regionLabel}
                    <select @change=${(e: Event) => {
                      const region = (e.target as HTMLSelectElement).value;
                      const group = groupOptions(d, region)[0];
                      this.choose({ region, family: group?.family ?? '', unit: group?.unit ?? '' });
                    }}>
                      ${regions.map((r) => html`<option value=${r.id} ?selected=${r.id === c.region}>${r[toLang(this.lang)]}</option>`)}
                    </select>
                  </label>
                  <label>${this.t.unitLabel}
                    <select @change=${(e: Event) => {
                      const group = groupOptions(d, c.region)[Number((e.target as HTMLSelectElement).value)];
                      if (group) this.choose({ family: group.family, unit: group.unit });
                    }}>
                      ${groupOptions(d, c.region).map(
                        (g, i) => html`<option value=${i} ?selected=${g.family === c.family && g.unit === c.unit}>${g[toLang(this.lang)]}${toLang(this.lang) === 'zh' ? `（${g.unit}）` : ` (${g.unit})`}</option>`,
                      )}
                    </select>
                  </label>`
              : html`<fieldset>
                  <legend>${this.t.regionsLabel}</legend>
                  <div class="row">
                    ${regions.map(
                      (r) => html`<label class="inline"><input type="checkbox" .checked=${c.regions.includes(r.id)} @change=${(e: Event) =>
                        this.choose({ regions: this.toggle(c.regions, r.id, (e.target as HTMLInputElement).checked) })} />${r[toLang(this.lang)]}</label>`,
                    )}
                  </div>
                </fieldset>`}
        </div>
        <div class="row">
          <fieldset>
            <legend>${this.t.statusesLabel}</legend>
            <div class="row">
              ${STATUSES.map(
                (s: Status) => html`<label class="inline"><input type="checkbox" name="statuses" value=${s} .checked=${c.statuses.includes(s)} @change=${(e: Event) =>
                  this.choose({ statuses: this.toggle(c.statuses, s, (e.target as HTMLInputElement).checked) })} />${this.t.statuses[s]}</label>`,
              )}
              <label class="inline"><input type="checkbox" name="show-uncertain" .checked=${c.showUncertain} @change=${(e: Event) =>
                this.choose({ showUncertain: (e.target as HTMLInputElement).checked })} />${this.t.uncertainLabel}</label>
            </div>
          </fieldset>
          <fieldset>
            <legend>${this.t.langLabel}</legend>
            ${radio('lang', 'zh', c.lang, this.t.langs.zh, (lang) => this.choose({ lang }))}
            ${radio('lang', 'en', c.lang, this.t.langs.en, (lang) => this.choose({ lang }))}
          </fieldset>
          <fieldset>
            <legend>${this.t.themeLabel}</legend>
            ${radio('theme', 'light', c.theme, this.t.themes.light, (theme) => this.choose({ theme }))}
            ${radio('theme', 'dark', c.theme, this.t.themes.dark, (theme) => this.choose({ theme }))}
          </fieldset>
          <fieldset>
            <legend>${this.t.widthLabel}</legend>
            ${radio('width', 'phone', this.width, this.t.widths.phone, (w) => (this.width = w))}
            ${radio('width', 'desktop', this.width, this.t.widths.desktop, (w) => (this.width = w))}
          </fieldset>
        </div>
      </div>
      <div class="frame ${this.width} ${c.theme}" data-width=${this.width}>${this.renderChart(d, c)}</div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'studio-preview': StudioPreview;
  }
}
