/**
 * Interface strings of the generated pages, in both languages. English is
 * typed after Chinese, so a string missing in one language is a compile error.
 */
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type {Language} from '@site/src/catalog/types';

const zh = {
  siteName: 'IM REST API 错误码参考',
  catalogTitle: '错误目录',
  catalogDescription: (n: number) =>
    `即时通讯 IM REST API 的全部 ${n} 个错误：状态码、错误类型、错误信息与含义，可按模块和状态码筛选。`,
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
  endpointsMany: (n: number) => `${n} 个接口会返回此错误，按模块分组：`,
  related: '相关错误',
  variants: '上游文档中的其他写法',
  sameStatus: (status: number, n: number) => `还有 ${n} 个错误使用状态码 ${status}`,
  glossaryHint: '本页术语（群组、聊天室、子区、白名单、禁言等）的中英文对照见',
  glossary: '术语表',
  notFoundTitle: '找不到这个页面',
  notFoundText: '链接可能写错、被截断，或者指向的错误已经改名。可以试试：',
  notFoundSearch: (words: string) => `搜索“${words}”`,
  fullStop: '。',
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
  homeDescription:
    '即时通讯 IM REST API 的错误码参考：每个错误的含义、原因和处理方法，按接口和功能模块整理，中英双语。',
  homeHeadline: '粘贴报错，直达解释',
  homeLead:
    '服务端调用 IM REST API 返回了错误？把响应粘贴到下面：整段 JSON、错误信息、错误类型、状态码或一句中文描述都可以。',
  homeTry: '试试：',
  homeStats: (entries: number, endpoints: number, modules: number) =>
    `${entries} 个错误 · ${endpoints} 个接口 · ${modules} 个功能模块`,
  homeGuideLink: '如何处理错误',
  homeCommon: '最常见的错误',
  searchButton: '搜索错误…',
  searchTitle: '搜索错误',
  searchDescription: '粘贴错误响应、错误信息、错误类型或状态码，找到对应的错误说明。',
  searchPlaceholder: '粘贴响应体、error_description、错误类型或状态码…',
  searchHint:
    '可以粘贴完整的 JSON 响应体、带真实值的错误信息、错误类型（如 forbidden_op）、状态码，或用中文、英文描述问题。',
  searchLoading: '正在加载搜索…',
  searchLoadError: '搜索加载失败，请检查网络后重试。',
  searchResults: '搜索结果',
  noExactMatch: '没有完全匹配的错误，以下是最接近的结果。',
  tellApartByStatus: (statuses: number[]) =>
    `这条错误信息对应 ${statuses.length} 个错误，状态码分别为 ${statuses.join('、')}：请按收到的 HTTP 状态码选择。`,
  noResults: '没有找到相关的错误。',
  statusMeaning: (status: number) => `查看状态码 ${status} 的一般含义`,
  seeAllResults: '在搜索页查看全部结果 →',
  keyboardHelp: '↑↓ 选择 · Enter 打开 · Shift+Enter 换行 · Esc 关闭',
  close: '关闭搜索',
  matchKinds: {
    exact: '错误信息完全一致',
    template: '错误信息匹配',
    type: '错误类型',
    status: '状态码',
    endpoint: '接口',
    text: '文本',
    fuzzy: '近似',
  } as Record<'exact' | 'template' | 'type' | 'status' | 'endpoint' | 'text' | 'fuzzy', string>,
  resultCount: (n: number) => `${n} 个结果`,
  copied: '已复制',
  copyFailed: '复制失败',
  copyLink: '复制链接',
  copyForTicket: '复制到工单',
  copyBody: '复制响应体',
  copyEndpointLink: (title: string) => `复制「${title}」的链接`,
  ticketMeaning: '含义',
  movedTitle: '此错误已移至新地址',
  movedText: '这个错误的页面已经移动，正在前往：',
  errorPageDescription: (status: number, type: string, message: string, summary: string) =>
    `${status} ${type} ${message ? `“${message}”` : ''}：${summary}`,
};

type Labels = typeof zh;

const en: Labels = {
  siteName: 'IM REST API Error Reference',
  catalogTitle: 'Error catalog',
  catalogDescription: (n) =>
    `All ${n} errors of the IM REST API: status, error type, message and meaning, filterable by module and status.`,
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
  endpointsMany: (n) => `${n} endpoints return this error, grouped by module:`,
  related: 'Related errors',
  variants: 'Other spellings in the upstream documentation',
  sameStatus: (status, n) => `${n} other errors use status ${status}`,
  glossaryHint:
    'The terms on this page (chat group, chat room, thread, allowlist, mute…) are defined, with their Chinese names, in the ',
  glossary: 'glossary',
  notFoundTitle: 'Page not found',
  notFoundText: 'The link may be mistyped, cut short, or point to an error that has been renamed. Try:',
  notFoundSearch: (words) => `Search for "${words}"`,
  fullStop: '.',
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
  homeDescription:
    'Error reference for the IM REST API: what every error means, why it happens and how to fix it, by endpoint and feature module, in Chinese and English.',
  homeHeadline: 'Paste the error, get the explanation',
  homeLead:
    'Your server called the IM REST API and got an error back? Paste it below: the whole JSON body, the message, the error type, the status, or a description in English or Chinese.',
  homeTry: 'Try:',
  homeStats: (entries, endpoints, modules) => `${entries} errors · ${endpoints} endpoints · ${modules} feature modules`,
  homeGuideLink: 'How to handle errors',
  homeCommon: 'Most common errors',
  searchButton: 'Search errors…',
  searchTitle: 'Search errors',
  searchDescription: 'Paste an error response, a message, an error type or a status to find its explanation.',
  searchPlaceholder: 'Paste a response body, error_description, error type or status…',
  searchHint:
    'Paste a whole JSON response body, a message with real values in it, an error type (such as forbidden_op), a status, or describe the problem in English or Chinese.',
  searchLoading: 'Loading search…',
  searchLoadError: 'Search could not be loaded. Check your connection and try again.',
  searchResults: 'Search results',
  noExactMatch: 'No error matches exactly; these are the closest.',
  tellApartByStatus: (statuses) =>
    `This message belongs to ${statuses.length} errors, with statuses ${statuses.join(', ')}: pick the one with the HTTP status you received.`,
  noResults: 'No related error found.',
  statusMeaning: (status) => `See what status ${status} means in general`,
  seeAllResults: 'See all results on the search page →',
  keyboardHelp: '↑↓ select · Enter open · Shift+Enter new line · Esc close',
  close: 'Close search',
  matchKinds: {
    exact: 'exact message',
    template: 'message matches',
    type: 'error type',
    status: 'status',
    endpoint: 'endpoint',
    text: 'text',
    fuzzy: 'close match',
  },
  resultCount: (n) => `${n} result${n === 1 ? '' : 's'}`,
  copied: 'Copied',
  copyFailed: 'Copy failed',
  copyLink: 'Copy link',
  copyForTicket: 'Copy for a ticket',
  copyBody: 'Copy body',
  copyEndpointLink: (title) => `Copy the link to "${title}"`,
  ticketMeaning: 'Meaning',
  movedTitle: 'This error has moved',
  movedText: 'This error has a new address; taking you to',
  errorPageDescription: (status, type, message, summary) =>
    `${status} ${type} ${message ? `"${message}"` : ''}: ${summary}`,
};

const LABELS: Record<Language, Labels> = {zh, en};

export function useLanguage(): Language {
  const {i18n} = useDocusaurusContext();
  return i18n.currentLocale.startsWith('zh') ? 'zh' : 'en';
}

/** The strings of a given language, for the rare page that speaks another than the site's. */
export function labelsOf(language: Language): Labels {
  return LABELS[language];
}

export function useLabels(): Labels {
  return LABELS[useLanguage()];
}
