/**
 * Search benchmark: accuracy on the committed relevance set per kind of
 * query, latency per query, engine start-up time, and the size of what the
 * browser downloads for search.
 *   npm run bench:search            (add --failures to list the misses)
 */
import {readFileSync} from 'node:fs';
import {gzipSync} from 'node:zlib';
import {loadCatalog} from '../src/catalog';
import {buildSearchData} from '../src/search/documents';
import {SearchEngine} from '../src/search/engine';
import {passesTop1, runRelevance, scoreByKind, type RelevanceQuery} from '../src/search/relevance';

const queries: RelevanceQuery[] = JSON.parse(readFileSync('tests/relevance/queries.json', 'utf8'));
const data = buildSearchData(loadCatalog());

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function time<T>(fn: () => T): [T, number] {
  const start = process.hrtime.bigint();
  const value = fn();
  return [value, Number(process.hrtime.bigint() - start) / 1e6];
}

// Start-up: building the engine (FlexSearch index, matchers) from the shipped data.
const startups: number[] = [];
let engine!: SearchEngine;
for (let i = 0; i < 15; i++) {
  const [built, ms] = time(() => new SearchEngine(data));
  engine = built;
  startups.push(ms);
}
startups.sort((a, b) => a - b);

// Accuracy.
const outcomes = runRelevance(engine, queries);
const rows = scoreByKind(outcomes);

// Latency: every query, warmed up, 20 rounds. Reported over all runs, and as
// each query's median (which a garbage-collection pause cannot skew).
for (const q of queries) engine.search(q.q);
const latencies: number[] = [];
const perQuery: number[][] = queries.map(() => []);
for (let round = 0; round < 20; round++) {
  queries.forEach((q, i) => {
    const ms = time(() => engine.search(q.q))[1];
    latencies.push(ms);
    perQuery[i].push(ms);
  });
}
latencies.sort((a, b) => a - b);
const medians = perQuery.map((runs) => percentile(runs.sort((a, b) => a - b), 50)).sort((a, b) => a - b);

const json = JSON.stringify(data);
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
console.log(`Relevance set: ${queries.length} queries`);
console.table(rows.map((r) => ({kind: r.kind, queries: r.count, 'top-1': pct(r.top1), 'top-5': pct(r.top5)})));
console.log(`Latency, all ${latencies.length} runs: p50 ${percentile(latencies, 50).toFixed(3)} ms, p99 ${percentile(latencies, 99).toFixed(3)} ms, max ${latencies.at(-1)!.toFixed(3)} ms`);
console.log(`Latency, median of each query: p50 ${percentile(medians, 50).toFixed(3)} ms, p99 ${percentile(medians, 99).toFixed(3)} ms, slowest ${medians.at(-1)!.toFixed(3)} ms`);
console.log(`Engine start-up from data: median ${percentile(startups, 50).toFixed(1)} ms`);
console.log(`Search data: ${(json.length / 1024).toFixed(1)} KB raw, ${(gzipSync(json).length / 1024).toFixed(1)} KB gzip (${data.documents.length} entries, both languages)`);

if (process.argv.includes('--failures')) {
  for (const o of outcomes.filter((x) => !passesTop1(x))) {
    console.log(`\n[${o.query.kind}] ${JSON.stringify(o.query.q).slice(0, 160)}\n  expected ${o.query.expected.join(', ') || '(no exact match)'}; got rank ${o.rank ?? '-'}, exact=${o.exact}: ${o.top.slice(0, 3).join(', ')}`);
  }
}
