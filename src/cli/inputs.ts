/**
 * What the CLI reads: article files and directories, manifests beside them, and the
 * outputs it may write (never an input, a manifest or the other output, compared by
 * real path).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { decodeArticle } from '../data/decode.js';
import { MAX_ARTICLE_BYTES } from '../data/limits.js';
import { parseManifest, type ManifestEntry } from '../data/manifest.js';
import { articlePlace } from '../data/places.js';

/** A mistake in how the command was called (exit 64). */
export class UsageError extends Error {}
/** A problem with what the command read (exit 1). */
export class InputError extends Error {}

export function stat(path: string) {
  try {
    return statSync(path);
  } catch {
    throw new InputError(`${path}: no such file or directory`);
  }
}

/** A JSON file, or an error naming it. */
export function readJson(path: string): unknown {
  stat(path);
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new InputError(`${path}: not valid JSON (${(e as Error).message})`);
  }
}

export interface Inputs {
  /** Article files, in a stable order. */
  files: string[];
  /** Manifest entries by file name. */
  entries: Map<string, ManifestEntry>;
  /** The manifest files read. */
  manifests: string[];
}

/** The article files to read, in a stable order, with the manifest entries found beside them. */
export function collectInputs(paths: readonly string[], manifest?: string): Inputs {
  const files: string[] = [];
  const entries = new Map<string, ManifestEntry>();
  const manifests: string[] = [];
  const addManifest = (path: string) => {
    manifests.push(path);
    for (const e of parseManifest(readJson(path), path).articles) entries.set(e.file, e);
  };
  for (const input of paths) {
    if (stat(input).isDirectory()) {
      const names = readdirSync(input).filter((n) => n.endsWith('.txt')).sort();
      if (!names.length) throw new InputError(`${input}: no .txt articles in this directory`);
      files.push(...names.map((n) => join(input, n)));
      const beside = join(input, 'manifest.json');
      if (existsSync(beside)) addManifest(beside);
    } else {
      files.push(input);
      const beside = join(dirname(input), 'manifest.json');
      if (!manifest && existsSync(beside)) addManifest(beside);
    }
  }
  if (manifest) addManifest(manifest);
  return { files, entries, manifests };
}

/** The real path of `path`, or of its directory joined with its name when it does not exist yet. */
export function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    try {
      return join(realpathSync(dirname(resolve(path))), basename(path));
    } catch {
      throw new InputError(`${path}: its directory does not exist`);
    }
  }
}

/**
 * Refuses an output that is something the command reads (`read`: path → what it is),
 * a directory, or another output.
 */
export function checkOutputs(outputs: ReadonlyArray<readonly [path: string | undefined, flag: string]>, read: ReadonlyMap<string, string>): void {
  const real = new Map([...read].map(([path, what]) => [realPath(path), what]));
  const written = new Map<string, string>();
  for (const [path, flag] of outputs) {
    if (!path) continue;
    const target = realPath(path);
    const what = real.get(target) ?? written.get(target);
    if (what) throw new UsageError(`${flag} ${path}: refusing to write over ${what} (${target})`);
    if (existsSync(target) && statSync(target).isDirectory()) throw new UsageError(`${flag} ${path}: is a directory`);
    written.set(target, `the ${flag} output`);
  }
}

/** What `checkOutputs` must not write over: the articles and manifests read. */
export function readPaths(inputs: Inputs): Map<string, string> {
  const read = new Map<string, string>();
  for (const f of inputs.files) read.set(f, 'an input article');
  for (const m of inputs.manifests) read.set(m, 'the manifest');
  return read;
}

export interface ReadArticle {
  text: string;
  bytes: number;
  sha256: string;
}

export function readArticle(path: string): ReadArticle {
  const size = stat(path).size;
  if (size > MAX_ARTICLE_BYTES) {
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    throw new InputError(`${path}: file is too large for an article (${mb(size)}; the limit is ${mb(MAX_ARTICLE_BYTES)})`);
  }
  const bytes = readFileSync(path);
  try {
    const { text } = decodeArticle(bytes);
    return { text, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
  } catch (e) {
    throw new InputError(`${path}: ${(e as Error).message}`);
  }
}

/** The region an article's own text names, or an error saying why there is none. */
export function detectRegion(path: string, text: string, log: (line: string) => void): string {
  const place = articlePlace(text);
  if (place === null) {
    throw new InputError(
      `${path}: no region for this article: its title and first lines name no place; add it to a manifest.json beside it or pass --region <id>`,
    );
  }
  if (place.ambiguous) {
    throw new InputError(`${path}: cannot tell the article's place: ${place.message}; pass --region <id> or add it to a manifest.json`);
  }
  log(`${basename(path)}: place ${place.region.name.zh} (${place.region.id}, ${place.code}), from its ${place.from}`);
  return place.region.id;
}
