/**
 * Counted strings (`1 error|{count} errors`) pick their form by the locale's plural rules,
 * as Docusaurus's own hook would, but with the rules built once per page.
 */
import {describe, expect, it} from 'vitest';
import {pluralSelector} from '../../src/i18n/plural';

describe('pluralSelector', () => {
  it('gives English its singular for one and its plural for every other count', () => {
    const plural = pluralSelector('en');
    expect(plural(1, '1 error|3 errors')).toBe('1 error');
    for (const count of [0, 2, 3, 21, 1.5]) expect(plural(count, '1 error|3 errors')).toBe('3 errors');
  });

  it('gives Chinese, which has one form, the first form for every count', () => {
    const plural = pluralSelector('zh-Hans');
    for (const count of [0, 1, 2, 100]) expect(plural(count, '{count} 个错误')).toBe('{count} 个错误');
    expect(plural(1, 'a|b')).toBe('a');
  });

  it('takes the last form when a message lists fewer forms than the locale has', () => {
    // Polish has one, few, many and other.
    expect(pluralSelector('pl')(5, 'one|few')).toBe('few');
  });

  it('falls back to English rules for a locale the runtime does not know', () => {
    expect(pluralSelector('not a locale!')(2, 'one|other')).toBe('other');
  });
});
