/**
 * Published ids are permanent: a link in a ticket must keep working. Every id
 * in published-ids.json is still in the catalog or redirects to an id that is;
 * every id in the catalog has been recorded as published.
 */
import {describe, expect, it} from 'vitest';
import {loadCatalog} from '../../src/catalog';
import published from '../../src/catalog/published-ids.json';
import {endpointIdRedirects, errorIdRedirects} from '../../src/catalog/redirects';

const catalog = loadCatalog();
const current = {
  modules: new Set(catalog.modules.map((m) => m.id)),
  endpoints: new Set(catalog.modules.flatMap((m) => m.endpoints.map((e) => e.id))),
  errors: new Set(catalog.entries.map((e) => e.id)),
};

describe('published ids', () => {
  it('every published error id still resolves, directly or through a redirect', () => {
    const lost = published.errors.filter(
      (id) => !current.errors.has(id) && !current.errors.has(errorIdRedirects[id] ?? ''),
    );
    expect(lost, 'add a redirect in src/catalog/redirects.ts for each').toEqual([]);
  });

  it('every published endpoint anchor still resolves, directly or through a redirect', () => {
    const lost = published.endpoints.filter(
      (id) => !current.endpoints.has(id) && !current.endpoints.has(endpointIdRedirects[id] ?? ''),
    );
    expect(lost, 'add a redirect in src/catalog/redirects.ts for each').toEqual([]);
  });

  it('every published module still exists', () => {
    expect(published.modules.filter((id) => !current.modules.has(id))).toEqual([]);
  });

  it('every current id is recorded as published', () => {
    const recorded = new Set([...published.modules, ...published.endpoints, ...published.errors]);
    const unrecorded = [...current.modules, ...current.endpoints, ...current.errors].filter((id) => !recorded.has(id));
    expect(unrecorded, 'run `npm run publish-ids` and commit src/catalog/published-ids.json').toEqual([]);
  });

  it('redirects point at current ids and never at themselves', () => {
    for (const [from, to] of Object.entries(errorIdRedirects)) {
      expect(current.errors.has(to), `${from} → ${to}`).toBe(true);
      expect(current.errors.has(from), `${from} is a current id and cannot redirect`).toBe(false);
    }
    for (const [from, to] of Object.entries(endpointIdRedirects)) {
      expect(current.endpoints.has(to), `${from} → ${to}`).toBe(true);
    }
  });
});
