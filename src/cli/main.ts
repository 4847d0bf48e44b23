#!/usr/bin/env node
/**
 * livelihood-data: the only part of the project that touches the file system.
 *
 *   livelihood-data build <file.txt | dir>... -o out.json [--embed packed.json] [--manifest m.json]
 *                         [--region id] [--corrections c.json] [--jobs N] [--quiet]
 *   livelihood-data check <file.txt | dir>... -o out.json [--embed packed.json]   (fails when not current)
 *   livelihood-data add <data.json> <file.txt | dir>... [-o out.json] [--embed …] [--corrections c.json]
 *   livelihood-data snippet <data.json> --tag <tag> [--<attribute> <value>]... [--script <url>] [--stylesheet <url>]
 *   livelihood-data slice <data.json> <page.html>... [-o out.json]
 *   livelihood-data studio [--port N]                    (serves the studio on 127.0.0.1 until stopped)
 *
 * `slice` writes, for each article page, the part of the dataset its charts use
 * (slice.ts), as `<page>.json` beside it (or `-o` for one page): the charts' `src`; and
 * names the preload link a page lacks for a `src` its charts read.
 * `--embed` also writes the packed form that chart components embed (pack.ts). An
 * editor's corrections (corrections.ts) are read from `--corrections`, else from
 * `<out>.corrections.json` beside the output when there is one; one that no longer
 * matches its figure is reported by name.
 *
 * A directory stands for its *.txt files and its manifest.json. The output is written
 * only when every article succeeded, its accounting adds up (numerals = figures +
 * skipped) and the dataset passes the same validator the charts use. No output may be
 * an input, a manifest or the other output (compared by real path).
 */
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyCorrections, CorrectionsError, describeCorrection, parseCorrections } from '../data/corrections.js';
import { DatasetBuilder, type SourceReport } from '../data/dataset.js';
import { untranslatedLine, untranslatedNames } from '../data/english.js';
import { regionOf } from '../data/gazetteer.js';
import { packDataset } from '../data/pack.js';
import { serializeDataset, type Piece } from '../data/serialize.js';
import type { Dataset } from '../data/types.js';
import { ARCHIVE_LIMITS, formatIssue, validateDataset } from '../data/validate.js';
import { preloadLink, reserveFor, snippet, SNIPPET_TAGS, type SnippetOptions } from '../charts/snippet.js';
import { sliceDataset } from '../data/slice.js';
import { buildArticles, Progress, type ArticleJob } from './articles.js';
import { chartsInHtml, unpreloaded } from './slice.js';
import { PartsAssembler } from './parts.js';
import { checkOutputs, collectInputs, InputError, readJson, readPaths, UsageError } from './inputs.js';
import { serveStudio, studioDirectory } from './studio-server.js';
import { removePendingOnSignals, writeAtomically } from './write.js';

type Command = 'build' | 'check' | 'add';

interface Options {
  command: Command;
  /** `add`: the dataset to extend. */
  dataset?: string;
  inputs: string[];
  output: string;
  embed?: string;
  manifest?: string;
  region?: string;
  corrections?: string;
  jobs: number;
  quiet: boolean;
}

const USAGE = `usage: livelihood-data build <article.txt | directory>... -o <out.json> [--embed <packed.json>] [--manifest <manifest.json>]
                             [--region <id>] [--corrections <c.json>] [--jobs <N>] [--quiet]
       livelihood-data check <article.txt | directory>... -o <out.json> [--embed <packed.json>]
       livelihood-data add <data.json> <article.txt | directory>... [-o <out.json>] [--embed <packed.json>] [--corrections <c.json>]
       livelihood-data snippet <data.json> --tag <tag> [--<attribute> <value>]... [--script <url>] [--stylesheet <url>]
       livelihood-data slice <data.json> <page.html>... [-o <out.json>]
       livelihood-data studio [--port <N>]`;

function parseArgs(argv: string[]): Options {
  const [command, ...rest] = argv;
  if (command !== 'build' && command !== 'check' && command !== 'add') throw new UsageError(USAGE);
  const opts: Options = { command, inputs: [], output: '', jobs: 1, quiet: false };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    const value = () => {
      const v = rest[++i];
      if (!v) throw new UsageError(`${arg} needs a value\n${USAGE}`);
      return v;
    };
    if (arg === '-o' || arg === '--output') opts.output = value();
    else if (arg === '--embed') opts.embed = value();
    else if (arg === '--manifest') opts.manifest = value();
    else if (arg === '--region') opts.region = value();
    else if (arg === '--corrections') opts.corrections = value();
    else if (arg === '--jobs' || arg === '-j') {
      const text = value();
      opts.jobs = Number(text);
      if (!Number.isInteger(opts.jobs) || opts.jobs < 1 || opts.jobs > 256) throw new UsageError(`--jobs ${text}: expected a whole number from 1 to 256`);
    } else if (arg === '--quiet') opts.quiet = true;
    else if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}\n${USAGE}`);
    else if (command === 'add' && !opts.dataset) opts.dataset = arg;
    else opts.inputs.push(arg);
  }
  if (command === 'add') {
    if (!opts.dataset) throw new UsageError(`no dataset given to add to\n${USAGE}`);
    opts.output ||= opts.dataset;
  }
  if (!opts.inputs.length) throw new UsageError(`no articles given\n${USAGE}`);
  if (!opts.output) throw new UsageError(`no output file given (-o out.json)\n${USAGE}`);
  return opts;
}

/** A dataset file `add` extends, validated. */
function readDataset(path: string): Dataset {
  const checked = validateDataset(readJson(path), ARCHIVE_LIMITS);
  if (!checked.ok) {
    const shown = checked.issues.slice(0, 5).map((i) => `  ${formatIssue(i)}`).join('\n');
    throw new InputError(`${path}: not a valid dataset:\n${shown}`);
  }
  return checked.dataset;
}

/** `--corrections`, or `<out>.corrections.json` beside the output when it exists. */
function correctionsPath(opts: Options): string | undefined {
  if (opts.corrections) return opts.corrections;
  const beside = join(dirname(opts.output), `${basename(opts.output).replace(/\.json$/u, '')}.corrections.json`);
  return existsSync(beside) ? beside : undefined;
}

function applyEditorCorrections(dataset: Dataset, path: string | undefined, log: (line: string) => void, warn: (line: string) => void): Dataset {
  if (!path) return dataset;
  try {
    const { dataset: corrected, report } = applyCorrections(dataset, parseCorrections(readJson(path), path), regionOf);
    for (const { correction, reason } of report.stale) warn(`livelihood-data: ${path}: correction of ${describeCorrection(correction)} no longer matches: ${reason}`);
    log(`${path}: ${report.applied} corrections applied (${report.checked} checked, ${report.excluded} left out), ${report.stale.length} stale`);
    return corrected;
  } catch (e) {
    if (e instanceof CorrectionsError) throw new InputError(e.message);
    throw e;
  }
}

/**
 * `snippet`: the markup that embeds a chart of the dataset, with the height it reserves
 * at each width (src/charts/snippet.ts). Options other than --tag, --script and
 * --stylesheet are the element's attributes (`--indicator old_compounds_renovated`); one
 * followed by another option or nothing is a boolean attribute (`--show-uncertain`).
 */
function runSnippet(argv: string[], log: (line: string) => void): number {
  let data: string | undefined;
  let tag: string | undefined;
  const options: SnippetOptions = {};
  const attributes: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      if (data) throw new UsageError(`one dataset only: ${arg}\n${USAGE}`);
      data = arg;
      continue;
    }
    const name = arg.slice(2);
    const next = argv[i + 1];
    const value = next !== undefined && !next.startsWith('--') ? (i++, next) : '';
    if (name === 'tag') tag = value;
    else if (name === 'script') options.script = value;
    else if (name === 'stylesheet') options.stylesheet = value;
    else if (!/^[a-z][a-z-]*$/.test(name)) throw new UsageError(`${arg}: not an attribute name\n${USAGE}`);
    else attributes[name] = value;
  }
  if (!data) throw new UsageError(`no dataset given\n${USAGE}`);
  if (!tag || !SNIPPET_TAGS.includes(tag)) throw new UsageError(`--tag: expected one of ${SNIPPET_TAGS.join(', ')}\n${USAGE}`);
  const dataset = readDataset(data);
  const reserve = reserveFor(dataset, tag, attributes);
  if (!Object.keys(reserve).length) throw new InputError(`<${tag}> with these attributes shows an error on ${data}: check the ids (the demo page lists them)`);
  log(snippet(dataset, tag, attributes, options));
  return 0;
}

/** `slice`: each page's figures, for its charts' `src` (slice.ts). */
async function runSlice(argv: string[], log: (line: string) => void): Promise<number> {
  let output: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-o' || arg === '--output') {
      output = argv[++i];
      if (!output) throw new UsageError(`${arg} needs a file name\n${USAGE}`);
    } else if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}\n${USAGE}`);
    else files.push(arg);
  }
  const [data, ...pages] = files;
  if (!data || !pages.length) throw new UsageError(`slice needs a dataset and at least one page\n${USAGE}`);
  if (output && pages.length > 1) throw new UsageError(`-o names one file: give one page, or leave it out for <page>.json beside each\n${USAGE}`);
  const dataset = readDataset(data);
  const read = new Map([[data, 'the dataset'], ...pages.map((p): [string, string] => [p, 'an input page'])]);
  const jobs = pages.map((page) => {
    if (!existsSync(page)) throw new InputError(`${page}: no such file`);
    const html = readFileSync(page, 'utf8');
    const charts = chartsInHtml(html);
    if (!charts.length) throw new InputError(`${page}: no chart element in it (<livelihood-bar>, <city-compare> …)`);
    return { page, charts, missing: unpreloaded(html, charts), out: output ?? page.replace(/\.html?$/iu, '') + '.json' };
  });
  checkOutputs(jobs.map(({ out }) => [out, '-o']), read);
  for (const { page, charts, missing, out } of jobs) {
    const slice = sliceDataset(dataset, charts);
    const text = serializeDataset(slice);
    await writeAtomically(resolve(out), text);
    log(`${page}: ${charts.length} charts use ${slice.observations.length} of ${dataset.observations.length} figures; wrote ${out} (${Buffer.byteLength(text)} bytes)`);
    // Without it the data is fetched only once the script has run: a round trip later.
    for (const src of missing) log(`  to fetch ${src} with the page, add to its <head>: ${preloadLink(src)}`);
  }
  return 0;
}

/** `studio`: serves the built studio on 127.0.0.1 and says where; runs until stopped (Ctrl-C). */
async function runStudio(argv: string[], log: (line: string) => void): Promise<number> {
  const [flag, text, ...extra] = argv;
  const port = flag === undefined ? 5180 : Number(text);
  if (flag !== undefined && (flag !== '--port' || extra.length || !text || !Number.isInteger(port) || port < 0 || port > 65535)) {
    throw new UsageError(`${argv.join(' ')}: expected nothing, or --port and a port number\n${USAGE}`);
  }
  const { url } = await serveStudio(studioDirectory(), port);
  log(`the studio: ${url}  (this computer only; Ctrl-C stops it)`);
  return new Promise<number>(() => {});
}

export async function run(
  argv: string[],
  log: (line: string) => void = console.log,
  warn: (line: string) => void = console.error,
): Promise<number> {
  if (argv[0] === 'snippet') return runSnippet(argv.slice(1), log);
  if (argv[0] === 'slice') return runSlice(argv.slice(1), log);
  if (argv[0] === 'studio') return runStudio(argv.slice(1), log);
  const opts = parseArgs(argv);
  const inputs = collectInputs(opts.inputs, opts.manifest);
  const say = opts.quiet ? () => {} : log;
  /** Names an English chart would show in Chinese (english.ts), said after every build. */
  const warnUntranslated = (d: Parameters<typeof untranslatedNames>[0]) => {
    const untranslated = untranslatedLine(untranslatedNames(d));
    if (untranslated) warn(`livelihood-data: ${untranslated}`);
  };
  const corrections = correctionsPath(opts);
  if (opts.command !== 'check') {
    const read = readPaths(inputs);
    if (corrections) read.set(corrections, 'the corrections file');
    // `add` writes its dataset anew: the only file it reads that it may replace.
    if (opts.dataset && opts.output !== opts.dataset) read.set(opts.dataset, 'the dataset added to');
    checkOutputs([[opts.output, '-o'], [opts.embed, '--embed']], read);
  }
  const jobs: ArticleJob[] = inputs.files.map((path) => ({ path, entry: inputs.entries.get(basename(path)), region: opts.region }));
  const progress = new Progress(jobs.length, opts.quiet ? undefined : (t) => process.stderr.write(t), process.stderr.isTTY);
  const tell = ({ lines, report }: { lines: string[]; report: SourceReport }) => {
    for (const line of lines) say(line);
    progress.article(report.figures);
  };
  // Each output's text, or its pieces in order (a large dataset's is never one string).
  const outputs: Array<[path: string, text: string | Piece[]]> = [];
  if (!opts.dataset && !corrections && !opts.embed) {
    // Nothing to apply to the whole or to pack from it: the articles come validated and
    // written (parts.ts), in parallel with --jobs, and only their text is joined here.
    const assembler = new PartsAssembler();
    await buildArticles(jobs, opts.jobs, 'parts', (result) => {
      tell(result);
      assembler.merge(result.parts);
    });
    progress.end();
    outputs.push([opts.output, assembler.finish()]);
    warnUntranslated(assembler.head());
  } else {
    const builder = new DatasetBuilder();
    if (opts.dataset) builder.merge(readDataset(opts.dataset));
    await buildArticles(jobs, opts.jobs, 'dataset', (result) => {
      tell(result);
      builder.merge(result.dataset);
    });
    progress.end();
    const dataset = applyEditorCorrections(builder.finish(), corrections, say, warn);
    const checked = validateDataset(dataset, ARCHIVE_LIMITS);
    if (!checked.ok) {
      const shown = checked.issues.slice(0, 5).map((i) => `  ${formatIssue(i)}`).join('\n');
      throw new InputError(`the dataset built from these articles does not validate, so nothing was written:\n${shown}`);
    }
    warnUntranslated(dataset);
    outputs.push([opts.output, serializeDataset(dataset)]);
    if (opts.embed) outputs.push([opts.embed, `${JSON.stringify(packDataset(dataset))}\n`]);
  }

  if (opts.command === 'check') {
    const stale = outputs.filter(([path, text]) => !existsSync(path) || !readFileSync(path).equals(Buffer.concat([text].flat().map((piece) => Buffer.from(piece)))));
    for (const [path] of stale) log(`${path} is not current: run \`npm run data\` and commit the result`);
    if (!stale.length) log(`${outputs.map(([p]) => p).join(' and ')} ${outputs.length > 1 ? 'are' : 'is'} current`);
    return stale.length ? 1 : 0;
  }
  removePendingOnSignals();
  for (const [path, text] of outputs) await writeAtomically(resolve(path), text);
  for (const [path, text] of outputs) say(`wrote ${path} (${[text].flat().reduce((sum, piece) => sum + (typeof piece === 'string' ? Buffer.byteLength(piece) : piece.length), 0)} bytes)`);
  return 0;
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

/** Run as a program (also through npm's bin symlink), not imported by a test. */
function isMain(): boolean {
  try {
    return !!process.argv[1] && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMain()) void main();
