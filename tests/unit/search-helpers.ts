/** The search engine over the published catalog, built once for every search test file that asks for it. */
import {loadCatalog} from '../../src/catalog';
import {buildSearchData} from '../../src/search/documents';
import {publishedKnownQuestions} from '../../src/search/known-questions';
import {SearchEngine} from '../../src/search/engine';

export const publishedEngine = new SearchEngine(buildSearchData(loadCatalog(), publishedKnownQuestions));

/** The id of the entry a query finds first (undefined when it finds none). */
export const topId = (q: string): string | undefined => publishedEngine.search(q).hits[0]?.doc.id;
