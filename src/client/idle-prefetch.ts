/**
 * Prefetching the pages a reader may open next, in idle time.
 *
 * Docusaurus prefetches the files of every internal link as soon as it comes into view,
 * inside that link's own IntersectionObserver callback: right after hydration, the navbar and
 * the first screen put a few dozen `<link rel="prefetch">` into the head in a handful of
 * callbacks. Measured on a module page, that was 80-110 ms of main-thread work on this
 * machine (four times as much on the phone Lighthouse models), at the very moment the page
 * becomes interactive. Here the same files are prefetched, each once, a few at a time while
 * the browser is idle (`prefetch-queue.ts`). Preloading on intent (a pointer or a touch on a
 * link) stays Docusaurus's own, and a slow or data-saving connection still prefetches nothing.
 */
import type {ClientModule} from '@docusaurus/types';
import {matchPath} from '@docusaurus/router';
import routes from '@generated/routes';
import routesChunkNames from '@generated/routesChunkNames';
import {chunkNamesByPath, matchedRoutes, PrefetchQueue, type IdleDeadline, type RouteEntry} from './prefetch-queue';

// The bundler's runtime: `gca` (added by Docusaurus) gives the URL of a chunk by its name.
declare const __webpack_require__: {gca?: (chunkName: string) => string | undefined};

/** As Docusaurus decides: no speculative downloads on a 2G or data-saving connection. */
function isSlowConnection(): boolean {
  const connection = (navigator as Navigator & {connection?: {effectiveType?: string; saveData?: boolean}}).connection;
  return Boolean(connection?.effectiveType?.includes('2g') || connection?.saveData);
}

let byPath: Map<string, string[]> | undefined;

/** The files of the routes a pathname renders; none when the route table has another shape. */
function filesOf(pathname: string): string[] {
  try {
    const chunks = (byPath ??= chunkNamesByPath(routesChunkNames));
    const matches = matchedRoutes(routes as RouteEntry[], pathname, (p, route) => matchPath(p, route));
    return matches
      .flatMap((route) => (route.path === undefined ? [] : (chunks.get(route.path) ?? [])))
      .map((chunkName) => __webpack_require__.gca?.(chunkName))
      .filter((url): url is string => typeof url === 'string' && !url.includes('undefined'));
  } catch {
    return []; // prefetching only saves time later: never let it break the page
  }
}

// Older browsers have no `relList.supports`; Safari has it but no prefetch: both get a plain low-priority fetch.
const supportsPrefetch =
  typeof document !== 'undefined' && Boolean(document.createElement('link').relList?.supports?.('prefetch'));

/** A low-priority download into the cache, as Docusaurus makes it. */
function fetchLater(url: string): void {
  if (!supportsPrefetch) {
    fetch(url, {credentials: 'same-origin', priority: 'low'} as RequestInit).catch(() => undefined);
    return;
  }
  const link = document.createElement('link');
  link.rel = 'prefetch';
  link.href = url;
  document.head.appendChild(link);
}

function whenIdle(drain: (deadline: IdleDeadline) => void): void {
  if ('requestIdleCallback' in window) window.requestIdleCallback(drain);
  else setTimeout(() => drain({timeRemaining: () => 0}), 200);
}

const queue = new PrefetchQueue({filesOf, fetch: fetchLater, whenIdle});

let installed = false;

/** Links call `window.docusaurus.prefetch` when they come into view: that call now only queues. */
function install(): void {
  if (installed || !window.docusaurus) return;
  installed = true;
  const {preload} = window.docusaurus;
  window.docusaurus = Object.freeze({
    preload,
    prefetch: (routePath: string) => (isSlowConnection() ? false : queue.add(routePath) && Promise.resolve([])),
  });
}

const idlePrefetch: ClientModule = {
  // First called while the first page renders, before any link has come into view.
  onRouteUpdate() {
    install();
  },
};

export default idlePrefetch;
