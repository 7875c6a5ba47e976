/**
 * The search page. The URL is the state, so a search can be shared (the
 * forms are in src/search/url.ts), plus the filters
 * `module=<module-id>` and `filter_status=<status>`.
 */
import React, {type ReactNode, useEffect, useRef, useState} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import {useHistory, useLocation} from '@docusaurus/router';
import {useLabels} from '@site/src/i18n/labels';
import {useLanguage} from '@site/src/components/site';
import ResultItem from '@site/src/components/Search/ResultItem';
import {useSearch} from '@site/src/components/Search/useSearch';
import NoScriptNote from '@site/src/components/NoScriptNote';
import {useQueryInput} from '@site/src/components/queryInput';
import styles from '@site/src/components/Search/page.module.css';
import {opensDirectly, queryFromParams, resultPath, statusesToTellApart, uniqueExactResult} from '@site/src/search/url';
import {useBaseUrlUtils} from '@docusaurus/useBaseUrl';
import {cutAtCharBoundary, searchQuery, paths} from '@site/src/links';
import {MAX_QUERY_LENGTH} from '@site/src/search/query';

/** How long typing must pause before the address follows the query. */
const URL_UPDATE_DELAY_MS = 300;

interface PageState {
  q: string;
  module: string;
  filterStatus: string;
}

export default function SearchPage(): ReactNode {
  const t = useLabels();
  const lang = useLanguage();
  const location = useLocation();
  const history = useHistory();
  const [state, setState] = useState<PageState>({q: '', module: '', filterStatus: ''});
  const [modules, setModules] = useState<{id: string; title: string}[]>([]);
  // A link built from a raw error opens its entry directly when the match is exact and unique.
  const [openOnExact, setOpenOnExact] = useState(false);
  const {withBaseUrl} = useBaseUrlUtils();

  // Read the URL after hydration: the static HTML is rendered without a query.
  useEffect(() => {
    const params = new URLSearchParams(location.search);
    setState({
      // A link may carry more than the engine reads (one written by hand): cut it like typing.
      q: cutAtCharBoundary(queryFromParams(params), MAX_QUERY_LENGTH),
      module: params.get('module') ?? '',
      filterStatus: params.get('filter_status') ?? '',
    });
    setOpenOnExact(opensDirectly(params));
  }, [location.search]);

  const queryInput = useQueryInput((q) => update({q}));
  const search = useSearch(state.q, {
    limit: 30,
    module: state.module || undefined,
    status: state.filterStatus ? Number(state.filterStatus) : undefined,
  });
  const response = search.status === 'done' ? search.response : undefined;

  useEffect(() => {
    if (!openOnExact || !response) return;
    const hit = uniqueExactResult(response);
    if (hit) history.replace(withBaseUrl(resultPath(hit)));
    else setOpenOnExact(false);
  }, [openOnExact, response, history, withBaseUrl]);

  useEffect(() => {
    if (!response || modules.length > 0) return;
    void import('@site/src/components/Search/loader').then(({getSearchClient}) =>
      getSearchClient()
        .modules()
        .then((list) => setModules(list.map((m) => ({id: m.id, title: m.title[lang]})))),
    );
  }, [response, modules.length, lang]);

  // Replacing the address re-renders the whole page: while the user types, it follows only when typing pauses.
  const urlTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(urlTimer.current), []);
  const update = (change: Partial<PageState>) => {
    const next = {...state, ...change};
    setState(next);
    setOpenOnExact(false);
    const search = searchQuery({q: next.q, module: next.module, filterStatus: next.filterStatus});
    const replace = () => history.replace({pathname: location.pathname, search});
    clearTimeout(urlTimer.current);
    if (change.q === undefined) replace();
    else urlTimer.current = setTimeout(replace, URL_UPDATE_DELAY_MS);
  };

  const terms = response?.terms ?? [];
  const tellApart = response ? statusesToTellApart(response) : [];
  return (
    <Layout title={t.searchTitle} description={t.searchDescription}>
      <main className={styles.page}>
        <Heading as="h1">{t.searchTitle}</Heading>
        <NoScriptNote />
        <form role="search" className={styles.form} onSubmit={(e) => e.preventDefault()}>
          <label className={styles.queryLabel}>
            <span className={styles.label}>{t.searchTitle}</span>
            <textarea
              className={styles.query}
              rows={4}
              value={state.q}
              placeholder={t.searchPlaceholder}
              spellCheck={false}
              onChange={queryInput.onChange}
              onPaste={queryInput.onPaste}
            />
          </label>
          <div className={styles.filters}>
            <label>
              <span className={styles.label}>{t.moduleLabel}</span>
              <select value={state.module} onChange={(e) => update({module: e.target.value})}>
                <option value="">{t.allModules}</option>
                {modules.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.title}
                  </option>
                ))}
              </select>
            </label>
            <label>
              <span className={styles.label}>{t.statusLabel}</span>
              <input
                type="text"
                inputMode="numeric"
                pattern="[0-9]{3}"
                maxLength={3}
                value={state.filterStatus}
                placeholder={t.allStatuses}
                onChange={(e) => update({filterStatus: e.target.value.replace(/\D/g, '')})}
              />
            </label>
          </div>
        </form>
        {queryInput.wasCut && <p className={styles.hint}>{t.queryCut(MAX_QUERY_LENGTH)}</p>}
        {search.status === 'idle' && <p className={styles.hint}>{t.searchHint}</p>}
        {search.status === 'loading' && <p role="status">{t.searchLoading}</p>}
        {search.status === 'error' && <p role="alert">{t.searchLoadError}</p>}
        {search.status === 'timeout' && <p role="alert">{t.searchTimeout}</p>}
        {response && (
          <>
            <p className={response.exact ? styles.summaryExact : styles.summary} role="status">
              {response.exact
                ? t.resultCount(response.hits.length)
                : response.hits.length > 0
                  ? t.noExactMatch
                  : t.noResults}
              {tellApart.length > 0 && <> {t.tellApartByStatus(tellApart)}</>}
              {!response.exact && response.statusDoc && (
                <>
                  {' '}
                  <Link to={paths.error(response.statusDoc.id)}>{t.statusMeaning(response.statusDoc.status)}</Link>
                </>
              )}
            </p>
            <ol className={styles.results} aria-label={t.searchResults}>
              {response.hits.map((hit) => (
                <li key={hit.doc.id}>
                  <Link to={resultPath(hit)} className={styles.resultLink}>
                    <ResultItem hit={hit} terms={terms} />
                  </Link>
                </li>
              ))}
            </ol>
          </>
        )}
      </main>
    </Layout>
  );
}
