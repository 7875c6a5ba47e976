/**
 * Every address is built by src/links.ts, so the site can move to another host or
 * base path: a site path or the site's host written by hand anywhere else in src/
 * or scripts/ fails here, naming the file and line. Comments may quote paths.
 */
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {DEFAULT_SITE_URL} from '../../src/links';

const ROOT = path.resolve(__dirname, '../..');
const ALLOWED = new Set(['src/links.ts']);
const HOST = new URL(DEFAULT_SITE_URL).host;

/** A quote (', ", `) or an interpolation (`${origin}/…`) opening a site path, or the default host anywhere in code. */
const FORBIDDEN = new RegExp(
  `(?:['"\`]|\\})/(?:errors|modules|search|guides|en/|en['"\`])|${HOST.replace(/\./g, '\\.')}`,
);

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), {withFileTypes: true}).flatMap((item) => {
    const rel = `${dir}/${item.name}`;
    if (item.isDirectory()) return sourceFiles(rel);
    return /\.(tsx?|mjs|js)$/.test(item.name) ? [rel] : [];
  });
}

function isComment(line: string): boolean {
  return /^\s*(\/\/|\/\*|\*)/.test(line);
}

/** `file:line: text` for each line of a file that writes a path or the host by hand. */
export function pathLiterals(file: string, text: string): string[] {
  return text
    .split('\n')
    .map((line, i) => ({line, number: i + 1}))
    .filter(({line}) => !isComment(line) && FORBIDDEN.test(line))
    .map(({line, number}) => `${file}:${number}: ${line.trim()}`);
}

describe('addresses come from src/links.ts', () => {
  it('finds a hand-written path, and lets comments and other strings be', () => {
    expect(pathLiterals('a.tsx', "const a = 1;\n<Link to='/errors/x'>")).toEqual(["a.tsx:2: <Link to='/errors/x'>"]);
    expect(pathLiterals('a.ts', 'go(`/en/search?q=${q}`)')).toHaveLength(1);
    expect(pathLiterals('a.ts', `fetch("https://${HOST}/x")`)).toHaveLength(1);
    expect(pathLiterals('a.ts', 'page.goto(`${ORIGIN}/en/errors`)')).toHaveLength(1);
    expect(pathLiterals('a.ts', " * See `/errors?status=401`.\n// '/modules'\nconst e = '/etc/hosts';")).toEqual([]);
  });

  it('no file of src/ or scripts/ but src/links.ts writes one', () => {
    const found = [...sourceFiles('src'), ...sourceFiles('scripts')]
      .filter((file) => !ALLOWED.has(file))
      .flatMap((file) => pathLiterals(file, readFileSync(path.join(ROOT, file), 'utf8')));
    expect(found, `build these with paths/sitePath/absoluteUrl from src/links.ts:\n${found.join('\n')}`).toEqual([]);
  });
});
