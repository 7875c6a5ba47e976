/**
 * The quality numbers in one run, printed as a Markdown table:
 *   - build time of both locales,
 *   - bytes of the first load of two error pages and a module page (HTML, CSS, JS; raw, gzip, brotli),
 *   - on a throttled mobile profile in headless Chromium (4x CPU slowdown, 1.6 Mbit/s, 150 ms
 *     latency, 390x844 screen): first contentful paint, hydration, time to a first search result,
 *     and typing into the catalog table's filter with every entry shown,
 *   - Lighthouse's mobile preset on a typical and the heaviest error page (median of five runs),
 *   - search accuracy, latency and index size (as `npm run bench:search`).
 *   npm run bench [-- --skip-build] [-- --write-readme]
 */
import {execFile, execSync} from 'node:child_process';
import {promisify} from 'node:util';
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {brotliCompressSync, gzipSync} from 'node:zlib';
import {chromium, type Page} from '@playwright/test';
import {measureSearch, percentile} from './lib/search-figures';
import {serveBuild} from './lib/static-server';
import {paths, sitePath} from '../src/links';

/** A typical error page, and the heaviest one (returned by over a hundred endpoints). */
const TYPICAL_ERROR = paths.error('401-auth-bad-access-token-unable-authenticate-due-corrupt');
const HEAVIEST_ERROR = paths.error('404-resource-not-found-grpid-does-exist');

const PORT = 3199;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const BUILD = path.resolve('build');
const args = new Set(process.argv.slice(2));
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
function fileOf(urlPath: string): string | undefined {
  const clean = decodeURIComponent(urlPath.split('?')[0]);
  for (const candidate of [clean, `${clean}.html`, path.join(clean, 'index.html')]) {
    const file = path.join(BUILD, candidate);
    if (existsSync(file) && !file.endsWith('/')) return file;
  }
  return undefined;
}

type Bytes = {raw: number; gzip: number; brotli: number};

function bytesOf(urlPaths: Iterable<string>, kinds: string[]): Record<string, Bytes> {
  const totals: Record<string, Bytes> = Object.fromEntries(kinds.map((k) => [k, {raw: 0, gzip: 0, brotli: 0}]));
  for (const p of new Set(urlPaths)) {
    const file = fileOf(p);
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
async function firstLoad(page: Page, urlPath: string): Promise<void> {
  const needed: string[] = [];
  const prefetched: string[] = [];
  page.on('requestfinished', async (r) => {
    const purpose = (await r.allHeaders())['sec-purpose'] ?? '';
    (purpose.includes('prefetch') ? prefetched : needed).push(new URL(r.url()).pathname);
  });
  await page.goto(`${ORIGIN}${urlPath}`, {waitUntil: 'networkidle'});
  page.removeAllListeners('requestfinished');
  const t = bytesOf(needed, ['html', 'css', 'js']);
  const total = (k: keyof Bytes) => t.html[k] + t.css[k] + t.js[k];
  const later = bytesOf(prefetched, ['js']).js;
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
  await throttle(page);
  await page.goto(`${ORIGIN}${sitePath('/', paths.errors(), 'en')}`, {waitUntil: 'load'});
  await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
  await page.evaluate(() => {
    const w = window as unknown as {longTasks: number[]};
    w.longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(e.duration))).observe({
      type: 'longtask',
    });
  });
  const box = page.getByLabel('Filter');
  await box.pressSequentially('token expired', {delay: 80});
  const lastKeyAt = await page.evaluate(() => performance.now());
  await page.waitForFunction(
    () =>
      /^Showing [0-9]+ of/.test(document.querySelector('[aria-live="polite"]')?.textContent ?? '') &&
      !/Showing 206 of/.test(document.querySelector('[aria-live="polite"]')?.textContent ?? ''),
  );
  const shownAt = await page.evaluate(() => performance.now());
  const longest = await page.evaluate(() => Math.max(0, ...(window as unknown as {longTasks: number[]}).longTasks));
  note(
    'Mobile profile, /en/errors (every entry): filter typed key by key',
    `longest task while typing ${longest.toFixed(0)} ms; filtered ${(shownAt - lastKeyAt).toFixed(0)} ms after the last key`,
  );
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
  for (const row of f.byKind) {
    note(
      `Search top-1 / top-5, ${row.kind} (${row.count} queries)`,
      `${(100 * row.top1).toFixed(1)}% / ${(100 * row.top5).toFixed(1)}%`,
    );
  }
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
}

async function main(): Promise<void> {
  measureBuild();
  const server = await serveBuild(BUILD, PORT);
  try {
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    for (const urlPath of [TYPICAL_ERROR, HEAVIEST_ERROR, paths.module('groups')]) {
      const page = await browser.newPage();
      await firstLoad(page, urlPath);
      await page.close();
    }
    const page = await browser.newPage({viewport: {width: 390, height: 844}, isMobile: true, hasTouch: true});
    await mobileTimings(page, HEAVIEST_ERROR);
    const tablePage = await browser.newPage({viewport: {width: 390, height: 844}, isMobile: true, hasTouch: true});
    await catalogFiltering(tablePage);
    await browser.close();
    await lighthouse(TYPICAL_ERROR);
    await lighthouse(HEAVIEST_ERROR);
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
async function lighthouseRun(urlPath: string): Promise<LighthouseResult> {
  const report = path.join(os.tmpdir(), 'lighthouse-report.json');
  // Asynchronous: the static server lives in this process and must keep answering.
  await promisify(execFile)(
    'npx',
    [
      'lighthouse',
      `${ORIGIN}${urlPath}`,
      '--quiet',
      '--output=json',
      `--output-path=${report}`,
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run',
    ],
    {env: {...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'}, timeout: 180_000},
  );
  return JSON.parse(readFileSync(report, 'utf8')) as LighthouseResult;
}

const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)];

/** Lighthouse scores vary from run to run on a shared machine: the median of five runs. */
async function lighthouse(urlPath: string): Promise<void> {
  const runs: LighthouseResult[] = [];
  for (let i = 0; i < 5; i++) runs.push(await lighthouseRun(urlPath));
  const scores = Object.entries(runs[0].categories).map(([key, c]) => {
    const all = runs.map((r) => Math.round(r.categories[key].score * 100));
    const range = Math.min(...all) === Math.max(...all) ? '' : ` (runs ${Math.min(...all)}-${Math.max(...all)})`;
    return `${c.title} ${median(all)}${range}`;
  });
  const ms = (audit: string) => `${median(runs.map((r) => r.audits[audit].numericValue ?? NaN)).toFixed(0)} ms`;
  note(
    `Lighthouse, mobile preset, ${urlPath} (median of 5)`,
    `${scores.join(', ')} (LCP ${ms('largest-contentful-paint')}, TBT ${ms('total-blocking-time')})`,
  );
}

function print(): void {
  const machine = `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  const table = [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${machine} by \`npm run bench\`.`,
    '',
    '| measure | value |',
    '| --- | --- |',
    ...rows.map(([a, b]) => `| ${a} | ${b} |`),
  ].join('\n');
  console.log(table);
  if (args.has('--write-readme')) {
    const readme = readFileSync('README.md', 'utf8');
    const start = '<!-- bench:start -->';
    const end = '<!-- bench:end -->';
    const updated = readme.replace(new RegExp(`${start}[\\s\\S]*${end}`), `${start}\n${table}\n${end}`);
    writeFileSync('README.md', updated);
  }
}

void main();
