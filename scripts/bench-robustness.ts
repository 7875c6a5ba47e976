/**
 * Feeds the search 100,000 generated hostile queries (up to 100 KB each) and
 * reports failures and the slowest query. Exit code 1 if any query threw or
 * took longer than 50 ms.
 *   npm run bench:robustness [-- --count 100000 --seed 1]
 */
import {loadCatalog} from '../src/catalog';
import {buildSearchData} from '../src/search/documents';
import {publishedKnownQuestions} from '../src/search/known-questions';
import {SearchEngine} from '../src/search/engine';
import {hostileQuery, randomSource} from './lib/hostile-queries';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const count = arg('count', 100_000);
const seed = arg('seed', 1);
const LIMIT_MS = 50;

const engine = new SearchEngine(buildSearchData(loadCatalog(), publishedKnownQuestions));
// The engine's first searches compile its patterns and code once (about 30 ms for a first long paste, a cost of
// start-up, not of the input): a few ordinary queries pay it before the hostile ones are timed.
for (const q of [
  '群公告太长 返回 403',
  'HTTP/1.1 403 Forbidden {"error":"forbidden_op"}',
  `log ${'x'.repeat(5_000)} 403`,
])
  engine.search(q);
const random = randomSource(seed);
let thrown = 0;
let slow = 0;
let slowest = {ms: 0, length: 0, sample: ''};
let totalChars = 0;
const started = Date.now();
for (let i = 0; i < count; i++) {
  const q = hostileQuery(random, 100_000);
  totalChars += q.length;
  const t0 = process.hrtime.bigint();
  try {
    engine.search(q);
  } catch (error) {
    thrown += 1;
    if (thrown <= 5) console.error(`threw on query #${i} (length ${q.length}):`, error);
  }
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (ms > LIMIT_MS) slow += 1;
  if (ms > slowest.ms) slowest = {ms, length: q.length, sample: JSON.stringify(q.slice(0, 80))};
}
console.log(
  `${count} queries (${(totalChars / 1e6).toFixed(1)} M characters, seed ${seed}) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
console.log(
  `threw: ${thrown}; slower than ${LIMIT_MS} ms: ${slow}; slowest ${slowest.ms.toFixed(2)} ms (length ${slowest.length}) ${slowest.sample}`,
);
process.exitCode = thrown > 0 || slow > 0 ? 1 : 0;
