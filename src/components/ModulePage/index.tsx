/** One feature module: each section, each endpoint in it, and the errors each endpoint can return. */
import React, {type ReactNode, useEffect} from 'react';
import clsx from 'clsx';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import {breadcrumbsLabel} from '../ErrorBits';
import {useHistory, useLocation} from '@docusaurus/router';
import {useBaseUrlUtils} from '@docusaurus/useBaseUrl';
import type {ModuleEndpointData, ModulePageData} from '@site/src/plugins/error-reference/page-data';
import {hashTarget, ownValue, paths} from '@site/src/links';
import {InlineText, MethodBadge} from '../ErrorBits';
import CopyButton from '../CopyButton';
import ErrorTable from '../ErrorTable';
import HydrateWhenNeeded from '../HydrateWhenNeeded';
import {PartialFailures, PartialFailuresNote, PartialFailuresTocLink} from '../Provenance';
import {useLabels} from '@site/src/i18n/labels';
import {useAbsoluteUrl} from '../site';
import styles from './styles.module.css';

export default function ModulePage({data}: {data: ModulePageData}): ReactNode {
  const t = useLabels();
  const hasEndpoints = data.endpointCount > 0;
  useAnchorRedirect(data.anchorRedirects);
  return (
    <Layout title={data.title} description={data.summary}>
      <main className={styles.page}>
        <nav className={styles.breadcrumbs} aria-label={breadcrumbsLabel()}>
          <Link to={paths.modules()}>{t.modulesTitle}</Link>
        </nav>
        <header className={styles.header}>
          <Heading as="h1">{data.title}</Heading>
          <p className={styles.summary}>{data.summary}</p>
          <p className={styles.counts}>
            {hasEndpoints && <>{t.endpointsCount(data.endpointCount)} · </>}
            {t.entriesCount(data.entryCount)}
          </p>
          {data.id !== 'general' && (
            <p className={styles.generalHint}>
              {t.generalErrorsHint} <Link to={paths.module('general')}>{t.generalModule}</Link>
            </p>
          )}
          <p className={styles.generalHint}>
            {t.glossaryHint}
            <Link to={paths.guide('glossary')}>{t.glossary}</Link>
            {t.fullStop}
          </p>
        </header>
        {hasEndpoints && <ModuleToc data={data} label={t.onThisPage} />}
        {data.sections.map((section) => (
          <section key={section.id} className={styles.section}>
            <Heading as="h2" id={section.id}>
              {section.title}
            </Heading>
            {section.intro && (
              <p>
                <InlineText text={section.intro} />
              </p>
            )}
            {section.entries.length > 0 && (
              <HydrateWhenNeeded>
                <div className={clsx(styles.block, rowsClass(section.entries.length))}>
                  <ErrorTable rows={section.entries} />
                </div>
              </HydrateWhenNeeded>
            )}
            {section.endpoints.map((endpoint) => (
              <HydrateWhenNeeded key={endpoint.id} anchor={endpoint.id}>
                <EndpointReference moduleId={data.id} endpoint={endpoint} />
              </HydrateWhenNeeded>
            ))}
          </section>
        ))}
        <PartialFailures rows={data.partialFailures} />
      </main>
    </Layout>
  );
}

/**
 * An old link to an endpoint that was renamed or moved still lands on it. The hash is
 * the user's: decoded without throwing and looked up by own key only (`#constructor`
 * names no redirect).
 */
function useAnchorRedirect(redirects: Record<string, string>): void {
  const location = useLocation();
  const history = useHistory();
  const {withBaseUrl} = useBaseUrlUtils();
  useEffect(() => {
    const target = ownValue(redirects, hashTarget(location.hash));
    if (typeof target === 'string') history.replace(withBaseUrl(target));
  }, [location.hash, redirects, history, withBaseUrl]);
}

/** Row counts the stylesheet has a class for; a block takes the largest not above its own. */
const ROW_CLASSES = [20, 12, 8, 5, 3, 2, 1] as const;

/** How many rows a block has, roughly: the stylesheet estimates its height from it until it is drawn. */
function rowsClass(rows: number): string {
  const size = ROW_CLASSES.find((n) => rows >= n) ?? 1;
  return styles[`rows${size}`];
}

function ModuleToc({data, label}: {data: ModulePageData; label: string}): ReactNode {
  return (
    <nav className={styles.toc} aria-label={label}>
      <details open>
        <summary>{label}</summary>
        {data.sections.map((section) => (
          <div key={section.id} className={styles.tocSection}>
            <Link to={`#${section.id}`} className={styles.tocSectionTitle}>
              {section.title}
            </Link>
            <ul>
              {section.endpoints.map((ep) => (
                <li key={ep.id}>
                  <Link to={`#${ep.id}`}>{ep.title}</Link>
                </li>
              ))}
            </ul>
          </div>
        ))}
        {data.partialFailures.length > 0 && <PartialFailuresTocLink className={styles.tocSectionTitle} />}
      </details>
    </nav>
  );
}

function EndpointReference({moduleId, endpoint}: {moduleId: string; endpoint: ModuleEndpointData}): ReactNode {
  const t = useLabels();
  const url = useAbsoluteUrl()(paths.module(moduleId, endpoint.id));
  return (
    <article className={clsx(styles.endpoint, rowsClass(endpoint.errors.length))}>
      <div className={styles.endpointHead}>
        <Heading as="h3" id={endpoint.id}>
          {endpoint.title}
        </Heading>
        <CopyButton iconOnly label={t.copyEndpointLink(endpoint.title)} text={() => url} />
      </div>
      <p className={styles.request}>
        <MethodBadge method={endpoint.method} /> <code>{endpoint.path}</code>
      </p>
      {endpoint.errors.length > 0 ? <ErrorTable rows={endpoint.errors} /> : <p>{t.noErrorsDocumented}</p>}
      <PartialFailuresNote count={endpoint.partialCount} />
    </article>
  );
}
