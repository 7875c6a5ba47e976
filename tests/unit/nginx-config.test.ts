/**
 * The security policy read from built HTML, and the nginx configuration filled
 * in from its templates (checked by `nginx -t` when nginx is installed).
 */
import {spawnSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {contentSecurityPolicy, hashesOfHtml} from '../../scripts/lib/csp';
import {renderMainConfig, renderSiteConfig, rootOfSiteDir} from '../../scripts/lib/nginx';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('inline code of a page', () => {
  const html = [
    '<html><head><script>setTheme()</script>',
    '<script src=/assets/js/main.js defer></script>',
    '<script type=application/ld+json>{"@type":"BreadcrumbList"}</script>',
    '<script data-rh=true>var banner = \'<div style="color:red">\';</script>',
    '<style>.x{color:red}</style></head>',
    '<body><svg style="display: none;"></svg><div class=a style=--v:#fff>x</div>',
    '<p title="style=not-an-attribute" style=\'a:&quot;b&quot;\'>y</p></body></html>',
  ].join('');
  const found = hashesOfHtml(html);

  it('hashes the scripts the browser runs, not external or data scripts', () => {
    expect(found.scripts).toEqual([hash('setTheme()'), hash('var banner = \'<div style="color:red">\';')]);
  });

  it('hashes style attributes of the markup only, decoded, and style elements', () => {
    expect(found.styleAttributes).toEqual([hash('display: none;'), hash('--v:#fff'), hash('a:"b"')]);
    expect(found.styles).toEqual([hash('.x{color:red}')]);
  });

  it('writes a policy without unsafe-inline, and unsafe-hashes only when a style attribute needs it', () => {
    const policy = contentSecurityPolicy(found);
    expect(policy).toContain(`script-src 'self' ${found.scripts.join(' ')};`);
    expect(policy).toContain("'unsafe-hashes'");
    expect(policy).not.toContain('unsafe-inline');
    const plain = contentSecurityPolicy({scripts: [], styleAttributes: [], styles: []});
    expect(plain).toContain("style-src 'self';");
    expect(plain).not.toContain('unsafe-hashes');
  });
});

describe('nginx configuration', () => {
  const csp = contentSecurityPolicy(hashesOfHtml('<script>a()</script>'));
  const render = (baseUrl: string) => renderSiteConfig({root: '/srv/www', listen: '127.0.0.1:8080', baseUrl, csp});

  it('fills every value, and every location sends the security headers', () => {
    for (const base of ['/', '/docs/im-errors/']) {
      const config = render(base);
      expect(config).not.toMatch(/\{\{/);
      expect(config).toContain(`location ${base} {`);
      expect(config).toContain(`location ^~ ${base}assets/ {`);
      // The server and each location that sets its own Cache-Control (which hides the server's headers).
      expect(config.match(/add_header Content-Security-Policy /g)).toHaveLength(3);
      expect(config.match(/add_header X-Content-Type-Options "nosniff" always;/g)).toHaveLength(3);
    }
    expect(render('/docs/im-errors/')).toContain('location = /docs/im-errors {');
    expect(render('/docs/im-errors/')).toContain(
      '"~^[A-Z]+ /docs/im-errors/en(?:[/?# ]|$)" /docs/im-errors/en/404.html;',
    );
  });

  it('refuses values that would break the configuration, naming them', () => {
    expect(() => renderSiteConfig({root: '/srv/www; evil', listen: '80', baseUrl: '/', csp})).toThrow(/site directory/);
    expect(() => renderSiteConfig({root: '/srv', listen: '80; x', baseUrl: '/', csp})).toThrow(/listen/);
    expect(() => renderSiteConfig({root: '/srv', listen: '80', baseUrl: '/a b/', csp})).toThrow(/base path/);
    expect(() => renderSiteConfig({root: '/srv', listen: '80', baseUrl: '/', csp: 'x" always; y'})).toThrow(/policy/);
  });

  it('finds the root above a site served under a base path', () => {
    expect(rootOfSiteDir('/srv/www/docs/im-errors', '/docs/im-errors/')).toBe('/srv/www');
    expect(rootOfSiteDir('/srv/www/im-errors', '/')).toBe('/srv/www/im-errors');
    expect(() => rootOfSiteDir('/srv/www/site', '/docs/')).toThrow(/must sit in a folder whose path ends with \/docs/);
  });

  const nginx = ['/usr/sbin/nginx', 'nginx'].find((bin) => spawnSync(bin, ['-v']).status === 0);
  const prefixes: string[] = [];
  afterAll(() => prefixes.forEach((dir) => rmSync(dir, {recursive: true, force: true})));

  it.skipIf(!nginx)('is accepted by nginx -t, with and without a base path', () => {
    for (const base of ['/', '/docs/im-errors/']) {
      const prefix = mkdtempSync(path.join(os.tmpdir(), 'im-errors-nginx-test-'));
      prefixes.push(prefix);
      mkdirSync(path.join(prefix, 'tmp'));
      writeFileSync(path.join(prefix, 'site.conf'), render(base));
      writeFileSync(path.join(prefix, 'nginx.conf'), renderMainConfig(prefix));
      const check = spawnSync(
        nginx!,
        ['-t', '-q', '-p', prefix, '-c', path.join(prefix, 'nginx.conf'), '-e', 'stderr'],
        {
          encoding: 'utf8',
        },
      );
      expect(check.stderr, base).toBe('');
      expect(check.status, base).toBe(0);
    }
  });
});
