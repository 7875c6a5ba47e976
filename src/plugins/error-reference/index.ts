/**
 * Turns the typed catalog into pages. This file only wires Docusaurus
 * lifecycles; what the pages contain is decided in routes.ts and page-data.ts.
 */
import {writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {loadFreshModule, normalizeUrl} from '@docusaurus/utils';
import {loadCatalog, type Catalog} from '../../catalog';
import {allModules} from '../../catalog/modules';
import {catalogScaleFromEnv, scaleModules} from '../../catalog/scale';
import {buildSearchData} from '../../search/documents';
import {buildCatalogJson, buildLlmsTxt, catalogSchema} from './catalog-json';
import {languageOfLocale} from './page-data';
import {buildAllRoutes} from './routes';

/** The catalog's entry module and the files a person edits, watched by `docusaurus start`. */
const CATALOG_INDEX = path.resolve(__dirname, '../../catalog/index.ts');
const CATALOG_FILES = path.resolve(__dirname, '../../catalog/**/*.{ts,json}');

/**
 * The catalog as the files say now. The development server re-runs loadContent
 * when a catalog file changes; Node's module cache would hand back the old
 * modules, so there they are read afresh. A build (and a test) reads them once.
 */
async function currentCatalog(): Promise<Catalog> {
  if (process.env.NODE_ENV !== 'development') {
    return loadCatalog(scaleModules(allModules, catalogScaleFromEnv(process.env)));
  }
  const fresh = (await loadFreshModule(CATALOG_INDEX)) as {loadCatalog: typeof loadCatalog};
  return fresh.loadCatalog();
}

/** The classic theme's client module that imports Prism at start-up (see configureWebpack). */
const PRISM_STARTUP_MODULE = path.join(
  path.dirname(require.resolve('@docusaurus/theme-classic')),
  'prism-include-languages',
);

export default function errorReferencePlugin(context: LoadContext): Plugin<Catalog> {
  return {
    name: 'error-reference',

    // Validates the whole catalog: a broken entry throws a CatalogError that
    // names the module, the entry and the field, and the build stops.
    // CATALOG_SCALE (set by `npm run bench -- --scale N` only) builds a synthetic catalog N times the size.
    async loadContent() {
      return currentCatalog();
    },

    // Under `npm start`, an edit to a module file rebuilds the pages from the new catalog.
    getPathsToWatch() {
      return [CATALOG_FILES];
    },

    async contentLoaded({content, actions}) {
      // The search widget imports this file lazily, on first use only.
      await actions.createData('search-data.json', JSON.stringify(buildSearchData(content)));
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

    // Machine-readable files beside the pages (built sites only: postBuild does not run under `start`).
    async postBuild({content, outDir}) {
      const site = context.siteConfig.url.replace(/\/+$/, '');
      await Promise.all([
        writeFile(path.join(outDir, 'catalog.json'), JSON.stringify(buildCatalogJson(content, site), null, 1)),
        writeFile(path.join(outDir, 'catalog.schema.json'), JSON.stringify(catalogSchema(site), null, 2)),
        writeFile(path.join(outDir, 'llms.txt'), buildLlmsTxt(content, site)),
      ]);
    },

    // FlexSearch reads `import.meta.dirname` for its Node worker, which the browser bundle never uses.
    configureWebpack() {
      return {
        ignoreWarnings: [{module: /flexsearch/, message: /import\.meta\.dirname/}],
        // The classic theme loads Prism (about 26 KB gzip) on every page at start-up. Only
        // pages with code blocks need it, so the start-up module is dropped and
        // src/theme/CodeBlock registers the extra languages where code blocks render.
        resolve: {alias: {[PRISM_STARTUP_MODULE]: false}},
      };
    },
  };
}
