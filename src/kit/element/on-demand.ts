/**
 * A module a chart loads on first use (a chunk of its own in the CDN build), once for
 * the page. `loaded()` gives it synchronously once it is there, so work that needs it
 * waits only the first time. A failed load (offline, a bad deploy) is tried again next time.
 */
export interface OnDemand<T> {
  load(): Promise<T>;
  loaded(): T | undefined;
}

export function onDemand<T>(importer: () => Promise<T>): OnDemand<T> {
  let module: T | undefined;
  let pending: Promise<T> | undefined;
  return {
    load: () =>
      (pending ??= importer().then(
        (m) => (module = m),
        (error: unknown) => {
          pending = undefined;
          throw error;
        },
      )),
    loaded: () => module,
  };
}

/**
 * `module`, for code that only some charts need (a chart's model or layout): while it is
 * not here, its loading is thrown (a promise), and the chart shows its placeholder until
 * it is, then draws (chart-element.ts).
 */
export function required<T>(module: OnDemand<T>): T {
  const loaded = module.loaded();
  if (loaded === undefined) throw module.load();
  return loaded;
}
