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
import {InlineText} from '../ErrorBits';
import styles from './styles.module.css';

/** The anchor of a module page's section of partial failures. */
export const PARTIAL_FAILURES_ANCHOR = 'partial-failures';

function kindLabel(kind: SourceKind): string {
  switch (kind) {
    case 'docs-table':
      return translate({id: 'provenance.kind.docsTable', message: '文档错误码表'});
    case 'docs-prose':
      return translate({id: 'provenance.kind.docsProse', message: '文档正文'});
    case 'sister-docs':
      return translate({id: 'provenance.kind.sisterDocs', message: '同一服务的其他品牌文档'});
    case 'test-suite':
      return translate({id: 'provenance.kind.testSuite', message: '公开测试用例'});
    case 'issue':
      return translate({id: 'provenance.kind.issue', message: '用户报告'});
    default:
      return String(kind);
  }
}

/** The documentation kinds, strongest first: the label names the best a reader can check. */
const DOCUMENTED_ORDER: SourceKind[] = ['docs-table', 'docs-prose', 'sister-docs'];

function originLabel(data: ProvenanceData): string {
  const best = DOCUMENTED_ORDER.find((kind) => data.sources.some((s) => s.kind === kind));
  if (data.provenance === 'documented' && best) return kindLabel(best);
  return translate({id: 'provenance.observed', message: '实际响应，未见于文档'});
}

/** Short labels for the page header: how the error is known, older behaviour, partial failure. */
export function ProvenanceLabels({data}: {data: ProvenanceData}): ReactNode {
  return (
    <span className={styles.labels}>
      <a
        href="#sources"
        className={data.provenance === 'observed' ? styles.observed : styles.label}
        title={translate({id: 'provenance.labels.title', message: '这个错误的来源，见本页“来源”'})}
      >
        {originLabel(data)}
      </a>
      {data.older && <span className={styles.label}>{translate({id: 'provenance.older', message: '旧版行为'})}</span>}
      {data.partial && (
        <span className={styles.label}>{translate({id: 'provenance.partial', message: '部分失败（200 响应内）'})}</span>
      )}
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
        {translate({id: 'provenance.sources.title', message: '来源'})}
      </Heading>
      <p className={styles.hint}>
        {data.provenance === 'observed'
          ? translate({
              id: 'provenance.sources.observedHint',
              message: '没有文档提到这个错误；下列来源记录了服务实际返回它。',
            })
          : translate({id: 'provenance.sources.hint', message: '这个错误见于下列文档和记录（链接指向固定版本）。'})}
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
        {translate({id: 'provenance.partialFailures.title', message: '部分失败'})}
      </Heading>
      <p>
        {translate({
          id: 'provenance.partialFailures.intro',
          message: '以下情况的 HTTP 状态码是 200：请求整体成功，失败的原因写在响应体里，需要逐项检查。',
        })}
      </p>
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
                {translate({id: 'provenance.partialFailures.endpoints', message: '接口：'})}
                {row.endpoints.map((ep, i) => (
                  <React.Fragment key={ep.id}>
                    {i > 0 && translate({id: 'provenance.listSeparator', message: '、'})}
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
  if (count === 0) return null;
  return (
    <p className={styles.hint}>
      <Link to={`#${PARTIAL_FAILURES_ANCHOR}`}>
        {translate(
          {
            id: 'provenance.partialFailures.endpointNote',
            message: '此接口还可能在 200 响应中报告 {count} 种部分失败',
          },
          {count},
        )}
      </Link>
    </p>
  );
}

/** The "same status" link's words for a partial failure, which has no error status. */
export function otherPartialFailures(count: number): string {
  return translate(
    {id: 'provenance.partialFailures.others', message: '还有 {count} 种在 200 响应中报告的部分失败'},
    {count},
  );
}

/** The words that tell a failure inside a 200 response from an error status. */
export function partialLabel(): string {
  return translate({id: 'provenance.partial', message: '部分失败（200 响应内）'});
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
      {provenance === 'observed' && (
        <span className={styles.tag}>{translate({id: 'provenance.tag.observed', message: '未见于文档'})}</span>
      )}
      {older && <span className={styles.tag}>{translate({id: 'provenance.older', message: '旧版行为'})}</span>}
      {partial && <PartialTag />}
    </>
  );
}

/** The module page's table of contents names the partial failures section too. */
export function PartialFailuresTocLink({className}: {className?: string}): ReactNode {
  return (
    <div>
      <Link to={`#${PARTIAL_FAILURES_ANCHOR}`} className={className}>
        {translate({id: 'provenance.partialFailures.title', message: '部分失败'})}
      </Link>
    </div>
  );
}

/** A status filter's option for the failures reported inside a 200 response: short, it sets the select's width. */
export function partialStatusOption(status: number): string {
  return translate({id: 'provenance.partialStatusOption', message: '{status}（部分失败）'}, {status});
}
