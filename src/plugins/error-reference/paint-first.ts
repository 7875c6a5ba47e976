/**
 * Paint first, then run the scripts.
 *
 * Every page is complete in its server-rendered HTML, but Docusaurus loads its two bundles
 * with `defer`: the browser runs them as soon as the document is parsed, often before it
 * has painted more than the top of the page. Their evaluation is the page's longest task,
 * so the main content (the largest paint) waited for it. Here each built page loads the
 * same bundles, in the same order, requested once it has loaded and painted. (Fetching
 * them earlier, even at low priority, puts their download between the first paint and the
 * largest one in Lighthouse's model of a phone on a slow network.)
 *
 * The loader's text is the same on every page (the bundles' addresses are an attribute), so
 * the content security policy allows it with one hash.
 */
import {readdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';

/**
 * The loader: once the page has loaded (its stylesheet) and two frames later, so that a frame
 * has been painted, the bundles listed in its attribute, in order. A tab opened in the
 * background draws no frame: its page stays the server's HTML, fully readable, until shown.
 */
export const PAINT_FIRST_LOADER =
  '(function(s){var l=(s.getAttribute("data-bundles")||"").split(" ").filter(Boolean),w=window;' +
  'function go(){l.forEach(function(u){var e=document.createElement("script");e.src=u;e.async=false;document.head.appendChild(e)})}' +
  'function later(){w.requestAnimationFrame(function(){w.requestAnimationFrame(function(){setTimeout(go,0)})})}' +
  'if(!w.requestAnimationFrame)go();else if(document.readyState==="complete")later();else w.addEventListener("load",later)})(document.currentScript)';

const DEFERRED_SCRIPT = /<script src=("?)([^"\s>]+)\1 defer><\/script>/g;

/** One page's HTML with its deferred bundles loaded after the first paint; unchanged if it has none. */
export function paintFirst(html: string): string {
  const bundles = [...html.matchAll(DEFERRED_SCRIPT)].map((match) => match[2]);
  if (bundles.length === 0) return html;
  // Attribute text as the page had it (already escaped, without quotes or spaces).
  const loader = `<script data-bundles="${bundles.join(' ')}">${PAINT_FIRST_LOADER}</script>`;
  const withoutBundles = html.replace(DEFERRED_SCRIPT, '');
  return withoutBundles.includes('</body>')
    ? withoutBundles.replace('</body>', `${loader}</body>`)
    : `${withoutBundles}${loader}`;
}

/** Every HTML file of a built locale, rewritten in place. */
export async function paintFirstInBuild(outDir: string): Promise<number> {
  const files = (await readdir(outDir, {recursive: true})).filter((file) => file.endsWith('.html'));
  await Promise.all(
    files.map(async (file) => {
      const full = path.join(outDir, file);
      const html = await readFile(full, 'utf8');
      const rewritten = paintFirst(html);
      if (rewritten !== html) await writeFile(full, rewritten);
    }),
  );
  return files.length;
}
