/**
 * The Docusaurus plugin: a deliberately broken catalog stops the build with a
 * message that names the broken entry and field; the catalog's files are watched;
 * the interface strings of the locale being built become its code translations.
 */
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import type {LoadContext} from '@docusaurus/types';
import errorReferencePlugin from '../../src/plugins/error-reference';
import {validEntry, validModule} from './helpers';

const context = {
  i18n: {currentLocale: 'en'},
  baseUrl: '/en/',
  siteConfig: {url: 'https://example.test', baseUrl: '/en/'},
} as LoadContext;

describe('error-reference plugin', () => {
  it('fails loadContent with a message naming the duplicate entry', async () => {
    const broken = validModule({entries: [validEntry(), validEntry({id: '400-test-username-not-legal', status: 401})]});
    const instance = errorReferencePlugin(context, {loadModules: async () => [broken]});
    await expect(instance.loadContent!()).rejects.toThrow(
      /\[test\] entry 400-test-username-not-legal, field "id": duplicate error id/,
    );
  });

  it('loads the catalog from its files, and watches them for the development server', async () => {
    const instance = errorReferencePlugin(context);
    const catalog = await instance.loadContent!();
    expect(catalog.entries.length).toBeGreaterThan(100);
    const watched = instance.getPathsToWatch!();
    expect(watched).toEqual([path.resolve(__dirname, '../../src/catalog/**/*.{ts,json}')]);
  });

  it("serves the interface strings of the locale being built as Docusaurus's code translations", async () => {
    const english = await errorReferencePlugin(context).getDefaultCodeTranslationMessages!();
    const chinese = await errorReferencePlugin({
      ...context,
      i18n: {...context.i18n, currentLocale: 'zh-Hans'},
    }).getDefaultCodeTranslationMessages!();
    expect(english['search.title']).toBe('Search errors');
    expect(chinese['search.title']).toBe('搜索错误');
    expect(Object.keys(english).sort()).toEqual(Object.keys(chinese).sort());
    // The page-not-found page carries its own strings in both languages.
    expect(english['notFound.title']).toBeUndefined();
  });
});
