/** Runs a query against the lazily loaded engine and tracks loading and error states. */
import {useEffect, useState} from 'react';
import type {SearchOptions, SearchResponse} from '@site/src/search/engine';
import {getSearchClient} from './loader';

export type SearchState =
  {status: 'idle'} | {status: 'loading'} | {status: 'error'} | {status: 'done'; response: SearchResponse};

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
        () => {
          if (!cancelled) setState({status: 'error'});
        },
      );
    return () => {
      cancelled = true;
    };
  }, [query, module, status, limit, enabled]);
  return state;
}
