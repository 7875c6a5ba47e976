/**
 * The navbar search: a button that opens a dialog (also with Ctrl/⌘+K or
 * `/`), a multi-line box that takes whole pasted responses, results as you
 * type in a listbox driven by the keyboard, Enter to open the entry.
 */
import React, {type ReactNode, useCallback, useEffect, useRef, useState} from 'react';
import Link from '@docusaurus/Link';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {paths} from '@site/src/links';
import {useLabels} from '@site/src/i18n/labels';
import {warmUpSearch} from './loader';
import SearchPanel, {SearchIcon} from './SearchPanel';
import styles from './styles.module.css';

export default function SearchDialog(): ReactNode {
  const t = useLabels();
  const [open, setOpen] = useState(false);
  const isBrowser = useIsBrowser();
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const typing = target?.closest('input, textarea, select, [contenteditable="true"]');
      if ((event.key === 'k' || event.key === 'K') && (event.metaKey || event.ctrlKey)) {
        event.preventDefault();
        setOpen(true);
      } else if (event.key === '/' && !typing && !open) {
        event.preventDefault();
        setOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);

  const close = useCallback(() => {
    setOpen(false);
    buttonRef.current?.focus();
  }, []);

  // Until the script has taken over (or without JavaScript), the control is a plain link to the search page.
  if (!isBrowser) {
    return (
      <Link to={paths.search()} className={styles.openButton} aria-label={t.searchButton}>
        <SearchIcon />
        <span className={styles.openLabel}>{t.searchButton}</span>
      </Link>
    );
  }
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className={styles.openButton}
        onClick={() => setOpen(true)}
        onMouseEnter={warmUpSearch}
        onFocus={warmUpSearch}
        onTouchStart={warmUpSearch}
        aria-label={t.searchButton}
        aria-keyshortcuts="Control+K Meta+K /"
        aria-haspopup="dialog"
      >
        <SearchIcon />
        <span className={styles.openLabel}>{t.searchButton}</span>
        <kbd className={styles.kbd}>Ctrl K</kbd>
      </button>
      {open && <Dialog onClose={close} />}
    </>
  );
}

function Dialog({onClose}: {onClose: () => void}): ReactNode {
  const t = useLabels();
  useEffect(() => {
    // Keep the page behind the dialog still while it is open.
    const previous = document.body.style.overflow;
    document.body.style.overflow = 'hidden';
    return () => {
      document.body.style.overflow = previous;
    };
  }, []);
  return (
    <div className={styles.backdrop} onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div role="dialog" aria-modal="true" aria-label={t.searchTitle} className={styles.dialog}>
        <SearchPanel onLeave={onClose} autoFocus />
      </div>
    </div>
  );
}
