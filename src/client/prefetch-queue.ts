/**
 * Which files a route needs, and a queue that prefetches them a few at a time while the
 * browser is idle. The wiring to Docusaurus is in `idle-prefetch.ts`; this part only knows
 * the shapes of its route table and chunk map, so that it can be tested without a browser.
 */

/** A route of the table Docusaurus generates: nested routes under a layout route. */
export interface RouteEntry {
  path?: string;
  exact?: boolean;
  routes?: RouteEntry[];
}

/** Matches a pathname against one route, as react-router's `matchPath` does (null when it does not). */
export type MatchRoute = (pathname: string, route: RouteEntry) => unknown;

/**
 * The routes a pathname renders, outermost first: the first route of each level that
 * matches, then its children (the order react-router-config's `matchRoutes` uses).
 */
export function matchedRoutes(routes: RouteEntry[], pathname: string, match: MatchRoute): RouteEntry[] {
  const route = routes.find((r) => (r.path === undefined ? true : match(pathname, r) !== null));
  if (!route) return [];
  return [route, ...(route.routes ? matchedRoutes(route.routes, pathname, match) : [])];
}

/** Every chunk name in a route's nested chunk map (component, data, context…). */
function chunkNamesIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value === null || typeof value !== 'object') return [];
  return Object.values(value).flatMap(chunkNamesIn);
}

/**
 * Chunk names by route path. The generated map's keys are a route path and a hash
 * (`/errors/x-3f1`); one path can have several keys.
 */
export function chunkNamesByPath(routesChunkNames: Record<string, unknown>): Map<string, string[]> {
  const byPath = new Map<string, string[]>();
  for (const [key, chunks] of Object.entries(routesChunkNames)) {
    const routePath = key.replace(/-[^-]+$/, '');
    byPath.set(routePath, [...(byPath.get(routePath) ?? []), ...chunkNamesIn(chunks)]);
  }
  return byPath;
}

/** How long the browser says it can stay idle; `timeRemaining` as `requestIdleCallback` gives it. */
export interface IdleDeadline {
  timeRemaining(): number;
}

export interface PrefetchQueueOptions {
  /** The files (URLs) a route path needs; an empty list when the route is unknown. */
  filesOf(pathname: string): string[];
  /** Starts fetching one file at low priority (a `<link rel="prefetch">`). */
  fetch(url: string): void;
  /** Runs the drain when the browser is idle. */
  whenIdle(drain: (deadline: IdleDeadline) => void): void;
}

/** Below this much idle time left, the rest waits for the next idle period. */
const MIN_IDLE_MS = 3;

/**
 * Route paths asked for become files to fetch, each once, fetched in idle periods until
 * each period's time runs out: never one long task, however many links come into view at once.
 */
export class PrefetchQueue {
  private readonly requested = new Set<string>();
  /** Routes asked for whose files are not looked up yet: asking stays cheap, the lookup waits for idle time. */
  private unresolved: string[] = [];
  private readonly queuedFiles = new Set<string>();
  private readonly pending: string[] = [];
  private scheduled = false;

  constructor(private readonly options: PrefetchQueueOptions) {}

  /** Queues a route's files; false when the route was already asked for. */
  add(pathname: string): boolean {
    if (this.requested.has(pathname)) return false;
    this.requested.add(pathname);
    this.unresolved.push(pathname);
    this.schedule();
    return true;
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    this.options.whenIdle((deadline) => this.drain(deadline));
  }

  /** One step at a time (look up one route's files, or fetch one file) until the idle period runs out. */
  private drain(deadline: IdleDeadline): void {
    this.scheduled = false;
    // At least one step per idle period, so that a busy page still makes progress.
    do {
      if (!this.step()) return;
    } while (deadline.timeRemaining() > MIN_IDLE_MS);
    this.schedule();
  }

  /** False when nothing is left to do. */
  private step(): boolean {
    const pathname = this.unresolved.shift();
    if (pathname !== undefined) {
      for (const url of this.options.filesOf(pathname)) {
        if (this.queuedFiles.has(url)) continue;
        this.queuedFiles.add(url);
        this.pending.push(url);
      }
      return true;
    }
    const url = this.pending.shift();
    if (url === undefined) return false;
    this.options.fetch(url);
    return true;
  }
}
