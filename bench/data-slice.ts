/**
 * One turn of the comparison in bench/data.bench.ts: a slice of the corpus through one
 * pipeline bundle, in a process of its own (two pipelines in one process slow each other
 * down), warmed up as the benchmark warms up its own. Prints `{"bytes":…,"cpuMs":…}`: CPU
 * time, which other load on the machine does not add to as it adds to wall time.
 *
 *   node tmp/data-slice.mjs <pipeline bundle> <slice> <slices>
 */
import { pathToFileURL } from 'node:url';
import { buildSeeds, corpus, entriesFor, runDocument, type Pipeline } from './corpus.ts';

const [bundle, slice, slices] = process.argv.slice(2);
const pipeline = (await import(pathToFileURL(bundle!).href)) as Pipeline;
const entries = entriesFor(pipeline);
for (let i = 0; i < 21; i++) buildSeeds(pipeline, entries);
let bytes = 0;
let cpuMs = 0;
for (const doc of corpus(Number(slice), Number(slices))) {
  cpuMs += runDocument(pipeline, entries, doc).cpuMs;
  bytes += doc.bytes;
}
console.log(JSON.stringify({ bytes, cpuMs }));
