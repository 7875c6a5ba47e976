/**
 * The typed source of the interface strings. Docusaurus serves them as its code
 * translations: the site's plugin hands the messages of the locale being built to
 * `getDefaultCodeTranslationMessages`, so each locale's bundle carries its own language
 * only, and `npm run write-translations` writes them to `i18n/en/code.json` for
 * translators. Components read them through `useLabels()` (./labels.ts); the
 * page-not-found page alone reads this module directly.
 */
import type {SiteLanguage} from '../links';
import {zh} from './zh';
import {en} from './en';

export type MessageId = keyof typeof zh;
export type Messages = Record<MessageId, string>;

const MESSAGES: Record<SiteLanguage, Messages> = {zh, en};

/** Every interface string of a language, by id. */
export function messagesOf(language: SiteLanguage): Messages {
  return MESSAGES[language];
}

/**
 * Strings that only the page-not-found page uses. It reads them here, in both languages,
 * since it must speak the language of the address asked for; they are not code translations.
 */
export const NOT_FOUND_PAGE_IDS = ['notFound.title', 'notFound.text', 'notFound.search'] as const;

/** The code translations of a language: every string that pages read through `translate()`. */
export function codeTranslationsOf(language: SiteLanguage): Partial<Messages> {
  const messages: Partial<Messages> = {...MESSAGES[language]};
  for (const id of NOT_FOUND_PAGE_IDS) delete messages[id];
  return messages;
}

/** The `{name}` placeholders of a message, sorted: both languages of a string must have the same ones. */
export function placeholdersOf(message: string): string[] {
  return [...new Set(message.match(/\{[A-Za-z]+\}/g) ?? [])].sort();
}
