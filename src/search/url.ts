/**
 * The search page's URL forms. A link can carry a free-text query, or a raw
 * error field by field when a tool has the response but no entry id:
 *   /search?q=<anything pasted>
 *   /search?status=401&error=auth_bad_access_token&error_description=Unable%20to%20authenticate
 */
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
