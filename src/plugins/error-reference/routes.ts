/**
 * Every route the plugin adds, as plain data: what URL, which component, what
 * data. Pure, so tests can check the route list without running Docusaurus.
 */
import type {Catalog, Language} from '../../catalog';
import {errorIdRedirects} from '../../catalog/redirects';
import {paths} from '../../links';
import {
  buildCatalogPageData,
  buildErrorPageData,
  buildHomePageData,
  buildModuleCards,
  buildModulePageData,
} from './page-data';

export interface PlannedRoute {
  /** Site path (`paths` of src/links.ts), below the locale's base URL. */
  path: string;
  component: string;
  /** File name for createData; unique per route. */
  dataName: string;
  data: unknown;
}

const COMPONENTS = {
  home: '@site/src/components/HomePage',
  error: '@site/src/components/ErrorPage',
  module: '@site/src/components/ModulePage',
  modules: '@site/src/components/ModulesPage',
  catalog: '@site/src/components/CatalogPage',
  redirect: '@site/src/components/RedirectPage',
} as const;

export function buildAllRoutes(
  catalog: Catalog,
  lang: Language,
  redirects: Readonly<Record<string, string>> = errorIdRedirects,
): PlannedRoute[] {
  const routes: PlannedRoute[] = [
    {path: paths.home(), component: COMPONENTS.home, dataName: 'home-page', data: buildHomePageData(catalog, lang)},
    {
      path: paths.errors(),
      component: COMPONENTS.catalog,
      dataName: 'catalog-page',
      data: buildCatalogPageData(catalog, lang),
    },
    {
      path: paths.modules(),
      component: COMPONENTS.modules,
      dataName: 'modules-page',
      data: buildModuleCards(catalog, lang),
    },
  ];
  for (const mod of catalog.modules) {
    routes.push({
      path: paths.module(mod.id),
      component: COMPONENTS.module,
      dataName: `module-${mod.id}`,
      data: buildModulePageData(catalog, mod, lang),
    });
  }
  for (const entry of catalog.entries) {
    routes.push({
      path: paths.error(entry.id),
      component: COMPONENTS.error,
      dataName: `error-${entry.id}`,
      data: buildErrorPageData(catalog, entry, lang),
    });
  }
  // Renamed or merged ids keep working: their old address forwards to the entry.
  for (const [from, to] of Object.entries(redirects)) {
    routes.push({
      path: paths.error(from),
      component: COMPONENTS.redirect,
      dataName: `redirect-${from}`,
      data: {to: paths.error(to)},
    });
  }
  return routes;
}
