import {describe, expect, it, vi} from 'vitest';
import {
  chunkNamesByPath,
  matchedRoutes,
  PrefetchQueue,
  type IdleDeadline,
  type RouteEntry,
} from '../../src/client/prefetch-queue';

/** Exact or prefix matching, as react-router's matchPath does for these plain paths. */
function match(pathname: string, route: RouteEntry): object | null {
  const path = route.path ?? '/';
  if (route.exact) return pathname === path ? {} : null;
  const prefix = path.endsWith('/') ? path : `${path}/`;
  return pathname === path || pathname.startsWith(prefix) ? {} : null;
}

describe('matchedRoutes', () => {
  const routes: RouteEntry[] = [
    {path: '/errors', exact: true},
    {
      path: '/guides',
      routes: [
        {
          path: '/guides',
          routes: [
            {path: '/guides/glossary', exact: true},
            {path: '/guides/other', exact: true},
          ],
        },
      ],
    },
    {path: '/', routes: [{path: '/modules/users', exact: true}]},
  ];

  it('gives the layout routes, outermost first, then the page', () => {
    expect(matchedRoutes(routes, '/guides/glossary', match).map((r) => r.path)).toEqual([
      '/guides',
      '/guides',
      '/guides/glossary',
    ]);
  });

  it('takes the first route of each level that matches, as the router renders it', () => {
    expect(matchedRoutes(routes, '/errors', match).map((r) => r.path)).toEqual(['/errors']);
    expect(matchedRoutes(routes, '/modules/users', match).map((r) => r.path)).toEqual(['/', '/modules/users']);
  });

  it('gives nothing for a path no route matches', () => {
    expect(matchedRoutes([{path: '/errors', exact: true}], '/nowhere', match)).toEqual([]);
  });
});

describe('chunkNamesByPath', () => {
  it('reads the route path out of each key and every chunk name out of its nested map', () => {
    const byPath = chunkNamesByPath({
      '/errors/x-3f1': {__comp: 'a1', __context: {plugin: 'p1'}, data: 'd1'},
      '/guides-5e0': {__comp: 'g1'},
      '/guides-aa2': {__comp: 'g2', sidebar: ['s1', 's2']},
    });
    expect(byPath.get('/errors/x')).toEqual(['a1', 'p1', 'd1']);
    expect(byPath.get('/guides')).toEqual(['g1', 'g2', 's1', 's2']);
  });
});

/** An idle period that allows `steps` steps before its time runs out. */
function idleFor(steps: number): IdleDeadline {
  let left = steps;
  return {timeRemaining: () => (left-- > 1 ? 20 : 0)};
}

function queueWith(files: Record<string, string[]>) {
  const fetched: string[] = [];
  const idle: ((deadline: IdleDeadline) => void)[] = [];
  const filesOf = vi.fn((pathname: string) => files[pathname] ?? []);
  const queue = new PrefetchQueue({filesOf, fetch: (url) => fetched.push(url), whenIdle: (drain) => idle.push(drain)});
  /** Runs the idle callbacks waiting now, each with a period that allows `steps` steps. */
  const runIdle = (steps: number) => idle.splice(0).forEach((drain) => drain(idleFor(steps)));
  return {queue, fetched, idle, filesOf, runIdle};
}

describe('PrefetchQueue', () => {
  it('does nothing while links come into view: the work waits for idle time', () => {
    const {queue, fetched, filesOf, idle} = queueWith({'/a': ['a.js']});
    expect(queue.add('/a')).toBe(true);
    expect(filesOf).not.toHaveBeenCalled();
    expect(fetched).toEqual([]);
    expect(idle).toHaveLength(1);
  });

  it('asks for idle time once, however many routes are queued before it comes', () => {
    const {queue, idle} = queueWith({});
    queue.add('/a');
    queue.add('/b');
    queue.add('/c');
    expect(idle).toHaveLength(1);
  });

  it('fetches each file once, across routes that share files and routes asked for twice', () => {
    const {queue, fetched, runIdle} = queueWith({'/a': ['main-layout.js', 'a.js'], '/b': ['main-layout.js', 'b.js']});
    queue.add('/a');
    queue.add('/b');
    expect(queue.add('/a')).toBe(false);
    for (let i = 0; i < 10; i++) runIdle(100);
    expect(fetched).toEqual(['main-layout.js', 'a.js', 'b.js']);
  });

  it('stops when the idle period runs out and goes on in the next one', () => {
    const {queue, fetched, idle, runIdle} = queueWith({'/a': ['1.js', '2.js', '3.js', '4.js']});
    queue.add('/a');
    runIdle(3); // the route's lookup, then two files
    expect(fetched).toEqual(['1.js', '2.js']);
    expect(idle).toHaveLength(1);
    runIdle(3);
    expect(fetched).toEqual(['1.js', '2.js', '3.js', '4.js']);
  });

  it('takes at least one step in an idle period with no time left, so a busy page still gets there', () => {
    const {queue, fetched, runIdle} = queueWith({'/a': ['1.js', '2.js']});
    queue.add('/a');
    runIdle(0);
    runIdle(0);
    expect(fetched).toEqual(['1.js']);
    runIdle(0);
    expect(fetched).toEqual(['1.js', '2.js']);
  });

  it('stops asking for idle time once everything is fetched', () => {
    const {queue, idle, runIdle} = queueWith({'/a': ['1.js']});
    queue.add('/a');
    for (let i = 0; i < 5; i++) runIdle(100);
    expect(idle).toHaveLength(0);
  });
});
