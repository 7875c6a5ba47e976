/**
 * The search engine in a worker: downloading the data, building its index and answering queries never block the
 * page. Messages: {id, query, options} in, {id, response} out; {id, modules: true} in, {id, modules} out; when the
 * data could not be had, {id, failed} out for every request.
 */
import {SearchEngine, type SearchOptions} from '@site/src/search/engine';
import {fetchSearchData} from './search-data';

const engine = fetchSearchData().then((data) => new SearchEngine(data));
// A failed download is answered to every request (below); until one arrives, it is not an unhandled rejection.
engine.catch(() => undefined);

interface Request {
  id: number;
  query?: string;
  options?: SearchOptions;
  modules?: boolean;
}

self.onmessage = async (event: MessageEvent<Request>) => {
  const {id, query, options, modules} = event.data;
  try {
    const ready = await engine;
    if (modules) self.postMessage({id, modules: ready.data.modules});
    else self.postMessage({id, response: ready.search(query ?? '', options)});
  } catch (error) {
    self.postMessage({id, failed: String(error)});
  }
};
