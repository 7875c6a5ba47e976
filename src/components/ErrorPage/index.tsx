/** One error entry: its signature, meaning, causes, fix, example response, endpoints and related errors. */
import React, {type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import {breadcrumbsLabel} from '../ErrorBits';
import type {ErrorPageData} from '@site/src/plugins/error-reference/page-data';
import {paths} from '@site/src/links';
import {ErrorType, InlineText, MethodBadge, StatusBadge, plainText} from '../ErrorBits';
import CopyButton from '../CopyButton';
import ErrorTable from '../ErrorTable';
import ResponseExample from '../ResponseExample';
import {useLabels} from '../labels';
import {useAbsoluteUrl} from '../site';
import styles from './styles.module.css';

/** A short Markdown snippet for a support ticket: signature, meaning and the entry's public address. */
export function ticketSnippet(data: ErrorPageData, meaningLabel: string, url: string): string {
  const {entry} = data;
  const signature = [entry.status, entry.type].filter(Boolean).join(' ');
  const message = entry.message ? ` \`${entry.message}\`` : '';
  return `**${signature}**${message}\n${meaningLabel}: ${entry.summary}\n${url}\n`;
}

/** Above this many endpoints the list is grouped by module, each group folded. */
const FOLD_ABOVE = 12;

function EndpointList({endpoints}: {endpoints: ErrorPageData['endpoints']}): ReactNode {
  const t = useLabels();
  const list = (items: ErrorPageData['endpoints']) => (
    <ul className={styles.endpoints}>
      {items.map((ep) => (
        <li key={ep.id}>
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
  if (endpoints.length <= FOLD_ABOVE) return list(endpoints);
  const byModule = new Map<string, ErrorPageData['endpoints']>();
  for (const ep of endpoints) byModule.set(ep.moduleTitle, [...(byModule.get(ep.moduleTitle) ?? []), ep]);
  return (
    <>
      <p>{t.endpointsMany(endpoints.length)}</p>
      {[...byModule].map(([title, items]) => (
        <details key={title} className={styles.group} open={items.some((ep) => ep.note)}>
          <summary>
            {title} <span className={styles.moduleName}>({t.endpointsCount(items.length)})</span>
          </summary>
          {list(items)}
        </details>
      ))}
    </>
  );
}

export default function ErrorPage({data}: {data: ErrorPageData}): ReactNode {
  const t = useLabels();
  const {entry} = data;
  // The public address, not the one the page was opened at (a preview host, a local server).
  const pageUrl = useAbsoluteUrl()(paths.error(entry.id));
  const title = entry.message ? `${entry.status} ${entry.type} – ${entry.message}` : `HTTP ${entry.status}`;
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
            <ErrorType type={entry.type} emptyLabel={t.bareStatus} />
          </div>
          <Heading as="h1" className={styles.title}>
            {entry.message ? <code className={styles.message}>{entry.message}</code> : `HTTP ${entry.status}`}
          </Heading>
          <p className={styles.summary}>
            <InlineText text={entry.summary} />
          </p>
          <div className={styles.actions}>
            <CopyButton label={t.copyLink} text={() => pageUrl} />
            <CopyButton label={t.copyForTicket} text={() => ticketSnippet(data, t.ticketMeaning, pageUrl)} />
          </div>
        </header>

        <section className={styles.explain}>
          <Heading as="h2" id="cause">
            {t.cause}
          </Heading>
          <p>
            <InlineText text={entry.cause} />
          </p>
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
          {data.endpoints.length === 0 ? <p>{t.endpointsNone}</p> : <EndpointList endpoints={data.endpoints} />}
        </section>

        {data.related.length > 0 && (
          <section>
            <Heading as="h2" id="related">
              {t.related}
            </Heading>
            <ErrorTable rows={data.related} />
          </section>
        )}
        <p className={styles.sameStatus}>
          <Link to={paths.errors({status: entry.status})}>{t.sameStatus(entry.status, data.sameStatusCount)}</Link>
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
