/** One search result: status, type, message with the matched words marked, meaning and why it matched. */
import React, {type ReactNode} from 'react';
import type {SearchHit} from '@site/src/search/engine';
import {isExactMatch} from '@site/src/search/match';
import {ErrorType, StatusBadge, plainText} from '../ErrorBits';
import {useLabels} from '@site/src/i18n/labels';
import {useLanguage} from '../site';
import {ProvenanceTags} from '../Provenance';
import Highlight from './Highlight';
import styles from './styles.module.css';

export default function ResultItem({hit, terms}: {hit: SearchHit; terms: string[]}): ReactNode {
  const t = useLabels();
  const lang = useLanguage();
  const {doc} = hit;
  const exact = isExactMatch(hit.match);
  return (
    <div className={styles.result}>
      <div className={styles.resultHead}>
        <StatusBadge status={doc.status} />
        <ErrorType type={doc.type} emptyLabel={t.bareStatus} />
        <ProvenanceTags provenance={doc.provenance} older={doc.older} partial={doc.partial} />
        <span className={exact ? styles.matchExact : styles.match}>{t.matchKinds[hit.match]}</span>
      </div>
      {doc.message && (
        <code className={styles.resultMessage}>
          {exact ? <mark>{doc.message}</mark> : <Highlight text={doc.message} terms={terms} />}
        </code>
      )}
      <div className={styles.resultSummary}>
        <Highlight text={plainText(doc.summary[lang])} terms={terms} />
      </div>
    </div>
  );
}
