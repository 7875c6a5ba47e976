/**
 * `npm run write-translations`: Docusaurus's write-translations for English, then the
 * site's own strings in `i18n/en/code.json` set from their typed source (src/i18n/en.ts),
 * which is the truth: Docusaurus only appends missing messages, and a stale English text
 * in code.json would win over the typed one at build time.
 *   npm run write-translations [-- --locale en]
 */
import {execFileSync} from 'node:child_process';
import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {languageOfLocale} from '../src/links';
import {codeTranslationsOf, NOT_FOUND_PAGE_IDS} from '../src/i18n/messages';

type CodeJson = Record<string, {message: string; description?: string}>;

const argv = process.argv.slice(2);
const locale = argv.includes('--locale') ? argv[argv.indexOf('--locale') + 1] : 'en';

execFileSync('npx', ['docusaurus', 'write-translations', '--locale', locale], {stdio: 'inherit'});

const file = path.resolve('i18n', locale, 'code.json');
const codeJson = JSON.parse(readFileSync(file, 'utf8')) as CodeJson;
const typed = codeTranslationsOf(languageOfLocale(locale));
let updated = 0;
for (const [id, message] of Object.entries(typed)) {
  if (message === undefined || codeJson[id]?.message === message) continue;
  codeJson[id] = {...codeJson[id], message};
  updated += 1;
}
for (const id of NOT_FOUND_PAGE_IDS) delete codeJson[id];
writeFileSync(file, `${JSON.stringify(codeJson, null, 2)}\n`);
console.log(
  `${path.relative('.', file)}: ${updated} of the site's ${Object.keys(typed).length} strings set from src/i18n.`,
);
