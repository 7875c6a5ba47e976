/** A table of error entries: status, type, message and one-line meaning, each linking to its page. */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import type {EntrySummary} from '@site/src/plugins/error-reference/page-data';
import {ErrorType, InlineText, StatusBadge} from '../ErrorBits';
import {useLabels} from '../labels';
import styles from './styles.module.css';

type Row = EntrySummary & {note?: string; moduleTitle?: string};

export default function ErrorTable({rows, showModule = false}: {rows: Row[]; showModule?: boolean}): ReactNode {
  const t = useLabels();
  return (
    <div className={styles.wrapper}>
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">{t.colStatus}</th>
            <th scope="col">{t.colType}</th>
            <th scope="col">{t.colMessage}</th>
            <th scope="col">{t.colMeaning}</th>
            {showModule && <th scope="col">{t.colModule}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td>
                <StatusBadge status={row.status} />
              </td>
              <td className={styles.type}>
                <ErrorType type={row.type} emptyLabel={t.none} />
              </td>
              <td className={styles.message}>
                {row.message ? <code>{row.message}</code> : <span className={styles.muted}>{t.bareStatus}</span>}
              </td>
              <td>
                <Link to={`/errors/${row.id}`}>{row.summary}</Link>
                {row.note && (
                  <div className={styles.note}>
                    <InlineText text={row.note} />
                  </div>
                )}
              </td>
              {showModule && <td className={styles.module}>{row.moduleTitle}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
