/**
 * One mark's figure as every chart shows it: the value as written (number, unit,
 * qualifier), its period, its status tag when it is not a result, the figures of its
 * other periods, its source and its accessible name. Built here once for every chart.
 */
import type { Flag, LocalizedName, Observation, Qualifier, Source, Status } from '../../data/types.js';
import type { DatasetIndex } from './dataset-index.js';
import { abbreviates, formatPeriod, formatFigure } from './format.js';
import type { Lang } from './lang.js';
import { cut, OTHER_PERIODS_SHOWN } from './limits.js';
import { messages } from './messages.js';
import { anyHidden, figureTag, statusOf, type HiddenCount } from './show.js';

/** A figure of another period than the one drawn. */
export interface OtherFigure {
  observation: Observation;
  value: string;
  period: string;
}

export interface Figure {
  /** The figure drawn: the latest one. Absent when none is drawn (`notShown`) or the place did not report it. */
  observation: Observation | undefined;
  /** No figure is drawn, but the dataset has some the chart hides (uncertain, a plan not asked for …). */
  notShown: boolean;
  value: number | null;
  qualifier: Qualifier | null;
  /** 700余个 / 700+, "not shown (uncertain)" or "not reported". */
  valueLabel: string;
  status: Status;
  /** Flags of a figure shown although the pipeline was unsure of it. */
  flags: readonly Flag[];
  /** An editor reviewed the dataset: the tooltip says whether they checked or corrected this figure (review.ts). */
  reviewed: boolean;
  /** 计划 / plan, 目标, 在建, 存疑 …: '' for a result the pipeline is sure of. */
  tag: string;
  /** `valueLabel` with its tag, as the accessible name, summary and table say it. */
  taggedValue: string;
  /** The drawn figure's period, '' when not reported. */
  period: string;
  /** Figures of other periods, newest first: at most OTHER_PERIODS_SHOWN. */
  others: OtherFigure[];
  /** Other periods reported beyond those in `others`. */
  moreOthers: number;
  source: Source | undefined;
  /** The mark's accessible name. */
  ariaLabel: string;
}

export interface FigureFormat {
  lang: Lang;
  /** Values name their unit (figures side by side in different units). */
  showUnit: boolean;
  /** Abbreviate (万 / K): one choice for a whole chart or group. */
  abbreviate: boolean;
}

/**
 * One format for figures drawn side by side (a chart, or a group on its own scale):
 * `groups` holds each mark's figures, newest first. Values name their unit when the
 * drawn figures' units differ, in English too; the number format (abbreviated or not)
 * fits every figure, tooltips included.
 */
export function figureFormat(groups: readonly (readonly Observation[])[], lang: Lang): FigureFormat {
  const units = new Set(groups.flatMap((figures) => (figures[0] ? [figures[0].unit] : [])));
  return { lang, showUnit: units.size > 1, abbreviate: abbreviates(groups.flatMap((figures) => figures.map((o) => o.value)), lang) };
}

/** A name in the chart's language (Chinese when it has none), cut for display. */
export const nameIn = (lang: Lang) => (name: LocalizedName): string => cut(name[lang] || name.zh);

/**
 * `figures`: one place's (or indicator's) figures of one status, newest first; empty
 * when none is drawn. `hidden`: the mark's figures the chart does not draw, so an empty
 * mark says "not shown (…)" when there are some, "not reported" only when there are none.
 */
export function buildFigure(
  index: DatasetIndex,
  figures: readonly Observation[],
  title: string,
  format: FigureFormat,
  hidden: HiddenCount = {},
): Figure {
  const { lang, showUnit, abbreviate } = format;
  const m = messages(lang);
  const [latest, ...rest] = figures;
  if (!latest) {
    const notShown = anyHidden(hidden);
    const label = notShown ? m.notShown(hidden) : m.notReported;
    return {
      observation: undefined, notShown, value: null, qualifier: null, valueLabel: label, status: 'result', flags: [], reviewed: false, tag: '',
      taggedValue: label, period: '', others: [], moreOthers: 0, source: undefined, ariaLabel: m.markLabel(title, label, ''),
    };
  }
  const valueLabel = formatFigure(latest, lang, showUnit, abbreviate);
  const period = formatPeriod(latest.period, lang, statusOf(latest));
  const tag = figureTag(latest, lang);
  const taggedValue = m.tagged(valueLabel, tag);
  return {
    observation: latest,
    notShown: false,
    value: latest.value,
    qualifier: latest.qualifier,
    valueLabel,
    status: statusOf(latest),
    flags: latest.flags ?? [],
    reviewed: index.reviewed,
    tag,
    taggedValue,
    period,
    moreOthers: Math.max(0, rest.length - OTHER_PERIODS_SHOWN),
    others: rest.slice(0, OTHER_PERIODS_SHOWN).map((o) => ({
      observation: o,
      value: m.tagged(formatFigure(o, lang, showUnit || o.unit !== latest.unit, abbreviate), figureTag(o, lang)),
      period: formatPeriod(o.period, lang, statusOf(o)),
    })),
    source: index.sources.get(latest.source),
    ariaLabel: m.markLabel(title, taggedValue, period),
  };
}

/** A mark's CSS classes for how it is drawn: `plan`, `target`, `ongoing`, `uncertain`. */
export function figureClasses(figure: Pick<Figure, 'status' | 'flags'>): string {
  return [figure.status === 'result' ? '' : figure.status, figure.flags.length ? 'uncertain' : ''].filter(Boolean).join(' ');
}
