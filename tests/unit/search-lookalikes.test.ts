/**
 * Look-alike entries that the words of a question alone cannot tell apart: the endpoint a request line names,
 * what creating a place is limited by, a status named in words, and the time since an event. The queries are
 * examples of each rule, not answers kept for them.
 */
import {describe, expect, it} from 'vitest';
import {loadCatalog} from '../../src/catalog';
import {buildSearchData} from '../../src/search/documents';
import {SearchEngine} from '../../src/search/engine';

const engine = new SearchEngine(buildSearchData(loadCatalog()));
const top = (q: string) => engine.search(q).hits[0]?.doc.id;

describe("a request line's endpoint decides between entries with the same message", () => {
  it.each([
    // The message is misquoted: words find both look-alikes, the endpoint only its own.
    ['POST /o1/a1/chatgroups/7/share_files 400 file must provided', '400-illegalargumentexception-file-must-provided'],
    ['POST /o1/a1/chatfiles 400 file must provided', '400-illegal-argument-file-must-provided'],
    [
      'GET /o1/a1/metadata/chatgroup/5/user/tom 404 user is not in the group',
      '404-metadataexception-user-not-in-group',
    ],
    ['POST /o1/a1/thread 404 user is not in the group', '404-group-error-user-not-in'],
  ])('%s', (q, id) => {
    expect(top(q)).toBe(id);
  });

  it("names the endpoint of the entry found, a misquoted message's too", () => {
    const response = engine.search('POST /o1/a1/chatgroups/7/share_files 400 file must provided');
    expect(response.hits[0].endpoint).toBe(response.endpoint?.id);
    expect(response.endpoint?.path).toContain('share_files');
  });
});
