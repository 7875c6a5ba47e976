/**
 * An English field named as a field or by its empty value (field-told.ts): "the to field", "usernames: []". The
 * queries are examples of the rule, not answers kept for them.
 */
import {describe, expect, it} from 'vitest';
import {emptyValueTold, fieldsTold} from '../../src/search/field-told';
import {flagOfKind} from '../../src/search/symptoms';
import {topId as top} from './search-helpers';

const MISSING = flagOfKind('missing');

describe('fields told in English', () => {
  it.each([
    ['the to field of the send request was empty', ['to']],
    ['the recall call had no force parameter', ['force']],
    ['field type was dropped by the serializer', ['type']],
    ['the body had usernames: [] in it', ['usernames']],
    ['we sent from: null', ['from']],
  ])('%s', (text, fields) => {
    expect(fieldsTold(text)).toEqual(expect.arrayContaining(fields));
  });

  it.each(['the field is required', 'sending to a group fails with 400'])('%s: no field named', (text) => {
    expect(fieldsTold(text)).toEqual([]);
  });

  it('an empty JSON value is a field missing; a value that is there is not', () => {
    expect(emptyValueTold('usernames: []')).toBe(MISSING);
    expect(emptyValueTold('msg_id: ""')).toBe(MISSING);
    expect(emptyValueTold('from: null')).toBe(MISSING);
    expect(emptyValueTold('usernames: ["a"]')).toBe(0);
    expect(emptyValueTold('at 10:30 it failed')).toBe(0);
  });
});

describe('in the engine', () => {
  it('an empty usernames array sent to the presence subscription: the entry for an empty list', () => {
    expect(top('presence subscription body sent usernames: [] since nobody was online')).toBe(
      '400-illegal-argument-usernames-empty',
    );
  });

  it('the to field told in words: the send entry for an empty to, not the users one', () => {
    expect(top('the to field of the send request was an empty array because the group had no members')).toBe(
      '400-message-send-error-param-cant-empty',
    );
  });
});
