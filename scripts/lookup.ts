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
  return response.hits.map(({doc, match}) => ({
    id: doc.id,
    status: doc.status,
    type: doc.type,
    message: doc.message,
    url: absoluteUrl(options.address, paths.error(doc.id), options.lang),
    match,
  }));
}

async function runJsonl(engine: SearchEngine, options: Options): Promise<void> {
  const lines = createInterface({input: process.stdin, crlfDelay: Infinity});
  for await (const line of lines) {
    if (!line.trim()) continue;
    let q: string;
    try {
      const parsed: unknown = JSON.parse(line);
      q =
        typeof parsed === 'object' && parsed !== null && typeof (parsed as {q?: unknown}).q === 'string'
          ? (parsed as {q: string}).q
          : '';
    } catch {
      process.stdout.write(
        `${JSON.stringify({q: null, error: 'not a JSON line with a "q" string', line: line.slice(0, 200)})}\n`,
      );
      continue;
    }
    const response = engine.search(q, {limit: options.limit});
    process.stdout.write(`${JSON.stringify({q, results: toResults(response, options)})}\n`);
  }
}

function printHuman(response: SearchResponse, options: Options): void {
  if (response.hits.length === 0) {
    console.log('No matching error.');
    return;
  }
  if (!response.exact) console.log('No exact match; the closest entries:\n');
  for (const result of toResults(response, options)) {
    const {doc} = response.hits.find((h) => h.doc.id === result.id)!;
    console.log(`${result.status} ${result.type || '-'}  ${result.message || '(status only)'}   [${result.match}]`);
    console.log(`    ${doc.summary[options.lang]}`);
    console.log(`    ${result.url}\n`);
  }
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const engine = new SearchEngine(buildSearchData(loadCatalog()));
  if (options.jsonl) return runJsonl(engine, options);
  if (!options.text.trim()) {
    console.error('Usage: npm run lookup -- "<error text>"   or   npm run lookup -- --jsonl < queries.jsonl');
    process.exitCode = 2;
    return;
  }
  printHuman(engine.search(options.text, {limit: options.limit}), options);
}

void main();
