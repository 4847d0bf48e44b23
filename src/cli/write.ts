/**
 * Writing outputs: through a temporary file and a rename, so a failure leaves no partial
 * file, with the temporary file removed on SIGINT/SIGTERM.
 */
import { rmSync } from 'node:fs';
import { open, rename } from 'node:fs/promises';

/** Temporary files being written, removed should the process be interrupted. */
const pending = new Set<string>();

function removePending(): void {
  for (const tmp of pending) rmSync(tmp, { force: true });
  pending.clear();
}

/**
 * The text (or its pieces, in order) goes out in chunks with the event loop turning
 * between them, so that a SIGINT or SIGTERM during a long write is handled and the file
 * removed.
 */
export async function writeAtomically(path: string, text: string | readonly (string | Uint8Array)[]): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  pending.add(tmp);
  try {
    const file = await open(tmp, 'w');
    try {
      const CHUNK = 1 << 20;
      for (const piece of typeof text === 'string' ? [text] : text) {
        for (let at = 0; at < piece.length; at += CHUNK) {
          await (typeof piece === 'string' ? file.write(piece.slice(at, at + CHUNK)) : file.write(piece.subarray(at, at + CHUNK)));
        }
      }
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
export function removePendingOnSignals(): void {
  if (process.listenerCount('SIGTERM') > 0) return;
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    process.on(signal, () => {
      removePending();
      console.error(`livelihood-data: interrupted (${signal}) while writing; no output was written`);
      process.exit(code);
    });
  }
}
