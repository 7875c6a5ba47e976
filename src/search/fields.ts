/**
 * The request field a question quotes ("发消息 返回 400 to 为空", "ext 太长"). Several entries of one
 * endpoint say the same thing of different fields (`to`, `type`, `users` … can't be empty); the field
 * quoted tells them apart. An entry's fields are those its summaries quote in backticks, as the catalog
 * writes every field name.
 */

const QUOTED = /`([A-Za-z][\w-]*)`/g;

/** A message that names the field it wants (`Id cannot be null.`, `param msg_id can't be empty`): that field. */
const MESSAGE_FIELD =
  /^(?:param |field )?([A-Za-z]\w*) (?:cannot|can not|can't|can’t|must|is|not allow)\b[^\n]*\b(?:null|empty|required|provided)\b/i;

/** The fields an entry's summaries quote, and the one its message says is missing, lower case. */
export function entryFields(summaries: string, messages = ''): string[] {
  const named = messages.split('\n').flatMap((m) => MESSAGE_FIELD.exec(m.trim())?.[1] ?? []);
  return [...new Set([...[...summaries.matchAll(QUOTED)].map((m) => m[1]), ...named].map((f) => f.toLowerCase()))];
}

const HAN = /\p{Script=Han}/u;

/**
 * The words of a question that may be fields, lower case: in a Chinese question, every Latin word (it is
 * rarely anything else); in an English one, only those quoted in backticks or quotes, or written as
 * identifiers (`msg_id`, `chatType`), since "to" and "type" are ordinary English words there.
 */
export function quotedFields(text: string, missing = false): string[] {
  const head = text.slice(0, 1_000);
  const lower = head.toLowerCase();
  const chinese = HAN.test(head);
  const words = chinese
    ? // "消息 ID", "群 ID": a bare ID names what kind of thing by the word before it (see NAMES_WHEN_MISSING).
      [...(head.match(/[A-Za-z][\w-]*/g) ?? []).filter((w) => !/^ids?$/i.test(w)), ...namedInChinese(head)]
    : [
        ...[...head.matchAll(/[`'"]([A-Za-z][\w-]*)[`'"]/g)].map((m) => m[1]),
        ...(head.match(/\b[a-z]+(?:_[a-z]+)+\b|\b[a-z]+[A-Z]\w*\b/g) ?? []),
        ...(PASSWORD_CHANGE.test(lower) ? ['newpassword'] : []),
      ];
  if (missing) words.push(...namedInWords(lower, chinese ? NAMES_WHEN_MISSING : ENGLISH_NAMES));
  const fields = new Set(words.map((w) => w.toLowerCase()));
  // A change of password that sends `password` sent it where `newpassword` is wanted: that one is missing.
  if (fields.has('newpassword')) fields.delete('password');
  // "只传了 channel 和 type": what was sent is not what is missing.
  for (const sent of sentFields(head)) fields.delete(sent);
  return [...fields];
}

/** The fields a question says it did send ("只传了 channel 和 type", "only sent `to` and `type`"), lower case. */
export function sentFields(text: string): string[] {
  const clause = sentClause(text.slice(0, 1_000));
  if (!clause) return [];
  // The first word of each item joined by "和", "and" or "、": "channel 和 type 两个字段", "a username in the body";
  // or the field an item names in Chinese ("只带了消息 ID 和会话类型").
  return text
    .slice(clause.items, clause.end)
    .split(/\s*(?:和|与|及|、|\band\b|\bor\b)\s*/)
    .flatMap((item) => {
      const latin = /^\s*(?:(?:a|an|the)\s+)?([A-Za-z][\w-]*)/.exec(item)?.[1];
      if (latin) return [latin.toLowerCase()];
      return NAMES_WHEN_MISSING.find(([name]) => name.test(item.toLowerCase()))?.[1] ?? [];
    });
}

/**
 * The text without its clause of what was sent: those words name what was there, not what went wrong (known
 * questions leave them out).
 */
export function withoutSentClause(text: string): string {
  const clause = sentClause(text);
  return clause ? text.slice(0, clause.start) + text.slice(clause.end) : text;
}

const ONLY_SENT =
  /只(?:传|带|填|给|放)了?|\bonly (?:send|sent|pass|passed|set|give|gave|include|included|provide|provided)\b|\bwith only\b/i;

/** Where "只传了 …" / "only sent …" starts, where its items start, and where the clause ends (its punctuation). */
function sentClause(text: string): {start: number; items: number; end: number} | undefined {
  const clause = ONLY_SENT.exec(text);
  if (!clause) return undefined;
  const items = clause.index + clause[0].length;
  const end = text.slice(items).search(/[，。,;；\n]/);
  return {start: clause.index, items, end: end < 0 ? text.length : items + end};
}

/**
 * How well an entry's fields agree with those a question quotes (only fields
 * some entry has count): 1 when it quotes one of the entry's, -1 when the
 * entry's are others, 0 when either quotes none.
 */
export function fieldFit(asked: readonly string[], own: readonly string[]): number {
  if (asked.length === 0 || own.length === 0) return 0;
  return asked.some((field) => own.includes(field)) ? 1 : -1;
}

/** The Chinese names the catalog's summaries give fields people leave out ("消息内容 `body`", "发送方 `from`"). */
const CHINESE_NAMES: [RegExp, string][] = [
  [/消息体|消息内容/, 'body'],
  [/旧密码/, 'oldpassword'],
  // A change of password sends the new one ("改密码", "重置密码").
  [/新密码|(?:改|置|重设)[^，。,]{0,4}密码/, 'newpassword'],
  [/(?<!新|旧|(?:改|置|重设)[^，。,]{0,4})密码/, 'password'],
];

function namedInChinese(text: string): string[] {
  return CHINESE_NAMES.filter(([name]) => name.test(text)).map(([, field]) => field);
}

/**
 * Fields told in words, read when a question says a value is missing, empty or wrong ("忘了带群 ID", "the group id
 * was empty"): the names under which the catalog's entries quote them. Only then, since "群" or "消息" alone name
 * what was done far more often than a field.
 */
const NAMES_WHEN_MISSING: [RegExp, string[]][] = [
  // "被发送者撤回了" names a person, "发送方是空的" a field.
  [/接收方|接收人/, ['to']],
  [/发送方|发送者|发送人/, ['from']],
  [/群(?:组)? ?id|群号/, ['groupid', 'group_id', 'id']],
  [/消息 ?id/, ['msg_id']],
  [/会话类型|聊天类型/, ['chat_type', 'type']],
  [/会话 ?id/, ['channel']],
  [/查询类型/, ['query_type']],
  [/排序方向/, ['direction']],
  [/接收成员/, ['users']],
  [/(?:用户|成员)(?: ?id)?(?:列表|数组)/, ['usernames']],
  [/扩展(?:字段|信息)/, ['ext']],
  [/标签/, ['tags']],
];

const ENGLISH_NAMES: [RegExp, string[]][] = [
  [/\bgroup ?id\b/, ['groupid', 'group_id', 'id']],
  [/\b(?:message|msg) ?id\b/, ['msg_id']],
  [/\bchat ?type\b/, ['chat_type']],
  [/\bconversation ?id\b/, ['channel']],
  [/\bquery ?type\b/, ['query_type']],
  [/\bsender\b/, ['from']],
  [/\brecipients?\b/, ['to']],
  [/\btags\b/, ['tags']],
  [/\bpassword\b/, ['password']],
];

/** A change of password sends the new one, in English as in Chinese ("改密码"). */
const PASSWORD_CHANGE =
  /\bpassword (?:reset|change)\b|\b(?:reset|change|changing|resetting) (?:the |a |his |her |their )?password\b|\bnew password\b/;

function namedInWords(lower: string, names: [RegExp, string[]][]): string[] {
  return names.filter(([name]) => name.test(lower)).flatMap(([, fields]) => fields);
}
