/**
 * Interface strings of the generated pages, in both languages. English is
 * typed after Chinese, so a string missing in one language is a compile error.
 */
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type {Language} from '@site/src/catalog/types';

const zh = {
  siteName: 'IM REST API 错误码参考',
  catalogTitle: '错误目录',
  catalogDescription: (n: number) => `即时通讯 IM REST API 的全部 ${n} 个错误：状态码、错误类型、错误信息与含义，可按模块和状态码筛选。`,
  modulesTitle: '功能模块',
  modulesDescription: '按功能模块浏览 IM REST API 的接口及其可能返回的错误。',
  filterPlaceholder: '按错误类型、错误信息或含义筛选…',
  filterLabel: '筛选',
  allStatuses: '全部状态码',
  allModules: '全部模块',
  statusLabel: '状态码',
  moduleLabel: '模块',
  shownOf: (shown: number, total: number) => `显示 ${shown} / ${total} 条`,
  noRows: '没有符合条件的错误。',
  clearFilters: '清除筛选',
  colStatus: '状态码',
  colType: '错误类型',
  colMessage: '错误信息',
  colMeaning: '含义',
  colModule: '模块',
  none: '（无）',
  bareStatus: '（仅状态码）',
  meaning: '含义',
  cause: '可能原因',
  fix: '处理建议',
  note: '说明',
  example: '响应示例',
  exampleHint: '服务返回的响应大致如下，占位符已替换为示例值：',
  endpoints: '返回此错误的接口',
  endpointsNone: '任何接口都可能返回此错误。',
  related: '相关错误',
  variants: '上游文档中的其他写法',
  sameStatus: (status: number, n: number) => `还有 ${n} 个错误使用状态码 ${status}`,
  module: '所属模块',
  endpointsCount: (n: number) => `${n} 个接口`,
  entriesCount: (n: number) => `${n} 个错误`,
  onThisPage: '本页接口',
  errorsOfEndpoint: '错误码',
  noErrorsDocumented: '没有该接口专有的错误记录；通用错误同样适用。',
  generalErrorsHint: '通用错误（如 Token 失效、限流）适用于所有接口，见',
  backToModule: '返回模块',
  generalModule: '通用错误',
  homeTitle: '粘贴报错，直达解释',
  homeDescription: '即时通讯 IM REST API 的错误码参考：每个错误的含义、原因和处理方法，按接口和功能模块整理，中英双语。',
  homeHeadline: '粘贴报错，直达解释',
  homeLead: '服务端调用 IM REST API 返回了错误？这里按状态码、错误类型和错误信息解释每一个错误：为什么发生、哪些接口会返回、怎样处理。',
  homeSampleLabel: '错误响应示例',
  homeSearchHint: '把收到的响应（状态码、error 或 error_description）对照错误目录查找，或按功能模块浏览。',
  homeStats: (entries: number, endpoints: number, modules: number) => `${entries} 个错误 · ${endpoints} 个接口 · ${modules} 个功能模块`,
  homeGuideLink: '如何处理错误',
  homeCommon: '最常见的错误',
  errorPageDescription: (status: number, type: string, message: string, summary: string) =>
    `${status} ${type} ${message ? `“${message}”` : ''}：${summary}`,
};

type Labels = typeof zh;

const en: Labels = {
  siteName: 'IM REST API Error Reference',
  catalogTitle: 'Error catalog',
  catalogDescription: (n) => `All ${n} errors of the IM REST API: status, error type, message and meaning, filterable by module and status.`,
  modulesTitle: 'Feature modules',
  modulesDescription: 'Browse the IM REST API by feature module: its endpoints and the errors each can return.',
  filterPlaceholder: 'Filter by error type, message or meaning…',
  filterLabel: 'Filter',
  allStatuses: 'All statuses',
  allModules: 'All modules',
  statusLabel: 'Status',
  moduleLabel: 'Module',
  shownOf: (shown, total) => `Showing ${shown} of ${total}`,
  noRows: 'No error matches these filters.',
  clearFilters: 'Clear filters',
  colStatus: 'Status',
  colType: 'Error type',
  colMessage: 'Message',
  colMeaning: 'Meaning',
  colModule: 'Module',
  none: '(none)',
  bareStatus: '(status only)',
  meaning: 'Meaning',
  cause: 'Likely causes',
  fix: 'How to fix it',
  note: 'Note',
  example: 'Example response',
  exampleHint: 'The service answers roughly like this, with sample values in place of the placeholders:',
  endpoints: 'Endpoints that return this error',
  endpointsNone: 'Any endpoint can return this error.',
  related: 'Related errors',
  variants: 'Other spellings in the upstream documentation',
  sameStatus: (status, n) => `${n} other errors use status ${status}`,
  module: 'Module',
  endpointsCount: (n) => `${n} endpoint${n === 1 ? '' : 's'}`,
  entriesCount: (n) => `${n} error${n === 1 ? '' : 's'}`,
  onThisPage: 'Endpoints on this page',
  errorsOfEndpoint: 'Errors',
  noErrorsDocumented: 'No errors specific to this endpoint are documented; the general errors apply.',
  generalErrorsHint: 'General errors (expired tokens, rate limits and more) apply to every endpoint: see',
  backToModule: 'Back to module',
  generalModule: 'General errors',
  homeTitle: 'Paste the error, get the explanation',
  homeDescription: 'Error reference for the IM REST API: what every error means, why it happens and how to fix it, by endpoint and feature module, in Chinese and English.',
  homeHeadline: 'Paste the error, get the explanation',
  homeLead: 'Your server called the IM REST API and got an error back? Every error is explained here by status, error type and message: why it happens, which endpoints return it, and what to do.',
  homeSampleLabel: 'An example error response',
  homeSearchHint: 'Look up the response you got (status, error or error_description) in the error catalog, or browse by feature module.',
  homeStats: (entries, endpoints, modules) => `${entries} errors · ${endpoints} endpoints · ${modules} feature modules`,
  homeGuideLink: 'How to handle errors',
  homeCommon: 'Most common errors',
  errorPageDescription: (status, type, message, summary) =>
    `${status} ${type} ${message ? `"${message}"` : ''}: ${summary}`,
};

const LABELS: Record<Language, Labels> = {zh, en};

export function useLanguage(): Language {
  const {i18n} = useDocusaurusContext();
  return i18n.currentLocale.startsWith('zh') ? 'zh' : 'en';
}

export function useLabels(): Labels {
  return LABELS[useLanguage()];
}
