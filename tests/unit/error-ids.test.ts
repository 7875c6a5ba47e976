/**
 * An error id is read by people: in a URL, a ticket, a log line. Its words
 * must not say the opposite of the message, as a slug does when it drops the
 * "not" of "does not exist".
 */
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {loadCatalog} from '../../src/catalog';
import {ERROR_IDS_FILE, errorIdsSource} from '../../scripts/lib/error-ids';

const AUXILIARIES = new Set(['do', 'does', 'did', 'can', 'may', 'is', 'are', 'was', 'will', 'should', 'must']);
const slug = (word: string) => word.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Word pairs the message negates (`does not exist` → does-exist), and auxiliaries a "not" follows. */
function negations(message: string): {pairs: string[]; auxiliaries: string[]} {
  const pairs: string[] = [];
  const auxiliaries: string[] = [];
  for (const m of message.matchAll(/([A-Za-z]+)\s+not\s+([A-Za-z]+)/g)) {
    pairs.push(`${slug(m[1])}-${slug(m[2])}`);
    if (AUXILIARIES.has(slug(m[1]))) auxiliaries.push(slug(m[1]));
  }
  return {pairs, auxiliaries};
}

/** Why an id reads as the opposite of its message, or undefined when it does not. */
function oppositeReading(id: string, message: string): string | undefined {
  const {pairs, auxiliaries} = negations(message);
  const pair = pairs.find((p) => `-${id}-`.includes(`-${p}-`));
  if (pair) return `has "${pair}" where the message says "not"`;
  const dangling = auxiliaries.find((word) => id.endsWith(`-${word}`));
  if (dangling) return `ends on "${dangling}", whose "not" the id dropped`;
  return undefined;
}

describe('error ids', () => {
  it('catches the ways a slug turns a message around', () => {
    expect(oppositeReading('404-resource-not-found-grpid-does-exist', 'grpID XX does not exist!')).toMatch(
      /does-exist/,
    );
    expect(oppositeReading('404-x-do-find-group', 'do not find this group:XX')).toMatch(/do-find/);
    expect(oppositeReading('400-management-user-with-id-null-does', 'User with id null does not exist')).toMatch(
      /ends on "does"/,
    );
    expect(oppositeReading('404-resource-not-found-grpid-does-not-exist', 'grpID XX does not exist!')).toBeUndefined();
  });

  it('never say the opposite of their message', () => {
    const wrong = loadCatalog().entries.flatMap((entry) =>
      [entry.message, ...(entry.variants ?? []).map((v) => v.message ?? '')]
        .map((message) => oppositeReading(entry.id, message))
        .filter(Boolean)
        .map((why) => `${entry.id}: ${why}`),
    );
    expect(wrong).toEqual([]);
  });
});

describe('src/catalog/error-ids.ts', () => {
  it('lists exactly the current error ids (run `npm run catalog-ids` when this fails)', () => {
    const text = readFileSync(ERROR_IDS_FILE, 'utf8');
    expect(text).toBe(errorIdsSource(loadCatalog().entries));
  });

  it('is written as one sorted union, and as `never` for no entries', () => {
    expect(errorIdsSource([{id: 'b'}, {id: 'a'}, {id: 'a'}])).toMatch(
      /export type ErrorId =\n {2}\| 'a'\n {2}\| 'b';\n$/,
    );
    expect(errorIdsSource([])).toMatch(/export type ErrorId = never;\n$/);
  });
});
