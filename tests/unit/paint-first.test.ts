/**
 * Built pages run their bundles after their first paint: the rewrite of the HTML, and the
 * loader that then adds the bundles, in order, once a frame has been drawn.
 */
import {describe, expect, it, vi} from 'vitest';
import {PAINT_FIRST_LOADER, paintFirst} from '../../src/plugins/error-reference/paint-first';

const PAGE =
  '<!doctype html><html><head><link rel=stylesheet href=/assets/css/styles.css />' +
  '<script src=/docs/assets/js/runtime~main.1a.js defer></script><script src=/docs/assets/js/main.2b.js defer></script>' +
  '</head><body><main><h1>401</h1></main><script>inline()</script></body></html>';

describe('paintFirst', () => {
  const rewritten = paintFirst(PAGE);

  it('takes the deferred bundles out of the head and lists them, in order, for the loader', () => {
    expect(rewritten).not.toMatch(/<script src=[^>]*defer/);
    expect(rewritten).toContain(
      `<script data-bundles="/docs/assets/js/runtime~main.1a.js /docs/assets/js/main.2b.js">${PAINT_FIRST_LOADER}</script></body>`,
    );
  });

  it('leaves the rest of the page as it was', () => {
    expect(rewritten.replace(/<script data-bundles[\s\S]*?<\/script>/, '')).toBe(
      PAGE.replace(/<script src=[^>]*defer><\/script>/g, ''),
    );
  });

  it('changes a page only once, and a page without deferred bundles not at all', () => {
    expect(paintFirst(rewritten)).toBe(rewritten);
    const plain = '<html><body><p>static</p></body></html>';
    expect(paintFirst(plain)).toBe(plain);
  });
});

describe('the loader', () => {
  /** Runs the loader against a stand-in page that has not finished loading. */
  function runLoader(bundles: string) {
    const appended: {src: string; async: boolean}[] = [];
    const frames: (() => void)[] = [];
    const listeners: Record<string, () => void> = {};
    const document = {
      readyState: 'interactive',
      currentScript: {getAttribute: (name: string) => (name === 'data-bundles' ? bundles : null)},
      createElement: () => ({src: '', async: true}),
      head: {appendChild: (element: {src: string; async: boolean}) => appended.push(element)},
    };
    const window = {
      requestAnimationFrame: (callback: () => void) => frames.push(callback),
      addEventListener: (type: string, callback: () => void) => (listeners[type] = callback),
    };
    new Function('document', 'window', PAINT_FIRST_LOADER)(document, window);
    const drawFrame = () => frames.splice(0).forEach((callback) => callback());
    return {appended, drawFrame, load: () => listeners.load?.()};
  }

  it('adds nothing until the page has loaded and painted, then every bundle, executed in order', () => {
    vi.useFakeTimers();
    try {
      const {appended, drawFrame, load} = runLoader('/assets/js/runtime~main.1a.js /assets/js/main.2b.js');
      drawFrame();
      vi.runAllTimers();
      expect(appended).toEqual([]);
      load();
      drawFrame();
      vi.runAllTimers();
      expect(appended, 'one frame after load: not yet painted for sure').toEqual([]);
      drawFrame();
      vi.runAllTimers();
      expect(appended).toEqual([
        {src: '/assets/js/runtime~main.1a.js', async: false},
        {src: '/assets/js/main.2b.js', async: false},
      ]);
    } finally {
      vi.useRealTimers();
    }
  });
});
