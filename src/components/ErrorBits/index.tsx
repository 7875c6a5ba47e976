/** Small presentational pieces shared by the generated pages. */
import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import {translate} from '@docusaurus/Translate';
import styles from './styles.module.css';

/** The text without its code marks, for places that cannot show markup (meta tags, titles). */
export function plainText(text: string): string {
  return text.replaceAll('`', '');
}

/** The name of a breadcrumb trail in the page's language: the theme's own string, so docs and our pages agree. */
export function breadcrumbsLabel(): string {
  return translate({id: 'theme.docs.breadcrumbs.navAriaLabel', message: 'Breadcrumbs'});
}

/** Renders text whose `backticked` parts are code; everything else is plain text (never HTML). */
export function InlineText({text}: {text: string}): ReactNode {
  const parts = text.split('`');
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? <code key={i}>{part}</code> : <React.Fragment key={i}>{part}</React.Fragment>,
      )}
    </>
  );
}

/** A status below 400 is a successful response that reports a partial failure: not coloured as an error. */
function statusClass(status: number): string | undefined {
  if (status >= 500) return styles.status5xx;
  return status >= 400 ? styles.status4xx : styles.status2xx;
}

export function StatusBadge({status}: {status: number}): ReactNode {
  return <span className={clsx(styles.status, statusClass(status))}>{status}</span>;
}

export function MethodBadge({method}: {method: string}): ReactNode {
  return <span className={clsx(styles.method, styles[`method${method}`])}>{method}</span>;
}

export function ErrorType({type, emptyLabel}: {type: string; emptyLabel: string}): ReactNode {
  return type ? <code className={styles.type}>{type}</code> : <span className={styles.muted}>{emptyLabel}</span>;
}
