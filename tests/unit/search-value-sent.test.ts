/**
 * A value told as what was sent (told.ts): "那一段路径传了 2", "we passed 3 for the type segment", "ext 先 json.dumps 了
 * 一下" say the value was there in a form the server does not take: invalid, not missing. The queries are examples
 * of the rule, not answers kept for them.
 */
import {describe, expect, it} from 'vitest';
import {flagOfKind} from '../../src/search/symptoms';
import {toldSymptoms} from '../../src/search/told';
import {topId as top} from './search-helpers';

const INVALID = flagOfKind('invalid');

describe('a value told as sent', () => {
  it.each([
    '统计群在线人数，查询类型那一段路径传了 2',
    'direction 传了 1，返回 400',
    'we passed 3 for the type segment',
    'the type was set to 7.',
    'ext was passed through json.dumps before being put in the payload',
    '先用 JSON.stringify 转成了字符串再放进请求体',
    'tags 序列化成字符串传了',
  ])('%s: invalid', (text) => {
    expect(toldSymptoms(text) & INVALID).toBe(INVALID);
  });

  it.each([
    // A count of things is no value of the wrong form.
    '一次传了 100 个用户，返回 400',
    // Nor a page size or an amount given.
    '收藏列表想一次性全拉下来，limit 写了 1000',
    '拉子区成员列表的时候每页数量写了 100',
    'we passed the user ID in the path',
  ])('%s: no value of the wrong form', (text) => {
    expect(toldSymptoms(text) & INVALID).toBe(0);
  });
});

describe('in the engine', () => {
  it('a number outside the allowed ones: the entry naming them, not a missing parameter', () => {
    expect(top('sent 5 as the type of the group online count and got 400')).toBe('400-illegal-argument-type-must-0-1');
  });

  it('an object sent as its JSON text: the entry that wants an object', () => {
    expect(top('sending a text message: we ran ext through json.dumps and the server answers 400')).toBe(
      '400-message-send-error-param-ext-must-jsonobject',
    );
  });
});
