/**
 * A one-page Docusaurus site with the classic preset and nothing else: the framework as it comes,
 * with its main bundle, router and hydration. `npm run bench` builds it with this repository's
 * Docusaurus and measures it beside the reference's own pages, in the same run, so that their
 * scores are read against what the framework costs on the same machine.
 */
import type {Config} from '@docusaurus/types';

const config: Config = {
  title: 'Framework baseline',
  url: 'http://127.0.0.1',
  baseUrl: '/',
  // Like the reference: Chinese, so that the first layout pays for Chinese fonts too.
  i18n: {defaultLocale: 'zh-Hans', locales: ['zh-Hans']},
  future: {v4: true, faster: true},
  presets: [['classic', {docs: {routeBasePath: '/'}, blog: false, pages: false}]],
  themeConfig: {
    navbar: {title: 'Framework baseline', items: [{type: 'doc', docId: 'index', label: '文档'}]},
    footer: {copyright: 'Framework baseline'},
  },
};

export default config;
