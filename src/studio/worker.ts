/**
 * The studio's pipeline worker: runs src/data on an article off the main thread, so the
 * page keeps responding while a long text builds. Started by client.ts as a module worker.
 */
import { buildStudioArticle, regionChoices, sha256Hex } from './build.js';
import type { StudioRequest, StudioResponse } from './protocol.js';

/** The worker's global scope, typed by hand: the project's lib is DOM, not WebWorker. */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<StudioRequest>) => void) | null;
  postMessage(message: StudioResponse): void;
};

scope.onmessage = async ({ data: request }) => {
  const post = (message: StudioResponse) => scope.postMessage(message);
  if (request.type === 'regions') {
    post({ type: 'regions', id: request.id, regions: regionChoices() });
    return;
  }
  try {
    const outcome = await buildStudioArticle(request, sha256Hex, (stage) => post({ type: 'progress', id: request.id, stage }));
    post(outcome.ok ? { type: 'built', id: request.id, built: outcome.built } : { type: 'problem', id: request.id, problem: outcome.problem });
  } catch (e) {
    post({ type: 'problem', id: request.id, problem: { kind: 'failed', message: e instanceof Error ? e.message : String(e) } });
  }
};
