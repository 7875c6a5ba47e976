/**
 * The request field a question quotes ("发消息 返回 400 to 为空", "ext 太长"). Several entries of one
 * endpoint say the same thing of different fields (`to`, `type`, `users` … can't be empty); the field
 * quoted tells them apart. An entry's fields are those its summaries quote in backticks, as the catalog
 * writes every field name.
 */

const QUOTED = /`([A-Za-z][\w-]*)`/g;

/** The fields an entry's summaries quote, lower case. */
export function entryFields(summaries: string): string[] {
  return [...new Set([...summaries.matchAll(QUOTED)].map((m) => m[1].toLowerCase()))];
}

const HAN = /\p{Script=Han}/u;

/**
 * The words of a question that may be fields, lower case: in a Chinese question, every Latin word (it is
 * rarely anything else); in an English one, only those quoted in backticks or quotes, or written as
 * identifiers (`msg_id`, `chatType`), since "to" and "type" are ordinary English words there.
 */
export function quotedFields(text: string): string[] {
  const head = text.slice(0, 1_000);
  const words = HAN.test(head)
    ? [...(head.match(/[A-Za-z][\w-]*/g) ?? []), ...namedInChinese(head)]
    : [
        ...[...head.matchAll(/[`'"]([A-Za-z][\w-]*)[`'"]/g)].map((m) => m[1]),
        ...(head.match(/\b[a-z]+(?:_[a-z]+)+\b|\b[a-z]+[A-Z]\w*\b/g) ?? []),
      ];
  return [...new Set(words.map((w) => w.toLowerCase()))];
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
  [/新密码/, 'newpassword'],
  [/旧密码/, 'oldpassword'],
  [/(?<![新旧])密码/, 'password'],
  [/接收方|接收人/, 'to'],
  [/发送方|发送者|发送人/, 'from'],
];

function namedInChinese(text: string): string[] {
  return CHINESE_NAMES.filter(([name]) => name.test(text)).map(([, field]) => field);
}
