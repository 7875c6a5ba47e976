/**
 * Loads the search data and the engine on first use, once: neither is part
 * of the first load of any page.
 */
import type {SearchEngine} from '@site/src/search/engine';
import type {SearchData} from '@site/src/search/documents';

let enginePromise: Promise<SearchEngine> | undefined;

export function loadSearchEngine(): Promise<SearchEngine> {
  enginePromise ??= Promise.all([
    import('@generated/error-reference/default/search-data.json') as Promise<{default: SearchData}>,
    import('@site/src/search/engine'),
  ]).then(([data, {SearchEngine}]) => new SearchEngine(data.default));
  // A failed load (network) may be retried on the next use.
  enginePromise.catch(() => {
    enginePromise = undefined;
  });
  return enginePromise;
}
