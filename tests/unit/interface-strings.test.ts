/**
 * The interface strings: one typed source per language (src/i18n), served by Docusaurus's
 * code translations. These checks keep what a typed dictionary promised: every string
 * exists in both languages with the same values to fill in, every id a page asks for
 * exists, and the English file translators work on says what the source says.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {extractAllSourceCodeFileTranslations, getBabelOptions} from '@docusaurus/babel';
import {globTranslatableSourceFiles} from '@docusaurus/utils';
import {
  codeTranslationsOf,
  messagesOf,
  NOT_FOUND_PAGE_IDS,
  placeholdersOf,
  type MessageId,
} from '../../src/i18n/messages';

const ROOT = path.resolve(__dirname, '../..');
const zh = messagesOf('zh');
const en = messagesOf('en');
const ids = Object.keys(zh) as MessageId[];

/** What `npm run write-translations` reads: every translate() and <Translate> of src/, by Docusaurus's own extractor. */
async function extractedFromSource() {
  const files = await globTranslatableSourceFiles([path.join(ROOT, 'src')]);
  const extracted = await extractAllSourceCodeFileTranslations(files, getBabelOptions({isServer: true}));
  return {
    ids: new Set(extracted.flatMap((file) => Object.keys(file.translations))),
    warnings: extracted.flatMap((file) =>
      file.warnings.map((w) => `${path.relative(ROOT, file.sourceCodeFilePath)}: ${w}`),
    ),
  };
}

describe('the typed source of interface strings', () => {
  it('has every string in both languages, none empty', () => {
    expect(Object.keys(en).sort()).toEqual([...ids].sort());
    for (const id of ids) {
      expect(zh[id].trim(), id).not.toBe('');
      expect(en[id].trim(), id).not.toBe('');
    }
  });

  it('fills the same values into both languages of a string', () => {
    for (const id of ids) expect(placeholdersOf(en[id]), id).toEqual(placeholdersOf(zh[id]));
  });

  it('gives English a singular and a plural wherever a count is shown with plural forms', () => {
    for (const id of ids) {
      // Chinese has one plural form; English has two, singular then plural.
      expect(zh[id], id).not.toContain('|');
      if (en[id].includes('|')) {
        const forms = en[id].split('|');
        expect(forms, id).toHaveLength(2);
        for (const form of forms) expect(form, id).toContain('{count}');
      }
    }
  });

  it('keeps the page-not-found strings out of the code translations, and everything else in', () => {
    for (const language of ['zh', 'en'] as const) {
      const served = codeTranslationsOf(language);
      for (const id of ids) {
        const notFoundOnly = (NOT_FOUND_PAGE_IDS as readonly string[]).includes(id);
        expect(served[id], id).toBe(notFoundOnly ? undefined : messagesOf(language)[id]);
      }
    }
  });
});

describe('the strings the pages ask for', () => {
  it('are all statically readable, so write-translations finds them', async () => {
    const {warnings} = await extractedFromSource();
    expect(warnings).toEqual([]);
  });

  it('exist in the typed source, and every typed string is asked for', async () => {
    const {ids: asked} = await extractedFromSource();
    const own = [...asked].filter((id) => !id.startsWith('theme.'));
    const served = new Set(Object.keys(codeTranslationsOf('zh')));
    expect(own.filter((id) => !served.has(id)).sort()).toEqual([]);
    expect([...served].filter((id) => !asked.has(id)).sort()).toEqual([]);
  });
});

describe('i18n/en/code.json', () => {
  const codeJson = JSON.parse(readFileSync(path.join(ROOT, 'i18n/en/code.json'), 'utf8')) as Record<
    string,
    {message: string}
  >;

  it('says what the typed English source says (run npm run write-translations after editing src/i18n)', () => {
    const served = codeTranslationsOf('en');
    for (const [id, message] of Object.entries(served)) expect(codeJson[id]?.message, id).toBe(message);
  });

  it('holds no string of the site that the source no longer has', () => {
    const stale = Object.keys(codeJson).filter((id) => !id.startsWith('theme.') && !(id in codeTranslationsOf('en')));
    expect(stale).toEqual([]);
  });
});
