/**
 * The site's search engine on the command line.
 *
 *   npm run lookup -- "<anything pasted>"          best entries with their links
 *   npm run lookup -- --jsonl < queries.jsonl       one {"q": "..."} per line in,
 *                                                   one {"q", "results": [...]} per line out
 * Options: --lang en (English links), --base-url <url> (where the site is published, with
 * its base path; default SITE_URL and BASE_URL from the environment), --limit <n> (default 10).
 */
import {createInterface} from 'node:readline';
import {loadCatalog} from '../src/catalog';
import {buildSearchData} from '../src/search/documents';
import {publishedKnownQuestions} from '../src/search/known-questions';
import {SearchEngine, type SearchResponse} from '../src/search/engine';
import {absoluteUrl, paths, siteAddressFromEnv, siteAddressFromUrl, type SiteAddress} from '../src/links';

interface Options {
  jsonl: boolean;
  lang: 'zh' | 'en';
  address: SiteAddress;
  limit: number;
  text: string;
}

function parseArgs(argv: string[]): Options {
  const options: Options = {jsonl: false, lang: 'zh', address: siteAddressFromEnv(process.env), limit: 10, text: ''};
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--jsonl') options.jsonl = true;
    else if (arg === '--lang') options.lang = argv[++i] === 'en' ? 'en' : 'zh';
    else if (arg === '--base-url') options.address = addressArg(argv[++i]);
    else if (arg === '--limit') options.limit = Math.max(1, Number(argv[++i]) || 10);
    else rest.push(arg);
  }
  options.text = rest.join(' ');
  return options;
}

/** The value of --base-url; a value that is not an http(s) address stops with a clear message. */
function addressArg(value: string | undefined): SiteAddress {
  const address = value === undefined ? undefined : siteAddressFromUrl(value);
  if (!address) {
    console.error(
      `--base-url needs a full http(s) address, such as https://docs.example.org/im-errors (got ${value ?? 'nothing'})`,
    );
    process.exit(2);
  }
  return address;
}

function toResults(response: SearchResponse, options: Options) {
  return response.hits.map(({doc, match, endpoint}) => ({
    id: doc.id,
    status: doc.status,
    type: doc.type,
    message: doc.message,
    url: absoluteUrl(options.address, paths.error(doc.id), options.lang),
    match,
    // The pasted request's endpoint, when this entry is one it returns.
    endpoint: endpoint ?? null,
    provenance: doc.provenance,
    ...(doc.older && {older: true}),
    ...(doc.partial && {partial: true}),
  }));
}

/** What one `--jsonl` input line asks: its query, or why it has none. */
type LineRequest = {q: string} | {error: string};

/** Reads one `--jsonl` line; never throws, so one bad line cannot stop the stream. */
function readLine(line: string): LineRequest {
  if (!line.trim()) return {error: 'empty line'};
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return {error: 'not valid JSON'};
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return {error: 'not a JSON object: expected {"q": "<text>"}'};
  }
  const q: unknown = (parsed as {q?: unknown}).q;
  if (typeof q !== 'string') return {error: 'no "q" string: expected {"q": "<text>"}'};
  return {q};
}

/** The output line for one input line: results, or an error object naming the line. */
function answerLine(engine: SearchEngine, options: Options, line: string, lineNumber: number): string {
  const request = readLine(line);
  if ('error' in request) {
    return JSON.stringify({q: null, error: request.error, line: lineNumber, input: line.slice(0, 200)});
  }
  try {
    const response = engine.search(request.q, {limit: options.limit});
    const endpoint = response.endpoint?.id ?? null;
    return JSON.stringify({q: request.q, endpoint, results: toResults(response, options)});
  } catch (error) {
    // The engine is built not to throw; if it ever does, this line says so and the next lines still run.
    return JSON.stringify({q: request.q, error: `search failed: ${String(error)}`, line: lineNumber});
  }
}

/** One output line per input line, in order; a byte-order mark some editors put first is dropped. */
async function runJsonl(engine: SearchEngine, options: Options): Promise<void> {
  const lines = createInterface({input: process.stdin, crlfDelay: Infinity});
  let lineNumber = 0;
  for await (const raw of lines) {
    lineNumber += 1;
    const line = lineNumber === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    process.stdout.write(`${answerLine(engine, options, line, lineNumber)}\n`);
  }
}

/**
 * A reader that stops early (`| head -1`) closes the pipe: that is not a
 * failure, so stop quietly with success instead of printing a stack trace.
 */
function exitQuietlyOnClosedPipe(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}

function printHuman(response: SearchResponse, options: Options): void {
  if (response.hits.length === 0) {
    console.log('No matching error.');
    return;
  }
  if (response.endpoint)
    console.log(`Endpoint: ${response.endpoint.method} ${response.endpoint.path} (${response.endpoint.id})\n`);
  if (!response.exact) console.log('No exact match; the closest entries:\n');
  for (const result of toResults(response, options)) {
    const {doc} = response.hits.find((h) => h.doc.id === result.id)!;
    const marks = [result.match, result.provenance === 'observed' && 'observed, undocumented', doc.older && 'older'];
    console.log(
      `${result.status} ${result.type || '-'}  ${result.message || '(status only)'}   [${marks.filter(Boolean).join('; ')}]`,
    );
    console.log(`    ${doc.summary[options.lang]}`);
    console.log(`    ${result.url}\n`);
  }
}

async function main(): Promise<void> {
  exitQuietlyOnClosedPipe();
  const options = parseArgs(process.argv.slice(2));
  const engine = new SearchEngine(buildSearchData(loadCatalog(), publishedKnownQuestions));
  if (options.jsonl) return runJsonl(engine, options);
  if (!options.text.trim()) {
    console.error('Usage: npm run lookup -- "<error text>"   or   npm run lookup -- --jsonl < queries.jsonl');
    process.exitCode = 2;
    return;
  }
  printHuman(engine.search(options.text, {limit: options.limit}), options);
}

void main();
