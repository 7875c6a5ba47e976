/** The search page's decisions from a response: open one entry directly, or help choose. */
import {describe, expect, it} from 'vitest';
import {loadCatalog} from '../../src/catalog';
import {buildSearchData} from '../../src/search/documents';
import {publishedKnownQuestions} from '../../src/search/known-questions';
import {SearchEngine} from '../../src/search/engine';
import {
  queryFromParams,
  queryFromPath,
  resultPath,
  statusesToTellApart,
  uniqueExactHit,
  uniqueExactResult,
} from '../../src/search/url';

const engine = new SearchEngine(buildSearchData(loadCatalog(), publishedKnownQuestions));
const SHARED_MESSAGE = '{"error":"forbidden_op","error_description":"users [bob] are not members of this group!"}';

describe('uniqueExactHit', () => {
  it('names the entry when exactly one matches the message', () => {
    const response = engine.search(
      '{"error":"auth_bad_access_token","error_description":"Unable to authenticate due to corrupt access token"}',
    );
    expect(uniqueExactHit(response)).toBe('401-auth-bad-access-token-unable-authenticate-due-corrupt');
  });

  it('names none when nothing matches exactly', () => {
    expect(uniqueExactHit(engine.search('how do I rotate my app token'))).toBeUndefined();
  });
});

describe('statusesToTellApart', () => {
  it('lists the statuses of entries that share a message when the paste has no status', () => {
    expect(statusesToTellApart(engine.search(SHARED_MESSAGE))).toEqual([400, 403]);
  });

  it('is empty once the status is known, and the entry with that status comes first', () => {
    const response = engine.search(`HTTP/1.1 403 Forbidden\n${SHARED_MESSAGE}`);
    expect(statusesToTellApart(response)).toEqual([]);
    expect(response.hits[0].doc.status).toBe(403);
  });

  it('is empty for a message only one entry has', () => {
    expect(statusesToTellApart(engine.search('grpID 1928374650 does not exist!'))).toEqual([]);
  });
});

describe('queryFromParams', () => {
  it('rebuilds a raw error from its fields, status first', () => {
    const q = queryFromParams(new URLSearchParams('status=401&error=unauthorized&error_description=x'));
    expect(q).toBe('HTTP/1.1 401\n{"error":"unauthorized","error_description":"x"}');
  });
});

describe('queryFromPath', () => {
  it('turns the last part of a broken address into search words', () => {
    expect(queryFromPath('/en/errors/401-auth-bad-token')).toBe('401 auth bad token');
    expect(queryFromPath('/errors/grpID%20does%20not%20exist.html')).toBe('grpID does not exist');
  });

  it('survives malformed escapes and empty paths', () => {
    expect(queryFromPath('/errors/%E0%A4%A')).toBe('%E0%A4%A');
    expect(queryFromPath('/')).toBe('');
  });
});

describe('resultPath', () => {
  it('carries the endpoint of the pasted request line to the entry page', () => {
    const response = engine.search(`DELETE https://host/app-id/1/chatgroups/5/users/bob 403 ${SHARED_MESSAGE}`);
    const hit = uniqueExactResult(response)!;
    expect(resultPath(hit)).toBe(
      '/errors/403-forbidden-op-users-not-members-group?endpoint=groups.remove-member-single',
    );
  });

  it('links the bare entry when the paste names no endpoint it lists', () => {
    const hit = engine.search('message send reach limit').hits[0];
    expect(resultPath(hit)).toBe('/errors/403-message-send-error-reach-limit');
  });
});
