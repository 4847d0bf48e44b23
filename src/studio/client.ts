/**
 * The page's side of the pipeline worker. One build at a time: a new build while one is
 * running ends that worker (a synchronous pipeline cannot be interrupted) and starts a
 * fresh one, so typing never queues stale work. A worker that fails to load or crashes
 * rejects the pending request with an error the page can show.
 */
import type { Built, BuildProblem, BuildRequest, RegionChoice, Stage, StudioRequest, StudioResponse } from './protocol.js';

export type BuildAnswer = { ok: true; built: Built } | { ok: false; problem: BuildProblem };

/** The worker failed (did not load, threw outside a build, or could not send its answer). */
export class WorkerFailure extends Error {
  override readonly name = 'WorkerFailure';
}

/** Thrown to the caller of a build that a newer build replaced. */
export class Superseded extends Error {
  override readonly name = 'Superseded';
}

interface Pending {
  request: StudioRequest;
  resolve: (response: StudioResponse) => void;
  reject: (error: Error) => void;
  progress?: (stage: Stage) => void;
}

export type WorkerFactory = () => Worker;

/** The module worker, bundled by Vite and served by the test runner from its TypeScript. */
export const startPipelineWorker: WorkerFactory = () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });

export class PipelineClient {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private building: number | undefined;

  constructor(private readonly start: WorkerFactory = startPipelineWorker) {}

  /** Builds an article; `progress` hears each stage. Rejects with Superseded when a newer build starts. */
  async build(request: Omit<BuildRequest, 'type' | 'id'>, progress?: (stage: Stage) => void): Promise<BuildAnswer> {
    if (this.building !== undefined) this.restart(new Superseded('a newer build replaced this one'), true);
    const id = this.nextId++;
    this.building = id;
    try {
      const response = await this.send({ type: 'build', id, ...request }, progress);
      if (response.type === 'built') return { ok: true, built: response.built };
      if (response.type === 'problem') return { ok: false, problem: response.problem };
      throw new WorkerFailure(`unexpected answer "${response.type}"`);
    } finally {
      if (this.building === id) this.building = undefined;
    }
  }

  /** The gazetteer's regions, for choosing an article's place. */
  async regions(): Promise<RegionChoice[]> {
    const response = await this.send({ type: 'regions', id: this.nextId++ });
    if (response.type !== 'regions') throw new WorkerFailure(`unexpected answer "${response.type}"`);
    return response.regions;
  }

  dispose(): void {
    this.restart(new Superseded('the studio was closed'));
  }

  private send(request: StudioRequest, progress?: (stage: Stage) => void): Promise<StudioResponse> {
    return new Promise((resolve, reject) => {
      this.pending.set(request.id, { request, resolve, reject, ...(progress ? { progress } : {}) });
      try {
        this.ensureWorker().postMessage(request);
      } catch (e) {
        this.pending.delete(request.id);
        reject(new WorkerFailure(e instanceof Error ? e.message : String(e)));
      }
    });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = this.start();
    worker.onmessage = ({ data }: MessageEvent<StudioResponse>) => {
      const pending = this.pending.get(data.id);
      if (!pending) return;
      if (data.type === 'progress') pending.progress?.(data.stage);
      else {
        this.pending.delete(data.id);
        pending.resolve(data);
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      this.restart(new WorkerFailure(event.message || 'the pipeline worker could not start or stopped'));
    };
    worker.onmessageerror = () => this.restart(new WorkerFailure('the pipeline worker sent a message that could not be read'));
    this.worker = worker;
    return worker;
  }

  /**
   * Ends the worker and rejects what it still owed; with `resend`, only builds are
   * rejected and other requests go to the next worker.
   */
  private restart(reason: Error, resend = false): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.building = undefined;
    const owed = [...this.pending.values()];
    this.pending.clear();
    for (const p of owed) {
      if (resend && p.request.type !== 'build') {
        this.pending.set(p.request.id, p);
        this.ensureWorker().postMessage(p.request);
      } else p.reject(reason);
    }
  }
}
