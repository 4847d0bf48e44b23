/**
 * Messages between the studio page and its pipeline worker (worker.ts). The page sends an
 * article's bytes; the worker answers with progress, then the built dataset or a
 * problem the page can explain. Everything crosses by structured clone: plain data only.
 */
import type { SourceReport } from '../data/dataset.js';
import type { Dataset, LocalizedName, Region } from '../data/types.js';

/** How far the worker has got with an article. */
export const Stage = {
  decode: 'decode',
  hash: 'hash',
  place: 'place',
  extract: 'extract',
} as const;
export type Stage = (typeof Stage)[keyof typeof Stage];

export interface BuildRequest {
  type: 'build';
  id: number;
  /**
   * File name: it becomes the source's id (`004_x.txt` → `004_x`). Null: one made from
   * the place and the text's SHA-256 (`hohhot_76d52d8c.txt`), so two pasted articles
   * never share an id when their datasets are merged.
   */
  file: string | null;
  /** The article as stored (UTF-8, UTF-16 or GB18030/GBK). */
  bytes: Uint8Array;
  /** Region id the editor chose; without it, the place the article names. */
  region: string | null;
  /**
   * What the editor says of the article where its text is silent, as a manifest entry
   * says it to the CLI: the publication date (YYYY-MM-DD; relative periods such as 今年
   * resolve against it) and the publisher. A date or publisher the text states wins.
   */
  published?: string | null;
  publisher?: string | null;
}

export interface RegionsRequest {
  type: 'regions';
  id: number;
}

export type StudioRequest = BuildRequest | RegionsRequest;

/** A region of the gazetteer, with where it lies in each language, for people choosing it (`石家庄市，河北省`, `Shijiazhuang, Hebei`). */
export interface RegionChoice extends Region {
  within: LocalizedName;
}

/**
 * What the article's own text says about its place. `line` is the text's line the name
 * was found in (trimmed), so the page can show where it came from in the article's words.
 */
export type PlaceFinding =
  | { kind: 'found'; region: string; name: string; from: 'title' | 'lead'; line?: string }
  | { kind: 'ambiguous'; name: string; candidates: string[]; message: string }
  | { kind: 'none' };

export interface Built {
  /** The file name the source id came from: the editor's, or the one made for the article. */
  file: string;
  text: string;
  encoding: string;
  sha256: string;
  place: PlaceFinding;
  /** The region the article was built for (the editor's choice, else the place found). */
  region: string;
  dataset: Dataset;
  report: SourceReport;
}

/**
 * Why an article could not be built: `not-text` (empty, binary, an unknown encoding),
 * `too-large`, `no-place` (the text names none and the editor chose none),
 * `ambiguous-place`, `unknown-region`, `failed` (anything else, with its message).
 */
export type ProblemKind = 'not-text' | 'too-large' | 'no-place' | 'ambiguous-place' | 'unknown-region' | 'failed';

export interface BuildProblem {
  kind: ProblemKind;
  message: string;
  /** The decoded text, when decoding got that far: the page still shows the article. */
  text?: string;
  place?: PlaceFinding;
}

export type StudioResponse =
  | { type: 'progress'; id: number; stage: Stage }
  | { type: 'built'; id: number; built: Built }
  | { type: 'problem'; id: number; problem: BuildProblem }
  | { type: 'regions'; id: number; regions: RegionChoice[] };
