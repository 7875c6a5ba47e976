import {describe, expect, it} from 'vitest';
import {hasPlaceholder, templateToRegExp} from '../../src/catalog/placeholders';

describe('placeholders', () => {
  it.each([
    ['username XXX is not legal', true],
    ['grpID XX does not exist!', true],
    ['{appkey} user metadata service not allow', true],
    ['exceed allowed batch size %s', true],
    ['illegal arguments: appkey: XXXX#XXXX, time: xxxxxx', true],
    ['Unable to authenticate (OAuth)', false],
    ['USERNAME_TOO_LONG', false],
  ])('%s has a placeholder: %s', (template, expected) => {
    expect(hasPlaceholder(template)).toBe(expected);
  });

  it.each([
    ['username XXX is not legal', 'username alice@@ is not legal'],
    ['grpID XX does not exist!', 'grpID 1928374650 does not exist'],
    ['grpID XX does not exist!', 'GRPID 1928374650   does not exist!'],
    ['{appkey} user metadata service not allow', '1100241212162981#demo user metadata service not allow.'],
    ['illegal arguments: appkey: XXXX#XXXX, time: xxxxxx', 'illegal arguments: appkey: 11#demo, time: 2024112811'],
  ])('%s matches %s', (template, message) => {
    expect(templateToRegExp(template).test(message)).toBe(true);
  });

  it.each([
    ['username XXX is not legal', 'username is not legal at all'],
    ['grpID XX does not exist!', 'thread 123 does not exist!'],
    ['Unable to authenticate', 'Unable to authenticate due to expired access token'],
  ])('%s does not match %s', (template, message) => {
    expect(templateToRegExp(template).test(message)).toBe(false);
  });
});
