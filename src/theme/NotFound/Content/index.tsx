/**
 * The "page not found" page, made useful: a mistyped or truncated error link from a ticket
 * most often still names the error, so the words of the address become a search.
 * Hosts serve one 404 page for every address, so the page speaks the language of the
 * address asked for (`/en/…` is English), not necessarily the one it was built in.
 */
import React, {type ReactNode, useEffect, useState} from 'react';
import {useLocation} from '@docusaurus/router';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Heading from '@theme/Heading';
import type {Props} from '@theme/NotFound/Content';
import {labelsOf, useLanguage} from '@site/src/components/labels';
import {queryFromPath} from '@site/src/search/url';
import type {Language} from '@site/src/catalog/types';

interface Target {
  language: Language;
  /** The address prefix of that language: '' for the default locale, '/en' for English. */
  prefix: string;
  words: string;
}

function useTarget(): Target | undefined {
  const {i18n} = useDocusaurusContext();
  const {pathname} = useLocation();
  // The static page is the same for every address: read the address only in the browser.
  const [target, setTarget] = useState<Target>();
  useEffect(() => {
    const other = i18n.locales.find((l) => l !== i18n.defaultLocale && (pathname + '/').startsWith(`/${l}/`));
    const locale = other ?? i18n.defaultLocale;
    setTarget({
      language: locale.startsWith('zh') ? 'zh' : 'en',
      prefix: other ? `/${other}` : '',
      words: queryFromPath(pathname),
    });
  }, [pathname, i18n]);
  return target;
}

export default function NotFoundContent({className}: Props): ReactNode {
  const target = useTarget();
  const siteLanguage = useLanguage();
  const t = labelsOf(target?.language ?? siteLanguage);
  const prefix = target?.prefix ?? '';
  // Plain links: the other language is another build, outside this app's router.
  return (
    <main
      className={`container margin-vert--xl ${className ?? ''}`}
      lang={target && (target.language === 'en' ? 'en' : 'zh-Hans')}
    >
      <div className="row">
        <div className="col col--8 col--offset-2">
          <Heading as="h1">{t.notFoundTitle}</Heading>
          <p>{t.notFoundText}</p>
          <ul>
            {target?.words && (
              <li>
                <a href={`${prefix}/search?q=${encodeURIComponent(target.words)}`}>{t.notFoundSearch(target.words)}</a>
              </li>
            )}
            <li>
              <a href={`${prefix}/errors`}>{t.catalogTitle}</a>
            </li>
            <li>
              <a href={`${prefix}/`}>{t.siteName}</a>
            </li>
          </ul>
        </div>
      </div>
    </main>
  );
}
