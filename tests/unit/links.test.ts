import {describe, expect, it} from 'vitest';
import {
  absoluteUrl,
  hashTarget,
  languageOfLocale,
  localizedPath,
  normalizeBaseUrl,
  ownValue,
  paths,
  safeDecode,
  siteAddressFromEnv,
  sitePath,
  sourceUrl,
  splitSitePath,
} from '../../src/links';

describe('link module', () => {
  it('builds site paths without base or language', () => {
    expect(paths.error('401-x')).toBe('/errors/401-x');
    expect(paths.error('401-x', {endpoint: 'users.get'})).toBe('/errors/401-x?endpoint=users.get');
    expect(paths.module('groups', 'groups.create')).toBe('/modules/groups#groups.create');
    expect(paths.search({q: 'a b&c', open: true})).toBe('/search?q=a+b%26c&open=1');
    expect(paths.errors({status: 401, module: '', q: 'token'})).toBe('/errors?status=401&q=token');
  });

  it('adds the language prefix and the base path', () => {
    expect(localizedPath('/errors/x', 'en')).toBe('/en/errors/x');
    expect(localizedPath('/', 'en')).toBe('/en/');
    expect(localizedPath('/errors/x', 'zh')).toBe('/errors/x');
    expect(sitePath('/docs/im-errors/', '/errors/x', 'en')).toBe('/docs/im-errors/en/errors/x');
    expect(sitePath('/', '/', 'zh')).toBe('/');
    expect(normalizeBaseUrl('docs/im-errors')).toBe('/docs/im-errors/');
  });

  it('reads the address from the environment, with defaults', () => {
    expect(siteAddressFromEnv({})).toEqual({siteUrl: 'https://im-errors.example.com', baseUrl: '/'});
    const address = siteAddressFromEnv({SITE_URL: 'https://docs.example.org/', BASE_URL: '/docs/im-errors'});
    expect(absoluteUrl(address, paths.error('x'), 'en')).toBe('https://docs.example.org/docs/im-errors/en/errors/x');
  });

  it('splits a browser path into language and site path', () => {
    expect(splitSitePath('/docs/im-errors/en/errors/x', '/docs/im-errors/')).toEqual({lang: 'en', path: '/errors/x'});
    expect(splitSitePath('/errors/x', '/')).toEqual({lang: 'zh', path: '/errors/x'});
    expect(splitSitePath('/en', '/')).toEqual({lang: 'en', path: '/'});
    expect(splitSitePath('/english/x', '/')).toEqual({lang: 'zh', path: '/english/x'});
  });

  it('maps locales to languages', () => {
    expect(languageOfLocale('zh-Hans')).toBe('zh');
    expect(languageOfLocale('en')).toBe('en');
  });

  it.each(['50%off', '%E0%A4%A', '%FF', '%', '%%', '%u0041'])('never throws on the malformed escape %s', (raw) => {
    expect(safeDecode(raw)).toBe(raw);
    expect(hashTarget(`#${raw}`)).toBe(raw);
  });

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])(
    'finds nothing for the inherited name %s',
    (key) => {
      expect(ownValue({a: 1}, key)).toBeUndefined();
    },
  );
});

describe('sourceUrl', () => {
  const commit = 'f5638d05388547b16fd4d0f14a6b1290a8f49937';
  it('links the file at its commit and line', () => {
    expect(sourceUrl({repo: 'owner/docs', path: 'docs/a/error.md', commit, line: 30})).toBe(
      `https://github.com/owner/docs/blob/${commit}/docs/a/error.md#L30`,
    );
  });
  it('leaves the line out when it is not known, and escapes each part of the path', () => {
    expect(sourceUrl({repo: 'owner/tests', path: 'cases/2.用户 管理#1.robot', commit})).toBe(
      `https://github.com/owner/tests/blob/${commit}/cases/2.%E7%94%A8%E6%88%B7%20%E7%AE%A1%E7%90%86%231.robot`,
    );
  });
  it('links an issue thread, which has no commit, at its own address', () => {
    expect(sourceUrl({repo: 'owner/demo', path: 'issues/93'})).toBe('https://github.com/owner/demo/issues/93');
  });
});
