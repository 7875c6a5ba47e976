/** A table of error entries: status, type, message and one-line meaning, each linking to its page. */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import type {EntrySummary} from '@site/src/plugins/error-reference/page-data';
import {paths} from '@site/src/links';
import {ErrorType, InlineText, StatusBadge} from '../ErrorBits';
import {useLabels} from '@site/src/i18n/labels';
import {PartialTag} from '../Provenance';
import styles from './styles.module.css';

type Row = EntrySummary & {note?: string; moduleTitle?: string};

export default function ErrorTable({rows, showModule = false}: {rows: Row[]; showModule?: boolean}): ReactNode {
  const t = useLabels();
  return (
    <div className={styles.wrapper}>
      {/* Explicit roles keep the table's meaning for screen readers when a phone lays rows out as cards. */}
      <table className={styles.table} role="table">
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">
              {t.colStatus}
            </th>
            <th scope="col" role="columnheader">
              {t.colType}
            </th>
            <th scope="col" role="columnheader">
              {t.colMessage}
            </th>
            <th scope="col" role="columnheader">
              {t.colMeaning}
            </th>
            {showModule && (
              <th scope="col" role="columnheader">
                {t.colModule}
              </th>
            )}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {rows.map((row) => (
            <tr key={row.id} role="row">
              <td role="cell">
                <StatusBadge status={row.status} />
              </td>
              <td className={styles.type} role="cell">
                <ErrorType type={row.type} emptyLabel={t.none} />
              </td>
              <td className={styles.message} role="cell">
                {row.message ? <code>{row.message}</code> : <span className={styles.muted}>{t.bareStatus}</span>}
                {row.partial && <PartialTag />}
              </td>
              <td className={styles.meaning} role="cell">
                <Link to={paths.error(row.id)}>
                  <InlineText text={row.summary} />
                </Link>
                {row.note && (
                  <div className={styles.note}>
                    <InlineText text={row.note} />
                  </div>
                )}
              </td>
              {showModule && (
                <td className={styles.module} role="cell">
                  {row.moduleTitle}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
