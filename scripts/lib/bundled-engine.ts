/**
 * The search engine as the site ships it: `src/search/engine.ts` and everything it imports bundled into one module,
 * as the site's bundler does for the search worker. Latency is measured on it: run from source (tsx), every call
 * between modules goes through an export getter, which the shipped bundle does not have and which costs about a fifth
 * of each query's time.
 */
import path from 'node:path';
import {buildSync} from 'esbuild';
import type {SearchEngine} from '../../src/search/engine';

let bundled: typeof SearchEngine | undefined;

export function bundledSearchEngine(): typeof SearchEngine {
  if (bundled) return bundled;
  const {outputFiles} = buildSync({
    entryPoints: [path.resolve(__dirname, '../../src/search/engine.ts')],
    bundle: true,
    minify: true,
    format: 'cjs',
    platform: 'node',
    target: 'es2022',
    write: false,
    logLevel: 'error',
  });
  const module = {exports: {} as {SearchEngine?: typeof SearchEngine}};
  new Function('module', 'exports', 'require', outputFiles[0].text)(module, module.exports, require);
  if (!module.exports.SearchEngine) throw new Error('the bundled search engine exports no SearchEngine');
  bundled = module.exports.SearchEngine;
  return bundled;
}
