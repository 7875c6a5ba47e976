/**
 * Every row of the upstream error tables is covered by the catalog: an
 * endpoint row by the endpoint with that method, path and title returning
 * that error; a page-wide row by an endpoint of that page; an overview row by
 * the general module. Deliberate differences are listed with a reason.
 * Reads ../shared/upstream, which the site itself never needs.
 */
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadCatalog, type Endpoint, type ErrorEntry} from '../../src/catalog';
import {upstreamDifferences} from '../../src/catalog/upstream-differences';

interface Row {
  scope: 'api' | 'page' | 'general';
  page: string;
  api: string | null;
  method: string | null;
  path: string | null;
  status: number;
  errorType: string;
  errorMessage: string;
  cause_zh: string;
  fix_zh: string;
  sourceId: string;
}
interface Upstream {
  commit: string;
  rows: Row[];
  pages: {page: string; apis: {title: string; method: string; path: string}[]}[];
}

/** The shared reference data beside the worktree; UPSTREAM_DIR points elsewhere. */
const file = path.join(
  process.env.UPSTREAM_DIR ?? path.resolve(__dirname, '../../../shared/upstream'),
  'error-rows.json',
);
const upstream: Upstream | undefined = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
const catalog = loadCatalog();
/** Under CI the shared folder must be there: a missing one fails the run instead of skipping these checks. */
const required = process.env.CI === 'true';

function entriesFor(row: Row): ErrorEntry[] {
  return catalog.entries.filter(
    (e) =>
      e.status === row.status &&
      e.type === row.errorType &&
      (e.message === row.errorMessage || (e.variants ?? []).some((v) => (v.message ?? e.message) === row.errorMessage)),
  );
}

const endpoints = catalog.modules.flatMap((m) => m.endpoints.map((endpoint) => ({module: m.id, endpoint})));
const returns = (endpoint: Endpoint, entries: ErrorEntry[]) =>
  endpoint.errors.some((r) => entries.some((e) => e.id === r.error));

function covered(row: Row, data: Upstream): boolean {
  const entries = entriesFor(row);
  if (entries.length === 0) return false;
  if (row.page === 'error') return entries.some((e) => catalog.moduleOfEntry.get(e.id)?.id === 'general');
  if (row.scope === 'api') {
    return endpoints.some(
      ({endpoint}) =>
        endpoint.method === row.method &&
        endpoint.path === row.path &&
        endpoint.title.zh === row.api &&
        returns(endpoint, entries),
    );
  }
  const apis = data.pages.find((p) => p.page === row.page)?.apis ?? [];
  return endpoints.some(
    ({endpoint}) =>
      apis.some((a) => a.method === endpoint.method && a.path === endpoint.path && a.title === endpoint.title.zh) &&
      returns(endpoint, entries),
  );
}

describe.skipIf(!upstream && !required)('coverage of the upstream error tables', () => {
  const data: Upstream = upstream ?? {commit: '', rows: [], pages: []};

  it('finds the upstream tables', () => {
    expect(existsSync(file), `${file} is missing`).toBe(true);
  });

  it('has all 595 rows to check', () => {
    expect(data.rows).toHaveLength(595);
  });

  it('covers every row, except the listed deliberate differences', () => {
    const listed = new Set(upstreamDifferences.map((d) => d.sourceId));
    const uncovered = data.rows.filter((row) => !covered(row, data) && !listed.has(row.sourceId));
    expect(
      uncovered.map(
        (r) =>
          `${r.sourceId} ${r.method ?? ''} ${r.path ?? ''} [${r.api ?? r.scope}] ${r.status} ${r.errorType} "${r.errorMessage}"`,
      ),
    ).toEqual([]);
  });

  it('lists only differences that are real, each with a reason', () => {
    const ids = new Set(data.rows.map((r) => r.sourceId));
    for (const difference of upstreamDifferences) {
      expect(ids.has(difference.sourceId), `${difference.sourceId} is not an upstream row`).toBe(true);
      expect(difference.reason.trim().length).toBeGreaterThan(10);
      const row = data.rows.find((r) => r.sourceId === difference.sourceId)!;
      expect(covered(row, data), `${difference.sourceId} is covered after all: remove it from the list`).toBe(false);
    }
  });

  it("names each row's page, at the tables' commit, among the sources of the entry that covers it", () => {
    const unsourced = data.rows.filter((row) =>
      entriesFor(row).every(
        (entry) =>
          !entry.sources.some(
            (s) =>
              s.kind === 'docs-table' &&
              s.repo === 'haoxiuwen/shengwang-chat-doc' &&
              s.path === `docs/docs/sdk/server-side/${row.page}.md` &&
              s.commit === data.commit,
          ),
      ),
    );
    expect(unsourced.map((r) => `${r.sourceId} ${r.status} ${r.errorType} "${r.errorMessage}"`)).toEqual([]);
  });

  it('has every upstream endpoint', () => {
    const missing = data.pages.flatMap((p) =>
      p.apis
        .filter(
          (a) =>
            !endpoints.some(
              ({endpoint}) => endpoint.method === a.method && endpoint.path === a.path && endpoint.title.zh === a.title,
            ),
        )
        .map((a) => `${p.page}: ${a.method} ${a.path} ${a.title}`),
    );
    expect(missing).toEqual([]);
  });

  it('never repeats an upstream sentence in an explanation', () => {
    const norm = (s: string) =>
      s.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[\s`*_"“”。．.，,、；;：:（）()[\]]+/g, '');
    const upstreamSentences = new Set(
      data.rows
        .flatMap((r) => [r.cause_zh, r.fix_zh])
        .map((s) => norm(s ?? ''))
        .filter((s) => s.length >= 8),
    );
    const texts = catalog.modules.flatMap((m) => [
      ...m.entries.flatMap((e) =>
        [e.summary, e.cause, e.fix, e.note].filter(Boolean).map((t) => ({where: e.id, text: t!.zh})),
      ),
      ...m.endpoints.flatMap((ep) =>
        ep.errors.filter((r) => r.note).map((r) => ({where: `${ep.id} → ${r.error}`, text: r.note!.zh})),
      ),
    ]);
    const copied = texts.filter(({text}) =>
      text
        .split(/[。！？\n]/)
        .map(norm)
        .some((sentence) => sentence.length >= 8 && upstreamSentences.has(sentence)),
    );
    expect(copied.map((c) => `${c.where}: ${c.text}`)).toEqual([]);
  });
});
