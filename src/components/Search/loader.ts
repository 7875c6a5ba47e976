/**
 * The search client. The engine runs in a Web Worker, created on first use,
 * so neither loading the index nor searching ever blocks the page; where
 * workers are unavailable it runs in the page, loaded lazily. Neither is in
 * the first load of any page.
 *
 * On a bad network the download can fail or hang. Every request has a time
 * limit; a failed or timed-out client is dropped, so the next query (the next
 * keystroke) starts a fresh download instead of waiting on a dead one. After a
 * worker failed, the retry loads the engine into the page (other files: a hung
 * request for the worker's script can hold back a new request for the same
 * file), and after that failed, the worker again.
 */
import type {SearchData} from '@site/src/search/documents';
import type {SearchEngine, SearchOptions, SearchResponse} from '@site/src/search/engine';
import {fetchSearchData} from './search-data';

export interface SearchClient {
  search(query: string, options?: SearchOptions): Promise<SearchResponse>;
  modules(): Promise<SearchData['modules']>;
}

/** A search that got no answer in time (the engine's download hangs, most likely). */
export class SearchTimeoutError extends Error {}

const DEFAULT_TIMEOUT_MS = 10_000;

/** The time limit of one request, the engine's download included; tests set `window.__searchTimeoutMs`. */
export function searchTimeoutMs(): number {
  const override = (globalThis as {__searchTimeoutMs?: unknown}).__searchTimeoutMs;
  return typeof override === 'number' && override > 0 ? override : DEFAULT_TIMEOUT_MS;
}

let client: SearchClient | undefined;
/** Set when the worker failed: the next client runs in the page. */
let workerFailed = false;

export function getSearchClient(): SearchClient {
  client ??= typeof Worker === 'function' && !workerFailed ? workerClient() : inPageClient();
  return client;
}

/** Drops a client that failed, so the next use starts afresh (unless a newer one took its place). */
function discard(failed: SearchClient, wasWorker: boolean): void {
  workerFailed = wasWorker;
  if (client === failed) client = undefined;
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

/** The promise, or a SearchTimeoutError once the time limit passes (then `onTimeout` runs). */
function withTimeout<T>(promise: Promise<T>, onTimeout: () => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      onTimeout();
      reject(new SearchTimeoutError(`no answer from the search engine in ${searchTimeoutMs()} ms`));
    }, searchTimeoutMs());
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

function workerClient(): SearchClient {
  const worker = new Worker(/* webpackChunkName: "search-worker" */ new URL('./search.worker.ts', import.meta.url));
  const pending = new Map<number, {resolve: (value: never) => void; reject: (error: unknown) => void}>();
  let nextId = 0;
  const fail = (error: unknown) => {
    for (const request of pending.values()) request.reject(error);
    pending.clear();
    worker.terminate();
    discard(self, true);
  };
  worker.onmessage = (
    event: MessageEvent<{id: number; response?: SearchResponse; modules?: SearchData['modules']; failed?: string}>,
  ) => {
    // The worker could not download the data: the next query starts afresh.
    if (event.data.failed !== undefined) {
      fail(new Error(event.data.failed));
      return;
    }
    const request = pending.get(event.data.id);
    pending.delete(event.data.id);
    request?.resolve((event.data.response ?? event.data.modules) as never);
  };
  // The worker's script did not load, or the engine threw while starting.
  worker.onerror = (error) => fail(error);
  const ask = <T>(message: object) => {
    const id = nextId++;
    const answer = new Promise<T>((resolve, reject) => {
      pending.set(id, {resolve: resolve as (value: never) => void, reject});
      worker.postMessage({id, ...message});
    });
    return withTimeout(answer, () => fail(new SearchTimeoutError('timed out')));
  };
  const self: SearchClient = {
    search: (query, options) => ask<SearchResponse>({query, options}),
    modules: () => ask<SearchData['modules']>({modules: true}),
  };
  return self;
}

function inPageClient(): SearchClient {
  let engine: Promise<SearchEngine> | undefined;
  const load = () =>
    (engine ??= withTimeout(
      Promise.all([fetchSearchData(), import(/* webpackChunkName: "search-engine" */ '@site/src/search/engine')]).then(
        ([data, {SearchEngine}]) => new SearchEngine(data),
      ),
      () => undefined,
    ).catch((error: unknown) => {
      // A failed download is not kept: the next query downloads again.
      engine = undefined;
      discard(self, false);
      throw error;
    }));
  const self: SearchClient = {
    search: async (query, options) => (await load()).search(query, options),
    modules: async () => (await load()).data.modules,
  };
  return self;
}
