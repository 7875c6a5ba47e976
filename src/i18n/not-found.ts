/**
 * The strings of the page-not-found page, in both languages. Hosts serve one 404 page for
 * every address, so that page speaks the language of the address asked for and cannot
 * rely on the code translations of the language it was built in. It imports this small
 * module alone; the other pages get the same strings through ./zh.ts and ./en.ts.
 */
import type {SiteLanguage} from '../links';

export const notFoundPageZh = {
  'notFound.title': '找不到这个页面',
  'notFound.text': '链接可能写错、被截断，或者指向的错误已经改名。可以试试：',
  'notFound.search': '搜索“{words}”',
  'site.name': 'IM REST API 错误码参考',
  'catalog.title': '错误目录',
  'modules.title': '功能模块',
} as const satisfies Record<string, string>;

export type NotFoundPageMessages = Record<keyof typeof notFoundPageZh, string>;

export const notFoundPageEn: NotFoundPageMessages = {
  'notFound.title': 'Page not found',
  'notFound.text': 'The link may be mistyped, cut short, or point to an error that has been renamed. Try:',
  'notFound.search': 'Search for "{words}"',
  'site.name': 'IM REST API Error Reference',
  'catalog.title': 'Error catalog',
  'modules.title': 'Feature modules',
};

/** The page-not-found page's strings in a language. */
export function notFoundPageMessages(language: SiteLanguage): NotFoundPageMessages {
  return language === 'en' ? notFoundPageEn : notFoundPageZh;
}
