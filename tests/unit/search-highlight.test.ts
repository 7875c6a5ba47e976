/** The words of a result that are marked as the query's: where a word starts in Latin text, anywhere in Chinese. */
import {describe, expect, it} from 'vitest';
import {highlightTerms, markedParts} from '../../src/search/text';

const marked = (text: string, query: string) =>
  markedParts(text, highlightTerms(query))
    .filter((p) => p.marked)
    .map((p) => p.text);

describe('marked words of a result', () => {
  it.each([
    ['Not found: the endpoint or the resource does not exist.', 'our nightly job wiped the room', []],
    ['The group members are not in the chat room.', 'member of a chat room', ['member', 'chat', 'room']],
    ['Adding Members fails', 'members', ['Members']],
    ['群组不存在或已被解散', '群被解散了', ['被解散']],
    ['The user does not exist in this app.', 'USER exist', ['user', 'exist']],
  ])('%s, for "%s"', (text, query, expected) => {
    expect(marked(text, query)).toEqual(expected);
  });

  it('gives back the whole text, in order, and marks nothing for a query of no words', () => {
    const text = 'grpID 123 does not exist! <b>x</b>';
    expect(
      markedParts(text, highlightTerms('chat room grpID'))
        .map((p) => p.text)
        .join(''),
    ).toBe(text);
    expect(markedParts(text, [])).toEqual([{text, marked: false}]);
  });

  it('reads a query of regular-expression characters as text', () => {
    expect(marked('a (b) [c] *d*', '(b) [c] *d* .*')).toEqual([]);
    expect(() => markedParts('text', ['(?<', '[', '\\'])).not.toThrow();
  });
});
