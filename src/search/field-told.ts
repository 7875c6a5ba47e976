/**
 * A field an English question names without quoting it: as a field ("the type field", "the direction parameter",
 * "field to") or by the value it had ("usernames: []", "from: null"). fields.ts reads only quoted words and
 * identifiers in English, since "to" and "type" are ordinary words there; told as a field, they are fields. A value
 * told as an empty JSON value (`[]`, `null`, `""`, `{}`) is a field missing or empty.
 */
import {flagOfKind} from './symptoms';

/** "the type field", "its direction parameter"; "field to", "param force". */
const AS_FIELD =
  /\b([a-z][\w-]*) (?:field|parameter|param|property|key)s?\b|\b(?:field|parameter|param|property|key) [`'"]?([a-z][\w-]*)/g;

/** "usernames: []", "from: null", "msg_id = ''": a field and its empty value. */
const EMPTY_VALUE = /\b([a-z][\w-]*)["'`]?\s*[:=]\s*(?:\[\s*\]|\{\s*\}|null\b|undefined\b|""|''|``)/g;

/** Words that stand before "field" or "parameter" without naming one. */
const NOT_NAMES = new Set([
  'the',
  'a',
  'an',
  'its',
  'that',
  'this',
  'one',
  'each',
  'every',
  'required',
  'missing',
  'empty',
]);

/** The fields an English question names as fields or by their empty values, lower case (any word: the engine keeps known fields). */
export function fieldsTold(text: string): string[] {
  const lower = text.slice(0, 1_000).toLowerCase();
  const names = [...lower.matchAll(AS_FIELD)].map((m) => m[1] ?? m[2]);
  names.push(...[...lower.matchAll(EMPTY_VALUE)].map((m) => m[1]));
  return [...new Set(names.filter((n) => n && !NOT_NAMES.has(n)))];
}

/** A value told as an empty JSON value: the field is missing or empty (symptoms.ts flag); 0 when none is told. */
export function emptyValueTold(text: string): number {
  EMPTY_VALUE.lastIndex = 0;
  return EMPTY_VALUE.test(text.slice(0, 1_000).toLowerCase()) ? flagOfKind('missing') : 0;
}
