#!/usr/bin/env node
/**
 * livelihood-data: the only part of the project that touches the file system.
 *
 *   livelihood-data build <file.txt | dir>... -o out.json [--embed packed.json] [--manifest m.json] [--region id]
 *   livelihood-data check <file.txt | dir>... -o out.json [--embed packed.json]   (fails when not current)
 *
 * `--embed` also writes the packed form that chart components embed (pack.ts).
 *
 * A directory stands for its *.txt files and its manifest.json. Each article is read,
 * decoded and run through the pipeline one at a time; the output is written only when
 * every article succeeded, its accounting adds up (numerals = figures + skipped) and the
 * dataset passes the same validator the charts use. Outputs go through a temporary file
 * and a rename; the temporary file is removed on errors and on SIGINT/SIGTERM, so an
 * interrupted run leaves nothing behind. No output may be an input, a manifest or the
 * other output (compared by real path): the command never overwrites what it reads.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, realpathSync, rmSync, statSync } from 'node:fs';
import { open, rename } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { DatasetBuilder, type SourceReport } from '../data/dataset.js';
import { decodeArticle } from '../data/decode.js';
import { parseManifest, type ManifestEntry } from '../data/manifest.js';
import { articlePlace } from '../data/places.js';
import { MAX_ARTICLE_BYTES } from '../data/limits.js';
import { packDataset } from '../data/pack.js';
import { serializeDataset } from '../data/serialize.js';
import { SKIP_REASONS } from '../data/types.js';
import { formatIssue, validateDataset } from '../data/validate.js';

/** Larger files are not articles (and would not fit the one-document-at-a-time budget). */

class UsageError extends Error {}
class InputError extends Error {}

interface Options {
  command: 'build' | 'check';
  inputs: string[];
  output: string;
  embed?: string;
  manifest?: string;
  region?: string;
  quiet: boolean;
}

const USAGE = `usage: livelihood-data build <article.txt | directory>... -o <out.json> [--embed <packed.json>] [--manifest <manifest.json>] [--region <id>] [--quiet]
       livelihood-data check <article.txt | directory>... -o <out.json> [--embed <packed.json>]`;

function parseArgs(argv: string[]): Options {
  const [command, ...rest] = argv;
  if (command !== 'build' && command !== 'check') throw new UsageError(USAGE);
  const opts: Options = { command, inputs: [], output: '', quiet: false };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const value = () => {
      const v = rest[++i];
      if (!v) throw new UsageError(`${arg} needs a value\n${USAGE}`);
      return v;
    };
    if (arg === '-o' || arg === '--output') opts.output = value();
    else if (arg === '--embed') opts.embed = value();
    else if (arg === '--manifest') opts.manifest = value();
    else if (arg === '--region') opts.region = value();
    else if (arg === '--quiet') opts.quiet = true;
    else if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}\n${USAGE}`);
    else opts.inputs.push(arg);
  }
  if (!opts.inputs.length) throw new UsageError(`no articles given\n${USAGE}`);
  if (!opts.output) throw new UsageError(`no output file given (-o out.json)\n${USAGE}`);
  return opts;
}

function stat(path: string) {
  try {
    return statSync(path);
  } catch {
    throw new InputError(`${path}: no such file or directory`);
  }
}

function readManifestFile(path: string): ManifestEntry[] {
  stat(path);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new InputError(`${path}: not valid JSON (${(e as Error).message})`);
  }
  return parseManifest(json, path).articles;
}

interface Inputs {
  /** Article files, in a stable order. */
  files: string[];
  /** Manifest entries by file name. */
  entries: Map<string, ManifestEntry>;
  /** The manifest files read. */
  manifests: string[];
}

/** The article files to read, in a stable order, with the manifest entries found beside them. */
function collectInputs(opts: Options): Inputs {
  const files: string[] = [];
  const entries = new Map<string, ManifestEntry>();
  const manifests: string[] = [];
  const addManifest = (path: string) => {
    manifests.push(path);
    for (const e of readManifestFile(path)) entries.set(e.file, e);
  };
  for (const input of opts.inputs) {
    if (stat(input).isDirectory()) {
      const names = readdirSync(input).filter((n) => n.endsWith('.txt')).sort();
      if (!names.length) throw new InputError(`${input}: no .txt articles in this directory`);
      files.push(...names.map((n) => join(input, n)));
      const manifest = join(input, 'manifest.json');
      if (existsSync(manifest)) addManifest(manifest);
    } else {
      files.push(input);
      const manifest = join(dirname(input), 'manifest.json');
      if (!opts.manifest && existsSync(manifest)) addManifest(manifest);
    }
  }
  if (opts.manifest) addManifest(opts.manifest);
  return { files, entries, manifests };
}

/** The real path of `path`, or of its directory joined with its name when it does not exist yet. */
function realPath(path: string): string {
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

/** Refuses an output that is an input, a manifest, a directory or the other output. */
function checkOutputs(opts: Options, inputs: Inputs): void {
  const read = new Map<string, string>();
  for (const f of inputs.files) read.set(realPath(f), `an input article`);
  for (const m of inputs.manifests) read.set(realPath(m), `the manifest`);
  const written = new Map<string, string>();
  for (const [path, flag] of [[opts.output, '-o'], [opts.embed, '--embed']] as const) {
    if (!path) continue;
    const real = realPath(path);
    const what = read.get(real) ?? written.get(real);
    if (what) throw new UsageError(`${flag} ${path}: refusing to write over ${what} (${real})`);
    if (existsSync(real) && statSync(real).isDirectory()) throw new UsageError(`${flag} ${path}: is a directory`);
    written.set(real, `the ${flag} output`);
  }
}

function readArticle(path: string) {
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
function detectRegion(path: string, text: string, log: (line: string) => void): string {
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

function formatReport(r: SourceReport): string {
  const reasons = SKIP_REASONS.filter((k) => r.skippedByReason[k])
    .map((k) => `${k} ${r.skippedByReason[k]}`)
    .join(', ');
  return `${r.file}: ${r.numerals} numerals = ${r.figures} figures + ${r.skipped} skipped${reasons ? ` (${reasons})` : ''}`;
}

export async function run(argv: string[], log: (line: string) => void = console.log): Promise<number> {
  const opts = parseArgs(argv);
  const inputs = collectInputs(opts);
  const { files, entries } = inputs;
  if (opts.command === 'build') checkOutputs(opts, inputs);
  const builder = new DatasetBuilder();
  for (const path of files) {
    const name = basename(path);
    // --region, when given, wins over a manifest entry: it is what the user just said;
    // with neither, the title and lead name the place.
    const listed = entries.get(name);
    const article = readArticle(path);
    const region = opts.region ?? listed?.region ?? detectRegion(path, article.text, opts.quiet ? () => {} : log);
    const entry = { ...listed, file: name, region };
    let report: SourceReport;
    try {
      report = builder.add({ file: name, ...article }, entry);
    } catch (e) {
      if (e instanceof InputError) throw e;
      // The builder names the file itself; the path says where it is.
      const message = (e as Error).message;
      throw new InputError(`${path}: ${message.startsWith(`${name}: `) ? message.slice(name.length + 2) : message}`);
    }
    if (report.numerals !== report.figures + report.skipped) {
      throw new InputError(`${path}: accounting does not add up: ${formatReport(report)}`);
    }
    if (!opts.quiet) log(formatReport(report));
    for (const c of report.conflicts) log(`  note: ${c}; kept the text's value`);
  }
  const dataset = builder.finish();
  const checked = validateDataset(dataset);
  if (!checked.ok) {
    const shown = checked.issues.slice(0, 5).map((i) => `  ${formatIssue(i)}`).join('\n');
    throw new InputError(`the dataset built from these articles does not validate, so nothing was written:\n${shown}`);
  }
  const outputs: Array<[path: string, text: string]> = [[opts.output, serializeDataset(dataset)]];
  if (opts.embed) outputs.push([opts.embed, `${JSON.stringify(packDataset(dataset))}\n`]);

  if (opts.command === 'check') {
    const stale = outputs.filter(([path, text]) => !existsSync(path) || readFileSync(path, 'utf8') !== text);
    for (const [path] of stale) log(`${path} is not current: run \`npm run data\` and commit the result`);
    if (!stale.length) log(`${outputs.map(([p]) => p).join(' and ')} ${outputs.length > 1 ? 'are' : 'is'} current`);
    return stale.length ? 1 : 0;
  }
  removePendingOnSignals();
  for (const [path, text] of outputs) await writeAtomically(resolve(path), text);
  if (!opts.quiet) for (const [path, text] of outputs) log(`wrote ${path} (${Buffer.byteLength(text)} bytes)`);
  return 0;
}

/** Temporary files being written, removed should the process be interrupted. */
const pending = new Set<string>();

function removePending(): void {
  for (const tmp of pending) rmSync(tmp, { force: true });
  pending.clear();
}

/**
 * Writes through a temporary file and a rename, so a failure leaves no partial file.
 * The text goes out in chunks with the event loop turning between them, so that a
 * SIGINT or SIGTERM during a long write is handled (see main) and the file removed.
 */
async function writeAtomically(path: string, text: string): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  pending.add(tmp);
  try {
    const file = await open(tmp, 'w');
    try {
      const CHUNK = 1 << 20;
      for (let at = 0; at < text.length; at += CHUNK) await file.write(text.slice(at, at + CHUNK));
    } finally {
      await file.close();
    }
    await rename(tmp, path);
  } finally {
    pending.delete(tmp);
    rmSync(tmp, { force: true });
  }
}

/**
 * From now on SIGINT and SIGTERM remove the temporary files before exiting. Installed
 * only for the writes: while the pipeline runs, the default (exit at once) is right,
 * as nothing is on disk yet and a handler would wait for the pipeline to finish.
 */
function removePendingOnSignals(): void {
  if (process.listenerCount('SIGTERM') > 0) return;
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    process.on(signal, () => {
      removePending();
      console.error(`livelihood-data: interrupted (${signal}) while writing; no output was written`);
      process.exit(code);
    });
  }
}

async function main(): Promise<void> {
  try {
    process.exitCode = await run(process.argv.slice(2));
  } catch (e) {
    // Messages, not stack traces: every error here says what and where.
    console.error(`livelihood-data: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = e instanceof UsageError ? 64 : 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) void main();
