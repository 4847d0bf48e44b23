import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { onDemand } from '../../src/kit/element/on-demand.js';

describe('onDemand', () => {
  it('imports once for every caller, and gives the module synchronously once loaded', async () => {
    let imports = 0;
    const mod = onDemand(async () => ({ n: ++imports }));
    assert.equal(mod.loaded(), undefined);
    const [a, b] = await Promise.all([mod.load(), mod.load()]);
    assert.equal(a, b);
    assert.equal(imports, 1);
    assert.equal(mod.loaded(), a);
  });

  it('tries again after a failed import', async () => {
    let attempts = 0;
    const mod = onDemand(async () => {
      if (++attempts === 1) throw new Error('offline');
      return { ok: true };
    });
    await assert.rejects(mod.load(), /offline/);
    assert.equal(mod.loaded(), undefined);
    assert.deepEqual(await mod.load(), { ok: true });
    assert.equal(attempts, 2);
  });
});
