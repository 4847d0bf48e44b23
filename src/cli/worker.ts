/** A worker thread of `--jobs N`: builds the articles it is sent, one at a time (articles.ts). */
import { parentPort } from 'node:worker_threads';
import { buildArticle, type ArticleJob } from './articles.js';
import { InputError } from './inputs.js';

parentPort!.on('message', (job: ArticleJob) => {
  try {
    parentPort!.postMessage({ ok: true, result: buildArticle(job) });
  } catch (e) {
    parentPort!.postMessage({ ok: false, message: e instanceof Error ? e.message : String(e), input: e instanceof InputError });
  }
});
