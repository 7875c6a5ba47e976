/**
 * The search box and its results, as a combobox with a listbox: used in the
 * navbar dialog and inline on the home page. Takes whole multi-line pastes;
 * ↑/↓ move, Enter opens the entry (or the search page when nothing matched),
 * Shift+Enter adds a line, Esc leaves.
 */
import React, {type KeyboardEvent, type ReactNode, useEffect, useId, useMemo, useRef, useState} from 'react';
import Link from '@docusaurus/Link';
import {useHistory} from '@docusaurus/router';
import {useBaseUrlUtils} from '@docusaurus/useBaseUrl';
import {paths} from '@site/src/links';
import {MAX_QUERY_LENGTH} from '@site/src/search/query';
import {resultPath, statusesToTellApart} from '@site/src/search/url';
import {useLabels} from '@site/src/i18n/labels';
import {useQueryInput} from '../queryInput';
import {warmUpSearch} from './loader';
import ResultItem from './ResultItem';
import {useSearch} from './useSearch';
import styles from './styles.module.css';

interface Props {
  /** Called when the user opens a result or presses Esc. */
  onLeave?: () => void;
  autoFocus?: boolean;
  /** A larger box with room for a pasted body (home page). */
  large?: boolean;
}

export default function SearchPanel({onLeave, autoFocus = false, large = false}: Props): ReactNode {
  const t = useLabels();
  const history = useHistory();
  const listId = useId();
  const [query, setQuery] = useState('');
  const queryInput = useQueryInput(setQuery);
  const [active, setActive] = useState(0);
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const state = useSearch(query, {limit: 8});
  const hits = state.status === 'done' ? state.response.hits : [];
  const {withBaseUrl} = useBaseUrlUtils();

  useEffect(() => {
    if (autoFocus) inputRef.current?.focus();
  }, [autoFocus]);
  useEffect(() => setActive(0), [query]);

  /** Leaves for a site path (`paths`), under the base path and in the page's language. */
  const go = (path: string) => {
    onLeave?.();
    history.push(withBaseUrl(path));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Escape') {
      if (onLeave) {
        event.preventDefault();
        onLeave();
      } else setQuery('');
    } else if (event.key === 'ArrowDown' && hits.length > 0) {
      event.preventDefault();
      setActive((a) => (a + 1) % hits.length);
    } else if (event.key === 'ArrowUp' && hits.length > 0) {
      event.preventDefault();
      setActive((a) => (a - 1 + hits.length) % hits.length);
    } else if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      if (hits.length > 0) go(resultPath(hits[active]));
      else if (query.trim()) go(paths.search({q: query}));
    }
  };

  const optionId = (i: number) => `${listId}-option-${i}`;
  const response = state.status === 'done' ? state.response : undefined;
  const terms = response?.terms ?? [];
  const tellApart = response ? statusesToTellApart(response) : [];
  const lines = useMemo(() => query.split('\n').length, [query]);

  return (
    <div className={large ? styles.panelLarge : styles.panel}>
      <div className={styles.inputRow}>
        <SearchIcon />
        <textarea
          ref={inputRef}
          className={styles.input}
          rows={Math.min(large ? 8 : 6, Math.max(large ? 2 : 1, lines))}
          value={query}
          placeholder={t.searchPlaceholder}
          aria-label={t.searchTitle}
          role="combobox"
          aria-expanded={hits.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={hits.length > 0 ? optionId(active) : undefined}
          spellCheck={false}
          onChange={queryInput.onChange}
          onPaste={queryInput.onPaste}
          onKeyDown={onKeyDown}
          onFocus={warmUpSearch}
        />
        {onLeave && (
          <button type="button" className={styles.closeButton} onClick={onLeave} aria-label={t.close}>
            Esc
          </button>
        )}
      </div>
      <div className={styles.body} hidden={large && state.status === 'idle' && !query.trim()}>
        {state.status === 'idle' && !large && <p className={styles.hint}>{t.searchHint}</p>}
        {queryInput.wasCut && <p className={styles.hint}>{t.queryCut(MAX_QUERY_LENGTH)}</p>}
        {state.status === 'loading' && (
          <p className={styles.hint} role="status">
            {t.searchLoading}
          </p>
        )}
        {(state.status === 'error' || state.status === 'timeout') && (
          <p className={styles.hint} role="alert">
            {state.status === 'error' ? t.searchLoadError : t.searchTimeout}
          </p>
        )}
        {response && !response.exact && (
          <p className={`${styles.notice} ${styles.noExact}`} role="status">
            {hits.length > 0 ? t.noExactMatch : t.noResults}
            {response.statusDoc && (
              <>
                {' '}
                <Link to={paths.error(response.statusDoc.id)} onClick={onLeave}>
                  {t.statusMeaning(response.statusDoc.status)}
                </Link>
              </>
            )}
          </p>
        )}
        {tellApart.length > 0 && (
          <p className={`${styles.notice} ${styles.tellApart}`} role="status">
            {t.tellApartByStatus(tellApart)}
          </p>
        )}
        <ul id={listId} role="listbox" aria-label={t.searchResults} className={styles.list}>
          {hits.map((hit, i) => (
            <li
              key={hit.doc.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className={i === active ? styles.optionActive : styles.option}
              onMouseMove={() => setActive(i)}
              onClick={() => go(resultPath(hit))}
            >
              <ResultItem hit={hit} terms={terms} />
            </li>
          ))}
        </ul>
        {query.trim() && (
          <p className={styles.footer}>
            <Link to={paths.search({q: query})} onClick={onLeave}>
              {t.seeAllResults}
            </Link>
            <span className={styles.keys}>{t.keyboardHelp}</span>
          </p>
        )}
      </div>
    </div>
  );
}

export function SearchIcon(): ReactNode {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" className={styles.icon}>
      <path
        fill="currentColor"
        d="M10 2a8 8 0 0 1 6.32 12.9l5.39 5.4-1.42 1.4-5.39-5.38A8 8 0 1 1 10 2zm0 2a6 6 0 1 0 0 12 6 6 0 0 0 0-12z"
      />
    </svg>
  );
}
