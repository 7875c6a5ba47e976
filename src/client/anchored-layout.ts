/**
 * Long module pages let the browser skip endpoints far off screen (`content-visibility:
 * auto`, see src/components/ModulePage/styles.module.css): until one is drawn, its height
 * is an estimate. A jump to an anchor must land exactly on it, so while the address names
 * an anchor, the page lays out everything. This marks the document for the stylesheet:
 * - a page opened at an anchor: a one-line script in the head, before the body is parsed;
 * - a link to an anchor of the same page: on the click, before the browser scrolls;
 * - a navigation in the app to an address with a hash: before Docusaurus scrolls to it.
 */
import type {ClientModule} from '@docusaurus/types';

export const ANCHORED_ATTRIBUTE = 'data-anchored';

/** The head script for a page opened at an anchor (its text is hashed by the content security policy). */
export const ANCHORED_AT_LOAD = `if(location.hash.length>1)document.documentElement.setAttribute("${ANCHORED_ATTRIBUTE}","")`;

/** The mark, set or cleared for the location being navigated to. */
export function markAnchored(root: HTMLElement, hash: string): void {
  if (hash.length > 1) root.setAttribute(ANCHORED_ATTRIBUTE, '');
  else root.removeAttribute(ANCHORED_ATTRIBUTE);
}

/** A click on a link to an anchor of this very page (the browser scrolls to it right after). */
function onClick(event: MouseEvent): void {
  const link = (event.target as Element | null)?.closest?.('a[href*="#"]');
  if (!(link instanceof HTMLAnchorElement)) return;
  const {pathname, search} = window.location;
  if (link.pathname === pathname && link.search === search) markAnchored(document.documentElement, link.hash);
}

if (typeof window !== 'undefined') {
  document.addEventListener('click', onClick, {capture: true});
  window.addEventListener('hashchange', () => markAnchored(document.documentElement, window.location.hash));
}

const anchoredLayout: ClientModule = {
  // Called before the next page renders, and so before Docusaurus scrolls to its hash.
  onRouteUpdate({location}) {
    markAnchored(document.documentElement, location.hash);
  },
};

export default anchoredLayout;
