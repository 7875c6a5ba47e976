/**
 * "Unable to authenticate (OAuth)" is the error of a missing or invalid App
 * Token. The pages list it on exactly these endpoints (recorded in
 * fixtures/token-error-endpoints.json); however the catalog states it, the
 * endpoints that show it, and their notes, stay the same.
 */
import {describe, expect, it} from 'vitest';
import {loadCatalog} from '../../src/catalog';
import {buildErrorPageData, buildModulePageData} from '../../src/plugins/error-reference/page-data';
import recorded from './fixtures/token-error-endpoints.json';

const TOKEN_ERROR = '401-unauthorized-unable-authenticate-oauth';
const catalog = loadCatalog();

describe('the App Token error', () => {
  it('is listed by the same endpoints on the module pages', () => {
    const listing = catalog.modules.flatMap((mod) =>
      buildModulePageData(catalog, mod, 'en')
        .sections.flatMap((s) => s.endpoints)
        .filter((endpoint) => endpoint.errors.some((e) => e.id === TOKEN_ERROR))
        .map((endpoint) => endpoint.id),
    );
    expect(listing.sort()).toEqual(recorded);
  });

  it('names the same endpoints on its own page', () => {
    const entry = catalog.entryById.get(TOKEN_ERROR)!;
    const page = buildErrorPageData(catalog, entry, 'zh');
    expect(page.endpoints.map((e) => e.id).sort()).toEqual(recorded);
  });
});
