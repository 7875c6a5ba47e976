/**
 * "Unable to authenticate (OAuth)" is the error of a missing or invalid App
 * Token. The pages list it on exactly these endpoints (recorded in
 * fixtures/token-error-endpoints.json); however the catalog states it, the
 * endpoints that show it, and their notes, stay the same.
 */
import {describe, expect, it} from 'vitest';
import {loadCatalog, type FeatureModule} from '../../src/catalog';
import {buildErrorPageData, buildModulePageData} from '../../src/plugins/error-reference/page-data';
import recorded from './fixtures/token-error-endpoints.json';
import {validEntry, validModule} from './helpers';

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

describe('an error every App Token endpoint returns', () => {
  const tokenError = validEntry({
    id: '401-test-token',
    status: 401,
    type: 'unauthorized',
    message: 'bad token',
    sample: undefined,
    everyAppTokenEndpoint: true,
  });
  const endpoint = validModule().endpoints[0];
  const errorsOf = (mod: FeatureModule, id: string) =>
    loadCatalog([mod])
      .modules[0].endpoints.find((e) => e.id === id)!
      .errors.map((r) => r.error);

  it('is added to each endpoint after the 400 errors that open its list', () => {
    const mod = validModule({
      entries: [
        validEntry(),
        tokenError,
        validEntry({id: '404-test', status: 404, message: 'gone', sample: undefined}),
      ],
      endpoints: [{...endpoint, errors: [{error: '400-test-username-not-legal'}, {error: '404-test'}]}],
    });
    expect(errorsOf(mod, 'test.register')).toEqual(['400-test-username-not-legal', '401-test-token', '404-test']);
    expect(
      loadCatalog([mod])
        .usesOfEntry.get('401-test-token')!
        .map((u) => u.endpoint.id),
    ).toEqual(['test.register']);
  });

  it('keeps the place and note of an endpoint that lists it itself, once', () => {
    const note = {zh: '这里的说明。', en: 'A note here.'};
    const mod = validModule({
      entries: [validEntry(), tokenError],
      endpoints: [{...endpoint, errors: [{error: '401-test-token', note}, {error: '400-test-username-not-legal'}]}],
    });
    const [registered] = loadCatalog([mod]).modules[0].endpoints;
    expect(registered.errors).toEqual([{error: '401-test-token', note}, {error: '400-test-username-not-legal'}]);
  });

  it('is left out where the module or the endpoint says its docs list no token error', () => {
    const entries = [validEntry(), tokenError];
    expect(errorsOf(validModule({entries, appTokenErrors: false}), 'test.register')).not.toContain('401-test-token');
    const optedOut = validModule({entries, endpoints: [{...endpoint, appTokenErrors: false}]});
    expect(errorsOf(optedOut, 'test.register')).not.toContain('401-test-token');
    const optedIn = validModule({entries, appTokenErrors: false, endpoints: [{...endpoint, appTokenErrors: true}]});
    expect(errorsOf(optedIn, 'test.register')).toContain('401-test-token');
  });
});
