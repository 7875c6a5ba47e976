/**
 * The search page. The URL is the state, so a search can be shared (the
 * forms are in src/search/url.ts), plus the filters
 * `module=<module-id>` and `filter_status=<status>`.
 */
import React, {type ReactNode, useEffect, useState} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import {useHistory, useLocation} from '@docusaurus/router';
import {useLabels, useLanguage} from '@site/src/components/labels';
import ResultItem from '@site/src/components/Search/ResultItem';
import {useSearch} from '@site/src/components/Search/useSearch';
import styles from '@site/src/components/Search/page.module.css';
import {opensDirectly, queryFromParams, statusesToTellApart, uniqueExactHit} from '@site/src/search/url';
import {useBaseUrlUtils} from '@docusaurus/useBaseUrl';
import {paths} from '@site/src/links';

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
      q: queryFromParams(params),
      module: params.get('module') ?? '',
      filterStatus: params.get('filter_status') ?? '',
    });
    setOpenOnExact(opensDirectly(params));
  }, [location.search]);

  const search = useSearch(state.q, {
    limit: 30,
    module: state.module || undefined,
    status: state.filterStatus ? Number(state.filterStatus) : undefined,
  });
  const response = search.status === 'done' ? search.response : undefined;

  useEffect(() => {
    if (!openOnExact || !response) return;
    const entry = uniqueExactHit(response);
    if (entry) history.replace(withBaseUrl(paths.error(entry)));
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

  const update = (change: Partial<PageState>) => {
    const next = {...state, ...change};
    const params = new URLSearchParams();
    if (next.q) params.set('q', next.q);
    if (next.module) params.set('module', next.module);
    if (next.filterStatus) params.set('filter_status', next.filterStatus);
    setState(next);
    setOpenOnExact(false);
    history.replace({pathname: location.pathname, search: params.toString() ? `?${params}` : ''});
  };

  const terms = response?.terms ?? [];
  const tellApart = response ? statusesToTellApart(response) : [];
  return (
    <Layout title={t.searchTitle} description={t.searchDescription}>
      <main className={styles.page}>
        <Heading as="h1">{t.searchTitle}</Heading>
        <form role="search" className={styles.form} onSubmit={(e) => e.preventDefault()}>
          <label className={styles.queryLabel}>
            <span className={styles.label}>{t.searchTitle}</span>
            <textarea
              className={styles.query}
              rows={4}
              value={state.q}
              placeholder={t.searchPlaceholder}
              spellCheck={false}
              onChange={(e) => update({q: e.target.value})}
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
        {search.status === 'idle' && <p className={styles.hint}>{t.searchHint}</p>}
        {search.status === 'loading' && <p role="status">{t.searchLoading}</p>}
        {search.status === 'error' && <p role="alert">{t.searchLoadError}</p>}
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
                  <Link to={paths.error(hit.doc.id)} className={styles.resultLink}>
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
