/**
 * What a page that searches or filters says when JavaScript is off: it is rendered
 * into the static HTML inside <noscript>, so nothing fails silently, and it leads to
 * the pages that work without a script (the full catalog table, the module pages).
 */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {paths} from '@site/src/links';
import {useLabels} from '@site/src/i18n/labels';

export default function NoScriptNote(): ReactNode {
  const t = useLabels();
  return (
    <noscript>
      <div className="alert alert--warning margin-bottom--md" role="note">
        {t.needsJavaScript} <Link to={paths.errors()}>{t.catalogTitle}</Link>
        {' · '}
        <Link to={paths.modules()}>{t.modulesTitle}</Link>
      </div>
    </noscript>
  );
}
