/**
 * One word for one thing: every explanation of the catalog and every guide,
 * in both languages, uses the chosen spelling of each term (the glossary's),
 * never a rejected one. Code (`…` and fenced blocks) is left alone: field
 * names, paths and messages are quoted as the API spells them.
 */
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {allModules} from '../../src/catalog/modules';

interface Rule {
  /** Every spelling of the term, in any case; a match that is not exactly `use` breaks the rule. */
  pattern: RegExp;
  use: string;
}

const RULES: Rule[] = [
  {pattern: /服务端/g, use: '服务器'},
  {pattern: /频率限制/g, use: '限流'},
  {pattern: /\bapp[ -]?token\b/gi, use: 'App Token'},
  {pattern: /\bapp[ -]?id\b/gi, use: 'App ID'},
  {pattern: /\bapp[ -]?key\b/gi, use: 'App Key'},
  {pattern: /\bapp[ -]?certificate\b/gi, use: 'App Certificate'},
  {pattern: /\btechnical support\b/gi, use: 'support'},
  {pattern: /\b(?:white|black)list/gi, use: 'allowlist / blocklist'},
];

/** Text a reader reads: inline code and fenced code blocks removed. */
function prose(text: string): string {
  return text.replace(/```[\s\S]*?```/g, ' ').replace(/`[^`\n]*`/g, ' ');
}

export function violations(text: string): string[] {
  const found: string[] = [];
  for (const rule of RULES) {
    for (const match of prose(text).matchAll(rule.pattern)) {
      if (match[0] !== rule.use) found.push(`"${match[0]}" (use "${rule.use}")`);
    }
  }
  return found;
}

/** Every {zh, en} text anywhere in the catalog, with where it is. */
function localizedTexts(value: unknown, where: string, out: {where: string; text: string}[]): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => localizedTexts(item, `${where}[${i}]`, out));
  } else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.zh === 'string' && typeof record.en === 'string') {
      out.push({where: `${where}.zh`, text: record.zh}, {where: `${where}.en`, text: record.en});
      return;
    }
    const label = typeof record.id === 'string' ? `${where}(${record.id})` : where;
    for (const [key, child] of Object.entries(record)) localizedTexts(child, `${label}.${key}`, out);
  }
}

const GUIDES = ['docs', 'i18n/en/docusaurus-plugin-content-docs/current'];

function guideTexts(): {where: string; text: string}[] {
  const root = path.resolve(__dirname, '../..');
  return GUIDES.flatMap((dir) =>
    readdirSync(path.join(root, dir))
      .filter((name) => /\.mdx?$/.test(name))
      .map((name) => ({where: `${dir}/${name}`, text: readFileSync(path.join(root, dir, name), 'utf8')})),
  );
}

describe('terminology', () => {
  it('catches every rejected spelling, outside code only', () => {
    expect(violations('在服务端生成 app token，检查 app ID 与 App key')).toEqual([
      '"服务端" (use "服务器")',
      '"app token" (use "App Token")',
      '"app ID" (use "App ID")',
      '"App key" (use "App Key")',
    ]);
    expect(violations('调用 `removeWhitelist`，Contact technical support.')).toEqual([
      '"technical support" (use "support")',
    ]);
    expect(violations('在服务器上生成 App Token，检查 App ID、App Key 和 App Certificate。')).toEqual([]);
  });

  it('finds the texts to check', () => {
    const texts: {where: string; text: string}[] = [];
    localizedTexts(allModules, 'catalog', texts);
    expect(texts.length).toBeGreaterThan(2000);
    expect(guideTexts().length).toBeGreaterThanOrEqual(6);
  });

  it('uses one word for one thing in every text of the catalog', () => {
    const texts: {where: string; text: string}[] = [];
    localizedTexts(allModules, 'catalog', texts);
    const bad = texts.flatMap(({where, text}) => violations(text).map((v) => `${where}: ${v}`));
    expect(bad).toEqual([]);
  });

  it('uses one word for one thing in every guide', () => {
    const bad = guideTexts().flatMap(({where, text}) => violations(text).map((v) => `${where}: ${v}`));
    expect(bad).toEqual([]);
  });
});
