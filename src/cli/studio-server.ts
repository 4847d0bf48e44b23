/**
 * `livelihood-data studio`: serves the built studio (dist/studio/, shipped in the package)
 * on this computer only (127.0.0.1), so that an editor who installed the package can
 * open it in a browser. A static file server and nothing more: the studio runs in the
 * browser and sends nothing back. A module worker needs http(s), hence no file:// page.
 */
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError } from './inputs.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/** The built studio: beside the compiled CLI (dist/cli → dist/studio), or dist/studio from the sources. */
export function studioDirectory(): string {
  const candidates = ['../studio/', '../../dist/studio/'].map((path) => fileURLToPath(new URL(path, import.meta.url)));
  const found = candidates.find((dir) => existsSync(join(dir, 'index.html')));
  if (!found) throw new InputError('the studio is not built: `npm run build` writes it to dist/studio/');
  return realpathSync(found);
}

/** Serves `dir` on 127.0.0.1:`port` (0: any free port); resolves to the server and its URL. */
export async function serveStudio(dir: string, port: number): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    let file = join(dir, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    // Only files inside the studio's directory, never a path that climbs out of it.
    if (!(file + sep).startsWith(dir + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) =>
      reject(e.code === 'EADDRINUSE' ? new InputError(`port ${port} is taken: give another with --port`) : e),
    );
    server.listen(port, '127.0.0.1', resolve);
  });
  const address = server.address();
  const bound = typeof address === 'object' && address ? address.port : port;
  return { server, url: `http://127.0.0.1:${bound}/` };
}
