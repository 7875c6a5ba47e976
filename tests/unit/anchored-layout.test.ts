/** The document is marked for exact layout while the address names an anchor, and only then. */
import {describe, expect, it} from 'vitest';
import {ANCHORED_ATTRIBUTE, markAnchored} from '../../src/client/anchored-layout';

function fakeRoot() {
  const attributes = new Set<string>();
  return {
    attributes,
    root: {
      setAttribute: (name: string) => attributes.add(name),
      removeAttribute: (name: string) => attributes.delete(name),
    } as unknown as HTMLElement,
  };
}

describe('markAnchored', () => {
  it('marks the document when the address has a hash and clears it when the next one has none', () => {
    const {root, attributes} = fakeRoot();
    markAnchored(root, '#messages.send');
    expect(attributes.has(ANCHORED_ATTRIBUTE)).toBe(true);
    markAnchored(root, '');
    expect(attributes.has(ANCHORED_ATTRIBUTE)).toBe(false);
  });

  it('treats a bare "#" as no anchor', () => {
    const {root, attributes} = fakeRoot();
    markAnchored(root, '#');
    expect(attributes.has(ANCHORED_ATTRIBUTE)).toBe(false);
  });
});
