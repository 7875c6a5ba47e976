/**
 * The whole catalog as one table, filterable by text, status and module.
 * The filters live in the URL (`/errors?status=401&module=groups&q=token`),
 * so a filtered view can be linked.
 */
import React, {type ReactNode, memo, useDeferredValue, useEffect, useMemo, useRef, useState} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import {useHistory, useLocation} from '@docusaurus/router';
import type {CatalogPageData, EntryRow} from '@site/src/plugins/error-reference/page-data';
import {catalogQuery, cutAtCharBoundary} from '@site/src/links';
import {MAX_QUERY_LENGTH} from '@site/src/search/query';
import ErrorTable from '../ErrorTable';
import NoScriptNote from '../NoScriptNote';
import {useQueryInput} from '../queryInput';
import {useLabels} from '@site/src/i18n/labels';
import {partialStatusOption} from '../Provenance';
import styles from './styles.module.css';

/** Re-rendered only when the rows change, not on every key. */
const MemoErrorTable = memo(ErrorTable);

interface Filters {
  q: string;
  status: string;
  module: string;
}

function readFilters(search: string): Filters {
  const params = new URLSearchParams(search);
  return {q: params.get('q') ?? '', status: params.get('status') ?? '', module: params.get('module') ?? ''};
}

/**
 * The words of the filter text, each once. Only the first MAX_QUERY_LENGTH characters
 * count (as in the search), so a pasted megabyte costs no more than a paragraph.
 */
function filterWords(q: string): string[] {
  return [...new Set(cutAtCharBoundary(q, MAX_QUERY_LENGTH).toLowerCase().split(/\s+/).filter(Boolean))];
}

function matches(row: EntryRow, f: Omit<Filters, 'q'>, words: string[]): boolean {
  if (f.status && String(row.status) !== f.status) return false;
  if (f.module && row.moduleId !== f.module) return false;
  if (words.length === 0) return true;
  const haystack = `${row.status} ${row.type} ${row.message} ${row.summary}`.toLowerCase();
  return words.every((word) => haystack.includes(word));
}

/** How long typing must pause before the URL follows the filter text. */
const URL_UPDATE_DELAY_MS = 300;

/**
 * The filters, kept in the URL. The text box answers every key at once; the URL follows
 * only when typing pauses, because replacing the URL re-renders the whole page.
 */
function useUrlFilters(): {
  filters: Filters;
  query: string;
  setQuery: (q: string) => void;
  update: (change: Partial<Filters>) => void;
} {
  const location = useLocation();
  const history = useHistory();
  // The static HTML is rendered without a query string; apply the URL's
  // filters only after hydration so server and client markup agree.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const filters = hydrated ? readFilters(location.search) : readFilters('');
  const [typed, setTyped] = useState<string | undefined>(undefined);
  const query = typed ?? filters.q;

  const update = (change: Partial<Filters>) => {
    if (change.q !== undefined) setTyped(change.q);
    const next = {...filters, q: query, ...change};
    history.replace({pathname: location.pathname, search: catalogQuery(next), hash: location.hash});
  };
  // The timer calls the latest `update`, so a status or module chosen meanwhile is kept.
  const latestUpdate = useRef(update);
  latestUpdate.current = update;
  useEffect(() => {
    if (typed === undefined || typed === filters.q) return undefined;
    const timer = setTimeout(() => latestUpdate.current({q: typed}), URL_UPDATE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [typed, filters.q]);
  return {filters, query, setQuery: setTyped, update};
}

export default function CatalogPage({data}: {data: CatalogPageData}): ReactNode {
  const t = useLabels();
  const {filters, query, setQuery, update} = useUrlFilters();
  const queryInput = useQueryInput(setQuery);
  // The table follows the text at low priority: React may interrupt it for the next key.
  const deferredQuery = useDeferredValue(query);
  const statuses = useMemo(() => [...new Set(data.entries.map((e) => e.status))].sort(), [data]);
  const {status, module} = filters;
  const rows = useMemo(() => {
    const words = filterWords(deferredQuery);
    return data.entries.filter((row) => matches(row, {status, module}, words));
  }, [data, deferredQuery, status, module]);
  const filtered = Boolean(query || filters.status || filters.module);

  return (
    <Layout title={t.catalogTitle} description={t.catalogDescription(data.entries.length)}>
      <main className={styles.page}>
        <Heading as="h1">{t.catalogTitle}</Heading>
        <p>{t.catalogDescription(data.entries.length)}</p>
        <NoScriptNote />
        <form className={styles.filters} role="search" onSubmit={(e) => e.preventDefault()}>
          <label className={styles.grow}>
            <span className={styles.label}>{t.filterLabel}</span>
            <input
              type="search"
              value={query}
              placeholder={t.filterPlaceholder}
              onChange={queryInput.onChange}
              onPaste={queryInput.onPaste}
            />
          </label>
          <label>
            <span className={styles.label}>{t.statusLabel}</span>
            <select value={filters.status} onChange={(e) => update({status: e.target.value})}>
              <option value="">{t.allStatuses}</option>
              {statuses.map((s) => (
                <option key={s} value={String(s)}>
                  {s < 400 ? partialStatusOption(s) : s}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span className={styles.label}>{t.moduleLabel}</span>
            <select value={filters.module} onChange={(e) => update({module: e.target.value})}>
              <option value="">{t.allModules}</option>
              {data.modules.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.title}
                </option>
              ))}
            </select>
          </label>
        </form>
        {queryInput.wasCut && <p className={styles.count}>{t.queryCut(MAX_QUERY_LENGTH)}</p>}
        <p className={styles.count} aria-live="polite">
          {t.shownOf(rows.length, data.entries.length)}
          {filtered && (
            <button type="button" className={styles.clear} onClick={() => update({q: '', status: '', module: ''})}>
              {t.clearFilters}
            </button>
          )}
        </p>
        {rows.length > 0 ? <MemoErrorTable rows={rows} showModule /> : <p>{t.noRows}</p>}
      </main>
    </Layout>
  );
}
