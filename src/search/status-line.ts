/**
 * An HTTP client's status line with no body: OkHttp's `<-- 503 Service
 * Unavailable https://… (30012ms, 0-byte body)`, Python's `503 Server Error:
 * Service Unavailable for url: https://…`, axios' `Request failed with status
 * code 502`. It says the status and where the call went, nothing of why: the
 * service's own errors come with a JSON body, so the status's generic entry
 * is the answer, not an entry that shares a word of the path.
 */

/** The words such a line may hold besides its URL and numbers: reason phrases, methods, the clients' own words. */
const LINE_WORDS = new Set(
  (
    'bad request unauthorized unauthorised forbidden not found method allowed time timeout out conflict payload too ' +
    'large entity unsupported media type many requests internal server error implemented gateway service unavailable ' +
    'http https get post put delete patch for url uri to from failed fail with status code response body empty ' +
    'byte bytes ms okhttp okhttpclient exceptions httperror exception client'
  ).split(' '),
);

/** More words than this besides those of the line: the paste tells more than a status. */
const MAX_OTHER_WORDS = 1;

/** Whether the paste is one status line with a URL and nothing more: no body, no words of its own. */
export function isBareStatusLine(input: string): boolean {
  if (input.length > 600 || /[{}\n]/.test(input.trim())) return false;
  if (!/https?:\/\/\S+/.test(input) || !/(?<!\d)[1-5]\d\d(?!\d)/.test(input)) return false;
  const rest = input.replace(/https?:\/\/\S+/g, ' ').toLowerCase();
  const others = (rest.match(/\p{L}{2,}/gu) ?? []).filter((w) => !LINE_WORDS.has(w));
  return others.length <= MAX_OTHER_WORDS;
}
