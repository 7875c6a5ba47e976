/**
 * Search benchmark: accuracy per kind of query on the tuning set (the
 * engine is tuned on it), the blind batches to tune on, and the evaluation sets
 * (never tuned on), side by side; latency per query; engine start-up time; the size of what the
 * browser downloads for search.
 *   npm run bench:search            (add --failures to list the misses of every set,
 *                                    --failures=tuning for those of the tuning sets only)
 */
import {passesTop1, type KindScore, type RelevanceOutcome} from '../src/search/relevance';
import {measureSearch, percentile, RELEVANCE_SETS, TUNING_SETS, type SearchFigures} from './lib/search-figures';

/** `blindBatch10` → "blind batch 10", `evaluation` → "evaluation". */
function labelOf(name: string): string {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([a-z])(\d)/g, '$1 $2')
    .toLowerCase();
}

const sets: [string, SearchFigures][] = Object.entries(RELEVANCE_SETS).map(([name, file]) => [
  labelOf(name),
  measureSearch(20, file),
]);
const tuning = sets[0][1];
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const ms = (x: number) => `${x.toFixed(3)} ms`;

function cell(row: KindScore | undefined): [string, string, string] {
  return row ? [String(row.count), pct(row.top1), pct(row.top5)] : ['', '', ''];
}

console.log(sets.map(([name, f]) => `${name} set: ${f.queries.length} queries`).join('; '));
const kinds = [...new Set(sets.flatMap(([, f]) => f.byKind.map((r) => r.kind)))];
const fixedLast = ['one right answer', 'one right answer, resolvable', 'not in catalog', 'all'];
const ordered = [...kinds.filter((k) => !fixedLast.includes(k)), ...fixedLast];
console.table(
  ordered.map((kind) => {
    const row: Record<string, string> = {kind};
    for (const [name, f] of sets) {
      const [n, top1, top5] = cell(f.byKind.find((r) => r.kind === kind));
      Object.assign(row, {[name]: n, [`${name} top-1`]: top1, [`${name} top-5`]: top5});
    }
    return row;
  }),
);
for (const [name, f] of sets) {
  console.log(
    `Latency (${name}), all ${f.latencies.length} runs: p50 ${ms(percentile(f.latencies, 50))}, p99 ${ms(percentile(f.latencies, 99))}, max ${ms(f.latencies.at(-1)!)}; median of each query: p50 ${ms(percentile(f.medians, 50))}, p99 ${ms(percentile(f.medians, 99))}`,
  );
}
console.log(`Engine start-up from data: median ${tuning.startup.toFixed(1)} ms`);
console.log(
  `Search data: ${(tuning.dataBytes.raw / 1024).toFixed(1)} KB raw, ${(tuning.dataBytes.gzip / 1024).toFixed(1)} KB gzip (${tuning.documents} entries, both languages)`,
);

const unresolved = sets.flatMap(([, f]) => f.outcomes.filter((o) => o.unresolved.length > 0));
if (unresolved.length > 0) {
  console.log(
    `\nExpectations that name no entry of the catalog (${unresolved.length} queries; each counts as a miss only if nothing else it expects is found):`,
  );
  for (const o of unresolved) console.log(`  [${o.query.kind}] ${JSON.stringify(o.unresolved)}`);
}

// Tuning on an evaluation set would stop it measuring: `--failures=tuning` shows only the tuning set's misses.
const failuresOf = process.argv.includes('--failures')
  ? sets.map(([name]) => name)
  : process.argv.includes('--failures=tuning')
    ? Object.entries(RELEVANCE_SETS)
        .filter(([, file]) => TUNING_SETS.includes(file))
        .map(([name]) => labelOf(name))
    : [];
for (const [name, f] of sets) {
  if (failuresOf.includes(name)) {
    console.log(`\nMisses of the ${name} set:`);
    for (const o of f.outcomes.filter((x) => !passesTop1(x))) printMiss(o);
  }
}

function printMiss(o: RelevanceOutcome): void {
  const cls = o.query.class ? ` class ${o.query.class}` : '';
  console.log(
    `\n[${o.query.kind}${cls}] ${JSON.stringify(o.query.q).slice(0, 160)}\n  expected ${o.expectedIds.join(', ') || (o.query.expected.length ? '(unresolved)' : '(no exact match)')}; got rank ${o.rank ?? '-'}, exact=${o.exact}: ${o.top.slice(0, 3).join(', ')}`,
  );
}
