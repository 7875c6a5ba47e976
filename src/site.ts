/** Where the site is published; links printed outside the site (command line, catalog.json) start here. */
export const SITE_URL = 'https://im-errors.example.com';

/** The path of an error page in a locale: Chinese is the default and has no prefix. */
export function errorPagePath(id: string, lang: 'zh' | 'en' = 'zh'): string {
  return `${lang === 'en' ? '/en' : ''}/errors/${id}`;
}
