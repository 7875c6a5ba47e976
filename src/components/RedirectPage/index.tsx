/**
 * The page left at a renamed or merged error id: it sends the reader on to
 * the current entry, keeping the anchor, and works without JavaScript too
 * (meta refresh) so old links in tickets keep landing.
 */
import React, {type ReactNode, useEffect} from 'react';
import Head from '@docusaurus/Head';
import Link from '@docusaurus/Link';
import {useHistory, useLocation} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import Layout from '@theme/Layout';
import {useLabels} from '@site/src/i18n/labels';

export interface RedirectPageData {
  /** Site path of the current entry, without base URL: `/errors/<id>`. */
  to: string;
}

export default function RedirectPage({data}: {data: RedirectPageData}): ReactNode {
  const t = useLabels();
  const target = useBaseUrl(data.to);
  const history = useHistory();
  const location = useLocation();
  useEffect(() => {
    history.replace(`${target}${location.hash}`);
  }, [history, target, location.hash]);
  return (
    <Layout title={t.movedTitle} noFooter>
      <Head>
        <meta httpEquiv="refresh" content={`0; url=${target}`} />
        <meta name="robots" content="noindex" />
        <link rel="canonical" href={target} />
      </Head>
      <main className="container margin-vert--xl">
        <h1>{t.movedTitle}</h1>
        <p>
          {t.movedText} <Link to={data.to}>{data.to}</Link>
        </p>
      </main>
    </Layout>
  );
}
