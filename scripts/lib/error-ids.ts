/**
 * Writes src/catalog/error-ids.ts: the union type of every error id, so that a
 * misspelt reference in a module file (`related`, an endpoint's `errors`) fails
 * `tsc`. Run by `npm run catalog-ids` and `npm run publish-ids`.
 */
import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import type {ErrorEntry} from '../../src/catalog/types';

export const ERROR_IDS_FILE = path.resolve(__dirname, '../../src/catalog/error-ids.ts');

/** The file's text for these entries: sorted, one id a line, as Prettier would format it. */
export function errorIdsSource(entries: readonly Pick<ErrorEntry, 'id'>[]): string {
  const ids = [...new Set(entries.map((e) => e.id))].sort();
  const union = ids.length ? ids.map((id) => `\n  | '${id}'`).join('') : ' never';
  return (
    '/**\n' +
    ' * Every error id of the catalog. Generated from src/catalog/modules by `npm run catalog-ids`\n' +
    ' * (also run by `npm run publish-ids`); do not edit by hand.\n' +
    ' */\n' +
    `export type ErrorId =${union};\n`
  );
}

/** Rewrites the file when it differs; says whether it changed. */
export function writeErrorIds(entries: readonly Pick<ErrorEntry, 'id'>[]): boolean {
  const text = errorIdsSource(entries);
  let current = '';
  try {
    current = readFileSync(ERROR_IDS_FILE, 'utf8');
  } catch {
    // No file yet: write it.
  }
  if (current === text) return false;
  writeFileSync(ERROR_IDS_FILE, text);
  return true;
}
