/**
 * Words people use for what the catalog says differently: "too late" for
 * "exceed the time limit", "not enabled" for "not open", "超长" for
 * "超过长度". Each query word also matches its alternatives. Keys and
 * alternatives are tokens as queryTokens() makes them: lower-case Latin
 * words, or Chinese character pairs.
 */
const GROUPS: Record<string, string[]> = {
  // not activated
  enable: ['open', 'unopened', 'activated', '开通'],
  enabled: ['open', 'unopened', 'activated', '开通'],
  activate: ['open', 'unopened', 'activated', '开通'],
  activated: ['open', 'unopened', '开通'],
  disabled: ['open', 'unopened', 'disabled', '开通'],
  没开: ['开通'],
  启用: ['开通'],
  打开: ['开通'],
  // too long, too many, too late: a limit was passed
  long: ['length', 'exceeds', 'limit', '长度'],
  length: ['long', 'exceeds', '长度'],
  late: ['limit', 'exceed', 'expired', '时限'],
  many: ['limit', 'exceed', 'exceeds', 'max', 'maximum', '上限'],
  large: ['size', 'exceeds', 'limit', 'big', '上限'],
  big: ['large', 'size', 'exceeds', 'limit'],
  超长: ['长度', '超过', '超出'],
  太长: ['长度', '超过', '超出'],
  过长: ['长度', '超过', '超出'],
  太多: ['上限', '超过', '超出'],
  过多: ['上限', '超过', '超出'],
  太大: ['大小', '超过', '上限'],
  超时: ['超过', '时限', '时间'],
  几次: ['次数', '上限'],
  满了: ['上限', '超过', 'max', 'maximum'],
  满员: ['人数', '上限', 'max', 'maximum'],
  频繁: ['频率', 'limit', '上限', 'reach'],
  多少: ['上限', '最多', '数量'],
  // kicking people out: the catalog says "移除" and "remove"
  踢人: ['移除', 'remove'],
  踢出: ['移除', 'remove'],
  kick: ['remove', '移除'],
  // undoing an operation: the catalog says "remove from"
  unblock: ['remove', 'removeblacklist', 'blocklist'],
  unblocking: ['remove', 'removeblacklist', 'blocklist'],
  // something already there
  already: ['exists', 'exist', '已经', '已在'],
  duplicate: ['exists', 'already', 'unique', '重复'],
  已经: ['已在', '存在'],
  // something not there: "找不到" and "没找到" say "不存在"
  找不: ['存在', '不存'],
  没找: ['存在', '不存'],
  查不: ['存在', '不存'],
  // something damaged: a value cut short or broken on the way ("少了最后几位", "坏了")
  坏了: ['损坏', 'corrupt'],
  截断: ['损坏', 'corrupt'],
  几位: ['截断', '损坏', 'corrupt'],
  truncated: ['corrupt', '截断'],
  // quotes carried into a value ("前后多了一对双引号", "a trailing quote"): the value is no longer what was issued
  引号: ['损坏', 'corrupt'],
  quote: ['corrupt', '损坏'],
  quotes: ['corrupt', '损坏'],
  // something missing
  missing: ['empty', 'provided', 'required', 'null', '缺少', '必填'],
  没传: ['缺少', '必填', '提供', '为空'],
  没填: ['缺少', '必填', '为空'],
  缺少: ['必填', '为空'],
  // editing
  edit: ['rewrite', 'modify', 'modification', 'edited', '修改'],
  editing: ['rewrite', 'modify', 'modification', 'edited', '修改'],
  change: ['modify', 'update', 'rewrite', '修改'],
  update: ['set', 'modify', '设置', '修改'],
  // a test environment: the catalog says "a test project"
  staging: ['test', '测试'],
  编辑: ['修改'],
  // a value of the wrong kind: the catalog says which characters are legal, or that a field's type is wrong
  汉字: ['中文', '字符', '不合法', 'legal'],
  中文: ['字符', '不合法', 'legal'],
  空格: ['字符', '不合法', 'legal'],
  chinese: ['characters', 'legal', '中文'],
  符串: ['类型', 'type'],
  布尔: ['类型', 'type'],
  boolean: ['type', '类型'],
  // shapes of values
  array: ['list', '数组', '列表'],
  numeric: ['number', 'valid'],
};

/** Every word a synonym stands for: the index keeps them, filler words among them too ("too" for 太). */
export const SYNONYM_WORDS: ReadonlySet<string> = new Set(Object.values(GROUPS).flat());

export function synonymsOf(token: string): readonly string[] | undefined {
  return Object.prototype.hasOwnProperty.call(GROUPS, token) ? GROUPS[token] : undefined;
}
