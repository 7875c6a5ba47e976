/**
 * Serves a built site with nginx and the production configuration of
 * `deploy/nginx/`, as it will be deployed: what the end-to-end tests run against.
 *
 *   npm run serve:nginx [-- --site-dir build] [--port 3000] [--host 127.0.0.1] [--base /]
 *
 * Gzip copies of new or rebuilt files are written first (`npm run compress-build`).
 * nginx runs in the foreground as a child of this script, with its own
 * configuration, pid file and temporary files in a fresh folder; SIGTERM or
 * Ctrl-C stops it and removes that folder. The base path defaults to `BASE_URL`.
 */
import {spawn, spawnSync} from 'node:child_process';
import {chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {normalizeBaseUrl} from '../src/links';
import {compressSite} from './lib/compress';
import {contentSecurityPolicy, inlineHashes} from './lib/csp';
import {renderMainConfig, renderSiteConfig} from './lib/nginx';

interface Options {
  siteDir: string;
  port: number;
  host: string;
  baseUrl: string;
}

function parseArgs(argv: string[]): Options {
  const options: Options = {siteDir: 'build', port: 3000, host: '127.0.0.1', baseUrl: process.env.BASE_URL ?? '/'};
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i + 1];
    if (argv[i] === '--site-dir' && value) options.siteDir = argv[++i];
    else if (argv[i] === '--port' && value) options.port = Number(argv[++i]);
    else if (argv[i] === '--host' && value) options.host = argv[++i];
    else if (argv[i] === '--base' && value) options.baseUrl = argv[++i];
    else fail(`Unknown option ${argv[i]}. Options: --site-dir <dir> --port <n> --host <address> --base <path>`);
  }
  if (!Number.isInteger(options.port) || options.port < 1 || options.port > 65535) fail('--port takes 1-65535.');
  return options;
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** nginx from PATH or Debian's /usr/sbin (not on a normal user's PATH). */
function findNginx(): string {
  for (const candidate of [process.env.NGINX, 'nginx', '/usr/sbin/nginx']) {
    if (candidate && spawnSync(candidate, ['-v'], {stdio: 'ignore'}).status === 0) return candidate;
  }
  return fail(
    'nginx is not installed. On Debian or Ubuntu: sudo apt-get install nginx-light\n' +
      '(or set NGINX to its path; `npm run serve` serves the build without nginx).',
  );
}

/**
 * A folder for nginx's own files. Under a base path, `html/<base>` links to the
 * site, so the configuration is the production one (`root` + base path = the site).
 */
function preparePrefix(options: Options): {prefix: string; root: string} {
  const prefix = mkdtempSync(path.join(os.tmpdir(), 'im-errors-nginx-'));
  // Started as root, nginx's workers run as an unprivileged user that must reach the files.
  chmodSync(prefix, 0o755);
  mkdirSync(path.join(prefix, 'tmp'));
  const siteDir = path.resolve(options.siteDir);
  const base = normalizeBaseUrl(options.baseUrl);
  if (base === '/') return {prefix, root: siteDir};
  const root = path.join(prefix, 'html');
  const link = path.join(root, base.slice(0, -1));
  mkdirSync(path.dirname(link), {recursive: true});
  symlinkSync(siteDir, link);
  return {prefix, root};
}

function main(): void {
  const options = parseArgs(process.argv.slice(2));
  const siteDir = path.resolve(options.siteDir);
  if (!existsSync(path.join(siteDir, 'index.html')) || !existsSync(path.join(siteDir, '404.html'))) {
    fail(`${siteDir} holds no built site: run npm run build first.`);
  }
  const nginx = findNginx();
  // nginx sends a file's .gz copy when there is one: copies older than a rebuilt file are redone first.
  const refreshed = compressSite(siteDir, {onlyStale: true});
  if (refreshed.files > 0) console.log(`Compressed ${refreshed.files} new or rebuilt files for gzip_static.`);
  const hashes = inlineHashes(siteDir);
  const {prefix, root} = preparePrefix(options);
  const listen = `${options.host}:${options.port}`;
  writeFileSync(
    path.join(prefix, 'site.conf'),
    renderSiteConfig({root, listen, baseUrl: options.baseUrl, csp: contentSecurityPolicy(hashes)}),
  );
  writeFileSync(path.join(prefix, 'nginx.conf'), renderMainConfig(prefix));
  const child = spawn(
    nginx,
    ['-p', prefix, '-c', path.join(prefix, 'nginx.conf'), '-e', 'stderr', '-g', 'daemon off;'],
    {
      stdio: 'inherit',
    },
  );
  const cleanUp = () => rmSync(prefix, {recursive: true, force: true});
  for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) {
    // nginx's fast shutdown; its exit below ends this script.
    process.on(signal, () => child.kill('SIGTERM'));
  }
  child.on('error', (error) => {
    cleanUp();
    fail(`nginx did not start: ${error.message}`);
  });
  child.on('exit', (code, signal) => {
    cleanUp();
    process.exit(code ?? (signal === 'SIGTERM' ? 0 : 1));
  });
  console.log(
    `Serving ${siteDir} with nginx at http://${listen}${normalizeBaseUrl(options.baseUrl)} ` +
      `(${hashes.scripts.length} inline scripts allowed by hash). Ctrl-C stops it.`,
  );
}

main();
