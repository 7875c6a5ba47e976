/**
 * Where an error is known from: labels next to the status badge, the list of
 * sources on the error page, and the module page's section of failures that
 * come inside a 200 response. Kept apart from the pages so that they need only
 * a line each to show it.
 */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import {translate} from '@docusaurus/Translate';
import type {SourceKind, Source} from '@site/src/catalog/types';
import type {PartialFailureRow, ProvenanceData} from '@site/src/plugins/error-reference/page-data';
import {paths, sourceUrl} from '@site/src/links';
import {useLabels} from '@site/src/i18n/labels';
import {InlineText} from '../ErrorBits';
import styles from './styles.module.css';

/** The anchor of a module page's section of partial failures. */
export const PARTIAL_FAILURES_ANCHOR = 'partial-failures';

function kindLabel(kind: SourceKind): string {
  switch (kind) {
    case 'docs-table':
      return translate({id: 'provenance.kind.docsTable'});
    case 'docs-prose':
      return translate({id: 'provenance.kind.docsProse'});
    case 'sister-docs':
      return translate({id: 'provenance.kind.sisterDocs'});
    case 'test-suite':
      return translate({id: 'provenance.kind.testSuite'});
    case 'issue':
      return translate({id: 'provenance.kind.issue'});
    default:
      return String(kind);
  }
}

/** The documentation kinds, strongest first: the label names the best a reader can check. */
const DOCUMENTED_ORDER: SourceKind[] = ['docs-table', 'docs-prose', 'sister-docs'];

function originLabel(data: ProvenanceData): string {
  const best = DOCUMENTED_ORDER.find((kind) => data.sources.some((s) => s.kind === kind));
  if (data.provenance === 'documented' && best) return kindLabel(best);
  return translate({id: 'provenance.observed'});
}

/** Short labels for the page header: how the error is known, older behaviour, partial failure. */
export function ProvenanceLabels({data}: {data: ProvenanceData}): ReactNode {
  return (
    <span className={styles.labels}>
      <a
        href="#sources"
        className={data.provenance === 'observed' ? styles.observed : styles.label}
        title={translate({id: 'provenance.labels.title'})}
      >
        {originLabel(data)}
      </a>
      {data.older && <span className={styles.label}>{translate({id: 'provenance.older'})}</span>}
      {data.partial && <span className={styles.label}>{translate({id: 'provenance.partial'})}</span>}
    </span>
  );
}

function SourceItem({source}: {source: Source}): ReactNode {
  const where = source.line ? `${source.path}:${source.line}` : source.path;
  return (
    <li>
      <span className={styles.kind}>{kindLabel(source.kind)}</span>{' '}
      <a href={sourceUrl(source)} className={styles.source} rel="noopener noreferrer">
        <code>{source.repo}</code> <span>{where}</span>
      </a>
    </li>
  );
}

/** The "Sources" section of an error page: each source links to the file at its pinned commit. */
export function ProvenanceSources({data}: {data: ProvenanceData}): ReactNode {
  return (
    <section>
      <Heading as="h2" id="sources">
        {translate({id: 'provenance.sources.title'})}
      </Heading>
      <p className={styles.hint}>
        {data.provenance === 'observed'
          ? translate({id: 'provenance.sources.observedHint'})
          : translate({id: 'provenance.sources.hint'})}
      </p>
      <ul className={styles.sources}>
        {data.sources.map((source) => (
          <SourceItem key={`${source.repo}/${source.commit}/${source.path}#${source.line ?? ''}`} source={source} />
        ))}
      </ul>
    </section>
  );
}

/** The module page's section of failure reasons that come inside a successful response. */
export function PartialFailures({rows}: {rows: PartialFailureRow[]}): ReactNode {
  if (rows.length === 0) return null;
  return (
    <section className={styles.partialSection}>
      <Heading as="h2" id={PARTIAL_FAILURES_ANCHOR}>
        {translate({id: 'provenance.partialFailures.title'})}
      </Heading>
      <p>{translate({id: 'provenance.partialFailures.intro'})}</p>
      <ul className={styles.partialList}>
        {rows.map((row) => (
          <li key={row.id}>
            <Link to={paths.error(row.id)}>
              <code>{row.message}</code>
            </Link>
            <div>
              <InlineText text={row.summary} />
            </div>
            {row.endpoints.length > 0 && (
              <div className={styles.hint}>
                {translate({id: 'provenance.partialFailures.endpoints'})}
                {row.endpoints.map((ep, i) => (
                  <React.Fragment key={ep.id}>
                    {i > 0 && translate({id: 'list.separator'})}
                    <Link to={`#${ep.id}`}>{ep.title}</Link>
                  </React.Fragment>
                ))}
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Under an endpoint's error table: the partial failures it also reports, listed in their own section. */
export function PartialFailuresNote({count}: {count: number}): ReactNode {
  const t = useLabels();
  if (count === 0) return null;
  return (
    <p className={styles.hint}>
      <Link to={`#${PARTIAL_FAILURES_ANCHOR}`}>{t.partialFailuresOnEndpoint(count)}</Link>
    </p>
  );
}

/** The words that tell a failure inside a 200 response from an error status. */
export function partialLabel(): string {
  return translate({id: 'provenance.partial'});
}

/** A small tag for a table row or search result whose entry is a partial failure. */
export function PartialTag(): ReactNode {
  return <span className={styles.tag}>{partialLabel()}</span>;
}

/** Tags for a search result: what a reader should know before trusting the entry as current, documented behaviour. */
export function ProvenanceTags({
  provenance,
  older,
  partial,
}: {
  provenance: ProvenanceData['provenance'];
  older?: true;
  partial?: true;
}): ReactNode {
  return (
    <>
      {provenance === 'observed' && <span className={styles.tag}>{translate({id: 'provenance.tag.observed'})}</span>}
      {older && <span className={styles.tag}>{translate({id: 'provenance.older'})}</span>}
      {partial && <PartialTag />}
    </>
  );
}

/** The module page's table of contents names the partial failures section too. */
export function PartialFailuresTocLink({className}: {className?: string}): ReactNode {
  return (
    <div>
      <Link to={`#${PARTIAL_FAILURES_ANCHOR}`} className={className}>
        {translate({id: 'provenance.partialFailures.title'})}
      </Link>
    </div>
  );
}

/** A status filter's option for the failures reported inside a 200 response: short, it sets the select's width. */
export function partialStatusOption(status: number): string {
  return translate({id: 'provenance.partialStatusOption'}, {status});
}
