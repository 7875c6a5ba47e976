/**
 * The search engine in a worker: building its index and answering queries
 * never block the page. Messages: {id, query, options} in, {id, response} out;
 * {id, modules: true} in, {id, modules} out.
 */
import data from '@generated/error-reference/default/search-data.json';
import {SearchEngine, type SearchOptions} from '@site/src/search/engine';

const engine = new SearchEngine(data);

interface Request {
  id: number;
  query?: string;
  options?: SearchOptions;
  modules?: boolean;
}

self.onmessage = (event: MessageEvent<Request>) => {
  const {id, query, options, modules} = event.data;
  if (modules) self.postMessage({id, modules: data.modules});
  else self.postMessage({id, response: engine.search(query ?? '', options)});
};
