/**
 * Hooks that tell a component where it runs: the page's language and the site's
 * public address. Paths themselves come from src/links.ts.
 */
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {absoluteUrl, languageOfLocale, siteAddressOf, type SiteAddress, type SiteLanguage} from '@site/src/links';

/** The language of the page being shown. */
export function useLanguage(): SiteLanguage {
  const {i18n} = useDocusaurusContext();
  return languageOfLocale(i18n.currentLocale);
}

/** The site's public address: `url` and the base path shared by both languages. */
export function useSiteAddress(): SiteAddress {
  const {siteConfig, i18n} = useDocusaurusContext();
  return siteAddressOf(siteConfig, i18n.currentLocale);
}

/**
 * A function giving the public address of a site path in the page's language: what a
 * ticket or a chat message should carry, whatever host the page was opened on.
 */
export function useAbsoluteUrl(): (path: string) => string {
  const address = useSiteAddress();
  const lang = useLanguage();
  return (path) => absoluteUrl(address, path, lang);
}
