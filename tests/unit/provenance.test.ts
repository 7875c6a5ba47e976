import {describe, expect, it} from 'vitest';
import {loadCatalog, provenanceOf} from '../../src/catalog';
import {buildErrorPageData, buildModulePageData, exampleResponse} from '../../src/plugins/error-reference/page-data';
import {buildSearchData} from '../../src/search/documents';
import {validEntry, validModule, validSource} from './helpers';

describe('provenanceOf', () => {
  it('calls an entry documented when any source is documentation', () => {
    for (const kind of ['docs-table', 'docs-prose', 'sister-docs'] as const) {
      const entry = validEntry({sources: [validSource({kind: 'issue'}), validSource({kind})]});
      expect(provenanceOf(entry), kind).toBe('documented');
    }
  });

  it('calls an entry observed when only test suites and reports know it', () => {
    const entry = validEntry({sources: [validSource({kind: 'test-suite'}), validSource({kind: 'issue'})]});
    expect(provenanceOf(entry)).toBe('observed');
  });

  it('gives every published entry at least one source', () => {
    const bare = loadCatalog().entries.filter((entry) => entry.sources.length === 0);
    expect(bare.map((entry) => entry.id)).toEqual([]);
  });
});

describe('pages show where an entry is known from and keep partial failures apart', () => {
  const partial = validEntry({
    id: '200-test-user-not-in-group',
    status: 200,
    type: '',
    message: 'user: XXX does not exist in group: XX',
    sample: 'user: alice does not exist in group: 12',
    partial: true,
    older: true,
    sources: [validSource({kind: 'test-suite', line: undefined})],
  });
  const mod = validModule({
    entries: [validEntry(), partial],
    endpoints: [
      {
        ...validModule().endpoints[0],
        errors: [{error: '400-test-username-not-legal'}, {error: '200-test-user-not-in-group'}],
      },
    ],
  });
  const catalog = loadCatalog([mod]);

  it('gives the error page the sources and the derived provenance', () => {
    const data = buildErrorPageData(catalog, catalog.entryById.get('200-test-user-not-in-group')!, 'en');
    expect(data.provenance).toEqual({
      provenance: 'observed',
      sources: partial.sources,
      partial: true,
      older: true,
    });
    expect(buildErrorPageData(catalog, catalog.entryById.get('400-test-username-not-legal')!, 'en').provenance).toEqual(
      {provenance: 'documented', sources: [validSource()]},
    );
  });

  it('orders failures inside a 200 response after every error status', () => {
    expect(catalog.entries.map((e) => e.id)).toEqual(['400-test-username-not-legal', '200-test-user-not-in-group']);
  });

  it('shows only the status line as the example of a partial failure, not an invented error body', () => {
    expect(exampleResponse(partial)).toBe('HTTP/1.1 200 OK');
  });

  it('lists partial failures in their own section of the module page, not among the error statuses', () => {
    const page = buildModulePageData(catalog, mod, 'zh');
    const endpoint = page.sections[0].endpoints[0];
    expect(endpoint.errors.map((e) => e.id)).toEqual(['400-test-username-not-legal']);
    expect(endpoint.partialCount).toBe(1);
    expect(page.sections.flatMap((s) => s.entries).map((e) => e.id)).not.toContain('200-test-user-not-in-group');
    expect(page.partialFailures).toEqual([
      expect.objectContaining({
        id: '200-test-user-not-in-group',
        partial: true,
        endpoints: [{id: 'test.register', title: '注册用户'}],
      }),
    ]);
  });

  it('marks search documents that are undocumented, older or partial', () => {
    const docs = buildSearchData(catalog).documents;
    expect(docs.find((d) => d.id === '200-test-user-not-in-group')).toMatchObject({
      provenance: 'observed',
      older: true,
      partial: true,
    });
    const plain = docs.find((d) => d.id === '400-test-username-not-legal')!;
    expect(plain.provenance).toBe('documented');
    expect('older' in plain || 'partial' in plain).toBe(false);
  });
});
