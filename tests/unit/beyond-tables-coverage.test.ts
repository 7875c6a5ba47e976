/**
 * Every error response the live API is known to return beyond the docs'
 * tables (../shared/upstream/beyond-tables.json) is in the catalog: an entry
 * whose status, type and message (or template, or merged variant) fit it,
 * that cites each of the item's sources, and that the endpoints the item
 * names return. Reads ../shared/upstream, which the site itself never needs.
 */
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadCatalog, type ErrorEntry} from '../../src/catalog';
import {hasPlaceholder, templateToRegExp} from '../../src/catalog/placeholders';

interface Item {
  status: number;
  errorType: string;
  errorMessage: string;
  endpoints: {method: string; path: string}[];
  sources: {repo: string; path: string; line: number | null; kind: string; commit?: string}[];
}

/** The shared reference data beside the worktree; UPSTREAM_DIR points elsewhere. */
const file = path.join(
  process.env.UPSTREAM_DIR ?? path.resolve(__dirname, '../../../shared/upstream'),
  'beyond-tables.json',
);
const items: Item[] | undefined = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
const catalog = loadCatalog();
/** Under CI the shared folder must be there: a missing one fails the run instead of skipping these checks. */
const required = process.env.CI === 'true';

/** Endpoints named by an item that the catalog does not have, with the reason. */
const MISSING_ENDPOINTS: Record<string, string> = {
  // The docs' chat room blocklist page documents member endpoints instead; the entry says so.
  'POST /app-id/{}/chatrooms/{}/blocks/users': 'not documented by this service',
};

/** Quotes and spacing do not tell two spellings of a message apart (case is kept: placeholders are upper case). */
function normal(text: string): string {
  return text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
}

function fits(template: string, message: string): boolean {
  if (normal(template).toLowerCase() === normal(message).toLowerCase()) return true;
  return hasPlaceholder(template) && templateToRegExp(normal(template)).test(normal(message));
}

function covers(entry: ErrorEntry, item: Item): boolean {
  const spellings = [entry, ...(entry.variants ?? [])].map((v) => ({
    status: v.status ?? entry.status,
    type: v.type ?? entry.type,
    message: v.message ?? entry.message,
  }));
  return (
    Boolean(entry.partial) === (item.status === 200) &&
    spellings.some((s) => s.status === item.status && s.type === item.errorType && fits(s.message, item.errorMessage))
  );
}

/** `/app-id/{app_id}/users?limit={N}` and `/app-id/{appId}/users` name the same route. */
function route(method: string, p: string): string {
  return `${method} ${p.split('?')[0].replace(/\{[^}]*\}/g, '{}')}`;
}

describe.skipIf(!items && !required)('coverage of the errors beyond the docs tables', () => {
  const data = items ?? [];
  const endpoints = catalog.modules.flatMap((m) => m.endpoints);

  it('finds the items', () => {
    expect(existsSync(file), `${file} is missing`).toBe(true);
  });

  it('has all 51 items to check', () => {
    expect(data).toHaveLength(51);
  });

  it('has an entry for every item', () => {
    const missing = data.filter((item) => !catalog.entries.some((e) => covers(e, item)));
    expect(missing.map((i) => `${i.status} ${i.errorType} "${i.errorMessage}"`)).toEqual([]);
  });

  it('cites every source of an item on the entry that covers it', () => {
    const uncited = data.flatMap((item) => {
      const entries = catalog.entries.filter((e) => covers(e, item));
      return item.sources
        .filter(
          (s) =>
            !entries.some((e) =>
              e.sources.some(
                (c) =>
                  c.repo === s.repo &&
                  c.path === s.path &&
                  (c.line ?? null) === s.line &&
                  c.kind === (s.kind === 'upstream-prose' ? 'docs-prose' : s.kind),
              ),
            ),
        )
        .map((s) => `"${item.errorMessage}": ${s.kind} ${s.repo}/${s.path}:${s.line}`);
    });
    expect(uncited).toEqual([]);
  });

  it('lets every endpoint an item names return its entry', () => {
    const unattached = data.flatMap((item) => {
      const ids = new Set(catalog.entries.filter((e) => covers(e, item)).map((e) => e.id));
      return item.endpoints
        .filter((named) => {
          const key = route(named.method, named.path);
          const matching = endpoints.filter((ep) => route(ep.method, ep.path) === key);
          if (matching.length === 0) return !(key in MISSING_ENDPOINTS);
          return !matching.some((ep) => ep.errors.some((r) => ids.has(r.error)));
        })
        .map((named) => `"${item.errorMessage}": ${named.method} ${named.path}`);
    });
    expect(unattached).toEqual([]);
  });
});
