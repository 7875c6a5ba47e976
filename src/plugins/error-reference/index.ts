/**
 * Turns the typed catalog into pages. This file only wires Docusaurus
 * lifecycles; what the pages contain is decided in routes.ts and page-data.ts.
 */
import {writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {loadFreshModule, normalizeUrl} from '@docusaurus/utils';
import {loadCatalog, type Catalog, type FeatureModule} from '../../catalog';
import {catalogScaleFromEnv, scaleModules} from '../../catalog/scale';
import {languageOfLocale, siteAddressOf} from '../../links';
import {codeTranslationsOf} from '../../i18n/messages';
import {buildSearchData} from '../../search/documents';
import {publishedKnownQuestions} from '../../search/known-questions';
import {buildCatalogJson, buildLlmsTxt, catalogSchema} from './catalog-json';
import {buildAllRoutes} from './routes';
import {paintFirstInBuild} from './paint-first';
import {ANCHORED_AT_LOAD} from '../../client/anchored-layout';

/** The classic theme's client module that imports Prism at start-up (see configureWebpack). */
const PRISM_STARTUP_MODULE = path.join(
  path.dirname(require.resolve('@docusaurus/theme-classic')),
  'prism-include-languages',
);

/** What the search engine downloads on first use: its index and the entries' summaries. */
const SEARCH_DATA_FILE = 'search-data.json';
const SEARCH_DATA_PATTERN = /[\\/]error-reference[\\/][^\\/]+[\\/]search-data\.json$/;

/** The catalog's files: `npm start` reloads the pages when one of them changes. */
const CATALOG_DIR = path.resolve(__dirname, '../../catalog');

/**
 * The catalog's modules, read from disk afresh (no module cache): the development
 * server calls loadContent again after an edit, and must see the edited text.
 */
async function freshModules(): Promise<readonly FeatureModule[]> {
  const file = path.join(CATALOG_DIR, 'modules', 'index.ts');
  const loaded = (await loadFreshModule(file)) as {allModules?: readonly FeatureModule[]};
  if (!Array.isArray(loaded.allModules)) throw new Error(`${file} exports no allModules`);
  return loaded.allModules;
}

export interface ErrorReferenceOptions {
  /** Where the catalog's modules come from (tests pass their own); by default, the files, read afresh. */
  loadModules?: () => Promise<readonly FeatureModule[]>;
}

export default function errorReferencePlugin(
  context: LoadContext,
  options: ErrorReferenceOptions = {},
): Plugin<Catalog> {
  const address = siteAddressOf(context.siteConfig, context.i18n.currentLocale);
  return {
    name: 'error-reference',

    getClientModules() {
      return [
        path.resolve(__dirname, '../../client/repair-hash.ts'),
        path.resolve(__dirname, '../../client/anchored-layout.ts'),
        path.resolve(__dirname, '../../client/idle-prefetch.ts'),
      ];
    },

    // Before the body is parsed: a page opened at an anchor lays out every endpoint (see the client module).
    injectHtmlTags() {
      return {headTags: [{tagName: 'script', innerHTML: ANCHORED_AT_LOAD}]};
    },

    getPathsToWatch() {
      return [path.join(CATALOG_DIR, '**', '*.{ts,json}')];
    },

    // The interface strings of the locale being built become Docusaurus's code translations:
    // `translate({id})` finds them, each locale's bundle holds its own language only, and
    // `write-translations` writes them out (a translation in i18n/<locale>/code.json wins).
    async getDefaultCodeTranslationMessages() {
      // Docusaurus asks once, when the server starts: an edited string shows after a restart of `npm start`.
      return codeTranslationsOf(languageOfLocale(context.i18n.currentLocale));
    },

    // Validates the whole catalog: a broken entry throws a CatalogError that
    // names the module, the entry and the field, and the build stops.
    // CATALOG_SCALE (set by `npm run bench -- --scale N` only) builds a synthetic catalog N times the size.
    async loadContent() {
      const modules = await (options.loadModules ?? freshModules)();
      return loadCatalog(scaleModules(modules, catalogScaleFromEnv(process.env)));
    },

    async contentLoaded({content, actions}) {
      // The search engine downloads this file on first use (see configureWebpack).
      await actions.createData(SEARCH_DATA_FILE, JSON.stringify(buildSearchData(content, publishedKnownQuestions)));
      const lang = languageOfLocale(context.i18n.currentLocale);
      for (const route of buildAllRoutes(content, lang)) {
        const data = await actions.createData(`${route.dataName}.json`, JSON.stringify(route.data));
        actions.addRoute({
          path: normalizeUrl([context.baseUrl, route.path]),
          component: route.component,
          exact: true,
          modules: {data},
        });
      }
    },

    // Machine-readable files beside the pages, and the pages' scripts set to run after their
    // first paint (built sites only: postBuild does not run under `start`).
    async postBuild({content, outDir}) {
      await Promise.all([
        writeFile(path.join(outDir, 'catalog.json'), JSON.stringify(buildCatalogJson(content, address), null, 1)),
        writeFile(path.join(outDir, 'catalog.schema.json'), JSON.stringify(catalogSchema(address), null, 2)),
        writeFile(path.join(outDir, 'llms.txt'), buildLlmsTxt(content, address)),
        paintFirstInBuild(outDir),
      ]);
    },

    // FlexSearch reads `import.meta.dirname` for its Node worker, which the browser bundle never uses.
    configureWebpack(_config, isServer) {
      return {
        // The search data is fetched as a JSON file of its own, not bundled: in a script, the minifier would
        // write each Chinese character as a six-byte `\uXXXX` escape, and the browser would parse it as code.
        module: {
          rules: [
            {
              test: SEARCH_DATA_PATTERN,
              type: 'asset/resource',
              generator: {filename: 'assets/search/[name].[contenthash:8][ext]', emit: !isServer},
            },
          ],
        },
        ignoreWarnings: [{module: /flexsearch/, message: /import\.meta\.dirname/}],
        // The classic theme loads Prism (about 26 KB gzip) on every page at start-up. Only
        // pages with code blocks need it, so the start-up module is dropped and
        // src/theme/CodeBlock registers the extra languages where code blocks render.
        resolve: {alias: {[PRISM_STARTUP_MODULE]: false}},
      };
    },
  };
}
