/**
 * What the search engine knows about each entry, derived from the catalog at
 * build time. Both languages are always included: people paste Chinese into
 * the English site and the reverse.
 */
import type {Catalog, Localized} from '../catalog';

export interface SearchDocument {
  id: string;
  status: number;
  type: string;
  message: string;
  /** Other spellings of the message (upstream variants). */
  variants: string[];
  module: string;
  summary: Localized;
  /** Cause and fix in both languages: matched by full text, never displayed. */
  body: string;
  /** Endpoint titles (both languages), methods and paths that return the entry. */
  endpoints: string;
  /** `METHOD path` of each endpoint, for recognising a pasted request line. */
  routes: string[];
}

export interface SearchData {
  version: 1;
  documents: SearchDocument[];
  modules: {id: string; title: Localized}[];
}

export function buildSearchData(catalog: Catalog): SearchData {
  const documents = catalog.entries.map((entry): SearchDocument => {
    const uses = catalog.usesOfEntry.get(entry.id) ?? [];
    return {
      id: entry.id,
      status: entry.status,
      type: entry.type,
      message: entry.message,
      variants: (entry.variants ?? []).map((v) => v.message ?? '').filter(Boolean),
      module: catalog.moduleOfEntry.get(entry.id)!.id,
      summary: entry.summary,
      body: [entry.cause.zh, entry.fix.zh, entry.cause.en, entry.fix.en].join('\n'),
      endpoints: uses.map((u) => `${u.endpoint.title.zh} ${u.endpoint.title.en}`).join('\n'),
      routes: [...new Set(uses.map((u) => `${u.endpoint.method} ${u.endpoint.path}`))],
    };
  });
  return {
    version: 1,
    documents,
    modules: catalog.modules.map((m) => ({id: m.id, title: m.title})),
  };
}
