/**
 * A block of a long page that React takes over only when it is needed (a module
 * page's endpoints, an error page's folded endpoint lists).
 *
 * The server-rendered HTML already shows the block, links and all. Hydrating
 * every endpoint of a large module at once blocks a phone's main thread for
 * over half a second, so while the page hydrates the block is left exactly as
 * the server wrote it (an empty `dangerouslySetInnerHTML` keeps React away from
 * its children). It becomes a live React tree when it nears the screen, when
 * the pointer, a touch or the focus enters it, or else one block per idle
 * moment after load. After a client-side navigation there is no server HTML
 * to keep, and the block renders at once.
 */
import React, {type ReactNode, startTransition, useEffect, useLayoutEffect, useRef, useState} from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {useHistory} from '@docusaurus/router';
import {hashTarget} from '@site/src/links';

/** Blocks waiting to go live, in page order; one per idle moment, so no task grows long. */
const waiting: (() => void)[] = [];
let drainScheduled = false;

function whenIdle(callback: () => void): void {
  if ('requestIdleCallback' in window) window.requestIdleCallback(callback, {timeout: 3000});
  else setTimeout(callback, 50);
}

function scheduleDrain(): void {
  if (drainScheduled) return;
  drainScheduled = true;
  whenIdle(() => {
    drainScheduled = false;
    waiting.shift()?.();
    if (waiting.length > 0) scheduleDrain();
  });
}

const WAKE_EVENTS = ['pointerover', 'touchstart', 'focusin'] as const;

/**
 * The address's target (`#endpoint-id`) is the element the page opened at, and `:target`
 * (its highlight) follows that very element: a block holding it goes live at once.
 */
function holdsAddressTarget(anchor: string | undefined): boolean {
  return anchor !== undefined && hashTarget(window.location.hash) === anchor;
}

/**
 * Replacing the server's markup drops the browser's `:target`; navigating to the same
 * fragment again restores it (and its highlight) when the block is on screen.
 */
function useRestoreTarget(hadTarget: React.RefObject<boolean>, ref: React.RefObject<HTMLDivElement | null>): void {
  useLayoutEffect(() => {
    const element = ref.current;
    if (!hadTarget.current || !element) return;
    const box = element.getBoundingClientRect();
    if (box.bottom > 0 && box.top < window.innerHeight) window.location.replace(window.location.href);
  }, [hadTarget, ref]);
}

export default function HydrateWhenNeeded({children, anchor}: {children: ReactNode; anchor?: string}): ReactNode {
  const isBrowser = useIsBrowser();
  // Decided at the first render: only a block hydrating server HTML waits (never during SSR,
  // never after a client-side navigation, never the block the address points at).
  const [waits] = useState(() => typeof window !== 'undefined' && !isBrowser && !holdsAddressTarget(anchor));
  const [live, setLive] = useState(!waits);
  const ref = useRef<HTMLDivElement>(null);
  const hadTarget = useRef(false);

  useEffect(() => {
    const element = ref.current;
    if (live || !element) return undefined;
    const wake = () => {
      hadTarget.current = element.querySelector(':target') !== null;
      // A transition: React renders the block's rows in slices of a few milliseconds and yields
      // to the browser between them, where an urgent update would build a large block in one
      // long task. The server's markup stays on screen until the live block replaces it.
      startTransition(() => setLive(true));
    };
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && wake(), {
      rootMargin: '50% 0px',
    });
    observer.observe(element);
    WAKE_EVENTS.forEach((type) => element.addEventListener(type, wake, {passive: true}));
    waiting.push(wake);
    scheduleDrain();
    return () => {
      observer.disconnect();
      WAKE_EVENTS.forEach((type) => element.removeEventListener(type, wake));
      const index = waiting.indexOf(wake);
      if (index >= 0) waiting.splice(index, 1);
    };
  }, [live]);

  if (!live) return <ServerMarkup divRef={ref} />;
  return <LiveBlock hadTarget={hadTarget}>{children}</LiveBlock>;
}

function LiveBlock({children, hadTarget}: {children: ReactNode; hadTarget: React.RefObject<boolean>}): ReactNode {
  const ref = useRef<HTMLDivElement>(null);
  useRestoreTarget(hadTarget, ref);
  return <div ref={ref}>{children}</div>;
}

/**
 * The server's markup, left as it is: React does not look inside an element whose HTML it was
 * given. Going live swaps this component for another, so React replaces the whole element with
 * the identical markup it renders. Until then a plain click on one of its links to a page of
 * the site navigates inside the app, as the live link would, instead of loading a new page.
 */
function ServerMarkup({divRef}: {divRef: React.RefObject<HTMLDivElement | null>}): ReactNode {
  const history = useHistory();
  const onClick = (event: React.MouseEvent<HTMLDivElement>) => {
    const link = (event.target as Element).closest?.('a[href]');
    if (!(link instanceof HTMLAnchorElement) || !isPlainClick(event) || link.target || link.hasAttribute('download'))
      return;
    const url = new URL(link.href, window.location.href);
    if (url.origin !== window.location.origin) return;
    event.preventDefault();
    history.push(`${url.pathname}${url.search}${url.hash}`);
  };
  return <div ref={divRef} onClick={onClick} dangerouslySetInnerHTML={{__html: ''}} suppressHydrationWarning />;
}

/** A left click without a modifier: the others open a new tab or window, as the browser decides. */
function isPlainClick(event: React.MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}
