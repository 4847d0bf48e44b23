import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { serveStudio } from '../../src/cli/studio-server.js';

describe('livelihood-data studio: the static server', () => {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'studio-server-')));
  const dir = join(root, 'studio');
  mkdirSync(join(dir, 'assets'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>studio</title>');
  writeFileSync(join(dir, 'assets/worker-x.js'), 'postMessage(1);');
  writeFileSync(join(root, 'secret.txt'), 'not for the browser');
  after(() => rmSync(root, { recursive: true, force: true }));

  it('serves the studio\'s files on 127.0.0.1 with their types, and nothing outside its directory', async () => {
    const { server, url } = await serveStudio(dir, 0);
    try {
      assert.match(url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
      const page = await fetch(url);
      assert.equal(page.headers.get('content-type'), 'text/html; charset=utf-8');
      assert.equal(await page.text(), '<!doctype html><title>studio</title>');
      assert.equal((await fetch(`${url}assets/worker-x.js`)).headers.get('content-type'), 'text/javascript; charset=utf-8');
      for (const path of ['secret.txt', '%2e%2e/secret.txt', 'assets/%2e%2e%2f%2e%2e%2fsecret.txt', 'missing.js']) {
        assert.equal((await fetch(`${url}${path}`)).status, 404, path);
      }
    } finally {
      server.close();
    }
  });

  it('says so when the port is taken', async () => {
    const { server, url } = await serveStudio(dir, 0);
    try {
      await assert.rejects(serveStudio(dir, Number(new URL(url).port)), /port \d+ is taken: give another with --port/);
    } finally {
      server.close();
    }
  });
});
