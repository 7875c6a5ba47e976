/**
 * A button that copies text to the clipboard and says so. The text is
 * computed on click, so it can include the page's full URL.
 */
import React, {type ReactNode, useEffect, useState} from 'react';
import clsx from 'clsx';
import {useLabels} from '@site/src/i18n/labels';
import styles from './styles.module.css';

interface Props {
  label: string;
  /** Returns what to copy; called on click. */
  text: () => string;
  className?: string;
  /** Show only an icon (the label stays the accessible name). */
  iconOnly?: boolean;
}

async function writeClipboard(text: string): Promise<void> {
  if (navigator.clipboard?.writeText) {
    await navigator.clipboard.writeText(text);
    return;
  }
  // Older browsers and non-secure origins: a hidden textarea and execCommand.
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  document.execCommand('copy');
  area.remove();
}

export default function CopyButton({label, text, className, iconOnly = false}: Props): ReactNode {
  const t = useLabels();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2000);
    return () => clearTimeout(timer);
  }, [state]);

  const onClick = () => {
    writeClipboard(text()).then(
      () => setState('copied'),
      () => setState('failed'),
    );
  };
  const shown = state === 'copied' ? t.copied : state === 'failed' ? t.copyFailed : label;
  return (
    <button
      type="button"
      className={clsx(styles.button, iconOnly && styles.iconOnly, className)}
      onClick={onClick}
      aria-label={iconOnly ? label : undefined}
      title={iconOnly ? label : undefined}
    >
      <svg width="14" height="14" viewBox="0 0 24 24" aria-hidden="true">
        <path
          fill="currentColor"
          d={
            state === 'copied'
              ? 'M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4z'
              : 'M16 1H4a2 2 0 0 0-2 2v14h2V3h12V1zm3 4H8a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h11a2 2 0 0 0 2-2V7a2 2 0 0 0-2-2zm0 16H8V7h11v14z'
          }
        />
      </svg>
      {iconOnly ? (
        <span className={styles.live} aria-live="polite">
          {state === 'idle' ? '' : shown}
        </span>
      ) : (
        <span aria-live="polite">{shown}</span>
      )}
    </button>
  );
}
