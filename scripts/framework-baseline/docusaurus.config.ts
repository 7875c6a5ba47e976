/**
 * A one-page Docusaurus site with the classic preset and nothing else: the floor that any page
 * built with this framework pays on a phone (its main bundle, the router, hydration).
 * `npm run bench` builds it with this repository's Docusaurus and measures it beside the
 * reference's own pages, in the same run, so that their scores are read against what the
 * framework alone costs on the same machine.
 */
import type {Config} from '@docusaurus/types';

const config: Config = {
  title: 'Framework floor',
  url: 'http://127.0.0.1',
  baseUrl: '/',
  // Like the reference: Chinese, so that the first layout pays for Chinese fonts too.
  i18n: {defaultLocale: 'zh-Hans', locales: ['zh-Hans']},
  future: {v4: true, faster: true},
  presets: [['classic', {docs: {routeBasePath: '/'}, blog: false, pages: false}]],
  themeConfig: {
    navbar: {title: 'Framework floor', items: [{type: 'doc', docId: 'index', label: '文档'}]},
    footer: {copyright: 'Framework floor'},
  },
};

export default config;
