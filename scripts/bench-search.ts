/**
 * Search benchmark: accuracy on the committed relevance set per kind of
 * query, latency per query, engine start-up time, and the size of what the
 * browser downloads for search.
 *   npm run bench:search            (add --failures to list the misses)
 */
import {passesTop1} from '../src/search/relevance';
import {measureSearch, percentile} from './lib/search-figures';

const f = measureSearch();
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const ms = (x: number) => `${x.toFixed(3)} ms`;
console.log(`Relevance set: ${f.queries.length} queries`);
console.table(f.byKind.map((r) => ({kind: r.kind, queries: r.count, 'top-1': pct(r.top1), 'top-5': pct(r.top5)})));
console.log(
  `Latency, all ${f.latencies.length} runs: p50 ${ms(percentile(f.latencies, 50))}, p99 ${ms(percentile(f.latencies, 99))}, max ${ms(f.latencies.at(-1)!)}`,
);
console.log(
  `Latency, median of each query: p50 ${ms(percentile(f.medians, 50))}, p99 ${ms(percentile(f.medians, 99))}, slowest ${ms(f.medians.at(-1)!)}`,
);
console.log(`Engine start-up from data: median ${f.startup.toFixed(1)} ms`);
console.log(
  `Search data: ${(f.dataBytes.raw / 1024).toFixed(1)} KB raw, ${(f.dataBytes.gzip / 1024).toFixed(1)} KB gzip (${f.documents} entries, both languages)`,
);

if (process.argv.includes('--failures')) {
  for (const o of f.outcomes.filter((x) => !passesTop1(x))) {
    console.log(
      `\n[${o.query.kind}] ${JSON.stringify(o.query.q).slice(0, 160)}\n  expected ${o.query.expected.join(', ') || '(no exact match)'}; got rank ${o.rank ?? '-'}, exact=${o.exact}: ${o.top.slice(0, 3).join(', ')}`,
    );
  }
}
