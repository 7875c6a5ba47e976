/**
 * Docusaurus decodes the location hash when the route changes (to scroll to its
 * target) and a malformed escape (`#50%off`, `#%E0%A4%A`) throws there, which
 * shows the crash screen. Before the router sees such a hash, it is rewritten to
 * the escaped form of the same text, so it decodes to exactly what was typed.
 * Registered as a client module: it runs before the router starts listening.
 */
/** `%E0%A4%A` → `%25E0%25A4%25A`; a hash that decodes already is left as it is. */
export function repairedHash(hash: string): string {
  const text = hash.replace(/^#/, '');
  try {
    decodeURIComponent(text);
    return hash;
  } catch {
    return `#${encodeURIComponent(text)}`;
  }
}

function repair(): void {
  const {pathname, search, hash} = window.location;
  const fixed = repairedHash(hash);
  if (fixed !== hash) window.history.replaceState(window.history.state, '', `${pathname}${search}${fixed}`);
}

if (typeof window !== 'undefined') {
  repair();
  // Registered before the router's own listener, so it runs first on a hash typed or pasted later.
  window.addEventListener('popstate', repair);
}
