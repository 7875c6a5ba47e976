/**
 * The Docusaurus plugin against a deliberately broken catalog: the build must
 * stop with a message that names the broken entry and field.
 */
import {describe, expect, it, vi} from 'vitest';
import type {LoadContext} from '@docusaurus/types';
import {validEntry, validModule} from './helpers';

vi.mock('../../src/catalog/modules', () => ({
  allModules: [validModule({entries: [validEntry(), validEntry({id: '400-test-username-not-legal', status: 401})]})],
}));

describe('error-reference plugin', () => {
  it('fails loadContent with a message naming the duplicate entry', async () => {
    const {default: plugin} = await import('../../src/plugins/error-reference');
    const instance = plugin({i18n: {currentLocale: 'en'}, baseUrl: '/'} as LoadContext);
    await expect(instance.loadContent!()).rejects.toThrow(
      /\[test\] entry 400-test-username-not-legal, field "id": duplicate error id/,
    );
  });
});
