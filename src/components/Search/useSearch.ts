/**
 * Runs a query against the lazily loaded engine and tracks loading and error states.
 * A failed or timed-out query is retried by the next one (the next keystroke): the
 * loader drops a client that failed.
 */
import {useEffect, useState} from 'react';
import type {SearchOptions, SearchResponse} from '@site/src/search/engine';
import {getSearchClient, SearchTimeoutError} from './loader';

export type SearchState =
  | {status: 'idle'}
  | {status: 'loading'}
  | {status: 'error'}
  | {status: 'timeout'}
  | {status: 'done'; response: SearchResponse};

export function useSearch(query: string, options: SearchOptions = {}, enabled = true): SearchState {
  const [state, setState] = useState<SearchState>({status: 'idle'});
  const {module, status, limit} = options;
  useEffect(() => {
    if (!enabled || !query.trim()) {
      setState({status: 'idle'});
      return;
    }
    let cancelled = false;
    setState((s) => (s.status === 'done' ? s : {status: 'loading'}));
    getSearchClient()
      .search(query, {module, status, limit})
      .then(
        (response) => {
          if (!cancelled) setState({status: 'done', response});
        },
        (error: unknown) => {
          if (!cancelled) setState({status: error instanceof SearchTimeoutError ? 'timeout' : 'error'});
        },
      );
    return () => {
      cancelled = true;
    };
  }, [query, module, status, limit, enabled]);
  return state;
}
