/**
 * The search page's URL forms. A link can carry a free-text query, or a raw
 * error field by field when a tool has the response but no entry id:
 *   /search?q=<anything pasted>                      the results
 *   /search?q=<whole body>&open=1                     the entry, when the match is exact
 *   /search?status=401&error=auth_bad_access_token&error_description=Unable%20to%20authenticate
 *                                                     the entry, when the match is exact
 * Otherwise (no exact match, or several equally exact ones) the results show.
 */
import {paths} from '../links';
import type {SearchHit, SearchResponse} from './engine';
import {isExactMatch} from './match';

export function queryFromParams(params: URLSearchParams): string {
  const q = params.get('q');
  if (q) return q;
  const status = params.get('status');
  const error = params.get('error');
  const description = params.get('error_description');
  if (!error && !description) return status ?? '';
  const body = JSON.stringify({...(error ? {error} : {}), ...(description ? {error_description: description} : {})});
  return status ? `HTTP/1.1 ${status}\n${body}` : body;
}

/** Links carrying a raw error, or asking for it with `open=1`, go straight to an exact match. */
export function opensDirectly(params: URLSearchParams): boolean {
  return params.has('error') || params.has('error_description') || params.get('open') === '1';
}

/** The id of the one entry that matches exactly, or undefined when none or several do. */
export function uniqueExactHit(response: SearchResponse): string | undefined {
  return uniqueExactResult(response)?.doc.id;
}

/** The one hit that matches exactly, or undefined when none or several do. */
export function uniqueExactResult(response: SearchResponse): SearchHit | undefined {
  const [first, second] = response.hits;
  if (!response.exact || !first) return undefined;
  const secondIsAsGood = second && isExactMatch(second.match) && second.score >= first.score;
  return secondIsAsGood ? undefined : first;
}

/** Where a result leads: its entry, with the endpoint of the pasted request line when the entry lists it. */
export function resultPath(hit: SearchHit): string {
  return paths.error(hit.doc.id, {endpoint: hit.endpoint});
}

/**
 * When a message alone cannot tell entries apart (the same message under different
 * statuses, say 400 for chat rooms and 403 for groups) and the paste had no status:
 * those statuses, so the reader can be told to pick by the status they received.
 */
export function statusesToTellApart(response: SearchResponse): number[] {
  if (!response.exact || response.query.status) return [];
  const exactHits = response.hits.filter((hit) => isExactMatch(hit.match));
  const statuses = [...new Set(exactHits.map((hit) => hit.doc.status))].sort((a, b) => a - b);
  return statuses.length > 1 ? statuses : [];
}

/** The last part of the address as search words: `/errors/401-auth-bad-token` → `401 auth bad token`. */
export function queryFromPath(pathname: string): string {
  const last = pathname.split('/').filter(Boolean).pop() ?? '';
  let decoded = last;
  try {
    decoded = decodeURIComponent(last);
  } catch {
    // A malformed escape: search for the raw text.
  }
  return decoded
    .replace(/\.html$/, '')
    .replace(/[-_.+]+/g, ' ')
    .trim()
    .slice(0, 200);
}
