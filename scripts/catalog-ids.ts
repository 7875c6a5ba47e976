/**
 * Regenerates src/catalog/error-ids.ts after an error is added, renamed or
 * removed, so that references to it type-check:
 *   npm run catalog-ids
 * It reads the module files without validating them, so it also works while a
 * reference is still broken (that is what `tsc` then reports).
 */
import {allModules} from '../src/catalog/modules';
import {writeErrorIds} from './lib/error-ids';

const entries = allModules.flatMap((m) => m.entries);
const changed = writeErrorIds(entries);
console.log(`${entries.length} error ids; src/catalog/error-ids.ts ${changed ? 'updated' : 'already up to date'}.`);
