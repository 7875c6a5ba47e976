/**
 * Adds every current module, endpoint and error id to
 * src/catalog/published-ids.json, the permanent record of what has been
 * published. It only ever adds: an id that leaves the catalog must get a
 * redirect in src/catalog/redirects.ts, which a test enforces. Also
 * regenerates src/catalog/error-ids.ts (see `npm run catalog-ids`).
 *   npm run publish-ids
 */
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {loadCatalog} from '../src/catalog';
import {writeErrorIds} from './lib/error-ids';

const file = path.resolve('src/catalog/published-ids.json');
type Published = {modules: string[]; endpoints: string[]; errors: string[]};
const published: Published = existsSync(file)
  ? JSON.parse(readFileSync(file, 'utf8'))
  : {modules: [], endpoints: [], errors: []};
const catalog = loadCatalog();
const current: Published = {
  modules: catalog.modules.map((m) => m.id),
  endpoints: catalog.modules.flatMap((m) => m.endpoints.map((e) => e.id)),
  errors: catalog.entries.map((e) => e.id),
};
let added = 0;
for (const key of ['modules', 'endpoints', 'errors'] as const) {
  const set = new Set(published[key]);
  for (const id of current[key]) {
    if (set.has(id)) continue;
    set.add(id);
    added += 1;
  }
  published[key] = [...set].sort();
}
writeFileSync(file, `${JSON.stringify(published, null, 2)}\n`);
if (writeErrorIds(catalog.entries)) console.log('src/catalog/error-ids.ts updated.');
console.log(
  `${added} id(s) added; ${published.errors.length} errors, ${published.endpoints.length} endpoints, ${published.modules.length} modules published.`,
);
