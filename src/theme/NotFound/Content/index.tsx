/**
 * The "page not found" page, made useful: a mistyped or truncated error link from a ticket
 * most often still names the error, so the words of the address become a search.
 * Hosts serve one 404 page for every address, so the page speaks the language of the
 * address asked for (the English prefix means English), not necessarily the one it was
 * built in, and its links keep the site's base path. That is why this page, unlike every
 * other, carries its strings in both languages (src/i18n/not-found.ts), not through the
 * code translations, which hold the built language only.
 */
import React, {type ReactNode, useEffect, useState} from 'react';
import {useLocation} from '@docusaurus/router';
import Heading from '@theme/Heading';
import type {Props} from '@theme/NotFound/Content';
import {interpolate} from '@docusaurus/Interpolate';
import {notFoundPageMessages} from '@site/src/i18n/not-found';
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
  const t = notFoundPageMessages(language);
  // Plain links: the other language is another build, outside this app's router.
  const href = (path: string) => sitePath(baseUrl, path, language);
  return (
    <main className={`container margin-vert--xl ${className ?? ''}`} lang={target && localeOfLanguage(language)}>
      <div className="row">
        <div className="col col--8 col--offset-2">
          <Heading as="h1">{t['notFound.title']}</Heading>
          <p>{t['notFound.text']}</p>
          <ul>
            {target?.words && (
              <li>
                <a href={href(paths.search({q: target.words}))}>
                  {interpolate(t['notFound.search'], {words: target.words})}
                </a>
              </li>
            )}
            <li>
              <a href={href(paths.errors())}>{t['catalog.title']}</a>
            </li>
            <li>
              <a href={href(paths.modules())}>{t['modules.title']}</a>
            </li>
            <li>
              <a href={href(paths.home())}>{t['site.name']}</a>
            </li>
          </ul>
        </div>
      </div>
    </main>
  );
}
