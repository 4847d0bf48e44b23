import type { Dataset, Observation, Region } from '../../src/data/types.js';

export const SYNTHETIC_INDICATOR = 'bench_facilities';

/**
 * A valid `livelihood/1` dataset with one indicator reported by `n` regions, for timing
 * charts at a chosen size. Values are deterministic (a fixed LCG), so every library and
 * every run draws the same bars.
 */
export function syntheticDataset(n: number): Dataset {
  let seed = 42;
  const random = () => (seed = (seed * 1664525 + 1013904223) % 4294967296) / 4294967296;
  const regions: Region[] = Array.from({ length: n }, (_, i) => ({
    id: `r${i}`,
    name: { zh: `测试地区${i + 1}`, en: `Region ${i + 1}` },
    level: 'prefecture',
  }));
  const observations: Observation[] = regions.map((region, i) => {
    const value = Math.round(10 + random() * 9990);
    const raw = `${value}个`;
    const quote = `全市建成便民服务设施${raw}。`;
    return {
      id: `bench-${i}`,
      indicator: SYNTHETIC_INDICATOR,
      region: region.id,
      source: 'bench',
      value,
      qualifier: i % 7 === 3 ? 'over' : 'exact',
      unit: '个',
      raw,
      subject: '便民服务设施',
      category: 'services',
      period: { label: '2024', start: '2024-01-01', end: '2024-12-31' },
      span: [i * 20, i * 20 + raw.length],
      quote,
      quoteSpan: [10, 10 + raw.length],
    };
  });
  return {
    schema: 'livelihood/1',
    sources: [
      {
        id: 'bench',
        file: 'bench.txt',
        title: '基准测试数据',
        publisher: '基准测试',
        published: '2024-12-31',
        publishedFrom: 'manifest',
        region: 'r0',
        url: null,
        sha256: '0'.repeat(64),
        bytes: n * 20,
      },
    ],
    regions,
    categories: [{ id: 'services', name: { zh: '便民服务', en: 'Services' } }],
    indicators: [
      {
        id: SYNTHETIC_INDICATOR,
        name: { zh: '便民服务设施', en: 'Service facilities' },
        category: 'services',
        unit: '个',
        kind: 'count',
        canonical: true,
      },
    ],
    observations,
    skipped: [],
  };
}
