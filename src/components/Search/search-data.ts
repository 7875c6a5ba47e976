/** The search data, fetched on first use: a JSON file of the build, at the address the bundler gave it. */
import url from '@generated/error-reference/default/search-data.json';
import type {SearchData} from '@site/src/search/documents';

export async function fetchSearchData(): Promise<SearchData> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`the search data answered HTTP ${response.status}`);
  return (await response.json()) as SearchData;
}
