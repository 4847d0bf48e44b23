/** A worker thread of `--jobs N`: builds the articles it is sent, one at a time (articles.ts). */
import { parentPort } from 'node:worker_threads';
import { buildArticle, type ArticleForm, type ArticleJob, type WorkerAnswer } from './articles.js';
import { InputError } from './inputs.js';
import { partsBuffers } from './parts.js';

parentPort!.on('message', ({ index, job, form }: { index: number; job: ArticleJob; form: ArticleForm }) => {
  let answer: WorkerAnswer;
  try {
    answer = { index, ok: true, result: buildArticle(job, form) };
  } catch (e) {
    answer = { index, ok: false, message: e instanceof Error ? e.message : String(e), input: e instanceof InputError };
  }
  // An article's rows go over as bytes, transferred rather than copied (parts.ts).
  parentPort!.postMessage(answer, answer.ok && 'parts' in answer.result ? partsBuffers(answer.result.parts) : []);
});
