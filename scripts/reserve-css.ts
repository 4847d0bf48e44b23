/**
 * Writes src/livelihood-charts.css (the room each chart of the tag list holds before its
 * script runs) from src/kit/reserve.ts. Run by `npm run tags`; test/data/snippet.test.ts
 * fails when the file is stale.
 */
import { writeFileSync } from 'node:fs';
import tags from '../src/charts/tags.json' with { type: 'json' };
import { reserveStylesheet } from '../src/kit/reserve.ts';

writeFileSync(new URL('../src/livelihood-charts.css', import.meta.url), reserveStylesheet(Object.keys(tags)));
console.log('wrote src/livelihood-charts.css');
