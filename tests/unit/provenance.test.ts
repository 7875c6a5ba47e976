import {describe, expect, it} from 'vitest';
import {loadCatalog, provenanceOf} from '../../src/catalog';
import {validEntry, validSource} from './helpers';

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
