/** The home page: what the site is for, where search goes, the modules and the most common errors. */
import React, {type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import type {HomePageData} from '@site/src/plugins/error-reference/page-data';
import {paths} from '@site/src/links';
import ErrorTable from '../ErrorTable';
import ModuleCards from '../ModuleCards';
import SearchPanel from '../Search/SearchPanel';
import {useLabels} from '@site/src/i18n/labels';
import styles from './styles.module.css';

/** Queries that show what the search understands, one of each kind. */
const EXAMPLES = [
  '{"error":"unauthorized","error_description":"Unable to authenticate due to expired access token"}',
  'grpID 216482239234049 does not exist!',
  '403 forbidden_op',
  '子区功能未开通',
  '429',
];

export default function HomePage({data}: {data: HomePageData}): ReactNode {
  const t = useLabels();
  return (
    <Layout title={t.homeTitle} description={t.homeDescription}>
      <header className={styles.hero}>
        <div className={styles.heroInner}>
          <Heading as="h1" className={styles.headline}>
            {t.homeHeadline}
          </Heading>
          <p className={styles.lead}>{t.homeLead}</p>
          <div className={styles.searchSlot} id="search">
            <SearchPanel large />
            <p className={styles.searchHint}>
              {t.homeTry}{' '}
              {EXAMPLES.map((example) => (
                <Link key={example} className={styles.example} to={paths.search({q: example})}>
                  {example}
                </Link>
              ))}
            </p>
          </div>
          <p className={styles.stats}>{t.homeStats(data.entryCount, data.endpointCount, data.modules.length)}</p>
          <div className={styles.actions}>
            <Link className="button button--primary button--lg" to={paths.errors()}>
              {t.catalogTitle}
            </Link>
            <Link className="button button--secondary button--lg" to={paths.guide('handling-errors')}>
              {t.homeGuideLink}
            </Link>
          </div>
        </div>
      </header>
      <main className="container margin-vert--lg">
        <section>
          <Heading as="h2" id="modules">
            {t.modulesTitle}
          </Heading>
          <ModuleCards modules={data.modules} />
        </section>
        <section>
          <Heading as="h2" id="common">
            {t.homeCommon}
          </Heading>
          <ErrorTable rows={data.common} />
        </section>
      </main>
    </Layout>
  );
}
