/**
 * The search client. The engine runs in a Web Worker, created on first use,
 * so neither loading the index nor searching ever blocks the page; where
 * workers are unavailable it runs in the page, loaded lazily. Neither is in
 * the first load of any page.
 */
import type {SearchData} from '@site/src/search/documents';
import type {SearchEngine, SearchOptions, SearchResponse} from '@site/src/search/engine';

export interface SearchClient {
  search(query: string, options?: SearchOptions): Promise<SearchResponse>;
  modules(): Promise<SearchData['modules']>;
}

let client: SearchClient | undefined;

export function getSearchClient(): SearchClient {
  client ??= typeof Worker === 'function' ? workerClient() : inPageClient();
  return client;
}

/**
 * Starts loading the engine before the first query (on hover, focus or touch of a search
 * control), so the download overlaps with the user reaching for the keyboard.
 */
export function warmUpSearch(): void {
  void getSearchClient()
    .modules()
    .catch(() => undefined); // a failure shows when the user actually searches
}

function workerClient(): SearchClient {
  const worker = new Worker(new URL('./search.worker.ts', import.meta.url));
  const pending = new Map<number, {resolve: (value: never) => void; reject: (error: unknown) => void}>();
  let nextId = 0;
  worker.onmessage = (
    event: MessageEvent<{id: number; response?: SearchResponse; modules?: SearchData['modules']}>,
  ) => {
    const request = pending.get(event.data.id);
    pending.delete(event.data.id);
    request?.resolve((event.data.response ?? event.data.modules) as never);
  };
  worker.onerror = (error) => {
    for (const request of pending.values()) request.reject(error);
    pending.clear();
    client = undefined; // the next use starts afresh
  };
  const ask = <T>(message: object) =>
    new Promise<T>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, {resolve: resolve as (value: never) => void, reject});
      worker.postMessage({id, ...message});
    });
  return {
    search: (query, options) => ask<SearchResponse>({query, options}),
    modules: () => ask<SearchData['modules']>({modules: true}),
  };
}

function inPageClient(): SearchClient {
  let engine: Promise<SearchEngine> | undefined;
  const load = () =>
    (engine ??= Promise.all([
      import('@generated/error-reference/default/search-data.json') as Promise<{default: SearchData}>,
      import('@site/src/search/engine'),
    ]).then(([data, {SearchEngine}]) => new SearchEngine(data.default)));
  return {
    search: async (query, options) => (await load()).search(query, options),
    modules: async () => (await load()).data.modules,
  };
}
