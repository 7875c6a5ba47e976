/**
 * Every address the site, its pages and its tools print is built here, and
 * nowhere else: the site is hosted by other people under other addresses.
 *
 * Three layers:
 * - `paths`: a page's path inside the site, without base path or language
 *   prefix (`/errors/<id>`). This is what Docusaurus's `<Link to>` and
 *   `useBaseUrl` take; they add the base path and the locale.
 * - `localizedPath` / `sitePath`: the same with the language prefix, then with
 *   the base path, for plain `<a href>` and for files written beside the site.
 * - `absoluteUrl`: the full address, for what is read outside the site
 *   (`catalog.json`, `llms.txt`, the sitemap, the command line).
 *
 * Also here: reading URL parts a user controls (hashes, query values, paths)
 * without throwing, since a `%` in a ticket link must never crash a page.
 */

import {MAX_QUERY_LENGTH} from './search/query';

/** The two languages of the site. Chinese is the default and has no address prefix. */
export type SiteLanguage = 'zh' | 'en';

/** Docusaurus's locale names, default first. */
export const LOCALES = ['zh-Hans', 'en'] as const;
export type SiteLocale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: SiteLocale = 'zh-Hans';

/** Where the site is published unless `SITE_URL` / `BASE_URL` say otherwise. */
export const DEFAULT_SITE_URL = 'https://im-errors.example.com';
export const DEFAULT_BASE_URL = '/';

/** The language a Docusaurus locale is written in. */
export function languageOfLocale(locale: string): SiteLanguage {
  return locale.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** The Docusaurus locale of a language. */
export function localeOfLanguage(lang: SiteLanguage): SiteLocale {
  return lang === 'zh' ? 'zh-Hans' : 'en';
}

/** The address prefix of a language: '' for the default locale, '/en' for English. */
export function languagePrefix(lang: SiteLanguage): string {
  const locale = localeOfLanguage(lang);
  return locale === DEFAULT_LOCALE ? '' : `/${locale}`;
}

// ---------------------------------------------------------------------------
// Paths inside the site (no base path, no language prefix)

/** Query parameters, dropping empty values; `undefined` when none is left. */
function queryString(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

export interface CatalogFilters {
  status?: string | number;
  module?: string;
  q?: string;
}

export interface SearchParams {
  /** Anything pasted: text, a JSON body, a log line. */
  q?: string;
  /** `1`: open the entry directly when exactly one matches. */
  open?: boolean;
  /** Restrict results to one module or one status. */
  module?: string;
  filterStatus?: string | number;
  /** A raw error, field by field, as a tool that has the response but no entry id sends it. */
  status?: string | number;
  error?: string;
  errorDescription?: string;
}

export const paths = {
  home: (): string => '/',
  /** The catalog table, optionally filtered. */
  errors: (filters: CatalogFilters = {}): string => `/errors${catalogQuery(filters)}`,
  /** One error's page; `endpoint` shows that endpoint's note first. */
  error: (id: string, options: {endpoint?: string} = {}): string =>
    `/errors/${encodeURIComponent(id)}${queryString({endpoint: options.endpoint})}`,
  /** The prefix every error page path starts with. */
  errorPrefix: (): string => '/errors/',
  modules: (): string => '/modules',
  /** A module page, or one endpoint on it (`#<endpoint-id>`). */
  module: (id: string, endpointId?: string): string =>
    `/modules/${encodeURIComponent(id)}${endpointId ? `#${encodeURIComponent(endpointId)}` : ''}`,
  /** The search page; a longer `q` than the engine reads is cut, so a pasted log never makes an address too long to load. */
  search: (params: SearchParams = {}): string => `/search${searchQuery(params)}`,
  guide: (slug: string): string => `/guides/${slug}`,
  /** Files beside the pages (built sites only). */
  catalogJson: (): string => '/catalog.json',
  catalogSchema: (): string => '/catalog.schema.json',
  llmsTxt: (): string => '/llms.txt',
  sitemap: (): string => '/sitemap.xml',
} as const;

// ---------------------------------------------------------------------------
// Base path and full addresses

/** Where the site lives: its origin and the base path it is served under. */
export interface SiteAddress {
  /** Origin without a trailing slash: `https://docs.example.com`. */
  siteUrl: string;
  /** Base path with a leading and trailing slash: `/` or `/docs/im-errors/`. */
  baseUrl: string;
}

/** `docs/im-errors` → `/docs/im-errors/`; '' → `/`. */
export function normalizeBaseUrl(baseUrl: string | undefined): string {
  const trimmed = (baseUrl ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** `https://host/` → `https://host`. */
export function normalizeSiteUrl(siteUrl: string | undefined): string {
  const trimmed = (siteUrl ?? '').trim().replace(/\/+$/, '');
  return trimmed || DEFAULT_SITE_URL;
}

/**
 * The site's address from the environment (`SITE_URL`, `BASE_URL`), as the
 * build and the command line read it. Pass `process.env`.
 */
export function siteAddressFromEnv(env: Record<string, string | undefined>): SiteAddress {
  return {siteUrl: normalizeSiteUrl(env.SITE_URL), baseUrl: normalizeBaseUrl(env.BASE_URL ?? DEFAULT_BASE_URL)};
}

/** A site path in a language: `/errors/x` → `/en/errors/x`. */
export function localizedPath(path: string, lang: SiteLanguage): string {
  const prefix = languagePrefix(lang);
  if (!prefix) return path;
  return path === '/' ? `${prefix}/` : `${prefix}${path}`;
}

/** A site path under the base path, in a language: what an `<a href>` on the page needs. */
export function sitePath(baseUrl: string, path: string, lang: SiteLanguage = 'zh'): string {
  const base = normalizeBaseUrl(baseUrl);
  return `${base}${localizedPath(path, lang).replace(/^\/+/, '')}`;
}

/** The full address of a site path in a language. */
export function absoluteUrl(address: SiteAddress, path: string, lang: SiteLanguage = 'zh'): string {
  return `${normalizeSiteUrl(address.siteUrl)}${sitePath(address.baseUrl, path, lang)}`;
}

/** A path's address in both languages, as `catalog.json` lists it. */
export function absoluteUrls(address: SiteAddress, path: string): Record<SiteLanguage, string> {
  return {zh: absoluteUrl(address, path, 'zh'), en: absoluteUrl(address, path, 'en')};
}

/**
 * The language and site path of an address path as the browser shows it
 * (`/docs/im-errors/en/errors/x` under base `/docs/im-errors/` → en, `/errors/x`).
 */
export function splitSitePath(pathname: string, baseUrl: string): {lang: SiteLanguage; path: string} {
  const base = normalizeBaseUrl(baseUrl);
  let rest = pathname.startsWith(base) ? pathname.slice(base.length - 1) : pathname;
  if (!rest.startsWith('/')) rest = `/${rest}`;
  for (const locale of LOCALES) {
    if (locale === DEFAULT_LOCALE) continue;
    if (rest === `/${locale}` || rest.startsWith(`/${locale}/`)) {
      return {lang: languageOfLocale(locale), path: rest.slice(locale.length + 1) || '/'};
    }
  }
  return {lang: languageOfLocale(DEFAULT_LOCALE), path: rest};
}

// ---------------------------------------------------------------------------
// URL parts a user controls

/** `decodeURIComponent` that never throws: a malformed escape (`50%off`, `%E0%A4%A`, `%FF`) stays as typed. */
export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The target of a location hash, decoded safely: `#users.register%2D1` → `users.register-1`. */
export function hashTarget(hash: string): string {
  return safeDecode(hash.replace(/^#/, ''));
}

/** A record's value for a key the user supplied, own keys only (`constructor`, `__proto__` find nothing). */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

// ---------------------------------------------------------------------------
// Where catalog facts come from

/** The public address of a catalog source: the file at its pinned commit, at its line when known. */
export function sourceUrl(source: {repo: string; path: string; commit?: string; line?: number}): string {
  const file = source.path.split('/').map(encodeURIComponent).join('/');
  // An issue thread has no commit: its path (`issues/93`) is already its address on GitHub.
  if (!source.commit) return `https://github.com/${source.repo}/${file}`;
  const line = source.line ? `#L${source.line}` : '';
  return `https://github.com/${source.repo}/blob/${source.commit}/${file}${line}`;
}

// Where the running site lives, as Docusaurus reports it

/**
 * The base path without the language segment. Docusaurus gives each locale its own
 * base (`/docs/im-errors/en/`); links into the other language need the shared one.
 */
export function rootBaseUrl(localizedBaseUrl: string, locale: string): string {
  const base = normalizeBaseUrl(localizedBaseUrl);
  const suffix = `/${locale}/`;
  if (locale === DEFAULT_LOCALE || !base.endsWith(suffix)) return base;
  return normalizeBaseUrl(base.slice(0, -suffix.length + 1));
}

/** The site's address from Docusaurus's `siteConfig` (`url`, localized `baseUrl`) and the locale being shown. */
export function siteAddressOf(siteConfig: {url: string; baseUrl: string}, locale: string): SiteAddress {
  return {siteUrl: normalizeSiteUrl(siteConfig.url), baseUrl: rootBaseUrl(siteConfig.baseUrl, locale)};
}

/**
 * A full address typed by a user (`https://docs.example.org/docs/im-errors`) as a site address;
 * `undefined` when it is not an http(s) URL, so the caller can say so.
 */
export function siteAddressFromUrl(text: string): SiteAddress | undefined {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  return {siteUrl: url.origin, baseUrl: normalizeBaseUrl(url.pathname)};
}

/**
 * Text cut to at most `max` UTF-16 units without splitting a surrogate pair, so a cut
 * query still encodes into a URL (`encodeURIComponent` throws on a lone surrogate).
 */
export function cutAtCharBoundary(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = max > 0 && /[\uD800-\uDBFF]/.test(text[max - 1]) ? max - 1 : max;
  return text.slice(0, Math.max(0, end));
}

/**
 * The most a query value may take in an address, escaped. Servers refuse longer request
 * lines (nginx answers 414 past 8 KB by default, Node 431 past 16 KB of headers), and
 * 8,000 Chinese characters escape to 72 KB.
 */
export const MAX_URL_QUERY_BYTES = 6_000;

/**
 * A query as an address carries it: no more than the engine reads (MAX_QUERY_LENGTH
 * characters), no more than MAX_URL_QUERY_BYTES once escaped, cut at a character boundary.
 */
export function queryForUrl(text: string): string {
  const head = cutAtCharBoundary(text, MAX_QUERY_LENGTH);
  let bytes = 0;
  let end = 0;
  for (const char of head) {
    bytes += encodeURIComponent(char).length;
    if (bytes > MAX_URL_QUERY_BYTES) break;
    end += char.length;
  }
  return head.slice(0, end);
}

/** The search page's query string (`?q=…&module=…`): what its address carries; `q` as `queryForUrl` cuts it. */
export function searchQuery(params: SearchParams = {}): string {
  return queryString({
    q: params.q === undefined ? undefined : queryForUrl(params.q),
    open: params.open ? '1' : undefined,
    module: params.module,
    filter_status: params.filterStatus,
    status: params.status,
    error: params.error,
    error_description: params.errorDescription,
  });
}

/** The catalog table's query string (`?status=…&module=…&q=…`), `q` cut like the search's. */
export function catalogQuery(filters: CatalogFilters = {}): string {
  const q = filters.q === undefined ? undefined : queryForUrl(filters.q);
  return queryString({status: filters.status, module: filters.module, q});
}
