/**
 * The quality numbers in one run, printed as a Markdown table:
 *   - build time of both locales,
 *   - bytes of the first load of two error pages and a module page (HTML, CSS, JS; raw, gzip, brotli),
 *   - on a throttled mobile profile in headless Chromium (4x CPU slowdown, 1.6 Mbit/s, 150 ms
 *     latency, 390x844 screen): first contentful paint, hydration, time to a first search result,
 *     and typing into the catalog table's filter with every entry shown,
 *   - Lighthouse's mobile preset on a typical and the heaviest error page and on two module pages
 *     (the groups page and the largest one, that one in English too): median and range of
 *     `--runs` runs (3), with the gap from first contentful paint to largest contentful paint;
 *     and, as the baseline to read them against, a one-page site of the same Docusaurus
 *     (scripts/framework-baseline),
 *   - search accuracy, latency and index size (as `npm run bench:search`).
 *   npm run bench [-- --skip-build] [-- --runs 3] [-- --write-readme]
 *   npm run bench -- --skip-build --bytes-only   (the first-load bytes alone)
 *   npm run bench -- --skip-build --lighthouse-only [-- --runs 3]   (Lighthouse alone)
 *
 *   npm run bench -- --scale 10 [-- --write-readme]
 *     builds today's catalog and a synthetic one ten times its size (CATALOG_SCALE) and puts
 *     their costs side by side: build time and peak memory, pages, first load of an error page,
 *     the main bundle, search data, engine start-up and latency, filtering the catalog table.
 */
import {execFile, execSync} from 'node:child_process';
import {promisify} from 'node:util';
import {existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {brotliCompressSync, gzipSync} from 'node:zlib';
import {chromium, type Page} from '@playwright/test';
import {loadCatalog} from '../src/catalog';
import {allModules} from '../src/catalog/modules';
import {scaleModules} from '../src/catalog/scale';
import {measureProcess} from './lib/measure-process';
import {chromiumLaunchOptions} from './lib/chromium';
import {EVALUATION_SETS, measureSearch, percentile, RELEVANCE_SETS, scoreSets} from './lib/search-figures';
import {serveBuild} from './lib/static-server';
import {paths, sitePath} from '../src/links';

/** A typical error page, and the heaviest one (returned by over a hundred endpoints). */
const TYPICAL_ERROR = paths.error('401-auth-bad-access-token-unable-authenticate-due-corrupt');
const HEAVIEST_ERROR = paths.error('404-resource-not-found-grpid-does-not-exist');
/** The English page of a site path. */
const englishOf = (sitePathInChinese: string) => sitePath('/', sitePathInChinese, 'en');

// `BENCH_PORT` when 3199 and the next port are taken.
const PORT = Number(process.env.BENCH_PORT ?? 3199);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const BUILD = path.resolve('build');
const argv = process.argv.slice(2);
const args = new Set(argv);
/** The number after a flag (`--runs 3`), or the fallback. */
function numberArg(flag: string, fallback: number): number {
  const index = argv.indexOf(flag);
  const value = index >= 0 ? Number(argv[index + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`${flag} takes a whole number, not "${argv[index + 1]}"`);
  return value;
}
const LIGHTHOUSE_RUNS = numberArg('--runs', 3);
const SCALE = numberArg('--scale', 1);
const rows: [string, string][] = [];
const note = (what: string, value: string) => {
  rows.push([what, value]);
  console.error(`${what}: ${value}`);
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function measureBuild(): void {
  if (args.has('--skip-build') && existsSync(BUILD)) return;
  execSync('npx docusaurus clear', {stdio: 'ignore'});
  const started = Date.now();
  execSync('npx docusaurus build', {stdio: 'ignore'});
  note('Build, both locales (cold)', `${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** The built file behind a URL path, as `docusaurus serve` maps it. */
function fileOf(urlPath: string, dir = BUILD): string | undefined {
  const clean = decodeURIComponent(urlPath.split('?')[0]);
  for (const candidate of [clean, `${clean}.html`, path.join(clean, 'index.html')]) {
    const file = path.join(dir, candidate);
    if (existsSync(file) && !file.endsWith('/')) return file;
  }
  return undefined;
}

type Bytes = {raw: number; gzip: number; brotli: number};

function bytesOf(urlPaths: Iterable<string>, kinds: string[], dir = BUILD): Record<string, Bytes> {
  const totals: Record<string, Bytes> = Object.fromEntries(kinds.map((k) => [k, {raw: 0, gzip: 0, brotli: 0}]));
  for (const p of new Set(urlPaths)) {
    const file = fileOf(p, dir);
    const kind = file && kinds.find((k) => file.endsWith(`.${k}`));
    if (!file || !kind) continue;
    const bytes = readFileSync(file);
    totals[kind].raw += bytes.length;
    totals[kind].gzip += gzipSync(bytes).length;
    totals[kind].brotli += brotliCompressSync(bytes).length;
  }
  return totals;
}

/**
 * What a page needs to render and hydrate (HTML, CSS, JS), apart from what Docusaurus
 * prefetches afterwards, while idle, for the links on screen.
 */
async function loadBytes(page: Page, urlPath: string, origin = ORIGIN, dir = BUILD) {
  const needed: string[] = [];
  const prefetched: string[] = [];
  page.on('requestfinished', async (r) => {
    const purpose = (await r.allHeaders())['sec-purpose'] ?? '';
    (purpose.includes('prefetch') ? prefetched : needed).push(new URL(r.url()).pathname);
  });
  await page.goto(`${origin}${urlPath}`, {waitUntil: 'load'});
  // The bundles start once the page has painted (paint-first.ts): count them, and what hydration fetches.
  await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true', null, {timeout: 60_000});
  await page.waitForLoadState('networkidle');
  page.removeAllListeners('requestfinished');
  const t = bytesOf(needed, ['html', 'css', 'js'], dir);
  const total = (k: keyof Bytes) => t.html[k] + t.css[k] + t.js[k];
  return {t, total, later: bytesOf(prefetched, ['js'], dir).js};
}

async function firstLoad(page: Page, urlPath: string): Promise<void> {
  const {t, total, later} = await loadBytes(page, urlPath);
  note(
    `First load of ${urlPath} (HTML + CSS + JS)`,
    `${kb(total('gzip'))} gzip (${kb(total('raw'))} raw, ${kb(total('brotli'))} brotli): HTML ${kb(t.html.gzip)}, CSS ${kb(t.css.gzip)}, JS ${kb(t.js.gzip)} gzip; ` +
      `then prefetched while idle: ${kb(later.gzip)} gzip`,
  );
}

/** The mobile profile: 4x CPU slowdown, 1.6 Mbit/s down, 150 ms latency. */
async function throttle(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: 200_000,
    uploadThroughput: 90_000,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', {rate: 4});
}

/**
 * The catalog table with every entry on it, on the mobile profile: a filter typed key by key.
 * Reports the longest main-thread task while typing (what makes keys feel stuck) and the
 * time from the last key to the filtered count.
 */
async function catalogFiltering(page: Page): Promise<void> {
  const {longest, filteredAfter} = await filterCatalog(page);
  note(
    'Mobile profile, /en/errors (every entry): filter typed key by key',
    `longest task while typing ${longest.toFixed(0)} ms; filtered ${filteredAfter.toFixed(0)} ms after the last key`,
  );
}

async function filterCatalog(page: Page, origin = ORIGIN): Promise<{longest: number; filteredAfter: number}> {
  await throttle(page);
  await page.goto(`${origin}${sitePath('/', paths.errors(), 'en')}`, {waitUntil: 'load'});
  await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
  await page.evaluate(() => {
    const w = window as unknown as {longTasks: number[]};
    w.longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(e.duration))).observe({
      type: 'longtask',
    });
  });
  const count = () => document.querySelector('[aria-live="polite"]')?.textContent ?? '';
  const unfiltered = await page.evaluate(count);
  const box = page.getByLabel('Filter');
  await box.pressSequentially('token expired', {delay: 80});
  const lastKeyAt = await page.evaluate(() => performance.now());
  // Filtered: the count line changed from the one showing every entry.
  await page.waitForFunction((before) => {
    const text = document.querySelector('[aria-live="polite"]')?.textContent ?? '';
    return /^Showing [0-9]+ of/.test(text) && text !== before;
  }, unfiltered);
  const shownAt = await page.evaluate(() => performance.now());
  const longest = await page.evaluate(() => Math.max(0, ...(window as unknown as {longTasks: number[]}).longTasks));
  return {longest, filteredAfter: shownAt - lastKeyAt};
}

async function mobileTimings(page: Page, urlPath: string): Promise<void> {
  await throttle(page);
  await page.goto(`${ORIGIN}${urlPath}`, {waitUntil: 'load'});
  const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);
  await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
  const hydrated = await page.evaluate(() => performance.now());
  await page.getByRole('button', {name: /搜索错误|Search errors/}).click();
  const box = page.getByRole('dialog').getByRole('combobox');
  const typedAt = await page.evaluate(() => performance.now());
  await box.fill('grpID 1928374650 does not exist!');
  await page.getByRole('option').first().waitFor();
  const resultAt = await page.evaluate(() => performance.now());
  note(`Mobile profile, ${urlPath}: first contentful paint`, `${fcp.toFixed(0)} ms`);
  note(`Mobile profile, ${urlPath}: page interactive (hydrated)`, `${hydrated.toFixed(0)} ms`);
  note(
    `Mobile profile, ${urlPath}: first search result, from first use`,
    `${(resultAt - typedAt).toFixed(0)} ms (at ${resultAt.toFixed(0)} ms)`,
  );
}

function searchFigures(): void {
  const f = measureSearch();
  const score = (row: {top1: number; top5: number}) =>
    `${(100 * row.top1).toFixed(1)}% / ${(100 * row.top5).toFixed(1)}%`;
  // The search learns from the tuning set's questions (src/search/known-questions.ts): only the evaluation sets
  // measure questions it has not seen.
  for (const row of f.byKind)
    note(`Search top-1 / top-5, tuning set (learnt from), ${row.kind} (${row.count})`, score(row));
  scoreSets(EVALUATION_SETS).forEach((rows, k) => {
    const row = rows.find((r) => r.kind === 'one right answer');
    const file = path.basename(EVALUATION_SETS[k]);
    if (row) note(`Search top-1 / top-5, ${file} (never learnt from), one right answer (${row.count})`, score(row));
  });
  const ms = (x: number) => `${x.toFixed(3)} ms`;
  note(
    'Search latency, all runs: p50 / p99',
    `${ms(percentile(f.latencies, 50))} / ${ms(percentile(f.latencies, 99))}`,
  );
  note(
    'Search latency, median of each query: p50 / p99',
    `${ms(percentile(f.medians, 50))} / ${ms(percentile(f.medians, 99))}`,
  );
  note('Search engine start-up from its data (in the worker)', `${f.startup.toFixed(0)} ms`);
  note('Search data (index tokenised at build time)', `${kb(f.dataBytes.gzip)} gzip (${kb(f.dataBytes.raw)} raw)`);
  const first = searchFirstUse();
  note(
    'Search, downloaded on first use (worker script + data file)',
    `${kb(first.worker + first.data)} gzip: worker ${kb(first.worker)}, data ${kb(first.data)}`,
  );
}

/** What the browser downloads when search is first reached, as built: the worker's script and the data it fetches. */
function searchFirstUse(dir = BUILD): {worker: number; data: number} {
  const gzipOf = (folder: string, pattern: RegExp) => {
    const name = readdirSync(path.join(dir, folder)).find((f) => pattern.test(f));
    if (!name) throw new Error(`no ${pattern} in ${path.join(dir, folder)}: build the site first`);
    return gzipSync(readFileSync(path.join(dir, folder, name))).length;
  };
  return {
    worker: gzipOf('assets/js', /^search-worker\.[^.]+\.js$/),
    data: gzipOf('assets/search', /^search-data\.[^.]+\.json$/),
  };
}

async function main(): Promise<void> {
  if (SCALE > 1) return scaleBench(SCALE);
  measureBuild();
  const server = await serveBuild(BUILD, PORT);
  try {
    if (args.has('--lighthouse-only')) {
      for (const urlPath of LIGHTHOUSE_PAGES()) await lighthouse(urlPath);
      await frameworkBaseline();
      return print();
    }
    const browser = await chromium.launch(chromiumLaunchOptions);
    for (const urlPath of [TYPICAL_ERROR, englishOf(TYPICAL_ERROR), HEAVIEST_ERROR, paths.module('groups')]) {
      const page = await browser.newPage();
      await firstLoad(page, urlPath);
      await page.close();
    }
    if (args.has('--bytes-only')) return print();
    const page = await browser.newPage({viewport: {width: 390, height: 844}, isMobile: true, hasTouch: true});
    await mobileTimings(page, HEAVIEST_ERROR);
    const tablePage = await browser.newPage({viewport: {width: 390, height: 844}, isMobile: true, hasTouch: true});
    await catalogFiltering(tablePage);
    await browser.close();
    for (const urlPath of LIGHTHOUSE_PAGES()) await lighthouse(urlPath);
    await frameworkBaseline();
  } finally {
    server.close();
  }
  searchFigures();
  print();
}

interface LighthouseResult {
  categories: Record<string, {title: string; score: number}>;
  audits: Record<string, {numericValue?: number}>;
}

/** One run of Lighthouse's mobile preset (its default), in Debian's Chromium. */
async function lighthouseRun(urlPath: string, origin = ORIGIN): Promise<LighthouseResult> {
  const report = path.join(os.tmpdir(), 'lighthouse-report.json');
  // Asynchronous: the static server lives in this process and must keep answering.
  await promisify(execFile)(
    'npx',
    [
      'lighthouse',
      `${origin}${urlPath}`,
      '--quiet',
      '--output=json',
      `--output-path=${report}`,
      `--chrome-flags=--headless=new ${chromiumLaunchOptions.args.join(' ')}`,
    ],
    {env: {...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'}, timeout: 180_000},
  );
  return JSON.parse(readFileSync(report, 'utf8')) as LighthouseResult;
}

const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)];
const spread = (values: number[]) =>
  Math.min(...values) === Math.max(...values) ? '' : ` (runs ${Math.min(...values)}-${Math.max(...values)})`;

/**
 * A typical error page, the heaviest one (returned by over a hundred endpoints), the groups
 * module page and the largest module page (the most endpoints and rows), and the largest
 * module page in English: the same page with little Chinese text, whose first layout and
 * paint cost less than half as much where Chinese fonts are slow to set up.
 */
const LIGHTHOUSE_PAGES = () => [
  TYPICAL_ERROR,
  HEAVIEST_ERROR,
  paths.module('groups'),
  largestModulePage(),
  englishOf(largestModulePage()),
];

/**
 * The baseline: a one-page site of the same Docusaurus with the classic preset, built apart and
 * measured in the same run. It is the framework as it comes; the reference's pages carry more
 * content and less script than the framework's defaults (paint-first, Prism only where code is
 * shown, blocks hydrated when needed), so they can score above it as well as below.
 */
async function frameworkBaseline(): Promise<void> {
  const siteDir = path.resolve('scripts/framework-baseline');
  const outDir = path.join(os.tmpdir(), 'framework-baseline-build');
  execSync(`npx docusaurus build ${JSON.stringify(siteDir)} --out-dir ${JSON.stringify(outDir)}`, {stdio: 'ignore'});
  const port = PORT + 2;
  const server = await serveBuild(outDir, port);
  try {
    await lighthouse('/', `http://127.0.0.1:${port}`, 'a one-page Docusaurus site (the framework as it comes)');
  } finally {
    server.close();
  }
}

/** The module page with the most HTML: the most endpoints and rows to render and hydrate. */
function largestModulePage(): string {
  const dir = path.join(BUILD, 'modules');
  const [largest] = readdirSync(dir)
    .filter((name) => name.endsWith('.html'))
    .map((name) => ({name, size: statSync(path.join(dir, name)).size}))
    .sort((a, b) => b.size - a.size);
  return paths.module(largest.name.replace(/\.html$/, ''));
}

/** Lighthouse scores vary from run to run on a shared machine: the median and range of several runs. */
async function lighthouse(urlPath: string, origin = ORIGIN, label = urlPath): Promise<void> {
  const runs: LighthouseResult[] = [];
  for (let i = 0; i < LIGHTHOUSE_RUNS; i++) runs.push(await lighthouseRun(urlPath, origin));
  const scores = Object.entries(runs[0].categories).map(([key, c]) => {
    const all = runs.map((r) => Math.round(r.categories[key].score * 100));
    return `${c.title} ${median(all)}${spread(all)}`;
  });
  const value = (r: LighthouseResult, audit: string) => r.audits[audit].numericValue ?? NaN;
  const ms = (audit: string) => `${median(runs.map((r) => value(r, audit))).toFixed(0)} ms`;
  // How long the largest paint trails the first one: the page's main content should come at once.
  const gaps = runs.map((r) => Math.round(value(r, 'largest-contentful-paint') - value(r, 'first-contentful-paint')));
  note(
    `Lighthouse, mobile preset, ${label} (median of ${LIGHTHOUSE_RUNS})`,
    `${scores.join(', ')} (FCP ${ms('first-contentful-paint')}, LCP ${ms('largest-contentful-paint')}, ` +
      `FCP→LCP ${median(gaps)} ms${spread(gaps)}, TBT ${ms('total-blocking-time')})`,
  );
}

/** Bytes with one decimal, in the unit that fits. */
const size = (bytes: number) =>
  bytes >= 1024 ** 3 ? `${(bytes / 1024 ** 3).toFixed(2)} GiB` : `${(bytes / 1024 ** 2).toFixed(0)} MiB`;

interface ScaleFigures {
  pages: number;
  buildMs: number;
  peakBytes: number;
  errorPageGzip: number;
  errorPageJsGzip: number;
  mainBundleGzip: number;
  searchGzip: number;
  startup: number;
  p50: number;
  p99: number;
  tableLongest: number;
  tableFiltered: number;
}

const SCALE_ERROR_PAGE = TYPICAL_ERROR;

/** One catalog size: a build of both locales into a folder of its own, then what it costs. */
async function measureAtScale(factor: number, port: number): Promise<ScaleFigures> {
  const dir = path.join(os.tmpdir(), `im-errors-bench-scale-${factor}`);
  rmSync(dir, {recursive: true, force: true});
  console.error(`» Building both locales at ${factor}× the catalog…`);
  const build = await measureProcess('npx', ['docusaurus', 'build', '--out-dir', dir], {
    ...process.env,
    CATALOG_SCALE: String(factor),
  });
  const pages = readdirSync(dir, {recursive: true}).filter((f) => String(f).endsWith('.html')).length;
  const mainBundle = readdirSync(path.join(dir, 'assets/js')).find((f) => /^main\..*\.js$/.test(f))!;
  const server = await serveBuild(dir, port);
  const origin = `http://127.0.0.1:${port}`;
  try {
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu'],
    });
    const page = await browser.newPage();
    const load = await loadBytes(page, SCALE_ERROR_PAGE, origin, dir);
    const phone = await browser.newPage({viewport: {width: 390, height: 844}, isMobile: true, hasTouch: true});
    const table = await filterCatalog(phone, origin);
    await browser.close();
    const search = measureSearch(5, RELEVANCE_SETS.tuning, loadCatalog(scaleModules(allModules, factor)));
    return {
      pages,
      buildMs: build.ms,
      peakBytes: build.peakBytes,
      errorPageGzip: load.total('gzip'),
      errorPageJsGzip: load.t.js.gzip,
      mainBundleGzip: gzipSync(readFileSync(path.join(dir, 'assets/js', mainBundle))).length,
      searchGzip: search.dataBytes.gzip,
      startup: search.startup,
      p50: percentile(search.latencies, 50),
      p99: percentile(search.latencies, 99),
      tableLongest: table.longest,
      tableFiltered: table.filteredAfter,
    };
  } finally {
    server.close();
    rmSync(dir, {recursive: true, force: true});
  }
}

/** Today's catalog beside one `factor` times its size, with how much each figure grew. */
async function scaleBench(factor: number): Promise<void> {
  const today = await measureAtScale(1, PORT);
  const scaled = await measureAtScale(factor, PORT + 1);
  const growth = (a: number, b: number) => `×${(b / a).toFixed(1)}`;
  const row = (what: string, pick: (f: ScaleFigures) => number, show: (v: number) => string) =>
    `| ${what} | ${show(pick(today))} | ${show(pick(scaled))} | ${growth(pick(today), pick(scaled))} |`;
  const ms = (v: number) => `${v.toFixed(0)} ms`;
  const ms3 = (v: number) => `${v.toFixed(3)} ms`;
  const table = [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${machine()} by \`npm run bench -- --scale ${factor}\`.`,
    '',
    `| measure | today | ${factor}× the catalog | growth |`,
    '| --- | --- | --- | --- |',
    row('Pages, both locales', (f) => f.pages, String),
    row(
      'Build, both locales',
      (f) => f.buildMs,
      (v) => `${(v / 1000).toFixed(0)} s`,
    ),
    row('Build, peak memory (all processes)', (f) => f.peakBytes, size),
    row(`First load of ${SCALE_ERROR_PAGE} (gzip)`, (f) => f.errorPageGzip, kb),
    row('… of which JavaScript (gzip)', (f) => f.errorPageJsGzip, kb),
    row('… of which the main bundle, with the route table (gzip)', (f) => f.mainBundleGzip, kb),
    row('Search data (gzip)', (f) => f.searchGzip, kb),
    row('Search engine start-up', (f) => f.startup, ms),
    row('Search latency p50', (f) => f.p50, ms3),
    row('Search latency p99', (f) => f.p99, ms3),
    row('Catalog table, mobile profile: longest task while typing a filter', (f) => f.tableLongest, ms),
    row('Catalog table, mobile profile: filtered after the last key', (f) => f.tableFiltered, ms),
  ].join('\n');
  console.log(table);
  if (args.has('--write-readme')) writeReadmeSection('bench-scale', table);
}

const machine = () => `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;

/** Replaces what stands between `<!-- name:start -->` and `<!-- name:end -->` in the README. */
function writeReadmeSection(name: string, table: string): void {
  const readme = readFileSync('README.md', 'utf8');
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  if (!readme.includes(start)) throw new Error(`README.md has no ${start} … ${end} section to write into`);
  writeFileSync(
    'README.md',
    readme.replace(new RegExp(`${start}[\\s\\S]*${end}`), () => `${start}\n${table}\n${end}`),
  );
}

function print(): void {
  const table = [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${machine()} by \`npm run bench\`.`,
    '',
    '| measure | value |',
    '| --- | --- |',
    ...rows.map(([a, b]) => `| ${a} | ${b} |`),
  ].join('\n');
  console.log(table);
  if (args.has('--write-readme')) writeReadmeSection('bench', table);
}

void main();
