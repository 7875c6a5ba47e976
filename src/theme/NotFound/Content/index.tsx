/**
 * The "page not found" page, made useful: a mistyped or truncated error link from a ticket
 * most often still names the error, so the words of the address become a search.
 * Hosts serve one 404 page for every address, so the page speaks the language of the
 * address asked for (the English prefix means English), not necessarily the one it was
 * built in, and its links keep the site's base path.
 */
import React, {type ReactNode, useEffect, useState} from 'react';
import {useLocation} from '@docusaurus/router';
import Heading from '@theme/Heading';
import type {Props} from '@theme/NotFound/Content';
import {labelsOf} from '@site/src/components/labels';
import {useLanguage, useSiteAddress} from '@site/src/components/site';
import {localeOfLanguage, paths, sitePath, splitSitePath, type SiteLanguage} from '@site/src/links';
import {queryFromPath} from '@site/src/search/url';

interface Target {
  language: SiteLanguage;
  words: string;
}

function useTarget(baseUrl: string): Target | undefined {
  const {pathname} = useLocation();
  // The static page is the same for every address: read the address only in the browser.
  const [target, setTarget] = useState<Target>();
  useEffect(() => {
    const {lang, path} = splitSitePath(pathname, baseUrl);
    setTarget({language: lang, words: queryFromPath(path)});
  }, [pathname, baseUrl]);
  return target;
}

export default function NotFoundContent({className}: Props): ReactNode {
  const {baseUrl} = useSiteAddress();
  const target = useTarget(baseUrl);
  const siteLanguage = useLanguage();
  const language = target?.language ?? siteLanguage;
  const t = labelsOf(language);
  // Plain links: the other language is another build, outside this app's router.
  const href = (path: string) => sitePath(baseUrl, path, language);
  return (
    <main className={`container margin-vert--xl ${className ?? ''}`} lang={target && localeOfLanguage(language)}>
      <div className="row">
        <div className="col col--8 col--offset-2">
          <Heading as="h1">{t.notFoundTitle}</Heading>
          <p>{t.notFoundText}</p>
          <ul>
            {target?.words && (
              <li>
                <a href={href(paths.search({q: target.words}))}>{t.notFoundSearch(target.words)}</a>
              </li>
            )}
            <li>
              <a href={href(paths.errors())}>{t.catalogTitle}</a>
            </li>
            <li>
              <a href={href(paths.modules())}>{t.modulesTitle}</a>
            </li>
            <li>
              <a href={href(paths.home())}>{t.siteName}</a>
            </li>
          </ul>
        </div>
      </div>
    </main>
  );
}
