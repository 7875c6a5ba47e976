/** A grid of cards, one per feature module. Used by the home page and the module list. */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import type {ModuleCard} from '@site/src/plugins/error-reference/page-data';
import {paths} from '@site/src/links';
import {useLabels} from '@site/src/i18n/labels';
import styles from './styles.module.css';

export default function ModuleCards({modules}: {modules: ModuleCard[]}): ReactNode {
  const t = useLabels();
  return (
    <ul className={styles.grid}>
      {modules.map((m) => (
        <li key={m.id}>
          <Link to={paths.module(m.id)} className={styles.card}>
            <span className={styles.title}>{m.title}</span>
            <span className={styles.summary}>{m.summary}</span>
            <span className={styles.counts}>
              {m.endpointCount > 0 && <>{t.endpointsCount(m.endpointCount)} · </>}
              {t.entriesCount(m.entryCount)}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
