import {describe, expect, it} from 'vitest';
import {
  absoluteUrl,
  cutAtCharBoundary,
  MAX_URL_QUERY_BYTES,
  queryForUrl,
  hashTarget,
  languageOfLocale,
  localizedPath,
  normalizeBaseUrl,
  ownValue,
  paths,
  rootBaseUrl,
  safeDecode,
  siteAddressFromEnv,
  siteAddressFromUrl,
  siteAddressOf,
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

  it("finds the shared base path in a locale's base", () => {
    expect(rootBaseUrl('/docs/im-errors/en/', 'en')).toBe('/docs/im-errors/');
    expect(rootBaseUrl('/en/', 'en')).toBe('/');
    expect(rootBaseUrl('/docs/im-errors/', 'zh-Hans')).toBe('/docs/im-errors/');
    // A base path that merely ends like a locale is left alone in the default locale.
    expect(rootBaseUrl('/docs/en/', 'zh-Hans')).toBe('/docs/en/');
    expect(siteAddressOf({url: 'https://a.example/', baseUrl: '/x/en/'}, 'en')).toEqual({
      siteUrl: 'https://a.example',
      baseUrl: '/x/',
    });
  });

  it('reads a typed site address, and refuses what is not one', () => {
    expect(siteAddressFromUrl('https://docs.example.org/docs/im-errors')).toEqual({
      siteUrl: 'https://docs.example.org',
      baseUrl: '/docs/im-errors/',
    });
    expect(siteAddressFromUrl('http://127.0.0.1:3000/')).toEqual({siteUrl: 'http://127.0.0.1:3000', baseUrl: '/'});
    for (const bad of ['docs.example.org', '', 'javascript:alert(1)', 'ftp://x/y']) {
      expect(siteAddressFromUrl(bad)).toBeUndefined();
    }
  });

  it('cuts a long query at a character boundary, so the address stays short and valid', () => {
    expect(cutAtCharBoundary('abc', 2)).toBe('ab');
    expect(cutAtCharBoundary('a😀b', 2)).toBe('a');
    expect(cutAtCharBoundary('a😀b', 3)).toBe('a😀');
    const log = '错'.repeat(7_999) + '😀' + 'x'.repeat(30_000);
    const path = paths.search({q: log});
    expect(() => decodeURIComponent(path)).not.toThrow();
    const q = new URLSearchParams(path.split('?')[1]).get('q')!;
    expect(log.startsWith(q)).toBe(true);
    expect(encodeURIComponent(q).length).toBeLessThanOrEqual(MAX_URL_QUERY_BYTES);
    expect(q.length).toBe(Math.floor(MAX_URL_QUERY_BYTES / 9));
    // Latin text keeps all the engine reads, and no broken pair is left at the end.
    expect(queryForUrl('a'.repeat(5_000) + '😀'.repeat(10))).toBe('a'.repeat(5_000) + '😀'.repeat(10));
    expect(queryForUrl('a'.repeat(7_999) + '😀')).toBe('a'.repeat(6_000));
    expect(queryForUrl('x'.repeat(9_000))).toHaveLength(MAX_URL_QUERY_BYTES);
  });
});

describe('hash repair', () => {
  it.each(['#50%off', '#%E0%A4%A', '#%FF', '#%', '#a%2'])(
    'rewrites %s so it decodes to the text typed',
    async (hash) => {
      const {repairedHash} = await import('../../src/client/repair-hash');
      const fixed = repairedHash(hash);
      expect(fixed).not.toBe(hash);
      expect(decodeURIComponent(fixed.slice(1))).toBe(hash.slice(1));
    },
  );

  it.each(['', '#', '#groups.create', '#%E4%BD%A0', '#constructor'])(
    'leaves the well-formed %s alone',
    async (hash) => {
      const {repairedHash} = await import('../../src/client/repair-hash');
      expect(repairedHash(hash)).toBe(hash);
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
