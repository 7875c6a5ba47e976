/**
 * What the search engine knows about each entry, derived from the catalog at
 * build time. Both languages are always included: people paste Chinese into
 * the English site and the reverse.
 */
import {provenanceOf, type Catalog, type Localized, type Provenance} from '../catalog';
import {indexTokens} from './text';

export interface SearchDocument {
  id: string;
  status: number;
  type: string;
  message: string;
  /** Other spellings of the message (upstream variants). */
  variants: string[];
  module: string;
  summary: Localized;
  /**
   * The index, prepared at build time so the browser does not tokenise:
   * the words of message, type and summary, space-separated and unique…
   */
  primaryTerms: string;
  /** …and those found only in cause, fix and the endpoints that return the entry (both languages). */
  secondaryTerms: string;
  /** `METHOD path` of each endpoint, for recognising a pasted request line. */
  routes: string[];
  /** Whether documentation says the API returns it, or it is only seen in real responses. Not searched. */
  provenance: Provenance;
  /** Set on behaviour of older responses. Not searched. */
  older?: true;
  /** Set on a failure reported inside a 200 response. Not searched. */
  partial?: true;
}

export interface SearchData {
  version: 1;
  documents: SearchDocument[];
  modules: {id: string; title: Localized}[];
}

export function buildSearchData(catalog: Catalog): SearchData {
  const documents = catalog.entries.map((entry): SearchDocument => {
    const uses = catalog.usesOfEntry.get(entry.id) ?? [];
    const variants = (entry.variants ?? []).map((v) => v.message ?? '').filter(Boolean);
    const routes = [...new Set(uses.map((u) => `${u.endpoint.method} ${u.endpoint.path}`))];
    const primary = new Set(
      indexTokens([entry.message, ...variants, entry.type, entry.summary.zh, entry.summary.en].join('\n')),
    );
    const secondary = new Set(
      indexTokens(
        [
          entry.cause.zh,
          entry.fix.zh,
          entry.cause.en,
          entry.fix.en,
          ...uses.map((u) => `${u.endpoint.title.zh} ${u.endpoint.title.en}`),
          ...routes,
        ].join('\n'),
      ),
    );
    return {
      id: entry.id,
      status: entry.status,
      type: entry.type,
      message: entry.message,
      variants,
      module: catalog.moduleOfEntry.get(entry.id)!.id,
      summary: entry.summary,
      primaryTerms: [...primary].join(' '),
      secondaryTerms: [...secondary].filter((t) => !primary.has(t)).join(' '),
      routes,
      provenance: provenanceOf(entry),
      ...(entry.older && {older: true}),
      ...(entry.partial && {partial: true}),
    };
  });
  return {
    version: 1,
    documents,
    modules: catalog.modules.map((m) => ({id: m.id, title: m.title})),
  };
}
