/**
 * What the server said, told in the asker's words: "提示不允许开放注册", "接口回了个“无效请求”", "saying the ID already
 * exists". The words of that clause translate the response's message: a specific entry whose own text has most of
 * them is what the question got, not the status's generic entry.
 */
import {restatesStatus} from './symptoms';

const CHINESE_SAID = String.raw`(?:(?:接口|服务端|服务器|后台|响应|返回|报错|它)\s*(?:里|中)?\s*(?:说|提示|显示|写着)|提示(?:说)?|报错说|错误(?:信息|描述)\s*(?:是|为|说)|描述(?:是|为|说)|回了个)`;
const ENGLISH_SAID = String.raw`(?:\bsaying|\bsays|\bcomplains?(?: that)?|\bwith the message|\bthe (?:error|message|response) (?:says|is))`;
const QUOTE = `["'“”「」『』]?`;

const SAID = new RegExp(
  String.raw`${CHINESE_SAID}\s*[:：]?\s*${QUOTE}([^，。,.;；！!？?"”」』\n]{2,40})|${ENGLISH_SAID}\s*[:：]?\s*${QUOTE}([^,.;!?"”\n]{4,80})`,
  'i',
);

/** The clause of a question that tells what the server said, or undefined; not a status's name ("提示参数错误"). */
export function serverSaid(text: string): string | undefined {
  const said = SAID.exec(text.slice(0, 1_000));
  const clause = said && (said[1] ?? said[2]).trim();
  return clause && !restatesStatus(clause) ? clause : undefined;
}
