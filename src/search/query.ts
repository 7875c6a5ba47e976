/**
 * Understands what a user pasted: a whole JSON error body (pretty-printed,
 * truncated, escaped inside a log line, after an HTTP status line), a
 * message, a status, an error type, a request line, or a question.
 * Never throws; any input becomes a ParsedQuery.
 */
import {canonicalize} from './text';

/** Longer pastes are cut: no error body is this long, and it keeps every query fast. */
export const MAX_QUERY_LENGTH = 8_000;

export interface ParsedQuery {
  /** The input as searched: cut to MAX_QUERY_LENGTH, control characters removed. */
  input: string;
  status?: number;
  /** The `error` field of a pasted body. */
  type?: string;
  /** The `error_description` field of a pasted body. */
  description?: string;
  exception?: string;
  method?: string;
  path?: string;
  /** What the message and full-text steps should look at. */
  text: string;
}

// Control characters and invisible marks that paste in from logs and terminals.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200f\ufeff]/g;

export function parseQuery(raw: unknown): ParsedQuery {
  const input = typeof raw === 'string' ? raw.slice(0, MAX_QUERY_LENGTH).replace(CONTROL, ' ') : '';
  // A body escaped inside a log line (`{\"error\":\"...\"}`) reads like a plain one once unescaped.
  const source = canonicalize(input).replace(/\\+"/g, '"');
  const type = field(source, 'error');
  // The reaction API's body says what went wrong in `message` (`{"requestStatusCode":"400","message":…}`).
  const description = meaningful(
    field(source, 'error_description') ?? field(source, 'desc') ?? quotedField(source, 'message'),
  );
  const exception = field(source, 'exception');
  const request = requestLine(source);
  const text = description ?? (type !== undefined ? '' : stripReason(stripStatusLine(stripRequest(source))));
  return {
    input,
    status: statusOf(source),
    type: type || undefined,
    description,
    exception: exception || undefined,
    method: request?.method,
    path: request?.path,
    text: text.trim(),
  };
}

/** `null`, `undefined` or nothing at all: a body without a description. */
function meaningful(value: string | undefined): string | undefined {
  return value && !/^(?:null|undefined|none)$/i.test(value) ? value : undefined;
}

/**
 * The value of `key` in JSON, a Python-style dict or `key=value` logs; tolerant of a missing closing quote. A
 * quoted key comes first: "Client error: `POST …`" in a client's log line is no `error` field.
 */
function field(source: string, key: string): string | undefined {
  if (!hasValues(source)) return undefined;
  return quotedField(source, key) ?? valueOf(patternOf(String.raw`(?:^|[^\w])${key}` + VALUE).exec(source));
}

/** The value of a quoted key only: `message=` in a log line is the log's own wording, not a body's field. */
function quotedField(source: string, key: string): string | undefined {
  if (!hasValues(source)) return undefined;
  return valueOf(patternOf(String.raw`["']${key}["']` + VALUE).exec(source));
}

/** A value follows `:` or `=` (VALUE): a question without either has no fields, and its patterns need not run. */
function hasValues(source: string): boolean {
  return source.includes(':') || source.includes('=');
}

/** Each key's pattern is compiled once: a query reads the same few keys. */
const PATTERNS = new Map<string, RegExp>();
function patternOf(source: string): RegExp {
  return PATTERNS.get(source) ?? PATTERNS.set(source, new RegExp(source)).get(source)!;
}

/** After a key: `:` or `=`, then a double- or single-quoted value (its closing quote may be cut off) or a bare one. */
const VALUE = String.raw`\s*[:=]\s*(?:"((?:[^"\\\n]|\\.)*)|'((?:[^'\\\n]|\\.)*)|([^\s,;}"'\x60]+))`;

function valueOf(match: RegExpExecArray | null): string | undefined {
  return match ? unescapeJson(match[1] ?? match[2] ?? match[3] ?? '').trim() : undefined;
}

function unescapeJson(value: string): string {
  return value
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/\\([nrt])/g, ' ')
    .replace(/\\(.)/g, '$1');
}

// A number standing alone: not part of an id, a path, a time or a decimal.
const ALONE = String.raw`(?<![\w./:#@-])([45]\d\d)(?![\w.]|:\d)`;
const REASON = String.raw`(?:Bad|Unauthori[sz]ed|Forbidden|Not\s|Method|Request|Conflict|Payload|Unsupported|Too\s|Internal|Service|Gateway|Client\s|Server\s)`;

// Not a count, a length or an age: "500 chat rooms", "404 characters", "403 天前", "502 个字"; but a word after a
// status is no unit ("400 名称太长", "403 次数超限").
const NOT_A_COUNT = String.raw`(?!\s*(?:%|个|天|字(?!段)|人(?!数)|条(?!件)|次(?!数)|秒|分钟|小时|名(?![称字])|[KMG]B\b|ms\b|(?:character|char|byte|day|hour|minute|second)s?\b|(?:members|items|entries|times|names|ids|people|users)\b|messages\b|groups\b|(?:chat\s*)?rooms\b))`;

/**
 * A status in prose or in a client's exception: "answered 500 instead of 405", "rejects my request with 400",
 * "after a 504", "错误码 503", "得到一个 502", .NET's "…does not indicate success: 429 (Too Many Requests)", Java's
 * "response code: 504". The first one said is the one received.
 */
const PROSE_STATUS = new RegExp(
  String.raw`(?:\b(?:answer(?:ed|s)?|reject(?:ed|s)?|fail(?:ed|s)?|back|gives?|gave|gets?|getting|receiv(?:e|ed|es)|with|after|an?|error|code)|错误码|(?:得到|收到|拿到|遇到)(?:了|一个|个)?)\s*[:：=]?\s*${ALONE}${NOT_A_COUNT}|${ALONE}\s*\(\s*${REASON}`,
  'i',
);

const STATUS_PATTERNS = [
  /HTTP\/\d(?:\.\d)?\s+(\d{3})\b/i,
  /["']?(?:status|statusCode|status_code|http_status|httpStatus|code)["']?\s*[:=]\s*["']?(\d{3})\b/i,
  /(?:状态码|错误码|status)\s*[:：]?\s*(\d{3})\b/i,
  /^\s*(\d{3})(?![\d.])/,
  // "-> 403", "returned 400", "返回 403", "HTTP 404", "报 400", "直接回 400"
  new RegExp(
    // Not one denied ("没报 401，反而返回 400"): the status that did not come.
    String.raw`(?:->|=>|→|\breturn(?:ed|s)?|\bgot|\brespon(?:se|ded)|\bHTTP|(?<![没不未])(?:返回|报错?|响应|回复|(?<![撤退])回(?:了个?|个)?))\s*[:：=]?\s*${ALONE}`,
    'i',
  ),
  // "POST https://…/users 403"
  new RegExp(String.raw`\b(?:GET|POST|PUT|DELETE|PATCH)\s+["']?\S+["']?\s+${ALONE}`),
  // "403 {"error": …}", "403 Forbidden", "404 Client Error", "404: thread not found"
  new RegExp(String.raw`${ALONE}\s*(?:\{|\[\{|${REASON}|[:：]\s)`),
];

/**
 * A status in a question that no verb introduces, where its shape or the words around it say it is one: "intermittent
 * 503s", "plain 404 with an empty body", "a 500 on every call". A count is followed by what it counts (NOT_A_COUNT).
 */
const TOLD_STATUS = new RegExp(
  String.raw`(?<![\w./:#@-])([45]\d\d)s\b|(?:\b(?:plain|bare|empty|random|intermittent|occasional|sporadic|constant|generic)\s+)${ALONE}|${ALONE}${NOT_A_COUNT}\s+(?:with|on|from|when|every|errors?|responses?|status|code)\b`,
  'i',
);

/**
 * A status named by its reason phrase alone ("the server answers not implemented", "keeps getting service
 * unavailable"): only the phrases no entry's subject shares. "Not found", "forbidden" and "bad request" also name
 * what an entry of another status says ("user not found" is a 400 of one endpoint), so they do not count.
 */
const NAMED_STATUSES: [RegExp, number][] = [
  [/\bmethod not allowed\b/i, 405],
  [/\brequest time-?out\b/i, 408],
  [/\bconflict (?:status|response|error)\b/i, 409],
  [/\b(?:payload|request entity) too large\b/i, 413],
  [/\bunsupported media type\b/i, 415],
  [/\btoo many requests\b/i, 429],
  [/\binternal server error\b/i, 500],
  [/\bnot implemented\b/i, 501],
  [/\bbad gateway\b/i, 502],
  [/\bservice unavailable\b/i, 503],
  [/\bgateway time-?out\b/i, 504],
];

const SUCCESS =
  /(?:返回了?|响应|状态码?\s*(?:是|为)?|\bstatus(?:\s*code)?|\bHTTP(?:\/\d(?:\.\d)?)?|\breturn(?:ed|s)?|\bgot)\s*[:：=]?\s*(?<![\w.])200(?![\w.]|:\d)/i;

function statusOf(source: string): number | undefined {
  for (const pattern of STATUS_PATTERNS) {
    const match = pattern.exec(source);
    if (match && isErrorStatus(Number(match[1]))) return Number(match[1]);
  }
  const prose = PROSE_STATUS.exec(source);
  const spoken = prose && Number(prose[1] ?? prose[2]);
  if (spoken && isCommonStatus(spoken)) return spoken;
  const told = TOLD_STATUS.exec(source);
  const toldStatus = told && Number(told[1] ?? told[2] ?? told[3]);
  if (toldStatus && isCommonStatus(toldStatus)) return toldStatus;
  // A success said in so many words ("返回 200 但有个用户已存在"): the failures reported inside one.
  if (SUCCESS.test(source)) return 200;
  // In a short query, a lone 4xx/5xx number is a status ("forbidden_op 403").
  if (source.length <= 60) {
    const lone = new RegExp(String.raw`(?:^|[^\w.:#-])([45]\d\d)(?![\w.])${NOT_A_COUNT}`).exec(source);
    if (lone && isCommonStatus(Number(lone[1]))) return Number(lone[1]);
  }
  const head = source.slice(0, 2_000);
  return NAMED_STATUSES.find(([phrase]) => phrase.test(head))?.[1];
}

const EXPECTED_STATUS = new RegExp(
  String.raw`(?:\binstead of|\brather than|\bnot|而不是|不是|没报|没返回|没有返回)\s*(?:an?\s+|the\s+)?(?:HTTP\s*)?${ALONE}${NOT_A_COUNT}`,
  'i',
);

/**
 * The status a question says it expected instead of the one it got ("answered 500 instead of 405", "返回的是 500 不是
 * 404"): what that status means is what the question thinks went wrong (a wrong method, a wrong address).
 */
export function expectedStatus(text: string): number | undefined {
  const match = EXPECTED_STATUS.exec(text.slice(0, 2_000));
  return match && isCommonStatus(Number(match[1])) ? Number(match[1]) : undefined;
}

/** Statuses HTTP defines: a lone 512 in "desc cannot exceed to 512" is a limit, not a status. */
function isCommonStatus(status: number): boolean {
  return (status >= 400 && status <= 431) || status === 451 || (status >= 500 && status <= 511);
}

function isErrorStatus(status: number): boolean {
  return status >= 400 && status <= 599;
}

function requestLine(source: string): {method?: string; path: string} | undefined {
  // A client's log quotes the address in backticks (Guzzle: "`POST https://…/users` resulted in…").
  const match = /\b(GET|POST|PUT|DELETE|PATCH)\s+["'`]?(?:https?:\/\/[^/\s"'`]+)?(\/[^\s?"'`]*)/i.exec(source);
  if (match) return {method: match[1].toUpperCase(), path: match[2]};
  // Not the tail of a path without its leading slash (`users/batch/status` is not `/batch/status`).
  const bare = /(?:https?:\/\/[^/\s"']+|(?<![\w.-]))(\/[\w{}.-]+(?:\/[\w{}.#@,-]+)+)/.exec(source);
  if (bare) return {path: bare[1]};
  // A path written in a question without its leading slash ("调 users/batch/status"): the engine takes it only
  // when it starts with one of the API's resources.
  const relative = /(?<![\w/.:@-])([a-z][a-z_]*(?:\/[\w{}.#@,-]+)+)/i.exec(source);
  return relative ? {path: relative[1]} : undefined;
}

/**
 * Drops the request (method and address) and a command line's options:
 * the path is weighed on its own, and its words (`users`, ids, `Bearer`)
 * would otherwise count as words of the message.
 */
function stripRequest(source: string): string {
  const command = /\bcurl\b/i.test(source)
    ? source
        .replace(/(?:^|\s)-{1,2}[A-Za-z][\w-]*(?:\s+(?:'[^']*'|"[^"]*"|(?!-)\S+))?/g, ' ')
        .replace(/\bcurl\b/gi, ' ')
    : source;
  return command
    .replace(/\b(?:GET|POST|PUT|DELETE|PATCH)\s+["']?(?:https?:\/\/[^/\s"']+)?\/[^\s"']*["']?/g, ' ')
    .replace(/["']?https?:\/\/[^\s"']+["']?/g, ' ');
}

// The reason phrases HTTP gives its statuses.
const REASON_PHRASE = new RegExp(
  String.raw`\b([45]\d\d)\s*(?:bad request|unauthori[sz]ed|forbidden|not found|method not allowed|request time-?out|conflict|payload too large|request entity too large|unsupported media type|too many requests|internal server error|not implemented|bad gateway|service unavailable|gateway time-?out)\b`,
  'gi',
);

const HAS_REASON_PHRASE = new RegExp(REASON_PHRASE.source, 'i');

/** Whether a status in the text comes with its reason phrase ("400 Bad Request"). */
export function hasReasonPhrase(text: string): boolean {
  return HAS_REASON_PHRASE.test(text.slice(0, 2_000));
}

/** An HTML error page (`<html><head><title>413 Request Entity Too Large</title>…nginx`): a gateway answered, not the service. */
export function isHtmlPage(text: string): boolean {
  return /<(?:html|head|title|body)\b[^>]*>/i.test(text.slice(0, 2_000));
}

/** The text without the reason phrase after its status ("409 Conflict" → "409"): the phrase restates the status. */
export function withoutReasonPhrase(text: string): string {
  return text.replace(REASON_PHRASE, '$1');
}

/**
 * Drops the reason phrase after a status in a question ("修改群公告 返回 400 Bad Request 太长"): it restates
 * the status, and would otherwise be taken for the message `Bad Request` or the type `FORBIDDEN`. A paste
 * that is nothing but the status and its phrase keeps it.
 */
function stripReason(text: string): string {
  const stripped = text.replace(REASON_PHRASE, ' $1 ');
  const rest = stripped.replace(/\b[45]\d\d\b/g, ' ').trim();
  return stripped !== text && (/\p{Script=Han}/u.test(rest) || rest.split(/\s+/).length >= 2) ? stripped : text;
}

/** Drops an `HTTP/1.1 403 Forbidden` status line (its reason phrase too), which says nothing the status does not. */
function stripStatusLine(source: string): string {
  return source.replace(/HTTP\/\d(?:\.\d)?\s+\d{3}(?:[ \t]+[A-Z][A-Za-z-]*)*/g, ' ');
}
