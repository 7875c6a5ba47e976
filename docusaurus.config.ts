import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import {themes as prismThemes} from 'prism-react-renderer';
import {DEFAULT_LOCALE, LOCALES, languageOfLocale, paths, siteAddressFromEnv} from './src/links';

// Docusaurus builds one locale at a time and names it here; the site title is
// not a translatable string, so it is chosen per locale.
const isEnglish = languageOfLocale(process.env.DOCUSAURUS_CURRENT_LOCALE ?? DEFAULT_LOCALE) === 'en';

// Where the site is published: SITE_URL (origin) and BASE_URL (path), e.g.
// SITE_URL=https://docs.example.org BASE_URL=/docs/im-errors/ npm run build.
const address = siteAddressFromEnv(process.env);

const config: Config = {
  title: isEnglish ? 'IM REST API Error Reference' : 'IM REST API 错误码参考',
  tagline: isEnglish
    ? 'Paste the error, get the explanation: every error of the IM REST API'
    : '粘贴报错，直达解释：即时通讯 IM REST API 的每一个错误',
  favicon: 'img/favicon.svg',
  url: address.siteUrl,
  baseUrl: address.baseUrl,
  trailingSlash: false,

  // A link to a page or an anchor that does not exist is a bug: fail the build.
  onBrokenLinks: 'throw',
  // The banner checks at DOMContentLoaded that the bundles have run; here they run one frame
  // later, after the first paint (src/plugins/error-reference/paint-first.ts).
  baseUrlIssueBanner: false,
  onBrokenAnchors: 'throw',
  markdown: {hooks: {onBrokenMarkdownLinks: 'throw'}},

  // The Rust-based bundler builds both locales about four times faster here.
  future: {v4: true, faster: true},

  i18n: {
    defaultLocale: DEFAULT_LOCALE,
    locales: [...LOCALES],
    localeConfigs: {
      'zh-Hans': {label: '简体中文', htmlLang: 'zh-Hans'},
      en: {label: 'English', htmlLang: 'en'},
    },
  },

  presets: [
    [
      'classic',
      {
        docs: {
          path: 'docs',
          routeBasePath: 'guides',
        },
        blog: false,
        theme: {customCss: './src/css/custom.css'},
      } satisfies Preset.Options,
    ],
  ],

  plugins: ['./src/plugins/error-reference/index.ts'],

  themeConfig: {
    colorMode: {respectPrefersColorScheme: true},
    navbar: {
      title: 'IM 错误码参考',
      logo: {alt: '', src: 'img/logo.svg'},
      items: [
        {to: paths.errors(), label: '错误目录', position: 'left'},
        {to: paths.modules(), label: '功能模块', position: 'left'},
        {type: 'docSidebar', sidebarId: 'defaultSidebar', label: '指南', position: 'left'},
        {type: 'localeDropdown', position: 'right'},
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: '参考',
          items: [
            {label: '错误目录', to: paths.errors()},
            {label: '功能模块', to: paths.modules()},
          ],
        },
        {
          title: '指南',
          items: [
            {label: '处理错误：重试与告警', to: paths.guide('handling-errors')},
            {label: '读懂错误响应', to: paths.guide('reading-error-responses')},
            {label: '术语表', to: paths.guide('glossary')},
          ],
        },
      ],
      copyright: 'IM REST API 错误码参考。错误码、错误类型和错误信息以服务实际返回为准。',
    },
    prism: {theme: prismThemes.github, darkTheme: prismThemes.dracula, additionalLanguages: ['json', 'http']},
  } satisfies Preset.ThemeConfig,
};

export default config;
