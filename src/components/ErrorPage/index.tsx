/** One error entry: its signature, meaning, causes, fix, example response, endpoints and related errors. */
import React, {type ReactNode, useEffect, useState} from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import {useLocation} from '@docusaurus/router';
import Heading from '@theme/Heading';
import {breadcrumbsLabel} from '../ErrorBits';
import type {ErrorPageData} from '@site/src/plugins/error-reference/page-data';
import {paths} from '@site/src/links';
import {ErrorType, InlineText, MethodBadge, StatusBadge, plainText} from '../ErrorBits';
import CopyButton from '../CopyButton';
import ErrorTable from '../ErrorTable';
import HydrateWhenNeeded from '../HydrateWhenNeeded';
import ResponseExample from '../ResponseExample';
import {ProvenanceLabels, ProvenanceSources} from '../Provenance';
import {useLabels} from '@site/src/i18n/labels';
import {useAbsoluteUrl} from '../site';
import styles from './styles.module.css';

type PageEndpoint = ErrorPageData['endpoints'][number];

/**
 * A short Markdown snippet for a support ticket: signature, the endpoint called when known,
 * meaning and the entry's public address.
 */
export function ticketSnippet(data: ErrorPageData, meaningLabel: string, url: string, endpoint?: PageEndpoint): string {
  const {entry} = data;
  const signature = [entry.status, entry.type].filter(Boolean).join(' ');
  const message = entry.message ? ` \`${entry.message}\`` : '';
  const call = endpoint ? `\`${endpoint.method} ${endpoint.path}\` (${endpoint.title})\n` : '';
  return `**${signature}**${message}\n${call}${meaningLabel}: ${entry.summary}\n${url}\n`;
}

/**
 * The endpoint a search result came from (`?endpoint=<id>`), when this entry lists it; read after
 * hydration, since the static page is rendered without a query.
 */
function useChosenEndpoint(endpoints: PageEndpoint[]): PageEndpoint | undefined {
  const {search} = useLocation();
  const [chosen, setChosen] = useState<PageEndpoint | undefined>(undefined);
  useEffect(() => {
    const id = new URLSearchParams(search).get('endpoint');
    setChosen(id ? endpoints.find((ep) => ep.id === id) : undefined);
  }, [search, endpoints]);
  return chosen;
}

/** Above this many endpoints the list is grouped by module, each group folded. */
const FOLD_ABOVE = 12;

function EndpointList({endpoints, chosen}: {endpoints: PageEndpoint[]; chosen?: PageEndpoint}): ReactNode {
  const t = useLabels();
  // The endpoint the reader called comes first, with its note.
  const ordered = chosen ? [chosen, ...endpoints.filter((ep) => ep !== chosen)] : endpoints;
  const list = (items: ErrorPageData['endpoints']) => (
    <ul className={styles.endpoints}>
      {items.map((ep) => (
        <li
          key={ep.id}
          aria-current={ep === chosen ? 'true' : undefined}
          className={ep === chosen ? styles.chosen : undefined}
        >
          <MethodBadge method={ep.method} /> <code className={styles.path}>{ep.path}</code>
          <div>
            <Link to={paths.module(ep.moduleId, ep.id)}>{ep.title}</Link>
            <span className={styles.moduleName}> · {ep.moduleTitle}</span>
          </div>
          {ep.note && (
            <div className={styles.endpointNote}>
              <InlineText text={ep.note} />
            </div>
          )}
        </li>
      ))}
    </ul>
  );
  if (ordered.length <= FOLD_ABOVE) return list(ordered);
  const byModule = new Map<string, ErrorPageData['endpoints']>();
  for (const ep of ordered) byModule.set(ep.moduleTitle, [...(byModule.get(ep.moduleTitle) ?? []), ep]);
  return (
    <>
      <p>{t.endpointsMany(ordered.length)}</p>
      {[...byModule].map(([title, items]) => (
        <details key={title} className={styles.group} open={items.some((ep) => ep.note || ep === chosen)}>
          <summary>
            {title} <span className={styles.moduleName}>({t.endpointsCount(items.length)})</span>
          </summary>
          {/* Folded away at first: React takes the list over when it is opened or the page is idle. */}
          <HydrateWhenNeeded>{list(items)}</HydrateWhenNeeded>
        </details>
      ))}
    </>
  );
}

export default function ErrorPage({data}: {data: ErrorPageData}): ReactNode {
  const t = useLabels();
  const {entry} = data;
  const signature = [entry.status, entry.type].filter(Boolean).join(' ');
  const title = entry.message ? `${signature} – ${entry.message}` : `HTTP ${entry.status}`;
  const chosen = useChosenEndpoint(data.endpoints);
  // The public address, not the one the page was opened at (a preview host, a local server).
  const pageUrl = useAbsoluteUrl()(paths.error(entry.id));
  return (
    <Layout
      title={title}
      description={t.errorPageDescription(entry.status, entry.type, entry.message, plainText(entry.summary))}
    >
      <main className={styles.page}>
        <nav className={styles.breadcrumbs} aria-label={breadcrumbsLabel()}>
          <Link to={paths.errors()}>{t.catalogTitle}</Link>
          <span aria-hidden="true"> / </span>
          <Link to={paths.module(data.module.id)}>{data.module.title}</Link>
        </nav>
        <header className={styles.header}>
          <div className={styles.signature}>
            <StatusBadge status={entry.status} />
            {(entry.type || !entry.partial) && <ErrorType type={entry.type} emptyLabel={t.bareStatus} />}
            <ProvenanceLabels data={data.provenance} />
          </div>
          <Heading as="h1" className={styles.title}>
            {entry.message ? <code className={styles.message}>{entry.message}</code> : `HTTP ${entry.status}`}
          </Heading>
          <p className={styles.summary}>
            <InlineText text={entry.summary} />
          </p>
          <div className={styles.actions}>
            <CopyButton label={t.copyLink} text={() => pageUrl} />
            <CopyButton label={t.copyForTicket} text={() => ticketSnippet(data, t.ticketMeaning, pageUrl, chosen)} />
          </div>
        </header>

        <section className={styles.explain}>
          <Heading as="h2" id="cause">
            {t.cause}
          </Heading>
          <p>
            <InlineText text={entry.cause} />
          </p>
          {entry.situations.length > 0 && (
            <>
              <Heading as="h2" id="situations">
                {t.situations}
              </Heading>
              <ul className={styles.situations}>
                {entry.situations.map((situation) => (
                  <li key={situation}>
                    <InlineText text={situation} />
                  </li>
                ))}
              </ul>
            </>
          )}
          <Heading as="h2" id="fix">
            {t.fix}
          </Heading>
          <p>
            <InlineText text={entry.fix} />
          </p>
          {entry.note && (
            <div className="alert alert--secondary" role="note">
              <strong>{t.note}: </strong>
              <InlineText text={entry.note} />
            </div>
          )}
        </section>

        <section>
          <Heading as="h2" id="example">
            {t.example}
          </Heading>
          <p className={styles.hint}>{t.exampleHint}</p>
          <ResponseExample response={data.exampleResponse} />
          {entry.variants.length > 0 && (
            <details className={styles.variants}>
              <summary>{t.variants}</summary>
              <ul>
                {entry.variants.map((v) => (
                  <li key={v}>
                    <code>{v}</code>
                  </li>
                ))}
              </ul>
            </details>
          )}
        </section>

        <section>
          <Heading as="h2" id="endpoints">
            {t.endpoints}
          </Heading>
          {data.endpoints.length === 0 ? (
            <p>{t.endpointsNone}</p>
          ) : (
            <EndpointList endpoints={data.endpoints} chosen={chosen} />
          )}
        </section>

        <ProvenanceSources data={data.provenance} />

        {data.related.length > 0 && (
          <section>
            <Heading as="h2" id="related">
              {t.related}
            </Heading>
            <ErrorTable rows={data.related} />
          </section>
        )}
        <p className={styles.sameStatus}>
          <Link to={paths.errors({status: entry.status})}>
            {entry.partial
              ? t.otherPartialFailures(data.sameStatusCount)
              : t.sameStatus(entry.status, data.sameStatusCount)}
          </Link>
        </p>
        <p className={styles.sameStatus}>
          {t.glossaryHint}
          <Link to={paths.guide('glossary')}>{t.glossary}</Link>
          {t.fullStop}
        </p>
      </main>
    </Layout>
  );
}
