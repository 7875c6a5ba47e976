/**
 * Fills in the nginx templates of `deploy/nginx/`: where the built site is,
 * where nginx listens, the base path, and the content security policy of
 * that build. Used by `npm run nginx-config` (production) and
 * `npm run serve:nginx` (the tests and local checks).
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {normalizeBaseUrl} from '../../src/links';

const TEMPLATES = path.resolve(__dirname, '../../deploy/nginx');

/** The security headers every response carries, errors included (`always`). */
export function securityHeaders(csp: string): [string, string][] {
  return [
    ['Content-Security-Policy', csp],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ['X-Content-Type-Options', 'nosniff'],
    ['X-Frame-Options', 'DENY'],
  ];
}

export interface SiteConfigOptions {
  /** The directory nginx serves from: the base path is a folder inside it (`root` + `/docs/` = the build). */
  root: string;
  /** What `listen` takes: `80`, `127.0.0.1:3401`. */
  listen: string;
  /** The site's base path: `/` or `/docs/im-errors/`. */
  baseUrl: string;
  csp: string;
}

/** A value written into the configuration must not be able to end a directive or open a block. */
function checked(name: string, value: string, allowed: RegExp): string {
  if (!allowed.test(value))
    throw new Error(`${name} cannot go into an nginx configuration as is: ${JSON.stringify(value)}`);
  return value;
}

/** Every `{{NAME}}` filled in; a line holding only `{{HEADERS}}` becomes one line per header, same indent. */
function fill(template: string, values: Record<string, string>, headers: [string, string][]): string {
  return template
    .replace(/^( *)\{\{HEADERS\}\}$/gm, (_, indent: string) =>
      headers.map(([name, value]) => `${indent}add_header ${name} "${value}" always;`).join('\n'),
    )
    .replace(/\{\{([A-Z_]+)\}\}/g, (whole, name: string) => {
      if (!(name in values)) throw new Error(`The nginx template names an unknown value ${whole}`);
      return values[name];
    });
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The `server {}` block (and its map) for the `http {}` context of nginx. */
export function renderSiteConfig(options: SiteConfigOptions): string {
  const base = checked('The base path', normalizeBaseUrl(options.baseUrl), /^\/([A-Za-z0-9._~-]+\/)*$/);
  const root = checked('The site directory', path.resolve(options.root), /^[^\s;{}"'$\\]+$/);
  const listen = checked('The listen address', options.listen, /^[A-Za-z0-9.:[\]]+$/);
  const csp = checked('The security policy', options.csp, /^[^"\\\n]+$/);
  // Under a base path, addresses outside it are not the site's: the base without its slash
  // leads into the site, anything else gets the page-not-found page.
  const outsideBase =
    base === '/'
      ? ''
      : `    location = ${base.slice(0, -1)} {\n        return 301 ${base};\n    }\n    location / {\n        return 404;\n    }\n`;
  const template = readFileSync(path.join(TEMPLATES, 'site.conf.template'), 'utf8');
  return fill(
    template,
    {LISTEN: listen, ROOT: root, BASE: base, BASE_REGEX: escapeRegex(base), CSP: csp, OUTSIDE_BASE: outsideBase},
    securityHeaders(csp),
  );
}

/** The whole nginx.conf of a self-contained nginx whose files all live under `prefix`. */
export function renderMainConfig(prefix: string): string {
  const template = readFileSync(path.join(TEMPLATES, 'nginx.conf.template'), 'utf8');
  return fill(template, {PREFIX: checked('The nginx prefix', prefix, /^[^\s;{}"'$\\]+$/)}, []);
}

/**
 * The `root` for a built site served under a base path: the folder that holds
 * it, when the site's folder ends with the base path (`/srv/www/docs` for `/docs/`).
 */
export function rootOfSiteDir(siteDir: string, baseUrl: string): string {
  const base = normalizeBaseUrl(baseUrl);
  const dir = path.resolve(siteDir);
  if (base === '/') return dir;
  const tail = base.slice(0, -1);
  if (!dir.endsWith(tail)) {
    throw new Error(
      `Served under ${base}, the built site must sit in a folder whose path ends with ${tail} ` +
        `(e.g. /srv/www${tail}); ${dir} does not.`,
    );
  }
  return dir.slice(0, -tail.length) || '/';
}
